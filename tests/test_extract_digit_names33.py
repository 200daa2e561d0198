"""A name that holds a number ("Zorvex 12") is one name when the text always writes the word
with that number (issue #10), on sentences written for these tests with invented names:
the plaintiff of "Zorvex 12 sued Quillo" is Zorvex 12, not Zorvex; a noun that labels a
number ("Article 17", "Artikel 6") stays no name; a word also written alone stays as it is."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorvex 12 sued the hosting firm Quillo in a federal court. The publisher Zorvex 12 "
            "says Quillo ignored its notices.",
            "en",
        ),
        (
            "Zorvex 12 heeft een rechtszaak aangespannen tegen het hostingbedrijf Quillo. "
            "Volgens de uitgever Zorvex 12 negeerde Quillo de meldingen.",
            "nl",
        ),
    ],
)
def test_a_name_holds_its_number(context, text, language):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {"Zorvex 12"}
    assert defendant_names(found) == {"Quillo"}


def test_a_word_also_written_alone_keeps_its_own_name(context):
    text = (
        "Zorvex sued the hosting firm Quillo in a federal court. Zorvex says that Quillo "
        "hosted 12 sites, and Zorvex 12 was the name of its old magazine."
    )
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {"Zorvex"}
