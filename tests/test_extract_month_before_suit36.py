"""A month after "in" before a suit noun is the suit's time, not a preposition that governs
the suit (issue #10): "X spande in mei een rechtszaak aan tegen Y" read "in ... een
rechtszaak" as a suit X only stood in, and lost its bringer X."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "sentence, case",
    [
        ("Zorvex Media spande in mei een rechtszaak aan tegen Zorbix.", "Zorvex Media v. Zorbix"),
        ("Dravona Media diende in maart een klacht in tegen Zorbix.",
         "Dravona Media v. Zorbix (2023)"),
    ],
)  # fmt: skip
def test_a_month_after_in_leaves_the_bringer(context, sentence, case):
    plaintiff, _, defendant = case.partition(" v. ")
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", defendant.split(" (")[0], case, "alleged"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


def test_a_suit_one_stands_in_has_no_bringer_still(context):
    found = facts(context, "Zorvex Media werd genoemd in een rechtszaak tegen Zorbix.", "nl")
    assert found == {("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "alleged")}
    assert sued("Zorvex Media", "Zorbix").isdisjoint(found)
