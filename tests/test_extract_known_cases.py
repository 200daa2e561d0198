"""Linking text to the cases and laws the reference base knows (issue #10), on sentences
written for these tests: a caption that writes a known case's plaintiff in full, a
combined name of two bills, and a sentence that points back to one case while naming the
known defendants of another. The base links names; it must not move facts to a case whose
parties the sentence does not name."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context

FLEITES = "Fleites v. MindGeek S.à r.l."


@pytest.fixture
def context():
    return reference_context()


def test_a_caption_with_the_plaintiffs_full_name_is_the_known_case(context):
    found = facts(
        context,
        "Last month the judge in Serena Fleites v. MindGeek heard arguments about the "
        "company's payment partners.",
        "en",
    )
    assert ("DEFENDANT_IN", "Aylo", FLEITES, "alleged") in found
    assert not any(
        t == "DEFENDANT_IN" and c == "Serena Fleites v. MindGeek" for t, _, c, _ in found
    )


def test_a_caption_of_an_unknown_case_stays_its_own(context):
    found = facts(context, "Marta Quillon v. MindGeek was filed in Ontario last spring.", "en")
    assert not any(c == FLEITES for _, _, c, _ in found)


def test_a_dutch_caption_with_the_full_name_is_the_known_case(context):
    found = facts(context, "De zaak Serena Fleites v. MindGeek loopt nog in Californië.", "nl")
    assert ("DEFENDANT_IN", "Aylo", FLEITES, "alleged") in found
    assert not any(c == "Serena Fleites v. MindGeek" for _, _, c, _ in found)


@pytest.mark.parametrize("written", ["SESTA/FOSTA", "SESTA-FOSTA", "FOSTA/SESTA"])
def test_a_combined_name_of_the_two_bills_is_the_enacted_law(context, written):
    found = facts(context, f"The new law known as {written} amends Section 230.", "en")
    assert ("AMENDS", "FOSTA", "Section 230", "established") in found
    assert not any(s == "SESTA" for _, s, _, _ in found)


def test_known_defendants_of_another_case_are_not_put_in_the_case_pointed_back_to(context):
    found = facts(
        context,
        "The former chief executive Carl Ferrer pleaded guilty on Thursday. The same day, "
        "prosecutors revealed an indictment. In that indictment, Michael Lacey and James "
        "Larkin face dozens of charges.",
        "en",
    )
    assert ("DEFENDANT_IN", "Michael Lacey", "United States v. Lacey", "alleged") in found
    assert ("DEFENDANT_IN", "James Larkin", "United States v. Lacey", "alleged") in found
    assert not any(
        t == "DEFENDANT_IN"
        and s in ("Michael Lacey", "James Larkin")
        and c != "United States v. Lacey"
        for t, s, c, _ in found
    )


def test_a_new_defendant_stays_in_the_case_pointed_back_to(context):
    found = facts(
        context,
        "Prosecutors unsealed an indictment against Quentin Marrow on Monday. In that "
        "indictment, Michael Lacey is also named.",
        "en",
    )
    cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Quentin Marrow"}
    assert cases and "United States v. Lacey" not in cases
