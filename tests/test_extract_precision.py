"""Precision on unseen text (issue #10): facts a careless reading of real articles invents,
on sentences written for these tests (names invented).

Each block holds sentences that must keep their fact and traps that must give none of the
listed relationships.
"""

from __future__ import annotations

import pytest
from sentences import facts


def types_of(found: set[tuple[str, ...]], relation: str) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == relation}


# -- IN_JURISDICTION: a place phrase of another noun places no law or case -------------------

SUIT_EN = "The state of Utah sued Zorblat Inc. on Tuesday. "

PLACED = [
    ("The Online Harms Act applies across the United Kingdom.",
     ("IN_JURISDICTION", "Online Harms Act", "United Kingdom", "established"), "en"),
    ("The Online Harms Act applies to all platforms in the European Union.",
     ("IN_JURISDICTION", "Online Harms Act", "European Union", "established"), "en"),
    ("De Wet digitale diensten geldt sinds 2024 in de hele Europese Unie.",
     ("IN_JURISDICTION", "Wet digitale diensten", "European Union", "established"), "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "language"), PLACED)
def test_a_place_phrase_of_the_law_places_it(context, text, fact, language) -> None:
    assert fact in facts(context, text, language)


NOT_PLACED = [
    # the place describes another noun of the sentence
    SUIT_EN + "Child-safety groups in Canada and the United Kingdom welcomed the lawsuit.",
    SUIT_EN + "Regulators in Ireland have asked about the lawsuit.",
    # another case's place
    SUIT_EN + "Zorblat's rival Quillon settled a similar case in Florida in 2021.",
]


@pytest.mark.parametrize("text", NOT_PLACED)
def test_a_place_of_another_noun_places_nothing(context, text) -> None:
    found = types_of(facts(context, text, "en"), "IN_JURISDICTION")
    assert not {f for f in found if f[2] in ("Canada", "United Kingdom", "Ireland", "Florida")}


def test_dutch_place_of_another_noun_places_nothing(context) -> None:
    text = (
        "De staat Utah heeft Zorblat Inc. dinsdag aangeklaagd. "
        "Volgens juristen in Brussel is de rechtszaak belangrijk."
    )
    assert not types_of(facts(context, text, "nl"), "IN_JURISDICTION")


# -- PROMPTED: the cause and the law are the trigger's own phrases ---------------------------

PROMPTS = [
    ("Congress passed the Online Harms Act in response to Zorblat.",
     ("PROMPTED", "Zorblat", "Online Harms Act", "established"), "en"),
    ("The shutdown of the site Zorblat led to the adoption of the Online Harms Act.",
     ("PROMPTED", "Zorblat", "Online Harms Act", "established"), "en"),
    ("De zaak tegen Zorblat leidde tot de Wet digitale diensten.",
     ("PROMPTED", "Zorblat", "Wet digitale diensten", "established"), "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "language"), PROMPTS)
def test_a_cause_prompts_a_law(context, text, fact, language) -> None:
    assert fact in facts(context, text, language)


NOT_PROMPTED = [
    ("Ofcom opened an investigation into the forum Zorblat under the Online Harms Act. "
     "The Online Harms Act, passed in 2023 in response to concerns about children's safety "
     "online, gives Ofcom powers to block sites.", "en"),
    ("The investigation into Zorblat led to charges under the Online Harms Act.", "en"),
    ("Het onderzoek naar Zorblat leidde tot vervolging op grond van de Wet digitale diensten.",
     "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), NOT_PROMPTED)
def test_no_law_is_prompted_from_outside_the_phrase(context, text, language) -> None:
    assert not types_of(facts(context, text, language), "PROMPTED")


# -- Cases: an earlier proceeding is not the document's case --------------------------------


def test_an_earlier_suit_beside_the_case_is_its_own_case(context) -> None:
    text = (
        "The labels sued the site Zorblat on Monday. The case echoes the labels' 2019 suit "
        "against Quillon Communications, in which a jury found the provider liable."
    )
    found = types_of(facts(context, text, "en"), "DEFENDANT_IN")
    assert ("DEFENDANT_IN", "Zorblat", "Plaintiffs v. Zorblat (2023)", "alleged") in found
    assert ("DEFENDANT_IN", "Quillon Communications", "Plaintiffs v. Zorblat (2023)",
            "alleged") not in found  # fmt: skip


def test_dutch_earlier_prosecution_and_the_case_told_of(context) -> None:
    text = (
        "Het Openbaar Ministerie vervolgt het hostingbedrijf Zorblat. In 2019 werd het "
        "bedrijf Quillon al aangeklaagd, maar die zaak werd later geseponeerd. "
        "Een nieuwe wet zou er kunnen komen na de zaak tegen Zorblat, zei hij."
    )
    found = types_of(facts(context, text, "nl"), "DEFENDANT_IN")
    assert {f[1:3] for f in found} == {
        ("Zorblat", "Openbaar Ministerie v. Zorblat"),
        ("Quillon", "Plaintiffs v. Quillon (2019)"),
    }


# -- Guesses and questions state nothing ----------------------------------------------------

GUESSES = [
    ("Ouders klaagden Zorblat Inc. aan. Daar zouden de platforms zich kunnen beroepen op de "
     "Wet digitale diensten.", "nl", "INVOKES"),
    ("Het bedrijf Zorblat zou kunnen worden aangeklaagd door de staat Utah.", "nl",
     "DEFENDANT_IN"),
    ("The state could sue Zorblat Inc. next year.", "en", "DEFENDANT_IN"),
    ("Did the FTC sue Zorblat Inc. too early?", "en", "DEFENDANT_IN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "relation"), GUESSES)
def test_a_guess_or_a_question_states_nothing(context, text, language, relation) -> None:
    assert not types_of(facts(context, text, language), relation)


def test_a_claim_with_zou_is_alleged_not_a_guess(context) -> None:
    text = "Volgens de aanklacht zou Zorblat Inc. betalingen voor de site Quillon hebben verwerkt."
    assert ("SERVICED", "Zorblat Inc.", "Quillon", "alleged") in facts(context, text, "nl")


def test_the_month_may_is_no_guess(context) -> None:
    found = facts(context, "In May, the FTC sued Zorblat Inc.", "en")
    assert (
        "DEFENDANT_IN",
        "Zorblat Inc.",
        "Federal Trade Commission v. Zorblat Inc.",
        "alleged",
    ) in found


# -- Parties and roles ----------------------------------------------------------------------


def test_a_family_from_a_state_is_no_state(context) -> None:
    found = facts(context, "A Texas family has sued Zorblat, the online gaming platform.", "en")
    assert not {f for f in found if f[1] == "State of Texas"}
    assert types_of(found, "DEFENDANT_IN")


def test_a_state_that_sues_still_sues(context) -> None:
    found = facts(context, "Utah sued Zorblat Inc. on Tuesday.", "en")
    assert ("PLAINTIFF_IN", "State of Utah", "State of Utah v. Zorblat Inc. (2023)",
            "established") in found  # fmt: skip


def test_a_founder_speaking_of_another_firm_founded_nothing(context) -> None:
    text = (
        "ING verwerkt geen betalingen meer voor het videoplatform Zorblat. "
        "Volgens oprichter Jeroen Kamp is het besluit van ING onbegrijpelijk."
    )
    assert not types_of(facts(context, text, "nl"), "FOUNDED")
    found = facts(context, "Jeroen Kamp, oprichter van de app Zorblat, is boos.", "nl")
    assert ("FOUNDED", "Jeroen Kamp", "Zorblat", "established") in found


# -- SHUT_DOWN: an authority takes a site down, not its owner or a settlement ----------------

SHUT = [
    (
        "The FBI seized the site Zorblat on Friday.",
        "en",
        ("Federal Bureau of Investigation", "Zorblat"),
    ),
    (
        "The seizure of the site Zorblat by the FBI ended an era.",
        "en",
        ("Federal Bureau of Investigation", "Zorblat"),
    ),
    ("De FIOD haalde de website Zorblat offline.", "nl", ("FIOD", "Zorblat")),
]


@pytest.mark.parametrize(("text", "language", "ends"), SHUT)
def test_an_authority_shuts_a_site_down(context, text, language, ends) -> None:
    assert ("SHUT_DOWN", *ends, "established") in facts(context, text, language)


NOT_SHUT = [
    ("Velvet Holdings, which owns the site Zorblat, shut down Zorblat on Friday.", "en"),
    ("Quillon Group took the site Zorblat offline after its founder was indicted.", "en"),
    ("Parent company Quillon took the site Zorblat offline.", "en"),
    ("The settlement with the FTC shut down the site Zorblat.", "en"),
    ("The Justice Department said the seizure of the site Zorblat was a major blow.", "en"),
    ("Het moederbedrijf Quillon sloot de site Zorblat in maart.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), NOT_SHUT)
def test_an_owner_or_a_settlement_shuts_nothing_down(context, text, language) -> None:
    assert not types_of(facts(context, text, language), "SHUT_DOWN")


# -- Names: a place in a court's own name, a nationality before a company's name -------------


def test_a_place_in_a_courts_name_places_nothing(context) -> None:
    text = (
        "The studios, led by Paramount, sued Zorblat in 2021 in the Central District of California."
    )
    found = facts(context, text, "en")
    assert types_of(found, "HEARD_BY")
    assert not types_of(found, "IN_JURISDICTION")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("TikTok is eigendom van het Chinese Zorblat.", "nl"),
        ("TikTok is owned by the Chinese Zorblat.", "en"),
    ],
)
def test_a_nationality_describes_a_company_it_does_not_name_it(context, text, language) -> None:
    assert ("OWNS", "Zorblat", "TikTok", "established") in facts(context, text, language)


def test_a_state_suing_by_its_name_with_a_date_after(context) -> None:
    found = facts(context, "Zorblat Inc. was sued by the state of Utah on Tuesday.", "en")
    assert ("PLAINTIFF_IN", "State of Utah", "State of Utah v. Zorblat Inc. (2023)",
            "established") in found  # fmt: skip


# -- One case per proceeding: another bringer's proceedings are another case ---------------


def test_another_bringer_brings_another_case(context) -> None:
    text = "Utah sued Zorblat Inc. in March. The FTC also sued Zorblat Inc. in May."
    found = types_of(facts(context, text, "en"), "PLAINTIFF_IN")
    cases = {f[1]: f[2] for f in found}
    assert cases["Federal Trade Commission"] != cases["State of Utah"]


def test_dutch_commission_proceedings_beside_a_civil_suit(context) -> None:
    text = (
        "Een groep ouders heeft Zorblat voor de rechter gedaagd. De Europese Commissie opende "
        "vorig jaar al een formele procedure tegen Zorblat op grond van de Digital Services Act."
    )
    found = facts(context, text, "nl")
    assert ("PLAINTIFF_IN", "European Commission", "European Commission v. Zorblat (2022)",
            "established") in found  # fmt: skip
    assert ("INVOKES", "European Commission v. Zorblat (2022)", "Digital Services Act",
            "alleged") in found  # fmt: skip


def test_dutch_owner_follows_eigendom_van(context) -> None:
    text = "In Nederland loopt een rechtszaak tegen Zorblat, dat ook eigendom was van Quillon."
    assert ("OWNS", "Quillon", "Zorblat", "established") in facts(context, text, "nl")


# -- Status: a party named as a defendant is accused, not found liable ----------------------


def test_a_named_defendant_is_alleged(context) -> None:
    text = "Utah sued Quillon on Monday. The lawsuit names Zorblat Inc. as a defendant."
    found = types_of(facts(context, text, "en"), "DEFENDANT_IN")
    assert {f[3] for f in found if f[1] == "Zorblat Inc."} == {"alleged"}


# -- Plans, threats and news investigations are no cases ------------------------------------

PLANS = [
    ("Filmmaatschappijen hadden eerder al een rechtszaak tegen de site Zorblat overwogen.", "nl"),
    ("Warner Bros. wants to sue the site Zorblat.", "en"),
    ("The bill was introduced after a local news investigation into Zorblat.", "en"),
]


@pytest.mark.parametrize(("text", "language"), PLANS)
def test_a_plan_or_a_news_investigation_is_no_case(context, text, language) -> None:
    assert not types_of(facts(context, text, language), "DEFENDANT_IN")


def test_that_case_is_the_case_told_of_last(context) -> None:
    text = (
        "The European Commission opened formal proceedings against the platform Zorblat. "
        "In the United States, Zorblat faces a lawsuit from a group of school districts. "
        "That case is pending in the Northern District of California."
    )
    heard = types_of(facts(context, text, "en"), "HEARD_BY")
    assert {f[1] for f in heard} == {"Plaintiffs v. Zorblat"}


# -- Captions, credits and bylines state nothing --------------------------------------------


def test_caption_and_read_more_lines_state_nothing(context) -> None:
    text = (
        "Het OM vervolgt het hostingbedrijf Zorblat.\n"
        "De politie nam beslag op tweehonderd servers in het datacenter van Zorblat.\n"
        "Foto: Het datacenter van Zorblat in Vlissingen (ANP)\n"
        "Lees ook: Hoe criminelen Nederlandse servers gebruiken\n"
    )
    found = facts(context, text, "nl")
    assert not types_of(found, "SERVICED")
    assert not {f for f in found if "ANP" in f[1:3] or "Lees" in f[1:3]}


def test_a_byline_is_blanked_but_a_sentence_opening_with_by_is_kept(context) -> None:
    from liability_graph.loaders.extract.pipeline import mask_credits

    text = "By Jane Marlow, Reuters\nBy 2020, the FBI had seized the site Zorblat.\nEditing by Tom Hals"
    masked = mask_credits(text)
    assert len(masked) == len(text)
    assert "Marlow" not in masked and "Hals" not in masked
    assert "By 2020, the FBI had seized the site Zorblat." in masked


def test_a_headline_party_without_legal_form_is_the_bodys(context) -> None:
    text = (
        "Nevada sues chat app Zorblat. Nevada Attorney General Aaron Ford on Thursday filed "
        "a lawsuit against Zorblat Inc., the operator of the Zorblat app."
    )
    cases = {f[2] for f in facts(context, text, "en") if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}
    assert len(cases) == 1


# -- A court's ruling on a law, a regulator as its own fine's object, a noun "rules" ---------


def test_a_ruling_on_a_law_is_not_the_documents_case(context) -> None:
    text = "Ofcom fined the site Zorblat on Thursday. The Supreme Court upheld Texas's law in June."
    assert not types_of(facts(context, text, "en"), "HEARD_BY")


def test_the_regulator_is_no_defendant_of_its_own_fine(context) -> None:
    text = (
        "De ACM heeft de app Zorblat een boete opgelegd. "
        "Het is de derde boete die de ACM dit jaar oplegt aan een app."
    )
    found = types_of(facts(context, text, "nl"), "DEFENDANT_IN")
    assert {f[1] for f in found} == {"Zorblat"}


def test_the_noun_rules_is_no_ruling(context) -> None:
    text = (
        "Pornhub's owner Aylo blocked access to its sites in France in protest against the rules."
    )
    found = types_of(facts(context, text, "en"), "OWNS")
    assert found and {f[3] for f in found} == {"established"}


def test_an_indefinite_earlier_suit_is_a_case_of_its_own(context) -> None:
    text = (
        "Een groep ouders heeft Zorblat voor de rechter gedaagd. Eerder spande de stichting "
        "ook een zaak aan tegen Quillon, maar die werd in 2024 door de rechter afgewezen."
    )
    found = types_of(facts(context, text, "nl"), "DEFENDANT_IN")
    cases = {f[1]: f[2] for f in found}
    assert cases["Quillon"] != cases["Zorblat"]
