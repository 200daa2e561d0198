"""Dutch claims told by their amount (issue #10): "X claimt miljarden euro's van A", "X
eist 6 miljard euro van A en B" are claims against A and B, as "X vordert
schadevergoeding van A" is. Sentences written for these tests; every name is invented.
"""

from __future__ import annotations

import pytest
from sentences import facts


def claimed(plaintiff: str, *defendants: str) -> set[tuple[str, ...]]:
    case = f"{plaintiff} v. {defendants[0]}"
    out = {("PLAINTIFF_IN", plaintiff, case, "established")}
    out |= {("DEFENDANT_IN", d, case, "alleged") for d in defendants}
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De stichting Koekoek claimt miljarden euro's van Flirtel.",
            claimed("Koekoek", "Flirtel"),
        ),
        (
            "Stichting Koekoek eist 6 miljard euro van Flirtel en Zorblat.",
            claimed("Stichting Koekoek", "Flirtel", "Zorblat"),
        ),
        (
            "Vakbond Samen Sterk vordert 40 miljoen euro van Snelbord.",
            claimed("Samen Sterk", "Snelbord"),
        ),
        (
            "Claimstichting Eerlijk Geld claimt namens kopers 300 miljoen dollar van Muntje.",
            claimed("Eerlijk Geld", "Muntje"),
        ),
    ],
)
def test_an_amount_claimed_from_a_party_is_a_claim_against_it(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_an_amount_without_van_claims_from_nobody(context):
    text = "Stichting Koekoek eist 6 miljard euro namens de gebruikers."
    assert facts(context, text, "nl") == set()
