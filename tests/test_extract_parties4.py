"""Parties of fines and suits on news-style sentences (issue #10), in English and Dutch, on
sentences written for these tests with invented parties: a phrase of manner after the verb
("zonder rechtsgrond") denies nothing, and a name in a phrase of reason ("wegens een
conflict met X") is no party of the fine; fines with an amount each ("respectively") or
a sentence's plural fines make one case per party, and so do plural lawsuits; whoever is
hit with a lawsuit is sued; a Dutch passive's agent ("door het OM") is never its defendant."""

from __future__ import annotations

import pytest
from sentences import facts


def test_a_dutch_fine_for_processing_without_a_legal_ground_is_a_fine(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legde vorige week twee boetes op. Lovelo kreeg de "
        "boete opgelegd voor het verwerken van persoonsgegevens zonder rechtsgrond.",
        "nl",
    )
    case = "Autoriteit Persoonsgegevens v. Lovelo"
    assert ("DEFENDANT_IN", "Lovelo", case, "ruled") in found
    assert ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", case, "established") in found


def test_a_dutch_negation_before_the_fine_still_denies_it(context):
    found = facts(context, "De Autoriteit Persoonsgegevens heeft Lovelo niet beboet.", "nl")
    assert not any(t == "DEFENDANT_IN" for t, *_ in found)


def test_an_english_fine_for_sharing_data_without_consent_is_a_fine(context):
    found = facts(
        context,
        "The Federal Trade Commission fined Lovelo Inc. on Thursday for sharing the "
        "location data of its users without consent.",
        "en",
    )
    assert ("DEFENDANT_IN", "Lovelo Inc.") in {(t, s) for t, s, _, _ in found}
    assert ("PLAINTIFF_IN", "Federal Trade Commission") in {(t, s) for t, s, _, _ in found}


def test_a_name_in_the_reason_for_a_dutch_fine_is_no_defendant(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legde vorige week twee boetes op. Lovelo kreeg de "
        "boete opgelegd wegens een conflict met Quendra Networks.",
        "nl",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Lovelo"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The European Commission fined Zorblat and Quendra Networks 500 million and 200 "
            "million euros, respectively.",
            "en",
        ),
        (
            "The European Commission has issued its first fines under the new rules, "
            "penalising Zorblat and Quendra Networks for their breaches.",
            "en",
        ),
        (
            "De Europese Commissie beboette Zorblat en Quendra Networks met respectievelijk 500 "
            "en 200 miljoen euro.",
            "nl",
        ),
    ],
)
def test_fines_with_an_amount_each_are_one_case_per_party(context, text, language):
    found = facts(context, text, language)
    cases = {s: c for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert cases == {
        "Zorblat": "European Commission v. Zorblat",
        "Quendra Networks": "European Commission v. Quendra Networks",
    }
    plaintiffs = {c for t, s, c, _ in found if t == "PLAINTIFF_IN" and s == "European Commission"}
    assert plaintiffs == set(cases.values())


def test_one_fine_on_two_parties_stays_one_case(context):
    found = facts(
        context,
        "The Federal Trade Commission fined Zorblat and Quendra Networks a total of $5 million "
        "on Thursday.",
        "en",
    )
    cases = {s: c for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert set(cases) == {"Zorblat", "Quendra Networks"}
    assert len(set(cases.values())) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat Records hit the streaming site Lovelo with a copyright lawsuit on Monday.",
        "Lovelo was hit with a copyright lawsuit by Zorblat Records on Monday.",
    ],
)
def test_who_is_hit_with_a_lawsuit_is_sued(context, text):
    found = facts(context, text, "en")
    cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Lovelo"}
    assert len(cases) == 1
    (case,) = cases
    assert case.startswith("Zorblat Records v. Lovelo")
    assert ("PLAINTIFF_IN", "Zorblat Records", case, "established") in found


def test_a_suit_hit_with_no_named_plaintiff_keeps_its_defendant(context):
    found = facts(context, "The labels hit Lovelo Inc. with a lawsuit.", "en")
    assert {(t, s) for t, s, _, _ in found} == {("DEFENDANT_IN", "Lovelo Inc.")}


@pytest.mark.parametrize(
    "text",
    [
        "Lovelo krijgt een massaclaim aan de broek van Stichting Eerlijk Online.",
        "Het bedrijf Lovelo heeft een miljardenclaim aan de broek gekregen van Stichting "
        "Eerlijk Online.",
    ],
)
def test_a_dutch_claim_aan_de_broek_is_a_suit(context, text):
    found = facts(context, text, "nl")
    case = "Stichting Eerlijk Online v. Lovelo"
    assert ("DEFENDANT_IN", "Lovelo", case, "alleged") in found
    assert ("PLAINTIFF_IN", "Stichting Eerlijk Online", case, "established") in found


def test_the_agent_of_a_dutch_passive_charge_is_no_defendant(context):
    found = facts(
        context,
        "Naast lidmaatschap van een criminele organisatie werden de acht verdachten door het "
        "Openbaar Ministerie ook aangeklaagd voor medeplichtigheid.",
        "nl",
    )
    assert not any(t == "DEFENDANT_IN" and s == "Openbaar Ministerie" for t, s, _, _ in found)


def test_a_dutch_passive_charge_with_a_named_suspect_keeps_both_sides(context):
    found = facts(
        context, "Lovelo werd door het Openbaar Ministerie aangeklaagd voor medeplichtigheid.", "nl"
    )
    case = "Openbaar Ministerie v. Lovelo"
    assert ("DEFENDANT_IN", "Lovelo", case, "alleged") in found
    assert ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established") in found


def test_lawsuits_against_several_companies_are_one_case_each(context):
    found = facts(
        context,
        "The Vermont Attorney General's Office has filed similar consumer protection lawsuits "
        "against Zorblat, Quendra and Lovelo.",
        "en",
    )
    cases = {s: c for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert set(cases) == {"Zorblat", "Quendra", "Lovelo"}
    assert len(set(cases.values())) == 3
    bringers = {c for t, _, c, _ in found if t == "PLAINTIFF_IN"}
    assert bringers == set(cases.values())


def test_one_lawsuit_against_two_companies_stays_one_case(context):
    found = facts(context, "Zorblat Records filed a lawsuit against Lovelo and Quendra.", "en")
    cases = {s: c for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert set(cases) == {"Lovelo", "Quendra"}
    assert len(set(cases.values())) == 1
