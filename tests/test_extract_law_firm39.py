"""A law firm is counsel, never a party (issue #10, precision census of stop 39;
docs/annotation.md, "Never parties"): "Quellman Rhode law firm, which sued X", "the Online
Harms Law Center sued X", "law firm Quellman Rhode is suing X", "advocatenkantoor X daagt
Y voor de rechter" and "Dana Holt, a partner at Holt Law Group"
made the firm or its principal the plaintiff. The packs' law_firm_nouns, law_firm_heads and
law_firm_roles say what makes a name a law firm's. The suit and its defendant stay."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The case is run by Quellman Rhode law firm, which sued Zorbix in May.", "en"),
        (
            "In May the Online Harms Law Center sued Zorbix over its ads.",
            "en",
        ),
        ("The law firm Quellman Rhode is suing Zorbix on behalf of two creators.", "en"),
        ("Quellman Rhode LLP sued Zorbix on behalf of two creators.", "en"),
        (
            "Advocatenkantoor Quellman Rhode daagt Zorbix namens twee gebruikers voor de rechter.",
            "nl",
        ),
        (
            "Dana Holt, a partner at Holt Law Group, said the case against Zorbix goes to trial.",
            "en",
        ),
    ],
)
def test_a_law_firm_brings_no_case(context, text, language):
    found = facts(context, text, language)
    assert plaintiff_names(found) == set()
    assert defendant_names(found) == {"Zorbix"}


@pytest.mark.parametrize(
    ("text", "language", "plaintiffs"),
    [
        ("Dana Holt sued Zorbix in March.", "en", {"Dana Holt"}),
        ("The Online Safety Center sued Zorbix in March.", "en", {"Online Safety Center"}),
        ("Stichting Quillo daagt Zorbix voor de rechter.", "nl", {"Stichting Quillo"}),
    ],
)
def test_other_bringers_stay(context, text, language, plaintiffs):
    assert plaintiff_names(facts(context, text, language)) == plaintiffs
