"""A caption whose plaintiff's name ends with a legal form after a comma (issue #10), on
captions written for these tests with invented parties: "Brolt Networks, Inc. v. Quavo" is one
case named whole, never "Inc. v. Quavo", and its first party keeps its name."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "plaintiff", "case"),
    [
        ("The high court heard arguments in Brolt Networks, Inc. v. Quavo Records on Monday.",
         "Brolt Networks", "Brolt Networks, Inc. v. Quavo Records"),
        ("Acme Widgets, LLC v. Brolt Records was filed in Ohio in 2022.",
         "Acme Widgets", "Acme Widgets, LLC v. Brolt Records"),
        ("In Tarvo Media, Ltd. v. Quist, the court ruled for the plaintiff.",
         "Tarvo Media", "Tarvo Media, Ltd. v. Quist"),
    ],
)  # fmt: skip
def test_a_caption_keeps_its_plaintiff_s_legal_form(context, text, plaintiff, case):
    found = facts(context, text, "en")
    assert ("PLAINTIFF_IN", plaintiff, case, "established") in found
    assert not any(source.startswith(("Inc.", "LLC", "Ltd.")) for _, source, _, _ in found)
    assert not any(target.startswith(("Inc.", "LLC", "Ltd.")) for _, _, target, _ in found)


def test_a_caption_without_a_form_still_starts_after_a_comma(context):
    text = "In 2020, Quist v. Lantern Co. was filed in Ohio."
    assert ("DEFENDANT_IN", "Lantern", "Quist v. Lantern Co.", "alleged") in facts(
        context, text, "en"
    )


def test_two_companies_with_forms_after_commas_are_two_defendants(context):
    text = "Mara Quist sued Quavo Records, Inc. and Brolt Networks, Ltd. in Ohio."
    found = facts(context, text, "en")
    case = "Mara Quist v. Quavo Records, Inc."
    assert ("DEFENDANT_IN", "Quavo Records, Inc.", case, "alleged") in found
    assert ("DEFENDANT_IN", "Brolt Networks, Ltd.", case, "alleged") in found
