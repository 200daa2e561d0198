"""Run `lgraph ARGS...` and SIGKILL the process at a chosen moment (for tests/test_crash.py).

    python tests/killpoints.py MOMENT ARGS...

The kill is a real SIGKILL of this process, sent by itself at a precise point of the
embedded store's write path, so each moment is hit every time rather than by timing:

- schema:      after the 4th table of a new store was created (each DDL commits alone);
- reference:   inside the first write transaction (the reference knowledge base), before COMMIT;
- committed:   right after the second write transaction committed;
- mid-write:   inside the fourth write transaction, before COMMIT;
- checkpoint-start: as the engine starts a checkpoint (its lock files appear), from outside;
- checkpoint:  in the middle of a checkpoint (its shadow file is being written), from outside.

Files are written in small groups here (`group_facts`), so an ingest makes several write
transactions; the graph does not depend on the grouping.
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys

from liability_graph.graph import embedded
from liability_graph.loaders import ingest as ingest_module

MOMENTS = ("schema", "reference", "committed", "mid-write", "checkpoint-start", "checkpoint")
GROUP_FACTS = 150


def die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def arm(moment: str) -> None:
    store = embedded.EmbeddedStore
    calls = {"ddl": 0, "copy": 0, "batch": 0}
    run, copy, write_batch = store._run, store._copy_relationships, store.write_batch

    def counting_run(self, cypher, params=None):
        result = run(self, cypher, params)
        if moment == "schema" and cypher.startswith("CREATE NODE TABLE"):
            calls["ddl"] += 1
            if calls["ddl"] == 4:
                die()
        return result

    def counting_copy(self, rels):
        calls["copy"] += 1
        if (moment, calls["copy"]) in (("reference", 1), ("mid-write", 4)):
            die()
        return copy(self, rels)

    def counting_write_batch(self, batch):
        write_batch(self, batch)
        calls["batch"] += 1
        if moment == "committed" and calls["batch"] == 2:
            die()

    if moment.startswith("checkpoint"):
        # The engine holds the GIL while it checkpoints, so no thread of this process could
        # act then: a watcher process sends the SIGKILL when the checkpoint's files appear.
        cue = ".checkpoint." if moment == "checkpoint-start" else ".shadow"
        watcher = [sys.executable, "-c", _WATCHER, str(os.getpid()), store_folder(), cue]
        subprocess.Popen(watcher)

    store._run = counting_run
    store._copy_relationships = counting_copy
    store.write_batch = counting_write_batch
    ingest_module.ingest = functools.partial(ingest_module.ingest, group_facts=GROUP_FACTS)


_WATCHER = """
import os, signal, sys, time
pid, folder, cue = int(sys.argv[1]), sys.argv[2], sys.argv[3]
deadline = time.monotonic() + 600
while time.monotonic() < deadline:
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        names = []
    if any(cue in n for n in names):
        os.kill(pid, signal.SIGKILL)
        break
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    time.sleep(0.0005)
"""


def store_folder() -> str:
    """The --store folder of the command line (embedded:PATH or PATH)."""
    spec = sys.argv[sys.argv.index("--store") + 1]
    return spec.removeprefix("embedded:")


def main() -> None:
    moment, args = sys.argv[1], sys.argv[2:]
    if moment not in MOMENTS:
        raise SystemExit(f"moment must be one of {', '.join(MOMENTS)}")
    arm(moment)
    from liability_graph.cli import cli

    cli.main(args=args, prog_name="lgraph")


if __name__ == "__main__":
    main()
