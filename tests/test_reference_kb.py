"""The reference knowledge base and the curated examples: they load without error into a real
LadybugDB store, hold the required entities (found by English and Dutch names), cite a source
for every entity and every relationship, and contain the key relationships of the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from liability_graph.graph.model import Document, Entity, Relationship, entity_key
from liability_graph.graph.ontology import load_ontology
from liability_graph.loaders.ingest import ingest
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.reference import reference_facts, reference_files
from liability_graph.privacy.protect import Protector
from liability_graph.privacy.vault import Vault

# (type, canonical name) -> (an English alias, a Dutch alias) that must resolve to it.
REQUIRED = {
    ("Platform", "Backpage"): ("Backpage.com", "zoekertjessite Backpage"),
    ("Platform", "Craigslist"): ("craigslist.org", "advertentiesite Craigslist"),
    ("Platform", "Pornhub"): ("Pornhub.com", "pornosite Pornhub"),
    ("Platform", "Facebook"): ("facebook.com", "sociaal netwerk Facebook"),
    ("Platform", "Instagram"): ("instagram.com", "fotodeelapp Instagram"),
    ("Platform", "Twitter"): ("X (formerly Twitter)", "X (voorheen Twitter)"),
    ("Platform", "Omegle"): ("Omegle.com", "videochatsite Omegle"),
    ("Platform", "Reddit"): ("reddit.com", "discussieplatform Reddit"),
    ("Platform", "OnlyFans"): ("onlyfans.com", "abonnementsplatform OnlyFans"),
    ("Platform", "Telegram"): ("Telegram Messenger", "berichtenapp Telegram"),
    ("Vendor", "Salesforce"): ("Salesforce.com", "softwarefirma Salesforce"),
    ("Vendor", "Visa"): ("Visa Inc.", "creditcardmaatschappij Visa"),
    ("Vendor", "Mastercard"): ("MasterCard", "creditcardmaatschappij Mastercard"),
    ("Organization", "Aylo"): ("MindGeek", "Pornhub-moederbedrijf MindGeek"),
    ("Organization", "Meta Platforms"): ("Facebook, Inc.", "moederbedrijf Meta"),
    ("Organization", "U.S. Department of Justice"): (
        "Justice Department",
        "Amerikaans ministerie van Justitie",
    ),
    ("Organization", "Federal Bureau of Investigation"): ("FBI", "Amerikaanse federale politie"),
    ("Law", "FOSTA"): (
        "Allow States and Victims to Fight Online Sex Trafficking Act of 2017",
        "Amerikaanse wet FOSTA",
    ),
    ("Law", "SESTA"): ("Stop Enabling Sex Traffickers Act", "Amerikaans wetsvoorstel SESTA"),
    ("Law", "Section 230"): ("47 U.S.C. § 230", "Sectie 230"),
    ("Law", "Communications Decency Act"): (
        "Communications Decency Act of 1996",
        "Amerikaanse Communications Decency Act",
    ),
    ("Law", "18 U.S.C. § 1595"): (
        "TVPRA civil remedy",
        "Amerikaanse civiele vordering voor slachtoffers van mensenhandel",
    ),
    ("Law", "18 U.S.C. § 1591"): (
        "federal sex trafficking statute",
        "Amerikaanse federale strafbepaling tegen sekshandel",
    ),
    ("Law", "Digital Services Act"): ("Regulation (EU) 2022/2065", "Digitaledienstenverordening"),
    ("Law", "Online Safety Act 2023"): ("UK Online Safety Act", "Britse Online Safety Act"),
    ("Case", "Jane Does 1-50 v. Salesforce"): (
        "the 2019 suit of fifty women against Salesforce",
        "rechtszaak van vijftig vrouwen tegen Salesforce",
    ),
    ("Case", "G.G. v. Salesforce.com, Inc."): ("G.G. v. Salesforce", "zaak G.G. tegen Salesforce"),
    ("Case", "Fleites v. MindGeek S.à r.l."): (
        "Fleites v. MindGeek",
        "zaak-Fleites tegen MindGeek en Visa",
    ),
    ("Case", "Doe v. Twitter, Inc."): ("Doe v. Twitter", "zaak Doe tegen Twitter"),
    ("Case", "A.M. v. Omegle.com LLC"): ("A.M. v. Omegle", "zaak A.M. tegen Omegle"),
    ("Case", "United States v. Lacey"): (
        "the 2018 Backpage indictment",
        "strafzaak tegen de oprichters van Backpage",
    ),
    ("Case", "In re Facebook, Inc."): (
        "In re Facebook",
        "zaak In re Facebook voor het Hooggerechtshof van Texas",
    ),
    ("Person", "Michael Lacey"): ("Mike Lacey", "Backpage-oprichter Michael Lacey"),
    ("Person", "James Larkin"): ("Jim Larkin", "Backpage-medeoprichter James Larkin"),
    ("Person", "Carl Ferrer"): ("Backpage CEO Carl Ferrer", "Backpage-topman Carl Ferrer"),
    ("Court", "United States Court of Appeals for the Seventh Circuit"): (
        "Seventh Circuit",
        "Zevende Circuit",
    ),
    ("Court", "United States Court of Appeals for the Ninth Circuit"): (
        "Ninth Circuit",
        "Negende Circuit",
    ),
    ("Court", "United States District Court for the Northern District of Illinois"): (
        "N.D. Ill.",
        "federale rechtbank voor het Noordelijk District van Illinois",
    ),
    ("Court", "United States District Court for the District of Oregon"): (
        "D. Or.",
        "federale rechtbank voor het District Oregon",
    ),
    ("Court", "United States District Court for the Central District of California"): (
        "C.D. Cal.",
        "federale rechtbank voor het Centraal District van Californië",
    ),
    ("Court", "United States District Court for the District of Arizona"): (
        "D. Ariz.",
        "federale rechtbank voor het District Arizona",
    ),
    ("Court", "Supreme Court of Texas"): ("Texas Supreme Court", "Hooggerechtshof van Texas"),
    ("Court", "Superior Court of California, County of San Francisco"): (
        "San Francisco Superior Court",
        "rechtbank van San Francisco",
    ),
    ("Jurisdiction", "United States"): ("United States of America", "Verenigde Staten"),
    ("Jurisdiction", "California"): ("State of California", "Californië"),
    ("Jurisdiction", "Texas"): ("State of Texas", "staat Texas"),
    ("Jurisdiction", "Arizona"): ("State of Arizona", "staat Arizona"),
    ("Jurisdiction", "Illinois"): ("State of Illinois", "staat Illinois"),
    ("Jurisdiction", "European Union"): ("EU", "Europese Unie"),
    ("Jurisdiction", "United Kingdom"): ("UK", "Verenigd Koninkrijk"),
}

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FIFTY_WOMEN = entity_key("Case", "Jane Does 1-50 v. Salesforce")
FLEITES = entity_key("Case", "Fleites v. MindGeek S.à r.l.")
SALESFORCE = entity_key("Vendor", "Salesforce")
BACKPAGE = entity_key("Platform", "Backpage")
FOSTA = entity_key("Law", "FOSTA")

EXAMPLE_FILES = [
    EXAMPLES / "more-entities.csv",
    EXAMPLES / "more-relationships.csv",
    EXAMPLES / "seed-story.yaml",
]


def _load(store):
    report = ingest(store, [])
    assert report.ok, report.skipped
    assert report.reference_loaded
    entities = {e.key: e for e in store.iter_entities() if e.type != "Document"}
    rels = {(r.type, r.source, r.target): r for r in store.iter_relationships()}
    return entities, rels


def stored(store, key: str) -> str:
    """The key under which the store holds what had `key` before pseudonymisation: protected
    persons and cases named after them get pseudonymous keys (docs/privacy.md)."""
    return Vault.for_store(store).key_in_store(key)


# -- the files, without a store ---------------------------------------------------------------


def test_reference_files_load_in_name_order_without_error():
    names = [p.name for p in reference_files()]
    assert names == sorted(names)
    assert names[0] == "10-jurisdictions.yaml" and names[-1] == "90-relationships.yaml"
    facts = reference_facts()
    entities = [f for f in facts if isinstance(f, Entity)]
    rels = [f for f in facts if isinstance(f, Relationship) and f.type != "MENTIONS"]
    assert len(entities) >= 60
    assert len(rels) >= 90
    assert any(isinstance(f, Document) for f in facts)


def test_every_reference_entity_is_described_aliased_and_cited():
    for fact in reference_facts():
        if isinstance(fact, Entity):
            assert fact.description, fact.key
            assert fact.aliases, fact.key
            assert fact.sources, f"{fact.key} cites no source"


def test_every_reference_relationship_has_short_verbatim_evidence():
    statuses = set(load_ontology().statuses)
    for fact in reference_facts():
        if isinstance(fact, Relationship) and fact.type != "MENTIONS":
            assert fact.status in statuses
            assert fact.evidence, fact.key
            for item in fact.evidence:
                assert item.quote.strip(), fact.key
                assert len(item.quote) <= 300, f"{fact.key}: quote too long"
                assert item.source and item.document, fact.key
                assert item.status in statuses


# -- the knowledge base in a real store -------------------------------------------------------


def test_required_entities_are_stored_and_found_by_english_and_dutch_names(embedded_store):
    entities, _ = _load(embedded_store)
    names = NameIndex.from_store(embedded_store)
    Protector(Vault.for_store(embedded_store)).add_names_to(names)  # as ingest resolves names
    for (type_name, name), (english, dutch) in REQUIRED.items():
        key = entity_key(type_name, name)
        assert stored(embedded_store, key) in entities, f"missing {type_name} {name!r}"
        for alias in (name, english, dutch):
            found = [stored(embedded_store, ref.key) for ref in names.find(alias, [type_name])]
            assert found == [stored(embedded_store, key)], f"{alias!r} resolves to {found}"
    for entity in entities.values():
        assert entity.sources, f"{entity.key} has no citation in the store"


def test_fifty_women_case_is_named_dated_and_counted(embedded_store):
    entities, rels = _load(embedded_store)
    fifty_women = stored(embedded_store, FIFTY_WOMEN)
    assert fifty_women.startswith("case:protected-person-")  # named after protected persons
    case = entities[fifty_women]
    labels = " | ".join([case.name, *case.aliases]).lower()
    assert "fifty women" in labels and "50 women" in labels and "jane does" not in labels
    assert case.properties["plaintiff_count"] == 50
    assert case.properties["kind"] == "civil"
    assert case.properties["filed"] == "2019-03-25"

    defendant = rels[("DEFENDANT_IN", SALESFORCE, fifty_women)]
    assert defendant.status == "alleged"
    assert (
        "Fifty women and girls have sued the software firm Salesforce"
        in defendant.evidence[0].quote
    )

    court = entity_key("Court", "Superior Court of California, County of San Francisco")
    assert rels[("HEARD_BY", fifty_women, court)].status == "established"
    plaintiffs = [s for (t, s, c) in rels if t == "PLAINTIFF_IN" and c == fifty_women]
    assert plaintiffs == [stored(embedded_store, entity_key("Person", "Jane Does 1-50"))]
    assert plaintiffs[0].startswith("person:protected-")
    assert entities[plaintiffs[0]].protected


def test_key_relationships_are_stored_with_evidence(embedded_store):
    _, rels = _load(embedded_store)

    serviced = rels[("SERVICED", SALESFORCE, BACKPAGE)]
    assert serviced.status == "established"
    assert "CRM" in serviced.properties["service"]
    assert serviced.date_from == "2013"
    assert {e.status for e in serviced.evidence} == {"established", "alleged"}

    assert rels[("PROMPTED", BACKPAGE, FOSTA)].status == "established"
    assert ("PROMPTED", BACKPAGE, entity_key("Law", "SESTA")) in rels

    amends = rels[("AMENDS", FOSTA, entity_key("Law", "Section 230"))]
    assert amends.status == "established" and amends.date_on == "2018-04-11"
    assert ("AMENDS", FOSTA, entity_key("Law", "18 U.S.C. § 1591")) in rels

    assert rels[("DEFENDANT_IN", entity_key("Vendor", "Visa"), FLEITES)].status == "alleged"
    assert ("DEFENDANT_IN", entity_key("Organization", "Aylo"), FLEITES) in rels

    lacey_case = entity_key("Case", "United States v. Lacey")
    for founder in ("Michael Lacey", "James Larkin"):
        person = entity_key("Person", founder)
        assert rels[("FOUNDED", person, BACKPAGE)].status == "established"
        assert rels[("DEFENDANT_IN", person, lacey_case)].status == "alleged"
    ferrer_plea = rels[
        (
            "DEFENDANT_IN",
            entity_key("Person", "Carl Ferrer"),
            entity_key("Case", "United States v. Ferrer"),
        )
    ]
    assert ferrer_plea.status == "established"

    for agency in ("U.S. Department of Justice", "Federal Bureau of Investigation"):
        shut = rels[("SHUT_DOWN", entity_key("Organization", agency), BACKPAGE)]
        assert shut.date_on == "2018-04-06"

    pornhub = entity_key("Platform", "Pornhub")
    assert ("OWNS", entity_key("Organization", "Aylo"), pornhub) in rels
    meta = entity_key("Organization", "Meta Platforms")
    assert ("OWNS", meta, entity_key("Platform", "Facebook")) in rels
    assert ("OWNS", meta, entity_key("Platform", "Instagram")) in rels
    for vendor in ("Visa", "Mastercard"):
        assert ("SERVICED", entity_key("Vendor", vendor), pornhub) in rels

    seventh = entity_key("Court", "United States Court of Appeals for the Seventh Circuit")
    gg = stored(embedded_store, entity_key("Case", "G.G. v. Salesforce.com, Inc."))
    assert ("HEARD_BY", gg, seventh) in rels and "g-g" not in gg
    assert rels[
        (
            "IN_JURISDICTION",
            entity_key("Law", "Digital Services Act"),
            entity_key("Jurisdiction", "European Union"),
        )
    ]
    assert rels[
        (
            "IN_JURISDICTION",
            entity_key("Law", "Online Safety Act 2023"),
            entity_key("Jurisdiction", "United Kingdom"),
        )
    ]


def test_plaintiffs_are_protected_and_every_edge_is_quoted(embedded_store):
    entities, rels = _load(embedded_store)
    plaintiffs = {s for (t, s, _) in rels if t == "PLAINTIFF_IN" and s.startswith("person:")}
    assert len(plaintiffs) >= 8
    for key in plaintiffs:
        assert entities[key].protected, f"{key} must be protected"
    for (type_name, _, _), rel in rels.items():
        assert rel.evidence and all(e.quote for e in rel.evidence), (type_name, rel.key)
        if type_name != "MENTIONS":
            assert rel.status in {"alleged", "established", "ruled"}


# -- the examples ----------------------------------------------------------------------------


def test_examples_ingest_cleanly_and_add_evidence(embedded_store):
    report = ingest(embedded_store, EXAMPLE_FILES)
    assert report.ok, report.skipped
    assert report.documents_read == len(EXAMPLE_FILES)
    rels = {(r.type, r.source, r.target): r for r in embedded_store.iter_relationships()}

    serviced = rels[("SERVICED", SALESFORCE, BACKPAGE)]
    assert serviced.status == "established"  # the strongest of its evidence
    quotes = [e.quote for e in serviced.evidence]
    assert "after it became a client of Salesforce in 2013" in quotes
    assert len(quotes) >= 4

    psi = entity_key("Organization", "Senate Permanent Subcommittee on Investigations")
    assert ("PROMPTED", psi, entity_key("Law", "SESTA")) in rels
    vvmh = entity_key("Organization", "Village Voice Media Holdings")
    assert rels[("OWNS", vvmh, BACKPAGE)].properties["share"] == "parent company"

    fifty_women = stored(embedded_store, FIFTY_WOMEN)
    case = embedded_store.fetch_entities("Case", [fifty_women])[fifty_women]
    assert any("Data News" in source for source in case.sources)

    again = ingest(embedded_store, EXAMPLE_FILES)
    assert again.ok and not again.reference_loaded
    assert again.summary.as_dict() == {
        "entities_added": 0,
        "entities_updated": 0,
        "relationships_added": 0,
        "relationships_updated": 0,
        "entities_removed": 0,
        "relationships_removed": 0,
        "documents_replaced": 0,
    }


def _shingles(text: str, size: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_text_of_the_seed_article_is_copied(seed_path):
    seed = _shingles(seed_path.read_text(encoding="utf-8"))
    assert seed
    ours = [*reference_files(), *EXAMPLE_FILES, EXAMPLES / "README.md"]
    for path in ours:
        copied = seed & _shingles(path.read_text(encoding="utf-8"))
        assert not copied, f"{path.name} repeats the seed article: {sorted(copied)[:3]}"


@pytest.mark.parametrize("path", reference_files(), ids=lambda p: p.name)
def test_reference_files_are_yaml_safe(path):
    import yaml

    assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)
