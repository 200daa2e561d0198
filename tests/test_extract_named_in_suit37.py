"""Whom a suit or an indictment names (issue #10): "X and Y are named in the indictment" and
"X is also named in the lawsuit" gave nothing. Those it names are parties it is against;
its bringer follows "by"; one it names "as" something else (a victim) is none."""

from __future__ import annotations

import pytest
from sentences import facts


def test_companies_named_in_an_indictment_are_charged(context):
    sentence = (
        "Two corporations -- Zorbix Limited and Plenta Limited -- are named in the indictment."
    )
    case = "Prosecution v. Zorbix Limited"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix Limited", case, "alleged"),
        ("DEFENDANT_IN", "Plenta Limited", case, "alleged"),
    }


def test_named_in_the_lawsuit_of_the_sentence_before(context):
    text = "Quillo Labs sued Zorbix on Monday. Plenta is also named in the lawsuit."
    case = "Quillo Labs v. Zorbix (2023)"
    assert facts(context, text, "en") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("DEFENDANT_IN", "Plenta", case, "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", case, "established"),
    }


def test_named_in_a_lawsuit_filed_by_its_bringer(context):
    sentence = "Zorbix and Plenta are named in the lawsuit filed by Quillo Labs."
    case = "Quillo Labs v. Zorbix"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("DEFENDANT_IN", "Plenta", case, "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", case, "established"),
    }


@pytest.mark.parametrize(
    "sentence",
    ["Mara Quinn, who is named in the lawsuit as a victim, spoke to reporters."],
)
def test_named_as_something_else_is_no_party(context, sentence):
    assert facts(context, sentence, "en") == set()
