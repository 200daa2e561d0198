"""Dutch owners of stop 31 (issue #10), on sentences written for these tests with invented
names: a company's possessive before the platform it names ("Zorblat B.V. en zijn app
Quixly", "met haar platform Quixly") and "waarvan het moederbedrijf X is" make the company
the owner, as the English its-platform and whose-parent rules do; "zijn" after a person, or
before a competitor's app, names no owner.
"""

from __future__ import annotations

import pytest
from sentences import facts

OWNED = [
    ("De ACM onderzoekt Zorblat B.V. en zijn app Quixly.", "Zorblat B.V."),
    ("De ACM onderzoekt het bedrijf Zorblat en zijn app Quixly.", "Zorblat"),
    ("Zorblat B.V. lanceerde met haar platform Quixly een nieuwe dienst.", "Zorblat B.V."),
    ("Quixly, waarvan het moederbedrijf Zorblat is, kreeg een boete.", "Zorblat"),
]


@pytest.mark.parametrize(("text", "owner"), OWNED)
def test_a_possessive_or_waarvan_names_the_owner(context, text, owner):
    found = facts(context, text, "nl")
    assert ("OWNS", owner, "Quixly", "established") in found
    assert not any(f[0] == "OWNS" and f[1] == "Quixly" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jan de Vries en zijn app Quixly wonnen een prijs.",
        "De ACM onderzoekt Zorblat B.V. en zijn concurrerende app Quixly.",
    ],
)
def test_no_owner_after_a_person_or_for_a_rival(context, text):
    assert not any(f[0] == "OWNS" for f in facts(context, text, "nl"))
