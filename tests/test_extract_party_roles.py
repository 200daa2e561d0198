"""Who brings a suit and whom it is against when the bringer stands in a "filed by" phrase
(issue #10), on sentences written for these tests with invented parties: "the complaint,
filed by the FTC, accuses X of ...", "a complaint filed by the FTC says X ...". The agent
inside the trigger's words is never the one the suit is against, and a verb of a relative
clause ("a suit filed by a woman who says X ...") names no party."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture
def context():
    return reference_context()


@pytest.mark.parametrize(
    "text",
    [
        "The complaint, filed by the FTC on Monday, accuses Zorblat Inc. of deceiving users.",
        "A complaint filed by the Federal Trade Commission says Zorblat Inc. kept children's data.",
        "The lawsuit, filed by the Federal Trade Commission in May, alleges Zorblat Inc. sold "
        "location data.",
    ],
)
def test_the_bringer_of_a_suit_filed_by_it_is_the_plaintiff(context, text):
    found = facts(context, text, "en")
    plaintiffs = {(s, c) for t, s, c, _ in found if t == "PLAINTIFF_IN"}
    defendants = {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert {s for s, _ in plaintiffs} == {"Federal Trade Commission"}
    assert {s for s, _ in defendants} == {"Zorblat Inc."}
    assert {c for _, c in plaintiffs} == {c for _, c in defendants}


def test_a_state_official_filing_a_suit_brings_it_for_the_state(context):
    found = facts(
        context,
        "The lawsuit, filed by Vermont Attorney General Dana Kroll, says Zorblat Inc. misled "
        "parents about its chat app.",
        "en",
    )
    assert {(t, s) for t, s, _, _ in found} == {
        ("PLAINTIFF_IN", "State of Vermont"),
        ("DEFENDANT_IN", "Zorblat Inc."),
    }


def test_the_verb_of_a_relative_clause_after_the_bringer_names_no_party(context):
    found = facts(
        context,
        "A suit filed by Quendra Labs, which says Zorblat Inc. copied its code, was dismissed.",
        "en",
    )
    assert not any(t == "DEFENDANT_IN" and s == "Zorblat Inc." for t, s, _, _ in found)
