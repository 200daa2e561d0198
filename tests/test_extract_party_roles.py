"""Who brings a suit and whom it is against when the bringer stands in a "filed by" phrase
(issue #10), on sentences written for these tests with invented parties: "the complaint,
filed by the FTC, accuses X of ...", "a complaint filed by the FTC says X ...". The agent
inside the trigger's words is never the one the suit is against, and a verb of a relative
clause ("a suit filed by a woman who says X ...") names no party."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "The complaint, filed by the FTC on Monday, accuses Zorblat Inc. of deceiving users.",
        "A complaint filed by the Federal Trade Commission says Zorblat Inc. kept children's data.",
        "The lawsuit, filed by the Federal Trade Commission in May, alleges Zorblat Inc. sold "
        "location data.",
    ],
)
def test_the_bringer_of_a_suit_filed_by_it_is_the_plaintiff(context, text):
    found = facts(context, text, "en")
    plaintiffs = {(s, c) for t, s, c, _ in found if t == "PLAINTIFF_IN"}
    defendants = {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert {s for s, _ in plaintiffs} == {"Federal Trade Commission"}
    assert {s for s, _ in defendants} == {"Zorblat Inc."}
    assert {c for _, c in plaintiffs} == {c for _, c in defendants}


def test_a_state_official_filing_a_suit_brings_it_for_the_state(context):
    found = facts(
        context,
        "The lawsuit, filed by Vermont Attorney General Dana Kroll, says Zorblat Inc. misled "
        "parents about its chat app.",
        "en",
    )
    assert {(t, s) for t, s, _, _ in found} == {
        ("PLAINTIFF_IN", "State of Vermont"),
        ("DEFENDANT_IN", "Zorblat Inc."),
    }


def test_the_verb_of_a_relative_clause_after_the_bringer_names_no_party(context):
    found = facts(
        context,
        "A suit filed by Quendra Labs, which says Zorblat Inc. copied its code, was dismissed.",
        "en",
    )
    assert not any(t == "DEFENDANT_IN" and s == "Zorblat Inc." for t, s, _, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kentucky and Ohio sued Zorblat Inc. on Monday over its chat app."),
        ("en", "Zorblat Inc. was sued by Kentucky and Ohio on Monday."),
        ("nl", "Kentucky en Ohio hebben Zorblat Inc. aangeklaagd."),
    ],
)
def test_two_suing_states_are_both_plaintiffs_and_the_first_names_the_case(context, language, text):
    found = facts(context, text, language)
    plaintiffs = {(s, c) for t, s, c, _ in found if t == "PLAINTIFF_IN"}
    assert {s for s, _ in plaintiffs} == {"State of Kentucky", "State of Ohio"}
    assert all(c.startswith("State of Kentucky v. Zorblat Inc.") for _, c in plaintiffs)


def test_the_bringers_of_a_dutch_suit_in_a_relative_clause(context):
    found = facts(
        context,
        "De rechtszaak die Stichting Eerlijk Digitaal en de Consumentenbond tegen Zorblat "
        "hebben aangespannen, mag doorgaan.",
        "nl",
    )
    assert {(t, s) for t, s, _, _ in found} == {
        ("PLAINTIFF_IN", "Stichting Eerlijk Digitaal"),
        ("PLAINTIFF_IN", "Consumentenbond"),
        ("DEFENDANT_IN", "Zorblat"),
    }


def test_a_suit_against_a_name_in_a_relative_clause_has_no_bringer(context):
    found = facts(context, "De zaak die tegen Zorblat Inc. loopt, is uitgesteld.", "nl")
    assert not any(t == "PLAINTIFF_IN" for t, _, _, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "De rechtbank oordeelde dat Stichting Eerlijk Digitaal – ondersteund door de "
            "Consumentenbond – de belangen mag behartigen van kinderen in de massaclaim tegen "
            "Zorblat Inc.",
        ),
        (
            "en",
            "Stichting Eerlijk Digitaal, backed by the Consumentenbond, represents the "
            "interests of Dutch users in the class action against Zorblat Inc.",
        ),
    ],
)
def test_who_represents_the_claimants_brings_the_collective_claim(context, language, text):
    found = facts(context, text, language)
    assert {(t, s) for t, s, _, _ in found} == {
        ("PLAINTIFF_IN", "Stichting Eerlijk Digitaal"),
        ("DEFENDANT_IN", "Zorblat Inc."),
    }


def test_investigations_into_listed_providers_stay_one_per_provider(context):
    found = facts(
        context,
        '"We have opened formal investigations into whether the following providers have '
        "strong age checks in place to protect children across 34 websites: Zorblat Ltd, "
        'Quendra Labs Ltd, Vexo Media S.A. and Trimo Ltd," Ofcom said.',
        "en",
    )
    defendants = {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert len(defendants) == 4
    assert all(c == f"Ofcom v. {s}" for s, c in defendants)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two of its users, Ann Roe and Bob Poe, sued Zorblat Inc. in federal court."),
        ("en", "Zorblat Inc. was sued by two of its users, Ann Roe and Bob Poe."),
        ("nl", "Zorblat Inc. is aangeklaagd door twee van haar gebruikers, Ann Roe en Bob Poe."),
    ],
)
def test_a_counted_group_whose_members_are_named_is_those_members(context, language, text):
    found = facts(context, text, language)
    assert {(t, s, c) for t, s, c, _ in found} == {
        ("PLAINTIFF_IN", "Ann Roe", "Ann Roe v. Zorblat Inc."),
        ("PLAINTIFF_IN", "Bob Poe", "Ann Roe v. Zorblat Inc."),
        ("DEFENDANT_IN", "Zorblat Inc.", "Ann Roe v. Zorblat Inc."),
    }
