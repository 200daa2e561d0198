"""A state trial court named by its number (issue #10), on sentences written for these tests
with invented firms, parishes and counties: "the 14th Judicial District Court in Marlow
Parish" and "Greene County's 5th District Court" are courts that hear the suit, the ordinal
part of the court's name (no lower-case word dropped from a run's start), and a county's
possessive before the court is its seat, not a word that keeps the court from the suit.
Dutch courts are named by their seat ("de rechtbank Zwolle"), not numbered: no Dutch case."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts

CASE = "State of Oregon v. Zorblat Labs (2023)"


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        (
            "Oregon sued Zorblat Labs on Monday in the 14th Judicial District Court in Marlow "
            "Parish.",
            "14th Judicial District Court",
        ),
        (
            "Oregon sued Zorblat Labs in a complaint filed Monday in Greene County's 5th "
            "District Court.",
            "5th District Court",
        ),
        (
            "Oregon filed a lawsuit against Zorblat Labs in the 22nd District Court on Monday.",
            "22nd District Court",
        ),
    ],
)
def test_a_numbered_trial_court_hears_the_suit(context, sentence, court):
    found = facts(context, sentence, "en")
    assert ("HEARD_BY", CASE, court, "established") in found
    assert ("DEFENDANT_IN", "Zorblat Labs", CASE, "alleged") in found


def test_an_ordinal_without_a_court_opens_no_name(context):
    types = entity_types(context, "Oregon sued Zorblat Labs on its 3rd Anniversary Sale.", "en")
    assert not any(name.startswith("3rd") for name in types)
