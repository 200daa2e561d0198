"""The bench/ scripts still run, on tiny inputs (their speed is measured by running them by hand;
nothing here is timed). A bench that broke unnoticed, as bench/ingest.py did when the vault of
protected identities came to live beside the store, gives no figures when they are wanted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def bench(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_ingest_bench_compares_worker_counts_on_identical_graphs():
    out = bench("ingest.py", "--documents", "12", "--workers", "1", "2")
    assert "graphs identical (stats and export json): yes" in out
    rows = [line.split() for line in out.splitlines() if line.split()[:1] in (["1"], ["2"])]
    assert [row[0] for row in rows] == ["1", "2"]


def test_embedded_load_bench_loads_the_same_relationships_both_ways():
    out = bench("load_embedded.py", "--entities", "400")
    assert "4,000 relationships with evidence" in out
    assert "raw COPY" in out and "ours" in out
    assert "WARNING" not in out


@pytest.mark.parametrize("extra", [["--no-neo4j"]])
def test_query_bench_times_every_named_query(tmp_path, extra):
    from liability_graph.queries import query_names

    out = bench(
        "queries.py", "--entities", "2000", "--relationships", "8000", "--runs", "2",
        "--keep", str(tmp_path / "graph"), *extra,
    )  # fmt: skip
    timed = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert set(query_names()) <= timed
