"""The laws a case invokes and where they belong (issue #10), on sentences written for these
tests: a fining regulator's later finding of a breach is ruled, a US state's possessive
names the state's act (also with the bare apostrophe of "Arkansas'"), a two-letter acronym
the document spelt out names its body, and who carries an inquiry out is not its target.
Names are invented unless a row is about the reference base."""

from __future__ import annotations

import pytest
from test_extract_proceedings import D, I, J, P, facts

GDPR = "General Data Protection Regulation"
AP = "Autoriteit Persoonsgegevens"


def test_a_fining_regulator_s_later_finding_of_a_breach_is_ruled_en(context):
    found = facts(
        context,
        "The European Commission fined Quorvane 200 million euros on Tuesday. The "
        "Commission said Quorvane breached the Digital Markets Act.",
        "en",
    )
    case = "European Commission v. Quorvane (2023)"
    assert D("Quorvane", case, "ruled", "2023-06-13") in found
    assert ("INVOKES", case, "Digital Markets Act", "ruled") in found


def test_a_regulator_s_suspicion_before_any_decision_stays_alleged(context):
    found = facts(
        context,
        "The European Commission opened proceedings against Quorvane on Tuesday. The "
        "Commission said Quorvane breached the Digital Services Act.",
        "en",
    )
    case = "European Commission v. Quorvane (2023)"
    assert ("INVOKES", case, "Digital Services Act", "alleged") in found
    assert not any(f[0] == "INVOKES" and f[3] == "ruled" for f in found)


@pytest.mark.parametrize(
    "second",
    [
        "Dit is in strijd met de AVG, aldus de AP.",
        "Volgens de AP heeft Quorvane de AVG op meerdere punten overtreden.",
        "De toezichthouder voegt toe dat Quorvane de AVG heeft overtreden.",
    ],
)
def test_a_fining_regulator_s_later_finding_of_a_breach_is_ruled_nl(context, second):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens (AP) heeft Quorvane een boete van tien miljoen euro "
        f"gegeven. {second}",
        "nl",
    )
    case = f"{AP} v. Quorvane"
    assert D("Quorvane", case, "ruled") in found
    assert P(AP, case) in found
    assert I(case, GDPR, "ruled") in found


def test_a_spelt_out_two_letter_acronym_names_its_body(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens (AP) heeft Quorvane een boete gegeven. De AP heeft "
        "ook Blintera een boete gegeven.",
        "nl",
    )
    assert P(AP, f"{AP} v. Blintera") in found
    assert D("Blintera", f"{AP} v. Blintera", "ruled") in found


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_state_s_bare_apostrophe_names_and_places_its_act(context, apostrophe):
    found = facts(
        context,
        "Arkansas sued Quorvane on Monday. The lawsuit alleges Quorvane violated "
        f"Arkansas{apostrophe} Deceptive Trade Practices Act. The state seeks $10,000 per "
        "violation of the Arkansas Deceptive Trade Practices Act.",
        "en",
    )
    case = "State of Arkansas v. Quorvane (2023)"
    law = "Arkansas Deceptive Trade Practices Act"
    assert I(case, law) in found
    assert J(law, "Arkansas") in found
    assert not any(f[0] == "INVOKES" and f[2] != law for f in found)


def test_a_title_s_plural_possessive_stays_in_the_act_s_name(context):
    found = facts(
        context,
        "The Federal Trade Commission fined Quorvane on Thursday. The FTC said the company "
        "violated the Restore Online Shoppers' Confidence Act.",
        "en",
    )
    case = "Federal Trade Commission v. Quorvane (2023)"
    assert I(case, "Restore Online Shoppers' Confidence Act", "ruled") in found


def test_a_state_s_possessive_names_its_act_with_the_state(context):
    found = facts(
        context, "Utah sued Quorvane, saying it violated Utah's Consumer Sales Practices Act.", "en"
    )
    assert J("Utah Consumer Sales Practices Act", "Utah") in found
    # a union's or a country's possessive places the act and leaves its name alone
    found = facts(context, "Quorvane must follow the EU's Digital Services Act.", "en")
    assert J("Digital Services Act", "European Union") in found


def test_who_carries_an_inquiry_out_is_not_its_target(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legt de app Quorvane een boete op. Quorvane maakt "
        "bezwaar. De sanctie volgt op een onderzoek van de toezichthouder naar de app.",
        "nl",
    )
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == AP for f in found)
    assert D("Quorvane", f"{AP} v. Quorvane", "ruled") in found


def test_the_law_apposed_to_a_law_noun_is_the_one_breached(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens (AP) heeft Quorvane een boete opgelegd. Dit is in "
        "strijd met de Europese privacywetgeving, de AVG, aldus de AP.",
        "nl",
    )
    assert I(f"{AP} v. Quorvane", GDPR, "ruled") in found
    found = facts(
        context,
        "Zorblat sued Quorvane on Monday. The suit says Quorvane breached the bloc's "
        "privacy law, the GDPR.",
        "en",
    )
    assert I("Zorblat v. Quorvane (2023)", GDPR) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a place far from the case's words says nothing of where the suit is
        (
            "Texas sued Quorvane on Monday. The lawsuit claims millions of Texans use "
            "Quorvane and says the company abused the privacy rights of Texas.",
            "en",
        ),
        # a law that is itself a preposition's object is not what the place phrase locates
        (
            "The regulator acted under the GDPR for matters concerning Quorvane's work in the EU.",
            "en",
        ),
        # a court is not where a later clause's headquarters sit
        (
            "De rechtbank Amsterdam moet beslissen of het Ierse recht geldt, omdat het "
            "hoofdkantoor van Quorvane in Ierland zit.",
            "nl",
        ),
        # the seat of another court ("het EU-hof in Luxemburg") is not the first court's
        ("De rechtbank in Rotterdam heeft vragen gesteld aan het EU-hof in Luxemburg.", "nl"),
    ],
)
def test_a_place_phrase_locates_only_its_own_law_case_or_court(context, text, language):
    found = facts(context, text, language)
    assert not any(f[0] == "IN_JURISDICTION" for f in found)


def test_a_law_said_to_hold_in_a_country_is_placed_there(context):
    found = facts(context, "Section 230 is federal law in the United States.", "en")
    assert J("Section 230", "United States") in found
    found = facts(context, "De Quorvanewet geldt in de hele Verenigde Staten.", "nl")
    assert J("Quorvanewet", "United States") in found


def test_a_fact_stated_twice_takes_the_date_of_the_clause_that_gives_its_status(context):
    found = facts(
        context,
        "The Irish Data Protection Commission opened an investigation into Quorvane in "
        "December 2018. On 20 August 2021, the Irish Data Protection Commission fined "
        "Quorvane 225 million euros.",
        "en",
    )
    case = "Data Protection Commission v. Quorvane (2018)"
    assert D("Quorvane", case, "ruled", "2021-08-20") in found
    # a stronger statement with no date of its own keeps the other clause's date
    found = facts(
        context,
        "The Irish Data Protection Commission fined Quorvane 225 million euros. It had opened "
        "an investigation into Quorvane in December 2018.",
        "en",
    )
    case = "Data Protection Commission v. Quorvane"
    assert D("Quorvane", case, "ruled", "2018-12") in found


def test_the_eu_privacy_law_described_is_the_gdpr(context):
    found = facts(
        context,
        "Stichting Quorvane Claim daagt Zorblat voor de rechter. De zaak begon met het verwijt "
        "dat Zorblat de Europese privacywet overtreedt.",
        "nl",
    )
    assert I("Stichting Quorvane Claim v. Zorblat", GDPR) in found
    found = facts(
        context,
        "Zorblat sued Quorvane on Monday. The suit says Quorvane breached the EU's data "
        "protection rules.",
        "en",
    )
    assert I("Zorblat v. Quorvane (2023)", GDPR) in found
    # privacy rules of no named union or country describe no one law
    found = facts(
        context,
        "Zorblat sued Quorvane on Monday. The suit says Quorvane broke privacy rules.",
        "en",
    )
    assert not any(f[0] == "INVOKES" for f in found)


def test_onder_a_named_law_is_the_law_of_an_inquiry(context):
    found = facts(
        context, "De Europese Commissie is een onderzoek naar Zorblat gestart onder de DSA.", "nl"
    )
    assert I("European Commission v. Zorblat", "Digital Services Act") in found
    # "onder" before anything but a law's name invokes nothing
    found = facts(
        context,
        "De Europese Commissie is een onderzoek naar Zorblat gestart, onder andere naar de "
        "naleving van de regels.",
        "nl",
    )
    assert not any(f[0] == "INVOKES" for f in found)


def test_the_inspiration_for_a_law_prompted_it(context):
    found = facts(
        context, "Ironisch genoeg is Zorblat de grootste inspiratie voor FOSTA, een wet.", "nl"
    )
    assert ("PROMPTED", "Zorblat", "FOSTA", "established") in found
    found = facts(context, "Zorblat was the main inspiration for FOSTA.", "en")
    assert ("PROMPTED", "Zorblat", "FOSTA", "established") in found
    # the inspiration for anything but a law prompts nothing
    found = facts(context, "Zorblat was the inspiration for Quorvane.", "en")
    assert not any(f[0] == "PROMPTED" for f in found)


@pytest.mark.parametrize(
    "language, text, case, laws",
    [
        ("en",
         "Harlowe Inc. sued Quorvane on Monday. The complaint says Quorvane violated the "
         "Computer Fraud and Abuse Act (CFAA), the Wiretap Act and the Video Privacy "
         "Protection Act.",
         "Harlowe Inc. v. Quorvane (2023)",
         ["Computer Fraud and Abuse Act", "Wiretap Act", "Video Privacy Protection Act"]),
        ("nl",
         "Stichting Blauwgras heeft een claim ingesteld tegen Quorvane. De stichting meent dat "
         "Quorvane inbreuk maakt op de Algemene Verordening Gegevensbescherming (AVG), de "
         "Telecommunicatiewet en de Mediawet.",
         "Stichting Blauwgras v. Quorvane",
         [GDPR, "Telecommunicatiewet", "Mediawet"]),
    ],
)  # fmt: skip
def test_a_law_s_acronym_in_brackets_does_not_break_a_list_of_laws(
    context, language, text, case, laws
):
    found = facts(context, text, language)
    for law in laws:
        assert I(case, law) in found


@pytest.mark.parametrize(
    "language, text, case, place",
    [
        ("en",
         "Harlowe Inc. sued Quorvane in 2011. A federal court in Florida has found Quorvane "
         "liable for copyright infringement.",
         "Harlowe Inc. v. Quorvane (2011)", "Florida"),
        ("en", "Harlowe Inc. sued Quorvane on Monday in a federal court in Florida.",
         "Harlowe Inc. v. Quorvane (2023)", "Florida"),
        ("en", "Harlowe Inc. sued Quorvane on Monday. A New Mexico judge dismissed the lawsuit.",
         "Harlowe Inc. v. Quorvane (2023)", "New Mexico"),
        ("nl",
         "Stichting Blauwgras heeft Quorvane aangeklaagd. Een rechter in Ierland heeft "
         "Quorvane aansprakelijk gesteld.",
         "Stichting Blauwgras v. Quorvane", "Ireland"),
        ("nl", "Stichting Blauwgras heeft Quorvane aangeklaagd bij een rechter in Ierland.",
         "Stichting Blauwgras v. Quorvane", "Ireland"),
    ],
)  # fmt: skip
def test_the_place_of_one_unnamed_court_or_judge_is_the_case_s(
    context, language, text, case, place
):
    assert J(case, place) in facts(context, text, language)


@pytest.mark.parametrize(
    "second",
    [
        "State courts in California have dismissed such claims.",  # courts in general
        "The labels won a verdict against Blintera in Virginia federal court in 2019.",
        "A judge in Texas dismissed a similar case against Blintera.",  # another case
    ],
)
def test_courts_in_general_or_another_case_s_court_place_no_case(context, second):
    found = facts(context, f"Harlowe Inc. sued Quorvane on Monday. {second}", "en")
    assert D("Quorvane", "Harlowe Inc. v. Quorvane (2023)", date="2023-06-12") in found
    assert not any(f[0] == "IN_JURISDICTION" for f in found)


@pytest.mark.parametrize(
    "language, text, case, status",
    [
        ("nl",
         "Quorvane kreeg een boete van de Autoriteit Persoonsgegevens (AP). Quorvane zou zich "
         "niet gehouden hebben aan de AVG, aldus de AP.",
         f"{AP} v. Quorvane", "ruled"),
        ("nl",
         "Quorvane kreeg een boete van de Autoriteit Persoonsgegevens (AP). Volgens de AP houdt "
         "Quorvane zich niet aan de AVG.",
         f"{AP} v. Quorvane", "ruled"),
        ("en",
         "The Data Protection Commission fined Quorvane 10 million euros. Quorvane did not "
         "comply with the GDPR, the regulator said.",
         "Data Protection Commission v. Quorvane", "alleged"),
    ],
)  # fmt: skip
def test_not_complying_with_a_law_is_its_breach_no_denial(context, language, text, case, status):
    assert I(case, GDPR, status) in facts(context, text, language)


@pytest.mark.parametrize(
    "language, text, row",
    [
        ("en", "The European Commission opened a DSA investigation into Quorvane on Monday.",
         I("European Commission v. Quorvane (2023)", "Digital Services Act")),
        ("en", "The Data Protection Commission fined Quorvane 10 million euros for GDPR breaches.",
         I("Data Protection Commission v. Quorvane", GDPR, "ruled")),
        ("nl", "De Europese Commissie is een DSA onderzoek naar Quorvane begonnen.",
         I("European Commission v. Quorvane", "Digital Services Act")),
    ],
)  # fmt: skip
def test_a_law_s_name_before_a_case_noun_is_the_case_s_law(context, language, text, row):
    assert row in facts(context, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Harlowe Inc. sued Quorvane on Monday after other Section 230 lawsuits failed.",
        "Harlowe Inc. sued Quorvane on Monday, the latest of many Section 230 cases.",
    ],
)
def test_a_law_s_name_before_other_cases_is_no_law_of_this_one(context, text):
    found = facts(context, text, "en")
    assert D("Quorvane", "Harlowe Inc. v. Quorvane (2023)", date="2023-06-12") in found
    assert not any(f[0] == "INVOKES" for f in found)
