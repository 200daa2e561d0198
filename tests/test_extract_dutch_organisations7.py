"""Dutch organisation nouns before a name (issue #10): "Burgerrechtenorganisatie X begint
een rechtszaak", "door de belangenorganisatie Z" introduce an organisation as "stichting"
does, so the noun is no part of its name and the name is the party. Sentences written for
these tests; every name is invented.
"""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burgerrechtenorganisatie Koekoek begint een rechtszaak tegen Flirtel.",
            sued("Koekoek", "Flirtel"),
        ),
        (
            "Privacyorganisatie Veilig Web daagt Flirtel voor de rechter.",
            sued("Veilig Web", "Flirtel"),
        ),
        (
            "Flirtel wordt aangeklaagd door de belangenorganisatie Zorgvuldig.",
            sued("Zorgvuldig", "Flirtel"),
        ),
        (
            "Consumentenorganisatie Eerlijk Geld spant een zaak aan tegen Flirtel.",
            sued("Eerlijk Geld", "Flirtel"),
        ),
    ],
)
def test_an_organisation_noun_introduces_the_party(context, text, expected):
    assert facts(context, text, "nl") == expected
