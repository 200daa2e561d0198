"""A Cypher script that rebuilds the graph in an empty Neo4j 5 database, with no parameters.

    cypher-shell -u neo4j -p … -f graph.cypher

The script creates the ontology's constraints (IF NOT EXISTS), then MERGEs nodes on their
`id` and relationships on their `key`, each followed by `SET x = {…}`, so running it twice,
or on top of the same graph, changes nothing. Properties are those the Neo4j store writes
(graph/rows.py), so `lgraph --store bolt://…` works on the result. Rows go in batches as
literal lists (`UNWIND [...] AS row`): labels, types and property names come from the
ontology (backticked), and every value is a literal escaped here, never spliced text.
Statements end with ";" and a blank line; no string literal holds a raw line break.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, TextIO

from liability_graph.export.model import ExportModel
from liability_graph.graph.ontology import neo4j_constraints
from liability_graph.graph.rows import entity_row, relationship_row

BATCH = 500
_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
# Control characters, line and paragraph separators, and lone surrogates become \\uXXXX.
_SPECIAL = re.compile("[\\\\'\x00-\x1f\x7f\u0085\u2028\u2029\ud800-\udfff]")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def string_literal(text: str) -> str:
    """A single-quoted Cypher string literal for any text."""
    return "'" + _SPECIAL.sub(_escape_char, text) + "'"


def literal(value: Any) -> str:
    """A Cypher literal for a property value (text, number, boolean, list or map)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{name(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return string_literal(str(value))


def name(identifier: str) -> str:
    """A backticked name (labels, types and keys come from the ontology; quoted anyway)."""
    return "`" + identifier.replace("`", "``") + "`"


def write_cypher(model: ExportModel, out: TextIO) -> dict[str, int]:
    """Write the rebuild script for the model to `out`; returns the node and link counts."""
    ontology = model.ontology
    meta = model.meta()
    out.write(
        f"// {meta['generator']}: a graph export as Cypher, for an empty Neo4j 5 database.\n"
        "// Run it with: cypher-shell -f THIS_FILE (idempotent: MERGE on id and key).\n\n"
    )
    for statement in neo4j_constraints(ontology):
        out.write(statement + ";\n\n")
    counts = {"nodes": 0, "links": 0}
    pending: list[dict[str, Any]] = []
    pending_type = None
    for node in model.nodes():
        if pending and node.type != pending_type:
            _write_nodes(out, pending_type, pending)
            pending = []
        pending_type = node.type
        row = entity_row(node.entity, ontology)
        pending.append({k: v for k, v in row.items() if v is not None})
        counts["nodes"] += 1
        if len(pending) >= BATCH:
            _write_nodes(out, pending_type, pending)
            pending = []
    if pending:
        _write_nodes(out, pending_type, pending)
    groups: dict[tuple[str, str, str], list[list[Any]]] = {}
    type_of_key = ontology.type_of_key
    for link in model.links():
        group = (link.type, type_of_key(link.source), type_of_key(link.target))
        row = relationship_row(link.rel, ontology)
        rows = groups.setdefault(group, [])
        rows.append([link.source, link.target, {k: v for k, v in row.items() if v is not None}])
        counts["links"] += 1
        if len(rows) >= BATCH:
            _write_links(out, group, rows)
            groups[group] = []
    for group, rows in groups.items():
        if rows:
            _write_links(out, group, rows)
    return counts


def _rows(rows: Iterable[Any]) -> str:
    return ",\n".join("  " + literal(row) for row in rows)


def _write_nodes(out: TextIO, type_name: str | None, rows: list[dict[str, Any]]) -> None:
    out.write(
        f"UNWIND [\n{_rows(rows)}\n] AS row\n"
        f"MERGE (n:{name(type_name or '')} {{id: row.id}}) SET n = row;\n\n"
    )


def _write_links(out: TextIO, group: tuple[str, str, str], rows: list[list[Any]]) -> None:
    type_name, source_type, target_type = group
    out.write(
        f"UNWIND [\n{_rows(rows)}\n] AS row\n"
        f"MATCH (a:{name(source_type)} {{id: row[0]}})\n"
        f"MATCH (b:{name(target_type)} {{id: row[1]}})\n"
        f"MERGE (a)-[r:{name(type_name)} {{key: row[2].key}}]->(b) SET r = row[2];\n\n"
    )


def statements(script: str) -> list[str]:
    """The statements of a script this module wrote (for running it through a driver)."""
    parts = [part.strip() for part in script.split(";\n\n")]
    return [p for p in parts if p and not all(line.startswith("//") for line in p.splitlines())]
