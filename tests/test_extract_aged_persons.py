"""Suspects that news names only by age, kind and town (issue #10), in Dutch and English, on
sentences written for these tests: "een 41-jarige man uit Zwolle" is a person of its own,
named as the text describes it, and "de man", "de verdachte" or "de 41-jarige verdachte"
later point back to it; the fined party of an inverted main clause ("Onlangs kreeg X een
boete van de AP") and a regulator before the fine ("X heeft van de AP een boete gekregen").
Names are invented unless a row is about the reference base.
"""

from __future__ import annotations

import pytest
from sentences import facts

OM = "Openbaar Ministerie"
AP = "Autoriteit Persoonsgegevens"


def prosecuted(person: str, status: str = "alleged", plaintiff: str = OM) -> set[tuple[str, ...]]:
    case = f"{plaintiff} v. {person}"
    return {
        ("DEFENDANT_IN", person, case, status),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


PROSECUTIONS = [
    ("Het OM vervolgt een 41-jarige man uit Zwolle voor het beheren van het forum Praatkuil.",
     prosecuted("41-jarige man uit Zwolle")),
    # the same person named again by "de man" and by "de verdachte"
    ("De politie hield een 37-jarige vrouw uit Assen aan. Het OM heeft de vrouw gedagvaard.",
     prosecuted("37-jarige vrouw uit Assen")),
    ("Het OM vervolgt een 52-jarige man uit Venlo. De rechtbank veroordeelde de verdachte "
     "tot twee jaar cel.", prosecuted("52-jarige man uit Venlo", "ruled")),
    # a demanded sentence of any kind ("werkstraf"), the duration right before "geëist"
    ("Het OM heeft een werkstraf van 80 uur en een proeftijd van twee jaar geëist tegen een "
     "19-jarige man uit Tiel.", prosecuted("19-jarige man uit Tiel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROSECUTIONS)
def test_a_person_described_by_age_is_a_party(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_a_capitalised_kind_noun_and_no_town(context):
    """ "Een 58-jarige Belg" is a person; what he is suspected of owning stays alleged."""
    text = "Een 58-jarige Belg die ervan verdacht wordt eigenaar te zijn van Ruilhoek, is opgepakt."
    assert ("OWNS", "58-jarige Belg", "Ruilhoek", "alleged") in facts(context, text, "nl")


def test_an_age_word_in_letters(context):
    text = "Het OM vervolgt de dertigjarige man uit Goes."
    case = f"{OM} v. Dertigjarige man uit Goes"  # a caption opens with a capital
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "dertigjarige man uit Goes", case, "alleged"),
        ("PLAINTIFF_IN", OM, case, "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # "minderjarige" is no age; a named person after the age is the name's
        "De minderjarige man werd door de politie gehoord.",
        "Het OM vervolgt de 41-jarige Karel Bos.",
    ],
)
def test_no_aged_person(context, text):
    assert not any("jarige" in end for fact in facts(context, text, "nl") for end in fact[1:3])


def test_a_described_person_after_of_is_no_party(context):
    """ "De ouders van een 14-jarige jongen" sue: the boy is not the plaintiff."""
    text = "De ouders van een 14-jarige jongen hebben een rechtszaak aangespannen tegen Speelhoek."
    assert not any(f[1] == "14-jarige jongen" for f in facts(context, text, "nl"))


def test_english_age_and_town(context):
    text = "Prosecutors charged a 41-year-old man from Leeds with running the forum Chatnook."
    found = facts(context, text, "en")
    assert any(
        f[0] == "DEFENDANT_IN" and f[1] == "41-year-old man from Leeds" and f[3] == "alleged"
        for f in found
    )


def test_a_victim_described_by_age_is_no_defendant_pointed_back(context):
    """ "this defendant" never points back to a girl described by her age."""
    text = (
        "The rescue of a 13-year-old girl led to the indictment of a site owner. Like the "
        "owners of Listora, this defendant made millions."
    )
    assert not any(f[1] == "13-year-old girl" for f in facts(context, text, "en"))


FINES = [
    # the verb second, its subject after it
    "Onlangs kreeg het boekingsplatform Stayzo een boete van de Autoriteit Persoonsgegevens.",
    "Vorig jaar kreeg Stayzo een boete van de Autoriteit Persoonsgegevens voor een datalek.",
    # the regulator before the fine
    "Stayzo heeft van de Autoriteit Persoonsgegevens een boete gekregen.",
    "Stayzo heeft vorig jaar van de Autoriteit Persoonsgegevens een boete van 5 miljoen euro "
    "gekregen.",
]


@pytest.mark.parametrize("text", FINES)
def test_fines_in_other_word_orders(context, text):
    found = facts(context, text, "nl")
    assert {(f[0], f[1], f[3]) for f in found} == {
        ("DEFENDANT_IN", "Stayzo", "ruled"),
        ("PLAINTIFF_IN", AP, "established"),
    }
    assert all(f[2].startswith(f"{AP} v. Stayzo") for f in found)  # one case, perhaps dated


def test_an_adverb_first_is_no_subject_of_a_later_name(context):
    """The inverted subject is right after the verb: a name further on is no subject."""
    text = "Gisteren kreeg de rechtbank een brief over Stayzo."
    assert not facts(context, text, "nl")


# -- Dutch court news: associations, joint plaintiffs, court steps, sentences -------------


def test_a_one_word_association_name(context):
    """ "de Woonbond" (a name ending in "bond") is an organisation, not a word to skip."""
    text = "De Woonbond heeft een rechtszaak tegen Huurplein aangespannen."
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Huurplein", "Woonbond v. Huurplein", "alleged"),
        ("PLAINTIFF_IN", "Woonbond", "Woonbond v. Huurplein", "established"),
    }


def test_samen_met_after_the_finite_verb_joins_plaintiffs(context):
    text = "De Woonbond is samen met Stichting Huurrecht een rechtszaak begonnen tegen Huurplein."
    found = facts(context, text, "nl")
    assert {f[1] for f in found if f[0] == "PLAINTIFF_IN"} == {"Woonbond", "Stichting Huurrecht"}


@pytest.mark.parametrize(
    "text",
    [
        "De rechtbank Amsterdam heeft de claim van Stichting Huurrecht tegen Huurplein "
        "niet-ontvankelijk verklaard.",
        "De rechtbank Amsterdam houdt de zaak van Stichting Huurrecht tegen Huurplein aan.",
    ],
)
def test_a_court_that_declares_or_adjourns_hears_the_case(context, text):
    found = facts(context, text, "nl")
    assert any(f[0] == "HEARD_BY" and f[2] == "Rechtbank Amsterdam" for f in found)


def test_a_sentence_received_or_served_is_a_conviction(context):
    text = (
        "Een 58-jarige Belg kreeg maandag de zwaarste straf te horen. Ook zijn 31-jarige zoon "
        "moet drie jaar de cel in."
    )
    found = facts(context, text, "nl")
    assert {(f[0], f[1], f[3]) for f in found} == {
        ("DEFENDANT_IN", "58-jarige Belg", "ruled"),
        ("DEFENDANT_IN", "31-jarige zoon", "ruled"),
    }


def test_vervolgt_after_a_quote_is_no_prosecution(context):
    text = '"We zijn blij met de uitspraak", vervolgt Jan Smit van Huurplein.'
    assert not facts(context, text, "nl")


def test_two_described_persons_in_a_list_are_both_defendants(context):
    text = "Het OM vervolgt een 30-jarige man uit Goes en een 27-jarige man uit Tiel."
    found = facts(context, text, "nl")
    assert {f[1] for f in found if f[0] == "DEFENDANT_IN"} == {
        "30-jarige man uit Goes",
        "27-jarige man uit Tiel",
    }


def test_a_described_persons_town_is_no_surname(context):
    """The town closing "27-jarige man uit Tiel" never names that person again."""
    text = (
        "Het OM vervolgt een 27-jarige man uit Tiel. De officier van justitie eiste tegen de "
        "verdachten uit Goes en Tiel een jaar cel."
    )
    assert not any(f[0] == "PLAINTIFF_IN" and "Tiel" in f[1] for f in facts(context, text, "nl"))


def test_a_compound_of_a_site_noun_points_back(context):
    """ "de reiswebsite" is the site named before ("website" closes the compound)."""
    text = (
        "Het boekingsplatform Stayzo meldde een datalek te laat. De Autoriteit Persoonsgegevens "
        "heeft de reiswebsite een boete opgelegd."
    )
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Stayzo", f"{AP} v. Stayzo", "ruled"),
        ("PLAINTIFF_IN", AP, f"{AP} v. Stayzo", "established"),
    }


def test_a_compound_of_a_body_noun_points_nowhere_new(context):
    """ "de privacytoezichthouder" is no company named before."""
    text = (
        "Stayzo kreeg een waarschuwing. De privacytoezichthouder opende een onderzoek naar Stayzo."
    )
    assert not any(f[0] == "PLAINTIFF_IN" and f[1] == "Stayzo" for f in facts(context, text, "nl"))


def test_claimzaken_against_a_company(context):
    text = "De rechtbank in Amsterdam stelt de behandeling van de claimzaken tegen Huurplein uit."
    found = facts(context, text, "nl")
    assert ("DEFENDANT_IN", "Huurplein") in {(f[0], f[1]) for f in found}
    assert any(f[0] == "HEARD_BY" and f[2] == "Rechtbank Amsterdam" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "De politie begon een onderzoek naar een bunker in het Duitse Kleinstadt.",
        "De man kocht een bunker in de stad Kleinstadt (ten noorden van Grootstadt).",
    ],
)
def test_a_town_after_a_place_adjective_or_noun_is_no_party(context, text):
    assert not facts(context, text, "nl")


def test_a_company_after_an_investigation_and_an_adjective_stays(context):
    text = "Het OM begon een onderzoek naar het Duitse Stayzo."
    assert ("DEFENDANT_IN", "Stayzo", f"{OM} v. Stayzo", "alleged") in facts(context, text, "nl")
