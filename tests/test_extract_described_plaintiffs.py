"""A plaintiff first told by a description and named later (issue #10), on sentences written
for these tests with invented people and companies: "A Texas mother has sued X ... In the
lawsuit, Dana Holt said X ignored warnings" makes Dana Holt the case's plaintiff instead of
"Texas mother". The named one must be the subject of a claim verb in a sentence about the
suit that names its defendant; a lawyer, a spokesman or a judge who speaks is no plaintiff."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "A Texas mother has sued Quorvex, saying its app harmed her son. In the lawsuit, "
            "filed Monday in Ohio, Dana Holt said Quorvex ignored warnings.",
            "Dana Holt",
        ),
        (
            "An Ohio woman sued Quorvex in 2022. The suit says the app tracked her. Mira Holt "
            "claims Quorvex never asked for consent.",
            "Mira Holt",
        ),
        (
            "A Florida teenager has sued Brisk Holdings. In her complaint, Tessa Lund accuses "
            "Brisk Holdings of hiding the risks.",
            "Tessa Lund",
        ),
        (
            "A Nevada man has sued Zimble Labs over a leak. Arlo Penn alleges in the lawsuit "
            "that Zimble Labs kept his records unencrypted.",
            "Arlo Penn",
        ),
    ],
)
def test_the_described_plaintiff_is_the_person_named_later(context, text, named):
    assert plaintiff_names(facts(context, text, "en")) == {named}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Quorvex spokesman, Jon Peel, said the lawsuit has no merit.",
        "Her lawyer, Ana Ruiz, said Quorvex ignored warnings in the lawsuit.",
        "Judge Rita Moss said the lawsuit against Quorvex can proceed.",
        "Dana Holt said she had never used the app.",
    ],
)
def test_a_speaker_who_is_no_plaintiff_keeps_the_description(context, sentence):
    text = "A Texas mother has sued Quorvex. " + sentence
    assert plaintiff_names(facts(context, text, "en")) == {"Texas mother"}
