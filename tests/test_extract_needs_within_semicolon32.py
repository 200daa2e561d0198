"""A rule's needed words count only in the stretch of the sentence between the semicolons
around its match (issue #10, precision), on sentences written for these tests with invented
names: a clause after a semicolon is a sentence of its own, so "Brelco eist tegen Zorbix
openheid; de straf voor Bram Veltkamp volgt later" is no prosecutor's demand, and "vowed to
hold Zorbix liable for the leak; the lawsuit against Brelco continues" no suit against
Zorbix."""

from __future__ import annotations

from sentences import defendant_names, facts


def test_nl_demand_needs_its_sentence_word_before_the_semicolon(context):
    found = facts(
        context, "Brelco eist tegen Zorbix openheid; de straf voor Bram Veltkamp volgt later.", "nl"
    )
    assert "Zorbix" not in defendant_names(found)


def test_nl_demand_with_its_sentence_word_in_its_own_clause_stays(context):
    found = facts(
        context,
        "Het OM eist tegen Bram Veltkamp een celstraf van twee jaar; de uitspraak volgt later.",
        "nl",
    )
    assert defendant_names(found) == {"Bram Veltkamp"}


def test_en_hold_liable_needs_its_suit_word_before_the_semicolon(context):
    found = facts(
        context,
        "Senator Dana Morrow vowed to hold Zorbix liable for the leak; the lawsuit against"
        " Brelco continues in Ohio.",
        "en",
    )
    assert "Zorbix" not in defendant_names(found)
    assert "Brelco" in defendant_names(found)
