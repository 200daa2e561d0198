"""A suit "filed against it" is against the name before it (issue #10), on sentences written
for these tests with invented parties: "X removed a lawsuit filed against it to federal
court", "X is fighting a class action brought against it", "X and Y asked a judge to toss a
lawsuit filed against them" make X (and Y) the defendants. Without the participle ("who
filed a lawsuit against it") the pronoun is someone else and the name before it sues."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("sentence", "defendants"),
    [
        (
            "Zorblat Inc., operator of 40 stores, removed a lawsuit filed against it to "
            "federal court.",
            {"Zorblat Inc."},
        ),
        ("Quorvex said a lawsuit filed against it last week was baseless.", {"Quorvex"}),
        ("Quorvex is fighting a class action brought against it by former users.", {"Quorvex"}),
        (
            "Brisk Holdings and Zimble Labs asked a judge to toss a lawsuit filed against them.",
            {"Brisk Holdings", "Zimble Labs"},
        ),
    ],
)
def test_a_suit_filed_against_it_is_against_the_name_before(context, sentence, defendants):
    assert defendant_names(facts(context, sentence, "en")) == defendants


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Quist, who filed a lawsuit against it in 2021, spoke to reporters.",
        "Mara Quist said the lawsuit she filed against it was strong.",
    ],
)
def test_the_one_who_filed_against_it_is_no_defendant(context, sentence):
    assert "Mara Quist" not in defendant_names(facts(context, sentence, "en"))
