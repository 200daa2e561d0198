"""The index of known entity names: what a name in a source can resolve to.

It is filled from the store, the reference knowledge base and the facts read so far in a
run, and it is the gazetteer that extraction matches against.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from liability_graph.graph.model import Entity, normalize_name


@dataclass(frozen=True, slots=True)
class EntityRef:
    key: str
    type: str
    name: str


class NameIndex:
    """Normalised name or alias -> the entities that carry it."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._by_name: dict[str, dict[str, EntityRef]] = {}
        self._refs: dict[str, EntityRef] = {}
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> EntityRef:
        ref = self._refs.get(entity.key) or EntityRef(entity.key, entity.type, entity.name)
        self._refs[entity.key] = ref
        for name in entity.lookup:
            self._by_name.setdefault(name, {})[entity.key] = ref
        return ref

    def merge(self, other: NameIndex) -> None:
        """Add every name of another index (e.g. the store's) to this one."""
        for name, ref in other.names():
            ref = self._refs.setdefault(ref.key, ref)
            self._by_name.setdefault(name, {})[ref.key] = ref

    def copy(self) -> NameIndex:
        other = NameIndex()
        other.merge(self)
        return other

    def add_names(self, key: str, type_name: str, name: str, aliases: Iterable[str]) -> None:
        self.add(Entity(type=type_name, name=name, aliases=list(aliases), key=key))

    def find(self, name: str, types: Iterable[str] | None = None) -> list[EntityRef]:
        """Entities named `name` (case- and accent-insensitive), optionally of given types."""
        found = list(self._by_name.get(normalize_name(name), {}).values())
        if types is not None:
            allowed = set(types)
            found = [ref for ref in found if ref.type in allowed]
        return sorted(found, key=lambda ref: ref.key)

    def get(self, key: str) -> EntityRef | None:
        return self._refs.get(key)

    def names(self) -> Iterator[tuple[str, EntityRef]]:
        """Every (normalised name, entity) pair: the gazetteer."""
        for name, refs in self._by_name.items():
            for ref in refs.values():
                yield name, ref

    def __contains__(self, key: str) -> bool:
        return key in self._refs

    def __len__(self) -> int:
        return len(self._refs)

    @classmethod
    def from_store(cls, store, anchors_only: bool = True) -> NameIndex:
        """The store's entity names; by default only anchors (reference and curated).

        Entities found by extraction are left out, so that what a document yields does not
        depend on which documents were read before it: re-ingesting gives the same graph.
        """
        from liability_graph.graph.model import ANCHOR_ORIGINS

        index = cls()
        for row in store.entity_names():
            if row["type"] == "Document":
                continue
            if anchors_only and row["origin"] not in ANCHOR_ORIGINS:
                continue
            index.add_names(row["id"], row["type"], row["name"], row["aliases"] or [])
        return index
