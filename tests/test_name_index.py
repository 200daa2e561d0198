"""Name look-ups stay right while entities change, on both stores; on the embedded store they
read the name index (embedded.NAME_INDEX), which the writer keeps in the transaction of every
entity write: these tests compare it with the nodes' own lookup forms after each kind of
write, so they fail when a write path stops keeping it. Also: a store written before the
index gets it once (and again if the build was cut short), and bare node patterns
(`MATCH (n)`) never see the index's nodes."""

from __future__ import annotations

import ladybug
import pytest

from liability_graph.graph.cypher_text import label_bare_nodes
from liability_graph.graph.documents import remove_documents
from liability_graph.graph.embedded import INDEXING, NAME_INDEX, EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.store import Store, WriteBatch


def document(name: str, source: str, content_hash: str) -> Entity:
    return Entity("Document", name, key=f"document:{name}",
                  properties={"source": source, "content_hash": content_hash})  # fmt: skip


PAPER = document("paper", "/tmp/paper.txt", "1")
PAPER_NEW = document("paper-new", "/tmp/paper.txt", "2")  # a new version of the same file
HOST = Entity("Vendor", "Hostwerk Ltd", aliases=["Hostwerk"], origin="curated")
BOARD = Entity("Platform", "Élan Board", origin="curated")
FOUND = Entity("Platform", "Quietmarket")  # extracted: goes with its last evidence


def serviced(target: Entity, doc: str) -> Relationship:
    quote = f"{HOST.name} hosted {target.name} for years."
    return Relationship("SERVICED", HOST.key, target.key, "alleged", [Evidence(doc, quote)])


def found(store: Store, name: str) -> list[tuple[str, str]]:
    return [(row["id"], row["name"]) for row in store.find_by_name(name)]


def index_rows(store: Store) -> dict[str, list[str]] | None:
    """The embedded store's name index, by form (None on Neo4j, which has its own indexes)."""
    if store.dialect != "ladybug":
        return None
    rows = store._run(f"MATCH (k:`{NAME_INDEX}`) RETURN k.lookup_form, k.entity_ids").rows
    return {form: sorted(ids) for form, ids in rows}


def nodes_forms(store: Store) -> dict[str, list[str]] | None:
    """What the index must hold: each lookup form of a stored node, with the nodes holding it."""
    if store.dialect != "ladybug":
        return None
    wanted: dict[str, list[str]] = {}
    for entity in store.iter_entities():
        for form in entity.lookup:
            wanted.setdefault(form, []).append(entity.key)
    return {form: sorted(keys) for form, keys in wanted.items()}


def test_the_index_follows_every_kind_of_entity_write(store):
    with store.writer() as writer:
        writer.add_all([PAPER, HOST, BOARD, FOUND, serviced(BOARD, PAPER.key),
                        serviced(FOUND, PAPER.key)])  # fmt: skip
    assert found(store, "elan board") == [(BOARD.key, "Élan Board")]
    assert found(store, "hostwerk") == [(HOST.key, "Hostwerk Ltd")]
    assert index_rows(store) == nodes_forms(store)

    # Renamed aliases: the old alias stops finding it, the new one finds it.
    renamed = Entity("Vendor", "Hostwerk Ltd", aliases=["HW Hosting"], origin="curated")
    store.write_batch(WriteBatch(entities_changed=[renamed]))
    assert found(store, "hostwerk") == []
    assert found(store, "hw hosting") == [(HOST.key, "Hostwerk Ltd")]
    assert index_rows(store) == nodes_forms(store)

    # A merge through the writer: the second spelling becomes an alias of the stored one.
    with store.writer() as writer:
        writer.add_all([Entity("Platform", "Élan Board", aliases=["Elan Forum"], origin="curated")])
    assert found(store, "elan forum") == [(BOARD.key, "Élan Board")]
    assert index_rows(store) == nodes_forms(store)

    # Replacing the document drops the extracted platform it alone supported.
    with store.writer(replace_documents=True) as writer:
        writer.add_all([PAPER_NEW, serviced(BOARD, PAPER_NEW.key)])
    assert found(store, "quietmarket") == []
    assert found(store, "elan board") == [(BOARD.key, "Élan Board")]
    assert index_rows(store) == nodes_forms(store)

    # Removing it, then deleting an entity.
    with store.writer() as writer:
        writer.add_all([FOUND, serviced(FOUND, PAPER_NEW.key)])
    assert found(store, "quietmarket") == [(FOUND.key, "Quietmarket")]
    remove_documents(store, [PAPER_NEW.key])
    assert found(store, "quietmarket") == []
    store.delete_entities([BOARD.key])
    assert found(store, "elan forum") == []
    assert index_rows(store) == nodes_forms(store)
    assert cypher_nodes(store) == len(list(store.iter_entities()))


def cypher_nodes(store: Store) -> int:
    return int(store.read("MATCH (n) RETURN count(*)").rows[0][0])


def test_a_failed_batch_leaves_the_index_as_it_was(tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        store.write_batch(WriteBatch(entities_new=[HOST]))
        before = index_rows(store)
        broken = Relationship("SERVICED", HOST.key, "platform:nowhere", "alleged", [])
        with pytest.raises(Exception):  # noqa: B017 - whatever the engine raises
            store.write_batch(WriteBatch(entities_new=[BOARD], relationships_new=[broken]))
        assert index_rows(store) == before == nodes_forms(store)
        assert found(store, "elan board") == []
        # The rolled-back index row can be written again.
        store.write_batch(WriteBatch(entities_new=[BOARD]))
        assert found(store, "elan board") == [(BOARD.key, "Élan Board")]
        assert index_rows(store) == nodes_forms(store)


def test_a_store_written_before_the_index_gets_it_once(tmp_path):
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.write_batch(WriteBatch(entities_new=[HOST, BOARD, FOUND]))
        wanted = nodes_forms(store)
    db = ladybug.Database(str(path / "graph.lbdb"))
    ladybug.Connection(db).execute(f"DROP TABLE `{NAME_INDEX}`")
    db.close()
    with EmbeddedStore(path, read_only=True) as reopened:  # builds it as it migrates
        assert reopened._name_index
        assert index_rows(reopened) == wanted
        assert found(reopened, "hostwerk") == [(HOST.key, "Hostwerk Ltd")]
        assert not reopened.unfinished(INDEXING)
    # A build cut short (marked unfinished, half written) is done again.
    with EmbeddedStore(path) as store:
        store._mark(INDEXING, True)
        store._run(f"MATCH (k:`{NAME_INDEX}`) WHERE k.lookup_form = 'hostwerk' DELETE k")
    with EmbeddedStore(path, read_only=True) as reopened:
        assert index_rows(reopened) == wanted
        assert not reopened.unfinished(INDEXING)


@pytest.mark.parametrize(
    ("written", "labelled"),
    [
        ("MATCH (n) RETURN n", "MATCH (n:`A`:`B`) RETURN n"),
        (
            "MATCH p = (n {id: 'x'}), (m) RETURN p",
            "MATCH p = (n:`A`:`B` {id: 'x'}), (m:`A`:`B`) RETURN p",
        ),
        ("OPTIONAL MATCH () RETURN 1", "OPTIONAL MATCH (:`A`:`B`) RETURN 1"),
        # Left as written: a relationship's end, a label, a bound variable, expressions.
        ("MATCH (a)-[r]->(b) RETURN count((a))", "MATCH (a)-[r]->(b) RETURN count((a))"),
        ("MATCH (n:A) MATCH (n) RETURN n", "MATCH (n:A) MATCH (n) RETURN n"),
        ("MATCH (n) WITH n, (n.x) AS y RETURN y", "MATCH (n:`A`:`B`) WITH n, (n.x) AS y RETURN y"),
        ("RETURN (1) + 2", "RETURN (1) + 2"),
    ],
)
def test_bare_node_patterns_are_labelled(written, labelled):
    assert label_bare_nodes(written, ["A", "B"]) == labelled
