"""A word that makes a case noun no authority's case ("a news investigation") ends many a
company's name too ("Zorvex Media", "Brindle Press"): written with a capital inside a name,
it leaves the suit the sentence tells of standing (issue #10)."""

from __future__ import annotations

import pytest
from sentences import facts, sued

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language, plaintiff, defendant",
    [
        ("Zorvex Media heeft een rechtszaak aangespannen tegen Quillo.", "nl", "Zorvex Media", "Quillo"),
        ("Orbis News heeft een rechtszaak tegen Quillo Labs aangespannen.", "nl", "Orbis News", "Quillo Labs"),
        ("Brindle Press has a lawsuit against Quillo Labs.", "en", "Brindle Press", "Quillo Labs"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_modifier_word_brings_its_suit(
    context, sentence, language, plaintiff, defendant
):
    assert facts(context, sentence, language) == sued(plaintiff, defendant)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("A news investigation into Quillo Labs found problems.", "en"),
        ("News investigations into Quillo Labs found problems.", "en"),
        ("Een journalistiek onderzoek naar Quillo Labs bracht misstanden aan het licht.", "nl"),
    ],
)
def test_a_modifier_before_the_case_noun_still_makes_it_no_case(context, sentence, language):
    assert facts(context, sentence, language) == set()
