"""A judgment against a party is given in that party's case, also with the court that gave it
between (issue #10): "Het hof vernietigde het vonnis van de rechtbank tegen X", "the appeals
court overturned the judgment against X" (the English pack had no such noun rule)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Het hof vernietigde het vonnis van de rechtbank tegen Zorbix.", "nl"),
        ("Het hof bevestigde het vonnis van de kantonrechter tegen Zorbix.", "nl"),
        ("The appeals court overturned the judgment against Zorbix.", "en"),
        ("The appeals court vacated the judgment of the district court against Zorbix.", "en"),
    ],
)
def test_a_judgment_against_a_party_is_given_in_its_case(context, sentence, language):
    assert facts(context, sentence, language) == {
        ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "alleged")
    }


def test_a_judgment_against_the_defendant_of_the_case_told_is_that_case(context):
    found = facts(
        context,
        "Zorvex Media sued Quillo Labs in 2021. The appeals court reversed the judgment against"
        " Quillo Labs.",
        "en",
    )
    assert found == {
        ("DEFENDANT_IN", "Quillo Labs", "Zorvex Media v. Quillo Labs (2021)", "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Quillo Labs (2021)", "established"),
    }
