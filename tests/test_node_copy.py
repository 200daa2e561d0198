"""Bulk loads into empty node tables: the embedded store COPYs a batch's new nodes (and
their name-index rows) instead of creating them, in statements of their own before the
batch's transactions (EmbeddedStore._copy_new_nodes). The graph must be the one the
created nodes give, and a batch that fails after its nodes were COPYed, or whose node
COPY itself fails, must leave the store as before it and usable."""

from __future__ import annotations

import pyarrow as pa
import pytest

from liability_graph.errors import StoreError
from liability_graph.graph import embedded
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import (
    Entity,
    Evidence,
    Relationship,
    evidence_to_json,
    normalize_name,
)
from liability_graph.graph.ontology import load_ontology

VENDORS = [Entity("Vendor", f"Quillon Freight {i}", aliases=[f"QF-{i}"]) for i in range(8)]
PLATFORMS = [Entity("Platform", f"Marrowgate Forum {i}") for i in range(6)]
CASES = [Entity("Case", f"Ivo Brandt v. Quillon Freight {i}") for i in range(3)]


def link(kind: str, source: Entity, target: Entity) -> Relationship:
    quote = f"{source.name} kept {target.name} running, the ledger says."
    return Relationship(
        kind, source.key, target.key, "alleged", [Evidence("document:ledger", quote)]
    )


def facts() -> list:
    rels = [link("SERVICED", v, p) for v in VENDORS for p in PLATFORMS[::2]]
    rels += [link("DEFENDANT_IN", v, c) for v in VENDORS[:3] for c in CASES]
    return [*VENDORS, *PLATFORMS, *CASES, *rels]


class Recording(EmbeddedStore):
    """Remembers the COPY statements it ran; can make a later step or a node COPY fail."""

    fail_copy = False
    bad_nodes = False

    def _run(self, cypher, params=None):
        if cypher.startswith("COPY"):
            self.copies = [*getattr(self, "copies", []), cypher.split("`")[1]]
        return super()._run(cypher, params)

    def _copy_relationships(self, groups):
        if self.fail_copy and groups:
            raise StoreError("injected failure after the node COPY")
        super()._copy_relationships(groups)

    def _node_table(self, type_name, entities, lookups):
        table = super()._node_table(type_name, entities, lookups)
        if self.bad_nodes and type_name == "Platform":
            return pa.concat_tables([table, table.slice(0, 1)])  # a key twice: COPY fails
        return table


def load(store: EmbeddedStore) -> None:
    writer = store.writer(batch_size=10_000)
    writer.add_all(facts())
    writer.add_all([Entity("Platform", "Marrowgate Forum 0", aliases=["MGF"])])  # merged later
    writer.flush()


def graph(store: EmbeddedStore) -> tuple:
    nodes = sorted((e.key, e.name, tuple(e.aliases)) for e in store.iter_entities())
    rels = sorted(r.key for r in store.iter_relationships())
    names = [normalize_name(n) for n in ("QF-3", "Marrowgate Forum 5", "MGF", "Quillon Freight 1")]
    found = {n: [r["id"] for r in rows] for n, rows in store.find_by_names(names).items()}
    counts = store.read("MATCH (v:Vendor) RETURN v.id, v.defendant_in_count ORDER BY v.id").rows
    return nodes, rels, found, counts


@pytest.fixture
def expected(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "COPY_NODES_MIN_ROWS", 10**9)  # created, as before
    with Recording(tmp_path / "created") as store:
        load(store)
        assert not {"Vendor", "Platform", "Case"} & set(getattr(store, "copies", []))
        result = graph(store)
    monkeypatch.setattr(embedded, "COPY_NODES_MIN_ROWS", 1)
    return result


def test_copied_nodes_give_the_graph_of_created_ones(tmp_path, expected):
    with Recording(tmp_path / "copied") as store:
        load(store)
        assert {"Vendor", "Platform", "Case", embedded.NAME_INDEX} <= set(store.copies)
        assert graph(store) == expected
    with EmbeddedStore(tmp_path / "copied", read_only=True) as store:
        assert graph(store) == expected
    assert expected[2]["mgf"] == ["platform:marrowgate-forum-0"]
    assert expected[2]["qf-3"] == ["vendor:quillon-freight-3"]
    assert [row[1] for row in expected[3][:3]] == [3, 3, 3]


def test_a_batch_that_fails_after_its_node_copy_leaves_nothing(tmp_path, expected):
    with Recording(tmp_path / "store") as store:
        store.fail_copy = True
        with pytest.raises(StoreError, match="injected failure"):
            load(store)
        assert "Vendor" in store.copies
        counts = store.counts()
        assert not any(counts["nodes"].values()) and not any(counts["relationships"].values())
        assert store.read(f"MATCH (k:{embedded.NAME_INDEX}) RETURN count(k)").rows == [[0]]
        store.fail_copy = False
        load(store)  # created now: the tables were written to
        assert graph(store) == expected
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        assert graph(store) == expected


def test_a_failed_node_copy_leaves_the_store_as_before_and_usable(tmp_path, expected):
    with Recording(tmp_path / "store") as store:
        store.bad_nodes = True
        with pytest.raises(StoreError, match="duplicated primary key"):
            load(store)
        counts = store.counts()
        assert not any(counts["nodes"].values()) and not any(counts["relationships"].values())
        store.bad_nodes = False
        load(store)
        assert graph(store) == expected
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        assert graph(store) == expected


@pytest.mark.parametrize("max_text", [2**31 - 1, 300])
def test_the_evidence_column_holds_each_relationships_evidence_json(monkeypatch, max_text):
    """relationship_arrow_table writes the evidence JSON into one buffer (or, past what
    32-bit offsets address, as strings): the same text as evidence_to_json, also for
    quotes whose characters take several bytes."""
    monkeypatch.setattr(embedded, "_MAX_TEXT", max_text)
    rels = [link("SERVICED", v, p) for v in VENDORS[:3] for p in PLATFORMS[:2]]
    rels[1].evidence.append(Evidence("document:memo", "Zoë's café in Kōbe paid Quillon — 東京"))
    rels[4].evidence = [Evidence("document:memo", '"Quoted" \\ slash\nline', start=3, end=9)]
    table = embedded.relationship_arrow_table(load_ontology(), "SERVICED", rels)
    assert table.column("evidence").to_pylist() == [evidence_to_json(r.evidence) for r in rels]
    assert table.column("key").to_pylist() == [r.key for r in rels]
    assert "東京" in table.column("evidence")[1].as_py()
