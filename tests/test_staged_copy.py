"""Bulk loads into empty relationship tables: the embedded store stages each batch's new
relationships on disk and COPYs them once per table (graph/staging.py). The graph must be
the one the per-batch COPYs give, reads in between must see every relationship, merges
across batches must hold, and a failed batch must leave none of its rows behind."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest

from liability_graph.errors import StoreError
from liability_graph.graph import embedded
from liability_graph.graph.embedded import UNCHECKED_COPIES, EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.staging import STAGING_DIR

VENDORS = [Entity("Vendor", f"Larkspur Relay {i}") for i in range(6)]
PLATFORMS = [Entity("Platform", f"Ninefold Board {i}") for i in range(5)]
CASES = [Entity("Case", f"Tamsin Ode v. Larkspur Relay {i}") for i in range(3)]


def link(kind: str, source: Entity, target: Entity, note: str) -> Relationship:
    quote = f"{source.name} and {target.name} were tied together ({note})."
    return Relationship(
        kind, source.key, target.key, "alleged", [Evidence("document:ledger", quote)]
    )


def facts(round_: int) -> list:
    """Entities, then SERVICED and DEFENDANT_IN links; round 1 repeats some of round 0's."""
    rels = [link("SERVICED", v, p, f"r{round_}") for v in VENDORS for p in PLATFORMS[round_ % 2 :]]
    rels += [link("DEFENDANT_IN", v, c, f"r{round_}") for v in VENDORS[::2] for c in CASES]
    return [*VENDORS, *PLATFORMS, *CASES, *rels]


def graph(store: EmbeddedStore) -> tuple:
    rels = sorted((r.key, r.status, tuple(e.quote for e in r.evidence))
                  for r in store.iter_relationships())  # fmt: skip
    counts = store.read(
        "MATCH (v:Vendor) RETURN v.id, v.defendant_in_count, v.serviced_cases, v.serviced_sued "
        "ORDER BY v.id"
    ).rows
    return store.counts(), rels, counts


def load(store: EmbeddedStore, rounds: int = 2) -> None:
    for round_ in range(rounds):
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(round_))
        writer.flush()


def staged_files(store: EmbeddedStore) -> list[str]:
    return sorted(p.name for p in (store.path / STAGING_DIR).rglob("*.parquet"))


def test_staged_load_gives_the_graph_of_per_batch_copies(tmp_path, monkeypatch):
    with EmbeddedStore(tmp_path / "direct") as store:
        load(store)
        expected = graph(store)
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with EmbeddedStore(tmp_path / "staged") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert len(staged_files(store)) == 2  # a file per table: SERVICED, DEFENDANT_IN
        assert store.unfinished(UNCHECKED_COPIES)
        load(store)  # round 0 again, then round 1: merged with what is staged
        assert graph(store) == expected
        assert staged_files(store) == []
    with EmbeddedStore(tmp_path / "staged", read_only=True) as store:
        assert graph(store) == expected
    assert expected[0]["relationships"]["SERVICED"] == 30
    assert {row[1] for row in expected[2]} == {3, None}


def test_a_read_between_batches_sees_the_staged_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert staged_files(store)
        counts = store.counts()
        assert counts["relationships"] == {
            **counts["relationships"],
            "SERVICED": 30,
            "DEFENDANT_IN": 9,
        }
        assert staged_files(store) == []
        defendants = store.read("MATCH (v:Vendor) WHERE v.defendant_in_count = 3 RETURN v.id").rows
        assert len(defendants) == 3


class FailingIndex(EmbeddedStore):
    """A real store whose batch fails after its relationships were staged."""

    fail = False

    def _reindex(self, old, new):
        if self.fail:
            raise StoreError("injected failure after staging")
        super()._reindex(old, new)


def test_a_failed_batch_leaves_no_staged_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with FailingIndex(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0)[: len(VENDORS) + len(PLATFORMS) + len(CASES) + 30])  # SERVICED
        writer.flush()
        kept = staged_files(store)
        store.fail = True
        writer.add_all([Entity("Case", "Odile Marsh v. Larkspur Relay 0")])
        writer.add_all(
            [r for r in facts(0) if isinstance(r, Relationship) and r.type != "SERVICED"]
        )
        with pytest.raises(StoreError, match="injected failure"):
            writer.flush()
        assert staged_files(store) == kept
        store.fail = False
        counts = store.counts()
    assert counts["relationships"]["SERVICED"] == 30
    assert counts["relationships"]["DEFENDANT_IN"] == 0 and counts["nodes"]["Case"] == 3


class FailingCopy(EmbeddedStore):
    """A real store whose COPY of one relationship table fails while `fail` is set."""

    fail: str | None = None

    def _copy_files(self, type_name, options, files):
        if type_name == self.fail:
            raise StoreError("injected COPY failure")
        super()._copy_files(type_name, options, files)


def test_a_failed_copy_keeps_its_table_staged_and_stores_the_others(tmp_path, monkeypatch):
    """Batches already accepted are never dropped with a table that failed to COPY: the
    other tables go in, the failed one stays staged and goes in at the next settle."""
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with EmbeddedStore(tmp_path / "direct") as store:
        load(store, rounds=1)
        expected = graph(store)
    with FailingCopy(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert len(staged_files(store)) == 2
        store.fail = "DEFENDANT_IN"
        with pytest.raises(
            StoreError, match=r"9 relationships of earlier batches \(DEFENDANT_IN\)"
        ):
            store.counts()
        assert len(staged_files(store)) == 1  # SERVICED went in; DEFENDANT_IN waits
        # (a read settles first, and would fail again: the engine is asked directly)
        stored = store._run("MATCH ()-[r]->() RETURN label(r), count(r) ORDER BY label(r)").rows
        assert stored == [["SERVICED", 30]]
        store.fail = None
        assert graph(store) == expected
        assert staged_files(store) == []
        writer.add_all(facts(1))  # a table whose files were kept takes new batches again
        writer.flush()
        load(store, rounds=0)
    assert expected[0]["relationships"]["DEFENDANT_IN"] == 9


def test_a_dead_writers_staged_rows_are_removed_at_the_next_open(tmp_path):
    leftover = tmp_path / "store" / STAGING_DIR / "t0" / "000001.parquet"
    with EmbeddedStore(tmp_path / "store"):
        pass
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"not rows")
    with EmbeddedStore(tmp_path / "store") as store:
        assert not (store.path / STAGING_DIR).exists()


def test_checkpoints_between_batches_keep_the_rows_staged_and_the_mark_set(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    monkeypatch.setattr(embedded, "CHECKPOINT_ROWS", 1)  # every batch's nodes are checkpointed
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert len(staged_files(store)) == 2
        assert store.unfinished(UNCHECKED_COPIES)  # the staged rows are not stored yet
        store.checkpoint()
        assert staged_files(store) == [] and not store.unfinished(UNCHECKED_COPIES)
        assert store.counts()["relationships"]["SERVICED"] == 30


def test_one_writers_later_batch_merges_the_relationships_it_repeats(tmp_path, monkeypatch):
    """Within one writer, a table that was empty is not read for new relationships: the
    keys it wrote tell a repeat (Writer's KeyHashes), which must be merged, not added."""
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer(batch_size=40)
        writer.add_all(facts(0))  # 46 facts: two batches
        writer.add_all(facts(1))  # the same links again with other quotes, and new ones
        writer.flush()
        rels = {r.key: sorted(e.quote for e in r.evidence) for r in store.iter_relationships()}
    first = link("SERVICED", VENDORS[1], PLATFORMS[2], "r0")
    assert rels[first.key] == [
        "Larkspur Relay 1 and Ninefold Board 2 were tied together (r0).",
        "Larkspur Relay 1 and Ninefold Board 2 were tied together (r1).",
    ]
    assert len(rels) == 30 + 9 and sum(map(len, rels.values())) == 2 * 9 + 30 + 24


def test_each_staged_table_is_copied_in_a_trimmed_heap_and_checkpointed_before_the_next(
    tmp_path, monkeypatch
):
    """The engine holds a COPY's memory until the next checkpoint: two staged tables COPYed
    back to back held both at once (1M bench: peak 1,200 MB). Each COPY runs while the heap
    is trimmed (memory.heap_trimmed) and is checkpointed before the next table's COPY; the
    unchecked-copies mark stays set until the last one."""
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    trimmed: list[bool] = [False]

    @contextlib.contextmanager
    def watched():
        trimmed[0] = True
        try:
            yield
        finally:
            trimmed[0] = False

    monkeypatch.setattr(embedded, "heap_trimmed", watched)
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert len(staged_files(store)) == 2
        seen: list[tuple[str, bool, bool]] = []
        run = store._run

        def spy(cypher, params=None):
            if cypher.startswith(("COPY", "CHECKPOINT")):
                mark = store.unfinished(UNCHECKED_COPIES)
                seen.append((cypher.split(" ", 2)[1] if "COPY" in cypher else cypher,
                             trimmed[0], mark))  # fmt: skip
            return run(cypher, params)

        monkeypatch.setattr(store, "_run", spy)
        store.checkpoint()
        monkeypatch.setattr(store, "_run", run)
        # (the first checkpoint stores the batches' committed nodes before any COPY)
        tables = ["CHECKPOINT", "`SERVICED`", "CHECKPOINT", "`DEFENDANT_IN`", "CHECKPOINT"]
        assert [s[0] for s in seen] == tables
        assert [s[1] for s in seen] == [False, True, False, True, False]
        assert all(s[2] for s in seen)  # set while any staged table waits
        assert not store.unfinished(UNCHECKED_COPIES)
        assert staged_files(store) == []
        counts = store.counts()["relationships"]
    assert counts["SERVICED"] == 30 and counts["DEFENDANT_IN"] == 9


# -- Ctrl-C at the end of an engine call ------------------------------------------------------
# Python raises KeyboardInterrupt at the first line that runs after a long engine call
# returns. The tests send SIGINT to themselves right after the call, which is where a Ctrl-C
# pressed during a CHECKPOINT or a COPY of a few seconds lands.


def _sigint_after(store: EmbeddedStore, monkeypatch, method: str, calls: int = 1) -> list:
    """Make store.`method` send this process SIGINT after its first `calls` runs."""
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    real = getattr(store, method)
    seen: list = []

    def interrupted(*args, **kwargs):
        result = real(*args, **kwargs)
        if method != "_run" or args[0] == "CHECKPOINT":
            seen.append(args[0])
            if len(seen) <= calls:
                os.kill(os.getpid(), signal.SIGINT)
        return result

    monkeypatch.setattr(store, method, interrupted)
    return seen


def test_ctrl_c_during_the_closing_checkpoint_leaves_it_recorded_as_finished(tmp_path, monkeypatch):
    """CI, stop 31: an ingest stopped by Ctrl-C while it closed left its finished checkpoint
    marked unfinished, so every later open said relationships were missing (they were not),
    and ingesting the input again (which COPYs nothing new) never cleared it."""
    with EmbeddedStore(tmp_path / "whole") as store:
        load(store, rounds=1)
        expected = graph(store)
    store = EmbeddedStore(tmp_path / "store")
    load(store, rounds=1)
    assert store.unfinished(UNCHECKED_COPIES)
    seen = _sigint_after(store, monkeypatch, "_run")
    with pytest.raises(KeyboardInterrupt):
        store.close()
    assert seen == ["CHECKPOINT"]
    with EmbeddedStore(tmp_path / "store", read_only=True) as reopened:
        assert reopened.recovered is None
        assert not reopened.unfinished(UNCHECKED_COPIES)
        assert graph(reopened) == expected


def test_ctrl_c_between_staged_tables_keeps_the_rest_staged_and_counts_the_copied(
    tmp_path, monkeypatch
):
    """A settle stopped by Ctrl-C after its first table's COPY had dropped the tables it
    had not reached (their rows gone with no note), and left the first one uncounted."""
    with EmbeddedStore(tmp_path / "whole") as store:
        load(store, rounds=1)
        expected = graph(store)
    monkeypatch.setattr(embedded, "STAGE_MIN_ROWS", 1)
    with EmbeddedStore(tmp_path / "store") as store:
        writer = store.writer(batch_size=10_000)
        writer.add_all(facts(0))
        writer.flush()
        assert len(staged_files(store)) == 2
        seen = _sigint_after(store, monkeypatch, "_copy_staged")
        with pytest.raises(KeyboardInterrupt):
            store.checkpoint()
        assert len(seen) == 1 and len(staged_files(store)) == 1  # the other table waits
        assert store.unfinished(UNCHECKED_COPIES)
    # closing settled the rest, and the counts cover both tables
    with EmbeddedStore(tmp_path / "store", read_only=True) as reopened:
        assert graph(reopened) == expected
        assert not reopened.unfinished(UNCHECKED_COPIES) and reopened.recovered is None
