"""Flat, typed attributes of nodes and links, for the formats that need declared columns
(GraphML, GEXF): lists become JSON text, evidence becomes one JSON attribute.

The columns come from the ontology, so every file declares the same attributes whatever the
graph holds, and a property's type is the ontology's.
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from liability_graph.export.model import ExportLink, ExportNode
from liability_graph.graph.ontology import Ontology

#: Ontology property types -> (GraphML attr.type, GEXF type).
TYPES = {
    "string": ("string", "string"),
    "string_list": ("string", "string"),  # JSON text
    "date": ("string", "string"),  # partial ISO dates (YYYY, YYYY-MM) are not xs:date
    "integer": ("long", "long"),
    "float": ("double", "double"),
    "boolean": ("boolean", "boolean"),
}

_NODE_COMMON = [
    ("type", "string"),
    ("label", "string"),
    ("name", "string"),
    ("aliases", "string_list"),
    ("description", "string"),
    ("sources", "string_list"),
    ("origin", "string"),
]
_LINK_COMMON = [
    ("type", "string"),
    ("label", "string"),
    ("key", "string"),
    ("status", "string"),
    ("date_on", "date"),
    ("date_from", "date"),
    ("date_to", "date"),
    ("evidence", "string"),  # JSON list of evidence items
]

# Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def xml_attr(value: str) -> str:
    """A quoted XML attribute value; line breaks and tabs survive attribute normalisation."""
    return quoteattr(xml_safe(value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def xml_text(value: str) -> str:
    """XML element text (already xml_safe); a carriage return survives parsing."""
    return escape(value, {"\r": "&#13;"})


def _columns(common: list[tuple[str, str]], typed: list[dict]) -> list[tuple[str, str]]:
    columns = dict(common)
    for properties in typed:
        for name, spec in properties.items():
            if columns.get(name, spec.type) != spec.type:
                columns[name] = "string"  # one name, two types: keep it as text
            else:
                columns.setdefault(name, spec.type)
    return list(columns.items())


def node_columns(ontology: Ontology) -> list[tuple[str, str]]:
    """(name, ontology type) of every node attribute, common ones first."""
    return _columns(_NODE_COMMON, [t.properties for t in ontology.node_types.values()])


def link_columns(ontology: Ontology) -> list[tuple[str, str]]:
    return _columns(_LINK_COMMON, [t.properties for t in ontology.relationship_types.values()])


def node_values(node: ExportNode) -> dict[str, Any]:
    entity = node.entity
    values: dict[str, Any] = {
        "type": entity.type,
        "label": entity.name,
        "name": entity.name,
        "aliases": entity.aliases,
        "description": entity.description,
        "sources": entity.sources,
        "origin": entity.origin,
    }
    values.update(entity.properties)
    return {k: v for k, v in values.items() if v not in (None, [])}


def link_values(link: ExportLink) -> dict[str, Any]:
    values: dict[str, Any] = {
        "type": link.type,
        "label": link.type,
        "key": link.key,
        "status": link.status,
        "date_on": link.rel.date_on,
        "date_from": link.rel.date_from,
        "date_to": link.rel.date_to,
        "evidence": link.evidence_records(),
        "confirmed": link.rel.confirmed,
    }
    values.update(link.rel.properties)
    return {k: v for k, v in values.items() if v is not None}


def text_value(value: Any, kind: str) -> str:
    """An attribute value as the text an XML file holds."""
    if isinstance(value, (list, dict)):
        return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_safe(str(value))
