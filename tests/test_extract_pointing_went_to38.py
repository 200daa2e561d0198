"""A one-word name after "Die ging naar" is who received what the sentence before tells of
(issue #10, stop 38's open Dutch class "Die ging naar Uber"): the rule die-ging-naar existed,
but the bare name after the place preposition "naar" was read as a place and dropped unless
a case noun stood right before it ("De boete ging naar X" worked, "Die ging naar X" not)."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "De AP legde vorige week een boete op. Die ging naar Zorbix.",
        "Nooit eerder legde de AP zo'n hoge boete op. Die ging naar Zorbix, omdat het bedrijf "
        "gegevens lekte.",
        "De AP deelde een recordboete uit. Deze ging naar Zorbix.",
    ],
)
def test_the_fine_went_to_the_name(context, text):
    case = "Autoriteit Persoonsgegevens v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", case, "established"),
    }


def test_a_person_going_to_a_town_is_no_fine(context):
    text = "De rechter kwam uit Utrecht. Die ging naar Zwolle."
    assert facts(context, text, "nl") == set()
