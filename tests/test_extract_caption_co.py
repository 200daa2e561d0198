"""A caption's defendant with the legal form "Co." (issue #10), on captions written for these
tests with invented parties: "Rivers v. Quorvex Holding Co.", "Brell v. Zimble Motor Co." name
the company as the case's defendant, as "Inc." and "LLC" already did."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "defendant", "case"),
    [
        ("Rivers v. Quorvex Holding Co. was filed in Ohio in 2022.", "Quorvex Holding",
         "Rivers v. Quorvex Holding Co."),
        ("Brell v. Zimble Motor Co. was filed in Ohio in 2022.", "Zimble Motor",
         "Brell v. Zimble Motor Co."),
        ("In Osk v. Quorvex Co., the court ruled for the plaintiff.", "Quorvex",
         "Osk v. Quorvex Co."),
        ("Mara Quist v. Lantern Co. was filed in Ohio in 2022.", "Lantern",
         "Mara Quist v. Lantern Co."),
        ("Mara Quist v. Lantern Inc. was filed in Ohio in 2022.", "Lantern",
         "Mara Quist v. Lantern Inc."),
    ],
)  # fmt: skip
def test_a_caption_s_company_with_co_is_its_defendant(context, text, defendant, case):
    assert ("DEFENDANT_IN", defendant, case, "alleged") in facts(context, text, "en")
