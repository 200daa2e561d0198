"""An age before a person's name or in an apposition after it describes the person and is no
name of its own (issue #10), in sentences written for these tests with invented names:
"Ten-year-old Mara Quist" is Mara Quist, and "Dara Pell, a 23-year-old Ruritanian national"
makes no person "23-year-old Ruritanian"."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


def test_an_age_in_words_opening_a_sentence_is_no_part_of_the_name(context):
    text = (
        "The court ruled against the company in Quist v. Quavo. Ten-year-old Mara Quist "
        "watched a video and was hurt."
    )
    assert ("PLAINTIFF_IN", "Mara Quist", "Quist v. Quavo", "established") in facts(
        context, text, "en"
    )
    assert not any("year-old" in name for name in entity_types(context, text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dara Pell, a 23-year-old Taiwanese national, was arrested on Saturday. He is "
         "accused of operating Quavo Market, a darknet marketplace.", "en"),
        ("Dara Pell, een 23-jarige Taiwanese man, werd zaterdag gearresteerd.", "nl"),
    ],
)  # fmt: skip
def test_an_aged_apposition_after_a_name_is_no_person_of_its_own(context, text, language):
    names = entity_types(context, text, language)
    assert not any("23-" in name for name in names)


def test_the_named_person_operates_what_the_aged_apposition_described(context):
    text = (
        "Dara Pell, a 23-year-old Taiwanese national, was arrested on Saturday. He is accused "
        "of operating Quavo Market, a darknet marketplace."
    )
    assert facts(context, text, "en") == {("OWNS", "Dara Pell", "Quavo Market", "alleged")}


def test_an_aged_person_without_a_name_is_still_named_by_the_description(context):
    text = "Het OM vervolgt een 41-jarige man uit Zwolle voor het beheren van het forum Praatkuil."
    assert "41-jarige man uit Zwolle" in entity_types(context, text, "nl")
