"""Names written digits first (issue #10), on sentences written for these tests with invented
brands: "4chan" or "23andMe" is a name wherever it stands. As the object of a suit's verb it
is the one sued (no headline passive "X sued in court" read from the number it starts with),
and as a caption's defendant ("Quist v. 9vault") it is that case's party."""

from __future__ import annotations

import pytest
from sentences import facts


def _parties(found: set[tuple[str, ...]], relation: str) -> set[str]:
    return {s for t, s, _, _ in found if t == relation}


@pytest.mark.parametrize(
    ("sentence", "plaintiff", "defendants"),
    [
        ("Mara Quist sued 9vault on Monday.", "Mara Quist", {"9vault"}),
        (
            "The Lorvane Group sued 3pixel and Brisko Labs in federal court.",
            "Lorvane Group",
            {"3pixel", "Brisko Labs"},
        ),
        (
            "Last year Tobin Harrow sued 42trove, a photo site, over his images.",
            "Tobin Harrow",
            {"42trove"},
        ),
        ("Pell Avery has sued 7skein and its parent company.", "Pell Avery", {"7skein"}),
    ],
)
def test_a_name_written_digits_first_is_the_one_sued(context, sentence, plaintiff, defendants):
    found = facts(context, sentence, "en")
    assert _parties(found, "DEFENDANT_IN") == defendants
    assert _parties(found, "PLAINTIFF_IN") == {plaintiff}


@pytest.mark.parametrize(
    ("text", "case"),
    [
        (
            "The first suit, Quist v. 9vault, was filed in Ohio. 9vault denies the claims.",
            "Quist v. 9vault",
        ),
        (
            "9vault lost users after the breach. A user then filed Harrow v. 9vault in Ohio.",
            "Harrow v. 9vault",
        ),
        ("In Avery v. 9vault, Inc., the court let the claims go ahead.", "Avery v. 9vault, Inc."),
    ],
)
def test_a_caption_names_a_defendant_written_digits_first(context, text, case):
    found = facts(context, text, "en")
    assert ("DEFENDANT_IN", "9vault", case, "alleged") in found


def test_a_brand_written_digits_first_is_nobody_s_surname(context):
    found = facts(
        context,
        "Storm Report Quist filed suit. The case, Quist v. 9vault, says 9vault lost the data.",
        "en",
    )
    assert _parties(found, "DEFENDANT_IN") == {"9vault"}


def test_a_sum_after_the_participle_still_makes_a_headline_passive(context):
    found = facts(context, "Zorblat Networks fined 500,000 euros by the Ohio regulator.", "en")
    assert ("PLAINTIFF_IN", "Zorblat Networks") not in {(t, s) for t, s, _, _ in found}
