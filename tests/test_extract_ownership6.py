"""Ownership and its neighbours on sentences written for these tests (issue #10), with
invented companies: a relative clause after a list of sued companies ("A, B and C, which
acquired X") makes only the name it follows the buyer; a passive takeover with no agent
("until after X was acquired") names no owner; a singular role noun ("B's parent company
Q") holds one name, not the next list member; "Q's acquisition of X" and "Q-owned
companies (such as A and B)" state ownership; "found X to be hosting" is a finding, no
founding; a regulator that "issued a fine" to a company brings a case against it."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module", params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(request.param)


def _owns(found: set[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t, _ in found if kind == "OWNS"}


def test_a_relative_clause_after_a_list_of_defendants_names_one_buyer(context):
    found = facts(
        context,
        "Investor Orla Fenwick sued Tollwick Media, Brio's parent company Quastra and "
        "Helmgate Corp., which bought the chat app Zintchat in 2009, in a class action.",
        "en",
    )
    owns = _owns(found)
    assert ("Helmgate Corp.", "Zintchat") in owns
    assert ("Tollwick Media", "Zintchat") not in owns
    assert ("Quastra", "Zintchat") not in owns
    assert ("Helmgate Corp.", "Brio") not in owns  # a second defendant, no second parent


def test_a_passive_takeover_with_no_agent_names_no_owner(context):
    found = facts(
        context,
        "Helmgate Corp. bought the chat app Zintchat in 2009. Vorlen Inc. and Pexa Ltd agreed "
        "not to bid on the search contract until after Zintchat was acquired.",
        "en",
    )
    assert _owns(found) == {("Helmgate Corp.", "Zintchat")}


def test_a_passive_takeover_with_a_later_agent_keeps_its_owner(context):
    found = facts(context, "The chat app Zintchat was acquired in 2017 by Quastra Inc.", "en")
    assert ("Quastra Inc.", "Zintchat") in _owns(found)


def test_a_dutch_passive_takeover_with_no_agent_names_no_owner(context):
    found = facts(
        context,
        "Helmgate B.V. nam de chatapp Zintchat in 2009 over. Vorlen B.V. en Pexa B.V. mochten "
        "pas bieden nadat de chatapp Zintchat was overgenomen.",
        "nl",
    )
    assert _owns(found) == {("Helmgate B.V.", "Zintchat")}


@pytest.mark.parametrize(
    "sentence",
    [
        "A watchdog ruled that Quastra Inc.'s acquisition of the messaging app Zintchat must "
        "be reversed.",
        "Quastra Inc. completed its acquisition of the messaging app Zintchat last spring.",
    ],
)
def test_a_takeover_noun_after_its_buyer_states_ownership(context, sentence):
    assert ("Quastra Inc.", "Zintchat") in _owns(facts(context, sentence, "en"))


def test_a_planned_takeover_noun_states_no_ownership(context):
    found = facts(
        context, "Quastra Inc. opposed the planned acquisition of the messaging app Zintchat.", "en"
    )
    assert ("Quastra Inc.", "Zintchat") not in _owns(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator has opened inquiries into Quastra-owned companies (such as Zintchat and "
        "Brio) before.",
        "The regulator looked at Quastra-owned apps such as Zintchat and Brio last year.",
    ],
)
def test_an_owner_tail_before_a_plural_noun_owns_every_platform_listed(context, sentence):
    owns = _owns(facts(context, sentence, "en"))
    assert {("Quastra", "Zintchat"), ("Quastra", "Brio")} <= owns


def test_an_owner_tail_before_a_singular_noun_owns_one_platform(context):
    found = facts(
        context, "The Quastra-owned app Vibely and the chat site Brio were both fined.", "en"
    )
    owns = _owns(found)
    assert ("Quastra", "Vibely") in owns
    assert ("Quastra", "Brio") not in owns


def test_found_with_a_copula_infinitive_is_a_finding_no_founding(context):
    found = facts(
        context,
        "A review by the Harbour Ledger found Zintchat to be hosting unlawful videos.",
        "en",
    )
    assert not {f for f in found if f[0] == "FOUNDED"}
    founded = facts(context, "Orla Fenwick founded Zintchat to be a safe chat room.", "en")
    assert ("FOUNDED", "Orla Fenwick", "Zintchat", "established") in founded


def test_a_regulator_that_issues_a_fine_brings_a_case_and_rules_on_the_law(context):
    text = (
        "The Irish Data Protection Commission (DPC) has issued a fine of 12 million euro to "
        "Quastra Limited for its breach of the General Data Protection Regulation."
    )
    found = facts(context, text, "en")
    kinds = {(kind, s, status) for kind, s, _, status in found}
    assert ("DEFENDANT_IN", "Quastra Limited", "ruled") in kinds
    plaintiffs = {s for k, s, _ in kinds if k == "PLAINTIFF_IN"}
    assert plaintiffs & {"Data Protection Commission", "Irish Data Protection Commission"}
    known = facts(reference_context(), text, "en")  # the regulation known by its name
    assert ("INVOKES", "ruled") in {(k, st) for k, _, t, st in known if t.startswith("General")}


def test_a_fine_in_a_later_clause_is_not_against_a_name_of_an_earlier_one(context):
    found = facts(
        context,
        "The DPC has looked into Quastra-owned companies (such as Zintchat and Brio) and has "
        "already issued three fines against the tech giant.",
        "en",
    )
    assert not {f for f in found if f[0] == "DEFENDANT_IN" and f[3] == "ruled"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The chat app Zintchat, founded in 2009 by Orla Fenwick, was sold in 2014."),
        ("en", "The chat app Zintchat, founded in March 2009 by engineers Orla Fenwick and Kara "
               "Venn, was sold in 2014."),
        ("nl", "De chatapp Zintchat, opgericht in 2009 door Orla Fenwick, werd in 2014 verkocht."),
    ],
)  # fmt: skip
def test_a_participle_whose_agent_follows_a_date_is_passive(context, language, sentence):
    found = facts(context, sentence, language)
    assert ("FOUNDED", "Orla Fenwick", "Zintchat", "established") in found


def test_a_name_between_the_verb_and_by_keeps_the_verb_active(context):
    found = facts(context, "Orla Fenwick founded Zintchat in 2009 by borrowing money.", "en")
    assert {f for f in found if f[0] == "FOUNDED"} == {
        ("FOUNDED", "Orla Fenwick", "Zintchat", "established")
    }


def test_a_dutch_party_settling_in_a_country_places_no_case(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens heeft Zorblat een boete van 2 miljoen euro opgelegd. "
        "Maar tijdens het onderzoek heeft Zorblat zich gevestigd in Ierland.",
        "nl",
    )
    assert ("DEFENDANT_IN", "Zorblat") in {(f[0], f[1]) for f in found}
    assert not {f for f in found if f[0] == "IN_JURISDICTION"}
    placed = facts(context, "Zorblat B.V. wordt in Frankrijk vervolgd.", "nl")
    assert "France" in {f[2] for f in placed if f[0] == "IN_JURISDICTION"}


def test_an_english_party_headquartered_in_a_country_places_no_case(context):
    found = facts(
        context,
        "The watchdog opened an investigation into Zorblat Inc. in May. During the "
        "investigation, the company was headquartered in Ireland.",
        "en",
    )
    assert not {f for f in found if f[0] == "IN_JURISDICTION"}
    placed = facts(context, "Zorblat Inc. was charged in France in 2024.", "en")
    assert "France" in {f[2] for f in placed if f[0] == "IN_JURISDICTION"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Quastra Inc. bought ads on the video site Zintchat last year."),
        ("en", "Adlux said the site Zintchat.com is now barred from acquiring advertising "
               "through the marketplace that Quastra Inc. runs."),
        ("nl", "Quastra B.V. kocht vorig jaar advertenties op de videosite Zintchat."),
    ],
)  # fmt: skip
def test_advertising_bought_is_no_takeover(context, language, sentence):
    assert not _owns(facts(context, sentence, language))


@pytest.mark.parametrize(
    ("language", "sentence", "vendor", "site"),
    [
        ("en", "The ad exchange Adlux will no longer allow the website Zintchat.com to use its "
               "services.", "Adlux", "Zintchat.com"),
        ("en", "The payment processor Paylane stopped payouts to the video site Zintchat last "
               "week.", "Paylane", "Zintchat"),
        ("nl", "De betaaldienst Paylane stopt de uitbetalingen aan de videosite Zintchat.",
         "Paylane", "Zintchat"),
    ],
)  # fmt: skip
def test_a_vendor_ending_use_of_its_services_or_payouts_ends_a_service(
    context, language, sentence, vendor, site
):
    assert ("SERVICED", vendor, site, "established") in facts(context, sentence, language)


def test_a_vendor_that_still_allows_use_of_its_services_states_no_end(context):
    sentence = "The ad exchange Adlux will allow the website Zintchat.com to use its services."
    assert not {f for f in facts(context, sentence, "en") if f[0] == "SERVICED"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ohio Attorney General has filed a lawsuit claiming that Brightnest Labs violates "
        "the Children's Online Privacy Protection Act.",
        "The Ohio Attorney General filed a complaint alleging that Brightnest Labs broke the "
        "Children's Online Privacy Protection Act.",
    ],
)
def test_a_suit_claiming_that_a_company_broke_a_law_sues_it_under_that_law(context, sentence):
    found = facts(context, sentence, "en")
    cases = {c for k, s, c, _ in found if k == "DEFENDANT_IN" and s == "Brightnest Labs"}
    assert len(cases) == 1
    plaintiffs = {s for k, s, c, _ in found if k == "PLAINTIFF_IN" and c in cases}
    assert plaintiffs == {"Ohio Attorney General"}
    laws = {t for k, s, t, _ in found if k == "INVOKES" and s in cases}
    assert laws and all(t.startswith("Children") for t in laws)


def test_a_suit_claiming_something_of_no_company_sues_no_one(context):
    found = facts(context, "Kara Venn filed a lawsuit claiming that the judge erred.", "en")
    assert not {f for f in found if f[0] == "DEFENDANT_IN"}
