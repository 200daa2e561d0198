"""An aside's participle keeps its own agent and date (issue #10, precision): "X, founded by Y
in 2014, was sued" made Y the plaintiff (the agent nearest the trigger, on either side) and
dated the suit 2014; "X, founded in 2015 by Y, was sued by Z" made Z a founder."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence, language, plaintiff, case",
    [
        (
            "Zorbix, founded in 2014 by Piet Kalvan, was sued on Monday by Quillo Labs.",
            "en",
            "Quillo Labs",
            "Quillo Labs v. Zorbix (2023)",
        ),
        (
            "The dating app Zorbix, founded by Piet Kalvan in 2014, was sued by three women.",
            "en",
            None,
            "Plaintiffs v. Zorbix",
        ),
        (
            "Zorbix, dat in 2014 door Piet Kalvan werd opgericht, is aangeklaagd door drie "
            "vrouwen.",
            "nl",
            None,
            "Plaintiffs v. Zorbix",
        ),
    ],
)
def test_the_founder_in_an_aside_brings_no_suit(context, sentence, language, plaintiff, case):
    expected = {
        ("FOUNDED", "Piet Kalvan", "Zorbix", "established"),
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
    }
    if plaintiff is not None:
        expected.add(("PLAINTIFF_IN", plaintiff, case, "established"))
    assert facts(context, sentence, language) == expected


def test_the_agent_of_the_main_verb_founded_nothing(context):
    found = facts(context, "Zorbix, founded in 2015 by Quillo Labs, was sued by Brenna Holt.", "en")
    assert found == {
        ("PLAINTIFF_IN", "Brenna Holt", "Brenna Holt v. Zorbix", "established"),
        ("DEFENDANT_IN", "Zorbix", "Brenna Holt v. Zorbix", "alleged"),
    }


@pytest.mark.parametrize(
    "sentence, case",
    [
        ("Zorbix, founded by Piet Kalvan, was sued by Quillo Labs in 2021.", "(2021)"),
        ("Zorbix, in 2019, was sued by Quillo Labs.", "(2019)"),
    ],
)
def test_the_main_clause_keeps_its_agent_and_date(context, sentence, case):
    found = facts(context, sentence, "en")
    assert ("PLAINTIFF_IN", "Quillo Labs", f"Quillo Labs v. Zorbix {case}", "established") in found
    assert ("DEFENDANT_IN", "Zorbix", f"Quillo Labs v. Zorbix {case}", "alleged") in found
