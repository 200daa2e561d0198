"""Precision classes found on real articles (issue #10), on sentences written for these
tests (names invented): each test asserts the relationships a sentence must give and those
it must not."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    """A fresh context per row, with and without the reference base."""
    return reference_context(request.param)


# -- an article's nationality adjective before a company's full legal name ------------------

NATIONALITY = [
    ("The Spanish Consumer Authority fined the Irish Zorblat Services Limited 2 million euros.",
     "en", "Zorblat Services Limited", "Irish Zorblat Services Limited"),
    ("De Spaanse Consumentenautoriteit beboette het Ierse Zorblat Services Limited.",
     "nl", "Zorblat Services Limited", "Ierse Zorblat Services Limited"),
    ("The regulator fined the Italian Quillon Media Srl last week.",
     "en", "Quillon Media Srl", "Italian Quillon Media Srl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "company", "wrong"), NATIONALITY)
def test_the_nationality_adjective_is_no_part_of_a_legal_name(
    context, text, language, company, wrong
) -> None:
    found = facts(context, text, language)
    defendants = {f[1] for f in found if f[0] == "DEFENDANT_IN"}
    assert company in defendants
    assert wrong not in {f[1] for f in found}


# -- "found that": the past of find founds nothing -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regulator Quillon Watch found that Zorblat broke the privacy rules.",
        "Mara Vex found that Zorblat had misled its users.",
    ],
)
def test_found_that_is_no_founding(context, text) -> None:
    assert not [f for f in facts(context, text, "en") if f[0] == "FOUNDED"]


def test_founded_still_founds(context) -> None:
    found = facts(context, "Mara Vex founded Zorblat in 2010.", "en")
    assert ("FOUNDED", "Mara Vex", "Zorblat", "established") in found


# -- common capitalised words and a place's people are no party ------------------------------

NO_PARTY = [
    ("Regulators handle many privacy complaints against Big Tech, and fined Zorblat in May.",
     "en", "Big Tech"),
    ("Toezichthouders onderzoeken klachten tegen Big Tech en beboetten Zorblat in mei.",
     "nl", "Big Tech"),
    ("Zorblat sued Virginians over the app.", "en", "Virginians"),
    ("Quillon sued Europeans over the app's design.", "en", "Europeans"),
    ("Quillon provided software to the minor Plaintiff, the complaint says.", "en", "Plaintiff"),
    ("If there is more information you can provide on how Zorblat will moderate violations of "
     "our ToS, we will call.", "en", "ToS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "word"), NO_PARTY)
def test_a_common_word_is_no_party(context, text, language, word) -> None:
    found = facts(context, text, language)
    assert word not in {f[1] for f in found} | {f[2] for f in found}


# -- a regulator or a legislature is no end of SERVICED --------------------------------------

NO_AUTHORITY_SERVICE = [
    ("In its final decision, the Irish Data Protection Commission found that Zorblat failed to "
     "provide users with information.", "en"),
    ("Zorblat was named by officials and the U.S. Senate as a notorious website all while "
     "Quillon continued to help the enterprise grow.", "en"),
    ("Volgens de Europese Commissie leverde Zorblat diensten aan het Ministerie van Justitie.",
     "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), NO_AUTHORITY_SERVICE)
def test_an_authority_is_no_vendor_or_platform(context, text, language) -> None:
    served = [f for f in facts(context, text, language) if f[0] == "SERVICED"]
    bodies = ("Commission", "Senate", "Ministerie")
    assert not [f for f in served if any(b in f[1] or b in f[2] for b in bodies)]


def test_a_vendor_still_serves_a_platform_beside_a_regulator(context) -> None:
    """The regulator is skipped as an end, so the platform after it is found."""
    text = "The Federal Trade Commission said Quillon Cloud provided hosting services to Zorblat."
    served = {f[1:3] for f in facts(context, text, "en") if f[0] == "SERVICED"}
    assert served == {("Quillon Cloud", "Zorblat")}


# -- a counter-suit is its own case, not the one the document began with ----------------------


def test_a_suit_filed_in_a_place_against_the_regulator_is_a_new_case(context) -> None:
    text = (
        "The regulator Quillon Authority fined the company Zorblat on Monday. "
        "Zorblat has filed a lawsuit in the United States against Quillon Authority."
    )
    found = facts(context, text, "en")
    assert ("PLAINTIFF_IN", "Zorblat", "Zorblat v. Quillon Authority", "established") in found
    assert ("DEFENDANT_IN", "Quillon Authority", "Zorblat v. Quillon Authority", "alleged") in found
    assert ("IN_JURISDICTION", "Zorblat v. Quillon Authority", "United States", "established") in (
        found
    )
    assert not [f for f in found if f[0] == "IN_JURISDICTION" and f[1].startswith("Quillon")]


# -- OWNS: "run by X" names the owner after "by"; "controls" as a noun owns nothing -----------


def test_run_by_takes_the_owner_after_by_only(context) -> None:
    text = (
        "Judge Mara Vex recalled that the girl met a trafficker who posted ads on the "
        "classified ad website run by Zorblat.com."
    )
    assert not [f for f in facts(context, text, "en") if f[0] == "OWNS"]
    text = "The forum Zorblat is operated by Quillon Media."
    assert ("OWNS", "Quillon Media", "Zorblat", "established") in facts(context, text, "en")


def test_parental_controls_own_nothing(context) -> None:
    text = (
        "The man told Ethan to turn off the parental controls on his account and to move "
        "their chat to Zorblat, a messaging app."
    )
    assert not [f for f in facts(context, text, "en") if f[0] == "OWNS"]
    text = "Quillon Media controls Zorblat."
    assert ("OWNS", "Quillon Media", "Zorblat", "established") in facts(context, text, "en")


# -- a place inside what a suit alleges describes the allegation's subject, not the suit ------

ALLEGED_PLACE = [
    ("Mara Vex sued Zorblat in May. The suit goes on to allege that Zorblat was the largest "
     "market for stolen data in the United States between 2004 and 2018.", "en"),
    ("Mara Vex klaagde Zorblat in mei aan. De rechtszaak stelt dat Zorblat de grootste markt "
     "voor gestolen gegevens in de Verenigde Staten was.", "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), ALLEGED_PLACE)
def test_a_place_in_an_allegation_places_no_case(context, text, language) -> None:
    found = facts(context, text, language)
    assert ("DEFENDANT_IN", "Zorblat", "Mara Vex v. Zorblat", "alleged") in found
    assert not [f for f in found if f[0] == "IN_JURISDICTION"]


def test_a_law_that_rules_in_a_place_is_still_placed(context) -> None:
    text = "The Online Harms Act, a law that governs much of the internet in the United Kingdom."
    assert ("IN_JURISDICTION", "Online Harms Act", "United Kingdom", "established") in facts(
        context, text, "en"
    )


# -- "another forum site, X,": the apposition names a site, not a person ---------------------


def test_another_site_in_apposition_is_a_site(context) -> None:
    text = "Zorblat and another forum site, Blip Chat, have filed a lawsuit against Quillon Media."
    found = facts(context, text, "en")
    # two platforms sue: no PLAINTIFF_IN, the case named after the first (docs/annotation.md)
    assert ("DEFENDANT_IN", "Quillon Media", "Zorblat v. Quillon Media", "alleged") in found
    assert not [f for f in found if f[0] == "PLAINTIFF_IN" and f[1] == "Blip Chat"]


def test_the_person_of_a_sites_role_stays_a_person(context) -> None:
    text = "De CEO van de site, Mara Vex, werd aangeklaagd door het Openbaar Ministerie."
    found = facts(context, text, "nl")
    assert [f for f in found if f[0] == "DEFENDANT_IN" and f[1] == "Mara Vex"]


def test_a_place_after_an_argued_clause_places_no_case(context) -> None:
    text = (
        "The State of Utah sued Zorblat in May. The lawsuit argues that Zorblat must follow "
        "laws that mandate cooperation with the intelligence services of China."
    )
    found = facts(context, text, "en")
    assert ("PLAINTIFF_IN", "State of Utah", "State of Utah v. Zorblat", "established") in found
    assert not [f for f in found if f[0] == "IN_JURISDICTION"]


# -- status: a guilty plea is an admission; a fine decides the case, not who owns the site ----

PLEAS = [
    ("Mara Vex, the CEO of Zorblat.com, has pleaded guilty to money laundering.", "en",
     "established"),
    ("Mara Vex pleaded guilty to money laundering and was sentenced to five years in prison.",
     "en", "ruled"),
    ("Mara Vex pleitte schuldig aan witwassen.", "nl", "established"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "status"), PLEAS)
def test_a_guilty_plea_is_established_and_a_sentence_ruled(context, text, language, status) -> None:
    found = [f for f in facts(context, text, language) if f[0] == "DEFENDANT_IN"]
    assert [f[3] for f in found if f[1] == "Mara Vex"] == [status]


OWNED_IN_A_FINE = [
    ("The regulator fined Zorblat, the app owned by Quillon Media, 5 million euros.", "en"),
    ("A judge fined Zorblat, a site owned by Quillon Media, for contempt of court.", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), OWNED_IN_A_FINE)
def test_ownership_beside_a_fine_is_established(context, text, language) -> None:
    found = facts(context, text, language)
    assert ("OWNS", "Quillon Media", "Zorblat", "established") in found


# -- AMENDS: amending a decision about a law amends no law -----------------------------------


def test_amending_a_decision_about_a_law_amends_nothing(context) -> None:
    text = (
        "The board said the QPC should amend the decision regarding Quillon's breaches of the GDPR."
    )
    assert not [f for f in facts(context, text, "en") if f[0] == "AMENDS"]


def test_narrowing_the_protection_of_a_law_still_amends_it(context) -> None:
    found = facts(context, "The Zorblat Act narrowed the protection of Section 230.", "en")
    assert ("AMENDS", "Zorblat Act", "Section 230", "established") in found


# -- a suit told as a habit ("on several occasions") names no one case ----------------------

REPEATED_SUITS = [
    ("Mara Vex sued Quillon in May. The suit was filed by attorney Dan Oort, who has sued "
     "Zorblat on several occasions previously.", "en"),
    ("Regulators have repeatedly sued Zorblat over its ads.", "en"),
    ("Het OM heeft Zorblat herhaaldelijk aangeklaagd.", "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), REPEATED_SUITS)
def test_a_repeated_suit_is_no_case(context, text, language) -> None:
    found = facts(context, text, language)
    assert not [f for f in found if f[0] == "DEFENDANT_IN" and f[1] == "Zorblat"]


def test_the_case_beside_a_repeated_suit_stays(context) -> None:
    text = (
        "Mara Vex sued Quillon in May. The suit was filed by attorney Dan Oort, who has sued "
        "Zorblat on several occasions previously."
    )
    assert ("DEFENDANT_IN", "Quillon", "Mara Vex v. Quillon", "alleged") in facts(
        context, text, "en"
    )
