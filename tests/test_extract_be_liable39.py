"""Whose liability a court's or a suit's sentence weighs defends the case (issue #10, census
class "holding about a party", bench/coverage.py on an unlabelled corpus), on sentences
written for these tests with invented parties: "A federal judge has ruled X can be liable
for ...", "X is not liable for ..., a federal judge ruled" gave no case. The subject of
"be ... liable" is the defendant, also when the court finds it not liable; not when no
court or suit is in the sentence, and not a name that is no subject of "be" (a pronoun is the
subject and names stand before it)."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge has ruled Quellpay can be liable for the payments it processed.",
        "Quellpay is not liable for the infringement of its customers, a federal judge ruled.",
        "A court has ruled Quellpay is liable for defective products sold on its site.",
    ],
)
def test_the_one_whose_liability_a_court_weighs_is_the_defendant(context, text):
    assert defendant_names(facts(context, text, "en")) == {"Quellpay"}


@pytest.mark.parametrize(
    "text",
    [
        "Lina Varga said Quellpay should be liable for the ads.",
        "Judges rejected the request of Quellpay to drop the case of Zorbix Media, noting that "
        "it may well be liable.",
    ],
)
def test_no_defendant_without_a_court_or_the_subject(context, text):
    assert defendant_names(facts(context, text, "en")) == set()
