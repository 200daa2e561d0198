"""The lgraph CLI through click's CliRunner, and once as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from factfiles import write_bad, write_valid

from liability_graph.cli import cli

HOSTILE = 'Robert\'); "DROP" `tick` {brace} } // MATCH (n) DETACH DELETE n $param'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_spec(tmp_path) -> str:
    return f"embedded:{tmp_path / 'graph'}"


@pytest.fixture
def loaded(runner, store_spec, tmp_path) -> str:
    folder = write_valid(tmp_path / "facts")
    result = runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(folder)])
    assert result.exit_code == 0, result.output
    return store_spec


def stats(runner, spec: str) -> dict:
    result = runner.invoke(cli, ["--store", spec, "stats", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_ingest_summary_and_stats_json_shape(runner, loaded):
    data = stats(runner, loaded)
    assert set(data) == {"nodes", "relationships"}
    assert data["nodes"]["Vendor"] == 2 and data["relationships"]["SERVICED"] == 2
    assert all(isinstance(v, int) for part in data.values() for v in part.values())


def test_ingest_twice_leaves_stats_unchanged(runner, loaded, tmp_path):
    before = stats(runner, loaded)
    result = runner.invoke(
        cli, ["--store", loaded, "ingest", "--no-reference", str(tmp_path / "facts")]
    )
    assert result.exit_code == 0
    assert "Entities: 0 added, 0 updated" in result.output
    assert "Relationships: 0 added, 0 updated" in result.output
    assert stats(runner, loaded) == before


def test_ingest_with_bad_files_exits_nonzero_and_names_file_and_line(runner, store_spec, tmp_path):
    folder = write_valid(tmp_path / "mixed")
    lines = write_bad(folder)
    result = runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(folder)])
    assert result.exit_code == 1
    assert "Documents read: 4; skipped: 5" in result.output
    for name, line in lines.items():
        assert f"{name}:{line}:" in result.output
    assert stats(runner, store_spec)["nodes"]["Vendor"] == 2


@pytest.mark.parametrize("query", ["CREATE (n:Vendor {id:'x'})", "MATCH (n) DETACH DELETE n"])
def test_cypher_refuses_writes_and_the_store_is_unchanged(runner, loaded, query):
    before = stats(runner, loaded)
    result = runner.invoke(cli, ["--store", loaded, "cypher", query])
    assert result.exit_code == 1
    assert "read-only" in result.output
    assert stats(runner, loaded) == before


def test_cypher_formats_and_params(runner, loaded):
    query = "MATCH (v:Vendor) WHERE v.id = $id RETURN v.name AS name, v.aliases AS aliases"
    result = runner.invoke(
        cli, ["--store", loaded, "cypher", query, "-p", "id=vendor:paylink", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Paylink", "aliases": ["Paylink Inc."]}]
    result = runner.invoke(
        cli,
        [
            "--store",
            loaded,
            "cypher",
            "MATCH (v:Vendor) RETURN v.name AS name ORDER BY name",
            "--format",
            "csv",
        ],
    )
    assert list(csv.reader(io.StringIO(result.output))) == [["name"], ["Acme Cloud"], ["Paylink"]]
    result = runner.invoke(
        cli, ["--store", loaded, "cypher", "-", "--format", "table"], input="RETURN 1 + 1 AS two"
    )
    assert result.output.splitlines()[-1].strip() == "2"


def test_show_resolves_aliases_case_insensitively_and_suggests(runner, loaded):
    result = runner.invoke(cli, ["--store", loaded, "show", "ACMECLOUD.COM"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Acme Cloud  [Vendor]  vendor:acme-cloud")
    assert "-SERVICED-> Listings Board  [alleged, from 2013]" in result.output
    assert '"Acme Cloud sold the board its customer database."' in result.output
    missing = runner.invoke(cli, ["--store", loaded, "show", "Acme Clod"])
    assert missing.exit_code == 1
    assert "no entity named 'Acme Clod'" in missing.output
    assert "Did you mean: Acme Cloud" in missing.output


def test_export_json_node_link_shape(runner, loaded, tmp_path):
    out = tmp_path / "graph.json"
    result = runner.invoke(cli, ["--store", loaded, "export", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    node = next(n for n in data["nodes"] if n["id"] == "vendor:acme-cloud")
    assert node == {
        "id": "vendor:acme-cloud", "type": "Vendor", "name": "Acme Cloud",
        "aliases": ["Acme Cloud Inc.", "acmecloud.com"], "properties": {},
    }  # fmt: skip
    link = next(
        x for x in data["links"] if x["type"] == "SERVICED" and x["source"] == "vendor:acme-cloud"
    )
    assert link["target"] == "platform:listings-board"
    assert link["properties"]["status"] == "alleged"
    [evidence] = link["evidence"]
    assert {k: evidence[k] for k in ("quote", "start", "end", "source")} == {
        "quote": "Acme Cloud sold the board its customer database.",
        "start": 10, "end": 58, "source": "https://example.org/opinion",
    }  # fmt: skip
    assert evidence["document"].startswith("document:")
    stdout = runner.invoke(cli, ["--store", loaded, "export", "json", "-o", "-"])
    assert json.loads(stdout.output) == data


def test_protected_people_are_pseudonymised_unless_revealed(runner, loaded):
    hidden = runner.invoke(cli, ["--store", loaded, "export", "json"])
    assert "Jane Roe" not in hidden.output
    data = json.loads(hidden.output)
    person = next(n for n in data["nodes"] if n["type"] == "Person")
    assert person["name"].startswith("Protected person ")
    quote = next(x for x in data["links"] if x["type"] == "PLAINTIFF_IN")["evidence"][0]["quote"]
    assert quote == f"{person['name']} sued the board in 2019."
    shown = runner.invoke(cli, ["--store", loaded, "export", "json", "--reveal-protected"])
    assert "Jane Roe sued the board in 2019." in shown.output
    case = runner.invoke(cli, ["--store", loaded, "show", "Roe v. Listings Board"])
    assert "Jane Roe" not in case.output.replace("Roe v. Listings Board", "")


def test_hostile_names_are_plain_data(runner, store_spec, tmp_path):
    facts = tmp_path / "hostile.yaml"
    facts.write_text(
        json.dumps({"entities": [{"type": "Vendor", "name": HOSTILE}, {"type": "Platform", "name": "Board"}],
                    "relationships": [{"type": "SERVICED", "from": HOSTILE, "to": "Board", "status": "alleged",
                                       "quote": HOSTILE, "source": "https://example.org/x"}]}),
        encoding="utf-8",
    )  # fmt: skip
    assert (
        runner.invoke(
            cli, ["--store", store_spec, "ingest", "--no-reference", str(facts)]
        ).exit_code
        == 0
    )
    result = runner.invoke(
        cli,
        [
            "--store",
            store_spec,
            "cypher",
            "MATCH (v:Vendor) RETURN v.name AS name",
            "--format",
            "json",
        ],
    )
    assert json.loads(result.output) == [{"name": HOSTILE}]
    shown = runner.invoke(cli, ["--store", store_spec, "show", HOSTILE])
    assert shown.exit_code == 0 and HOSTILE in shown.output
    assert stats(runner, store_spec)["relationships"]["SERVICED"] == 1


def test_chain_prints_each_hop_with_its_quote(runner, store_spec, tmp_path):
    folder = write_valid(tmp_path / "facts")
    runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(folder)])
    result = runner.invoke(cli, ["--store", store_spec, "chain", "Acme Cloud"])
    assert result.exit_code == 0, result.output
    assert (
        "Acme Cloud -SERVICED-> Listings Board -PROMPTED-> Platform Liability Act" in result.output
    )
    assert '"Acme Cloud sold the board its customer database."' in result.output
    assert '"The board led lawmakers to pass the act."' in result.output


OWNER_CHAIN = """
sources:
  s1: {title: "Test", url: "https://example.org/a", published: 2020-12-10}
entities:
  - {type: Vendor, name: Acme Pay}
  - {type: Organization, name: Mind Holdings}
  - {type: Platform, name: Tubehub}
  - {type: Law, name: Test Act}
relationships:
  - {type: SERVICED, from: Acme Pay, to: Mind Holdings, status: alleged,
     evidence: [{source: s1, quote: "Acme Pay processed payments for Mind Holdings."}]}
  - {type: OWNS, from: Mind Holdings, to: Tubehub, status: established,
     evidence: [{source: s1, quote: "Mind Holdings owns Tubehub."}]}
  - {type: PROMPTED, from: Tubehub, to: Test Act, status: established,
     evidence: [{source: s1, quote: "Tubehub led to the Test Act."}]}
"""


def test_chain_through_the_platforms_owner(runner, store_spec, tmp_path):
    """A vendor that serviced a platform's owner company reaches the platform through OWNS."""
    path = tmp_path / "owner.yaml"
    path.write_text(OWNER_CHAIN, encoding="utf-8")
    done = runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(path)])
    assert done.exit_code == 0, done.output
    result = runner.invoke(cli, ["--store", store_spec, "chain", "Acme Pay"])
    assert result.exit_code == 0, result.output
    assert (
        "Acme Pay -SERVICED-> Mind Holdings -OWNS-> Tubehub -PROMPTED-> Test Act" in result.output
    )
    assert '"Mind Holdings owns Tubehub."' in result.output
    data = json.loads(
        runner.invoke(cli, ["--store", store_spec, "chain", "--format", "json"]).output
    )
    assert [(c["vendor"], c["owner"], c["platform"], [h["type"] for h in c["hops"]]) for c in data] == [
        ("vendor:acme-pay", "organization:mind-holdings", "platform:tubehub",
         ["SERVICED", "OWNS", "PROMPTED"]),
    ]  # fmt: skip


def test_lgraph_store_environment_variable_is_honoured(runner, loaded):
    result = runner.invoke(cli, ["stats", "--format", "json"], env={"LGRAPH_STORE": loaded})
    assert json.loads(result.output)["nodes"]["Vendor"] == 2


def test_missing_store_gives_a_hint(runner, tmp_path):
    result = runner.invoke(cli, ["--store", f"embedded:{tmp_path / 'none'}", "stats"])
    assert result.exit_code == 1
    assert "no graph at" in result.output and "Hint:" in result.output


def test_real_lgraph_subprocess(tmp_path):
    folder = write_valid(tmp_path / "facts")
    write_bad(folder)
    lgraph = Path(sys.executable).parent / "lgraph"
    env = {**os.environ, "LGRAPH_STORE": f"embedded:{tmp_path / 'graph'}"}
    ingest = subprocess.run(
        [str(lgraph), "ingest", "--no-reference", str(folder)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ingest.returncode == 1
    assert "malformed.yaml:4:" in ingest.stderr
    out = subprocess.run(
        [str(lgraph), "stats", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(out.stdout)["relationships"]["SHUT_DOWN"] == 1


def test_ctrl_c_in_any_command_exits_130_with_a_word_not_a_traceback(runner, loaded, monkeypatch):
    from liability_graph.graph.store import Store

    def interrupted(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "counts", interrupted)
    result = runner.invoke(cli, ["--store", loaded, "stats"])
    assert result.exit_code == 130
    assert "Interrupted." in result.output
    assert "Aborted" not in result.output and "Traceback" not in result.output


def test_ctrl_c_while_ingest_closes_the_store_says_what_the_store_holds(
    runner, store_spec, tmp_path, monkeypatch
):
    from liability_graph.graph.embedded import EmbeddedStore

    real = EmbeddedStore.checkpoint

    def interrupted_once(self):
        monkeypatch.setattr(EmbeddedStore, "checkpoint", real)
        raise KeyboardInterrupt  # as Ctrl-C while closing settles the last writes

    folder = write_valid(tmp_path / "facts")
    monkeypatch.setattr(EmbeddedStore, "checkpoint", interrupted_once)
    result = runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(folder)])
    assert result.exit_code == 130
    assert "Interrupted: the store holds what was committed before Ctrl-C" in result.output
    assert "ingest the same input again" in result.output
    # and so it does: the same input again completes it, as one clean ingest would
    again = runner.invoke(cli, ["--store", store_spec, "ingest", "--no-reference", str(folder)])
    assert again.exit_code == 0, again.output
    clean = f"embedded:{tmp_path / 'clean'}"
    assert (
        runner.invoke(cli, ["--store", clean, "ingest", "--no-reference", str(folder)]).exit_code
        == 0
    )

    def counts(spec: str) -> dict:  # stdout only: stderr may carry a note on the stop
        return json.loads(runner.invoke(cli, ["--store", spec, "stats", "--format", "json"]).stdout)

    assert counts(store_spec) == counts(clean)
