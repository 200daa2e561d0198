"""The notebook's code cells run top to bottom against a real store built from examples/."""

from __future__ import annotations

import json
import os
from pathlib import Path

from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.ingest import ingest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "vendor_liability_chains.ipynb"


def test_notebook_cells_run(tmp_path, capsys):
    store = EmbeddedStore(tmp_path / "lgraph-data")
    try:
        ingest(store, [NOTEBOOK.parent.parent / "examples" / "seed-story.yaml"])
    finally:
        store.close()
    work = tmp_path / "notebooks"
    work.mkdir()
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {}
    cwd = os.getcwd()
    os.chdir(work)  # the notebook opens ../lgraph-data
    try:
        for cell in cells:
            if cell["cell_type"] == "code":
                exec("".join(cell["source"]), namespace)  # our own notebook
    finally:
        os.chdir(cwd)
    printed = capsys.readouterr().out
    assert "Salesforce -SERVICED-> Backpage" in printed
    assert "Backpage -PROMPTED-> FOSTA" in printed
    assert namespace["graph"].number_of_nodes() > 10
