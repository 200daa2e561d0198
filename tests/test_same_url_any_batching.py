"""Files that share a URL, read in one run, all stay in the graph however the run's writes
are grouped, and however many runs it takes: a run interrupted after some groups and run
again gives the graph of one uninterrupted run. Before, a later group replaced the
documents an earlier group of the same run had written under that URL, so the graph
depended on LGRAPH_GROUP_FACTS and on where Ctrl-C had stopped a run."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import EXAMPLES

from liability_graph.cli import cli
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.ingest import ingest

COPIES = 6


def _articles(folder: Path) -> list[Path]:
    """Copies of one example article: one URL, each with a title and a closing line of its own."""
    source = (EXAMPLES / "corpus" / "05_salesforce_sued_2019.md").read_text(encoding="utf-8")
    folder.mkdir()
    paths = []
    for i in range(COPIES):
        path = folder / f"copy-{i}.md"
        path.write_text(
            source.replace("Salesforce", f"Salesforce {i}", 1) + f"\nNote {i}.\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def _ingest(store_path: Path, paths, vault: Path, group_facts: int | None = None) -> dict:
    store = EmbeddedStore(store_path)
    try:
        return ingest(store, paths, group_facts=group_facts, vault=vault).as_dict()
    finally:
        store.close()


def _graph(store_path: Path, tmp_path: Path) -> tuple[dict, str]:
    runner = CliRunner()
    stats = runner.invoke(cli, ["--store", str(store_path), "stats", "--format", "json"])
    assert stats.exit_code == 0, stats.output
    out = tmp_path / f"{store_path.name}.json"
    export = runner.invoke(cli, ["--store", str(store_path), "export", "json", "-o", str(out)])
    assert export.exit_code == 0, export.output
    return json.loads(stats.output), out.read_text(encoding="utf-8")


def test_files_of_one_url_all_stay_whatever_the_grouping(tmp_path):
    paths = _articles(tmp_path / "articles")
    vault = tmp_path / "shared.vault"  # the same pseudonyms in every store
    whole = _ingest(tmp_path / "whole", paths, vault)
    one_per_group = _ingest(tmp_path / "grouped", paths, vault, group_facts=1)
    assert whole["documents_read"] == one_per_group["documents_read"] == COPIES
    assert one_per_group["documents_replaced"] == whole["documents_replaced"] == 0
    stats, export = _graph(tmp_path / "whole", tmp_path)
    assert _graph(tmp_path / "grouped", tmp_path) == (stats, export)
    documents = [n for n in json.loads(export)["nodes"] if n["type"] == "Document"]
    assert sum(1 for d in documents if "copy-" in json.dumps(d)) == COPIES


def test_a_run_stopped_after_some_groups_and_run_again_gives_the_whole_graph(tmp_path):
    paths = _articles(tmp_path / "articles")
    vault = tmp_path / "shared.vault"
    _ingest(tmp_path / "whole", paths, vault)
    _ingest(tmp_path / "resumed", paths[:2], vault, group_facts=1)  # as far as a run got
    _ingest(tmp_path / "resumed", paths, vault, group_facts=1)
    assert _graph(tmp_path / "resumed", tmp_path) == _graph(tmp_path / "whole", tmp_path)


def test_a_new_version_of_a_stored_url_still_replaces_it(tmp_path):
    paths = _articles(tmp_path / "articles")
    vault = tmp_path / "shared.vault"
    _ingest(tmp_path / "store", paths[:1], vault)
    paths[0].write_text(paths[1].read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    report = _ingest(tmp_path / "store", paths[:1], vault, group_facts=1)
    assert report["documents_replaced"] == 1


def test_each_store_keeps_every_file_of_one_url_in_any_grouping(store, tmp_path):
    """The Writer's rule holds on both backends: a group per file on this store gives the
    counts of one uninterrupted group on the embedded store."""
    paths = _articles(tmp_path / "articles")
    vault = tmp_path / "shared.vault"
    whole = EmbeddedStore(tmp_path / "whole")
    try:
        ingest(whole, paths, vault=vault)
        expected = whole.counts()
    finally:
        whole.close()
    report = ingest(store, paths, group_facts=1, vault=vault).as_dict()
    assert report["documents_replaced"] == 0
    assert store.counts() == expected
    assert expected["nodes"]["Document"] >= COPIES
