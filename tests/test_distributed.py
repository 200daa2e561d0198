"""The map step on a real Dask cluster (a two-worker `distributed.LocalCluster`) writes
partitioned facts files; the reduce step (ingest) builds the graph a serial ingest builds."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from test_parallel_ingest import snapshot

from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.factsfile import read_facts_file
from liability_graph.loaders.ingest import ingest

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
from liability_graph.distributed import map_files, map_records, reduce_into  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


def test_map_on_two_workers_then_reduce_equals_a_serial_ingest(tmp_path, client):
    vault = tmp_path / "shared.vault"  # one vault: the same pseudonyms everywhere
    parts = map_files([EXAMPLES], tmp_path / "facts", partitions=4, vault=vault)
    assert [p.name for p in parts] == [f"facts-{i:05d}.jsonl" for i in range(5)]
    sources = [r.source for p in parts for r in read_facts_file(p)]
    assert len(sources) == 32
    assert sources[0].endswith(".json") and sources[-1].endswith("29_de_backpage_fosta.txt")
    assert not list((tmp_path / "facts").glob("*.partial"))

    reduced = EmbeddedStore(tmp_path / "reduced")
    reduced.vault_path = tmp_path / "shared.vault"  # one vault: the same pseudonyms in both
    try:
        report = reduce_into(reduced, tmp_path / "facts")
    finally:
        reduced.close()
    assert report.ok and report.documents_read == 32
    serial = EmbeddedStore(tmp_path / "serial")
    serial.vault_path = tmp_path / "shared.vault"
    try:
        ingest(serial, [EXAMPLES], workers=1)
    finally:
        serial.close()
    assert snapshot(tmp_path / "reduced", tmp_path) == snapshot(tmp_path / "serial", tmp_path)


def test_map_records_on_two_workers(tmp_path, client):
    """A bag of article records: every record's facts, in a part per partition."""
    records = [
        {
            "title": path.stem,
            "text": path.read_text(encoding="utf-8"),
            "url": f"https://example.org/{path.stem}",
        }
        for path in sorted((EXAMPLES / "corpus").glob("*.txt"))
    ]
    records.append({"title": "no text"})
    vault = tmp_path / "records.vault"
    parts = map_records(records, tmp_path / "facts", partitions=3, vault=vault)
    assert len(parts) == 3
    read = [r for p in parts for r in read_facts_file(p)]
    assert [r.source for r in read[:-1]] == [r["url"] for r in records[:-1]]
    assert read[-1].skipped and "'text' is missing" in read[-1].skipped[0][1]
    store = EmbeddedStore(tmp_path / "store")
    store.vault_path = vault
    try:
        report = reduce_into(store, parts)
        rels = {r.type for r in store.iter_relationships()}
    finally:
        store.close()
    assert report.documents_read == len(records) - 1
    assert {"SERVICED", "DEFENDANT_IN", "PROMPTED", "MENTIONS"} <= rels
    assert json.dumps(report.as_dict())  # serialisable, as the CLI prints it
