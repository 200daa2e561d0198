"""Dutch proceedings of stop 30 (issue #10) that gave no Case at all, on sentences written
for these tests with invented names: a fine imposed in a te-infinitive ("heeft besloten X
een boete op te leggen"), as regulators' own decisions word it.
"""

from __future__ import annotations

import pytest
from sentences import facts

AP = "Autoriteit Persoonsgegevens"
ACM = "Autoriteit Consument en Markt"


def fined(regulator: str, party: str) -> set[tuple[str, ...]]:
    """The two facts of a regulator's fine, as `facts` gives them."""
    case = f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


# the separable particle stands before "te" in the infinitive: "op te leggen"
FINE_INFINITIVES = [
    ("De Autoriteit Persoonsgegevens heeft besloten aan Kwibbel B.V. een bestuurlijke boete "
     "van 7.500 euro op te leggen.", fined(AP, "Kwibbel B.V.")),
    ("De Autoriteit Persoonsgegevens heeft besloten de datingsite Hartjesplein een boete op "
     "te leggen.", fined(AP, "Hartjesplein")),
    ("De ACM heeft besloten om het webbedrijf Tulpbox een last onder dwangsom op te leggen.",
     fined(ACM, "Tulpbox")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FINE_INFINITIVES)
def test_a_fine_imposed_in_an_infinitive(context, text, expected):
    assert facts(context, text, "nl") == expected


# a threat, a plan or a power to fine is no fine
NO_FINE = [
    "De ACM dreigt het webbedrijf Tulpbox een boete op te leggen.",
    "De ACM overweegt het webbedrijf Tulpbox een boete op te leggen.",
    "De ACM is bevoegd om een boete op te leggen aan het webbedrijf Tulpbox.",
]


@pytest.mark.parametrize("text", NO_FINE)
def test_no_fine_from_a_plan_or_a_power(context, text):
    assert not any(f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") for f in facts(context, text, "nl"))
