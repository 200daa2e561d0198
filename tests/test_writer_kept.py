"""A Writer keeps the relationships it found stored and changed (Writer._kept), so a fact
that batch after batch states again is merged without being read back and decoded. What it
stores must be exactly what reading back would have given: the same evidence JSON, batch
after batch, and another write to the store in between must not be merged over."""

from __future__ import annotations

from dataclasses import replace

from liability_graph.graph import store as store_module
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.store import WriteBatch

VENDOR = Entity("Vendor", "Quillmoor Hosting")
PLATFORM = Entity("Platform", "Brackenfold Market")
OTHER = Entity("Platform", "Sallowby Lanes")


def serviced(platform: Entity, number: int) -> Relationship:
    """One more report that the vendor serviced `platform`: the n-th document's quote,
    with an integer confidence (JSON gives it back as a float) and no method."""
    quote = f"Filing {number} says Quillmoor Hosting kept {platform.name} online."
    item = Evidence(f"document:filing-{number}", quote, None, 4, 4 + len(quote), "", 1)
    return Relationship("SERVICED", VENDOR.key, platform.key, "alleged", [item])


def stored_evidence(store: EmbeddedStore) -> list[tuple[str, str]]:
    rows = store.read("MATCH ()-[r:SERVICED]->() RETURN r.key, r.evidence ORDER BY r.key").rows
    return [(key, text) for key, text in rows]


def write_batches(store: EmbeddedStore, batches: int) -> list[list[tuple[str, str]]]:
    """One writer, one flush per batch; each batch states both relationships again."""
    writer = store.writer(batch_size=10**6)
    writer.add_entity(VENDOR)
    writer.add_entity(PLATFORM)
    writer.add_entity(OTHER)
    after = []
    for number in range(batches):
        writer.add_relationship(serviced(PLATFORM, number))
        if number % 2:  # the other one every second batch
            writer.add_relationship(serviced(OTHER, number))
        writer.flush()
        after.append(stored_evidence(store))
    return after


def test_kept_relationships_store_what_reading_back_stores(tmp_path, monkeypatch):
    with EmbeddedStore(tmp_path / "kept") as store:
        kept = write_batches(store, 5)
    monkeypatch.setattr(store_module, "KEPT_EVIDENCE", 0)  # every batch reads them back
    with EmbeddedStore(tmp_path / "read") as store:
        read = write_batches(store, 5)
    assert kept == read  # the JSON text after every batch, not only the facts it decodes to
    last = dict(kept[-1])
    assert last[f"{VENDOR.key}-SERVICED->{PLATFORM.key}"].count("Filing") == 5
    assert '"confidence":1.0' in last[f"{VENDOR.key}-SERVICED->{OTHER.key}"]


def test_kept_relationships_are_not_read_back(tmp_path, monkeypatch):
    fetched: list[str] = []
    fetch = EmbeddedStore.fetch_relationships

    def counting(self, type_name, rels):
        fetched.extend(r.key for r in rels)
        return fetch(self, type_name, rels)

    monkeypatch.setattr(EmbeddedStore, "fetch_relationships", counting)
    with EmbeddedStore(tmp_path / "kept") as store:
        writer = store.writer(batch_size=10**6)
        writer.add_all([VENDOR, PLATFORM, serviced(PLATFORM, 0)])
        writer.flush()  # new
        writer.add_relationship(serviced(PLATFORM, 1))
        writer.flush()  # read back, changed, kept
        fetched.clear()
        writer.add_relationship(serviced(PLATFORM, 2))
        writer.flush()  # merged with the kept version
        assert fetched == []
        rel = next(store.iter_relationships("SERVICED"))
        assert [e.document for e in rel.evidence] == [f"document:filing-{n}" for n in range(3)]


def test_another_write_in_between_is_read_back(tmp_path):
    """What another batch wrote (a late victim's repair rewrites stored quotes this way) is
    what the next batch merges with, not the version the writer kept."""
    with EmbeddedStore(tmp_path / "kept") as store:
        writer = store.writer(batch_size=10**6)
        writer.add_all([VENDOR, PLATFORM, serviced(PLATFORM, 0)])
        writer.flush()
        writer.add_relationship(serviced(PLATFORM, 1))
        writer.flush()  # kept from here on
        stored = next(store.iter_relationships("SERVICED"))
        rewritten = [replace(e, quote=e.quote.replace("Quillmoor Hosting", "the host"))
                     for e in stored.evidence]  # fmt: skip
        stored.evidence = rewritten
        store.write_batch(WriteBatch(relationships_changed=[stored]))
        writer.add_relationship(serviced(PLATFORM, 2))
        writer.flush()
        quotes = [e.quote for e in next(store.iter_relationships("SERVICED")).evidence]
        assert quotes[:2] == [e.quote for e in rewritten]
        assert "the host kept" in quotes[0] and "Quillmoor Hosting kept" in quotes[2]


def test_a_merge_into_kept_identities_looks_at_the_new_evidence_only():
    """merged_with_all given the identities of a merged version's evidence (what a Writer
    keeps) merges as it does without them, and extends them with what it added."""
    first = serviced(PLATFORM, 0)
    first.status = "alleged"
    merged = first.merged_with_all([serviced(PLATFORM, 1)])  # a merge's result
    later = serviced(PLATFORM, 2)
    later.evidence[0].status = "established"
    repeat = serviced(PLATFORM, 1)
    seen = {e.identity() for e in merged.evidence}
    before = set(seen)
    kept_merge = merged.merged_with_all([later, repeat], seen=seen)
    plain = merged.merged_with_all([later, repeat])
    assert kept_merge == plain
    assert [e.document for e in plain.evidence][-1] == "document:filing-2"
    assert plain.status == "established"
    assert seen == before | {later.evidence[0].identity()}
