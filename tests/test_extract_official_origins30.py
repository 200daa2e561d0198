"""A group of attorneys general counted by the states they come from, or not counted at all
(issue #10), on sentences written for these tests with an invented firm: "Attorneys General
of 21 states and the District of Columbia" are one group of 22 offices, "Attorneys General
from five states" one of 5, and "State Attorneys General" uncounted are still offices (an
Organization), never a person (whom the privacy pass would hide as a victim)."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Attorneys General from five states sued Zorblat Labs on Monday.", "5 attorneys general"),
        (
            "Attorneys General of 21 states and the District of Columbia sued Zorblat Labs.",
            "22 attorneys general",
        ),
        ("State Attorneys General sued Zorblat Labs on Monday.", "attorneys general"),
    ],
)
def test_officials_from_states_are_one_group(context, sentence, group):
    found = facts(context, sentence, "en")
    assert {(k, s) for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {("PLAINTIFF_IN", group)}
    assert ("DEFENDANT_IN", "Zorblat Labs") in {(k, s) for k, s, _, _ in found}
    assert entity_types(context, sentence, "en")[group] == "Organization"
