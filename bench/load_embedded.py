"""Load speed of the embedded store: our Writer against a raw engine COPY of the same rows.

Generates N entities and 10·N relationships, each with one piece of evidence, and loads
them twice, each time into a fresh LadybugDB folder and in its own process (so the peak
memory figures are separate):

  ours      facts -> Writer (validation, merge with stored facts, batched atomic writes)
  raw COPY  the same rows, pre-built as Arrow tables, COPYed straight into the same schema

Both start from input already in memory (fact objects for ours, generated 50,000 at a time;
Arrow tables for the raw COPY); building those is not timed.

Both open the engine with the same buffer pool, the store's setting (settings.py:
LGRAPH_BUFFER_POOL_MB, else DEFAULT_BUFFER_POOL_MB; `--buffer-pool-mb` sets it for both),
so that neither side's peak memory or speed comes from a larger pool. The raw COPY's peak
includes its input: the whole million relationships, as Arrow tables and as the fact
objects they were built from, are in memory before it starts.

Prints a table with seconds, relationships/s, the ratio to raw COPY and peak RSS.
Usage: python bench/load_embedded.py [--entities N] [--out DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

RELS_PER_SOURCE = 20  # sources are the Vendor and Organization quarters: 10·N in all
KINDS = ("Vendor", "Organization", "Platform", "Case")


def entity_name(kind: str, i: int) -> str:
    return f"{kind} {i:07d}"


def synthetic_facts(n: int) -> Iterator:
    """N entities (a quarter of each kind), then 10·N relationships with evidence."""
    from liability_graph.graph.model import Document, Entity, Evidence, Relationship, entity_key

    quarter = n // 4
    document = Document(title="Synthetic source", url="https://example.org/synthetic")
    yield document
    for kind in KINDS:
        for i in range(quarter):
            yield Entity(kind, entity_name(kind, i), aliases=[f"{kind[:3]}-{i}"])
    keys = {
        kind: [entity_key(kind, entity_name(kind, i)) for i in range(quarter)] for kind in KINDS
    }
    plan = (("Vendor", "SERVICED", "Platform"), ("Vendor", "DEFENDANT_IN", "Case"),
            ("Organization", "OWNS", "Platform"), ("Organization", "DEFENDANT_IN", "Case"))  # fmt: skip
    offset = 0
    for source_kind, rel_type, target_kind in plan:
        for i in range(quarter):
            for j in range(RELS_PER_SOURCE // 2):
                target = keys[target_kind][(i + j) % quarter]
                quote = f"{entity_name(source_kind, i)} and {target} are linked in record {j}."
                yield Relationship(
                    rel_type,
                    keys[source_kind][i],
                    target,
                    "alleged",
                    [
                        Evidence(
                            document.key,
                            quote,
                            document.url,
                            offset,
                            offset + len(quote),
                            "bench",
                            0.9,
                        )
                    ],
                    date_on="2019-04",
                )
                offset += len(quote) + 1


class Clock:
    """Wall-clock and CPU seconds (all threads of this process) of the timed sections.

    CPU seconds are printed beside wall seconds because this machine is shared: under load
    a process waits for a core, and wall time then says more about the neighbours."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    @contextlib.contextmanager
    def running(self):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu


def run_ours(n: int, folder: Path, chunk: int = 50_000) -> dict:
    """Facts are generated a chunk at a time with the clock stopped, then handed to the
    Writer with the clock running: only our loading is timed, and memory stays bounded.
    The clock stops after the last batch is committed and checkpointed into the database
    file, as the raw COPY's is."""
    from liability_graph.graph.embedded import EmbeddedStore

    store = EmbeddedStore(folder)
    facts = synthetic_facts(n)
    clock = Clock()
    writer = store.writer()
    while True:
        batch = list(itertools.islice(facts, chunk))
        if not batch:
            break
        with clock.running():
            writer.add_all(batch)
    with clock.running():
        writer.flush()
        store.checkpoint()
    counts = store.counts()
    store.close()
    relationships = sum(counts["relationships"].values())
    return {"seconds": clock.wall, "cpu": clock.cpu, "relationships": relationships}


def raw_tables(n: int):
    """The rows our Writer would store, as Arrow tables per (table, from, to)."""
    import pyarrow as pa

    from liability_graph.graph.embedded import relationship_arrow_table
    from liability_graph.graph.model import Entity, Relationship
    from liability_graph.graph.ontology import load_ontology
    from liability_graph.graph.rows import entity_row

    ontology = load_ontology()
    nodes: dict[str, list[dict]] = {}
    rels: dict[tuple, list] = {}
    for fact in synthetic_facts(n):
        if isinstance(fact, Relationship):
            pair = (fact.type, ontology.type_of_key(fact.source), ontology.type_of_key(fact.target))
            rels.setdefault(pair, []).append(fact)
        else:
            entity = fact if isinstance(fact, Entity) else fact.to_entity()
            nodes.setdefault(entity.type, []).append(entity_row(entity, ontology))
    node_tables = {
        t: pa.Table.from_pylist(rows, schema=_schema(ontology, t)) for t, rows in nodes.items()
    }
    rel_tables = {
        pair: relationship_arrow_table(ontology, pair[0], group) for pair, group in rels.items()
    }
    return ontology, node_tables, rel_tables


def _schema(ontology, type_name: str):
    import pyarrow as pa

    from liability_graph.graph.embedded import ARROW_TYPES

    return pa.schema(
        [(c, ARROW_TYPES[s.type]) for c, s in ontology.node_columns(type_name).items()]
    )


def run_raw(n: int, folder: Path) -> dict:
    import ladybug

    from liability_graph.graph.ontology import ladybug_ddl
    from liability_graph.settings import resolve_buffer_pool_mb

    ontology, node_tables, rel_tables = raw_tables(n)
    folder.mkdir(parents=True)
    pool = resolve_buffer_pool_mb() * 2**20  # the pool the store opens with
    db = ladybug.Database(str(folder / "graph.lbdb"), buffer_pool_size=pool)
    conn = ladybug.Connection(db)
    for statement in ladybug_ddl(ontology):
        conn.execute(statement)
    clock = Clock()
    with clock.running():
        for type_name, table in node_tables.items():
            conn.execute(f"COPY `{type_name}` FROM $rows", {"rows": table})
        for (type_name, source, target), table in rel_tables.items():
            multi = len(ontology.relationship_type(type_name).endpoints) > 1
            options = f" (from='{source}', to='{target}')" if multi else ""
            conn.execute(f"COPY `{type_name}` FROM $rows{options}", {"rows": table})
        conn.execute("CHECKPOINT")
    count = conn.execute("MATCH ()-[r]->() RETURN count(r)").get_all()[0][0]
    conn.close()
    db.close()
    return {"seconds": clock.wall, "cpu": clock.cpu, "relationships": count}


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def child(mode: str, n: int, folder: str) -> None:
    result = (run_ours if mode == "ours" else run_raw)(n, Path(folder))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument(
        "--buffer-pool-mb", type=int, help="the engine's buffer pool for both loads (MB)"
    )
    parser.add_argument("--child", choices=["ours", "raw"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.entities, args.folder)
        return

    from liability_graph.settings import BUFFER_POOL_ENV, resolve_buffer_pool_mb

    if args.buffer_pool_mb is not None:
        os.environ[BUFFER_POOL_ENV] = str(resolve_buffer_pool_mb(args.buffer_pool_mb))
    pool_mb = resolve_buffer_pool_mb()
    n = args.entities
    results = {}
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="lgraph-bench-") as tmp:
        for mode in ("raw", "ours"):
            folder = Path(tmp) / mode
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    mode,
                    "--entities",
                    str(n),
                    "--folder",
                    str(folder),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
            shutil.rmtree(folder, ignore_errors=True)
    raw = results["raw"]
    print(
        f"Embedded load: N = {n:,} entities, {raw['relationships']:,} relationships with evidence, "
        f"buffer pool {pool_mb:,} MB"
    )
    print(
        f"{'loader':<10} {'seconds':>9} {'rels/s':>10} {'vs raw':>7} "
        f"{'CPU s':>8} {'vs raw (CPU)':>13} {'peak RSS MB':>12}"
    )
    for mode, label in (("raw", "raw COPY"), ("ours", "ours")):
        r = results[mode]
        rate = r["relationships"] / r["seconds"]
        cpu_ratio = (raw["cpu"] / raw["relationships"]) / (r["cpu"] / r["relationships"])
        print(
            f"{label:<10} {r['seconds']:>9.2f} {rate:>10,.0f} "
            f"{rate / (raw['relationships'] / raw['seconds']):>6.2f}x {r['cpu']:>8.2f} "
            f"{cpu_ratio:>12.2f}x {r['peak_rss_mb']:>12,.0f}"
        )
    print(f"load average before / after: {load_before} / {_load()}")
    if results["ours"]["relationships"] != results["raw"]["relationships"]:
        print("WARNING: the two loads stored different numbers of relationships")


if __name__ == "__main__":
    main()
