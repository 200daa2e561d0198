"""A suit that "targets" a company names its defendant (issue #10), on sentences written for
these tests with invented parties: "the lawsuit also targets X", "the complaint targets X
and its parent Y", "the suit targeted X as well" add X to the case the document tells of, as
"the lawsuit also names X" does. A headline's "Lawsuit Targeting X Can Proceed" and a suit
that says the company targeted users add nobody."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts

SUED = "Dara Welk sued Quorvex on Friday. "


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        ("The lawsuit also targets Zimble Labs, which hosts the app.", {"Zimble Labs"}),
        (
            "The complaint targets Zimble Labs and Brisk Holdings.",
            {"Zimble Labs", "Brisk Holdings"},
        ),
        ("The suit targeted Zimble Labs as well.", {"Zimble Labs"}),
        ("Her complaint also targets Orrin Vale, the founder of the app.", {"Orrin Vale"}),
    ],
)
def test_the_company_a_suit_targets_is_its_defendant(context, sentence, added):
    found = facts(context, SUED + sentence, "en")
    assert defendant_names(found) == {"Quorvex"} | added
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert len(cases) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawsuit says Quorvex targeted teenagers with ads made by Zimble Labs.",
        "Court Says Lawsuit Targeting Quorvex Can Proceed Against Zimble, As Well",
    ],
)
def test_no_one_else_is_sued_by_a_targeting_word(context, sentence):
    found = facts(context, SUED + sentence, "en")
    assert defendant_names(found) <= {"Quorvex", "Zimble"}
    assert "Zimble Labs" not in defendant_names(found)
