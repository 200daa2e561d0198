"""A party noun that opens a sentence is a title, no part of the name after it (issue #10),
on sentences written for these tests with invented names: "Plaintiff Zorvex Media sued
Quillo" and "Eiser Zorvex Media daagt Quillo Labs" name the plaintiff Zorvex Media, not
"Plaintiff Zorvex Media"; "Defendant Zorvex Media denied ..." names the defendant."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Plaintiff Zorvex Media sued Quillo Labs last May.", "en"),
        ("Eiser Zorvex Media daagt Quillo Labs voor de rechter.", "nl"),
    ],
)
def test_a_plaintiff_title_is_no_part_of_the_name(context, text, language):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {"Zorvex Media"}
    assert defendant_names(found) == {"Quillo Labs"}


def test_a_defendant_title_names_the_defendant(context):
    text = "Defendant Zorvex Media denied the claims in the lawsuit Brindle filed in May."
    found = facts(context, text, "en")
    assert "Zorvex Media" in defendant_names(found)


def test_a_party_noun_alone_still_stands_for_the_party(context):
    found = facts(context, "Eiser heeft Quillo Labs gedagvaard.", "nl")
    assert defendant_names(found) == {"Quillo Labs"}
