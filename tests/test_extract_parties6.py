"""Parties of English suits in sentence shapes seen on real news (issue #10), on sentences
written for these tests with invented parties: a complaint filed on a date in a court
against its defendants; a lawsuit "filed by" a state's attorney general that "accuses" its
defendant; companies "accused of" something "in a lawsuit filed by" a plaintiff; counted
plural suits ("more than 40 lawsuits against A and B") that tell of no one case; and a
state's "AG" after a list word, which is no company's legal form."""

from __future__ import annotations

import pytest
from sentences import facts


def _parties(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, str]]:
    return {(s, c) for t, s, c, _ in found if t == kind}


def test_a_complaint_filed_on_a_date_in_a_court_against_its_defendants(context):
    found = facts(
        context,
        "The Quendra Trade Board filed its complaint on March 3 in Marlow County Superior "
        "Court against Zorblat Networks, Inc. and its founder, Pim Varnow.",
        "en",
    )
    defendants = _parties(found, "DEFENDANT_IN")
    assert {s for s, _ in defendants} == {"Zorblat Networks, Inc.", "Pim Varnow"}
    cases = {c for _, c in defendants}
    assert len(cases) == 1
    assert _parties(found, "PLAINTIFF_IN") == {("Quendra Trade Board", next(iter(cases)))}
    assert (
        "HEARD_BY",
        next(iter(cases)),
        "Marlow County Superior Court",
        "established",
    ) in found


def test_a_lawsuit_filed_by_a_state_attorney_general_that_accuses_its_defendant(context):
    found = facts(
        context,
        "The lawsuit, filed by Ohio Attorney General Dara Quellin in March 2022, accuses "
        "Zorblat Networks of hiding the risks of its chat app.",
        "en",
    )
    assert _parties(found, "DEFENDANT_IN") == {
        ("Zorblat Networks", "State of Ohio v. Zorblat Networks (2022)")
    }
    assert _parties(found, "PLAINTIFF_IN") == {
        ("State of Ohio", "State of Ohio v. Zorblat Networks (2022)")
    }


@pytest.mark.parametrize(
    ("sentence", "plaintiffs"),
    [
        (
            "Zorblat Networks and Quist Media were accused of enabling fraud in a lawsuit "
            "filed by Pellix Records.",
            {"Pellix Records"},
        ),
        (
            "Zorblat Networks and Quist Media were accused of enabling fraud in a lawsuit "
            "filed by a consumer group.",
            set(),
        ),
    ],
)
def test_the_accused_in_a_lawsuit_are_its_defendants(context, sentence, plaintiffs):
    found = facts(context, sentence, "en")
    defendants = _parties(found, "DEFENDANT_IN")
    assert {s for s, _ in defendants} == {"Zorblat Networks", "Quist Media"}
    assert len({c for _, c in defendants}) == 1
    assert {s for s, _ in _parties(found, "PLAINTIFF_IN")} == plaintiffs


def test_an_active_accusation_in_a_lawsuit_makes_no_defendant_of_its_subject(context):
    found = facts(
        context,
        "Pellix Records accused Zorblat Networks of fraud in a lawsuit filed on Monday.",
        "en",
    )
    assert ("Pellix Records",) not in {(s,) for s, _ in _parties(found, "DEFENDANT_IN")}


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 40 lawsuits have been filed this year against Zorblat Networks, Quist "
        "Media and Pellix Records.",
        "Dozens of lawsuits against Zorblat Networks were filed last year.",
    ],
)
def test_counted_plural_suits_tell_of_no_one_case(context, sentence):
    found = facts(context, sentence, "en")
    assert _parties(found, "DEFENDANT_IN") == set()


def test_as_many_suits_as_parties_are_one_suit_each(context):
    found = facts(
        context, "Pellix Records filed two lawsuits against Zorblat Networks and Quist Media.", "en"
    )
    defendants = _parties(found, "DEFENDANT_IN")
    assert {s for s, _ in defendants} == {"Zorblat Networks", "Quist Media"}
    assert len({c for _, c in defendants}) == 2


def test_a_state_ag_after_a_list_word_is_no_company_name(context):
    found = facts(
        context,
        "The report covered Ohio AG Dara Quellin's lawsuit against Zorblat Networks and "
        "Florida AG's inquiry into the company.",
        "en",
    )
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {"Zorblat Networks"}


def test_a_german_company_after_a_list_word_keeps_its_legal_form(context):
    found = facts(context, "Pellix Records sued Quist Media and Vornhaus AG.", "en")
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {"Quist Media", "Vornhaus AG"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two chat apps – Quist Media and Retro Vorn – were sued by Pellix Records.",
        "A pair of chat apps -- Quist Media and Retro Vorn -- were sued by Pellix Records.",
    ],
)
def test_the_names_dashes_set_off_before_the_verb_are_its_subject(context, sentence):
    found = facts(context, sentence, "en")
    defendants = _parties(found, "DEFENDANT_IN")
    assert {s for s, _ in defendants} == {"Quist Media", "Retro Vorn"}
    assert {s for s, _ in _parties(found, "PLAINTIFF_IN")} == {"Pellix Records"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quist Media – a chat app – was sued by Pellix Records.",
        "Quist Media -- a chat app -- was sued by Pellix Records.",
    ],
)
def test_a_description_between_dashes_leaves_the_name_before_it_the_subject(context, sentence):
    found = facts(context, sentence, "en")
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {"Quist Media"}


def test_a_county_court_named_before_its_county(context):
    found = facts(
        context,
        "Pellix Records sued Quist Media in State Superior Court in Marlow County on Monday.",
        "en",
    )
    assert {c for t, _, c, _ in found if t == "HEARD_BY"} == {"Marlow County Superior Court"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Pellix Media sued Quist Inc., the parent company of the chat app Quistchat. "
            "According to the complaint, Quistchat exposes children to strangers. The company "
            "filed a motion to dismiss the case.",
            "en",
        ),
        (
            "Quist B.V., het moederbedrijf van het platform Quistchat, groeide snel. Het "
            "bedrijf werd vorig jaar door Pellix Media aangeklaagd.",
            "nl",
        ),
    ],
)
def test_the_company_after_an_owner_and_its_platform_is_the_owner(context, text, language):
    found = facts(context, text, language)
    owner = "Quist Inc." if language == "en" else "Quist B.V."
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {owner}
    assert ("OWNS", owner, "Quistchat", "established") in found


def test_the_company_after_a_plaintiff_and_a_platform_is_still_the_platform(context):
    found = facts(
        context,
        "Pellix Holdings Inc. sued the chat app Quistchat on Monday. The company filed a "
        "motion to dismiss the case.",
        "en",
    )
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {"Quistchat"}


def test_a_state_ag_named_later_by_surname_brings_the_state_s_proceedings(context):
    found = facts(
        context,
        "Ohio AG Dara Quellin sued Zorblat Networks in May. The newsletter also covered "
        "Quellin's investigation into the chat platform Quist.",
        "en",
    )
    plaintiffs = _parties(found, "PLAINTIFF_IN")
    assert {s for s, _ in plaintiffs} == {"State of Ohio"}
    quist = {c for s, c in _parties(found, "DEFENDANT_IN") if s == "Quist"}
    assert len(quist) == 1 and ("State of Ohio", next(iter(quist))) in plaintiffs


def test_a_company_s_legal_form_before_a_role_names_no_attorney_general(context):
    found = facts(context, "Pellix Records sued Vornhaus AG Chief Executive Lena Brandt.", "en")
    assert {s for s, _ in _parties(found, "DEFENDANT_IN")} == {"Lena Brandt"}


def test_a_first_action_against_another_party_is_its_own_case(context):
    found = facts(
        context,
        "Quist Media and Retro Vorn agreed to pay $300,000 to settle allegations by the "
        "Federal Trade Commission that they broke the rule. In 2014, the FTC brought its "
        "first action under the rule against Vellum Reviews for tracking children.",
        "en",
    )
    cases = {s: c for s, c in _parties(found, "DEFENDANT_IN")}
    assert set(cases) == {"Quist Media", "Retro Vorn", "Vellum Reviews"}
    assert cases["Vellum Reviews"] != cases["Quist Media"] == cases["Retro Vorn"]


def test_the_first_suit_against_the_same_party_is_the_case_told_of(context):
    found = facts(
        context,
        "Pellix Records sued Quist Media in 2021. It was the first lawsuit against Quist Media "
        "by a label.",
        "en",
    )
    assert len({c for _, c in _parties(found, "DEFENDANT_IN")}) == 1
