"""A distributive word before the verb that brings a suit gives each bringer its own case
(issue #10, precision): "A and B have each filed a lawsuit against X" read "each" as
distributive only before an article, a preposition, a name or the trigger itself, so the
rule whose trigger is the suit noun ("lawsuit against") put B into A's case."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillo Labs and Brenna Holt have each filed a lawsuit against Zorbix Media.",
        "Quillo Labs and Brenna Holt each filed lawsuits against Zorbix Media.",
        "Quillo Labs and Brenna Holt each have brought a suit against Zorbix Media.",
    ],
)
def test_each_bringer_has_its_own_case(context, sentence):
    assert facts(context, sentence, "en") == {
        ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix Media", "established"),
        ("DEFENDANT_IN", "Zorbix Media", "Quillo Labs v. Zorbix Media", "alleged"),
        ("PLAINTIFF_IN", "Brenna Holt", "Brenna Holt v. Zorbix Media", "established"),
        ("DEFENDANT_IN", "Zorbix Media", "Brenna Holt v. Zorbix Media", "alleged"),
    }


def test_one_suit_of_both_stays_one_case(context):
    found = facts(
        context, "Quillo Labs and Brenna Holt have filed a lawsuit against Zorbix Media.", "en"
    )
    assert found == {
        ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix Media", "established"),
        ("PLAINTIFF_IN", "Brenna Holt", "Quillo Labs v. Zorbix Media", "established"),
        ("DEFENDANT_IN", "Zorbix Media", "Quillo Labs v. Zorbix Media", "alleged"),
    }


def test_each_charge_a_judge_dismisses_brings_no_case(context):
    assert facts(context, "The judge dismissed each charge against Zorbix Media.", "en") == set()
