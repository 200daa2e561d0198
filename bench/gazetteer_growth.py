"""The gazetteer as a corpus brings new names: time per document as the learned names grow.

bench/extract.py replicates the development corpus, so after the first pass no document
brings a name the gazetteer has not seen. A real corpus does: most articles name a person or
company that is new. Extraction puts such names in a small second automaton (`delta`),
rebuilt whenever a document added names, and folds it into the main automaton (rebuilt
from the whole name index) when the delta grows past a threshold. This bench feeds the
gazetteer documents that each bring `--new` new names, as `lgraph ingest` would (learn the
names, add the entities to the name index, then search the next document), and prints the
time per document at each stage of the run for two fold thresholds in the same run:

  baseline     the first threshold: max(2000, names/2) - the delta grows to half the index
  current      the threshold in gazetteer.py: max(256, 4 * sqrt(names))

Usage: python bench/gazetteer_growth.py [--documents 10000] [--new 5]
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STAGES = 5


def run(threshold, documents: int, new: int, text: str) -> list[float]:
    """Milliseconds per document in each fifth of the run."""
    from liability_graph.graph.model import Entity
    from liability_graph.loaders.base import LoadContext
    from liability_graph.loaders.extract import gazetteer as G
    from liability_graph.loaders.extract.mentions import Option
    from liability_graph.loaders.reference import reference_facts

    context = LoadContext()
    reference_facts(context)
    saved = G.fold_threshold
    G.fold_threshold = threshold
    try:
        gazetteer = G.Gazetteer(context.names)
        gazetteer.refresh()
        per_stage: list[float] = []
        stage = max(1, documents // STAGES)
        start = time.perf_counter()
        for i in range(documents):
            gazetteer.find(text, 0, "en")
            for j in range(new):
                name = f"Person{i}x{j} Example"
                entity = Entity("Person", name)
                gazetteer.learn(Option("Person", name), entity.key)
                context.names.add(entity)
            if (i + 1) % stage == 0:
                now = time.perf_counter()
                per_stage.append((now - start) / stage * 1000)
                start = now
        return per_stage
    finally:
        G.fold_threshold = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=5, help="new names per document")
    args = parser.parse_args()
    from liability_graph.loaders.extract import gazetteer as G

    article = sorted((REPO / "examples" / "corpus").glob("*.txt"))[0].read_text("utf-8")
    text = (article * (4096 // max(1, len(article)) + 1))[:4096]

    def baseline(built: int) -> int:
        return max(2000, built // 2)

    rows = {"baseline": run(baseline, args.documents, args.new, text)}
    rows["current"] = run(G.fold_threshold, args.documents, args.new, text)
    names = args.documents * args.new
    print(f"{args.documents} documents of 4 KB, {args.new} new names each ({names} in all)")
    print("ms per document in each fifth of the run:\n")
    header = f"{'threshold':<10}" + "".join(f"{f'{k + 1}/{STAGES}':>9}" for k in range(STAGES))
    print(header + f"{'mean':>9}")
    print("-" * (len(header) + 9))
    for label, stages in rows.items():
        cells = "".join(f"{value:>9.2f}" for value in stages)
        print(f"{label:<10}{cells}{statistics.mean(stages):>9.2f}")
    last = rows["baseline"][-1] / rows["current"][-1]
    print(f"\nlast fifth: current is {last:.1f}x as fast as the baseline")
    print(f"(threshold at {names} names: baseline {baseline(names)}, current "
          f"{G.fold_threshold(names)}; sqrt {math.isqrt(names)})")  # fmt: skip


if __name__ == "__main__":
    main()
