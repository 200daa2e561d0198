"""Entity lookup for `lgraph show`: resolve a name through aliases, list relationships with evidence."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from liability_graph.errors import NotFoundError, OntologyError
from liability_graph.graph.model import Entity, Evidence, evidence_from_json, normalize_name
from liability_graph.graph.store import Store
from liability_graph.queries import run_named


@dataclass
class Link:
    """One relationship seen from an entity: direction, type, the other end, and the evidence."""

    direction: str  # "out" or "in"
    type: str
    other_id: str
    other_type: str
    other_name: str
    status: str
    date_on: str | None
    date_from: str | None
    date_to: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EntityView:
    entity: Entity
    links: list[Link]


def find_entities(store: Store, name: str) -> list[dict[str, Any]]:
    """Entities whose id, name or alias is `name` (case- and accent-insensitive)."""
    try:
        type_name = store.ontology.type_of_key(name)
    except OntologyError:
        type_name = None  # not an id (a name may contain a colon too)
    if type_name is not None:
        found = store.fetch_entities(type_name, [name])
        if name in found:
            e = found[name]
            return [{"id": e.key, "type": e.type, "name": e.name, "aliases": e.aliases,
                     "description": e.description}]  # fmt: skip
    return run_named(store, "find_entity", {"name": normalize_name(name)}).records()


def suggestions(store: Store, name: str, limit: int = 5) -> list[str]:
    """Close names, for 'did you mean …'."""
    names: dict[str, str] = {}
    for row in run_named(store, "all_names").records():
        if row["type"] == "Document":
            continue
        for candidate in [row["name"], *(row["aliases"] or [])]:
            names.setdefault(normalize_name(candidate), candidate)
    matches = difflib.get_close_matches(normalize_name(name), list(names), n=limit, cutoff=0.6)
    if len(matches) < limit:  # also offer names that contain the query as a word
        query = normalize_name(name)
        matches += [n for n in names if query and query in n and n not in matches]
    return [names[m] for m in matches[:limit]]


def resolve_one(store: Store, name: str) -> dict[str, Any]:
    """Exactly one entity for `name`, or NotFoundError with suggestions or the candidates."""
    found = find_entities(store, name)
    if not found:
        close = suggestions(store, name)
        hint = f"Did you mean: {', '.join(close)}?" if close else "Check the spelling."
        raise NotFoundError(f"no entity named {name!r}", hint=hint)
    if len(found) > 1:
        options = ", ".join(f"{r['id']} ({r['type']})" for r in found)
        raise NotFoundError(
            f"{name!r} names {len(found)} entities: {options}",
            hint="Give the entity id instead of the name.",
        )
    return found[0]


def describe(store: Store, name: str) -> EntityView:
    """The entity named `name` with all its relationships and their evidence."""
    row = resolve_one(store, name)
    entity = next(iter(store.fetch_entities(row["type"], [row["id"]]).values()))
    links: list[Link] = []
    for direction, query in (("out", "outgoing"), ("in", "incoming")):
        for rel in run_named(store, query, {"id": entity.key}).records():
            links.append(
                Link(
                    direction=direction,
                    type=rel["type"],
                    other_id=rel["other_id"],
                    other_type=rel["other_type"],
                    other_name=rel["other_name"],
                    status=rel["status"],
                    date_on=rel["date_on"],
                    date_from=rel["date_from"],
                    date_to=rel["date_to"],
                    evidence=evidence_from_json(rel["evidence"]),
                )
            )
    return EntityView(entity, links)
