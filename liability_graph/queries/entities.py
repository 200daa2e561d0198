"""Entity lookup for `lgraph show`: resolve a name through aliases, list relationships with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from liability_graph.graph.lookup import find_entities, resolve_one, suggestions
from liability_graph.graph.model import Entity, Evidence
from liability_graph.graph.store import Store
from liability_graph.queries import run_named

__all__ = ["EntityView", "Link", "describe", "find_entities", "resolve_one", "suggestions"]


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


def describe(store: Store, name: str) -> EntityView:
    """The entity named `name` with all its relationships and their evidence."""
    row = resolve_one(store, name)
    entity = next(iter(store.fetch_entities(row["type"], [row["id"]]).values()))
    links: list[Link] = []
    for direction, query in (("out", "outgoing"), ("in", "incoming")):
        # Every relationship: `show` is the whole entity, not a first page of it.
        for rel in run_named(store, query, {"entity": entity.key, "limit": 0}).records():
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
                    evidence=[Evidence.from_dict(item) for item in rel["evidence"]],
                )
            )
    return EntityView(entity, links)
