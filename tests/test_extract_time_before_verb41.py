"""A time told between a one-word name and its verb ("Zorblat on Tuesday sued X", "Zorblat
last week filed a lawsuit against X", "Zorblat, in March, filed ...") leaves the name the
verb's subject: the bringer of the suit, as without the time. News puts the day there."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat on Tuesday sued Brelco.",
        "Zorblat last week sued Brelco.",
        "Zorblat, on Tuesday, filed a lawsuit against Brelco.",
        "Zorblat in March filed a lawsuit against Brelco.",
        "Zorblat earlier this month filed a lawsuit against Brelco.",
    ],
)
def test_a_time_between_name_and_verb_keeps_the_bringer(context, text):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {"Zorblat"}
    assert {kind for kind, *_ in found} == {"PLAINTIFF_IN", "DEFENDANT_IN"}


def test_a_noun_between_name_and_verb_is_still_no_subject(context):
    """Not a time: "Zorblat users sued Brelco" makes Zorblat no bringer."""
    assert "Zorblat" not in plaintiff_names(
        facts(context, "Zorblat users on Tuesday sued Brelco.", "en")
    )
