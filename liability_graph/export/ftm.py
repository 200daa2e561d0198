"""FollowTheMoney entities out, as JSON lines (`ftm` tools, Aleph and OpenSanctions read them).

Each node becomes an FtM entity of the schema `loaders/ftm.yaml` maps its type to, and each
relationship an FtM edge entity (Ownership, CourtCaseParty, Documentation, UnknownLink) whose
`description` holds its quotes and `proof` the documents they come from. Values go through
followthemoney's own cleaning (countries, languages, dates), so every line is valid FtM.

Beside the FtM fields, each line carries an `lgraph` object with our type, key, status,
dates and the full evidence: FtM tools ignore it, and `lgraph ingest` uses it to bring the
graph back exactly. Ids are `lg-` + the SHA-1 of our key, stable across exports.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from liability_graph.export.model import ExportLink, ExportModel, ExportNode
from liability_graph.loaders.ftm import CONTEXT_KEY, ftm_id, ftm_mapping, ftm_model

HTTP = ("http://", "https://")


def node_entity(node: ExportNode) -> dict[str, Any]:
    """One node as an FtM entity dict (with the `lgraph` context)."""
    mapping = ftm_mapping().node_types[node.type]
    proxy = ftm_model().make_entity(mapping["schema"])
    proxy.id = ftm_id(node.id)
    entity = node.entity
    if proxy.schema.is_a("Document"):
        proxy.add("title", entity.name)
    proxy.add("name", entity.name)
    proxy.add("alias", entity.aliases)
    proxy.add("description", entity.description)
    for ours, theirs in mapping["properties"].items():
        value = entity.properties.get(ours)
        if value is not None:
            proxy.add(theirs, value, quiet=True)
    data = proxy.to_dict()
    data[CONTEXT_KEY] = {
        "type": entity.type,
        "key": entity.key,
        "name": entity.name,
        "aliases": entity.aliases,
        "description": entity.description,
        "properties": entity.properties,
        "sources": entity.sources,
        "origin": entity.origin,
        "distinct_from": entity.distinct_from,
    }
    return data


def link_entity(link: ExportLink, documents: set[str]) -> dict[str, Any]:
    """One relationship as an FtM edge entity dict (with the `lgraph` context)."""
    mapping = ftm_mapping().relationship_types[link.type]
    proxy = ftm_model().make_entity(mapping["schema"])
    proxy.id = ftm_id(link.key)
    proxy.add(mapping["source"], ftm_id(link.source))
    proxy.add(mapping["target"], ftm_id(link.target))
    if "role" in proxy.schema.properties:
        proxy.add("role", mapping["role"])
    rel = link.rel
    proxy.add("status", rel.status)
    proxy.add("date", rel.date_on, quiet=True)
    proxy.add("startDate", rel.date_from, quiet=True)
    proxy.add("endDate", rel.date_to, quiet=True)
    for ours, theirs in (mapping.get("properties") or {}).items():
        value = rel.properties.get(ours)
        if value is not None:
            proxy.add(theirs, value, quiet=True)
    for item in rel.evidence:
        proxy.add("description", item.quote)
        if item.document in documents:
            proxy.add("proof", ftm_id(item.document))
        doc = link.document(item)
        if doc and doc.url and doc.url.startswith(HTTP):
            proxy.add("sourceUrl", doc.url, quiet=True)
    data = proxy.to_dict()
    data[CONTEXT_KEY] = {
        "type": rel.type,
        "key": rel.key,
        "source": rel.source,
        "target": rel.target,
        "status": rel.status,
        "date_on": rel.date_on,
        "date_from": rel.date_from,
        "date_to": rel.date_to,
        "properties": rel.properties,
        "confirmed": rel.confirmed,
        "evidence": [item.to_dict() for item in rel.evidence],
    }
    return data


def write_ftm(model: ExportModel, out: TextIO) -> dict[str, int]:
    """Write the model as FtM JSON lines to `out`; returns the node and link counts."""
    counts = {"nodes": 0, "links": 0}
    documents: set[str] = set()
    for node in model.nodes():
        if node.type == "Document":
            documents.add(node.id)
        out.write(_line(node_entity(node)))
        counts["nodes"] += 1
    for link in model.links():
        out.write(_line(link_entity(link, documents)))
        counts["links"] += 1
    return counts


def _line(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"
