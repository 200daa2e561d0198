"""A suit told of again (issue #10), on sentences written for these tests with invented
names: "filed a lawsuit on Tuesday against the online retailer X" names X (a date between the
suit and "against", and a head noun the pack lacks with its modifiers after the article);
"X filed the suit against B" after X's suit against A is that suit, which B joins; another
bringer's "the suit" stays its own case."""

from __future__ import annotations

import pytest
from sentences import triples


@pytest.mark.parametrize(
    "text",
    [
        "The state filed a lawsuit on Monday against the online retailer Quixly.",
        "The state filed a lawsuit against the Utah-based online retailer Quixly.",
    ],
)
def test_a_described_defendant_after_against(context, text):
    found = triples(context, text, "en")
    assert {s for k, s, _ in found if k == "DEFENDANT_IN"} == {"Quixly"}


def test_the_suit_told_of_again_takes_the_new_defendant(context):
    text = (
        "The Gorm Foundation sued the app Quixly on Tuesday. The Gorm Foundation filed the "
        "suit against Quixly's parent company, Zorblat Holdings, in Marlow County Circuit Court."
    )
    cases = {t for k, _, t in triples(context, text, "en") if k == "DEFENDANT_IN"}
    assert len(cases) == 1


def test_another_bringers_suit_is_its_own(context):
    text = (
        "The Gorm Foundation sued the app Quixly on Tuesday. The Pell Institute filed the "
        "suit against Zorblat Holdings in Marlow County Circuit Court."
    )
    cases = {t for k, _, t in triples(context, text, "en") if k == "DEFENDANT_IN"}
    assert len(cases) == 2
