"""Neo4j against the embedded store, end to end on a real Neo4j 5.26 server: the same input
gives the same graph, the same `lgraph` output and the same named-query rows; re-ingest and
a loader killed mid-way leave no duplicates; `lgraph cypher` cannot write."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, REPO

from liability_graph.cli import cli
from liability_graph.graph.model import Entity, Evidence, Relationship, entity_key
from liability_graph.graph.store import Store, open_store
from liability_graph.settings import GROUP_FACTS_ENV

pytestmark = pytest.mark.neo4j


def lgraph(spec: str, *args: str, env: dict[str, str] | None = None, ok: bool = True):
    result = CliRunner().invoke(cli, ["--store", spec, *args], env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def export(spec: str, env: dict[str, str] | None = None) -> dict:
    return json.loads(lgraph(spec, "export", "json", env=env).stdout)


def sorted_graph(data: dict) -> dict:
    """Node-link JSON with nodes and links in a canonical order ("identical up to order")."""
    dump = lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False)  # noqa: E731
    return {
        **data,
        "nodes": sorted(data["nodes"], key=dump),
        "links": sorted(data["links"], key=dump),
    }


def server_counts(settings) -> tuple[int, int, int]:
    """Nodes, relationships and duplicated keys, counted by Cypher on the server itself."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        records, _, _ = d.execute_query(
            "CALL () { MATCH (n) RETURN count(n) AS nodes } "
            "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
            "CALL () { MATCH (n) WITH n.id AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS dn } "
            "CALL () { MATCH ()-[r]->() WITH type(r) AS t, r.key AS k, count(*) AS c "
            "          WHERE c > 1 RETURN count(*) AS dr } "
            "RETURN nodes, rels, dn + dr AS duplicates",
            database_=settings.database,
        )
    return records[0]["nodes"], records[0]["rels"], records[0]["duplicates"]


# -- examples/ through the CLI ----------------------------------------------------------------


def test_examples_give_identical_stats_export_and_queries(tmp_path, neo4j_store, neo4j_env):
    embedded = f"embedded:{tmp_path / 'graph'}"
    neo4j = neo4j_env["NEO4J_URI"]
    # One vault for both: the same protected persons get the same pseudonyms in each store.
    neo4j_env = {**neo4j_env, "LGRAPH_VAULT": str(tmp_path / "shared.vault")}
    for spec in (embedded, neo4j):
        lgraph(spec, "ingest", str(EXAMPLES), env=neo4j_env)

    stats = [
        lgraph(s, "stats", "--format", "json", env=neo4j_env).stdout for s in (embedded, neo4j)
    ]
    assert stats[0] == stats[1]
    assert json.loads(stats[0])["relationships"]["MENTIONS"] > 0

    graphs = [export(s, env=neo4j_env) for s in (embedded, neo4j)]
    assert sorted_graph(graphs[0]) == sorted_graph(graphs[1])
    assert graphs[0] == graphs[1]  # iteration order is the same too
    assert len(graphs[0]["links"]) == sum(json.loads(stats[0])["relationships"].values())

    # Node and relationship values come back in the same plain shapes.
    for query in (
        "MATCH (n:`Vendor`) RETURN n ORDER BY n.id",
        "MATCH (a:`Vendor`)-[r:`SERVICED`]->(b) RETURN a.id, r, b.name ORDER BY a.id, b.name",
    ):
        outputs = [
            lgraph(s, "cypher", query, "--format", "json", env=neo4j_env).stdout
            for s in (embedded, neo4j)
        ]
        assert outputs[0] == outputs[1]
        assert '"_label": "Vendor"' in outputs[0] or '"_type": "SERVICED"' in outputs[0]


def test_named_queries_give_the_same_rows(tmp_path, neo4j_store):
    """Every named query, with names resolved the same way, gives identical rows (evidence
    decoded into lists of objects) on both stores."""
    from query_cases import CASES, MORE_PARAMS

    from liability_graph.loaders.ingest import ingest
    from liability_graph.queries import query_names, run_named

    vault = tmp_path / "shared.vault"  # the same pseudonyms in both stores
    with open_store(f"embedded:{tmp_path / 'graph'}") as embedded:
        ingest(embedded, [EXAMPLES], vault=vault)
    ingest(neo4j_store, [EXAMPLES], vault=vault)
    assert set(CASES) == set(query_names()), "every named query needs a case in query_cases"
    checked, with_rows = 0, set()
    with open_store(f"embedded:{tmp_path / 'graph'}", read_only=True) as embedded:
        for name in query_names():
            for params in [CASES[name][0], *MORE_PARAMS.get(name, [])]:
                left = run_named(embedded, name, params)
                right = run_named(neo4j_store, name, params)
                assert left.columns == right.columns, name
                if _ordered(left.query.text):
                    assert left.rows == right.rows, (name, params)
                else:  # a UNION without a final ORDER BY: the same rows in any order
                    assert sorted(map(repr, left.rows)) == sorted(map(repr, right.rows)), name
                assert left.entities == right.entities, (name, params)
                checked += 1
                if left.rows:
                    with_rows.add(name)
    assert checked > 2 * len(query_names())
    assert with_rows == set(query_names()), "every named query must find something here"


def _ordered(text: str) -> bool:
    """Does the query's last branch end with ORDER BY (so the row order is defined)?"""
    return "ORDER BY" in text.upper().rsplit("UNION", 1)[-1]


def test_ingesting_twice_into_neo4j_adds_nothing(neo4j_store, neo4j_settings, neo4j_env):
    spec = neo4j_env["NEO4J_URI"]
    lgraph(spec, "ingest", str(EXAMPLES), env=neo4j_env)
    first = server_counts(neo4j_settings)
    again = lgraph(spec, "ingest", "--format", "json", str(EXAMPLES), env=neo4j_env)
    report = json.loads(again.stdout)
    assert (report["entities_added"], report["relationships_added"]) == (0, 0)
    assert server_counts(neo4j_settings) == first
    assert first[0] > 100 and first[1] > 300 and first[2] == 0


def test_cypher_command_cannot_write_to_neo4j(neo4j_store, neo4j_settings, neo4j_env):
    spec = neo4j_env["NEO4J_URI"]
    lgraph(spec, "ingest", str(EXAMPLES), env=neo4j_env)
    before = server_counts(neo4j_settings)
    for text in (
        "CREATE (n:`Vendor` {id: 'vendor:intruder', name: 'Intruder'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:`Vendor`) SET n.name = 'changed'",
        "CREATE CONSTRAINT intruder FOR (n:X) REQUIRE n.id IS UNIQUE",
    ):
        result = lgraph(spec, "cypher", text, env=neo4j_env, ok=False)
        assert result.exit_code == 1, result.output
        assert "refused before it reached the store (read-only)" in result.output
    assert server_counts(neo4j_settings) == before
    names = lgraph(spec, "cypher", "MATCH (n:`Vendor`) RETURN n.name", env=neo4j_env).stdout
    assert "changed" not in names


def test_sync_round_trip_through_the_cli(tmp_path, neo4j_store, neo4j_env):
    first = f"embedded:{tmp_path / 'first'}"
    back = f"embedded:{tmp_path / 'back'}"
    lgraph(first, "ingest", str(EXAMPLES))
    to_neo4j = lgraph(
        first, "sync", "--from", first, "--to", neo4j_env["NEO4J_URI"], "--format", "json",
        env=neo4j_env,
    )  # fmt: skip
    assert json.loads(to_neo4j.stdout)["relationships_added"] > 300
    lgraph(first, "sync", "--from", neo4j_env["NEO4J_URI"], "--to", back, env=neo4j_env)
    assert export(first) == export(neo4j_env["NEO4J_URI"], env=neo4j_env) == export(back)
    again = lgraph(first, "sync", "--from", first, "--to", neo4j_env["NEO4J_URI"], env=neo4j_env)
    assert "Relationships: 0 added, 0 updated" in again.stdout


# -- a synthetic graph of 10,000 relationships --------------------------------------------------

STATUSES = ("alleged", "established", "ruled")


def synthetic_graph(relationships: int = 10_000) -> list:
    """Entities of several types and `relationships` edges with dates, properties, unicode
    quotes and one to three pieces of evidence each."""
    vendors = [Entity("Vendor", f"Vendor {i:04d} Ünïcode", aliases=[f"V{i}"]) for i in range(400)]
    platforms = [
        Entity("Platform", f"Platform {i:04d}", properties={"launched": f"{2000 + i % 20}"})
        for i in range(300)
    ]
    cases = [Entity("Case", f"Case {i:04d}", properties={"plaintiff_count": i}) for i in range(200)]
    laws = [Entity("Law", f"Law {i:03d}", properties={"citation": f"§ {i}"}) for i in range(50)]
    facts: list = [*vendors, *platforms, *cases, *laws]
    plans = (
        ("SERVICED", vendors, platforms, {"service": "hosting «cloud»"}),
        ("DEFENDANT_IN", platforms, cases, {"charges": "conspiracy"}),
        ("PROMPTED", platforms, laws, {}),
        ("INVOKES", cases, laws, {"claim": "defence"}),
    )
    made = 0
    while made < relationships:
        rel_type, sources, targets, props = plans[made % len(plans)]
        i = made // len(plans)
        source = sources[i % len(sources)]
        target = targets[(i // len(sources) + i * 7) % len(targets)]
        evidence = [
            Evidence(
                f"document:{(made + k) % 97:04d}",
                f"{source.name} → {target.name}, «quote» {k} \"double\" 'single'",
                f"https://example.org/{k}",
                start=k * 10,
                end=k * 10 + 5,
                status=STATUSES[(made + k) % 3],
                date=f"2019-0{1 + k}",
            )
            for k in range(1 + made % 3)
        ]
        facts.append(
            Relationship(
                rel_type,
                source.key,
                target.key,
                STATUSES[made % 3],
                evidence,
                date_on=None if made % 2 else f"20{10 + made % 10}",
                date_from="2012" if made % 5 == 0 else None,
                properties=props if made % 4 else {},
            )
        )
        made += 1
    return facts


def test_synthetic_graph_of_10k_relationships_is_identical(tmp_path, neo4j_store):
    from liability_graph.export.json_export import iter_node_link

    facts = synthetic_graph()
    rels = [f for f in facts if isinstance(f, Relationship)]
    assert len({r.key for r in rels}) == 10_000
    with open_store(f"embedded:{tmp_path / 'graph'}") as embedded:
        summaries = []
        for store in (embedded, neo4j_store):
            with store.writer(batch_size=4_000) as writer:
                writer.add_all(facts)
            summaries.append(writer.summary.as_dict())
        assert summaries[0] == summaries[1]
        assert embedded.counts() == neo4j_store.counts()
        assert sum(neo4j_store.counts()["relationships"].values()) == 10_000
        assert list(embedded.iter_entities()) == list(neo4j_store.iter_entities())
        assert list(embedded.iter_relationships()) == list(neo4j_store.iter_relationships())
        assert list(iter_node_link(embedded)) == list(iter_node_link(neo4j_store))


# -- a loader killed mid-way ---------------------------------------------------------------------

FILES, RELS_PER_FILE, ENTITIES = 8, 1_500, 1_200


def write_synthetic_facts(folder: Path) -> int:
    """An entities CSV, then FILES relationship CSVs; returns how many SERVICED edges."""
    folder.mkdir(parents=True)
    lines = ["type,name,aliases,description"]
    for i in range(ENTITIES):
        lines.append(f"Vendor,Synvendor {i:05d},SV{i},Synthetic vendor {i}")
        lines.append(f"Platform,Synplatform {i:05d},SP{i},Synthetic platform {i}")
    (folder / "00-entities.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    made = 0
    for f in range(FILES):
        rows = ["type,from,to,status,quote,source"]
        for j in range(RELS_PER_FILE):
            n = f * RELS_PER_FILE + j
            vendor, platform = n % ENTITIES, (n // ENTITIES + n * 13) % ENTITIES
            quote = f"Synvendor {vendor:05d} worked for Synplatform {platform:05d} (row {n})."
            source = f"https://example.org/synthetic/{f}"
            rows.append(
                f"SERVICED,Synvendor {vendor:05d},Synplatform {platform:05d},alleged,"
                f'"{quote}",{source}'
            )
            made += 1
        (folder / f"rels-{f:02d}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return made


def synthetic_edges(settings) -> int:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        records, _, _ = d.execute_query(
            "MATCH (:`Vendor`)-[r:`SERVICED`]->(:`Platform`) "
            "WHERE r.key STARTS WITH 'vendor:synvendor' RETURN count(r) AS n",
            database_=settings.database,
        )
    return records[0]["n"]


def ingest_process(folder: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "liability_graph.cli", "ingest", "--format", "json", str(folder)],
        cwd=REPO,
        # One write group per file or so: the kill lands between committed groups.
        env={**os.environ, GROUP_FACTS_ENV: "2000", **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_gives_the_clean_graph(
    tmp_path, neo4j_store, neo4j_settings, neo4j_env
):
    folder = tmp_path / "facts"
    total = write_synthetic_facts(folder)

    loader = ingest_process(folder, neo4j_env)
    deadline = time.monotonic() + 300
    seen = 0
    while loader.poll() is None and time.monotonic() < deadline:
        seen = synthetic_edges(neo4j_settings)
        if seen > 0:
            loader.send_signal(signal.SIGKILL)  # no clean-up, no flush, no rollback by us
            break
        time.sleep(0.05)
    loader.wait(timeout=60)
    assert loader.returncode == -signal.SIGKILL, "the loader finished before it could be killed"
    partial = synthetic_edges(neo4j_settings)
    assert 0 < partial < total, f"killed too late to test anything ({partial} of {total})"
    print(f"killed with {partial} of {total} synthetic edges stored")
    assert server_counts(neo4j_settings)[2] == 0

    rerun = ingest_process(folder, neo4j_env)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode(errors="replace")
    after_kill = export(neo4j_env["NEO4J_URI"], env=neo4j_env)
    counts_after_kill = server_counts(neo4j_settings)

    neo4j_store.clear()
    clean = ingest_process(folder, neo4j_env)
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err.decode(errors="replace")
    assert server_counts(neo4j_settings) == counts_after_kill
    assert synthetic_edges(neo4j_settings) == total
    assert sorted_graph(export(neo4j_env["NEO4J_URI"], env=neo4j_env)) == sorted_graph(after_kill)


def test_open_store_reads_the_neo4j_environment(neo4j_store, neo4j_env, monkeypatch):
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    with open_store() as store:
        assert isinstance(store, Store) and store.dialect == "neo4j"
        store_key = entity_key("Vendor", "Env Vendor")
        with store.writer() as writer:
            writer.add_entity(Entity("Vendor", "Env Vendor"))
        assert list(store.fetch_entities("Vendor", [store_key])) == [store_key]
