"""The name right after a trigger of several words that ends in its preposition is the
trigger's object, also when it is unknown and a known name follows (issue #10, precision),
on sentences written for these tests with invented names: in "Een onderzoek naar Zorbix door
de ACM loopt nog" Zorbix is investigated, not the ACM that investigates it."""

from __future__ import annotations

from sentences import defendant_names, facts


def test_nl_inquiry_into_an_unknown_name_before_its_investigator(context):
    found = facts(context, "Een onderzoek naar Zorbix door de ACM loopt nog.", "nl")
    assert defendant_names(found) == {"Zorbix"}


def test_en_inquiry_into_an_unknown_name_before_a_known_speaker(context):
    found = facts(context, "The investigations into Zorbix continue, the FTC said.", "en")
    assert defendant_names(found) == {"Zorbix"}
