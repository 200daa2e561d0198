"""`exposure` stays right while the graph changes, on both stores: after entity updates,
document removal and replacement, deleted cases and deleted relationships. It reads counts
every write batch keeps on the nodes (ontology.COUNTS; neo4j_store.py, embedded.py), so
these tests also check those counts against the relationships themselves, and that a
store written before them is counted once. And
`cases_by_court` names a case's first 25 defendants and counts them all, and
`cases_against` its first 25 plaintiffs, on both stores."""

from __future__ import annotations

from collections import Counter

import pytest

from liability_graph.graph.documents import remove_documents
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.ontology import COUNTS, count_columns
from liability_graph.graph.store import Store, WriteBatch
from liability_graph.queries import run_named


def document(name: str, source: str, content_hash: str) -> Entity:
    return Entity("Document", name, key=f"document:{name}",
                  properties={"source": source, "content_hash": content_hash})  # fmt: skip


D1 = document("d1", "/tmp/one.txt", "1")
D2 = document("d2", "/tmp/two.txt", "1")
D2_EDITED = document("d2-edited", "/tmp/two.txt", "2")  # a new version of the same file
VENDOR = Entity("Vendor", "Hostco", origin="curated")
ALPHA = Entity("Platform", "Alpha board", origin="curated")
BETA = Entity("Platform", "Beta board", origin="curated")
CASES = [Entity("Case", f"State v. Party {i}", origin="curated") for i in range(3)]


def fact(rel_type: str, source: Entity, target: Entity, *documents: str) -> Relationship:
    evidence = [Evidence(d, f"{source.name} {rel_type} {target.name} per {d}.") for d in documents]
    return Relationship(rel_type, source.key, target.key, "alleged", evidence)


SERVES_ALPHA = fact("SERVICED", VENDOR, ALPHA, "document:d1")
SERVES_BETA = fact("SERVICED", VENDOR, BETA, "document:d1")
ALPHA_0 = fact("DEFENDANT_IN", ALPHA, CASES[0], "document:d1")
ALPHA_1 = fact("DEFENDANT_IN", ALPHA, CASES[1], "document:d1", "document:d2")
BETA_1 = fact("DEFENDANT_IN", BETA, CASES[1], "document:d2")
VENDOR_2 = fact("DEFENDANT_IN", VENDOR, CASES[2], "document:d2")


def exposure(store: Store) -> list[tuple]:
    rows = run_named(store, "exposure", {"limit": 0}).records()
    return [
        (r["vendor_id"], r["platform_cases"], r["platforms_sued"], r["own_cases"]) for r in rows
    ]


def kept_counts(store: Store) -> dict[str, list]:
    """The COUNTS (ontology.py) kept on the store's nodes, by id, for nodes with any."""
    if store.dialect == "neo4j":
        rows = store.read(
            "MATCH (n) WHERE " + " OR ".join(f"n.{c} IS NOT NULL" for c in COUNTS)
            + " RETURN n.id, [" + ", ".join(f"n.{c}" for c in COUNTS) + "]"
        ).rows  # fmt: skip
        return {key: counts for key, counts in rows}
    kept = {}
    for table, columns in count_columns(store.ontology).items():
        names = ", ".join(f"n.{c} AS {c}" for c in columns)
        for row in store.read(f"MATCH (n:`{table}`) RETURN n.id AS id, {names}").records():
            counts = [row.get(c) for c in COUNTS]
            if any(c is not None for c in counts):
                kept[row["id"]] = counts
    return kept


def stale_counts(store: Store) -> list:
    """Nodes whose kept counts differ from what their relationships say (0 is absent)."""
    cases = Counter(r.source for r in store.iter_relationships("DEFENDANT_IN"))
    real: dict[str, list] = {key: [n, None, None] for key, n in cases.items()}
    serviced: dict[str, list[int]] = {}
    for rel in store.iter_relationships("SERVICED"):
        serviced.setdefault(rel.source, []).append(cases[rel.target])
    for key, each in serviced.items():
        if sum(each):
            real.setdefault(key, [None, None, None])[1:] = [sum(each), sum(1 for c in each if c)]
    kept = kept_counts(store)
    return sorted(
        (key, kept.get(key), real.get(key))
        for key in set(kept) | set(real)
        if kept.get(key) != real.get(key)
    )


def test_exposure_follows_updates_removals_replacements_and_deletions(store):
    with store.writer() as writer:
        writer.add_all([D1, D2, VENDOR, ALPHA, BETA, *CASES, SERVES_ALPHA, SERVES_BETA,
                        ALPHA_0, ALPHA_1, BETA_1, VENDOR_2])  # fmt: skip
    assert exposure(store) == [(VENDOR.key, 3, 2, 1)]
    assert stale_counts(store) == []
    # The counts are lgraph's own: a node read back does not show them.
    (node,) = store.read("MATCH (n:`Platform` {id: $id}) RETURN n", {"id": ALPHA.key}).rows[0]
    assert node["name"] == "Alpha board" and not set(COUNTS) & set(node)

    # An entity written again (its properties replaced) keeps its count.
    renamed = Entity("Platform", "Alpha board", description="A board.", origin="curated")
    store.write_batch(WriteBatch(entities_changed=[renamed]))
    assert exposure(store) == [(VENDOR.key, 3, 2, 1)]
    assert stale_counts(store) == []

    # Removing d1 takes ALPHA_0 (its only evidence) and the vendor's SERVICED edges away;
    # ALPHA_1 stays on d2's evidence.
    remove_documents(store, ["document:d1"])
    assert exposure(store) == []
    with store.writer() as writer:
        writer.add_all([fact("SERVICED", VENDOR, ALPHA, "document:d2"),
                        fact("SERVICED", VENDOR, BETA, "document:d2")])  # fmt: skip
    assert exposure(store) == [(VENDOR.key, 2, 2, 1)]  # ALPHA_1 and BETA_1
    assert stale_counts(store) == []

    # A new version of d2 that supports only BETA_1 and the SERVICED edges replaces d2:
    # ALPHA_1 and VENDOR_2 lose their last evidence.
    with store.writer(replace_documents=True) as writer:
        writer.add_all([D2_EDITED, fact("DEFENDANT_IN", BETA, CASES[1], "document:d2-edited"),
                        fact("SERVICED", VENDOR, ALPHA, "document:d2-edited"),
                        fact("SERVICED", VENDOR, BETA, "document:d2-edited")])  # fmt: skip
    assert exposure(store) == [(VENDOR.key, 1, 1, 0)]
    assert stale_counts(store) == []

    # A deleted relationship, a deleted case, then a deleted platform take their counts
    # with them.
    with store.writer() as writer:
        writer.add_all([fact("DEFENDANT_IN", BETA, CASES[0], "document:d2-edited"),
                        fact("DEFENDANT_IN", VENDOR, CASES[0], "document:d2-edited")])  # fmt: skip
    assert exposure(store) == [(VENDOR.key, 2, 1, 1)]
    store.write_batch(WriteBatch(relationships_deleted=[fact("DEFENDANT_IN", VENDOR, CASES[0])]))
    assert exposure(store) == [(VENDOR.key, 2, 1, 0)]
    store.delete_entities([CASES[1].key])
    assert exposure(store) == [(VENDOR.key, 1, 1, 0)]
    assert stale_counts(store) == []
    store.delete_entities([BETA.key])  # the only serviced platform with a case left
    assert exposure(store) == []
    assert stale_counts(store) == []


@pytest.mark.neo4j
def test_a_neo4j_store_written_before_the_counts_gets_them(neo4j_store):
    from liability_graph.graph.neo4j_store import Neo4jStore

    with neo4j_store.writer() as writer:
        writer.add_all([D1, D2, VENDOR, ALPHA, BETA, *CASES, SERVES_ALPHA, SERVES_BETA,
                        ALPHA_0, ALPHA_1, BETA_1, VENDOR_2])  # fmt: skip
    settings = neo4j_store.settings
    from neo4j import GraphDatabase

    with GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        for statement in (
            "MATCH (n) REMOVE n.defendant_in_count, n.serviced_cases, n.serviced_sued",
            "MATCH (n:Case) SET n.defendant_in_count = 7, n.serviced_cases = 2",
            "DROP INDEX lgraph_entity_serviced_cases",
        ):
            d.execute_query(statement, database_=settings.database)
    assert stale_counts(neo4j_store)
    with Neo4jStore(settings, read_only=True) as reopened:  # counts once, as it migrates
        assert stale_counts(reopened) == []
        assert exposure(reopened) == [(VENDOR.key, 3, 2, 1)]


def test_an_embedded_store_written_before_the_counts_gets_them(tmp_path):
    from liability_graph.graph.embedded import COUNTING, EmbeddedStore

    with EmbeddedStore(tmp_path / "store") as store:
        with store.writer() as writer:
            writer.add_all([D1, D2, VENDOR, ALPHA, BETA, *CASES, SERVES_ALPHA, SERVES_BETA,
                            ALPHA_0, ALPHA_1, BETA_1, VENDOR_2])  # fmt: skip
        assert kept_counts(store)[ALPHA.key] == [2, None, None]
        for table, columns in count_columns(store.ontology).items():
            for column in columns:  # as a store written before the counts existed
                store._run(f"ALTER TABLE `{table}` DROP {column}")
    # Opening it to read adds the columns and counts them, once.
    with EmbeddedStore(tmp_path / "store", read_only=True) as reopened:
        assert stale_counts(reopened) == []
        assert exposure(reopened) == [(VENDOR.key, 3, 2, 1)]
    # A count cut short (its task still marked) is done again, whatever it left.
    with EmbeddedStore(tmp_path / "store") as store:
        store._run("MATCH (n:`Platform`) SET n.defendant_in_count = 7")
        store._run("MATCH (n:`Vendor`) SET n.serviced_cases = 2, n.serviced_sued = NULL")
        store._mark(COUNTING, True)
    with EmbeddedStore(tmp_path / "store", read_only=True) as reopened:
        assert not reopened.unfinished(COUNTING)
        assert stale_counts(reopened) == []
        assert exposure(reopened) == [(VENDOR.key, 3, 2, 1)]


def test_cases_by_court_names_the_first_defendants_and_counts_them_all(store):
    court = Entity("Court", "Hill County Court", origin="curated")
    crowded, small = (Entity("Case", f"In re {name}", properties={"filed": filed},
                             origin="curated") for name, filed in (("Crowd", "2001"), ("Two", "2002")))  # fmt: skip
    parties = [Entity("Platform", f"Board {i:02d}", origin="curated") for i in range(30)]
    facts = [D1, court, crowded, small, *parties,
             fact("HEARD_BY", crowded, court, "document:d1"),
             fact("HEARD_BY", small, court, "document:d1"),
             *(fact("DEFENDANT_IN", p, crowded, "document:d1") for p in reversed(parties)),
             *(fact("DEFENDANT_IN", p, small, "document:d1") for p in parties[7:9])]  # fmt: skip
    with store.writer() as writer:
        writer.add_all(facts)
    rows = run_named(store, "cases_by_court", {"court": "Hill County Court"}).records()
    assert [(r["case_id"], r["defendants"], r["defendant_count"]) for r in rows] == [
        (crowded.key, [f"Board {i:02d}" for i in range(25)], 30),
        (small.key, ["Board 07", "Board 08"], 2),
    ]


def test_cases_against_names_the_first_plaintiffs_and_counts_them_all(store):
    crowded, small = (Entity("Case", f"In re {name}", properties={"filed": filed},
                             origin="curated") for name, filed in (("Crowd", "2001"), ("Two", "2002")))  # fmt: skip
    plaintiffs = [Entity("Organization", f"Union {i:02d}", origin="curated") for i in range(30)]
    facts = [D1, ALPHA, crowded, small, *plaintiffs,
             fact("DEFENDANT_IN", ALPHA, crowded, "document:d1"),
             fact("DEFENDANT_IN", ALPHA, small, "document:d1"),
             *(fact("PLAINTIFF_IN", p, crowded, "document:d1") for p in reversed(plaintiffs)),
             *(fact("PLAINTIFF_IN", p, small, "document:d1") for p in plaintiffs[7:9])]  # fmt: skip
    with store.writer() as writer:
        writer.add_all(facts)
    rows = run_named(store, "cases_against", {"entity": "Alpha board"}).records()
    assert [(r["case_id"], r["plaintiffs"], r["plaintiff_count"]) for r in rows] == [
        (crowded.key, [f"Union {i:02d}" for i in range(25)], 30),
        (small.key, ["Union 07", "Union 08"], 2),
    ]
