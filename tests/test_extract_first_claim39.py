"""The claim of the first suit a document tells of names its defendant (issue #10, census
class "allegation content", bench/coverage.py on an unlabelled corpus), on sentences written
for these tests with invented parties: "A lawsuit alleges that X ...", "The complaint
claimed X violated ...", "De dagvaarding stelt dat X ..." opened a news text and gave no case; the claim named the defendant
only of a suit told before without one. Controls: a suit that has its defendant gains none
from its claim, and a claim whose subject is no name (a person no name gives, a possessor)
gives none."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A lawsuit alleges that Quellpay became a co-conspirator in the scheme.", "en"),
        ("The complaint claimed Quellpay violated anti-trafficking laws.", "en"),
        ("The lawsuit argues that Quellpay cannot use its user agreement to keep the funds.",
         "en"),
        ("A new complaint contends that Quellpay ignored hundreds of notices.", "en"),
        ("De dagvaarding stelt dat Quellpay de regels overtrad.", "nl"),
    ],
)  # fmt: skip
def test_the_first_claim_names_the_defendant(context, text, language):
    assert defendant_names(facts(context, text, language)) == {"Quellpay"}


def test_a_suit_with_its_defendant_gains_none_from_its_claim(context):
    text = "Lina Varga sued Quellpay in May. The complaint alleges that Zorbix misled users."
    assert defendant_names(facts(context, text, "en")) == {"Quellpay"}


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit alleges that the girl suffered abuse on the site.",
        # a possessor is no subject of the claim
        "An early indictment claimed that Quellpay's copyright infringement caused damages.",
    ],
)
def test_a_claim_whose_subject_is_no_name_gives_no_case(context, text):
    assert defendant_names(facts(context, text, "en")) == set()
