"""A legal battle between an authority and a company (issue #10, recall), on sentences
written for these tests with invented names: "the regulator is in a legal battle with X",
"X is locked in a court fight with the Commission" tell of the authority's proceeding
against X, whichever side the sentence names first. Between two companies the words do
not say who sued, so no case is made of them."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "sentence",
    [
        "The Federal Trade Commission is in a legal battle with Quixly Inc over its ads.",
        "Quixly Inc is locked in a court fight with the Federal Trade Commission.",
        "Quixly Inc has been embroiled in a legal dispute with the Federal Trade Commission.",
    ],
)
def test_the_authority_of_a_legal_battle_brings_it(context, sentence):
    assert facts(context, sentence, "en") == sued("Federal Trade Commission", "Quixly Inc")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quixly Inc is in a legal dispute with Brelco Ltd over a patent.",
        "Brelco Ltd asked a judge to narrow a ruling in its long legal battle with Quixly Inc.",
    ],
)
def test_a_battle_between_two_companies_names_no_bringer(context, sentence):
    assert facts(context, sentence, "en") == set()
