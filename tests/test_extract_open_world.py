"""Extraction on real-text phrasing (issue #10): one test per failure class, on sentences
written for these tests, in English and Dutch. Names are invented, so nothing comes from
the reference knowledge base: entities are found by role nouns, legal forms and patterns."""

from __future__ import annotations

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def context():
    return reference_context()


def facts(context, text: str, language: str, published: str | None = "2019-04-10"):
    document = Document(title="t", source="t", published=published, content_hash=text[:60])
    found = extract(text, document, context, language=language)
    names = {f.key: f.name for f in found if isinstance(f, Entity)}
    relationships = [f for f in found if isinstance(f, Relationship) and f.type != "MENTIONS"]
    return found, names, relationships


def triples(context, text: str, language: str, published: str | None = "2019-04-10"):
    _, names, rels = facts(context, text, language, published)
    return {(r.type, names[r.source], names[r.target], r.status) for r in rels}


# 1. organisations no list knows are found, typed by the role noun that introduces them
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Internet services company Nimbus Shield has stopped providing security "
               "services to the online forum Tallow Boards.",
         {("SERVICED", "Nimbus Shield", "Tallow Boards", "established")}),
        ("nl", "Hostingbedrijf Koopvast stopt met de hosting van het forum Praatplein.",
         {("SERVICED", "Koopvast", "Praatplein", "established")}),
    ],
)  # fmt: skip
def test_unknown_organisations_are_found(context, language, text, expected):
    found, _, rels = facts(context, text, language)
    assert triples(context, text, language) == expected
    types = {f.name: f.type for f in found if isinstance(f, Entity)}
    source, target = next(iter(expected))[1:3]
    assert (types[source], types[target]) == ("Vendor", "Platform")
    assert [r.date_to for r in rels] == [None]  # ended, but the sentence gives no date


# 2. junk: headings, product categories, docket fragments and plural roles are no entities
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Circuit Judges affirmed the ruling on CDs and DDoS attacks in case "
               "No. 21-ADSX-4."),
        ("nl", "Volgens de Circuit Judges gaat het om cd's en ddos-aanvallen."),
    ],
)  # fmt: skip
def test_junk_is_no_entity(context, language, text):
    found, _, rels = facts(context, text, language)
    names = {f.name for f in found if isinstance(f, Entity)}
    assert not names & {"Circuit Judges", "CDs", "DDoS", "ADSX", "cd's"}
    assert rels == []


# 3. one case per proceeding, named after its parties, never "Lawsuit against ..."
def test_group_suit_is_one_case_named_after_its_parties(context):
    text = (
        "About fifty women sued payment processor Nimbus Pay in 2019. "
        "The lawsuit says Nimbus Pay ignored warnings."
    )
    found, names, rels = facts(context, text, "en")
    cases = [f for f in found if isinstance(f, Entity) and f.type == "Case"]
    assert [c.name for c in cases] == ["Fifty women v. Nimbus Pay (2019)"]
    assert cases[0].properties["plaintiff_count"] == 50
    plaintiff = next(r for r in rels if r.type == "PLAINTIFF_IN")
    person = next(f for f in found if isinstance(f, Entity) and f.key == plaintiff.source)
    assert person.type == "Person" and person.properties["protected"] is True
    assert {(r.type, names[r.source]) for r in rels} == {
        ("DEFENDANT_IN", "Nimbus Pay"),
        ("PLAINTIFF_IN", person.name),
    }


def test_dutch_group_suit_is_not_against_the_women(context):
    text = "Een vijftigtal vrouwen klaagt betaaldienst Nimbus Pay aan."
    _, names, rels = facts(context, text, "nl")
    defendants = {names[r.source] for r in rels if r.type == "DEFENDANT_IN"}
    assert defendants == {"Nimbus Pay"}
    assert {names[r.target] for r in rels} == {"Vijftigtal vrouwen v. Nimbus Pay"}


# 4. roles: judges are never parties; a prosecution service is the plaintiff it is
def test_judge_is_no_party_and_founds_nothing(context):
    text = (
        "Judge Ann Bell dismissed the lawsuit that Zed Corp filed against payment processor "
        "Nimbus Pay. Bell found the claims sufficient to keep Nimbus Pay in the case."
    )
    assert triples(context, text, "en") == {
        ("DEFENDANT_IN", "Nimbus Pay", "Zed Corp v. Nimbus Pay", "alleged"),
        ("PLAINTIFF_IN", "Zed Corp", "Zed Corp v. Nimbus Pay", "established"),
    }


def test_prosecution_service_brings_the_case_named_later(context):
    text = (
        "Het Openbaar Ministerie begint een strafzaak tegen twee ondernemers. "
        "De verdachten zijn Jan K. en Piet van D.."
    )
    case = "Openbaar Ministerie v. Jan K."
    assert triples(context, text, "nl") == {
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
        ("DEFENDANT_IN", "Jan K.", case, "alleged"),
        ("DEFENDANT_IN", "Piet van D.", case, "alleged"),
    }


# 5. status from reporting verbs and hedges
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The plaintiffs asserted that software company Nimbus Soft provided software "
               "to the forum Tallow Boards."),
        ("nl", "Volgens de aanklacht zou softwarebedrijf Nimbus Soft software aan het forum "
               "Tallow Boards hebben geleverd."),
    ],
)  # fmt: skip
def test_reported_claims_are_alleged(context, language, text):
    assert triples(context, text, language) == {
        ("SERVICED", "Nimbus Soft", "Tallow Boards", "alleged")
    }


# 6. evidence is the one sentence that states the fact
def test_evidence_is_one_sentence(context):
    text = (
        "Tallow Boards is a forum. Payment processor Nimbus Pay processed payments for the "
        "forum Tallow Boards. Nimbus Pay is based in Utrecht."
    )
    _, _, rels = facts(context, text, "en")
    (rel,) = rels
    (evidence,) = rel.evidence
    assert evidence.quote == (
        "Payment processor Nimbus Pay processed payments for the forum Tallow Boards."
    )
    assert text[evidence.start : evidence.end] == evidence.quote


# 7. dates come from the clause, never from the publication date by default
def test_dates_from_the_clause_not_the_publication(context):
    dated = "In 2015, payment processor Nimbus Pay started processing payments for the forum Tallow Boards."
    _, _, rels = facts(context, dated, "en", "2019-04-10")
    assert [(r.date_on, r.date_from) for r in rels] == [("2015", None)]
    undated = "Payment processor Nimbus Pay processed payments for the forum Tallow Boards."
    _, _, rels = facts(context, undated, "en", "2019-04-10")
    assert [(r.date_on, r.date_from, r.date_to) for r in rels] == [(None, None, None)]
    relative = "Vorig jaar stopte betaaldienst Nimbus Pay met betalingen voor het forum Praatplein."
    _, _, rels = facts(context, relative, "nl", "2019-04-10")
    assert [r.date_to for r in rels] == ["2018"]


# 8. buying is owning, founding is founding
@pytest.mark.parametrize(
    ("language", "text", "site"),
    [
        ("en", "Zed Holdings bought the forum Tallow Boards in 2016. Anna Smit founded "
               "Tallow Boards in 2010.", "Tallow Boards"),
        ("nl", "Anna Smit richtte het forum Praatplein in 2010 op. Zed Holdings nam "
               "Praatplein in 2016 over.", "Praatplein"),
    ],
)  # fmt: skip
def test_ownership_and_founding_verbs(context, language, text, site):
    _, names, rels = facts(context, text, language)
    got = {(r.type, names[r.source], names[r.target], r.date_on) for r in rels}
    assert got == {
        ("OWNS", "Zed Holdings", site, "2016"),
        ("FOUNDED", "Anna Smit", site, "2010"),
    }


# 9. a service to a platform's owner company is a service to that company
@pytest.mark.parametrize(
    ("language", "text", "site"),
    [
        ("en", "Visa stopped processing payments to Zed Holdings, the parent company of the "
               "forum Tallow Boards.", "Tallow Boards"),
        ("nl", "Visa stopt met het verwerken van betalingen voor Zed Holdings, het "
               "moederbedrijf van het forum Praatplein.", "Praatplein"),
    ],
)  # fmt: skip
def test_service_to_the_owner_company(context, language, text, site):
    found, names, rels = facts(context, text, language)
    types = {f.name: f.type for f in found if isinstance(f, Entity)}
    assert types["Zed Holdings"] == "Organization"
    got = {(r.type, names[r.source], names[r.target]) for r in rels}
    assert got == {("SERVICED", "Visa", "Zed Holdings"), ("OWNS", "Zed Holdings", site)}
