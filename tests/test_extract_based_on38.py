"""A decision based on a law (issue #10), on sentences written for these tests with invented
parties: "Its decision is based on the GDPR", "Het besluit is gebaseerd op de AVG" after a
fine: the decision is the case told of, and it invokes the law ("based on" as "relies
on"; "besluit" points back to a case as "uitspraak" does)."""

from __future__ import annotations

import pytest
from sentences import facts, invoked

GDPR = "General Data Protection Regulation"


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("The Quill Authority fined Zembrik in May. Its decision is based on the GDPR.", "en",
         "Quill Authority v. Zembrik"),
        ("De Autoriteit Persoonsgegevens beboette Zembrik. Het besluit is gebaseerd op "
         "artikel 7 van de AVG.", "nl", "Autoriteit Persoonsgegevens v. Zembrik"),
    ],
)  # fmt: skip
def test_a_decision_based_on_a_law_invokes_it(context, text, language, case):
    assert invoked(facts(context, text, language)) == {(case, GDPR)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Quill Authority fined Zembrik in May. Its decision is based on user reports.",
         "en"),
        ("Het kabinet nam in mei het besluit om de AVG te laten evalueren.", "nl"),
    ],
)  # fmt: skip
def test_no_law_invoked_without_a_law_or_a_case(context, text, language):
    assert invoked(facts(context, text, language)) == set()
