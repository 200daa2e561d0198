"""A name no list knows that ends in a company word is an antecedent (issue #10): "Quillo
Labs removed the app. Zorvex Media sued the company." gave nothing, since a weak run (a
capitalised name no rule typed) never entered the discourse's history; only a person's
name did. A weak run read first as a company by its company word now does."""

from __future__ import annotations

import pytest
from sentences import facts, sued

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "text, language",
    [
        ("Quillo Labs removed the app in March. Zorvex Media sued the company.", "en"),
        ("Quillo Labs removed the app in March. The company was sued by Zorvex Media.", "en"),
        (
            "Quillo Labs verwijderde de app in maart. Zorvex Media daagde het bedrijf voor de rechter.",
            "nl",
        ),
    ],
)
def test_the_company_points_back_to_a_company_named_before(context, text, language):
    assert facts(context, text, language) == sued("Zorvex Media", "Quillo Labs")


def test_a_single_unknown_word_is_still_no_antecedent(context):
    # "Quillo" alone may be anything (a site, a person's surname): no company to point to
    found = facts(context, "Quillo removed the app in March. Zorvex Media sued the company.", "en")
    assert not any(kind == "DEFENDANT_IN" for kind, *_ in found)
