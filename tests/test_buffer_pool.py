"""The embedded engine's buffer pool: its size comes from the caller, then
LGRAPH_BUFFER_POOL_MB, then the default (settings.py), and the store checkpoints before
the relationships it COPYed fill their share of it (embedded.CHECKPOINT_POOL_SHARE), so
that a bounded pool never fills with rows waiting for a checkpoint."""

from __future__ import annotations

import pytest

from liability_graph.errors import InputError
from liability_graph.graph import embedded
from liability_graph.graph.embedded import UNCHECKED_COPIES, EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.settings import (
    BUFFER_POOL_ENV,
    DEFAULT_BUFFER_POOL_MB,
    MIN_BUFFER_POOL_MB,
    resolve_buffer_pool_mb,
)


def test_pool_size_comes_from_the_caller_then_the_environment_then_the_default():
    env = {BUFFER_POOL_ENV: "1_536"}
    assert 512 <= resolve_buffer_pool_mb(None, {}) == DEFAULT_BUFFER_POOL_MB < 1024
    assert resolve_buffer_pool_mb(None, env) == 1536
    assert resolve_buffer_pool_mb(600, env) == 600
    for bad in ("lots", "0", "-5", str(MIN_BUFFER_POOL_MB - 1)):
        with pytest.raises(InputError, match=BUFFER_POOL_ENV):
            resolve_buffer_pool_mb(None, {BUFFER_POOL_ENV: bad})
    with pytest.raises(InputError, match="at least"):
        resolve_buffer_pool_mb(256, {})


def test_the_store_opens_the_engine_with_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv(BUFFER_POOL_ENV, "640")
    with EmbeddedStore(tmp_path / "env") as store:
        assert store._pool == 640 * 2**20
    with EmbeddedStore(tmp_path / "flag", buffer_pool_mb=900) as store:
        assert store._pool == 900 * 2**20
    monkeypatch.delenv(BUFFER_POOL_ENV)
    with EmbeddedStore(tmp_path / "default") as store:
        assert store._pool == DEFAULT_BUFFER_POOL_MB * 2**20


def write_links(store: EmbeddedStore, count: int, first: int = 0) -> None:
    vendor = Entity("Vendor", "Quillstone Hosting")
    platforms = [Entity("Platform", f"Murkboard {i}") for i in range(first, first + count)]
    links = [
        Relationship("SERVICED", vendor.key, p.key, "alleged",
                     [Evidence("document:memo", f"Quillstone kept {p.name} online.")])
        for p in platforms
    ]  # fmt: skip
    with store.writer() as writer:
        writer.add_all([vendor, *platforms, *links])


def test_copies_filling_their_share_of_the_pool_are_checkpointed_at_once(tmp_path, monkeypatch):
    with EmbeddedStore(tmp_path / "small") as store:
        write_links(store, 40)  # far below every threshold: waits for a checkpoint
        assert store.unfinished(UNCHECKED_COPIES)
    monkeypatch.setattr(embedded, "CHECKPOINT_POOL_SHARE", 1e-6)  # a few hundred bytes
    with EmbeddedStore(tmp_path / "full") as store:
        write_links(store, 40)
        assert not store.unfinished(UNCHECKED_COPIES)
        assert store.counts()["relationships"]["SERVICED"] == 40


def test_copied_tables_wait_until_the_next_transaction_would_pass_the_room(tmp_path, monkeypatch):
    """The tables COPYed into since the last checkpoint are counted before a transaction,
    not after: the store checkpoints first when that transaction's tables would pass
    UNCHECKED_TABLES, so the last writes before the close are checkpointed once, by it."""
    monkeypatch.setattr(embedded, "UNCHECKED_TABLES", 2, raising=False)
    with EmbeddedStore(tmp_path / "store") as store:
        statements: list[str] = []
        run = store._run

        def recording(cypher, *args, **kwargs):
            statements.append(cypher.split()[0])
            return run(cypher, *args, **kwargs)

        monkeypatch.setattr(store, "_run", recording)
        for batch in range(3):  # one table each: SERVICED from a vendor to platforms
            write_links(store, 5, first=5 * batch)
        order = [s for s in statements if s in ("COPY", "CHECKPOINT")]
        assert order == ["COPY", "COPY", "CHECKPOINT", "COPY"], order
        assert store.unfinished(UNCHECKED_COPIES)  # the third waits for the close
    with EmbeddedStore(tmp_path / "store") as store:
        assert not store.unfinished(UNCHECKED_COPIES)
        assert store.counts()["relationships"]["SERVICED"] == 15
