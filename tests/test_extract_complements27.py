"""A role's complement in a list of parties, and a district court named direction first
(issue #10), on sentences written for these tests with invented names: "the parent company
(pointing back to a named company) of X and two other apps face a suit" lists the parent
company and the apps, not X; "the Northern District Court of California" is the federal
district court, not a new court of that name."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


def _courts(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "HEARD_BY"}


@pytest.mark.parametrize(
    "second",
    [
        "The parent company of Pellix and two chat apps now face a suit over a teenager's death.",
        "The parent company of Pellix and two other apps now face a second suit.",
        "The owner of Pellix and three smaller firms face a lawsuit over the leak.",
    ],
)
def test_the_complement_of_a_pointing_role_is_no_listed_party(context, second):
    # (a person sues: "the parent company" points back to the one company named, 34)
    found = facts(context, "Dara Velsko sued Zorvik Inc. in 2021. " + second, "en")
    assert defendant_names(found) == {"Zorvik Inc."}


def test_a_plain_list_after_a_suit_still_lists_every_party(context):
    found = facts(context, "Quillon Labs sued Zorvik Inc. and Pellix in 2021.", "en")
    assert defendant_names(found) == {"Zorvik Inc.", "Pellix"}


@pytest.mark.parametrize(
    ("sentence", "district"),
    [
        (
            "Quillon Labs sued Zorvik Inc. in 2021. The Northern District Court of California "
            "in San Jose hears that case.",
            "Northern District of California",
        ),
        (
            "Quillon Labs sued Zorvik Inc. in the Southern District Court of New York in 2021.",
            "Southern District of New York",
        ),
        (
            "A suit against Zorvik Inc. was filed in 2021 in the Central District Court of "
            "California.",
            "Central District of California",
        ),
        (
            "Quillon Labs sued Zorvik Inc. in the Western District Court for Texas in 2021.",
            "Western District of Texas",
        ),
    ],
)
def test_a_district_court_named_direction_first_is_the_federal_court(context, sentence, district):
    court = "United States District Court for the " + district
    assert _courts(facts(context, sentence, "en")) == {court}
