"""Defendants of a passive participle that "and" joins to an earlier one, and the source of
a hedge before a list (issue #10), on sentences written for these tests with invented
names: in "A and B were arrested in Argentina and charged with fraud" the charge shares the
subject of the arrest; in "According to the Justice Department, A and B were charged" the
department is the report's source, never one of the charged. A party named between the two
verbs ("X was praised by Y and charged users a fee") keeps "charged" active."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ormek Vadim and Teo Brask were arrested in Argentina and charged with wire fraud.",
            {"Ormek Vadim", "Teo Brask"},
        ),
        (
            "Ormek Vadim and Teo Brask were arrested in Chile on May 9 and charged "
            "with wire fraud.",
            {"Ormek Vadim", "Teo Brask"},
        ),
        (
            "Dorvin Pask was extradited to Ohio last spring and indicted on fraud counts.",
            {"Dorvin Pask"},
        ),
        (
            "Lella Quint was stopped at Heathrow, questioned for hours and charged with smuggling.",
            {"Lella Quint"},
        ),
    ],
)
def test_a_joined_participle_shares_the_passive_subject(context, sentence, names):
    found = facts(context, sentence, "en")
    assert defendant_names(found) == names
    assert {s for t, s, _, status in found if status == "alleged"} >= names


def test_a_party_between_keeps_the_second_verb_active(context):
    found = facts(
        context, "Quellix was praised by Dorvin Pask and charged users a monthly fee.", "en"
    )
    assert defendant_names(found) == set()


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to the Justice Department, Ormek Vadim and Teo Brask were charged with "
            "wire fraud.",
            "U.S. Department of Justice",
        ),
        (
            "According to Vexora Labs, Ormek Vadim and Teo Brask were indicted in May.",
            "Vexora Labs",
        ),
    ],
)
def test_the_source_of_according_to_is_no_defendant(context, sentence, source):
    found = facts(context, sentence, "en")
    assert defendant_names(found) == {"Ormek Vadim", "Teo Brask"}
    assert all(source not in c for t, _, c, _ in found if t == "DEFENDANT_IN")
