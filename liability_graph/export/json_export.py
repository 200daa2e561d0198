"""Node-link JSON: one file with every node and every link, each link with its evidence.

Shape (read it back with networkx.node_link_graph(data, edges="links"); parallel links are
kept, keyed by the relationship key):
  {"directed": true, "multigraph": true, "graph": {generator, protected_revealed, …},
   "nodes": [{id, type, name, aliases, properties}],
   "links": [{source, target, key, type, properties,
              evidence: [{document, source, quote, start, end, method, confidence, status,
                          date, title, url, published}]}]}
Written item by item from the export model, so memory stays flat however large the graph is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from liability_graph.export.model import (
    ExportLink,
    ExportModel,
    ExportNode,
    protected_redactor,  # noqa: F401  (re-exported: show and analytics import it from here)
)
from liability_graph.graph.store import Store


def node_record(node: ExportNode) -> dict[str, Any]:
    return {
        "id": node.id,
        "type": node.type,
        "name": node.name,
        "aliases": node.aliases,
        "properties": node.properties(),
    }


def link_record(link: ExportLink) -> dict[str, Any]:
    return {
        "source": link.source,
        "target": link.target,
        "key": link.key,
        "type": link.type,
        "properties": {"key": link.key, **link.properties()},
        "evidence": link.evidence_records(),
    }


def iter_node_link(store: Store, reveal_protected: bool = False) -> Iterator[tuple[str, dict]]:
    """("node", record) then ("link", record) items of the whole graph, in a stable order."""
    model = ExportModel(store, reveal_protected=reveal_protected)
    for node in model.nodes():
        yield "node", node_record(node)
    for link in model.links():
        yield "link", link_record(link)


def write_json(model: ExportModel, out: TextIO) -> dict[str, int]:
    """Stream the model as node-link JSON to `out`; returns the node and link counts."""
    counts = {"nodes": 0, "links": 0}
    header = {"directed": True, "multigraph": True, "graph": model.meta()}
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "nodes": [')
    for node in model.nodes():
        out.write(("\n  " if not counts["nodes"] else ",\n  ") + _dumps(node_record(node)))
        counts["nodes"] += 1
    out.write('], "links": [')
    for link in model.links():
        out.write(("\n  " if not counts["links"] else ",\n  ") + _dumps(link_record(link)))
        counts["links"] += 1
    out.write("]}\n")
    return counts


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)
