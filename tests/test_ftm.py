"""FollowTheMoney out and in: `lgraph export ftm`, then `lgraph ingest` of FtM JSON lines
(our own exports, and entities as Aleph or OpenSanctions publish them)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from exportdata import build_hostile_store, examples_store

from liability_graph.cli import cli
from liability_graph.graph.store import open_store
from liability_graph.loaders.base import loader_for
from liability_graph.loaders.ftm import ftm_mapping, load_ftm

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model as ftm_model  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def examples_spec(tmp_path_factory) -> str:
    return examples_store(tmp_path_factory)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def counts(spec: str) -> dict:
    with open_store(spec, read_only=True) as store:
        return store.counts()


def test_every_line_is_valid_ftm_of_the_mapped_schema(runner, examples_spec, tmp_path):
    out = tmp_path / "graph.ftm.jsonl"
    result = runner.invoke(cli, ["--store", examples_spec, "export", "ftm", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    mapping = ftm_mapping()
    schemata: Counter = Counter()
    for data in lines:
        proxy = ftm_model.get_proxy(data, cleaned=False)  # raises on unknown properties
        assert re.fullmatch(r"lg-[0-9a-f]{40}", proxy.id)
        ours = data["lgraph"]["type"]
        expected = (mapping.node_types.get(ours) or mapping.relationship_types[ours])["schema"]
        assert proxy.schema.name == expected
        schemata[proxy.schema.name] += 1
    total = counts(examples_spec)
    assert len(lines) == sum(total["nodes"].values()) + sum(total["relationships"].values())
    assert (
        schemata["CourtCaseParty"]
        == total["relationships"]["DEFENDANT_IN"] + (total["relationships"]["PLAINTIFF_IN"])
    )
    assert schemata["Ownership"] == total["relationships"]["OWNS"]
    ftm_tool = Path(sys.executable).parent / "ftm"
    if ftm_tool.exists():  # followthemoney's own validator keeps every line
        done = subprocess.run(
            [str(ftm_tool), "validate", "-i", str(out)], capture_output=True, text=True, check=True
        )
        assert len(done.stdout.splitlines()) == len(lines)
    serviced = next(
        d for d in lines if d["lgraph"].get("key", "").startswith("vendor:salesforce-SER")
    )
    assert serviced["properties"]["role"] == ["serviced"]
    assert len(serviced["properties"]["description"]) >= 2  # the quotes
    assert serviced["properties"]["proof"]  # the documents they come from


def test_export_then_ingest_keeps_every_entity_and_relationship(runner, examples_spec, tmp_path):
    out = tmp_path / "graph.ftm.jsonl"
    runner.invoke(cli, ["--store", examples_spec, "export", "ftm", "-o", str(out)])
    target = f"embedded:{tmp_path / 'back'}"
    result = runner.invoke(cli, ["--store", target, "ingest", "--no-reference", str(out)])
    assert result.exit_code == 0, result.output
    assert counts(target) == counts(examples_spec)
    with open_store(examples_spec, read_only=True) as a, open_store(target, read_only=True) as b:
        before = {r.key: r for r in a.iter_relationships("SERVICED")}
        after = {r.key: r for r in b.iter_relationships("SERVICED")}
        assert {k: [e.quote for e in r.evidence] for k, r in after.items()} == {
            k: [e.quote for e in r.evidence] for k, r in before.items()
        }
        names = {e.key: (e.name, e.aliases) for e in a.iter_entities("Vendor")}
        assert {e.key: (e.name, e.aliases) for e in b.iter_entities("Vendor")} == names
    again = runner.invoke(cli, ["--store", target, "ingest", "--no-reference", str(out)])
    assert "0 added, 0 updated" in again.output  # re-ingesting changes nothing


def test_export_keeps_protected_persons_pseudonymised(runner, tmp_path):
    spec = build_hostile_store(tmp_path / "store", tmp_path / "files")
    out = tmp_path / "graph.ftm.json"
    runner.invoke(cli, ["--store", spec, "export", "ftm", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "Jane Roe" not in text and "jane-roe" not in text.lower()
    target = f"embedded:{tmp_path / 'back'}"
    result = runner.invoke(cli, ["--store", target, "ingest", "--no-reference", str(out)])
    assert result.exit_code == 0, result.output
    assert counts(target) == counts(spec)


ELSEWHERE = [
    {"id": "co-1", "schema": "Company", "properties": {"name": ["Paylink Ltd"], "country": ["gb"],
                                                        "alias": ["Paylink"]}},
    {"id": "pe-1", "schema": "Person", "properties": {"name": ["Ada Example"]}},
    {"id": "ca-1", "schema": "CourtCase", "properties": {"name": ["State v. Paylink"],
                                                          "caseNumber": ["21-cv-1"]}},
    {"id": "ccp-1", "schema": "CourtCaseParty", "properties": {"party": ["co-1"], "case": ["ca-1"],
                                                                "role": ["Defendant"]}},
    {"id": "ccp-2", "schema": "CourtCaseParty", "properties": {"party": ["pe-1"], "case": ["ca-1"],
                                                                "role": ["Witness"]}},
    {"id": "dir-1", "schema": "Directorship", "properties": {"director": ["pe-1"],
                                                              "organization": ["co-1"]}},
    {"id": "own-1", "schema": "Ownership", "properties": {"owner": ["pe-1"], "asset": ["co-1"]}},
    {"id": "vs-1", "schema": "Vessel", "properties": {"name": ["MV Example"]}},
]  # fmt: skip


def test_entities_from_elsewhere_map_by_schema(tmp_path, runner):
    path = tmp_path / "opensanctions.ftm.json"
    path.write_text("\n".join(json.dumps(d) for d in ELSEWHERE) + "\n", encoding="utf-8")
    assert loader_for(path) is load_ftm
    plain = tmp_path / "entities.json"  # a plain .json whose first line is an FtM entity
    plain.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert loader_for(plain) is load_ftm
    spec = f"embedded:{tmp_path / 'store'}"
    result = runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(path)])
    assert result.exit_code == 0, result.output
    with open_store(spec, read_only=True) as store:
        entities = {e.name: e for e in store.iter_entities()}
        rels = list(store.iter_relationships())
    assert entities["Paylink Ltd"].type == "Organization"
    assert entities["Paylink Ltd"].aliases == ["Paylink"]
    assert entities["State v. Paylink"].type == "Case"
    assert entities["State v. Paylink"].properties["docket"] == "21-cv-1"
    assert "MV Example" not in entities  # Vessel does not map
    [defendant] = [r for r in rels if r.type == "DEFENDANT_IN"]
    assert defendant.source == entities["Paylink Ltd"].key and defendant.status == "alleged"
    [evidence] = defendant.evidence
    assert evidence.method == "ftm" and "ccp-1" in evidence.quote
    # a witness, a directorship and an ownership of a non-platform do not fit the ontology
    assert {r.type for r in rels} == {"DEFENDANT_IN"}


def test_bad_lines_are_reported_with_their_number(tmp_path, runner):
    path = tmp_path / "bad.ftm.jsonl"
    lines = [json.dumps(ELSEWHERE[0]), "{not json", json.dumps({"id": "x", "schema": "Nope",
                                                                 "properties": {}})]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = f"embedded:{tmp_path / 'store'}"
    result = runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: malformed JSON" in result.output
    assert f"{path}:3: unknown FtM schema 'Nope'" in result.output


def test_the_documented_mapping_is_the_one_used():
    doc = (REPO / "docs" / "ftm.md").read_text(encoding="utf-8")
    mapping = ftm_mapping()
    for ours, spec in mapping.node_types.items():
        assert f"| `{ours}` | `{spec['schema']}` |" in doc, ours
    for ours, spec in mapping.relationship_types.items():
        row = f"| `{ours}` | `{spec['schema']}` | `{spec['source']}` → `{spec['target']}` | {spec['role']} |"
        assert row in doc, ours
    for theirs, ours in mapping.imports.items():
        assert f"| `{theirs}` | `{ours}` |" in doc, theirs
