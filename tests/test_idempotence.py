"""The same input gives the same graph, ingested once or twice (issue #9, part 3).

Names are decided up front (loaders/ingest.py): a document resolves against the names stored
before the run plus the run's curated entities, whichever file comes first, so a second run,
when those curated names are already stored, has nothing left to change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.ingest import ingest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

STORY = """\
Title: Quanta Pay and Listingsly
Published: 2021-03-04

Quanta Pay processed payments for Listingsly, the classifieds site, according to a lawsuit
filed in 2021. Prosecutors said Listingsly hosted ads for trafficking victims.
"""
ENTITIES = """\
type,name,aliases,description
Vendor,Quanta Payments,Quanta Pay,A payment processor.
Platform,Listingsly,Listingsly.com,A classifieds site.
"""


def documents_before_curated(root: Path) -> Path:
    """A folder whose document is read before the curated file that names its entities."""
    (root / "a-documents").mkdir(parents=True)
    (root / "a-documents" / "story.txt").write_text(STORY, encoding="utf-8")
    (root / "b-entities.csv").write_text(ENTITIES, encoding="utf-8")
    return root


def export_json(runner: CliRunner, spec: str, env: dict | None = None) -> bytes:
    result = runner.invoke(cli, ["--store", spec, "export", "json", "-o", "-"], env=env)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def ingest_cli(runner: CliRunner, spec: str, *paths: Path, env: dict | None = None) -> dict:
    import json

    args = ["--store", spec, "ingest", "--format", "json", *map(str, paths)]
    result = runner.invoke(cli, args, env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


CHANGES = ("entities_added", "entities_updated", "relationships_added", "relationships_updated")


def test_a_document_read_before_a_curated_file_resolves_to_its_names(tmp_path):
    folder = documents_before_curated(tmp_path / "input")
    with EmbeddedStore(tmp_path / "store") as store:
        report = ingest(store, [folder], reference=False)
    assert report.ok, report.skipped
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        mentions = store.query(
            "MATCH (d:`Document`)-[:`MENTIONS`]->(e) WHERE d.title = $t RETURN e.id ORDER BY e.id",
            {"t": "Quanta Pay and Listingsly"},
        ).rows
        serviced = store.query("MATCH (v)-[:`SERVICED`]->(p) RETURN v.id, p.id ORDER BY v.id").rows
    assert ["vendor:quanta-payments"] in mentions and ["platform:listingsly"] in mentions
    assert not any(row[0].startswith("vendor:quanta-pay") and row[0] != "vendor:quanta-payments"
                   for row in mentions)  # fmt: skip
    assert serviced == [["vendor:quanta-payments", "platform:listingsly"]]


def test_ingest_twice_gives_a_byte_identical_export(tmp_path):
    """The issue's case: curated CSVs and documents, the documents read first."""
    folder = documents_before_curated(tmp_path / "input")
    shutil.copytree(EXAMPLES / "corpus", folder / "a-documents" / "corpus")
    for name in ("more-entities.csv", "more-relationships.csv", "seed-story.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'store'}"
    first = ingest_cli(runner, spec, folder)
    once = export_json(runner, spec)
    second = ingest_cli(runner, spec, folder)
    twice = export_json(runner, spec)
    assert first["relationships_added"] > 500
    assert [second[k] for k in CHANGES] == [0, 0, 0, 0]
    assert twice == once


CROSS_A = """\
entities:
  - {type: Person, name: Dana Founder}
relationships:
  - type: FOUNDED
    from: Dana Founder
    to: Listings Board
    status: established
    evidence: [{source: "https://example.org/a", quote: "Dana Founder started Listings Board."}]
"""
CROSS_B = """\
entities:
  - {type: Platform, name: Listings Board}
  - {type: Organization, name: Board Holdings}
relationships:
  - type: OWNS
    from: Dana Founder
    to: Listings Board
    status: alleged
    evidence: [{source: "https://example.org/b", quote: "Dana Founder owns Listings Board."}]
"""


def test_curated_files_may_refer_to_each_other_in_any_order(tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "a.yaml").write_text(CROSS_A, encoding="utf-8")
    (folder / "b.yaml").write_text(CROSS_B, encoding="utf-8")
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'store'}"
    first = runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(folder)])
    assert first.exit_code == 0, first.output
    once = export_json(runner, spec)
    assert b"person:dana-founder-FOUNDED->platform:listings-board" in once
    assert b"person:dana-founder-OWNS->platform:listings-board" in once
    second = ingest_cli(runner, spec, folder)
    assert [second[k] for k in CHANGES] == [0, 0, 0, 0]
    assert export_json(runner, spec) == once


def test_a_broken_curated_file_does_not_take_documents_with_it(tmp_path):
    """Its entities are not stored, so documents do not point at them; twice, the same."""
    folder = documents_before_curated(tmp_path / "input")
    (folder / "c-broken.yaml").write_text(
        CROSS_A.replace("Dana Founder", "Listingsly").replace("Person", "Platform")
        + "  - {type: NOT_A_TYPE, from: x, to: y, status: alleged}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'store'}"
    args = ["--store", spec, "ingest", "--no-reference", "--format", "json", str(folder)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 1 and "c-broken.yaml" in first.output
    once = export_json(runner, spec)
    assert b"Quanta Pay and Listingsly" in once  # the document is stored
    second = runner.invoke(cli, args)
    assert second.exit_code == 1
    assert export_json(runner, spec) == once


@pytest.mark.neo4j
def test_ingest_twice_on_neo4j_gives_a_byte_identical_export(tmp_path, neo4j_store, neo4j_env):
    folder = documents_before_curated(tmp_path / "input")
    for name in ("more-entities.csv", "more-relationships.csv", "seed-story.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    runner = CliRunner()
    spec = neo4j_env["NEO4J_URI"]
    # One privacy vault for both stores, so protected persons get the same keys in each.
    neo4j_env = {**neo4j_env, "LGRAPH_VAULT": str(tmp_path / "lgraph.vault")}
    ingest_cli(runner, spec, folder, env=neo4j_env)
    once = export_json(runner, spec, neo4j_env)
    second = ingest_cli(runner, spec, folder, env=neo4j_env)
    assert [second[k] for k in CHANGES] == [0, 0, 0, 0]
    assert export_json(runner, spec, neo4j_env) == once
    # The embedded store, fed the same input, gives the same graph.
    embedded = f"embedded:{tmp_path / 'store'}"
    vault = {"LGRAPH_VAULT": neo4j_env["LGRAPH_VAULT"]}
    ingest_cli(runner, embedded, folder, env=vault)
    assert export_json(runner, embedded, vault) == once
