"""Going to court against a party named before the court is suing it (issue #10): "X is tegen
Y naar de rechter gestapt" and "X stapte vorig jaar tegen Y naar de rechtbank" gave nothing,
where "X stapte naar de rechter tegen Y" already gave X's suit against Y."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, case",
    [
        ("Zorvex Media is tegen Zorbix naar de rechter gestapt.", "Zorvex Media v. Zorbix"),
        (
            "Zorvex Media stapte vorig jaar tegen Zorbix naar de rechtbank.",
            "Zorvex Media v. Zorbix (2022)",
        ),
        (
            "Vorig jaar stapte Zorvex Media tegen Zorbix naar de rechter.",
            "Zorvex Media v. Zorbix (2022)",
        ),
    ],
)
def test_going_to_court_against_a_party_sues_it(context, sentence, case):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", case, "established"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Quillo wil tegen Zorbix naar de rechter stappen.",
        "Zorvex Media stapte over naar Zorbix.",
    ],
)
def test_a_plan_or_a_switch_sues_no_one(context, sentence):
    assert facts(context, sentence, "nl") == set()
