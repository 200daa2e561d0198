"""A suit noun followed by its bringer ("by", "from") and its defendant ("against") names both
sides, as the Dutch pack's "de zaak van X tegen Y" does (issue #10)."""

from __future__ import annotations

import pytest
from sentences import facts, sued

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("The lawsuit by Zorvex Media against Quillo Labs was filed in May.", "en"),
        ("A suit from Zorvex Media against Quillo Labs reached the court in May.", "en"),
        ("The judge dismissed the complaint by Zorvex Media against Quillo Labs.", "en"),
        ("De rechtszaak van Zorvex Media tegen Quillo Labs begint in mei.", "nl"),
    ],
)
def test_the_suit_by_one_against_another_names_both_sides(context, sentence, language):
    assert facts(context, sentence, language) == sued("Zorvex Media", "Quillo Labs")


def test_two_bringers_after_by_both_bring_the_suit(context):
    found = facts(
        context, "The case by Zorvex Media and Brindle Press against Quillo Labs was heard.", "en"
    )
    assert {(k, s) for k, s, _, _ in found} == {
        ("PLAINTIFF_IN", "Zorvex Media"),
        ("PLAINTIFF_IN", "Brindle Press"),
        ("DEFENDANT_IN", "Quillo Labs"),
    }
