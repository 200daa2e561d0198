"""The store contract, run unchanged against each backend (the `store` fixture: a fresh
embedded folder, then an emptied real Neo4j server). Every check reads the store back:
rows, counts by Cypher, quotes; nothing is mocked."""

from __future__ import annotations

import pytest

from liability_graph.errors import LiabilityGraphError, OntologyError, ReadOnlyError
from liability_graph.graph.model import (
    Entity,
    Evidence,
    Relationship,
    entity_key,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.store import Store, WriteBatch

ACME = Entity(
    "Vendor",
    "Acme Corp",
    aliases=["ACME", "Acmé Corporation"],
    description="Sells CRM software.",
    properties={"country": "US", "founded": 1999, "category": "CRM software"},
    sources=["https://example.org/acme"],
)
SITE = Entity("Platform", "Site", properties={"launched": "2004-04", "url": "https://site.test"})
CASE = Entity(
    "Case", "Doe v. Site", properties={"plaintiff_count": 3, "kind": "civil", "filed": "2018-06-01"}
)
DOE = Entity("Person", "Jane Doe 1", properties={"protected": True})
LAW = Entity("Law", "FOSTA", properties={"citation": "Pub. L. 115-164", "enacted": "2018-04-11"})


def evidence(document: str, quote: str, start: int | None = None, **extra) -> Evidence:
    end = None if start is None else start + len(quote)
    return Evidence(document, quote, f"https://example.org/{document}", start, end, **extra)


def serviced(*items: Evidence, status: str = "alleged", **extra) -> Relationship:
    return Relationship("SERVICED", ACME.key, SITE.key, status, list(items), **extra)


def write(store: Store, *facts, batch_size: int = 50_000):
    with store.writer(batch_size=batch_size) as writer:
        writer.add_all(facts)
    return writer.summary


def reopen(store: Store, read_only: bool = True) -> Store:
    """Another handle on the same graph (the embedded folder allows one handle at a time)."""
    from liability_graph.graph.embedded import EmbeddedStore
    from liability_graph.graph.neo4j_store import Neo4jStore

    if isinstance(store, EmbeddedStore):
        store.close()
        return EmbeddedStore(store.path, read_only=read_only)
    assert isinstance(store, Neo4jStore)
    return Neo4jStore(store.settings, read_only=read_only)


def cypher_count(store: Store, pattern: str) -> int:
    """Count with Cypher that both dialects accept, not with the tool's own bookkeeping."""
    return int(store.read(f"MATCH {pattern} RETURN count(*)").rows[0][0])


def duplicate_keys(store: Store) -> int:
    nodes = store.read("MATCH (n) WITH n.id AS k, count(*) AS c WHERE c > 1 RETURN count(*)")
    rels = store.read("MATCH ()-[r]->() WITH r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*)")
    return int(nodes.rows[0][0]) + int(rels.rows[0][0])


# -- entities and relationships ---------------------------------------------------------------


def test_entities_round_trip(store):
    write(store, ACME, SITE, CASE, DOE, LAW)
    found = store.fetch_entities("Vendor", [ACME.key, "vendor:absent"])
    assert list(found) == [ACME.key]
    acme = found[ACME.key]
    assert acme.name == "Acme Corp"
    assert acme.aliases == ["ACME", "Acmé Corporation"]
    assert acme.description == "Sells CRM software."
    assert acme.properties == {"country": "US", "founded": "1999", "category": "CRM software"}
    assert acme.sources == ["https://example.org/acme"]
    assert acme.lookup == ["acme corp", "acme", "acme corporation"]
    case = store.fetch_entities("Case", [CASE.key])[CASE.key]
    assert case.properties == {"plaintiff_count": 3, "kind": "civil", "filed": "2018-06-01"}
    assert store.fetch_entities("Person", [DOE.key])[DOE.key].properties == {"protected": True}
    assert store.existing_entity_keys("Platform", [SITE.key, "platform:nope"]) == {SITE.key}
    assert store.has_entities("Law") and not store.has_entities("Court")


def test_relationship_round_trip_with_evidence(store):
    quote = 'Acme "sold" its CRM to Site — for years.'
    rel = serviced(
        evidence("doc-1", quote, 120, method="curated", confidence=0.75, date="2013"),
        date_from="2013",
        date_to="2018-04",
        properties={"service": "CRM software"},
    )
    summary = write(store, ACME, SITE, rel)
    assert summary.relationships_added == 1
    stored = store.fetch_relationships("SERVICED", [rel])[rel.key]
    assert (stored.source, stored.target, stored.status) == (ACME.key, SITE.key, "alleged")
    assert (stored.date_on, stored.date_from, stored.date_to) == (None, "2013", "2018-04")
    assert stored.properties == {"service": "CRM software"}
    [item] = stored.evidence
    assert (item.document, item.quote, item.start, item.end) == (
        "doc-1",
        quote,
        120,
        120 + len(quote),
    )
    assert (item.method, item.confidence, item.status, item.date) == (
        "curated",
        0.75,
        "alleged",
        "2013",
    )
    # The evidence property is a JSON string, the same text in every store.
    raw = store.read("MATCH ()-[r:`SERVICED`]->() RETURN r.evidence, r.status, r.service").rows
    assert raw[0][1:] == ["alleged", "CRM software"]
    assert raw[0][0].startswith('[{"document":"doc-1"') and quote.replace('"', '\\"') in raw[0][0]
    assert store.has_relationships("SERVICED") and not store.has_relationships("OWNS")


def test_evidence_from_two_sources_merges_into_one_edge(store):
    write(store, ACME, SITE, serviced(evidence("news", "Acme served Site.", 10)))
    summary = write(
        store, serviced(evidence("ruling", "The court found Acme served Site.", 5), status="ruled")
    )
    assert summary.relationships_updated == 1 and summary.relationships_added == 0
    assert cypher_count(store, "()-[:`SERVICED`]->()") == 1
    [rel] = list(store.iter_relationships("SERVICED"))
    assert rel.status == "ruled"  # the strongest status among the evidence
    assert [(e.document, e.quote, e.status) for e in rel.evidence] == [
        ("news", "Acme served Site.", "alleged"),
        ("ruling", "The court found Acme served Site.", "ruled"),
    ]


def test_reingest_is_idempotent(store):
    facts = [
        ACME, SITE, CASE, LAW,
        serviced(evidence("a", "Acme served Site.")),
        Relationship("DEFENDANT_IN", SITE.key, CASE.key, "alleged", [evidence("b", "Site sued.")]),
        Relationship("PROMPTED", SITE.key, LAW.key, "established", [evidence("c", "Led to it.")]),
    ]  # fmt: skip
    first = write(store, *facts)
    assert (first.entities_added, first.relationships_added) == (4, 3)
    before = store.counts()
    again = write(store, *facts)
    assert again.as_dict() == dict.fromkeys(again.as_dict(), 0)
    assert store.counts() == before
    assert cypher_count(store, "(n)") == 4
    assert cypher_count(store, "()-[]->()") == 3
    assert duplicate_keys(store) == 0


def test_failed_batch_leaves_nothing(store):
    """One batch: valid new entities plus a relationship to an entity that is not stored.
    The store refuses the batch as a whole: not even the entities remain."""
    stray = Relationship(
        "SERVICED", ACME.key, "platform:nowhere", "alleged", [evidence("d", "Nowhere.")]
    )
    valid = [validate_entity(e, store.ontology) for e in (ACME, SITE)]
    batch = WriteBatch(
        entities_new=valid, relationships_new=[validate_relationship(stray, store.ontology)]
    )
    with pytest.raises(LiabilityGraphError):
        store.write_batch(batch)
    assert cypher_count(store, "(n)") == 0
    assert cypher_count(store, "()-[]->()") == 0
    # The Writer checks endpoints before writing, and the store is still usable after.
    with pytest.raises(OntologyError, match="platform:nowhere"), store.writer() as writer:
        writer.add_entity(ACME)
        writer.add_relationship(stray)
    write(store, ACME, SITE, serviced(evidence("a", "Acme served Site.")))
    assert (cypher_count(store, "(n)"), cypher_count(store, "()-[]->()")) == (2, 1)


def test_read_only_handle_refuses_writes(store):
    write(store, ACME, SITE)
    reader = reopen(store, read_only=True)
    try:
        with pytest.raises(ReadOnlyError):
            reader.query("CREATE (n:`Vendor` {id: 'vendor:intruder', name: 'Intruder'})")
        with pytest.raises(ReadOnlyError):
            reader.query("MATCH (n) DETACH DELETE n")
        with pytest.raises(ReadOnlyError):
            reader.writer()
        with pytest.raises(ReadOnlyError):
            reader.write_batch(WriteBatch(entities_new=[validate_entity(LAW, reader.ontology)]))
        rows = reader.query("MATCH (n:`Vendor`) RETURN n.id, n.name ORDER BY n.id").rows
        assert rows == [[ACME.key, "Acme Corp"]]
        assert cypher_count(reader, "(n)") == 2
    finally:
        reader.close()


def test_iteration_is_in_type_then_key_order(store):
    names = ["zeta", "Alpha", "mu", "Äpfel", "beta 2", "beta 10", "東京", "a-b", "a_b", "ab"]
    vendors = [Entity("Vendor", n) for n in names]
    platforms = [Entity("Platform", n) for n in names[:4]]
    rels = [
        Relationship("SERVICED", v.key, p.key, "alleged", [evidence("o", f"{v.name}/{p.name}")])
        for v in vendors
        for p in platforms
    ]
    write(store, *reversed(vendors + platforms), *reversed(rels), batch_size=7)
    entities = list(store.iter_entities())
    assert [e.type for e in entities] == ["Platform"] * 4 + ["Vendor"] * len(names)
    assert [e.key for e in entities] == sorted(p.key for p in platforms) + sorted(
        v.key for v in vendors
    )
    keys = [r.key for r in store.iter_relationships()]
    assert keys == sorted(r.key for r in rels)
    assert [e.key for e in store.iter_entities("Vendor")] == sorted(v.key for v in vendors)


def test_counts_per_type(store):
    write(store, ACME, SITE, CASE, DOE, serviced(evidence("a", "Acme served Site.")))
    counts = store.counts()
    assert set(counts["nodes"]) == set(store.ontology.node_types)
    assert {k: v for k, v in counts["nodes"].items() if v} == {
        "Vendor": 1,
        "Platform": 1,
        "Case": 1,
        "Person": 1,
    }
    assert {k: v for k, v in counts["relationships"].items() if v} == {"SERVICED": 1}
    assert not store.is_empty()


def test_delete_entities_removes_their_edges(store):
    write(store, ACME, SITE, CASE, serviced(evidence("a", "Acme served Site.")))
    store.delete_entities([ACME.key, "vendor:unknown"])
    assert cypher_count(store, "(n)") == 2
    assert cypher_count(store, "()-[]->()") == 0
    assert store.fetch_entities("Vendor", [ACME.key]) == {}


def test_batches_smaller_than_the_input(store):
    """Many flushes of a few facts each give the same graph as one."""
    vendors = [Entity("Vendor", f"Vendor {i:03d}") for i in range(40)]
    rels = [
        Relationship("SERVICED", v.key, SITE.key, "alleged", [evidence("x", f"{v.name} served.")])
        for v in vendors
    ]
    summary = write(store, SITE, *vendors, *rels, batch_size=3)
    assert (summary.entities_added, summary.relationships_added) == (41, 40)
    assert cypher_count(store, "()-[:`SERVICED`]->()") == 40
    assert duplicate_keys(store) == 0


# -- names built to break queries -----------------------------------------------------------------

HOSTILE_NAMES = [
    "O'Brien & Sons",
    'Say "hello"',
    "back`tick",
    "``double``",
    "`) DETACH DELETE n //",
    "close } brace",
    "{open: brace}",
    "$param",
    "$1 and $$",
    "// comment",
    "/* block */ comment",
    "' OR 1=1 --",
    '" OR ""="',
    "MATCH (n) DETACH DELETE n",
    "}) MATCH (m) DETACH DELETE m //",
    "'; DROP TABLE vendors; --",
    "Robert'); DROP TABLE Students;--",
    "back\\slash \\n not a newline",
    "line\nbreak",
    "tab\there",
    "<script>alert(1)</script>",
    "${jndi:ldap://x.test/a}",
    "{{7*7}}",
    "%s %d %n",
    "NULL",
    "None",
    "true",
    "Zoë Ñandú",
    "東京都",
    "Ελληνικά",
    "مرحبا",
    "emoji 🚀 rocket",
    "zero\u200bwidth",
    "right\u202eto-left",
    "a:b:c",
    "vendor:salesforce",
    "CALL dbms.security.createUser('x','y',false)",
    "RETURN 1; CREATE (x)",
    "   padded   ",
]


def test_hostile_names_are_plain_data(store):
    assert len(HOSTILE_NAMES) >= 30
    entities = [
        Entity("Organization", name, aliases=[f"{name} alias"], description=name)
        for name in HOSTILE_NAMES
    ]
    keys = [e.key for e in entities]
    assert len(set(keys)) == len(keys), "every name must give its own key"
    target = Entity("Platform", "Target'} RETURN 1 //")
    rels = [
        Relationship(
            "OWNS", e.key, target.key, "alleged", [evidence(f"doc {e.name}", f"{e.name} said")]
        )
        for e in entities
    ]
    write(store, target, *entities, *rels)

    assert cypher_count(store, "(n)") == len(HOSTILE_NAMES) + 1
    assert cypher_count(store, "()-[:`OWNS`]->()") == len(HOSTILE_NAMES)
    stored = store.fetch_entities("Organization", keys)
    for entity in entities:
        back = stored[entity.key]
        assert (back.name, back.description) == (entity.name, entity.description)
        assert back.aliases == entity.aliases
    by_source = {r.source: r for r in store.iter_relationships("OWNS")}
    for entity in entities:
        [item] = by_source[entity.key].evidence
        assert (item.document, item.quote) == (f"doc {entity.name}", f"{entity.name} said")
    # As query parameters too: each name finds exactly its own node.
    for entity in entities:
        rows = store.read("MATCH (n) WHERE n.name = $name RETURN n.id", {"name": entity.name}).rows
        assert rows == [[entity.key]]
    assert store.fetch_entities("Platform", [entity_key("Platform", target.name)])


# -- sync -------------------------------------------------------------------------------------


def test_sync_copies_a_graph_into_an_empty_store(store, tmp_path):
    from liability_graph.graph.embedded import EmbeddedStore
    from liability_graph.graph.sync import sync

    source = EmbeddedStore(tmp_path / "source")
    try:
        write(source, ACME, SITE, CASE, serviced(evidence("a", "Acme served Site.", 3)))
        summary = sync(source, store, batch_size=2)
        assert (summary.entities_added, summary.relationships_added) == (3, 1)
        assert list(store.iter_entities()) == list(source.iter_entities())
        assert list(store.iter_relationships()) == list(source.iter_relationships())
        again = sync(source, store)
        assert again.as_dict() == dict.fromkeys(again.as_dict(), 0)
    finally:
        source.close()
