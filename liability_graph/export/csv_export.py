"""CSV for `neo4j-admin database import`: nodes.csv and relationships.csv in one folder.

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter=U+001F --multiline-fields=true neo4j

Headers follow the import tool's format: `id:ID` (the id is stored as the `id` property),
`:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, and typed columns (`aliases:string[]`,
`plaintiff_count:long`, `protected:boolean`; dates are partial ISO text, as in the stores).
Properties are those the Neo4j store writes (graph/rows.py), evidence as JSON text, so the
imported database is an lgraph store. List items are separated by U+001F (the unit
separator, which no name or quote contains: it is removed from values).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from liability_graph.export.files import open_output
from liability_graph.export.model import ExportModel
from liability_graph.graph.ontology import Ontology
from liability_graph.graph.rows import entity_row, relationship_row

ARRAY_DELIMITER = "\x1f"
NODES_FILE = "nodes.csv"
RELATIONSHIPS_FILE = "relationships.csv"
#: Ontology property types -> the import tool's column types (strings need none).
IMPORT_TYPES = {
    "string": "",
    "date": "",
    "string_list": ":string[]",
    "integer": ":long",
    "float": ":double",
    "boolean": ":boolean",
}


def import_command(folder: str | Path = ".", database: str = "neo4j") -> str:
    folder = Path(folder)
    return (
        "neo4j-admin database import full "
        f"--nodes={folder / NODES_FILE} --relationships={folder / RELATIONSHIPS_FILE} "
        f"--array-delimiter=U+001F --multiline-fields=true {database}"
    )


def node_header(ontology: Ontology) -> tuple[list[str], list[str]]:
    """(header cells, row columns) of nodes.csv: id first, then the label, then the rest."""
    kinds: dict[str, str] = dict(
        (name, spec.type) for name, spec in ontology.node_properties.items()
    )
    for node_type in ontology.node_types.values():
        for name, spec in node_type.properties.items():
            if kinds.setdefault(name, spec.type) != spec.type:
                kinds[name] = "string"
    columns = [c for c in kinds if c != "id"]
    header = ["id:ID", ":LABEL", *(c + IMPORT_TYPES[kinds[c]] for c in columns)]
    return header, columns


def relationship_header(ontology: Ontology) -> tuple[list[str], list[str]]:
    kinds: dict[str, str] = dict(
        (name, spec.type) for name, spec in ontology.relationship_properties.items()
    )
    kinds["evidence"] = "string"  # stored as JSON text
    for rel_type in ontology.relationship_types.values():
        for name, spec in rel_type.properties.items():
            if kinds.setdefault(name, spec.type) != spec.type:
                kinds[name] = "string"
    columns = list(kinds)
    header = [":START_ID", ":END_ID", ":TYPE", *(c + IMPORT_TYPES[kinds[c]] for c in columns)]
    return header, columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "") for v in value)
    return str(value).replace(ARRAY_DELIMITER, "")


def write_csv(model: ExportModel, folder: Path) -> dict[str, int]:
    """Write nodes.csv and relationships.csv into `folder`; returns the counts."""
    ontology = model.ontology
    counts = {"nodes": 0, "links": 0}
    header, columns = node_header(ontology)
    with open_output(folder / NODES_FILE) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for node in model.nodes():
            row = entity_row(node.entity, ontology)
            writer.writerow([node.id, node.type, *(_cell(row.get(c)) for c in columns)])
            counts["nodes"] += 1
    header, columns = relationship_header(ontology)
    with open_output(folder / RELATIONSHIPS_FILE) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for link in model.links():
            row = relationship_row(link.rel, ontology)
            cells = [_cell(row.get(c)) for c in columns]
            writer.writerow([link.source, link.target, link.type, *cells])
            counts["links"] += 1
    return counts
