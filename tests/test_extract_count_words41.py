"""A group of officials counted in words from thirteen to nineteen or in the seventies to
nineties is named by its number, as digits name it (issue #10), in sentences written for
these tests with invented parties."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fourteen attorneys general sued Quavo on Tuesday.", "14 attorneys general"),
        ("14 attorneys general sued Quavo on Tuesday.", "14 attorneys general"),
        ("Seventeen state attorneys general sued Quavo on Tuesday.", "17 attorneys general"),
        ("A coalition of nineteen attorneys general sued Quavo.", "19 attorneys general"),
    ],
)  # fmt: skip
def test_a_count_in_words_names_the_group_as_digits_do(context, text, group):
    assert plaintiff_names(facts(context, text, "en")) == {group}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fifteen women sued Quavo in 2021.", "en"),
        ("Veertien vrouwen hebben Quavo aangeklaagd.", "nl"),
    ],
)  # fmt: skip
def test_a_group_counted_from_thirteen_to_nineteen_sues(context, text, language):
    found = facts(context, text, language)
    assert any(kind == "DEFENDANT_IN" and source == "Quavo" for kind, source, _, _ in found)
    assert plaintiff_names(found)
