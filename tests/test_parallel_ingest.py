"""Ingest on every core, and extraction as a map step: `--workers N` gives the graph and the
report of `--workers 1`; `lgraph extract` writes a facts file that `lgraph ingest` loads into
either store as a direct ingest would; Ctrl-C leaves the store as its last committed batch."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from liability_graph.cli import cli
from liability_graph.errors import InputError
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders import parallel
from liability_graph.loaders.factsfile import FORMAT_VERSION, is_facts_file, read_facts_file
from liability_graph.loaders.ingest import ingest
from liability_graph.settings import DEFAULT_GROUP_FACTS, GROUP_FACTS_ENV, resolve_group_facts


@pytest.fixture
def pool_always(monkeypatch):
    """Use the worker pool however few documents there are (the examples hold 29)."""
    monkeypatch.setattr(parallel, "MIN_POOL_FILES", 0)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def snapshot(store_path: Path, tmp_path: Path) -> tuple[dict, str]:
    """`lgraph stats --format json` and the `lgraph export json` file of a store."""
    stats = json.loads(run("--store", str(store_path), "stats", "--format", "json"))
    out = tmp_path / f"{store_path.name}.export.json"
    run("--store", str(store_path), "export", "json", "-o", str(out))
    return stats, out.read_text(encoding="utf-8")


def test_two_workers_give_the_graph_and_report_of_one(tmp_path, pool_always):
    reports = {}
    vault = tmp_path / "shared.vault"  # one vault: the same pseudonyms in both stores
    for workers in (1, 2):
        store = EmbeddedStore(tmp_path / f"w{workers}")
        try:
            reports[workers] = ingest(store, [EXAMPLES], workers=workers, vault=vault).as_dict()
        finally:
            store.close()
    assert reports[1] == reports[2]
    assert reports[1]["documents_read"] == 32 and reports[1]["relationships_added"] > 500
    one, two = snapshot(tmp_path / "w1", tmp_path), snapshot(tmp_path / "w2", tmp_path)
    assert one[0] == two[0]
    assert one[1] == two[1]
    assert one[0]["relationships"]["SERVICED"] >= 6  # as test_export counts them


def test_cli_workers_flag(tmp_path, pool_always):
    store = tmp_path / "cli"
    vault = ("--vault", str(tmp_path / "shared.vault"))  # the same pseudonyms in both stores
    out = run(
        *vault, "--store", str(store), "ingest", str(EXAMPLES), "--workers", "2", "--format", "json"
    )
    assert json.loads(out)["documents_read"] == 32
    direct = tmp_path / "direct"
    run(*vault, "--store", str(direct), "ingest", str(EXAMPLES), "--workers", "1")
    assert snapshot(store, tmp_path) == snapshot(direct, tmp_path)


def test_write_group_size_comes_from_flag_then_environment_then_default():
    env = {GROUP_FACTS_ENV: "5_000"}
    assert resolve_group_facts(None, {}) == DEFAULT_GROUP_FACTS >= 50_000
    assert resolve_group_facts(None, env) == 5_000
    assert resolve_group_facts(700, env) == 700
    for bad in ("lots", "0", "-3"):
        with pytest.raises(InputError, match=GROUP_FACTS_ENV):
            resolve_group_facts(None, {GROUP_FACTS_ENV: bad})
    with pytest.raises(InputError):
        resolve_group_facts(0, {})


def test_small_write_groups_give_the_graph_of_one_group(tmp_path, pool_always, monkeypatch):
    """--group-facts and LGRAPH_GROUP_FACTS split a run into several committed groups; the
    graph is that of one group, with one worker or two."""
    batches: list[int] = []
    write_batch = EmbeddedStore.write_batch

    def counted(self, batch):
        batches.append(len(batch.relationships_new))
        return write_batch(self, batch)

    monkeypatch.setattr(EmbeddedStore, "write_batch", counted)
    vault = ("--vault", str(tmp_path / "shared.vault"))  # the same pseudonyms in every store
    run(*vault, "--store", str(tmp_path / "whole"), "ingest", str(EXAMPLES), "--workers", "1")
    whole = sum(1 for added in batches if added)  # the reference, curated files, documents…
    small = ("ingest", str(EXAMPLES), "--format", "json")
    reports = []
    for workers in ("1", "2"):
        batches.clear()
        out = run(*vault, "--store", str(tmp_path / f"w{workers}"), *small, "--workers", workers,
                  "--group-facts", "100")  # fmt: skip
        reports.append(json.loads(out))
        assert sum(1 for added in batches if added) >= whole + 3, batches  # several groups
    monkeypatch.setenv(GROUP_FACTS_ENV, "100")
    batches.clear()
    run(*vault, "--store", str(tmp_path / "env"), *small, "--workers", "2")
    assert sum(1 for added in batches if added) >= whole + 3, batches
    assert reports[0] == reports[1] and reports[0]["documents_read"] == 32
    expected = snapshot(tmp_path / "whole", tmp_path)
    for name in ("w1", "w2", "env"):
        assert snapshot(tmp_path / name, tmp_path) == expected, name


def test_the_store_checkpoints_before_the_last_two_groups_not_in_them(tmp_path, monkeypatch):
    """The last group is written after the workers have read everything: what the groups
    before the last two left uncheckpointed is checkpointed while they still read, so that
    the last two fit in the store's room for uncheckpointed tables and only the closing
    checkpoint follows the last write."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(22):  # 14 facts each: groups of 5 documents, and 7 left after three
        (folder / f"{n:02d}.md").write_text(
            f"---\ntitle: Payments cut {n}\n---\n\nThe payment processor Quorvex Pay stopped "
            "processing payments for the dating site Flirtel in March, its founder Harbin Lowe "
            "said. A lawsuit filed in Texas accuses Flirtel of ignoring abuse reports.\n\n"
            f"File {n}.\n",
            encoding="utf-8",
        )
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest(store, [], vault=tmp_path / "vault")  # the reference base (its own checkpoint)
        calls: list[str] = []
        write_batch, checkpoint = EmbeddedStore.write_batch, EmbeddedStore.checkpoint

        def writing(self, batch):
            calls.append(f"write {len(batch.entities_new)}")
            return write_batch(self, batch)

        def checkpointing(self):
            calls.append("checkpoint")
            return checkpoint(self)

        monkeypatch.setattr(EmbeddedStore, "write_batch", writing)
        monkeypatch.setattr(EmbeddedStore, "checkpoint", checkpointing)
        report = ingest(store, [folder], group_facts=70, vault=tmp_path / "vault")
    finally:
        store.close()
    assert report.documents_read == 22
    # Three groups (the first adds the four named entities too), the checkpoint, the last
    # two groups, then the store's close.
    groups = [f"write {n}" for n in (9, 5, 5)]
    assert calls == [*groups, "checkpoint", "write 5", "write 2", "checkpoint"], calls


def test_this_process_reads_the_first_task_no_worker_started(monkeypatch):
    """What the writing process reads itself is written soon: the first queued task nobody
    took, not the last (read last, the end of a run waited for this process alone)."""
    from collections import deque
    from concurrent.futures import Future

    read: list[list[Path]] = []
    monkeypatch.setattr(parallel, "load_file", lambda path, context: read.append(path) or path)
    started = Future()
    started.set_running_or_notify_cancel()  # a worker has it: it cannot be taken
    tasks = deque(
        parallel._Task([Path(f"{n}.md")], future)
        for n, future in enumerate([started, Future(), Future(), Future()])
    )
    assert parallel._read_one_here(tasks, None)
    assert read == [Path("1.md")] and tasks[1].loaded == [Path("1.md")]
    assert tasks[1].future.cancelled() and not tasks[2].future.cancelled()
    assert parallel._read_one_here(tasks, None) and read[-1] == Path("2.md")


def test_curated_files_are_read_before_documents(tmp_path):
    """A document that sorts before a curated file is still anchored by its names."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "corpus" / "05_salesforce_sued_2019.md", folder / "a-article.md")
    shutil.copy(EXAMPLES / "seed-story.yaml", folder / "z-curated.yaml")
    shutil.copy(EXAMPLES / "more-entities.csv", folder / "m-entities.csv")
    seen: list[str] = []
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = ingest(store, [folder], on_file=lambda p: seen.append(p.name))
    finally:
        store.close()
    assert report.ok, report.skipped
    assert seen == ["m-entities.csv", "z-curated.yaml", "a-article.md"]


# -- facts files: the map step and the reduce step ---------------------------------------


def test_extract_then_ingest_equals_ingest_on_the_embedded_store(tmp_path, pool_always):
    facts = tmp_path / "facts.jsonl"
    vault = ("--vault", str(tmp_path / "shared.vault"))  # the same pseudonyms everywhere
    out = run(
        *vault, "extract", str(EXAMPLES), "-o", str(facts), "--workers", "1", "--format", "json"
    )
    assert json.loads(out)["sources_written"] == 32
    assert is_facts_file(facts)
    header = json.loads(facts.read_text(encoding="utf-8").splitlines()[0])
    assert header["lgraph_facts"] == FORMAT_VERSION
    assert header["names"] == "reference knowledge base"
    records = list(read_facts_file(facts))
    assert len(records) == 32 and not any(r.skipped for r in records)
    assert records[0].source.endswith(".json")  # curated and structured files come first

    reduced = tmp_path / "reduced"
    first = json.loads(
        run(*vault, "--store", str(reduced), "ingest", str(facts), "--format", "json")
    )
    direct = tmp_path / "direct"
    run(*vault, "--store", str(direct), "ingest", str(EXAMPLES), "--workers", "1")
    assert snapshot(reduced, tmp_path) == snapshot(direct, tmp_path)
    assert first["documents_read"] == 32

    again = json.loads(
        run(*vault, "--store", str(reduced), "ingest", str(facts), "--format", "json")
    )
    assert (again["entities_added"], again["entities_updated"]) == (0, 0)
    assert (again["relationships_added"], again["relationships_updated"]) == (0, 0)


def test_extract_names_from_a_store(tmp_path):
    """Names resolve against the store given: a curated entity stored there anchors the
    documents extracted later, in another run."""
    store = tmp_path / "team"
    run("--store", str(store), "ingest", str(EXAMPLES / "seed-story.yaml"))
    facts = tmp_path / "facts.jsonl"
    run("extract", str(EXAMPLES / "corpus"), "-o", str(facts), "--names-from", str(store))
    header = json.loads(facts.read_text(encoding="utf-8").splitlines()[0])
    assert header["names"].startswith("store ")
    out = json.loads(run("--store", str(store), "ingest", str(facts), "--format", "json"))
    assert out["documents_read"] == 29 and out["relationships_added"] > 100


def test_facts_file_errors_name_the_file_and_line(tmp_path):
    good = tmp_path / "facts.jsonl"
    vault = ("--vault", str(tmp_path / "facts.vault"))
    run(*vault, "extract", str(EXAMPLES / "seed-story.yaml"), "-o", str(good))
    lines = good.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join([lines[0], "{not json", '{"source": "x.txt", "facts": [{"fact": "planet"}]}'])
        + "\n"
        + lines[1]
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, [*vault, "--store", str(tmp_path / "s"), "ingest", str(bad), "--format", "json"]
    )
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["documents_read"] == 1  # the good record
    reasons = {(Path(s["path"]).name, s["line"]): s["reason"] for s in report["skipped"]}
    assert reasons[("bad.jsonl:2", 2)].startswith("malformed JSON")
    assert "unknown fact kind 'planet'" in reasons[("x.txt", 3)]

    newer = tmp_path / "newer.jsonl"
    newer.write_text('{"lgraph_facts": 99}\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, [*vault, "--store", str(tmp_path / "s"), "ingest", str(newer), "--format", "json"]
    )
    assert result.exit_code == 1
    skipped = json.loads(result.output)["skipped"]
    assert skipped == [
        {
            "path": str(newer),
            "line": 1,
            "reason": "facts file version 99; this lgraph reads version 1",
        }
    ]


@pytest.mark.neo4j
def test_facts_file_loads_into_neo4j_as_into_the_embedded_store(tmp_path, neo4j_store):
    facts = tmp_path / "facts.jsonl"
    vault = tmp_path / "shared.vault"  # one vault: the same pseudonyms everywhere
    run("--vault", str(vault), "extract", str(EXAMPLES), "-o", str(facts))
    report = ingest(neo4j_store, [facts], vault=vault)
    assert report.ok, report.skipped
    embedded = EmbeddedStore(tmp_path / "embedded")
    try:
        ingest(embedded, [EXAMPLES], vault=vault)
        assert neo4j_store.counts() == embedded.counts()
        assert sorted(r.key for r in neo4j_store.iter_relationships()) == sorted(
            r.key for r in embedded.iter_relationships()
        )
    finally:
        embedded.close()


# -- Ctrl-C ------------------------------------------------------------------------------


def _articles(folder: Path, count: int) -> None:
    source = (EXAMPLES / "corpus" / "05_salesforce_sued_2019.md").read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(count):
        (folder / f"article-{i:04d}.md").write_text(
            source.replace("Salesforce", f"Salesforce {i}", 1) + f"\nNote {i}.\n", encoding="utf-8"
        )


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_a_rerun_completes_the_graph(tmp_path):
    folder = tmp_path / "articles"
    # Enough that two workers are still reading when Ctrl-C comes: with 1,000 a run that
    # started faster finished before it, and the test skipped in CI.
    _articles(folder, 2500)
    store = tmp_path / "store"
    lgraph = Path(sys.executable).parent / "lgraph"
    process = subprocess.Popen(
        [str(lgraph), "--store", str(store), "ingest", str(folder), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, GROUP_FACTS_ENV: "3000"},  # groups of a few dozen articles
        # Ctrl-C reaches it even when this test runs with SIGINT ignored (a CI job started in
        # the background): a process that starts so ignores it for good.
        preexec_fn=_interruptible,
    )
    time.sleep(8)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    if process.returncode == 0 or "Documents read: 2500" in out:
        pytest.skip("the ingest finished before Ctrl-C could be sent (a very fast machine)")
    assert process.returncode == 130, out + err
    assert "Interrupted: the store holds what was committed before Ctrl-C" in err
    assert "Traceback" not in err
    # The store opens and holds whole batches only; finishing the run gives the whole graph.
    run("--store", str(store), "stats")
    run("--store", str(store), "ingest", str(folder), "--workers", "2")
    whole = tmp_path / "whole"
    run("--store", str(whole), "ingest", str(folder), "--workers", "1")
    assert snapshot(store, tmp_path)[0] == snapshot(whole, tmp_path)[0]
    env_leftovers = [p for p in os.listdir(store) if p.endswith(".partial")]
    assert not env_leftovers


def test_readers_start_up_before_they_are_given_the_names(pool_always):
    """Ingest starts the pool's processes first, so they import the extractor while this
    process opens the store and fixes the names; they read with the names given later."""
    from liability_graph.loaders.base import LoadContext

    documents = sorted((EXAMPLES / "corpus").glob("*.md"))[:6]
    context = LoadContext()
    with parallel.Readers(1) as readers:
        for future in readers.warming:
            assert future.result(timeout=120) is None  # started and warmed, with no names
        pooled = list(parallel.load_files(documents, context, workers=2, readers=readers))
        with pytest.raises(ValueError):
            readers.give(None)
    alone = [parallel.load_file(path, context) for path in documents]
    assert [one.facts for one in pooled] == [one.facts for one in alone]
    assert all(one.facts for one in pooled)
    assert parallel.Readers.start(2, 1) is None  # too few documents: read here
    assert parallel.Readers.start(1, 1000) is None
