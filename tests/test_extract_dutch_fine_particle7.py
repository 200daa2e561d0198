"""Dutch fines whose separable particle follows the fine's amount (issue #10): "legde X
een boete van 5 miljoen euro op" splits "oplegde" round the fined party and the whole
amount, so the particle "op" stands at the end of the clause, far from the verb.
Sentences written for these tests; company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import facts

ACM = "Autoriteit Consument en Markt"
EC = "European Commission"


def fined(party: str, regulator: str, case: str | None = None) -> set[tuple[str, ...]]:
    case = case or f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De ACM legt Zorblat, het moederbedrijf van Kiekje, een boete van 5 miljoen euro op.",
            fined("Zorblat", ACM) | {("OWNS", "Zorblat", "Kiekje", "established")},
        ),
        (
            "De ACM legde Zorblat Holding en haar twee dochters een last onder dwangsom van "
            "15.000 euro per week op.",
            fined("Zorblat Holding", ACM),
        ),
        (
            "De Europese Commissie legde de Amerikaanse techreus Zorblat vorige week een boete "
            "van 1,8 miljard euro op.",
            fined("Zorblat", EC, f"{EC} v. Zorblat (2023)"),
        ),
        (
            "De ACM legde het Utrechtse bedrijf Zorblat in maart een dwangsom van 20.000 euro "
            "per dag op.",
            fined("Zorblat", ACM, f"{ACM} v. Zorblat (2023)"),
        ),
    ],
)
def test_the_particle_after_the_amount_closes_the_fine(context, text, expected):
    assert facts(context, text, "nl") == expected
