"""A country's government named as a party (issue #10): "Zorbix sued the US government",
"a lawsuit against the UK government", "een rechtszaak tegen de Amerikaanse overheid" gave
no defendant, since a jurisdiction is no party and "government" is no name. The country's
adjective or name before the pack's government noun is one organisation, "<country>
government", as the gold names it."""

from __future__ import annotations

import pytest
from sentences import defendant_names, extracted, facts, plaintiff_names

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language, government",
    [
        ("Zorbix Media sued the US government in May.", "en", "U.S. government"),
        (
            "Zorbix Media filed a lawsuit against the UK government in May.",
            "en",
            "British government",
        ),
        ("Quillo Apps sued the French government on Tuesday.", "en", "French government"),
        ("Quillo Apps sued the government of the United Kingdom.", "en", "British government"),
        (
            "Zorbix Media is een zaak begonnen tegen de Amerikaanse overheid.",
            "nl",
            "U.S. government",
        ),
        ("Quillo Apps daagt de Britse regering voor de rechter.", "nl", "British government"),
        ("Quillo Apps klaagt de overheid van de VS aan.", "nl", "U.S. government"),
    ],
)
def test_a_countrys_government_is_the_defendant(context, sentence, language, government):
    found = facts(context, sentence, language)
    assert government in defendant_names(found)
    # the gold's spellings are its aliases ("United States government", "UK government")
    entities, _ = extracted(context, sentence, language)
    named = next(e for e in entities.values() if e.name == government)
    assert named.type == "Organization"


def test_a_government_has_the_spellings_of_its_country(context):
    entities, _ = extracted(context, "Zorbix Media sued the UK government in May.", "en")
    named = next(e for e in entities.values() if e.name == "British government")
    assert {
        "UK government",
        "United Kingdom government",
        "Government of the United Kingdom",
    } <= set(named.aliases)
    entities, _ = extracted(context, "Zorbix Media sued the US government in May.", "en")
    named = next(e for e in entities.values() if e.name == "U.S. government")
    assert "United States government" in named.aliases


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a government's officials or agency are no government as a party
        ("Zorbix Media sued US government officials in May.", "en"),
        # the government that sues acts through an office the text does not name
        ("The US government sued Zorbix Media in May.", "en"),
        # the government as a place of a case, no party
        ("Zorbix Media won a US government contract in May.", "en"),
    ],
)
def test_a_government_word_as_a_modifier_or_a_bringer_names_no_government(
    context, sentence, language
):
    found = facts(context, sentence, language)
    assert not any("government" in name for name in defendant_names(found) | plaintiff_names(found))
