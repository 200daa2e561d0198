"""A breach told of a whole clause (issue #10), on sentences written for these tests with
invented parties: "X showed its terms only in English, which violates the GDPR", "X toonde
haar voorwaarden alleen in het Engels, wat in strijd is met de AVG": the relative that
stands for the clause before the comma makes that clause's subject the breaching party, so
the case it defends invokes the law."""

from __future__ import annotations

import pytest
from sentences import facts, invoked

GDPR = "General Data Protection Regulation"


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("The Quill Authority fined Zembrik in May. Zembrik showed its terms only in English, "
         "which violates the GDPR.", "en", "Quill Authority v. Zembrik"),
        ("De Autoriteit Persoonsgegevens beboette Zembrik in mei. Zembrik toonde haar "
         "voorwaarden alleen in het Engels, wat in strijd is met de AVG.", "nl",
         "Autoriteit Persoonsgegevens v. Zembrik"),
    ],
)  # fmt: skip
def test_a_clause_relative_breach_is_the_subjects(context, text, language, case):
    assert invoked(facts(context, text, language)) == {(case, GDPR)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the clause's subject defends no case: no law is invoked
        ("The Quill Authority fined Zembrik in May. Vantor showed its terms only in English, "
         "which violates the GDPR.", "en"),
    ],
)  # fmt: skip
def test_no_breach_for_a_subject_without_a_case(context, text, language):
    assert invoked(facts(context, text, language)) == set()


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("The Quill Authority fined the dating app Zembrik in May. Zembrik showed its terms only "
         "in English. That violates the GDPR.", "en", "Quill Authority v. Zembrik"),
        ("De Autoriteit Persoonsgegevens beboette de datingapp Zembrik in mei. Zembrik toonde "
         "haar voorwaarden alleen in het Engels. Dat is in strijd met de AVG.", "nl",
         "Autoriteit Persoonsgegevens v. Zembrik"),
    ],
)  # fmt: skip
def test_a_demonstrative_breach_is_the_sentence_befores_subject(context, text, language, case):
    assert invoked(facts(context, text, language)) == {(case, GDPR)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Quill Authority fined the dating app Zembrik in May. The dating app Vantor showed "
         "its terms only in English. That violates the GDPR.", "en"),
    ],
)  # fmt: skip
def test_no_demonstrative_breach_for_a_subject_without_a_case(context, text, language):
    assert invoked(facts(context, text, language)) == set()
