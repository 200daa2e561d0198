"""The Writer's per-batch shortcuts for bulk loads (graph/store.py): the endpoint check by
set operations, the merge that takes a group of all-new relationships whole, the key hashes
that tell a repeat, and the ontology's cache of key types. Each must give what the per-fact
way gave: the same errors, the same merges."""

from __future__ import annotations

import pickle

import pytest

from liability_graph.errors import OntologyError
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.ontology import load_ontology
from liability_graph.graph.store import KeyHashes

BROKERS = [Entity("Vendor", f"Quillmoor Brokerage {i}") for i in range(4)]
BOARDS = [Entity("Platform", f"Hollowreed Forum {i}") for i in range(3)]


def tie(source: Entity | str, target: Entity | str, note: str) -> Relationship:
    s = source if isinstance(source, str) else source.key
    t = target if isinstance(target, str) else target.key
    quote = f"Ledger line {note} puts {s} beside {t}."
    return Relationship("SERVICED", s, t, "alleged", [Evidence("document:ledger", quote)])


def test_missing_endpoints_are_named_sorted_and_only_those_missing(tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        with store.writer() as writer:
            writer.add_all([*BROKERS[:2], *BOARDS])  # stored before the batch
        writer = store.writer()
        ghosts = ["vendor:zz-ghost", "platform:aa-ghost", "vendor:mm-ghost"]
        writer.add_all(
            [
                BROKERS[2],  # in the batch
                tie(BROKERS[0], BOARDS[0], "1"),
                tie(BROKERS[2], BOARDS[1], "2"),
                tie(ghosts[0], BOARDS[2], "3"),
                tie(BROKERS[1], ghosts[1], "4"),
                tie(ghosts[2], ghosts[1], "5"),
            ]
        )
        with pytest.raises(OntologyError) as raised:
            writer.flush()
    assert str(raised.value) == (
        "3 relationship endpoint(s) are not stored entities: "
        "platform:aa-ghost, vendor:mm-ghost, vendor:zz-ghost"
    )


def test_all_new_groups_and_repeats_in_one_writer(tmp_path):
    """A second flush's group holds relationships new to a table that has rows (taken
    whole) beside one that repeats a stored one (merged): both must come out right."""
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer()
        writer.add_all([*BROKERS, *BOARDS, tie(BROKERS[0], BOARDS[0], "a")])
        writer.flush()
        writer.add_all([tie(BROKERS[0], BOARDS[0], "b"), tie(BROKERS[3], BOARDS[2], "c")])
        batch = writer.flush()
        rels = {r.key: sorted(e.quote for e in r.evidence) for r in store.iter_relationships()}
    assert [r.key for r in batch.relationships_new] == [tie(BROKERS[3], BOARDS[2], "c").key]
    assert [r.key for r in batch.relationships_changed] == [tie(BROKERS[0], BOARDS[0], "a").key]
    assert rels[tie(BROKERS[0], BOARDS[0], "a").key] == [
        f"Ledger line a puts {BROKERS[0].key} beside {BOARDS[0].key}.",
        f"Ledger line b puts {BROKERS[0].key} beside {BOARDS[0].key}.",
    ]
    assert len(rels) == 2


def test_key_hashes_find_repeats_among_many_and_keep_growing():
    hashes = KeyHashes()
    first = [tie(f"vendor:v{i}", f"platform:p{i}", "x") for i in range(5000)]
    assert hashes.holding(first) == []  # nothing held yet
    hashes.add([r.key for r in first])
    later = [tie(f"vendor:v{i}", f"platform:p{i}", "y") for i in range(4990, 5010)]
    assert [r.source for r in hashes.holding(later)] == [f"vendor:v{i}" for i in range(4990, 5000)]
    hashes.add([r.key for r in later[10:]])  # the held hashes can still grow after a look
    assert len(hashes) == 5010
    assert hashes.holding(later[15:]) == later[15:]
    assert hashes.holding([tie("vendor:none", "platform:none", "z")]) == []


def test_known_key_types_is_a_cache_that_pickling_leaves_out():
    ontology = load_ontology()
    assert ontology.known_key_types.get("vendor:quillmoor") is None
    assert ontology.type_of_key("vendor:quillmoor") == "Vendor"
    assert ontology.known_key_types["vendor:quillmoor"] == "Vendor"
    copy = pickle.loads(pickle.dumps(ontology))
    assert copy.known_key_types == {}
    assert copy.type_of_key("case:hollowreed") == "Case"
    assert copy.known_key_types == {"case:hollowreed": "Case"}


def test_stored_keys_are_copies_that_let_the_facts_go(tmp_path):
    """The Writer keeps the keys it wrote as strings of its own, not the facts' (so that the
    facts' memory goes with them), and still knows them: a later batch that names them as
    endpoints passes the check with no look-up, and a second writing of them is no change."""
    brokers = [Entity("Vendor", f"Quillmoor Brokerage {i}") for i in range(3)]
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer()
        writer.add_all([*brokers, *BOARDS])
        writer.flush()
        kept = {key: key for key in writer._stored_entities}
        for entity in [*brokers, *BOARDS]:
            assert kept[entity.key] == entity.key
            assert kept[entity.key] is not entity.key
        asked: list[str] = []
        existing = store.existing_entity_keys
        store.existing_entity_keys = lambda t, keys: asked.extend(keys) or existing(t, keys)
        writer.add_all([*brokers, tie(brokers[0], BOARDS[0], "a")])
        batch = writer.flush()
    assert asked == []
    assert [r.key for r in batch.relationships_new] == [tie(brokers[0], BOARDS[0], "a").key]
    assert batch.entities_new == [] and batch.entities_changed == []
