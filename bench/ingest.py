"""Ingest on every core: `lgraph ingest --workers 1` against `--workers 2` in the same run.

Builds N (default 5,000) distinct 4 KB articles from the development corpus, as
bench/extract.py builds them (whole corpus documents of one language under a title of their
own, cut at a sentence end before 4,096 characters; each copy ends with its own number, so
every document is new), writes them as Markdown files, and ingests the folder with the real
`lgraph` command, once per worker count, each into a copy of the same store holding the
reference knowledge base. The timed part is the whole command: start-up, reading,
extraction, writing.

Prints documents/s per worker count, the speed-up over one worker (target: >= 1.8x with 2
workers on 2 cores), the CPU seconds of the command and its children, the load average, and
whether the two graphs are identical (`lgraph stats` and `lgraph export json` compared).

Usage: python bench/ingest.py [--documents 5000] [--workers 1 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.8


def _extract_bench():
    spec = importlib.util.spec_from_file_location("bench_extract", REPO / "bench" / "extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_articles(folder: Path, count: int) -> int:
    """`count` distinct ~4 KB Markdown articles; returns their total size in bytes."""
    bench = _extract_bench()
    articles = bench.build_articles(bench.load_corpus(REPO / "examples" / "corpus"))
    folder.mkdir(parents=True)
    total = 0
    for i in range(count):
        document, chunks, language = articles[i % len(articles)]
        text = "".join(chunk for _, chunk in chunks)
        body = text.split("\n", 1)[1] if "\n" in text else text
        page = (
            f"---\ntitle: {json.dumps(f'{document.title} ({i + 1})')}\nlanguage: {language}\n"
            f"published: {document.published or '2024-01-01'}\n---\n\n{body}\n\n"
            f"{'Dossier' if language == 'nl' else 'File'} {i + 1}.\n"
        )
        path = folder / f"{i // 1000:02d}" / f"article-{i:05d}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(page, encoding="utf-8")
        total += len(page.encode("utf-8"))
    return total


def lgraph(*args: str, capture: bool = True) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).parent / "lgraph"), *args]
    return subprocess.run(command, check=True, capture_output=capture, text=True)


def timed_ingest(store: Path, folder: Path, workers: int) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = lgraph("--store", str(store), "ingest", str(folder), "--workers", str(workers),
                  "--format", "json")  # fmt: skip
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(done.stdout)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "documents": report["documents_read"]}


def graph_of(store: Path, tmp: Path) -> tuple[str, str]:
    stats = lgraph("--store", str(store), "stats", "--format", "json").stdout
    out = tmp / f"{store.name}.json"
    lgraph("--store", str(store), "export", "json", "-o", str(out))
    return stats, out.read_text(encoding="utf-8")


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count (best kept)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lgraph-bench-ingest-") as tmp_name:
        tmp = Path(tmp_name)
        size = write_articles(tmp / "articles", args.documents)
        empty = tmp / "empty"
        empty.mkdir()
        base = tmp / "base"
        lgraph("--store", str(base), "ingest", str(empty))  # the reference knowledge base
        load_before = _load()
        best: dict[int, dict] = {}
        graphs: dict[int, tuple[str, str]] = {}
        for _ in range(args.repeat):
            for workers in args.workers:  # interleaved, so both see the same machine
                store = tmp / f"store-w{workers}"
                shutil.rmtree(store, ignore_errors=True)
                shutil.copytree(base, store)
                # The vault of protected identities lives beside the store (docs/privacy.md).
                vault = store.with_name(store.name + ".vault")
                vault.unlink(missing_ok=True)
                shutil.copy2(base.with_name(base.name + ".vault"), vault)
                result = timed_ingest(store, tmp / "articles", workers)
                if workers not in best or result["seconds"] < best[workers]["seconds"]:
                    best[workers] = result
                graphs[workers] = graph_of(store, tmp)
        load_after = _load()

    first = args.workers[0]
    print(
        f"lgraph ingest: {args.documents:,} generated articles, {size / args.documents / 1024:.1f} KB "
        f"each on average; {os.cpu_count()} CPUs; best of {args.repeat}"
    )
    print(f"{'workers':>7} {'seconds':>9} {'docs/s':>8} {'speed-up':>9} {'CPU s':>8}")
    for workers in args.workers:
        r = best[workers]
        rate = r["documents"] / r["seconds"]
        speedup = best[first]["seconds"] / r["seconds"]
        print(f"{workers:>7} {r['seconds']:>9.2f} {rate:>8,.0f} {speedup:>8.2f}x {r['cpu']:>8.1f}")
    identical = all(graphs[w] == graphs[first] for w in args.workers)
    print(f"graphs identical (stats and export json): {'yes' if identical else 'NO'}")
    if 2 in best:
        speedup = best[first]["seconds"] / best[2]["seconds"]
        verdict = "met" if speedup >= TARGET else "NOT met"
        print(f"target >= {TARGET}x with 2 workers: {verdict} ({speedup:.2f}x)")
    print(f"load average before / after: {load_before} / {load_after}")


if __name__ == "__main__":
    main()
