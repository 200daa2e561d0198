"""Brands written with one or two lower-case letters before a capital (issue #10), on
sentences written for these tests with invented names: "eVendr", "iQuill" are names as
"Quillon" is, found in any slot a rule needs (a defendant, a listed platform, the vendor a
type noun introduces), and a case named after one keeps its spelling. Words of that shape
without a lower-case run after the capital ("iOS", "mRNA") stay no name."""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Parents sued eVendr in May over the sale of their data.", "en", "eVendr"),
        ("Two families filed suit against iQuill on Tuesday.", "en", "iQuill"),
        ("Ouders hebben iQuill in mei aangeklaagd bij de rechtbank Amsterdam.", "nl", "iQuill"),
    ],
)
def test_a_lower_case_brand_is_a_defendant(context, text, language, name):
    found = facts(context, text, language)
    assert defendant_names(found) == {name}
    cases = {case for kind, _, case, _ in found if kind == "DEFENDANT_IN"}
    assert len(cases) == 1 and f" v. {name}" in cases.pop()  # its spelling kept


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The payment processor eVendr stopped serving Quarrelbox in 2019.", "en",
         {"eVendr": "Vendor"}),
        ("De betaaldienst eVendr stopte in mei.", "nl", {"eVendr": "Vendor"}),
        ("Regulators fined three platforms, including eVendr and iQuill, in May.", "en",
         {"eVendr": "Platform", "iQuill": "Platform"}),
    ],
)  # fmt: skip
def test_a_type_noun_types_a_lower_case_brand(context, text, language, expected):
    typed = entity_types(context, text, language)
    assert {name: typed.get(name) for name in expected} == expected


def test_lower_case_words_without_a_name_after_the_capital_are_none(context):
    text = "Parents sued Quillon in May; its app runs on iOS and stores mRNA data."
    assert set(entity_types(context, text, "en")) == {"Quillon", "Plaintiffs v. Quillon"}
