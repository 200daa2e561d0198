"""Ends that are no parties: the office that prosecutes is no defendant of its own
prosecution, an official named with the office's role in apposition is no party, the prefix of a role word ("Co-founder X") names no organisation, and a
currency code after an amount ("30 million SEK") is no name."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


def test_the_prosecutor_is_no_defendant_of_its_prosecution(context):
    text = "Het OM zegt van plan te zijn de vier hoofdverdachten te gaan vervolgen voor fraude."
    defendants = {s for kind, s, _ in triples(context, text, "nl") if kind == "DEFENDANT_IN"}
    assert defendants == set()


def test_the_prosecuted_company_is_still_the_defendant(context):
    found = triples(context, "Het OM vervolgt Zorbcorp B.V. voor witwassen.", "nl")
    assert {s for kind, s, _ in found if kind == "DEFENDANT_IN"} == {"Zorbcorp B.V."}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Co-founder Jan Vorst was also arrested.", set()),
        ("Quillchat-founder Jan Vorst was also arrested.", {("FOUNDED", "Jan Vorst", "Quillchat")}),
    ],
)
def test_a_role_words_own_prefix_names_no_organisation(context, text, expected):
    assert {t for t in triples(context, text, "en") if t[0] == "FOUNDED"} == expected


def test_a_currency_after_an_amount_is_no_defendant(context):
    text = (
        "Three men were found guilty and ordered to pay damages of 30 million SEK to the "
        "record labels."
    )
    assert not {t for t in triples(context, text, "en") if "SEK" in t[1] or "SEK" in t[2]}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jan Vorst, the Manhattan district attorney, indicted Zorbcorp Inc. for fraud.", "en"),
        ("Jan Vorst, a federal prosecutor, charged Zorbcorp Inc. with fraud.", "en"),
        ("Jan Vorst, the state's attorney general, sued Zorbcorp Inc.", "en"),
    ],
)
def test_an_official_in_apposition_is_no_party(context, text, language):
    """The office brings the case, never the official who heads it (docs/annotation.md)."""
    found = triples(context, text, language)
    assert not {t for t in found if t[1] == "Jan Vorst"}
    assert {s for kind, s, _ in found if kind == "DEFENDANT_IN"} == {"Zorbcorp Inc."}


def test_a_person_in_another_apposition_still_sues(context):
    found = triples(context, "Jan Vorst, a teenager from Ohio, sued Zorbcorp Inc.", "en")
    assert ("PLAINTIFF_IN", "Jan Vorst", "Jan Vorst v. Zorbcorp Inc.") in found
