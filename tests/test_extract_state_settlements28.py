"""A US state that settles (issue #10), on sentences written for these tests with invented
companies and officials: a state, or its attorney general, reaching or announcing a
settlement "with" a party brings the case the settlement ends, and that party defends it
(English and Dutch); a company settling with another company keeps the old reading (the
settler defends) and makes no state a party."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        (
            "Utah Attorney General Sean Vell announced a settlement with Zellon Systems.",
            "en",
            "State of Utah",
        ),
        (
            "The Utah attorney general reached a settlement with Zellon Systems.",
            "en",
            "State of Utah",
        ),
        (
            "The state of Ohio reached a $2 million settlement with Zellon Systems over its app.",
            "en",
            "State of Ohio",
        ),
        (
            "Oregon's attorney general, Mara Tull, has reached a settlement with Zellon Systems.",
            "en",
            "State of Oregon",
        ),
        ("De staat Utah heeft een schikking getroffen met Zellon Systems.", "nl", "State of Utah"),
    ],
)
def test_a_state_that_settles_with_a_party_brings_the_case(context, text, language, state):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {state}
    assert defendant_names(found) == {"Zellon Systems"}
    assert {st for t, _, _, st in found if t == "DEFENDANT_IN"} == {"alleged"}


def test_a_company_settling_with_a_company_makes_no_state_a_party(context):
    found = facts(context, "Quorvex Media announced a settlement with Zellon Systems.", "en")
    assert not any(name.startswith("State of") for name in plaintiff_names(found))
