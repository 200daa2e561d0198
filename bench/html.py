"""The HTML view at scale: export time, file size and time to a finished first drawing.

For 500, 5,000 and 20,000 nodes (four relationships per node, each with one quote) in an
embedded store, it times `lgraph export html` (model, Python layout above the threshold,
page) and opens the page in headless chromium (selenium + chromium-driver, offline), then:

  first draw   ms from navigation start to vis-network's first finished drawing
  ready        ms until the layout is frozen (physics stabilised once, or off)
  pan          ms for one redraw after moving the view (the page is usable: it pans)

Baseline, measured in the same run: the same page with `--layout browser`, i.e. vis-network
laying the graph out itself with physics, as pyvis pages do (stopped after --timeout s).
Targets (issue #11): 5,000 nodes drawn in under 5 s; 20,000 usable in under 15 s.
Usage: python bench/html.py [--sizes 500,5000,20000] [--timeout 60]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named html.py, like the standard library's html package that networkx and
# others import: take its own folder off the path before anything imports html.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))

TYPES = ("Vendor", "Organization", "Platform", "Case")
PLAN = (("Vendor", "SERVICED", "Platform"), ("Vendor", "DEFENDANT_IN", "Case"),
        ("Organization", "OWNS", "Platform"), ("Organization", "DEFENDANT_IN", "Case"))  # fmt: skip


def build_store(folder: Path, nodes: int) -> str:
    """`nodes` entities, a quarter of each type, and 4 relationships per node."""
    from liability_graph.graph.embedded import EmbeddedStore
    from liability_graph.graph.model import Document, Entity, Evidence, Relationship, entity_key

    quarter = nodes // 4
    store = EmbeddedStore(folder)
    doc = Document(title="Synthetic source", url="https://example.org/synthetic")
    with store.writer() as writer:
        writer.add_document(doc)
        for kind in TYPES:
            for i in range(quarter):
                writer.add_entity(Entity(kind, f"{kind} {i:06d}", aliases=[f"{kind[:3]}-{i}"]))
        keys = {k: [entity_key(k, f"{k} {i:06d}") for i in range(quarter)] for k in TYPES}
        statuses = ("alleged", "established", "ruled")
        for n, (source, rel_type, target) in enumerate(PLAN):
            for i in range(quarter):
                for j in range(4):  # 4 plans x 4 per source quarter = 4 relationships per node
                    other = keys[target][(i * 7 + j * 131 + n) % quarter]
                    quote = f"{keys[source][i]} {rel_type} {other}, as record {j} says."
                    status = statuses[(i + j) % 3]
                    evidence = [Evidence(doc.key, quote, "synthetic", 0, len(quote))]
                    writer.add_relationship(
                        Relationship(rel_type, keys[source][i], other, status, evidence,
                                     date_on=f"{2010 + (i + j) % 12}")
                    )  # fmt: skip
    store.close()
    return f"embedded:{folder}"


def export(spec: str, path: Path, layout: str) -> float:
    from liability_graph.export.html import write_html
    from liability_graph.export.model import ExportModel, Selection
    from liability_graph.graph.store import open_store

    start = time.perf_counter()
    with open_store(spec, read_only=True) as store, open(path, "w", encoding="utf-8") as out:
        write_html(ExportModel(store, Selection(documents=False)), out, layout=layout)
    return time.perf_counter() - start


def measure(driver, path: Path, timeout: float) -> dict[str, float | None]:
    driver.get(path.resolve().as_uri())
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        state = driver.execute_script(
            "const v = window.lgraphViewer; return v ? [v.firstDrawMs, v.ready] : [null, false];"
        )
        if state[1]:
            break
        time.sleep(0.05)
    else:
        return {"first": None, "ready": None, "pan": None}
    ready = driver.execute_script("return performance.now()")
    pan = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1], network = window.lgraphViewer.network;
        const times = []; let left = 5;
        function step() {
          const t0 = performance.now();
          network.once("afterDrawing", () => {
            times.push(performance.now() - t0);
            if (--left) setTimeout(step, 20); else done(times.reduce((a, b) => a + b) / times.length);
          });
          const p = network.getViewPosition();
          network.moveTo({position: {x: p.x + 150, y: p.y + 80}, animation: false});
        }
        step();
        """
    )
    return {"first": state[0], "ready": ready, "pan": pan}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    from browser import chromium, missing

    problem = missing()
    if problem:
        raise SystemExit(f"bench/html.py needs the browser: {problem}")
    load = os.getloadavg()
    print(
        f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores"
    )
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="lgraph-bench-html-") as tmp,
        chromium(probe=False) as driver,
    ):
        driver.set_script_timeout(120)
        for size in (int(s) for s in args.sizes.split(",")):
            spec = build_store(Path(tmp) / f"store-{size}", size)
            for layout in ("auto", "browser"):
                if layout == "browser" and size > 5000:
                    rows.append(
                        (
                            size,
                            "browser (baseline)",
                            None,
                            None,
                            {"first": None, "ready": None, "pan": None},
                            "skipped",
                        )
                    )
                    continue
                page = Path(tmp) / f"graph-{size}-{layout}.html"
                seconds = export(spec, page, layout)
                timings = measure(driver, page, args.timeout)
                note = "" if timings["ready"] is not None else f"not ready in {args.timeout:.0f} s"
                label = "ours (auto)" if layout == "auto" else "browser (baseline)"
                rows.append((size, label, seconds, page.stat().st_size, timings, note))
    print()
    print(f"{'nodes':>7} {'links':>7}  {'layout':<19} {'export s':>8} {'MB':>6} "
          f"{'first draw s':>12} {'ready s':>8} {'pan ms':>7}  note")  # fmt: skip
    for size, label, seconds, size_bytes, t, note in rows:

        def fmt(value, scale=1000.0, digits=2):
            return f"{value / scale:.{digits}f}" if value is not None else "-"

        print(
            f"{size:>7} {size * 4:>7}  {label:<19} {fmt(seconds, 1):>8} "
            f"{fmt(size_bytes, 2**20, 1):>6} {fmt(t['first']):>12} {fmt(t['ready']):>8} "
            f"{fmt(t['pan'], 1, 0):>7}  {note}"
        )
    load = os.getloadavg()
    print(f"\nload average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print("Targets: 5,000 nodes drawn in under 5 s; 20,000 nodes drawn and pannable in under 15 s.")


if __name__ == "__main__":
    main()
