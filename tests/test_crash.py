"""Crash safety (issue #9, part 4): an ingest SIGKILLed at six moments, in real processes.

Right after each kill, before anything else, read commands work on what the dead writer
left (its WAL, shadow and checkpoint lock files) and name no other process. Ingesting the
same input again then gives a byte-identical `export json` to a clean ingest. A live writer,
on the other hand, is named, by its PID, to a second writer.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from killpoints import MOMENTS

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
LGRAPH = Path(sys.executable).with_name("lgraph")
KILLPOINTS = Path(__file__).with_name("killpoints.py")


def lgraph(*args: str, ok: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    run = subprocess.run(
        [str(LGRAPH), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO
    )
    if ok:
        assert run.returncode == 0, f"lgraph {' '.join(args)}: {run.stderr[-2000:]}"
    return run


def export(store: Path) -> bytes:
    out = store.parent / f"{store.name}.json"
    lgraph("--store", f"embedded:{store}", "export", "json", "-o", str(out))
    return out.read_bytes()


@pytest.fixture(scope="module")
def clean_vault(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("vault") / "lgraph.vault"


@pytest.fixture(autouse=True)
def same_secret(clean_vault, clean_export, tmp_path, monkeypatch, _hermetic_store_env):
    """Each test's stores share a privacy vault that starts with the clean ingest's secret
    and nothing else, so protected persons get the same keys, while the killed ingest still
    learns who they are on its own (and may die before it has rewritten what it wrote)."""
    vault = tmp_path / "lgraph.vault"
    secret = clean_vault.read_text(encoding="utf-8").splitlines()[0]  # its header line
    vault.write_text(secret + "\n", encoding="utf-8")
    vault.chmod(0o600)
    monkeypatch.setenv("LGRAPH_VAULT", str(vault))


@pytest.fixture(scope="module")
def clean_export(tmp_path_factory, clean_vault) -> bytes:
    """The graph of one uninterrupted ingest of examples/ (curated files and documents)."""
    store = tmp_path_factory.mktemp("clean") / "store"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LGRAPH_VAULT", str(clean_vault))
        lgraph("--store", f"embedded:{store}", "ingest", str(EXAMPLES))
        data = export(store)
    assert len(json.loads(data)["links"]) > 500
    return data


@pytest.mark.parametrize("moment", MOMENTS)
def test_killed_ingest_leaves_a_readable_store_and_reingest_matches_a_clean_one(
    moment, tmp_path, clean_export
):
    store = tmp_path / "store"
    spec = f"embedded:{store}"
    killed = subprocess.run(
        [sys.executable, str(KILLPOINTS), moment, "--store", spec, "ingest", str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    left = sorted(p.name for p in store.iterdir())
    if moment.startswith("checkpoint"):
        assert any(".checkpoint." in name for name in left), left

    # Read commands, right away: no error, no blame on a process that does not exist.
    reads = {
        "stats": ("stats", "--format", "json"),
        "cypher": ("cypher", "MATCH (n) RETURN count(n) AS n", "--format", "json"),
        "query": ("query", "find_entity", "Salesforce", "--format", "json"),
        "export": ("export", "json", "-o", str(tmp_path / "partial.json")),
    }
    meta_file = store / "lgraph.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    copies_unchecked = "unchecked-copies" in meta.get("unfinished", [])
    if moment == "mid-write":  # killed inside a batch: its COPYs are not checkpointed
        assert copies_unchecked
    out = {}
    for name, args in reads.items():
        run = lgraph("--store", spec, *args, ok=False)
        assert run.returncode == 0, f"{moment}: lgraph {name} after the kill: {run.stderr}"
        assert "Another lgraph process" not in run.stderr
        out[name] = run.stdout
        # A dead writer's COPYs since its last checkpoint are named exactly when it left some.
        note = "missing until the same files are ingested again" in run.stderr
        assert note == copies_unchecked, f"{moment}: {name}: {run.stderr}"
    stored = sum(json.loads(out["stats"])["nodes"].values())
    assert stored == json.loads(out["cypher"])[0]["n"]
    if moment in ("schema", "reference"):
        assert stored == 0  # nothing had committed: the store is empty, and readable
    else:
        assert stored > 0  # what committed before the kill is there
    if moment == "checkpoint":  # the first reader finished the dead writer's checkpoint
        assert "graph.lbdb.shadow" in left
        assert not any(".checkpoint" in n or n.endswith(".shadow") for n in os.listdir(store))

    # The same input again gives the same graph as one clean ingest.
    lgraph("--store", spec, "ingest", str(EXAMPLES))
    assert export(store) == clean_export, f"{moment}: the re-ingested graph differs"


def test_a_reader_that_cannot_write_reads_a_private_recovered_copy(tmp_path, monkeypatch):
    """Without write access to the folder, the dead writer's checkpoint is finished in a
    private copy: the store's own files are left byte for byte as they were."""
    from liability_graph.graph import embedded
    from liability_graph.graph.embedded import EmbeddedStore

    store = tmp_path / "store"
    killed = subprocess.run(
        [sys.executable, str(KILLPOINTS), "checkpoint", "--store", str(store), "ingest",
         str(EXAMPLES / "seed-story.yaml")],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    before = {p.name: p.read_bytes() for p in store.iterdir()}
    assert "graph.lbdb.shadow" in before
    monkeypatch.setattr(embedded.os, "access", lambda path, mode: False)
    with EmbeddedStore(store, read_only=True) as reader:
        assert reader.recovered and "private copy" in reader.recovered
        copy = reader._private_copy
        rows = reader.query("MATCH (v:`Vendor`) WHERE v.id = 'vendor:salesforce' RETURN v.name")
    assert rows.rows == [["Salesforce"]]
    assert not copy.exists()
    assert {p.name: p.read_bytes() for p in store.iterdir()} == before


def test_a_live_writer_is_named_and_readers_still_read(tmp_path):
    store = tmp_path / "store"
    spec = f"embedded:{store}"
    lgraph("--store", spec, "ingest", "--no-reference", str(EXAMPLES / "more-entities.csv"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from liability_graph.graph.embedded import EmbeddedStore\n"
            f"store = EmbeddedStore({str(store)!r})\n"
            "print('open', flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        second = lgraph("--store", spec, "ingest", str(EXAMPLES / "more-entities.csv"), ok=False)
        assert second.returncode == 1
        assert f"Another lgraph process (PID {holder.pid}) is writing to it" in second.stderr
        stats = lgraph("--store", spec, "stats", "--format", "json")
        assert json.loads(stats.stdout)["nodes"]["Organization"] == 2
    finally:
        holder.kill()
        holder.wait()
    # Once it is gone, nobody is blamed and the writer gets in.
    time.sleep(0.2)
    again = lgraph("--store", spec, "ingest", "--no-reference", str(EXAMPLES / "more-entities.csv"))
    assert "Another lgraph process" not in again.stderr


def test_a_reader_never_blames_a_process_that_does_not_exist(tmp_path):
    """A folder that is not a graph is reported as such, not as someone else's lock."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "graph.lbdb").write_bytes(b"not a database")
    run = lgraph("--store", f"embedded:{store}", "stats", ok=False)
    assert run.returncode == 1
    assert "Another lgraph process" not in run.stderr
    assert "is an lgraph store" in run.stderr
