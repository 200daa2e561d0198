"""What a suit's bringers allege is the claim of the case the document tells of (issue #10),
on sentences written for these tests with invented parties and laws: "the plaintiffs allege a
violation of X", "according to the plaintiffs, the breach violated X", "de eisers stellen een
schending van de AVG" make the case invoke the law, as "the complaint alleges violations of
X" already did, although the sentence names no party."""

from __future__ import annotations

import pytest
from sentences import facts, invoked

SUED = "Mara Quist sued Quorvex in 2021. "
CASE = "Mara Quist v. Quorvex (2021)"
ACT = "Ohio Data Safety Act"


@pytest.mark.parametrize(
    "sentence",
    [
        "The plaintiffs allege a violation of the Ohio Data Safety Act.",
        "The plaintiff claims violations of the Ohio Data Safety Act.",
        "According to the plaintiffs, the breach violated the Ohio Data Safety Act.",
        "The plaintiffs argue the company breached the Ohio Data Safety Act.",
        "In their filing, the plaintiffs contend that the app violated the Ohio Data Safety Act.",
    ],
)
def test_what_the_plaintiffs_allege_is_the_case_s_law(context, sentence):
    assert invoked(facts(context, SUED + sentence, "en")) == {(CASE, ACT)}


@pytest.mark.parametrize(
    "sentence",
    [
        "De eisers stellen een schending van de AVG.",
        "Volgens de eisers heeft het bedrijf de AVG geschonden.",
    ],
)
def test_what_dutch_claimants_allege_is_the_case_s_law(context, sentence):
    text = "Mara Quist daagde Quorvex in 2021 voor de rechter. " + sentence
    assert invoked(facts(context, text, "nl")) == {(CASE, "General Data Protection Regulation")}


def test_a_law_the_plaintiffs_say_does_not_apply_is_not_invoked(context):
    text = SUED + "The plaintiffs say the Ohio Data Safety Act does not apply to them."
    assert invoked(facts(context, text, "en")) == set()
