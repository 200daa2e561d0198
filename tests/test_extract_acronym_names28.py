"""Firms named by initials and a word, and plural cases (issue #10), on sentences written for
these tests with invented companies:

- a firm's initials before one or two capitalised words ("XYZ Media", "BMG Rights", "QRT
  Pictures") are one organisation's name that a suit's slot may take; a body's initials
  before a role or an institution ("FBI Director", "US Senate") are none, and so are
  initials after an article ("het OM Quendra": the body, then the next name);
- plural "cases" and "actions" against several parties are one proceeding per party ("the
  cases against A and B", "enforcement actions against A and B"); one case against A and B
  stays one."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, extracted, facts, plaintiff_names, sued

# -- initials before a word ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("XYZ Media sued Zellon.", "XYZ Media"),
        ("BMG Rights sued Zellon.", "BMG Rights"),
        ("The plaintiff in the case, ALS Scan, sued Zellon.", "ALS Scan"),
        ("Zellon was sued by QRT Pictures.", "QRT Pictures"),
    ],
)
def test_initials_before_a_word_name_the_suing_firm(context, text, plaintiff):
    assert facts(context, text, "en") == sued(plaintiff, "Zellon")


@pytest.mark.parametrize(
    "text",
    [
        "FBI Director Tom Vell said Zellon was sued by Quorvex Media.",
        "US Senate staff said Zellon was sued by Quorvex Media.",
    ],
)
def test_a_bodys_initials_before_a_role_or_institution_name_no_party(context, text):
    assert plaintiff_names(facts(context, text, "en")) == {"Quorvex Media"}


def test_initials_after_an_article_stay_the_bodys_before_the_next_name(context):
    """Dutch verb-second: "het OM" is the subject, the name after it the object."""
    found = facts(context, "Daarom heeft het OM Quendra vervolgd.", "nl")
    assert found == {
        ("DEFENDANT_IN", "Quendra", "Openbaar Ministerie v. Quendra", "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", "Openbaar Ministerie v. Quendra", "established"),
    }


# -- plural cases and actions --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cases against Zellon Systems and Pellix Media are the first in which the FTC "
        "alleges that apps tracked children.",
        "The FTC filed cases against Zellon Systems and Pellix Media.",
        "The FTC brought enforcement actions against Zellon Systems and Pellix Media.",
    ],
)
def test_plural_cases_against_two_parties_are_two_proceedings(context, text):
    cases = defendant_cases(facts(context, text, "en"))
    assert set(cases) == {"Zellon Systems", "Pellix Media"}
    assert cases["Zellon Systems"] != cases["Pellix Media"]


def test_one_case_against_two_parties_stays_one(context):
    cases = defendant_cases(
        facts(context, "Quorvex Media filed a case against Zellon Systems and Pellix Media.", "en")
    )
    assert set(cases) == {"Zellon Systems", "Pellix Media"}
    assert cases["Zellon Systems"] == cases["Pellix Media"]


def test_a_firm_named_by_initials_is_an_organisation(context):
    entities, _ = extracted(context, "BMG Rights sued Zellon.", "en")
    assert {e.type for e in entities.values() if e.name == "BMG Rights"} == {"Organization"}
