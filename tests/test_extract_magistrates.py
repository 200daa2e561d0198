"""A federal magistrate described by the seat is that district's court (issue #10), on
sentences written for these tests with invented parties: "a U.S. magistrate in San Francisco
dismissed the lawsuit" is heard by the Northern District of California, as "a U.S.
magistrate judge in ..." already was; a state with several districts names none."""

from __future__ import annotations

import pytest
from sentences import facts

SUED = "Mara Quist sued Quorvex. "
CASE = "Mara Quist v. Quorvex"


def district(name: str) -> str:
    """A US district court's name as the graph gives it."""
    return f"United States District Court for the {name}"


def _courts(found: set[tuple[str, ...]]) -> set[str]:
    return {t for r, s, t, _ in found if r == "HEARD_BY" and s == CASE}


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        (
            "A U.S. magistrate in San Francisco dismissed the lawsuit on Friday.",
            district("Northern District of California"),
        ),
        (
            "A federal magistrate in Phoenix ruled that the suit can go on.",
            district("District of Arizona"),
        ),
        (
            "On Tuesday a U.S. magistrate in Houston denied Quorvex's motion to dismiss the case.",
            district("Southern District of Texas"),
        ),
        (
            "The case was sent to a federal magistrate in Chicago, who granted the motion.",
            district("Northern District of Illinois"),
        ),
        (
            "A U.S. magistrate judge in Phoenix dismissed the lawsuit.",
            district("District of Arizona"),
        ),
    ],
)
def test_a_magistrate_in_a_seat_is_its_district_court(context, sentence, court):
    assert _courts(facts(context, SUED + sentence, "en")) == {court}


def test_a_magistrate_in_a_state_of_several_districts_names_no_court(context):
    found = facts(context, SUED + "A federal magistrate in California dismissed the lawsuit.", "en")
    assert _courts(found) == set()
