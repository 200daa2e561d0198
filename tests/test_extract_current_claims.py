"""Bare plural claims with no bringer are the claims of the case the document tells of
(issue #10, one case per proceeding): a ruling that dismisses or keeps "claims against" a
party adds that party to the suit already told, instead of opening a case of unnamed
plaintiffs per party. An article, an ordinal or "other" still tells of another proceeding.
Sentences written for these tests, with invented parties."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts


@pytest.mark.parametrize(
    ("text", "language", "suit", "ruled_on"),
    [
        (
            "Harold Finch sued the software maker Vondelsoft. "
            "Judge Dana Whitcombe dismissed claims against Marlow Systems on Friday.",
            "en",
            "Harold Finch v. Vondelsoft",
            "Marlow Systems",
        ),
        (
            "De Stichting Klikveilig heeft een rechtszaak aangespannen tegen het "
            "softwarebedrijf Vondelsoft. De rechter wees vorderingen tegen Marlow Systems af.",
            "nl",
            "Stichting Klikveilig v. Vondelsoft",
            "Marlow Systems",
        ),
    ],
)
def test_claims_against_a_party_join_the_suit_told_before(context, text, language, suit, ruled_on):
    defendants = defendant_cases(facts(context, text, language))
    assert defendants == {"Vondelsoft": suit, ruled_on: suit}


def test_other_claims_are_another_proceeding(context):
    found = facts(
        context,
        "Harold Finch sued the software maker Vondelsoft. "
        "Other claims against Marlow Systems are pending in a state court.",
        "en",
    )
    defendants = defendant_cases(found)
    assert defendants["Vondelsoft"] == "Harold Finch v. Vondelsoft"
    assert defendants.get("Marlow Systems") != "Harold Finch v. Vondelsoft"
