#!/usr/bin/env python3
"""Run the notebooks in notebooks/ on a real Jupyter kernel, top to bottom.

`make notebooks` runs this with --save after ingesting examples/ into ./lgraph-data, so the
committed notebooks carry their outputs (tables, the timeline chart, the network picture)
and read well unopened. The kernel inherits the environment: LGRAPH_STORE picks the store.
A cell that fails stops the run with its error and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run(path: Path, cwd: Path | None = None, timeout: int = 600) -> nbformat.NotebookNode:
    """The notebook at `path`, executed (cells' outputs filled in); raises on a cell error."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd or path.parent)}},
    )
    client.execute()
    return notebook


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebook")
    parser.add_argument("--save", action="store_true", help="write the outputs into the files")
    args = parser.parse_args()
    store = os.environ.get("LGRAPH_STORE")
    if store and "://" not in store:  # the kernel runs in notebooks/: pin a relative folder
        os.environ["LGRAPH_STORE"] = f"embedded:{Path(store.removeprefix('embedded:')).resolve()}"
    for path in args.notebooks or sorted(NOTEBOOKS.glob("*.ipynb")):
        try:
            executed = run(path)
        except CellExecutionError as exc:
            print(f"{path}: a cell failed\n{exc}", file=sys.stderr)
            sys.exit(1)
        if args.save:
            nbformat.write(executed, path)
        print(f"{path}: ran {sum(c.cell_type == 'code' for c in executed.cells)} cells")


if __name__ == "__main__":
    main()
