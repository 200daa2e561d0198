"""What `make demo` shows: examples/ ingested into a new store, then the chain and the cases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> str:
    spec = f"embedded:{tmp_path_factory.mktemp('demo') / 'lgraph-data'}"
    result = CliRunner().invoke(cli, ["--store", spec, "ingest", "examples/"])
    assert result.exit_code == 0, result.output
    assert "Loaded the reference knowledge base into the new store." in result.output
    return spec


def test_chain_salesforce_backpage_fosta_with_quotes(demo_store):
    result = CliRunner().invoke(
        cli, ["--store", demo_store, "chain", "Salesforce", "--format", "json"]
    )
    chains = json.loads(result.output)
    chain = next(c for c in chains if c["law"] == "law:fosta")
    serviced, prompted = chain["hops"]
    assert (serviced["source"], serviced["type"], serviced["target"]) == (
        "Salesforce",
        "SERVICED",
        "Backpage",
    )
    assert (prompted["source"], prompted["type"], prompted["target"]) == (
        "Backpage",
        "PROMPTED",
        "FOSTA",
    )
    assert serviced["evidence"] and prompted["evidence"]
    assert all(e["quote"] and e["source"] for e in serviced["evidence"] + prompted["evidence"])
    text = CliRunner().invoke(cli, ["--store", demo_store, "chain", "Salesforce"]).output
    assert "Salesforce -SERVICED-> Backpage -PROMPTED-> FOSTA" in text


def test_the_fifty_women_case_against_salesforce(demo_store):
    result = CliRunner().invoke(
        cli, ["--store", demo_store, "cases", "Salesforce", "--format", "json"]
    )
    cases = json.loads(result.output)
    assert not [c for c in cases if "Jane Does" in c["case"]]  # named after protected persons
    fifty = [c for c in cases if c["filed"] and c["filed"].startswith("2019")]
    assert len(fifty) == 1
    assert fifty[0]["status"] == "alleged"
    assert fifty[0]["case"].startswith("Protected person ")
    assert fifty[0]["case"].endswith(" v. Salesforce")
    revealed = CliRunner().invoke(
        cli,
        ["--store", demo_store, "cases", "Salesforce", "--format", "json", "--reveal-protected"],
    )
    assert [c["case"] for c in json.loads(revealed.output) if "1-50" in c["case"]] == [
        "Jane Does 1-50 v. Salesforce"
    ]
    shown = CliRunner().invoke(
        cli,
        [
            "--store",
            demo_store,
            "show",
            "the 2019 suit of fifty women against Salesforce",
            "--format",
            "json",
        ],
    )
    case = json.loads(shown.output)
    assert case["properties"]["plaintiff_count"] == 50
    defendants = [r["other"]["name"] for r in case["relationships"] if r["type"] == "DEFENDANT_IN"]
    assert "Salesforce" in defendants


def test_reingesting_the_examples_changes_no_count(demo_store):
    runner = CliRunner()
    before = runner.invoke(cli, ["--store", demo_store, "stats", "--format", "json"]).output
    again = runner.invoke(cli, ["--store", demo_store, "ingest", "examples/"])
    assert again.exit_code == 0, again.output
    assert "Entities: 0 added, 0 updated" in again.output
    assert "Relationships: 0 added, 0 updated" in again.output
    assert runner.invoke(cli, ["--store", demo_store, "stats", "--format", "json"]).output == before
