"""`lgraph path` and `lgraph timeline` on examples/: the issue's own examples."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from liability_graph.cli import cli


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> str:
    spec = f"embedded:{tmp_path_factory.mktemp('demo') / 'graph'}"
    result = CliRunner().invoke(cli, ["--store", spec, "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return spec


def test_path_salesforce_fosta_prints_each_hop_with_a_quote(spec):
    result = CliRunner().invoke(cli, ["--store", spec, "path", "Salesforce", "FOSTA"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("Salesforce –SERVICED→ Backpage –PROMPTED→ FOSTA")
    block = lines[start + 1 : lines.index("", start)]
    hops = [
        i for i, line in enumerate(block) if line.startswith("  ") and not line.startswith("   ")
    ]
    assert [block[i].split("  [")[0].strip() for i in hops] == [
        "Salesforce –SERVICED→ Backpage",
        "Backpage –PROMPTED→ FOSTA",
    ]
    assert "[established, from 2013]" in block[hops[0]]
    for i, j in zip(hops, [*hops[1:], len(block)], strict=True):
        quotes = [line for line in block[i + 1 : j] if line.strip().startswith('"')]
        assert quotes, f"no quote under {block[i]}"
    assert "Backpage.com responsible" in "\n".join(block[hops[1] :])


def test_path_runs_either_way_and_says_when_there_is_none(spec):
    result = CliRunner().invoke(cli, ["--store", spec, "path", "Salesforce", "Carl Ferrer"])
    assert "Salesforce –SERVICED→ Backpage ←FOUNDED– Carl Ferrer" in result.output
    short = CliRunner().invoke(
        cli, ["--store", spec, "path", "FOSTA", "Salesforce", "--max-hops", "1"]
    )
    assert short.exit_code == 0
    assert "No path of at most 1 hops between FOSTA and Salesforce." in short.output
    data = json.loads(
        CliRunner()
        .invoke(cli, ["--store", spec, "path", "Salesforce", "FOSTA", "--format", "json"])
        .stdout
    )
    assert all(len(p["hops"]) == 2 and p["hops"][0]["evidence"] for p in data)


def test_timeline_backpage_in_date_order(spec):
    result = CliRunner().invoke(cli, ["--store", spec, "timeline", "Backpage"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line[:4] == "  20"]
    dates = [line.split()[0] for line in lines]
    assert dates == sorted(dates)

    def first(text: str) -> int:
        return next(i for i, line in enumerate(lines) if text in line)

    founded = first("Backpage ←FOUNDED– Michael Lacey")
    seized = first("Backpage ←SHUT_DOWN– U.S. Department of Justice")
    indicted = first("United States v. Backpage.com, LLC filed")
    enacted = first("FOSTA enacted")
    assert lines[founded].split()[0] == "2004" and "2004" in lines[first("Backpage launched")]
    assert lines[seized].split()[0] == "2018-04-06"
    assert lines[indicted].split()[0] == "2018-04"
    assert lines[enacted].split()[0] == "2018-04-11"
    assert founded < indicted < seized < enacted
