"""Load speed into a real Neo4j server: our Writer/Neo4jStore against two hand-written loaders.

Generates N entities (Vendor, Platform, Organization, Case in equal parts) and M
relationships (SERVICED, DEFENDANT_IN, OWNS in the Vendor/Organization -> Platform/Case
quarters), each with one piece of evidence, then loads the relationships three ways into an
emptied database and prints relationships/s for each:

  ours   facts -> store.writer(): validation, merge with stored facts, atomic batches
  (a)    naive: one MERGE per relationship, one auto-commit transaction each; timed on a
         sample (--naive-sample) and extrapolated, since the full run would take hours
  (b)    best practice, straight on the driver: node-id constraints, then UNWIND batches of
         --chunk rows, one managed write transaction per batch

All three start from the same raw records (names and relationship specs, as a parsed CSV
would give): ours makes fact objects from them, (a) and (b) make row dicts with the
evidence as JSON, and the clock of ours and (b) covers that as well as writing the nodes.
Every timed run starts from an empty database and creates its schema before its clock
starts. The machine is shared, so --repeat N alternates (b) and ours N times and keeps
each one's best time.

The server comes from --store, else NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, else the
.neo4j/env file that `scripts/neo4j-server start` writes (LGRAPH_NEO4J_ENV names another).
The database is wiped: only a server on this machine (127.0.0.1, localhost, ::1) is accepted.

Usage: scripts/test-with-neo4j .venv/bin/python bench/load_neo4j.py [--entities 100000]
       [--relationships 1000000] [--repeat 2]      (a private server, stopped afterwards)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
KINDS = ("Vendor", "Platform", "Organization", "Case")
PLAN = (
    ("Vendor", "SERVICED", "Platform"),
    ("Vendor", "DEFENDANT_IN", "Case"),
    ("Organization", "OWNS", "Platform"),
    ("Organization", "DEFENDANT_IN", "Case"),
)
DOCUMENT = "document:bench-source"
SOURCE_URL = "https://example.org/bench"


@dataclass
class Spec:
    """One relationship of the synthetic graph, before it becomes a fact or a row."""

    type: str
    source_type: str
    target_type: str
    source: str
    target: str
    quote: str
    start: int


def entity_name(kind: str, i: int) -> str:
    return f"{kind} {i:07d}"


def entity_keys(n: int) -> dict[str, list[str]]:
    from liability_graph.graph.model import entity_key

    quarter = max(1, n // len(KINDS))
    return {k: [entity_key(k, entity_name(k, i)) for i in range(quarter)] for k in KINDS}


def relationship_specs(n: int, m: int) -> list[Spec]:
    """M distinct (type, source, target) triples spread evenly over the four plans."""
    keys = entity_keys(n)
    quarter = len(keys["Vendor"])
    per_plan = m // len(PLAN)
    per_source = -(-per_plan // quarter)  # ceiling
    if per_source > quarter:
        raise SystemExit(f"{m} relationships need more than {n} entities")
    step = max(1, quarter // per_source)
    specs: list[Spec] = []
    offset = 0
    for source_type, rel_type, target_type in PLAN:
        made = 0
        for j in range(per_source):
            for i in range(quarter):
                if made == per_plan:
                    break
                source = keys[source_type][i]
                target = keys[target_type][(i + j * step) % quarter]
                quote = f"{entity_name(source_type, i)} and {target} are linked in filing {j}."
                specs.append(
                    Spec(rel_type, source_type, target_type, source, target, quote, offset)
                )
                offset += len(quote) + 1
                made += 1
    return specs


def entity_specs(n: int) -> list[tuple[str, str]]:
    quarter = max(1, n // len(KINDS))
    return [(kind, entity_name(kind, i)) for kind in KINDS for i in range(quarter)]


def make_facts(entities: list[tuple[str, str]], specs: list[Spec]) -> Iterator:
    """What a loader yields for the raw records: entities, then relationships."""
    from liability_graph.graph.model import Entity, Evidence, Relationship

    for kind, name in entities:
        yield Entity(kind, name, aliases=[f"{kind[:3]}-{name[-7:]}"], description="synthetic")
    for s in specs:
        evidence = Evidence(
            DOCUMENT, s.quote, SOURCE_URL, s.start, s.start + len(s.quote), "bench", 0.9
        )
        yield Relationship(s.type, s.source, s.target, "alleged", [evidence], date_on="2019-04")


def node_rows(entities: list[tuple[str, str]]) -> dict[str, list[dict]]:
    """(a) and (b): the same node properties ours stores, built by hand."""
    from liability_graph.graph.model import entity_key

    nodes: dict[str, list[dict]] = {}
    for kind, name in entities:
        alias = f"{kind[:3]}-{name[-7:]}"
        nodes.setdefault(kind, []).append(
            {
                "id": entity_key(kind, name),
                "name": name,
                "aliases": [alias],
                "description": "synthetic",
                "lookup": [name.lower(), alias.lower()],
            }
        )
    return nodes


def edge_rows(specs: list[Spec]) -> Iterator[tuple[tuple[str, str, str], dict]]:
    """(a) and (b): one row per relationship, evidence as the same JSON list ours stores."""
    for s in specs:
        evidence = {
            "document": DOCUMENT, "source": SOURCE_URL, "quote": s.quote, "start": s.start,
            "end": s.start + len(s.quote), "method": "bench", "confidence": 0.9,
            "status": "alleged", "date": None,
        }  # fmt: skip
        props = {
            "key": f"{s.source}-{s.type}->{s.target}",
            "status": "alleged",
            "date_on": "2019-04",
            "evidence": json.dumps([evidence], ensure_ascii=False, separators=(",", ":")),
        }
        yield (s.type, s.source_type, s.target_type), {"s": s.source, "t": s.target, "p": props}


# -- the server ------------------------------------------------------------------------


def settings_from(args: argparse.Namespace):
    from liability_graph.settings import resolve_store

    env = dict(os.environ)
    env_file = Path(os.environ.get("LGRAPH_NEO4J_ENV") or REPO / ".neo4j" / "env")
    if not args.store and not env.get("NEO4J_URI") and env_file.exists():
        for line in env_file.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep:
                env[key.strip()] = value.strip()
    uri = args.store or env.get("NEO4J_URI")
    if not uri:
        raise SystemExit(
            'no Neo4j server: run `eval "$(scripts/neo4j-server start)"` first, or '
            "`scripts/test-with-neo4j python bench/load_neo4j.py`"
        )
    host = urlsplit(uri).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to wipe {uri}: the benchmark only runs on a local server")
    return resolve_store(uri, env=env)


def driver_for(settings):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))


def reset(driver, database: str) -> None:
    """Empty the database and drop every constraint and index the last run made."""
    with driver.session(database=database) as session:
        session.run(
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS"
        ).consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS").consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT `{record['name']}`").consume()
        for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
            session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()


def count_graph(driver, database: str) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } "
        "RETURN n, r",
        database_=database,
    )
    return records[0]["n"], records[0]["r"]


# -- the loaders -----------------------------------------------------------------------


def node_constraints(driver, database: str) -> None:
    with driver.session(database=database) as session:
        for kind in KINDS:
            session.run(
                f"CREATE CONSTRAINT bench_{kind.lower()} IF NOT EXISTS "
                f"FOR (n:`{kind}`) REQUIRE n.id IS UNIQUE"
            ).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


def load_nodes_plain(driver, database: str, nodes: dict, chunk: int) -> None:
    for label, rows in nodes.items():
        cypher = f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET n += row"
        for start in range(0, len(rows), chunk):
            batch = rows[start : start + chunk]
            driver.execute_query(cypher, rows=batch, database_=database)


def run_best_practice(driver, database: str, entities: list, specs: list, chunk: int) -> float:
    """(b): rows built from the raw records, sent in UNWIND batches of `chunk` rows, one
    managed write transaction per batch; nodes first. The clock covers all of it."""
    node_constraints(driver, database)
    start = time.perf_counter()
    load_nodes_plain(driver, database, node_rows(entities), chunk)
    with driver.session(database=database) as session:
        pending: dict[tuple[str, str, str], list[dict]] = {}

        def send(pattern: tuple[str, str, str], rows: list[dict]) -> None:
            rel_type, source, target = pattern
            cypher = (
                f"UNWIND $rows AS row MATCH (a:`{source}` {{id: row.s}}) "
                f"MATCH (b:`{target}` {{id: row.t}}) MERGE (a)-[r:`{rel_type}`]->(b) SET r += row.p"
            )
            session.execute_write(lambda tx: tx.run(cypher, rows=rows).consume())

        for pattern, row in edge_rows(specs):
            rows = pending.setdefault(pattern, [])
            rows.append(row)
            if len(rows) == chunk:
                send(pattern, rows)
                pending[pattern] = []
        for pattern, rows in pending.items():
            if rows:
                send(pattern, rows)
    return time.perf_counter() - start


def run_naive(driver, database: str, entities: list, specs: list, sample: int, chunk: int):
    """(a): one auto-commit MERGE per relationship, on a sample spread over the patterns."""
    node_constraints(driver, database)
    load_nodes_plain(driver, database, node_rows(entities), chunk)
    by_pattern: dict[tuple[str, str, str], list[dict]] = {}
    for pattern, row in edge_rows(specs):
        by_pattern.setdefault(pattern, []).append(row)
    per_pattern = max(1, sample // len(by_pattern))
    done = 0
    start = time.perf_counter()
    with driver.session(database=database) as session:
        for (rel_type, source, target), rows in by_pattern.items():
            cypher = (
                f"MATCH (a:`{source}` {{id: $s}}) MATCH (b:`{target}` {{id: $t}}) "
                f"MERGE (a)-[r:`{rel_type}`]->(b) SET r += $p"
            )
            for row in rows[:per_pattern]:
                session.run(cypher, s=row["s"], t=row["t"], p=row["p"]).consume()
                done += 1
    return done, time.perf_counter() - start


def run_ours(settings, entities: list, specs: list, batch: int, chunk: int) -> float:
    """Ours: fact objects made from the raw records, through the Writer. The clock covers
    making the facts too."""
    from liability_graph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(settings, chunk_size=chunk)  # creates the ontology's constraints
    try:
        start = time.perf_counter()
        with store.writer(batch_size=batch) as writer:
            writer.add_all(make_facts(entities, specs))
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--naive-sample", type=int, default=2_000)
    parser.add_argument("--chunk", type=int, default=10_000, help="rows per UNWIND statement")
    parser.add_argument("--batch", type=int, default=None, help="facts per Writer flush")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of (b) and ours, alternated; best counts"
    )
    parser.add_argument("--store", help="a bolt:// or neo4j:// URI of a local server")
    parser.add_argument(
        "--only", choices=["ours", "naive", "plain"], action="append", help="run some loaders"
    )
    args = parser.parse_args()
    from liability_graph.graph.store import DEFAULT_BATCH_SIZE

    batch = args.batch or DEFAULT_BATCH_SIZE
    only = set(args.only or ["ours", "naive", "plain"])
    settings = settings_from(args)
    database = settings.database or "neo4j"

    specs = relationship_specs(args.entities, args.relationships)
    entities = entity_specs(args.entities)
    total = len(specs)
    runs: dict[str, list[float]] = {"plain": [], "ours": []}
    counts: dict[str, tuple[int, int]] = {}
    naive: tuple[int, float] | None = None

    driver = driver_for(settings)
    try:
        if "naive" in only:
            reset(driver, database)
            naive = run_naive(driver, database, entities, specs, args.naive_sample, args.chunk)
        for attempt in range(args.repeat):
            for mode in ("plain", "ours"):
                if mode not in only:
                    continue
                reset(driver, database)
                if mode == "plain":
                    seconds = run_best_practice(driver, database, entities, specs, args.chunk)
                else:
                    seconds = run_ours(settings, entities, specs, batch, args.chunk)
                counts[mode] = count_graph(driver, database)
                runs[mode].append(seconds)
                print(f"run {attempt + 1}: {mode} {seconds:,.1f} s", file=sys.stderr)
        reset(driver, database)
    finally:
        driver.close()

    print(
        f"Neo4j load: {len(entities):,} entities, {total:,} relationships with evidence; "
        f"chunk {args.chunk:,} rows, Writer batch {batch:,} facts; {settings.uri}"
    )
    for mode, (nodes_count, rels_count) in counts.items():
        print(f"  stored by {mode}: {nodes_count:,} nodes, {rels_count:,} relationships")
    rows: list[tuple[str, float, str]] = []
    if naive:
        done, seconds = naive
        rows.append(("(a) naive, one MERGE per rel", done / seconds, f"{done:,} sampled"))
    names = {"plain": "(b) driver + UNWIND batches", "ours": "ours: Writer + Neo4jStore"}
    for mode, times in runs.items():
        if times:
            shown = ", ".join(f"{t:,.1f}" for t in times)
            rows.append((names[mode], total / min(times), f"best of {shown} s"))
    ours = total / min(runs["ours"]) if runs["ours"] else None
    print(f"\n{'loader':<30} {'rels/s':>9}  {'ours is':>8}  run")
    for name, rate, note in rows:
        ratio = f"{ours / rate:.2f}x" if ours else "-"
        print(f"{name:<30} {rate:>9,.0f}  {ratio:>8}  {note}")


if __name__ == "__main__":
    main()
