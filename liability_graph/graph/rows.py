"""Conversions between facts and the flat property rows that both backends store.

Both stores hold the same columns (the ontology's), so this mapping is shared.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from liability_graph.graph.model import Entity, Relationship, evidence_from_json, evidence_to_json
from liability_graph.graph.ontology import Ontology

_COMMON_ENTITY = (
    "id", "name", "aliases", "description", "lookup", "sources", "origin", "distinct_from",
)  # fmt: skip
_COMMON_REL = ("key", "status", "date_on", "date_from", "date_to", "evidence", "confirmed")
#: The Entity attribute each common node column holds (all but `lookup`, which is computed).
_ENTITY_ATTRS = {
    "id": "key", "name": "name", "aliases": "aliases", "description": "description",
    "sources": "sources", "origin": "origin", "distinct_from": "distinct_from",
}  # fmt: skip


def entity_row(entity: Entity, ontology: Ontology) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": entity.key,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "description": entity.description,
        "lookup": entity.lookup,
        "sources": list(entity.sources),
        "origin": entity.origin,
        "distinct_from": list(entity.distinct_from),
    }
    for name in ontology.node_type(entity.type).properties:
        row[name] = entity.properties.get(name)
    return row


def entity_column(entities: list[Entity], name: str, lookups: list[list[str]]) -> list[Any]:
    """The values entity_row gives column `name` for each of `entities` (`lookups`: their
    Entity.lookup, computed once by the caller), one column at a time. A bulk load's node
    COPY builds its Arrow table this way: a dict per row first took twice as long."""
    if name == "lookup":
        return lookups
    attr = _ENTITY_ATTRS.get(name)
    if attr is not None:
        return list(map(attrgetter(attr), entities))
    return [entity.properties.get(name) for entity in entities]


def entity_from_row(type_name: str, row: dict[str, Any], ontology: Ontology) -> Entity:
    props = {
        name: row.get(name)
        for name in ontology.node_type(type_name).properties
        if row.get(name) is not None
    }
    return Entity(
        type=type_name,
        name=row["name"],
        aliases=list(row.get("aliases") or []),
        description=row.get("description"),
        properties=props,
        sources=list(row.get("sources") or []),
        key=row["id"],
        distinct_from=list(row.get("distinct_from") or []),
        origin=row.get("origin"),
    )


def relationship_row(rel: Relationship, ontology: Ontology) -> dict[str, Any]:
    row: dict[str, Any] = {
        "key": rel.key,
        "status": rel.status,
        "date_on": rel.date_on,
        "date_from": rel.date_from,
        "date_to": rel.date_to,
        "evidence": evidence_to_json(rel.evidence),
        "confirmed": True if rel.confirmed else None,
    }
    for name in ontology.relationship_type(rel.type).properties:
        row[name] = rel.properties.get(name)
    return row


def relationship_from_row(
    type_name: str, source: str, target: str, row: dict[str, Any], ontology: Ontology
) -> Relationship:
    props = {
        name: row.get(name)
        for name in ontology.relationship_type(type_name).properties
        if row.get(name) is not None
    }
    return Relationship(
        type=type_name,
        source=source,
        target=target,
        status=row["status"],
        evidence=evidence_from_json(row.get("evidence")),
        date_on=row.get("date_on"),
        date_from=row.get("date_from"),
        date_to=row.get("date_to"),
        properties=props,
        confirmed=True if row.get("confirmed") else None,
    )


def entity_columns(type_name: str, ontology: Ontology) -> list[str]:
    return list(ontology.node_columns(type_name))


def relationship_columns(type_name: str, ontology: Ontology) -> list[str]:
    return list(ontology.relationship_columns(type_name))
