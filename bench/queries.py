"""Latency of every named query on a generated graph, on the embedded store and on Neo4j.

Generates ENTITIES entities and RELATIONSHIPS relationships of every type (shaped like a
large corpus: documents mentioning entities are most of the edges; a few vendors serve many
platforms), loads them through our Writer into a fresh embedded store and into the Neo4j
server (wiped first; local servers only), then runs every named query --runs times with
parameters drawn at random from the generated entities (names and ids, as users give them:
the resolution of each name is part of the time), after one warm-up pass, and prints p50 and
p95 in milliseconds per query and store, with the target (p95 under 50 ms) checked.
Queries run with their default row limit (the first 100 rows, as `lgraph query` shows
them); `rows` is the mean row count and `cut` how many runs the limit cut short.

The baseline in the same run is the cheapest possible read on each store (`RETURN 1`), so a
loaded machine shows up in it. The machine is shared: say the load average with the figures.

Usage: scripts/test-with-neo4j .venv/bin/python bench/queries.py
       [--entities 100000] [--relationships 1000000] [--runs 50] [--keep DIR] [--no-neo4j]
--keep DIR keeps (and on later runs reuses) the generated embedded store and skips loading
Neo4j again when it already holds the same counts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0
SEED = 12

#: Share of the entities per type, and relationships per type (MENTIONS takes the rest).
ENTITY_SHARE = {
    "Vendor": 0.05, "Platform": 0.20, "Organization": 0.10, "Person": 0.15, "Case": 0.15,
    "Law": 0.02, "Court": 0.01, "Jurisdiction": 0.002, "Document": 0.318,
}  # fmt: skip
REL_SHARE = {
    "SERVICED": 0.06, "OWNS": 0.02, "FOUNDED": 0.015, "DEFENDANT_IN": 0.06, "PLAINTIFF_IN": 0.03,
    "HEARD_BY": 0.015, "INVOKES": 0.045, "PROMPTED": 0.005, "AMENDS": 0.002, "SHUT_DOWN": 0.003,
    "IN_JURISDICTION": 0.02,
}  # fmt: skip
ENDS = {
    "SERVICED": ("Vendor", "Platform"), "OWNS": ("Organization", "Platform"),
    "FOUNDED": ("Person", "Platform"), "DEFENDANT_IN": ("Platform", "Case"),
    "PLAINTIFF_IN": ("Person", "Case"), "HEARD_BY": ("Case", "Court"),
    "INVOKES": ("Case", "Law"), "PROMPTED": ("Platform", "Law"), "AMENDS": ("Law", "Law"),
    "SHUT_DOWN": ("Organization", "Platform"), "IN_JURISDICTION": ("Court", "Jurisdiction"),
}  # fmt: skip
DATED = {"launched": "Platform", "filed": "Case", "enacted": "Law"}


def names(n: int) -> dict[str, list[str]]:
    out = {}
    for kind, share in ENTITY_SHARE.items():
        count = max(2, int(n * share))
        out[kind] = [f"{kind} {i:06d}" for i in range(count)]
    return out


def facts(n_entities: int, n_rels: int) -> Iterator:
    """Entities, then relationships, deterministic for a seed."""
    from liability_graph.graph.model import Document, Entity, Evidence, Relationship, entity_key

    rng = random.Random(SEED)
    by_type = names(n_entities)
    keys = {k: [entity_key(k, name) for name in v] for k, v in by_type.items()}
    for kind, group in by_type.items():
        for i, name in enumerate(group):
            if kind == "Document":
                yield Document(name, source=f"/bench/{i:06d}.txt", content_hash=f"{i:064x}",
                               key=keys[kind][i], published=f"{2000 + i % 25}")  # fmt: skip
                continue
            props = {p: f"{2000 + i % 25}-{1 + i % 12:02d}" for p, t in DATED.items() if t == kind}
            yield Entity(kind, name, aliases=[f"{name} alias"], properties=props,
                         key=keys[kind][i], origin="curated")  # fmt: skip
    documents = keys["Document"]
    seen: set[str] = set()

    def pick(kind: str) -> str:
        group = keys[kind]
        # A skewed choice: low indexes (the "big" vendors, platforms, laws) come up more often.
        return group[min(int(rng.paretovariate(1.2)) - 1, len(group) - 1) if rng.random() < 0.3
                     else rng.randrange(len(group))]  # fmt: skip

    made = 0
    # At most half the distinct pairs a type's ends allow, so that a small graph (a smoke test)
    # cannot ask for more distinct relationships than exist; the default sizes are far below.
    quotas = {
        t: min(int(n_rels * share), len(keys[ENDS[t][0]]) * len(keys[ENDS[t][1]]) // 2)
        for t, share in REL_SHARE.items()
    }
    quotas["MENTIONS"] = n_rels - sum(quotas.values())
    for rel_type, quota in quotas.items():
        count = 0
        while count < quota:
            if rel_type == "MENTIONS":
                source = documents[rng.randrange(len(documents))]
                target_kind = rng.choice([k for k in keys if k != "Document"])
                target = pick(target_kind)
            else:
                a, b = ENDS[rel_type]
                source, target = pick(a), pick(b)
            key = f"{source}-{rel_type}->{target}"
            if source == target or key in seen:
                continue
            seen.add(key)
            document = documents[rng.randrange(len(documents))]
            evidence = [Evidence(document, f"{source} {rel_type} {target}, says the text.",
                                 start=made, end=made + 40, method="bench", status="alleged")]  # fmt: skip
            date = f"{2000 + made % 25}-{1 + made % 12:02d}" if made % 3 else None
            yield Relationship(rel_type, source, target, "alleged", evidence, date_on=date)
            count += 1
            made += 1


def load(store, n_entities: int, n_rels: int) -> float:
    started = time.perf_counter()
    with store.writer(batch_size=200_000) as writer:
        for fact in facts(n_entities, n_rels):
            if type(fact).__name__ == "Document":
                writer.add_document(fact)
            elif type(fact).__name__ == "Relationship":
                writer.add_relationship(fact)
            else:
                writer.add_entity(fact)
    return time.perf_counter() - started


def parameter_sets(n_entities: int, runs: int) -> dict[str, list[dict]]:
    """`runs` parameter sets per named query, names and ids drawn from the generated graph."""
    rng = random.Random(SEED + 1)
    by_type = names(n_entities)

    def any_of(*kinds: str) -> str:
        kind = rng.choice(kinds)
        return rng.choice(by_type[kind][: max(10, len(by_type[kind]) // 10)])

    def name() -> str:
        return any_of("Vendor", "Platform", "Case", "Law")

    makers: dict[str, Callable[[], dict]] = {
        "find_entity": lambda: {"name": name().upper()},
        "outgoing": lambda: {"entity": name()},
        "incoming": lambda: {"entity": name()},
        "cases_against": lambda: {"entity": any_of("Platform")},
        "liability_chain": lambda: {"vendor": any_of("Vendor")},
        "path": lambda: {"source": any_of("Vendor"), "target": any_of("Law"), "max_hops": 3},
        "timeline": lambda: {"entity": any_of("Platform", "Case")},
        "vendors_of": lambda: {"platform": any_of("Platform")},
        "platforms_of": lambda: {"vendor": any_of("Vendor")},
        "co_defendants": lambda: {"entity": any_of("Platform")},
        "shared_vendors": lambda: {"min_platforms": rng.choice([20, 30, 50])},
        "laws_against": lambda: {"entity": any_of("Platform")},
        "exposure": lambda: {"limit": 25},
        "documents_of": lambda: {"entity": name()},
        "cases_by_court": lambda: {"court": any_of("Court")},
        "cases_in": lambda: {"jurisdiction": any_of("Jurisdiction")},
    }
    return {q: [make() for _ in range(runs)] for q, make in makers.items()}


def measure(store, params: dict[str, list[dict]]) -> dict[str, tuple[float, float, int, int]]:
    from liability_graph.queries import query_names, run_named

    missing = set(query_names()) - set(params)
    if missing:
        raise SystemExit(f"no parameters for {sorted(missing)}")
    out = {}
    baseline = []
    for _ in range(len(next(iter(params.values())))):
        t = time.perf_counter()
        store.read("RETURN 1 AS one")
        baseline.append((time.perf_counter() - t) * 1000)
    out["(baseline: RETURN 1)"] = (statistics.median(baseline), _p95(baseline), 1, 0)
    for name in sorted(params):
        run_named(store, name, params[name][0])  # warm-up (plans, caches)
        times, rows, cut = [], 0, 0
        for values in params[name]:
            t = time.perf_counter()
            result = run_named(store, name, values)
            times.append((time.perf_counter() - t) * 1000)
            rows += len(result.rows)
            cut += result.truncated
        out[name] = (statistics.median(times), _p95(times), rows // len(times), cut)
    return out


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def neo4j_settings(uri: str | None):
    from liability_graph.settings import resolve_store

    env = dict(os.environ)
    env_file = Path(os.environ.get("LGRAPH_NEO4J_ENV") or REPO / ".neo4j" / "env")
    if not uri and not env.get("NEO4J_URI") and env_file.exists():
        for line in env_file.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep:
                env[key.strip()] = value.strip()
    uri = uri or env.get("NEO4J_URI")
    if not uri:
        return None
    if (urlsplit(uri).hostname or "") not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to wipe {uri}: the benchmark only runs on a local server")
    return resolve_store(uri, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="keep / reuse the embedded store here")
    parser.add_argument("--store", help="the Neo4j URI (default: NEO4J_URI or .neo4j/env)")
    parser.add_argument("--no-neo4j", action="store_true")
    args = parser.parse_args()

    from liability_graph.graph.embedded import EmbeddedStore

    params = parameter_sets(args.entities, args.runs)
    results: dict[str, dict] = {}
    folder = args.keep or Path(tempfile.mkdtemp(prefix="lgraph-bench-")) / "graph"
    expected_rels = args.relationships
    if not (folder / "graph.lbdb").exists():
        with EmbeddedStore(folder) as store:
            seconds = load(store, args.entities, args.relationships)
            print(f"embedded: loaded in {seconds:.0f} s", file=sys.stderr)
    with EmbeddedStore(folder, read_only=True) as store:
        counts = store.counts()
        total = sum(counts["relationships"].values())
        print(f"embedded: {sum(counts['nodes'].values())} entities, {total} relationships",
              file=sys.stderr)  # fmt: skip
        assert total == expected_rels, total
        results["embedded"] = measure(store, params)
    settings = None if args.no_neo4j else neo4j_settings(args.store)
    if settings is not None:
        from liability_graph.graph.neo4j_store import Neo4jStore

        with Neo4jStore(settings) as store:
            if sum(store.counts()["relationships"].values()) != expected_rels:
                store.clear()
                seconds = load(store, args.entities, args.relationships)
                print(f"neo4j: loaded in {seconds:.0f} s", file=sys.stderr)
        with Neo4jStore(settings, read_only=True) as store:
            results["neo4j"] = measure(store, params)
    stores = list(results)
    load1, load5, _ = os.getloadavg()
    print(f"\n{args.entities:,} entities, {expected_rels:,} relationships; {args.runs} runs per "
          f"query; load average {load1:.1f} (1 min), {load5:.1f} (5 min) on {os.cpu_count()} cores")  # fmt: skip
    header = f"{'query':<22}" + "".join(f"{s + ' p50':>14}{s + ' p95':>14}" for s in stores)
    print(header + "   rows    cut  p95 < 50 ms")
    print("-" * len(header) + "--------------------------")
    for name in results[stores[0]]:
        cells = "".join(f"{results[s][name][0]:>14.1f}{results[s][name][1]:>14.1f}" for s in stores)
        rows, cut = results[stores[0]][name][2:]
        ok = all(results[s][name][1] < TARGET_MS for s in stores)
        print(f"{name:<22}{cells}{rows:>7}{f'{cut}/{args.runs}':>7}  {'yes' if ok else 'NO'}")


if __name__ == "__main__":
    main()
