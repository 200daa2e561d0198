"""The store contract every backend implements, and the batched Writer they share.

A backend only knows how to fetch facts by key, write one batch atomically and run
read-only Cypher. Validation, in-batch de-duplication and merging with what is
already stored happen here, once, so every backend behaves the same.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from liability_graph.errors import OntologyError, StoreError
from liability_graph.graph.model import (
    Document,
    Entity,
    Relationship,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.ontology import Ontology, load_ontology

DEFAULT_BATCH_SIZE = 100_000


@dataclass
class QueryResult:
    """Rows of a read query, as plain Python values."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass
class WriteBatch:
    """What one flush writes. `*_new` rows do not exist yet; `*_changed` rows replace stored ones."""

    entities_new: list[Entity] = field(default_factory=list)
    entities_changed: list[Entity] = field(default_factory=list)
    relationships_new: list[Relationship] = field(default_factory=list)
    relationships_changed: list[Relationship] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.entities_new
            or self.entities_changed
            or self.relationships_new
            or self.relationships_changed
        )


@dataclass
class WriteSummary:
    entities_added: int = 0
    entities_updated: int = 0
    relationships_added: int = 0
    relationships_updated: int = 0

    def add(self, batch: WriteBatch) -> None:
        self.entities_added += len(batch.entities_new)
        self.entities_updated += len(batch.entities_changed)
        self.relationships_added += len(batch.relationships_new)
        self.relationships_updated += len(batch.relationships_changed)

    def as_dict(self) -> dict[str, int]:
        return {
            "entities_added": self.entities_added,
            "entities_updated": self.entities_updated,
            "relationships_added": self.relationships_added,
            "relationships_updated": self.relationships_updated,
        }


class Store(ABC):
    """A graph store. Reads run read-only; writes go through `writer()` only."""

    #: Which `.cypher` variant this backend runs ("neo4j" or "ladybug").
    dialect: str = "neo4j"

    def __init__(self, ontology: Ontology | None = None, read_only: bool = False) -> None:
        self.ontology = ontology or load_ontology()
        self.read_only = read_only

    # -- backend primitives --------------------------------------------------------------
    @abstractmethod
    def fetch_entities(self, type_name: str, keys: list[str]) -> dict[str, Entity]:
        """Stored entities of one type among `keys`."""

    @abstractmethod
    def fetch_relationships(
        self, type_name: str, rels: list[Relationship]
    ) -> dict[str, Relationship]:
        """Stored relationships of one type with the same keys as `rels`."""

    @abstractmethod
    def write_batch(self, batch: WriteBatch) -> None:
        """Write one batch atomically: all of it, or nothing."""

    @abstractmethod
    def delete_entities(self, keys: list[str]) -> None:
        """Delete entities and every relationship touching them, atomically; unknown keys
        are ignored. Used by `lgraph review --same`, which merges one entity into another."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run ad-hoc Cypher read-only. Writes are refused by the engine, not by parsing."""

    @abstractmethod
    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run the library's own static read queries (named queries), on any handle."""

    @abstractmethod
    def iter_entities(self, type_name: str | None = None) -> Iterator[Entity]:
        """Every stored entity (of one type, if given), in key order."""

    @abstractmethod
    def iter_relationships(self, type_name: str | None = None) -> Iterator[Relationship]:
        """Every stored relationship (of one type, if given), in key order."""

    @abstractmethod
    def close(self) -> None: ...

    # -- shared behaviour ----------------------------------------------------------------
    def writer(self, batch_size: int = DEFAULT_BATCH_SIZE) -> Writer:
        if self.read_only:
            from liability_graph.errors import ReadOnlyError

            raise ReadOnlyError("this store was opened read-only")
        return Writer(self, batch_size=batch_size)

    def counts(self) -> dict[str, dict[str, int]]:
        """Node and relationship counts per ontology type (zeros included), via named queries."""
        from liability_graph.queries import run_named

        nodes = dict.fromkeys(self.ontology.node_types, 0)
        for row in run_named(self, "count_nodes").rows:
            if row[0] in nodes:
                nodes[row[0]] = int(row[1])
        rels = dict.fromkeys(self.ontology.relationship_types, 0)
        for row in run_named(self, "count_relationships").rows:
            if row[0] in rels:
                rels[row[0]] = int(row[1])
        return {"nodes": nodes, "relationships": rels}

    def is_empty(self) -> bool:
        return not any(self.counts()["nodes"].values())

    def existing_entity_keys(self, type_name: str, keys: list[str]) -> set[str]:
        """Which of `keys` are stored; backends override this with an id-only query."""
        return set(self.fetch_entities(type_name, keys))

    def has_entities(self, type_name: str) -> bool:
        return self.counts()["nodes"].get(type_name, 0) > 0

    def has_relationships(self, type_name: str) -> bool:
        return self.counts()["relationships"].get(type_name, 0) > 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """Collects facts and writes them in batches; flushes when full and on a clean exit.

    Within a batch, facts with the same key are merged first; then each is merged with
    its stored version. Only new or changed facts are written, so re-ingesting is a no-op.
    """

    def __init__(self, store: Store, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise StoreError("batch size must be at least 1")
        self.store = store
        self.ontology = store.ontology
        self.batch_size = batch_size
        self.summary = WriteSummary()
        self._entities: dict[str, Entity] = {}
        self._relationships: dict[str, Relationship] = {}
        # What this writer knows is stored, to skip look-ups on bulk loads: entity keys seen
        # in the store or written here, and, for types whose table was empty when this
        # writer first met them, the hash of every key written since (anything else is new;
        # a hash collision only costs a look-up that finds nothing).
        self._stored_entities: set[str] = set()
        self._fresh_entity_types: dict[str, bool] = {}
        self._fresh_rel_keys: dict[str, set[int] | None] = {}

    # -- adding ----------------------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        entity = validate_entity(entity, self.ontology)
        current = self._entities.get(entity.key)
        self._entities[entity.key] = current.merged_with(entity) if current else entity
        self._maybe_flush()

    def add_document(self, document: Document) -> None:
        self.add_entity(document.to_entity())

    def add_relationship(self, rel: Relationship) -> None:
        rel = validate_relationship(rel, self.ontology)
        current = self._relationships.get(rel.key)
        self._relationships[rel.key] = current.merged_with(rel, self.ontology) if current else rel
        self._maybe_flush()

    def add_all(self, facts: Iterable[Entity | Relationship | Document]) -> None:
        for fact in facts:
            if isinstance(fact, Relationship):
                self.add_relationship(fact)
            elif isinstance(fact, Document):
                self.add_document(fact)
            else:
                self.add_entity(fact)

    def pending(self) -> int:
        return len(self._entities) + len(self._relationships)

    def _maybe_flush(self) -> None:
        if self.pending() >= self.batch_size:
            self.flush()

    # -- writing ---------------------------------------------------------------------------
    def flush(self) -> WriteBatch:
        """Merge the pending facts with the stored ones and write the difference atomically."""
        entities, rels = self._entities, self._relationships
        self._entities, self._relationships = {}, {}
        batch = WriteBatch()
        self._merge_entities(entities, batch)
        self._check_endpoints(rels, set(entities))
        self._merge_relationships(rels, batch)
        if batch:
            self.store.write_batch(batch)
            self.summary.add(batch)
        self._stored_entities.update(entities)
        for rel in batch.relationships_new:
            written = self._fresh_rel_keys.get(rel.type)
            if written is not None:
                written.add(hash(rel.key))
        return batch

    def discard(self) -> None:
        self._entities, self._relationships = {}, {}

    def _entity_type_is_fresh(self, type_name: str) -> bool:
        if type_name not in self._fresh_entity_types:
            self._fresh_entity_types[type_name] = not self.store.has_entities(type_name)
        return self._fresh_entity_types[type_name]

    def _written_rel_keys(self, type_name: str) -> set[int] | None:
        """Key hashes written so far if the type's table was empty at first sight, else None."""
        if type_name not in self._fresh_rel_keys:
            fresh = not self.store.has_relationships(type_name)
            self._fresh_rel_keys[type_name] = set() if fresh else None
        return self._fresh_rel_keys[type_name]

    def _merge_entities(self, entities: dict[str, Entity], batch: WriteBatch) -> None:
        by_type: dict[str, list[Entity]] = {}
        for entity in entities.values():
            by_type.setdefault(entity.type, []).append(entity)
        for type_name, group in by_type.items():
            if self._entity_type_is_fresh(type_name):
                keys = [e.key for e in group if e.key in self._stored_entities]
            else:
                keys = [e.key for e in group]
            stored = self.store.fetch_entities(type_name, keys) if keys else {}
            for entity in group:
                old = stored.get(entity.key)
                if old is None:
                    batch.entities_new.append(entity)
                else:
                    merged = old.merged_with(entity)
                    if not merged.same_content(old):
                        batch.entities_changed.append(merged)

    def _check_endpoints(self, rels: dict[str, Relationship], in_batch: set[str]) -> None:
        wanted: dict[str, set[str]] = {}
        for rel in rels.values():
            for key in (rel.source, rel.target):
                if key not in in_batch and key not in self._stored_entities:
                    wanted.setdefault(self.ontology.type_of_key(key), set()).add(key)
        missing: list[str] = []
        for type_name, keys in wanted.items():
            found = self.store.existing_entity_keys(type_name, sorted(keys))
            self._stored_entities.update(found)
            missing.extend(sorted(keys - found))
        if missing:
            shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
            raise OntologyError(
                f"{len(missing)} relationship endpoint(s) are not stored entities: {shown}"
            )

    def _merge_relationships(self, rels: dict[str, Relationship], batch: WriteBatch) -> None:
        by_type: dict[str, list[Relationship]] = {}
        for rel in rels.values():
            by_type.setdefault(rel.type, []).append(rel)
        for type_name, group in by_type.items():
            written = self._written_rel_keys(type_name)
            candidates = group if written is None else [r for r in group if hash(r.key) in written]
            stored = self.store.fetch_relationships(type_name, candidates) if candidates else {}
            for rel in group:
                old = stored.get(rel.key)
                if old is None:
                    batch.relationships_new.append(rel)
                else:
                    merged = old.merged_with(rel, self.ontology)
                    if not merged.same_content(old):
                        batch.relationships_changed.append(merged)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.flush()
        else:
            self.discard()


def open_store(
    spec: str | None = None,
    *,
    read_only: bool = False,
    ontology: Ontology | None = None,
    **settings: Any,
) -> Store:
    """Open the store named by `spec` (or by the environment); see settings.resolve_store."""
    from liability_graph.settings import resolve_store

    resolved = resolve_store(spec, **settings)
    if resolved.kind == "embedded":
        from liability_graph.graph.embedded import EmbeddedStore

        return EmbeddedStore(resolved.path, ontology=ontology, read_only=read_only)
    from liability_graph.graph.neo4j_store import Neo4jStore

    return Neo4jStore(resolved, ontology=ontology, read_only=read_only)
