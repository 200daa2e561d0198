"""Parties named by a plaintiff noun (issue #10), on sentences written for these tests with
invented parties: the names a plaintiff noun introduces after it ("the plaintiffs are A, B
and C", "damages to plaintiffs A and B", "the plaintiffs, including A and B,") or that a
copula puts among them ("A and B are among the plaintiffs") bring the case the document
tells of; a verb or a preposition after the copula ("the plaintiffs are seeking damages
from X", "were represented by X") makes the name no plaintiff."""

from __future__ import annotations

import pytest
from sentences import extracted, facts, plaintiff_names

SUED = "Zorblat Networks was sued in Ohio in 2021. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The plaintiffs are Quendra Records, Pellix Music and Varnow Media.",
        "The plaintiffs were record labels, including Quendra Records, Pellix Music and "
        "Varnow Media.",
        "The plaintiffs include Quendra Records, Pellix Music and Varnow Media.",
        "Quendra Records, Pellix Music and Varnow Media are among the plaintiffs.",
        "The plaintiffs, including Quendra Records, Pellix Music and Varnow Media, say the "
        "company ignored piracy.",
    ],
)
def test_the_names_a_plaintiff_noun_lists_bring_the_case(context, sentence):
    found = facts(context, SUED + sentence, "en")
    assert plaintiff_names(found) == {"Quendra Records", "Pellix Music", "Varnow Media"}
    cases = {c for t, _, c, _ in found if t == "PLAINTIFF_IN"}
    defendant_cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Zorblat Networks"}
    assert cases == defendant_cases and len(cases) == 1


def test_plaintiffs_named_after_the_noun_in_the_sentence_of_the_verdict(context):
    found = facts(
        context,
        "Zorblat Networks was found liable by a jury on Friday, which awarded damages to "
        "plaintiffs Quendra Records and Pellix Music.",
        "en",
    )
    assert plaintiff_names(found) == {"Quendra Records", "Pellix Music"}
    assert ("DEFENDANT_IN", "Zorblat Networks") in {(t, s) for t, s, _, _ in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "The plaintiffs are seeking damages from Pellix Music.",
        "The plaintiffs were represented by Pellix Legal.",
        "Among the features faulted by the plaintiffs are Pellix Music's playlists.",
    ],
)
def test_a_verb_or_preposition_after_the_copula_names_no_plaintiff(context, sentence):
    found = facts(context, SUED + sentence, "en")
    assert plaintiff_names(found) == set()


def test_a_caption_party_is_read_as_the_documents_facts_read_it(context):
    entities, relationships = extracted(
        context,
        "The suit (Quendra Media Group et al v. Zorblat Networks, Inc.) was decided by a jury. "
        "The plaintiffs were record labels, including Quendra Media Group and Pellix Music.",
        "en",
    )
    sources = [
        entities[r.source]
        for r in relationships
        if r.type == "PLAINTIFF_IN" and entities[r.source].name == "Quendra Media Group"
    ]
    assert [e.type for e in sources] == ["Organization"]


def _defendants(found: set[tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    return {s: (c, st) for t, s, c, st in found if t == "DEFENDANT_IN"}


def test_the_verdicts_of_one_trial_are_one_case_acquittals_included(context):
    """Verdicts: "found X guilty" (also with a role in apposition and a long object),
    "were found not guilty" (still defendants, alleged), all of the one trial."""
    found = facts(
        context,
        "A jury found Milo Brannock guilty on one count in 2021. The jury, however, found "
        "two former Zorblat executives, Brannock Telford and Milo Vesk, guilty of fraud. "
        "Corin Abbot and Lisle Fenn were found not guilty.",
        "en",
    )
    defendants = _defendants(found)
    assert set(defendants) == {
        "Milo Brannock", "Brannock Telford", "Milo Vesk", "Corin Abbot", "Lisle Fenn"
    }  # fmt: skip
    assert len({c for c, _ in defendants.values()}) == 1
    assert defendants["Milo Vesk"][1] == "ruled"
    assert defendants["Corin Abbot"][1] == "alleged"


def test_an_acquittal_alone_keeps_the_defendant(context):
    found = facts(context, "A jury acquitted Corin Abbot of fraud on Friday.", "en")
    assert _defendants(found)["Corin Abbot"][1] == "alleged"


def test_a_pronoun_object_of_a_verdict_names_no_party_after_it(context):
    found = facts(
        context,
        "The jury found him guilty of a crime related to the operation of Zorblat.",
        "en",
    )
    assert _defendants(found) == {}


def test_a_verdict_in_a_separate_trial_is_its_own_case(context):
    found = facts(
        context,
        "Prosecutors charged Milo Brannock with fraud. In a separate trial, a jury found "
        "Milo Vesk guilty of theft.",
        "en",
    )
    defendants = _defendants(found)
    assert defendants["Milo Brannock"][0] != defendants["Milo Vesk"][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Justice Department, in conjunction with the Federal Trade Commission, has filed "
        "a lawsuit against Zorblat Networks.",
        "The Justice Department (DOJ), together with the Federal Trade Commission (FTC), has "
        "filed a lawsuit against Zorblat Networks.",
        "The Justice Department, joined by the Federal Trade Commission, sued Zorblat Networks.",
    ],
)
def test_a_subject_and_its_partner_both_bring_the_suit(context, sentence):
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == {"U.S. Department of Justice", "Federal Trade Commission"}
    assert set(_defendants(found)) == {"Zorblat Networks"}


def test_a_name_in_a_relative_clause_with_with_brings_nothing(context):
    found = facts(context, "Quendra Records, which worked with Pellix Music, sued Zorblat.", "en")
    assert plaintiff_names(found) == {"Quendra Records"}


def test_a_list_of_defendants_with_a_role_and_a_pointed_company(context):
    found = facts(
        context,
        "The state filed a lawsuit against Zorblat Group, Zorblat CEO Milo Vesk and the "
        "company's subsidiary Pellix Holdings on Monday.",
        "en",
    )
    assert set(_defendants(found)) == {"Zorblat Group", "Milo Vesk", "Pellix Holdings"}


def test_the_company_a_parent_noun_describes_is_no_member_of_the_list(context):
    found = facts(
        context,
        "De Europese Commissie is een procedure gestart tegen Zorblat, het moederbedrijf van "
        "Quendrix en Pellix.",
        "nl",
    )
    assert set(_defendants(found)) == {"Zorblat"}


def test_a_civil_verdict_read_as_guilty_stays_the_suits_and_its_short_name_is_the_party(
    context,
):
    found = facts(
        context,
        "Quendra Records sued Zorblat Networks in 2019. A jury found Zorblat Networks liable "
        "on Friday. Zorblat was found guilty of infringement claims on 900 works.",
        "en",
    )
    assert _defendants(found) == {
        "Zorblat Networks": ("Quendra Records v. Zorblat Networks (2019)", "ruled")
    }


def test_a_short_name_shared_by_two_longer_names_stays_apart(context):
    found = facts(
        context,
        "Quendra Records sued Zorblat Networks and Zorblat Media in 2019. Pellix Music sued "
        "Zorblat in 2020.",
        "en",
    )
    assert "Zorblat" in _defendants(found)
