"""Node-link JSON: one file with every node and every link, each link with its evidence.

Shape (readable by networkx.node_link_graph(data, edges="links")):
  {"directed": true, "multigraph": false, "graph": {...},
   "nodes": [{id, type, name, aliases, properties}],
   "links": [{source, target, type, properties, evidence: [{document, source, quote, start, end, …}]}]}
Written item by item, so memory stays flat however large the graph is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from liability_graph.export.privacy import Redactor
from liability_graph.graph.model import Entity, Relationship
from liability_graph.graph.store import Store


def node_record(entity: Entity, redactor: Redactor) -> dict[str, Any]:
    entity = redactor.entity(entity)
    properties: dict[str, Any] = {"description": entity.description, "sources": entity.sources}
    properties.update(entity.properties)
    return {
        "id": entity.key,
        "type": entity.type,
        "name": entity.name,
        "aliases": entity.aliases,
        "properties": {k: v for k, v in properties.items() if v not in (None, [])},
    }


def link_record(rel: Relationship, redactor: Redactor) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "key": rel.key,
        "status": rel.status,
        "date_on": rel.date_on,
        "date_from": rel.date_from,
        "date_to": rel.date_to,
    }
    properties.update(rel.properties)
    return {
        "source": rel.source,
        "target": rel.target,
        "type": rel.type,
        "properties": {k: v for k, v in properties.items() if v is not None},
        "evidence": [redactor.evidence(e).to_dict() for e in rel.evidence],
    }


def protected_redactor(store: Store, reveal: bool = False) -> Redactor:
    return Redactor.for_entities([] if reveal else store.iter_entities("Person"), reveal)


def iter_node_link(store: Store, reveal_protected: bool = False) -> Iterator[tuple[str, dict]]:
    """("node", record) then ("link", record) items, in a stable order."""
    redactor = protected_redactor(store, reveal_protected)
    for entity in store.iter_entities():
        yield "node", node_record(entity, redactor)
    for rel in store.iter_relationships():
        yield "link", link_record(rel, redactor)


def write_json(store: Store, out: TextIO, reveal_protected: bool = False) -> dict[str, int]:
    """Stream the graph as node-link JSON to `out`; returns the node and link counts."""
    counts = {"nodes": 0, "links": 0}
    header = {
        "directed": True,
        "multigraph": False,
        "graph": {"generator": "liability-graph", "protected_revealed": reveal_protected},
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "nodes": [')
    section = "node"
    for kind, record in iter_node_link(store, reveal_protected):
        if kind != section:
            out.write('], "links": [')
            section = kind
        sep = "\n  " if counts[kind + "s"] == 0 else ",\n  "
        out.write(sep + json.dumps(record, ensure_ascii=False, sort_keys=True))
        counts[kind + "s"] += 1
    if section == "node":
        out.write('], "links": [')
    out.write("]}\n")
    return counts
