"""Dutch parties in lists and appositions, and the claims of foundations (issue #10), on
sentences written for these tests (all names invented unless a row is about the reference
base): the name a lower-case apposition describes is the subject, not the names inside it
("X, moedermaatschappij van A en B, kreeg een boete"); a comma list before the verb is the
subject whole; coordinated bringers of a verb-final suit all sue; a foundation admitted in a
claim brought it; a date after "in" does not make a suit noun governed; a regulator's
"dwangsom" is a penalty like a fine. English rows check the same phrasings there.
"""

from __future__ import annotations

import pytest
from sentences import facts

AP = "Autoriteit Persoonsgegevens"


def test_a_described_parent_is_the_fined_subject_and_owns_what_it_describes(context):
    got = facts(
        context,
        "Dataveld Holding, moedermaatschappij van het sociale netwerk Kletsmaat en het forum "
        "Praatplein, kreeg een boete van de Autoriteit Persoonsgegevens.",
        "nl",
    )
    case = f"{AP} v. Dataveld Holding"
    assert got == {
        ("DEFENDANT_IN", "Dataveld Holding", case, "ruled"),
        ("PLAINTIFF_IN", AP, case, "established"),
        ("OWNS", "Dataveld Holding", "Kletsmaat", "established"),
        ("OWNS", "Dataveld Holding", "Praatplein", "established"),
    }


def test_a_described_subsidiary_is_the_subject_not_its_parent(context):
    got = facts(
        context,
        "Dataveld, een dochtermaatschappij van Meta Platforms, kreeg een boete van de "
        "Autoriteit Persoonsgegevens.",
        "nl",
    )
    assert ("DEFENDANT_IN", "Dataveld", f"{AP} v. Dataveld", "ruled") in got
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Meta Platforms" for f in got)


def test_an_english_parent_in_apposition_is_the_fined_subject(context):
    got = facts(
        context,
        "Dataveld Holding, the parent company of the social network Kletsmaat, was fined by "
        "the Federal Trade Commission.",
        "en",
    )
    case = "Federal Trade Commission v. Dataveld Holding"
    assert ("DEFENDANT_IN", "Dataveld Holding", case, "ruled") in got
    assert ("OWNS", "Dataveld Holding", "Kletsmaat", "established") in got


@pytest.mark.parametrize(
    ("text", "language", "regulator"),
    [
        ("Kletsmaat, Praatplein en Babbelbox kregen een boete van de Autoriteit "
         "Persoonsgegevens.", "nl", AP),
        ("Kletsmaat, Praatplein and Babbelbox were fined by the Federal Trade Commission.",
         "en", "Federal Trade Commission"),
    ],
)  # fmt: skip
def test_each_member_of_a_comma_list_subject_is_fined(context, text, language, regulator):
    got = facts(context, text, language)
    defendants = {f[1] for f in got if f[0] == "DEFENDANT_IN"}
    assert defendants == {"Kletsmaat", "Praatplein", "Babbelbox"}
    assert {f[3] for f in got if f[0] == "DEFENDANT_IN"} == {"ruled"}
    assert {f[1] for f in got if f[0] == "PLAINTIFF_IN"} == {regulator}


@pytest.mark.parametrize(
    ("text", "language", "plaintiffs"),
    [
        ("De Consumentenbond, de Stichting Kletsrecht en de Stichting Datavrij hebben "
         "Kletsmaat aangeklaagd.", "nl",
         {"Consumentenbond", "Stichting Kletsrecht", "Stichting Datavrij"}),
        ("De Consumentenbond en Stichting Kletsrecht hebben Kletsmaat voor de rechter gedaagd.",
         "nl", {"Consumentenbond", "Stichting Kletsrecht"}),
        ("The Consumer League, the Kletsrecht Foundation and the Datavrij Foundation sued "
         "Kletsmaat.", "en", {"Consumer League", "Kletsrecht Foundation", "Datavrij Foundation"}),
    ],
)  # fmt: skip
def test_every_coordinated_bringer_sues(context, text, language, plaintiffs):
    got = facts(context, text, language)
    assert {f[1] for f in got if f[0] == "PLAINTIFF_IN"} == plaintiffs
    assert {(f[1], f[3]) for f in got if f[0] == "DEFENDANT_IN"} == {("Kletsmaat", "alleged")}


@pytest.mark.parametrize(
    "text",
    [
        "De rechtbank Amsterdam heeft de Stichting Kletsrecht ontvankelijk verklaard in de "
        "collectieve rechtszaak tegen Kletsmaat.",
        "Ook Stichting Kletsrecht is ontvankelijk verklaard in de procedure tegen Kletsmaat.",
        "De rechter heeft de Stichting Kletsrecht niet-ontvankelijk verklaard in haar claim "
        "tegen Kletsmaat.",
    ],
)
def test_a_foundation_admitted_in_a_claim_brought_it(context, text):
    got = facts(context, text, "nl")
    case = "Stichting Kletsrecht v. Kletsmaat"
    assert ("PLAINTIFF_IN", "Stichting Kletsrecht", case, "established") in got
    assert ("DEFENDANT_IN", "Kletsmaat", case, "alleged") in got


def test_admission_without_a_defendant_names_no_case(context):
    got = facts(
        context,
        "De rechtbank verklaarde de Stichting Datavrij niet-ontvankelijk in haar vorderingen.",
        "nl",
    )
    assert not got


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("De Stichting Kletsrecht begon in juni een rechtszaak tegen Kletsmaat.", "nl",
         "Stichting Kletsrecht v. Kletsmaat (2023)"),
        ("De Stichting Kletsrecht, die 40.000 ouders vertegenwoordigt, startte in juni de "
         "eerste claimactie tegen Kletsmaat.", "nl", "Stichting Kletsrecht v. Kletsmaat (2023)"),
        ("Kletsrecht filed in March a lawsuit against Kletsmaat.", "en",
         "Kletsrecht v. Kletsmaat (2023)"),
    ],
)  # fmt: skip
def test_a_date_after_in_leaves_the_suit_its_bringer(context, text, language, case):
    got = facts(context, text, language)
    bringer = case.split(" v. ")[0]
    assert ("PLAINTIFF_IN", bringer, case, "established") in got
    assert ("DEFENDANT_IN", "Kletsmaat", case, "alleged") in got


def test_a_suit_noun_governed_by_in_still_has_no_bringer(context):
    got = facts(context, "Kletsmaat werd in de rechtszaak tegen Praatplein als getuige gehoord.",
                "nl")  # fmt: skip
    assert not any(f[0] == "PLAINTIFF_IN" for f in got)


@pytest.mark.parametrize(
    "text",
    [
        "De Autoriteit Consument & Markt heeft het datingplatform Flirtly een dwangsom opgelegd.",
        "Het datingplatform Flirtly kreeg van de Autoriteit Consument en Markt een dwangsom.",
    ],
)
def test_a_regulators_dwangsom_is_a_ruled_penalty(context, text):
    got = facts(context, text, "nl")
    case = "Autoriteit Consument en Markt v. Flirtly"
    assert got == {
        ("DEFENDANT_IN", "Flirtly", case, "ruled"),
        ("PLAINTIFF_IN", "Autoriteit Consument en Markt", case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "language", "regulator"),
    [
        ("Eerder kregen Kletsmaat en Praatplein al boetes van de Autoriteit Persoonsgegevens.",
         "nl", AP),
        ("Kletsmaat and Praatplein received fines from the Federal Trade Commission.", "en",
         "Federal Trade Commission"),
    ],
)  # fmt: skip
def test_plural_penalties_are_one_case_per_party(context, text, language, regulator):
    got = facts(context, text, language)
    assert {f for f in got if f[0] == "DEFENDANT_IN"} == {
        ("DEFENDANT_IN", "Kletsmaat", f"{regulator} v. Kletsmaat", "ruled"),
        ("DEFENDANT_IN", "Praatplein", f"{regulator} v. Praatplein", "ruled"),
    }


def test_one_penalty_for_two_parties_is_one_case(context):
    got = facts(
        context,
        "Kletsmaat en Praatplein kregen een boete van de Autoriteit Persoonsgegevens.",
        "nl",
    )
    assert {f[2] for f in got if f[0] == "DEFENDANT_IN"} == {f"{AP} v. Kletsmaat"}


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Het hof van beroep in Antwerpen heeft Kletsmaat veroordeeld in de zaak van de "
         "Stichting Kletsrecht.", "Hof van Beroep Antwerpen"),
        ("De Brusselse rechtbank heeft Kletsmaat veroordeeld in de zaak van de Stichting "
         "Kletsrecht.", "Rechtbank van eerste aanleg Brussel"),
        ("Het Brusselse hof van beroep heeft Kletsmaat veroordeeld in de zaak van de Stichting "
         "Kletsrecht.", "Hof van Beroep Brussel"),
        # a Dutch seat stays a Dutch court
        ("De rechtbank in Amsterdam heeft Kletsmaat veroordeeld in de zaak van de Stichting "
         "Kletsrecht.", "Rechtbank Amsterdam"),
    ],
)  # fmt: skip
def test_belgian_courts_described_by_seat(context, text, court):
    got = facts(context, text, "nl")
    assert {f[2] for f in got if f[0] == "HEARD_BY"} == {court}


def test_the_belgian_data_protection_authority_fines(context):
    got = facts(
        context,
        "De Belgische privacytoezichthouder GBA heeft het sociale netwerk Kletsmaat een boete "
        "gegeven.",
        "nl",
    )
    case = "Gegevensbeschermingsautoriteit v. Kletsmaat"
    assert got == {
        ("DEFENDANT_IN", "Kletsmaat", case, "ruled"),
        ("PLAINTIFF_IN", "Gegevensbeschermingsautoriteit", case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("De stichting heeft een claim ingesteld tegen Kletsmaat op grond van de Wet "
         "afwikkeling massaschade in collectieve actie (WAMCA).",
         "Wet afwikkeling massaschade in collectieve actie"),
        # the words after the name spell no short form: the name stays as read
        ("De stichting heeft een claim ingesteld tegen Kletsmaat op grond van de Wet "
         "afwikkeling massaschade in Nederland (AP).", "Wet afwikkeling massaschade"),
    ],
)  # fmt: skip
def test_a_short_form_spells_out_a_law_names_lower_case_words(context, text, law):
    got = facts(context, text, "nl")
    assert {f[2] for f in got if f[0] == "INVOKES"} == {law}


@pytest.mark.parametrize(
    "claim",
    [
        "De stichting meent dat Kletsmaat inbreuk maakt op de AVG en de Mediawet.",
        "Volgens de stichting maakt Kletsmaat inbreuk op de AVG en de Mediawet.",
    ],
)
def test_a_claimed_infringement_of_laws_invokes_them(context, claim):
    got = facts(
        context,
        f"De Stichting Kletsrecht heeft een massaclaim ingesteld tegen Kletsmaat. {claim}",
        "nl",
    )
    case = "Stichting Kletsrecht v. Kletsmaat"
    assert {f for f in got if f[0] == "INVOKES"} == {
        ("INVOKES", case, "General Data Protection Regulation", "alleged"),
        ("INVOKES", case, "Mediawet", "alleged"),
    }


def test_an_infringement_of_rights_names_no_law(context):
    assert not facts(context, "Kletsmaat maakt inbreuk op de auteursrechten van Stokke.", "nl")


def test_a_store_named_after_an_owners_possessive_is_no_platform(context):
    """ "tegen Apples App Store-beleid": "App" is a word of the store's name, not a type noun
    that makes "Store-beleid" a platform Apple serves."""
    got = facts(
        context,
        "De massaclaim tegen Apples App Store-beleid mag doorgaan. In die zaak wordt geclaimd "
        "dat Apple te hoge prijzen hanteert in de App Store.",
        "nl",
    )
    assert not any(f[0] == "SERVICED" for f in got)
