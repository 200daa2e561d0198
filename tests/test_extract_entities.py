"""Open-world entities without the reference base (issue #10, the no-reference gap): names
no list knows are found and typed from the document itself, whatever was read before it
(issue #13). Sentences are written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def bare():
    """A context as on a store built with `ingest --no-reference`."""
    return reference_context(False)


def triples(context, text: str, language: str) -> set[tuple[str, str, str]]:
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, context, language=language)
    names = {f.key: f.name for f in found if isinstance(f, Entity)}
    return {
        (r.type, names[r.source], names[r.target])
        for r in found
        if isinstance(r, Relationship) and r.type != "MENTIONS"
    }


def types_of(context, text: str, language: str) -> dict[str, str]:
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, context, language=language)
    return {f.name: f.type for f in found if isinstance(f, Entity)}


# A brand that no dictionary knows opens the sentence and is never written mid-sentence.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Wolkdak stopped providing hosting to the forum Praatplein. "
               "Wolkdak said the forum had broken its terms.",
         {("SERVICED", "Wolkdak", "Praatplein")}),
        ("nl", "Wolkdak stopt met de hosting van het forum Praatplein. "
               "Wolkdak zegt dat het forum zich niet aan de regels hield.",
         {("SERVICED", "Wolkdak", "Praatplein")}),
    ],
)  # fmt: skip
def test_an_unknown_word_opening_a_sentence_is_a_name(bare, language, text, expected):
    assert triples(bare, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Yesterday the forum Praatplein went offline."),
        ("nl", "Gisteren ging het forum Praatplein offline."),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_name(bare, language, text):
    assert "Yesterday" not in types_of(bare, text, language)
    assert "Gisteren" not in types_of(bare, text, language)


def test_sentence_opening_adverbs_are_not_part_of_a_name(bare):
    assert triples(bare, "Later Wolkdak stopped hosting the forum Praatplein.", "en") == {
        ("SERVICED", "Wolkdak", "Praatplein")
    }


# A name typed anywhere in a document is typed in its earlier sentences too.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tallowbook sued Kiezelhub in 2021. "
               "The suit says that hosting company Kiezelhub ignored the complaints."),
        ("nl", "Tallowbook klaagde Kiezelhub in 2021 aan. "
               "Volgens de aanklacht negeerde hostingbedrijf Kiezelhub de klachten."),
    ],
)  # fmt: skip
def test_a_name_typed_later_in_the_document_types_it_before(bare, language, text):
    assert types_of(bare, text, language).get("Kiezelhub") == "Vendor"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hosting company Graniet stopped hosting Tallowbook in 2021. "
               "Users of the Tallowbook app complained for weeks."),
        ("nl", "Hostingbedrijf Graniet stopte in 2021 met de hosting van Tallowbook. "
               "Gebruikers van de Tallowbook-app klaagden wekenlang."),
    ],
)  # fmt: skip
def test_an_app_named_after_a_name_is_that_platform(bare, language, text):
    assert types_of(bare, text, language).get("Tallowbook") == "Platform"
    assert triples(bare, text, language) == {("SERVICED", "Graniet", "Tallowbook")}


def test_a_platform_noun_after_a_name_types_it_but_a_network_does_not(bare):
    assert types_of(bare, "Critics attacked the Tallowbook website.", "en") == {
        "Tallowbook": "Platform"
    }
    text = "Wolkdak stopped processing payments through the Kestrel network for Praatplein."
    assert types_of(bare, text, "en").get("Kestrel") != "Platform"


# Two new names whose types cannot tell the ends apart: the subject is the owner.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vortexa owns Tallowbook, Praatplein and Kiezelhub, among other sites."),
        ("en", "Tallowbook, Praatplein and Kiezelhub were bought by Vortexa."),
        ("nl", "Vortexa kocht Tallowbook, Praatplein en Kiezelhub."),
    ],
)
def test_the_subject_owns_when_types_cannot_tell(bare, language, text):
    assert triples(bare, text, language) == {
        ("OWNS", "Vortexa", "Tallowbook"),
        ("OWNS", "Vortexa", "Praatplein"),
        ("OWNS", "Vortexa", "Kiezelhub"),
    }


def test_a_fact_is_never_stated_both_ways_from_one_sentence(bare):
    text = "Vortexa is ook eigenaar van Tallowbook en Praatplein."
    found = triples(bare, text, "nl")
    assert ("OWNS", "Tallowbook", "Praatplein") not in found
    assert ("OWNS", "Praatplein", "Tallowbook") not in found


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "In 2019 Tallowbook was shut down by the NCSB.", "NCSB"),
        ("nl", "In 2019 werd Tallowbook offline gehaald door de FIOK.", "FIOK"),
    ],
)
def test_an_acronym_after_the_article_is_an_organisation(bare, language, text, source):
    assert triples(bare, text, language) == {("SHUT_DOWN", source, "Tallowbook")}


def test_a_domain_or_legal_form_is_the_name_the_document_also_writes(bare):
    text = (
        "Payment processor Nimbus Pay Inc. stopped processing payments for Tallowbook.com in "
        "2020. Nimbus Pay said the site Tallowbook broke its rules."
    )
    assert triples(bare, text, "en") == {("SERVICED", "Nimbus Pay", "Tallowbook")}
    alone = "Payment processor Nimbus Pay Inc. stopped processing payments for Tallowbook.com."
    assert triples(bare, alone, "en") == {("SERVICED", "Nimbus Pay Inc.", "Tallowbook.com")}


# Failure class 6: evidence is one sentence, or two when a pronoun or "the company" links them.
@pytest.mark.parametrize(
    ("language", "text", "quote"),
    [
        ("en", "Payment processor Nimbus Pay has long worked with adult sites. It stopped "
               "processing payments for the forum Tallowbook in 2020. Critics welcomed it.",
         "Payment processor Nimbus Pay has long worked with adult sites. It stopped "
         "processing payments for the forum Tallowbook in 2020."),
        ("en", "Hosting company Graniet faced criticism.\\nThe company stopped hosting the "
               "forum Tallowbook.",
         "Hosting company Graniet faced criticism.\\nThe company stopped hosting the forum "
         "Tallowbook."),
        ("nl", "Hostingbedrijf Graniet lag in 2020 onder vuur. Het bedrijf stopte met de "
               "hosting van het forum Praatplein.",
         "Hostingbedrijf Graniet lag in 2020 onder vuur. Het bedrijf stopte met de hosting "
         "van het forum Praatplein."),
        ("en", "Hosting company Graniet faced criticism. Graniet stopped hosting the forum "
               "Tallowbook.",
         "Graniet stopped hosting the forum Tallowbook."),
    ],
)  # fmt: skip
def test_evidence_spans_two_sentences_only_when_a_pronoun_links_them(bare, language, text, quote):
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, bare, language=language)
    serviced = [f for f in found if isinstance(f, Relationship) and f.type == "SERVICED"]
    assert [e.quote for r in serviced for e in r.evidence] == [quote]
    evidence = serviced[0].evidence[0]
    assert text[evidence.start : evidence.end] == evidence.quote


@pytest.mark.parametrize(
    ("language", "text", "law", "alias"),
    [
        ("en", "Congress passed TOSCA, the Tallow Online Safety and Content Act, in 2019. "
               "TOSCA amended the Safe Harbour Act.",
         "Tallow Online Safety and Content Act", "TOSCA"),
        ("nl", "De Wet op de online veiligheid (WOOV) werd in 2019 aangenomen. "
               "De WOOV wijzigt de Telecommunicatiewet.",
         "Wet op de online veiligheid", "WOOV"),
    ],
)  # fmt: skip
def test_an_acronym_the_document_spells_out_is_that_name(bare, language, text, law, alias):
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, bare, language=language)
    laws = {f.name: f.aliases for f in found if isinstance(f, Entity) and f.type == "Law"}
    assert alias in laws[law]
    amends = [f for f in found if isinstance(f, Relationship) and f.type == "AMENDS"]
    names = {f.key: f.name for f in found if isinstance(f, Entity)}
    assert [names[r.source] for r in amends] == [law]


def test_a_name_is_never_both_ends_of_a_fact(bare):
    text = (
        "Fifty women who say they were trafficked through Tallowbook.com have sued Wolkdak. "
        "It alleges that Wolkdak supplied Tallowbook with a customised database."
    )
    serviced = {t for t in triples(bare, text, "en") if t[0] == "SERVICED"}
    assert serviced == {("SERVICED", "Wolkdak", "Tallowbook")}
