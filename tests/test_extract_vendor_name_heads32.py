"""Vendor nouns after a name type it, and a list goes on past them (issue #10), on
sentences written for these tests with invented names: "sued the Tovex ad network",
"klaagde het Tovex-advertentienetwerk aan" make Tovex a vendor and the defendant (the name
was no mention before: a lone unknown word after an article); "the Tovex ad network and
Quarrelnet" lists both; a hyphened word in a description before "namely" keeps the list."""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brindle Scan sued the Tovex ad network last year.", "en"),
        ("Brindle Scan sued the Tovex hosting provider last year.", "en"),
        ("Brindle Media klaagde het Tovex-advertentienetwerk aan.", "nl"),
    ],
)
def test_a_vendor_noun_after_a_name_types_it(context, text, language):
    assert defendant_names(facts(context, text, language)) == {"Tovex"}
    assert entity_types(context, text, language)["Tovex"] == "Vendor"


@pytest.mark.parametrize(
    ("text", "defendants"),
    [
        ("Brindle Scan sued the Tovex ad network and Quarrelnet.", {"Tovex", "Quarrelnet"}),
        ("Brindle Scan sued the Tallow app and Quarrelnet.", {"Tallow", "Quarrelnet"}),
        (
            "Brindle Scan sued several third-party firms, namely the Tovex ad network, "
            "Quarrelnet and Pellmoor.",
            {"Tovex", "Quarrelnet", "Pellmoor"},
        ),
    ],
)
def test_a_list_goes_on_past_a_name_head(context, text, defendants):
    found = facts(context, text, "en")
    assert defendant_names(found) == defendants
    assert plaintiff_names(found) == {"Brindle Scan"}
