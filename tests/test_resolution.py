"""Entity resolution: canonical forms, the Resolver's outcomes, and review decisions that are
stored in a real LadybugDB graph and survive a re-ingest of the same input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.errors import NotFoundError, ReadOnlyError
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import Entity, evidence_from_json
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.ingest import ingest
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.resolution import (
    ResolutionError,
    Resolver,
    canonical_form,
    similarity,
)
from liability_graph.loaders.review import (
    find_entity,
    mark_different,
    mark_same,
    pending_reviews,
    review_pairs,
)

# -- canonical forms -------------------------------------------------------------------

CANONICAL = [
    # companies (en)
    ("Salesforce", "Vendor", "salesforce"),
    ("Salesforce.com", "Vendor", "salesforce"),
    ("salesforce.com, inc.", "Vendor", "salesforce"),
    ("Salesforce, Inc.", "Vendor", "salesforce"),
    ("SALESFORCE CORPORATION", "Vendor", "salesforce"),
    ("www.backpage.com", "Platform", "backpage"),
    ("https://www.craigslist.org/", "Platform", "craigslist"),
    ("Backpage.com, LLC", "Organization", "backpage"),
    ("Village Voice Media Holdings, L.L.C.", "Organization", "village voice media holdings"),
    ("The Washington Post Company", "Organization", "washington post"),
    ("Johnson & Johnson Co.", "Vendor", "johnson and johnson"),
    ("McDonald’s Corp", "Vendor", "mcdonalds"),
    ("Wal-Mart Stores, Inc.", "Vendor", "walmart stores"),
    ("MindGeek S.à r.l.", "Organization", "mindgeek"),
    ("Visa Europe Ltd", "Vendor", "visa europe"),
    # companies (nl, be, de)
    ("Ahold Delhaize N.V.", "Vendor", "ahold delhaize"),
    ("Booking.com B.V.", "Platform", "booking"),
    ("Marktplaats.nl", "Platform", "marktplaats"),
    ("Stichting BREIN", "Organization", "brein"),
    ("Café Société GmbH", "Vendor", "cafe societe"),
    ("Proximus NV", "Vendor", "proximus"),
    # laws
    ("47 U.S.C. § 230", "Law", "47 usc 230"),
    ("Digital Services Act (DSA)", "Law", "digital services act"),
    (
        "Algemene verordening gegevensbescherming (AVG)",
        "Law",
        "algemene verordening gegevensbescherming",
    ),
    ("Verordening (EU) 2022/2065", "Law", "verordening eu 2022 2065"),
    ("Wet op de economische delicten", "Law", "wet op de economische delicten"),
    # courts (en, nl)
    (
        "U.S. Court of Appeals for the Ninth Circuit",
        "Court",
        "us court of appeals for the ninth circuit",
    ),
    ("Rechtbank Den Haag", "Court", "rechtbank den haag"),
    ("Gerechtshof 's-Hertogenbosch", "Court", "gerechtshof shertogenbosch"),
    ("Hoge Raad der Nederlanden", "Court", "hoge raad der nederlanden"),
    # cases
    ("Doe v. Backpage.com, LLC", "Case", "doe v backpage com"),
    ("Doe vs. Backpage.com LLC", "Case", "doe v backpage com"),
    ("Stichting BREIN tegen Ziggo B.V.", "Case", "stichting brein v ziggo"),
    # people: no legal forms, parentheticals kept
    ("Jane Doe (A.M.)", "Person", "jane doe am"),
    ("José  Ñúñez", "Person", "jose nunez"),
    # nothing left after stripping: the name stays
    ("Ltd", "Vendor", "ltd"),
]


@pytest.mark.parametrize(("name", "type_name", "expected"), CANONICAL)
def test_canonical_form(name, type_name, expected):
    assert canonical_form(name, type_name) == expected


def test_salesforce_spellings_are_one_canonical_form():
    spellings = ["Salesforce", "Salesforce.com", "salesforce.com, inc.", "Salesforce, Inc."]
    assert {canonical_form(s, "Vendor") for s in spellings} == {"salesforce"}
    assert {canonical_form(s) for s in spellings} == {"salesforce"}  # no type: company-like


def test_web_addresses_are_kept_for_non_company_types():
    assert canonical_form("Backpage.com", "Case") == "backpage com"
    assert canonical_form("Backpage.com", "Vendor") == "backpage"


def test_similarity_keeps_templates_apart_but_not_typos():
    assert similarity("salesforce", "salesforcee") == 95.2
    assert similarity("michael lacey", "michael lacy") == 88.9
    assert similarity("village voice media", "village voice media holdings") == 80.9
    fifth = "united states court of appeals for the fifth circuit"
    ninth = "united states court of appeals for the ninth circuit"
    assert similarity(fifth, ninth) == 60.0  # the plain ratio would be 96.2
    assert similarity("rechtbank amsterdam", "rechtbank rotterdam") == 66.7


# -- the resolver ------------------------------------------------------------------------


@pytest.fixture
def resolver() -> Resolver:
    names = NameIndex(
        [
            Entity("Vendor", "Salesforce", aliases=["Salesforce.com"]),
            Entity("Organization", "Village Voice Media"),
            Entity("Person", "Michael Lacey"),
            Entity("Person", "Jane Doe 1"),
            Entity("Law", "Platform Liability Act"),
            Entity("Court", "United States Court of Appeals for the Ninth Circuit"),
        ]
    )
    return Resolver(names)


def test_exact_canonical_fuzzy_and_new(resolver):
    exact = resolver.resolve("Vendor", "  SALESFORCE.COM ")
    assert (exact.key, exact.name, exact.score, exact.method) == (
        "vendor:salesforce",
        "Salesforce",
        100.0,
        "exact",
    )
    canonical = resolver.resolve("Vendor", "salesforce.com, inc.")
    assert (canonical.key, canonical.method, canonical.score) == (
        "vendor:salesforce",
        "canonical",
        100.0,
    )
    fuzzy = resolver.resolve("Vendor", "Salesforcee")
    assert (fuzzy.key, fuzzy.name, fuzzy.score, fuzzy.method) == (
        "vendor:salesforce",
        "Salesforce",
        95.2,
        "fuzzy",
    )
    law = resolver.resolve("Law", "Platform Liabilty Act")
    assert (law.key, law.score, law.method) == ("law:platform-liability-act", 94.1, "fuzzy")
    new = resolver.resolve("Vendor", "Oracle")
    assert (new.key, new.name, new.score, new.method) == (None, "Oracle", 0.0, "new")


def test_review_band_makes_a_new_entity_and_flags_the_pair(resolver):
    result = resolver.resolve("Person", "Michael Lacy")
    assert (result.key, result.name, result.score, result.method) == (
        None,
        "Michael Lacy",
        88.9,
        "new",
    )
    assert result.candidate == "person:michael-lacey"
    holdings = resolver.resolve("Organization", "Village Voice Media Holdings")
    assert (holdings.key, holdings.score, holdings.candidate) == (
        None,
        80.9,
        "organization:village-voice-media",
    )
    flagged = [(f.type, f.name, f.candidate, f.score) for f in resolver.flagged]
    assert flagged == [
        ("Person", "Michael Lacy", "person:michael-lacey", 88.9),
        ("Organization", "Village Voice Media Holdings", "organization:village-voice-media", 80.9),
    ]


def test_names_differing_in_numbers_or_template_words_stay_apart(resolver):
    assert resolver.resolve("Person", "Jane Doe 2").method == "new"
    fifth = resolver.resolve("Court", "United States Court of Appeals for the Fifth Circuit")
    assert (fifth.key, fifth.method, fifth.candidate) == (None, "new", None)


def test_types_are_not_mixed(resolver):
    result = resolver.resolve("Organization", "Salesforce")
    assert (result.key, result.method) == (None, "new")


def test_new_names_are_not_learnt_so_order_does_not_matter(resolver):
    # What a document yields must not depend on the documents read before it.
    first = resolver.resolve("Vendor", "Acme Payments Inc.")
    later = resolver.resolve("Vendor", "ACME PAYMENTS, LLC")
    assert (first.key, first.name, first.method) == (None, "Acme Payments Inc.", "new")
    assert (later.key, later.name, later.method) == (None, "ACME PAYMENTS, LLC", "new")


def test_anchors_of_a_curated_file_resolve_the_names_after_them(resolver):
    facts = resolver.resolve_facts(
        [
            Entity("Vendor", "Acme Payments", origin="curated"),
            Entity("Vendor", "Acme Payments, Inc.", aliases=["acmepay.com"], origin="curated"),
        ]
    )
    assert [(f.key, f.name, f.aliases) for f in facts] == [
        ("vendor:acme-payments", "Acme Payments", []),
        ("vendor:acme-payments", "Acme Payments", ["Acme Payments, Inc.", "acmepay.com"]),
    ]
    assert resolver.resolve("Vendor", "acmepay.com").key == "vendor:acme-payments"
    # Extracted entities are resolved but do not become anchors themselves.
    (extracted,) = resolver.resolve_facts([Entity("Vendor", "Paylink", origin="extracted")])
    assert extracted.key == "vendor:paylink"
    assert resolver.resolve("Vendor", "Paylink").method == "new"


def test_names_added_to_the_index_later_are_found(resolver):
    resolver.names.add(Entity("Platform", "Listings Board", aliases=["listingsboard.com"]))
    result = resolver.resolve("Platform", "www.listingsboard.com")
    assert (result.key, result.method) == ("platform:listings-board", "canonical")


def test_a_name_shared_by_two_entities_is_not_guessed():
    names = NameIndex(
        [
            Entity("Person", "Jane Doe (A.M.)", aliases=["anonymous plaintiff"]),
            Entity("Person", "Jane Doe (G.G.)", aliases=["anonymous plaintiff"]),
        ]
    )
    result = Resolver(names).resolve("Person", "Anonymous Plaintiff")
    assert (result.key, result.method) == (None, "new")


def test_a_different_decision_blocks_a_fuzzy_merge():
    names = NameIndex([Entity("Vendor", "Salesforce")])
    blocked = Resolver(names, {"vendor:salesforce": ["vendor:salesforcee"]})
    assert blocked.resolve("Vendor", "Salesforcee").method == "new"
    assert Resolver(names).resolve("Vendor", "Salesforcee").method == "fuzzy"


def test_review_pairs_score_closest_names_and_skip_generic_labels():
    people = [
        Entity("Person", f"Jane Doe ({initials})", aliases=["anonieme eiseres"])
        for initials in ("A.M.", "G.G.", "B.B.")
    ]
    companies = [
        Entity("Vendor", "Acme Payments Inc."),
        Entity("Organization", "Acme Paymants"),
        Entity("Organization", "Acme Payments LLC"),
        Entity("Organization", "Acme Payments Holdings"),  # 74.3: not listed
    ]
    pairs = [(p.a.key, p.b.key, p.score) for p in review_pairs(people + companies)]
    assert pairs == [
        ("organization:acme-payments-llc", "vendor:acme-payments-inc", 100.0),
        ("organization:acme-paymants", "organization:acme-payments-llc", 87.5),
        ("organization:acme-paymants", "vendor:acme-payments-inc", 87.5),
    ]
    # Two entities sharing an alias are a pair to review; three make it a generic label.
    assert [(p.a.key, p.b.key, p.score) for p in review_pairs(people[:2])] == [
        ("person:jane-doe-a-m", "person:jane-doe-g-g", 100.0)
    ]


# -- decisions against a real store ------------------------------------------------------

FACTS = """\
sources:
  article:
    title: Founders of the Listings Board
    url: https://example.org/article
    published: 2018-04
  complaint:
    title: Complaint in Roe v. Listings Board
    url: https://example.org/complaint
    published: 2019-03
entities:
  - {type: Platform, name: Listings Board}
  - {type: Person, name: Michael Lacey}
  - {type: Person, name: Michael Lacy}
  - {type: Organization, name: Village Voice Media}
  - {type: Organization, name: Village Voice Media Holdings}
  - {type: Vendor, name: Salesforce}
  - {type: Vendor, name: "salesforce.com, inc.", properties: {category: CRM software}}
  - {type: Law, name: Platform Liability Act}
  - {type: Law, name: Platform Liabilty Act}
relationships:
  - type: FOUNDED
    from: Michael Lacey
    to: Listings Board
    status: established
    quote: "Michael Lacey co-founded the Listings Board."
    source: article
  - type: FOUNDED
    from: Michael Lacy
    to: Listings Board
    status: alleged
    quote: "Defendant Michael Lacy founded the board."
    source: complaint
  - type: OWNS
    from: Village Voice Media
    to: Listings Board
    status: established
    quote: "Village Voice Media owned the board."
    source: article
  - type: OWNS
    from: Village Voice Media Holdings
    to: Listings Board
    status: alleged
    quote: "Village Voice Media Holdings controlled the board."
    source: complaint
  - type: SERVICED
    from: "salesforce.com, inc."
    to: Listings Board
    status: alleged
    quote: "Salesforce sold the board its CRM software."
    source: complaint
  - type: PROMPTED
    from: Listings Board
    to: Platform Liabilty Act
    status: established
    quote: "The board led lawmakers to pass the act."
    source: article
"""


@pytest.fixture
def facts(tmp_path) -> Path:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "facts.yaml").write_text(FACTS, encoding="utf-8")
    return folder


def _ingest(path: Path, folder: Path):
    with EmbeddedStore(path) as store:
        context = LoadContext(ontology=store.ontology)
        report = ingest(store, [folder], reference=False, context=context)
    assert report.ok, report.skipped
    return report, context


def _rows(path: Path, cypher: str, params: dict | None = None) -> list[list]:
    with EmbeddedStore(path, read_only=True) as store:
        return store.query(cypher, params).rows


def _pairs(path: Path) -> list[tuple[str, str, float]]:
    with EmbeddedStore(path, read_only=True) as store:
        return [(p.a.key, p.b.key, p.score) for p in pending_reviews(store)]


def test_ingest_resolves_canonical_and_fuzzy_names_and_flags_the_rest(tmp_path, facts):
    path = tmp_path / "graph"
    _, context = _ingest(path, facts)
    vendors = _rows(path, "MATCH (v:Vendor) RETURN v.id, v.aliases, v.category")
    assert vendors == [["vendor:salesforce", ["salesforce.com, inc."], "CRM software"]]
    assert _rows(path, "MATCH (v:Vendor)-[r:SERVICED]->(p:Platform) RETURN v.id, p.id") == [
        ["vendor:salesforce", "platform:listings-board"]
    ]
    laws = _rows(path, "MATCH (l:Law) RETURN l.id, l.aliases")
    assert laws == [["law:platform-liability-act", ["Platform Liabilty Act"]]]
    assert _rows(path, "MATCH (:Platform)-[r:PROMPTED]->(l:Law) RETURN l.id") == [
        ["law:platform-liability-act"]
    ]
    assert [(f.name, f.candidate, f.score) for f in context.resolver.flagged] == [
        ("Michael Lacy", "person:michael-lacey", 88.9),
        ("Village Voice Media Holdings", "organization:village-voice-media", 80.9),
    ]
    assert _pairs(path) == [
        ("person:michael-lacey", "person:michael-lacy", 88.9),
        ("organization:village-voice-media", "organization:village-voice-media-holdings", 80.9),
    ]


def test_same_merges_b_into_a_and_different_is_remembered_across_reingest(tmp_path, facts):
    path = tmp_path / "graph"
    _ingest(path, facts)
    counts_before = _rows(path, "MATCH (n) RETURN count(n)")[0][0]

    with EmbeddedStore(path) as store:
        merged = mark_same(store, "person:michael-lacey", "Michael Lacy")
        assert mark_different(store, "Village Voice Media", "Village Voice Media Holdings") == (
            "organization:village-voice-media",
            "organization:village-voice-media-holdings",
        )
    # B's FOUNDED edge and the complaint's MENTIONS edge moved to A.
    assert merged.as_dict() == {
        "kept": "person:michael-lacey",
        "removed": "person:michael-lacy",
        "relationships_moved": 2,
        "loops_dropped": 0,
        "aliases_added": ["Michael Lacy"],
    }
    assert _rows(path, "MATCH (n) RETURN count(n)")[0][0] == counts_before - 1
    assert _rows(path, "MATCH (p:Person) RETURN p.id, p.aliases") == [
        ["person:michael-lacey", ["Michael Lacy"]]
    ]
    gone = {"k": "person:michael-lacy"}
    assert _rows(path, "MATCH (p:Person {id: $k}) RETURN count(p)", gone) == [[0]]
    assert _rows(path, "MATCH (n {id: $k})-[r]-() RETURN count(r)", gone) == [[0]]
    founded = _rows(
        path, "MATCH (p:Person)-[r:FOUNDED]->(b:Platform) RETURN p.id, r.status, r.evidence"
    )
    assert len(founded) == 1
    person, status, evidence = founded[0]
    assert (person, status) == ("person:michael-lacey", "established")
    assert sorted(e.quote for e in evidence_from_json(evidence)) == [
        "Defendant Michael Lacy founded the board.",
        "Michael Lacey co-founded the Listings Board.",
    ]
    mentions = _rows(
        path,
        "MATCH (d:Document)-[r:MENTIONS]->(p:Person) RETURN d.url, p.id ORDER BY d.url",
    )
    assert mentions == [
        ["https://example.org/article", "person:michael-lacey"],
        ["https://example.org/complaint", "person:michael-lacey"],
    ]
    distinct = _rows(path, "MATCH (o:Organization) RETURN o.id, o.distinct_from ORDER BY o.id")
    assert distinct == [
        ["organization:village-voice-media", ["organization:village-voice-media-holdings"]],
        ["organization:village-voice-media-holdings", ["organization:village-voice-media"]],
    ]
    assert _pairs(path) == []

    # Re-ingest the very same file: "Michael Lacy" resolves to A, nothing is recreated.
    snapshot = _rows(path, "MATCH (n) RETURN n.id, n.aliases, n.distinct_from ORDER BY n.id")
    edges = _rows(path, "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id, r.evidence ORDER BY r.key")
    report, _ = _ingest(path, facts)
    assert report.summary.as_dict() == {
        "entities_added": 0,
        "entities_updated": 0,
        "relationships_added": 0,
        "relationships_updated": 0,
        "entities_removed": 0,
        "relationships_removed": 0,
        "documents_replaced": 0,
    }
    assert _rows(path, "MATCH (n) RETURN n.id, n.aliases, n.distinct_from ORDER BY n.id") == (
        snapshot
    )
    assert (
        _rows(path, "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id, r.evidence ORDER BY r.key")
        == edges
    )
    assert _pairs(path) == []


def test_a_fresh_resolver_reads_decisions_from_the_store(tmp_path, facts):
    path = tmp_path / "graph"
    _ingest(path, facts)
    with EmbeddedStore(path) as store:
        mark_different(store, "organization:village-voice-media", "Village Voice Media Holdings")
        resolver = Resolver.from_store(store)
    # The name of B resolves to B itself, and never fuzzily to A.
    holdings = resolver.resolve("Organization", "Village Voice Media Holdings")
    assert (holdings.key, holdings.method) == ("organization:village-voice-media-holdings", "exact")


def test_merging_refuses_types_whose_edges_do_not_fit(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "f.yaml").write_text(
        """\
entities:
  - {type: Organization, name: Acme Payments}
  - {type: Vendor, name: Acme Payments Inc.}
  - {type: Case, name: Acme Payments v. Roe}
  - {type: Person, name: Acme Payments}
relationships:
  - type: PLAINTIFF_IN
    from: {type: Organization, name: Acme Payments}
    to: Acme Payments v. Roe
    status: alleged
    quote: "Acme Payments sued Roe."
    source: https://example.org/suit
""",
        encoding="utf-8",
    )
    path = tmp_path / "graph"
    _ingest(path, facts)
    assert ("organization:acme-payments", "vendor:acme-payments-inc", 100.0) in _pairs(path)
    with EmbeddedStore(path) as store:
        with pytest.raises(ResolutionError, match="PLAINTIFF_IN cannot go from Vendor to Case"):
            mark_same(store, "vendor:acme-payments-inc", "organization:acme-payments")
        with pytest.raises(ResolutionError, match="only entities of the same type"):
            mark_same(store, "person:acme-payments", "organization:acme-payments")
        with pytest.raises(NotFoundError, match="names 2 entities"):
            find_entity(store, "Acme Payments")
        with pytest.raises(NotFoundError):
            find_entity(store, "vendor:nobody")
    assert _rows(path, "MATCH (o:Organization)-[r:PLAINTIFF_IN]->(c:`Case`) RETURN o.id") == [
        ["organization:acme-payments"]
    ]


def test_delete_entities_detaches_and_ignores_unknown_keys(embedded_store, tmp_path, facts):
    ingest(embedded_store, [facts], reference=False)
    embedded_store.delete_entities(["person:michael-lacy", "person:nobody"])
    assert embedded_store.fetch_entities("Person", ["person:michael-lacy"]) == {}
    assert not any(
        "person:michael-lacy" in (r.source, r.target) for r in embedded_store.iter_relationships()
    )
    assert embedded_store.fetch_entities("Person", ["person:michael-lacey"])


def test_delete_entities_is_refused_read_only(tmp_path, facts):
    path = tmp_path / "graph"
    _ingest(path, facts)
    with EmbeddedStore(path, read_only=True) as store, pytest.raises(ReadOnlyError):
        store.delete_entities(["person:michael-lacy"])


def test_distinct_from_round_trips_and_merges(embedded_store):
    a = Entity("Vendor", "Acme", distinct_from=["vendor:acme-2", "vendor:acme", "vendor:acme-2"])
    assert a.distinct_from == ["vendor:acme-2"]
    with embedded_store.writer() as writer:
        writer.add_entity(a)
    stored = embedded_store.fetch_entities("Vendor", ["vendor:acme"])["vendor:acme"]
    assert stored.distinct_from == ["vendor:acme-2"]
    merged = stored.merged_with(Entity("Vendor", "Acme", distinct_from=["vendor:acme-3"]))
    assert merged.distinct_from == ["vendor:acme-2", "vendor:acme-3"]
    assert not merged.same_content(stored)


# -- the command line ------------------------------------------------------------------


def test_review_command_lists_and_records_decisions(tmp_path, facts):
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    result = runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(facts)])
    assert result.exit_code == 0, result.output

    listed = runner.invoke(cli, ["--store", spec, "review", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    pairs = json.loads(listed.output)
    assert [(p["a"], p["b"], p["score"], p["a_type"], p["b_type"]) for p in pairs] == [
        ("person:michael-lacey", "person:michael-lacy", 88.9, "Person", "Person"),
        (
            "organization:village-voice-media",
            "organization:village-voice-media-holdings",
            80.9,
            "Organization",
            "Organization",
        ),
    ]
    assert pairs[0]["b_names"] == ["Michael Lacy"]

    table = runner.invoke(cli, ["--store", spec, "review", "--type", "Person"])
    assert table.exit_code == 0
    assert "person:michael-lacy" in table.output and "village" not in table.output

    same = runner.invoke(
        cli, ["--store", spec, "review", "--same", "Michael Lacey", "Michael Lacy"]
    )
    assert same.exit_code == 0, same.output
    assert "Merged person:michael-lacy into person:michael-lacey" in same.output
    different = runner.invoke(
        cli,
        [
            "--store",
            spec,
            "review",
            "--different",
            "Village Voice Media",
            "Village Voice Media Holdings",
        ],
    )
    assert different.exit_code == 0, different.output

    after = runner.invoke(cli, ["--store", spec, "review", "--format", "json"])
    assert json.loads(after.output) == []
    again = runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(facts)])
    assert "Entities: 0 added, 0 updated" in again.output
    assert (
        json.loads(runner.invoke(cli, ["--store", spec, "review", "--format", "json"]).output) == []
    )

    unknown = runner.invoke(cli, ["--store", spec, "review", "--same", "Michael Lacey", "Nobody"])
    assert unknown.exit_code == 1
    assert "no entity named 'Nobody'" in unknown.output


# -- the same decisions on Neo4j ----------------------------------------------------------


# The `neo4j_store` fixture (tests/conftest.py) gives an emptied database on the test server.


@pytest.mark.neo4j
def test_decisions_on_neo4j_survive_reingest(neo4j_store, facts):
    store = neo4j_store
    assert ingest(store, [facts], reference=False).ok
    assert [(p.a.key, p.b.key, p.score) for p in pending_reviews(store)] == [
        ("person:michael-lacey", "person:michael-lacy", 88.9),
        ("organization:village-voice-media", "organization:village-voice-media-holdings", 80.9),
    ]
    merged = mark_same(store, "Michael Lacey", "person:michael-lacy")
    assert (merged.relationships_moved, merged.loops_dropped) == (2, 0)
    mark_different(store, "Village Voice Media", "Village Voice Media Holdings")
    assert pending_reviews(store) == []

    report = ingest(store, [facts], reference=False)
    assert report.ok and report.summary.entities_added == 0
    assert report.summary.relationships_added == 0
    assert pending_reviews(store) == []
    people = list(store.iter_entities("Person"))
    assert [(p.key, p.aliases) for p in people] == [("person:michael-lacey", ["Michael Lacy"])]
    founded = list(store.iter_relationships("FOUNDED"))
    assert [(r.source, len(r.evidence)) for r in founded] == [("person:michael-lacey", 2)]
    holdings = store.fetch_entities("Organization", ["organization:village-voice-media-holdings"])
    assert holdings["organization:village-voice-media-holdings"].distinct_from == [
        "organization:village-voice-media"
    ]


def test_merging_extracted_entities_makes_the_keeper_an_anchor(embedded_store):
    with embedded_store.writer() as writer:
        writer.add_entity(Entity("Vendor", "Acme Cloud Services", origin="extracted"))
        writer.add_entity(Entity("Vendor", "Acme Cloud Servics", origin="extracted"))
    assert len(NameIndex.from_store(embedded_store)) == 0  # extracted names anchor nothing
    mark_same(embedded_store, "Acme Cloud Services", "Acme Cloud Servics")
    kept = embedded_store.fetch_entities("Vendor", ["vendor:acme-cloud-services"])
    assert kept["vendor:acme-cloud-services"].origin == "curated"
    resolved = Resolver.from_store(embedded_store).resolve("Vendor", "ACME CLOUD SERVICS")
    assert (resolved.key, resolved.method) == ("vendor:acme-cloud-services", "exact")


def test_review_hides_protected_names_unless_revealed(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "victims.yaml").write_text(
        """\
entities:
  - {type: Person, name: Janet Roe, properties: {protected: true}}
  - {type: Person, name: Janett Roe, properties: {protected: true}}
""",
        encoding="utf-8",
    )
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    assert (
        runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(facts)]).exit_code == 0
    )
    # The store holds only pseudonyms: nothing to compare, nothing shown.
    hidden = json.loads(runner.invoke(cli, ["--store", spec, "review", "--format", "json"]).output)
    assert hidden == []
    table = runner.invoke(cli, ["--store", spec, "review"]).output
    assert "Roe" not in table and "roe" not in table
    # With the vault, the real names are compared and shown; the keys stay opaque.
    shown = runner.invoke(
        cli, ["--store", spec, "review", "--format", "json", "--reveal-protected"]
    )
    [pair] = json.loads(shown.output)
    assert pair["score"] == 90.9
    assert {pair["a_name"], pair["b_name"]} == {"Janet Roe", "Janett Roe"}
    assert all(k.startswith("person:protected-") for k in (pair["a"], pair["b"]))


def test_a_new_name_keeps_its_own_spelling_after_another_was_cached(resolver):
    """The cache is keyed by the normalised name; a new name met again in another spelling
    keeps that spelling, so what a document yields does not depend on what came before."""
    first = resolver.resolve("Platform", "PinTrail")
    again = resolver.resolve("Platform", "Pintrail")
    assert (first.key, first.name, first.method) == (None, "PinTrail", "new")
    assert (again.key, again.name, again.method) == (None, "Pintrail", "new")
    known = resolver.resolve("Vendor", "salesforce")
    assert (known.key, known.name) == ("vendor:salesforce", "Salesforce")
