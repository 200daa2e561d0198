"""A suit told by what was done to a person on platforms (issue #10, recall), on sentences
written for these tests with invented names: "a Texas girl was groomed and exploited on A
and B, according to a lawsuit filed in Ohio" tells of the girl's suit against A and B; the
law firms that filed it "on behalf of" her are counsel, not parties. The active sentence
("X groomed a girl on A") names the abuser first and makes no case; a platform whose owner
the document names is sued through its owner."""

from __future__ import annotations

from sentences import defendant_names, facts, plaintiff_names

_CASE = "Texas girl v. Quixly"


def test_a_person_harmed_on_platforms_sues_them(context):
    found = facts(
        context,
        "A Texas girl was allegedly groomed and exploited on Quixly and Vindr, according to a "
        "lawsuit filed in Ohio.",
        "en",
    )
    assert found == {
        ("PLAINTIFF_IN", "Texas girl", _CASE, "established"),
        ("DEFENDANT_IN", "Quixly", _CASE, "alleged"),
        ("DEFENDANT_IN", "Vindr", _CASE, "alleged"),
        ("IN_JURISDICTION", _CASE, "Ohio", "established"),
    }


def test_the_firms_filing_on_behalf_of_her_are_counsel(context):
    found = facts(
        context,
        "A Texas girl was groomed on Quixly, according to a lawsuit filed in Ohio. The "
        "lawsuit was filed by Dara Vell and Teo Brask on behalf of the girl.",
        "en",
    )
    assert plaintiff_names(found) == {"Texas girl"}


def test_a_parent_filing_on_behalf_of_a_child_is_no_counsel(context):
    found = facts(
        context,
        "Family sues Quixly over 12-year-old girl. A Texas family is suing Quixly, the "
        "company behind a chat app. The lawsuit, which was filed by the father on behalf of "
        "his daughter, said that she was targeted by a man on the app.",
        "en",
    )
    assert plaintiff_names(found) == {"Texas family", "12-year-old girl"}


def test_the_abuser_of_an_active_sentence_brings_nothing(context):
    found = facts(
        context, "Dara Vell groomed a Texas girl on Quixly, according to a lawsuit.", "en"
    )
    assert found == set()


def test_no_case_without_a_suit_word(context):
    found = facts(context, "A Texas girl was groomed on Quixly, two officials said.", "en")
    assert found == set()


def test_a_platform_of_a_named_owner_is_sued_through_it(context):
    found = facts(
        context,
        "Brelco Inc, the owner of the chat app Vindr, faces scrutiny. A Texas girl was "
        "groomed on Vindr, according to a lawsuit.",
        "en",
    )
    assert defendant_names(found) == {"Brelco Inc"}
