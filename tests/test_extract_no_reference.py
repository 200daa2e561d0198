"""Extraction without the reference base (issue #10, `ingest --no-reference`): the
reference may link names to known entities, never find facts. Each test is one general
cause of a fact found only with the reference, on sentences written for these tests, in
English and Dutch; every name is invented, so nothing can come from a list."""

from __future__ import annotations

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def facts(context, text: str, language: str) -> tuple[dict[str, Entity], set[tuple]]:
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, context, language=language)
    entities = {f.key: f for f in found if isinstance(f, Entity)}
    triples = {
        (r.type, entities[r.source].name, entities[r.target].name, r.status)
        for r in found
        if isinstance(r, Relationship) and r.type != "MENTIONS"
    }
    return entities, triples


# A name written with a possessive ("Zentrapay's decision") is a name, but only an end
# where no plain name follows; a brand-shaped word after "at"/"op" is no place.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nimbacard halted card payments at TrellisHub after Zentrapay's decision."),
        ("nl", "Nimbacard stopte met betalingen op TrellisHub na het besluit van Zentrapay."),
    ],
)  # fmt: skip
def test_possessive_and_brand_after_place_preposition(context, language, text):
    entities, triples = facts(context, text, language)
    assert triples == {("SERVICED", "Nimbacard", "TrellisHub", "established")}
    assert {e.name: e.type for e in entities.values()}["TrellisHub"] == "Platform"


def test_possessive_name_is_found():
    from liability_graph.loaders.extract.recognize import recognize

    text = "The judge denied Zentrapay’s request and Korbit's motion."
    names = {text[f.start : f.end] for f in recognize(text, "en")}
    assert {"Zentrapay", "Korbit"} <= names
    assert not any(n.endswith(("'s", "’s")) for n in names)


# A US district court without a direction ("District of Oregon") is named as courts are.
def test_district_court_without_direction_gets_its_full_name(context):
    entities, triples = facts(
        context,
        "Brightwave Inc. was sued in the U.S. District Court for the District of Oregon.",
        "en",
    )
    courts = [e.name for e in entities.values() if e.type == "Court"]
    assert courts == ["United States District Court for the District of Oregon"]
    assert any(t[0] == "HEARD_BY" and t[2] == courts[0] for t in triples)


# An Act spelt out and "known as" its acronym: the acronym is that Act in the document.
@pytest.mark.parametrize(
    ("language", "text", "law", "acronym", "amended"),
    [
        ("en", "Congress passed the Safer Online Markets Act, known as SOMA, in 2019. "
               "SOMA amends Section 12 of the Trade Practices Act.",
         "Safer Online Markets Act", "SOMA", "Section 12 of the Trade Practices Act"),
        ("nl", "De Wet digitale markten, kortweg WDM, geldt sinds 2020. "
               "De WDM wijzigt de Telecommunicatiewet.",
         "Wet digitale markten", "WDM", "Telecommunicatiewet"),
    ],
)  # fmt: skip
def test_known_as_acronym_is_the_act(context, language, text, law, acronym, amended):
    entities, triples = facts(context, text, language)
    assert ("AMENDS", law, amended, "established") in triples
    assert acronym in next(e for e in entities.values() if e.name == law).aliases


# A name typed by what the sentence says it is ("X is a federal law", "X is een federale
# wet", "de X-wet"): a law that no list knows.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Korvax is a federal law of the United States. Korvax amends Section 9 of "
               "the Data Act."),
        ("nl", "President Trump ondertekende de ZORA-wet. ZORA is een federale wet en "
               "geldt in de hele Verenigde Staten."),
    ],
)  # fmt: skip
def test_law_typed_by_copula_or_compound(context, language, text):
    entities, triples = facts(context, text, language)
    laws = {e.name for e in entities.values() if e.type == "Law"}
    name = "Korvax" if language == "en" else "ZORA"
    assert name in laws
    assert ("IN_JURISDICTION", name, "United States", "established") in triples


def test_copula_types_only_a_name_that_starts_the_clause(context):
    entities, _ = facts(context, "The report by Korvax is a federal law of sorts.", "en")
    assert "Law" not in {e.type for e in entities.values()}


# "Section 12 of the Trade Practices Act" and "Section 12" in one text: one provision.
def test_section_with_and_without_its_act_is_one_law(context):
    text = (
        "SOMA amends Section 12 of the Trade Practices Act. SOMA is a federal law. "
        "Critics say SOMA narrowed Section 12."
    )
    entities, triples = facts(context, text, "en")
    sections = [e for e in entities.values() if e.name.startswith("Section 12")]
    assert [s.name for s in sections] == ["Section 12"]
    assert {t for t in triples if t[0] == "AMENDS"} == {
        ("AMENDS", "SOMA", "Section 12", "established")
    }


# A federal district named without "District Court" ("the Northern District of
# California") is that district's court.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "This is about Zorblat. Zorblat was sued in the Northern District of California."),
        ("nl", "Het gaat om Zorblat. Zorblat werd aangeklaagd in het Northern District of "
               "California."),
    ],
)  # fmt: skip
def test_district_alone_is_the_federal_court(context, language, text):
    entities, triples = facts(context, text, language)
    court = "United States District Court for the Northern District of California"
    assert court in {e.name for e in entities.values() if e.type == "Court"}
    assert any(t[0] == "HEARD_BY" and t[2] == court for t in triples)


def test_district_of_columbia_is_no_court(context):
    entities, _ = facts(context, "The mayor of the District of Columbia spoke.", "en")
    assert "Court" not in {e.type for e in entities.values()}


# "the European Union" is the jurisdiction, though its words read like an organisation's.
def test_union_is_a_jurisdiction(context):
    text = "The Korvax Act has applied to all online platforms in the European Union since 2024."
    entities, triples = facts(context, text, "en")
    assert {e.name: e.type for e in entities.values()}["European Union"] == "Jurisdiction"
    assert triples == {("IN_JURISDICTION", "Korvax Act", "European Union", "established")}


# One name on both sides of a suit is its defendant, never also its plaintiff.
def test_a_party_is_not_both_plaintiff_and_defendant(context):
    text = (
        "A judge denied a motion to dismiss filed by Zentrapay Inc. in a civil lawsuit naming "
        "the payment processor along with Korbit Media."
    )
    entities, triples = facts(context, text, "en")
    assert not [t for t in triples if t[0] == "PLAINTIFF_IN"]
    assert all("Zentrapay Inc. v." not in e.name for e in entities.values() if e.type == "Case")
    assert ("DEFENDANT_IN", "Zentrapay Inc.") in {t[:2] for t in triples}


# "X is eigenaar van Y": a predicate noun; the Dutch auxiliary makes no passive of it.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het gaat om Zorblat. Zorblat is eigenaar van Korbit en Trellis."),
        ("nl", "Het gaat om Zorblat. Korbit en Trellis zijn eigendom van Zorblat."),
    ],
)  # fmt: skip
def test_owner_noun_keeps_its_direction(context, language, text):
    _, triples = facts(context, text, language)
    assert {t[:3] for t in triples if t[0] == "OWNS"} == {
        ("OWNS", "Zorblat", "Korbit"),
        ("OWNS", "Zorblat", "Trellis"),
    }


# A role's company that no list knows ("Telegram-oprichter X", "Zorblat founder X").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Zorblat-oprichter Mira Vance is in Frankrijk aangeklaagd."),
        ("en", "Zorblat founder Mira Vance left the board."),
    ],
)  # fmt: skip
def test_role_company_no_list_knows(context, language, text):
    _, triples = facts(context, text, language)
    assert ("FOUNDED", "Mira Vance", "Zorblat", "established") in triples


def test_role_needs_a_name_for_its_company(context):
    _, triples = facts(context, "Critics founder Mira Vance left the board.", "en")
    assert not [t for t in triples if t[0] == "FOUNDED"]


# An acronym no list knows is a law where a law's verb needs one ("ZORA amended ..."),
# never by a place adjective before it ("de Amerikaanse drugsdienst ZDA").
@pytest.mark.parametrize(
    ("language", "text", "amended"),
    [
        ("en", "In 2019 ZORA amended Section 12 of the Trade Act. Critics said ZORA went too "
               "far.", "Section 12 of the Trade Act"),
        ("nl", "ZORA wijzigt de Telecomwet. Critici vinden dat ZORA te ver gaat.",
         "Telecomwet"),
    ],
)  # fmt: skip
def test_acronym_is_a_law_in_a_law_slot(context, language, text, amended):
    entities, triples = facts(context, text, language)
    assert ("AMENDS", "ZORA", amended, "established") in triples
    assert {e.name: e.type for e in entities.values()}["ZORA"] == "Law"


def test_agency_acronym_is_no_law(context):
    text = "De Amerikaanse drugsdienst ZDA haalde Korbit offline. De ZDA zweeg."
    entities, triples = facts(context, text, "nl")
    assert triples == {("SHUT_DOWN", "ZDA", "Korbit", "established")}
    assert {e.name: e.type for e in entities.values()}["ZDA"] == "Organization"


# A caption's one-word defendant that the text writes as a name elsewhere ("Doe v.
# Korbit"); a heading's last word and the next line's first are no person's two names.
def test_caption_defendant_named_elsewhere(context):
    text = (
        "# Court rules for Korbit\n\nKorbit cannot be sued over posts, a court held. "
        "The case, Doe v. Korbit, was brought by several parents."
    )
    entities, triples = facts(context, text, "en")
    assert ("DEFENDANT_IN", "Korbit", "Doe v. Korbit", "alleged") in triples
    assert "Korbit Korbit" not in {e.name for e in entities.values()}


# "Two teenage girls sued Korbit" and "Doe v. Korbit" in one text: one case, the caption's.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two teenage girls sued Korbit in 2021. The girls say Korbit ignored their "
               "reports. Doe v. Korbit was filed in the Northern District of California."),
        ("nl", "Vijftig vrouwen klaagden Korbit in 2021 aan. Volgens de vrouwen negeerde "
               "Korbit hun meldingen. De zaak Doe v. Korbit loopt bij een federale rechter."),
    ],
)  # fmt: skip
def test_anonymous_group_suit_is_the_doe_caption(context, language, text):
    entities, triples = facts(context, text, language)
    cases = {e.name for e in entities.values() if e.type == "Case"}
    assert cases == {"Doe v. Korbit"}
    assert ("DEFENDANT_IN", "Korbit", "Doe v. Korbit", "alleged") in triples
    assert any(t[0] == "PLAINTIFF_IN" and t[2] == "Doe v. Korbit" for t in triples)


# "In re Korbit" names the proceeding the plaintiffs' suit against Korbit is.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three women sued Korbit in 2019 over its messaging service. In In re Korbit, "
               "the Supreme Court of Texas held that the claims may proceed."),
        ("nl", "Drie vrouwen klaagden Korbit in 2019 aan. In de zaak In re Korbit oordeelde "
               "het Supreme Court of Texas dat de claims door mogen gaan."),
    ],
)  # fmt: skip
def test_in_re_caption_is_the_suit_against_its_party(context, language, text):
    entities, triples = facts(context, text, language)
    assert {e.name for e in entities.values() if e.type == "Case"} == {"In re Korbit"}
    assert ("DEFENDANT_IN", "Korbit", "In re Korbit", "alleged") in triples
    assert ("HEARD_BY", "In re Korbit", "Supreme Court of Texas", "established") in triples


# An acronym written once, where only a law fits ("In 2018 ZORA amended ..."): a law.
def test_unrepeated_acronym_in_a_law_slot(context):
    entities, triples = facts(context, "In 2018 ZORA amended Section 12 of the Trade Act.", "en")
    assert triples == {("AMENDS", "ZORA", "Section 12 of the Trade Act", "established")}
    assert {e.name: e.type for e in entities.values()}["ZORA"] == "Law"


def test_unrepeated_acronym_is_no_party(context):
    _, triples = facts(context, "In 2018 ZORA sued Korbit Inc. in Delaware.", "en")
    assert not [t for t in triples if t[0] == "PLAINTIFF_IN"]


# "to host X's users" types nothing (a verb, not the noun "host"); a name a type noun
# introduces in the possessive is the name without its "'s".
def test_type_noun_as_verb_and_possessive_typed_name(context):
    text = (
        "After payment processor Nimbacard's decision, the forum Korbit went offline. "
        "Nimbacard stopped processing payments for Korbit. Critics asked Zentra to host "
        "Korbit's users."
    )
    entities, triples = facts(context, text, "en")
    names = {e.name: e.type for e in entities.values()}
    assert names["Nimbacard"] == "Vendor"
    assert not [n for n in names if n.endswith(("'s", "’s"))]
    assert ("SERVICED", "Nimbacard", "Korbit", "established") in triples
    assert not [t for t in triples if t[2] == "Zentra" or t[1] == "Korbit"]
