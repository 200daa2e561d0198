"""The store contract every backend implements, and the batched Writer they share.

A backend only knows how to fetch facts by key, write one batch atomically and run
read-only Cypher. Validation, in-batch de-duplication and merging with what is
already stored happen here, once, so every backend behaves the same.
"""

from __future__ import annotations

import contextlib
import gc
from abc import ABC, abstractmethod
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liability_graph.errors import OntologyError, StoreError
from liability_graph.graph.fact_reviews import FactDecisions, FactReview, read_cypher
from liability_graph.graph.model import (
    Document,
    Entity,
    Relationship,
    evidence_from_json,
    evidence_to_json,
    stronger_origin,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.ontology import Ontology, load_ontology
from liability_graph.graph.readonly import check_read_only

if TYPE_CHECKING:
    from liability_graph.graph.documents import RemovalPlan

DEFAULT_BATCH_SIZE = 100_000


@dataclass
class QueryResult:
    """Rows of a read query, as plain Python values."""

    columns: list[str]
    rows: list[list[Any]]
    #: What the engine noted about the query (e.g. a label the graph does not have).
    notes: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name to value."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (pandas is optional: install it to use this)."""
        try:
            import pandas
        except ImportError:
            raise StoreError(
                "to_dataframe() needs pandas", hint="pip install pandas, or use .records()."
            ) from None
        return pandas.DataFrame(self.rows, columns=self.columns)


@dataclass
class WriteBatch:
    """What one flush writes. `*_new` rows do not exist yet; `*_changed` rows replace stored ones."""

    entities_new: list[Entity] = field(default_factory=list)
    entities_changed: list[Entity] = field(default_factory=list)
    relationships_new: list[Relationship] = field(default_factory=list)
    relationships_changed: list[Relationship] = field(default_factory=list)
    #: Keys of entities to delete with every relationship touching them (done first).
    entities_deleted: list[str] = field(default_factory=list)
    #: Stored relationships to delete (before anything else is written).
    relationships_deleted: list[Relationship] = field(default_factory=list)
    #: Fact decisions to store (each replaces any for its key), and keys of decisions to drop.
    reviews: list[FactReview] = field(default_factory=list)
    reviews_deleted: list[str] = field(default_factory=list)
    #: For changed relationships whose stored evidence stays as it is, with new pieces after
    #: it (a plain merge): how many pieces at the front are the stored ones. A store may then
    #: add the new pieces without writing the stored ones again (graph/embedded.py); one not
    #: named here has its evidence replaced whole (a document taken out, review decisions).
    evidence_appended: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(
            self.entities_new
            or self.entities_changed
            or self.relationships_new
            or self.relationships_changed
            or self.entities_deleted
            or self.relationships_deleted
            or self.reviews
            or self.reviews_deleted
        )


@dataclass
class WriteSummary:
    entities_added: int = 0
    entities_updated: int = 0
    relationships_added: int = 0
    relationships_updated: int = 0
    #: Kept out by review decisions: relationships whose every piece of evidence was
    #: rejected, and pieces of rejected evidence (`lgraph review facts --reject`).
    relationships_rejected: int = 0
    evidence_rejected: int = 0
    entities_removed: int = 0
    relationships_removed: int = 0
    #: Earlier versions of re-ingested documents taken out (see graph/documents.py).
    documents_replaced: int = 0

    def add(self, batch: WriteBatch) -> None:
        self.entities_added += len(batch.entities_new)
        self.entities_updated += len(batch.entities_changed)
        self.relationships_added += len(batch.relationships_new)
        self.relationships_updated += len(batch.relationships_changed)
        self.entities_removed += len(batch.entities_deleted)
        self.relationships_removed += len(batch.relationships_deleted)

    def as_dict(self) -> dict[str, int]:
        return {
            "entities_added": self.entities_added,
            "entities_updated": self.entities_updated,
            "relationships_added": self.relationships_added,
            "relationships_updated": self.relationships_updated,
            "entities_removed": self.entities_removed,
            "relationships_removed": self.relationships_removed,
            "documents_replaced": self.documents_replaced,
        }


class Store(ABC):
    """A graph store. Reads run read-only; writes go through `writer()` only."""

    #: Which `.cypher` variant this backend runs ("neo4j" or "ladybug").
    dialect: str = "neo4j"
    #: The vault of protected identities chosen for this store (`open_store` sets it from
    #: --vault / LGRAPH_VAULT / the default; see settings.resolve_vault). Never in the store.
    vault_path: Path | None = None
    #: Whether only this handle writes the store while it is open (the embedded store holds
    #: its file's lock): a Writer may then keep what it stored instead of reading it back.
    single_writer: bool = False
    #: Batches this handle was asked to write (write_batch counts each, failed ones too), so
    #: a Writer that keeps what it stored knows whether anything else wrote in between.
    batches_written: int = 0

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
    def _run_query(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        """Run ad-hoc Cypher that passed the gate, in the engine's read-only mode."""

    @abstractmethod
    def _run_read(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        """Run a read that passed the gate (named queries, the library's reads)."""

    # -- reads: the two entry points, both through the read-only gate --------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Ad-hoc Cypher (`lgraph cypher`): read clauses only (graph/readonly.py), checked
        before the engine sees it, then run in the engine's read-only mode."""
        check_read_only(cypher, self.dialect, params)
        return self._run_query(cypher, dict(params or {}))

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Named queries and the library's own reads, on any handle; the same gate applies."""
        check_read_only(cypher, self.dialect, params)
        return self._run_read(cypher, dict(params or {}))

    @abstractmethod
    def iter_entities(self, type_name: str | None = None) -> Iterator[Entity]:
        """Every stored entity (of one type, if given), in key order."""

    @abstractmethod
    def iter_relationships(self, type_name: str | None = None) -> Iterator[Relationship]:
        """Every stored relationship (of one type, if given), in key order."""

    @abstractmethod
    def close(self) -> None: ...

    def checkpoint(self) -> None:
        """Make what is committed part of the store's main files (a no-op where the engine
        needs no such step)."""
        return None

    # -- shared behaviour ----------------------------------------------------------------
    def writer(
        self, batch_size: int = DEFAULT_BATCH_SIZE, *, replace_documents: bool = False
    ) -> Writer:
        """A batched writer; with `replace_documents`, a document read again from the same
        file or URL with other content replaces its earlier version (see Writer)."""
        if self.read_only:
            from liability_graph.errors import ReadOnlyError

            raise ReadOnlyError("this store was opened read-only")
        return Writer(self, batch_size=batch_size, replace_documents=replace_documents)

    # -- reads generated from the ontology ----------------------------------------------
    # Every label and type below comes from the ontology; values are parameters. These are
    # what the store itself, ingest and review need, so they live here rather than in
    # queries/ (graph/ never imports queries/).

    def counts(self) -> dict[str, dict[str, int]]:
        """Node and relationship counts per ontology type (zeros included), in one statement."""
        parts = [
            f'MATCH (n:`{t}`) RETURN "node" AS kind, "{t}" AS type, count(n) AS count'
            for t in self.ontology.node_types
        ]
        parts += [
            f'MATCH ()-[r:`{t}`]->() RETURN "relationship" AS kind, "{t}" AS type, count(r) AS count'
            for t in self.ontology.relationship_types
        ]
        nodes = dict.fromkeys(self.ontology.node_types, 0)
        rels = dict.fromkeys(self.ontology.relationship_types, 0)
        for kind, type_name, count in self.read(" UNION ALL ".join(parts)).rows:
            (nodes if kind == "node" else rels)[type_name] = int(count)
        return {"nodes": nodes, "relationships": rels}

    def fact_reviews(self) -> list[FactReview]:
        """Every decision on a relationship (`lgraph review facts`), by relationship key."""
        if not self._has_fact_reviews():
            return []
        return [FactReview.from_row(row) for row in self.read(read_cypher()).records()]

    def _has_fact_reviews(self) -> bool:
        """False when the store cannot hold decisions yet (an old embedded store opened
        read-only); backends override this."""
        return True

    def entity_names(self) -> list[dict[str, Any]]:
        """id, type, name, aliases and origin of every entity, Documents included, by id."""
        parts = [
            f'MATCH (n:`{t}`) RETURN n.id AS id, "{t}" AS type, n.name AS name, '
            "n.aliases AS aliases, n.origin AS origin"
            for t in self.ontology.node_types
        ]
        records = self.read(" UNION ALL ".join(parts)).records()
        return sorted(records, key=lambda row: row["id"])

    def find_by_name(
        self, normalized: str, types: Iterable[str] | None = None
    ) -> list[dict[str, Any]]:
        """Entities carrying `normalized` (see model.normalize_name) as name or alias, by id;
        only of `types` if given.

        Each row holds id, type, name, aliases and description. Backends with a better
        index than a scan of `lookup` override this (Neo4j). The scan reads only the tables
        of `types`: on LadybugDB each table costs its size (0.2 ms for the courts of the
        1M-relationship bench graph, 6 ms for its platforms, 22 ms for all of them)."""
        wanted = set(types) if types is not None else None
        parts = [
            f'MATCH (n:`{t}`) WHERE $name IN n.lookup RETURN n.id AS id, "{t}" AS type, '
            "n.name AS name, n.aliases AS aliases, n.description AS description"
            for t in self.ontology.node_types
            if wanted is None or t in wanted
        ]
        if not parts:
            return []
        records = self.read(" UNION ALL ".join(parts), {"name": normalized}).records()
        return sorted(records, key=lambda row: row["id"])

    def find_by_names(
        self, names: list[str], types: Iterable[str] | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """find_by_name for several normalized names at once, rows by name. Backends whose
        name search is a scan override this to scan once for all of them (LadybugDB)."""
        return {name: self.find_by_name(name, types) for name in names}

    def relationships_of(self, key: str) -> list[Relationship]:
        """Every stored relationship with `key` at either end, by relationship key.

        One typed statement per relationship type and endpoint pair the entity's type can
        take part in, so each starts from the key's index on every backend."""
        from liability_graph.graph.rows import relationship_columns, relationship_from_row

        type_name = self.ontology.type_of_key(key)
        found: dict[str, Relationship] = {}
        for rel_name, rel_type in self.ontology.relationship_types.items():
            ret = ", ".join(f"r.{c} AS {c}" for c in relationship_columns(rel_name, self.ontology))
            for source_type, target_type in rel_type.endpoints:
                for at_source in (True, False):
                    if (source_type if at_source else target_type) != type_name:
                        continue
                    a = f"(a:`{source_type}`" + (" {id: $key})" if at_source else ")")
                    b = f"(b:`{target_type}`" + (")" if at_source else " {id: $key})")
                    result = self.read(
                        f"MATCH {a}-[r:`{rel_name}`]->{b} RETURN a.id AS _s, b.id AS _t, {ret}",
                        {"key": key},
                    )
                    for row in result.records():
                        rel = relationship_from_row(
                            rel_name, row["_s"], row["_t"], row, self.ontology
                        )
                        found[rel.key] = rel
        return [found[k] for k in sorted(found)]

    def is_empty(self) -> bool:
        return not any(self.counts()["nodes"].values())

    def holds_reference(self) -> bool:
        """Whether the reference knowledge base was loaded here: its entities keep the origin
        "reference" (the strongest), so a store built with `ingest --no-reference` has none.
        Later runs follow the store, so one store is never extracted both ways."""
        for type_name in self.ontology.node_types:
            if "origin" not in self.ontology.node_columns(type_name):
                continue
            found = self.read(
                f"MATCH (n:`{type_name}`) WHERE n.origin = $origin RETURN n.id AS id LIMIT 1",
                {"origin": "reference"},
            )
            if found.records():
                return True
        return False

    # -- work that spans transactions ----------------------------------------------------
    def unfinished(self, task: str) -> bool:
        """Whether `task` (see `task()`) was started and never finished, e.g. by a crash."""
        return False

    @contextmanager
    def task(self, name: str) -> Iterator[None]:
        """Mark work that must be redone whole if the process dies inside it. Backends whose
        commits are atomic across a crash need no mark (the default); the embedded store
        keeps one beside the database (LadybugDB can recover half of a transaction whose
        commit was interrupted)."""
        yield

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


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside a bulk step.

    A batch holds hundreds of thousands of fresh objects (none in cycles), and each young
    collection that promotes them makes the next full collection walk them all again: a
    third of the time of validating and merging a large batch. Collection resumes after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _own_copy(key: str) -> str:
    """A new string equal to `key`, for a set that outlives the fact it came from.

    Python's allocator returns an arena (1 MiB) to the system only when nothing in it is
    alive, and a fact's key lives among the fact's other small objects (its name, aliases,
    evidence). A Writer that kept the keys themselves kept every arena of a bulk load's
    entities resident after the entities were gone; a copy made at the flush goes where the
    allocator has room, and the fact's arenas empty with the fact (bench/load_embedded.py,
    1M relationships: 115 arenas against 69 at the final COPY, peak RSS -40 to -60 MiB)."""
    return (key + " ")[:-1]


class KeyHashes:
    """The hashes of the relationship keys a Writer wrote to a table that was empty when it
    first met it: a relationship whose hash is not here is new, with no look-up (a hash
    collision only costs a look-up that finds nothing). Kept in an array of 64-bit
    integers, 8 bytes a key: as a set of ints they took about 70 (1M bench relationships:
    68 MB more at the load's peak)."""

    def __init__(self) -> None:
        self._hashes = array("q")

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, keys: list[str]) -> None:
        self._hashes.extend([hash(k) for k in keys])

    def holding(self, rels: list[Relationship]) -> list[Relationship]:
        """Those of `rels` whose key's hash is held (written before, or a collision).

        The held hashes are matched against the batch's in Arrow (one pass over a copy of
        their bytes): a set intersection made a Python int of every held hash, every batch
        (1M bench relationships: 0.5 CPU s over the load's ten batches)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        from liability_graph.graph.arrow_arrays import numbers

        if not self._hashes or not rels:
            return []
        hashes = [hash(r.key) for r in rels]
        held = pa.Array.from_buffers(
            pa.int64(), len(self._hashes), [None, pa.py_buffer(self._hashes.tobytes())]
        )
        matched = pc.filter(held, pc.is_in(held, value_set=numbers(hashes, pa.int64())))
        if not len(matched):
            return []
        found = set(matched.to_pylist())
        return [rel for rel, h in zip(rels, hashes, strict=True) if h in found]


#: Pieces of evidence a Writer keeps in its stored relationships at most (Writer._kept).
KEPT_EVIDENCE = 250_000


class Writer:
    """Collects facts and writes them in batches; flushes when full and on a clean exit.

    Within a batch, facts with the same key are merged first; then each is merged with
    its stored version. Only new or changed facts are written, so re-ingesting is a no-op.

    With `replace_documents`, a Document read from text (it has a content hash) whose file
    or URL already has a stored Document with other content replaces it: in the same
    batch, and so atomically, the earlier version's facts are taken out (graph/documents.py)
    and the new ones merged with what is left. A document this writer wrote is never an
    earlier version to it: files of one URL read in one run all stay, in any batching.
    """

    def __init__(
        self, store: Store, batch_size: int = DEFAULT_BATCH_SIZE, *, replace_documents: bool = False
    ) -> None:
        if batch_size < 1:
            raise StoreError("batch size must be at least 1")
        self.store = store
        self.ontology = store.ontology
        self.batch_size = batch_size
        self.summary = WriteSummary()
        # Imported now, before any batch: KeyHashes.holding needs it from a bulk load's
        # second batch, and a module imported then leaves its objects in the allocator's
        # arenas among that batch's facts, which then stay resident (see _own_copy).
        import pyarrow.compute  # noqa: F401

        self._entities: dict[str, Entity] = {}
        self._relationships: dict[str, Relationship] = {}
        #: Later versions of pending relationships, merged into them at the flush (in order).
        self._repeats: dict[str, list[Relationship]] = {}
        # What this writer knows is stored, to skip look-ups on bulk loads: entity keys seen
        # in the store or written here, and, for types whose table was empty when this
        # writer first met them, the hash of every key written since (anything else is new;
        # a hash collision only costs a look-up that finds nothing).
        self._stored_entities: set[str] = set()
        self._fresh_entity_types: dict[str, bool] = {}
        self._fresh_rel_keys: dict[str, KeyHashes | None] = {}
        #: Relationships this writer found stored and changed, as it stored them, by key:
        #: merged again without reading them back. Facts that every document of a kind
        #: states again (a platform's vendor, a case's court) gather evidence from every
        #: batch, and reading, decoding and merging all of it anew each batch made an
        #: ingest's writing quadratic in its batches (5,000 bench articles: their 196
        #: relationships held 46 MB of evidence JSON). Only with a store no one else writes
        #: while it is open, only while no other batch was written (Store.batches_written),
        #: and up to KEPT_EVIDENCE pieces of evidence.
        self._kept: dict[str, Relationship] = {}
        self._kept_evidence = 0
        self._kept_at = -1
        #: The identities of each kept relationship's evidence (its merge then looks at the
        #: new evidence only).
        self._kept_seen: dict[str, set[tuple]] = {}
        #: The stored pieces of evidence each changed relationship of the batch being
        #: written starts with (its merge appends the new ones after them), and the
        #: identities of all of them if it was merged into a kept version.
        self._merged_from: dict[str, tuple[int, set[tuple] | None]] = {}
        self._decisions: FactDecisions | None = None  # read at the first relationship
        self.replace_documents = replace_documents
        #: Stored documents read from text, by source key and by URL (built when needed).
        self._documents: dict[tuple[str, str], set[str]] | None = None
        #: The documents read from text that this writer wrote. They are this run's input,
        #: never an earlier version to replace: two files of one URL read in one run both
        #: stay, whether they fall in one batch or in two, so the graph does not depend on
        #: the batching (nor on where an interrupted run stopped).
        self._written_documents: set[str] = set()

    # -- adding ----------------------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        entity = validate_entity(entity, self.ontology)
        current = self._entities.get(entity.key)
        if current is None:
            self._entities[entity.key] = entity
        elif _adds_to(current, entity):
            self._entities[entity.key] = current.merged_with(entity)
        self._maybe_flush()

    def add_document(self, document: Document) -> None:
        self.add_entity(document.to_entity())

    def add_relationship(self, rel: Relationship) -> None:
        rel = validate_relationship(rel, self.ontology)
        reviewed = self._reviewed(rel)
        if reviewed is None:
            return
        rel = reviewed
        if rel.key in self._relationships:
            self._repeats.setdefault(rel.key, []).append(rel)
        else:
            self._relationships[rel.key] = rel
        if len(self._relationships) + len(self._entities) >= self.batch_size:  # _maybe_flush
            self.flush()

    def _add_unreviewed(self, rel: Relationship) -> None:
        """add_relationship for a store with no review decisions (a bulk load's facts: a
        tenth of its Python time went to the calls this saves)."""
        rel = validate_relationship(rel, self.ontology)
        key = rel.key
        pending = self._relationships
        if key in pending:
            self._repeats.setdefault(key, []).append(rel)
        else:
            pending[key] = rel
            if len(pending) + len(self._entities) >= self.batch_size:
                self.flush()

    def _reviewed(self, rel: Relationship) -> Relationship | None:
        """The relationship as the store's review decisions let it in (see fact_reviews)."""
        if self._decisions is None:
            self._decisions = FactDecisions(self.store.fact_reviews(), self.ontology)
        if not self._decisions:
            return rel
        reviewed = self._decisions.apply(rel)
        self.summary.relationships_rejected = len(self._decisions.dropped)
        self.summary.evidence_rejected = len(self._decisions.held_back)
        return reviewed

    def add_all(self, facts: Iterable[Entity | Relationship | Document]) -> None:
        with gc_paused():
            # The decisions are read once, at the first relationship, and kept: whether
            # there are any is asked once per call, not per fact.
            unreviewed = self._decisions is not None and not self._decisions
            for fact in facts:
                if isinstance(fact, Relationship):
                    if unreviewed:
                        self._add_unreviewed(fact)  # the common case, without the calls
                    else:
                        self.add_relationship(fact)
                        unreviewed = not self._decisions
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
        with gc_paused():
            return self._flush()

    def _flush(self) -> WriteBatch:
        entities, rels = self._entities, self._relationships
        for key, repeats in self._repeats.items():
            rels[key] = rels[key].merged_with_all(repeats, self.ontology)
        self._entities, self._relationships, self._repeats = {}, {}, {}
        batch = WriteBatch()
        plan = self._replaced_versions(entities, rels) if self.replace_documents else None
        self._merge_entities(entities, batch)
        self._check_endpoints(rels, set(entities))
        kept = self._kept_versions(plan)
        self._merge_relationships(rels, batch, plan, kept)
        if plan:
            batch.entities_deleted.extend(plan.entities)
            batch.relationships_deleted.extend(plan.relationships_deleted)
            batch.relationships_changed.extend(plan.relationships_changed)
        if batch:
            self.store.write_batch(batch)
            self.summary.add(batch)
            self._keep(batch, kept, plan)
        if plan:
            self.summary.documents_replaced += len(plan.documents)
            self._stored_entities.difference_update(plan.entities)
            self._forget_documents(plan.documents)
        self._remember_documents(entities.values())
        if self.replace_documents:
            self._written_documents.update(k for k, e in entities.items() if _is_read_document(e))
        stored = self._stored_entities
        stored.update([_own_copy(key) for key in entities if key not in stored])
        new: dict[str, list[str]] = {}
        for rel in batch.relationships_new:
            new.setdefault(rel.type, []).append(rel.key)
        for type_name, keys in new.items():
            written = self._fresh_rel_keys.get(type_name)
            if written is not None:
                written.add(keys)
        return batch

    def discard(self) -> None:
        self._entities, self._relationships, self._repeats = {}, {}, {}
        self._merged_from = {}

    def _entity_type_is_fresh(self, type_name: str) -> bool:
        if type_name not in self._fresh_entity_types:
            self._fresh_entity_types[type_name] = not self.store.has_entities(type_name)
        return self._fresh_entity_types[type_name]

    def _written_rel_keys(self, type_name: str) -> KeyHashes | None:
        """Key hashes written so far if the type's table was empty at first sight, else None."""
        if type_name not in self._fresh_rel_keys:
            fresh = not self.store.has_relationships(type_name)
            self._fresh_rel_keys[type_name] = KeyHashes() if fresh else None
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
        # Set operations, not a test per endpoint: a bulk load's batch names 200,000.
        ends = {rel.source for rel in rels.values()}
        ends.update([rel.target for rel in rels.values()])
        ends.difference_update(in_batch)
        ends.difference_update(self._stored_entities)
        wanted: dict[str, set[str]] = {}
        for key in ends:
            wanted.setdefault(self.ontology.type_of_key(key), set()).add(key)
        missing: list[str] = []
        for type_name, keys in wanted.items():
            found = self.store.existing_entity_keys(type_name, sorted(keys))
            self._stored_entities.update(found)
            missing.extend(keys - found)
        if missing:
            missing.sort()  # (the set gives no order of its own)
            shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
            raise OntologyError(
                f"{len(missing)} relationship endpoint(s) are not stored entities: {shown}"
            )

    def _kept_versions(self, plan: RemovalPlan | None) -> dict[str, Relationship]:
        """What this writer kept of the relationships it stored (see _kept), or nothing if
        the store may hold other versions: another handle or batch wrote, or this batch
        replaces documents (which takes their evidence out of stored relationships)."""
        if self._kept and (plan or self.store.batches_written != self._kept_at):
            self._kept, self._kept_seen, self._kept_evidence = {}, {}, 0
        return self._kept

    def _keep(
        self, batch: WriteBatch, kept: dict[str, Relationship], plan: RemovalPlan | None
    ) -> None:
        """Keep the relationships the batch changed, as the store now holds them: the
        evidence a later read would decode is the version merged from (kept or read back)
        followed by this batch's new pieces, which go through the store's JSON once here so
        they are what a read gives (confidence a float, no quote None)."""
        self._kept_at = self.store.batches_written
        if plan or not self.store.single_writer:
            return
        for rel in batch.relationships_changed:
            gone = kept.pop(rel.key, None)
            self._kept_seen.pop(rel.key, None)
            if gone is not None:
                self._kept_evidence -= len(gone.evidence)
            if self._kept_evidence + len(rel.evidence) > KEPT_EVIDENCE:
                continue
            before, seen = self._merged_from.get(rel.key, (0, None))
            added = evidence_from_json(evidence_to_json(rel.evidence[before:]))
            kept[rel.key] = stored = Relationship(
                rel.type,
                rel.source,
                rel.target,
                rel.status,
                rel.evidence[:before] + added,
                rel.date_on,
                rel.date_from,
                rel.date_to,
                {k: v for k, v in rel.properties.items() if v is not None},
                True if rel.confirmed else None,
            )
            if seen is None:  # read back this time
                seen = {e.identity() for e in stored.evidence}
            self._kept_seen[rel.key] = seen
            self._kept_evidence += len(rel.evidence)
        self._merged_from = {}

    def _merge_relationships(
        self,
        rels: dict[str, Relationship],
        batch: WriteBatch,
        plan: RemovalPlan | None = None,
        kept: dict[str, Relationship] | None = None,
    ) -> None:
        # What an earlier version of a document loses is taken out before merging: a
        # relationship the new version states again is merged with what is left of it.
        stripped = {r.key: r for r in plan.relationships_changed} if plan else {}
        emptied = {r.key: r for r in plan.relationships_deleted} if plan else {}
        by_type: dict[str, list[Relationship]] = {}
        for rel in rels.values():
            by_type.setdefault(rel.type, []).append(rel)
        for type_name, group in by_type.items():
            written = self._written_rel_keys(type_name)
            candidates = group if written is None else written.holding(group)
            stored = {}
            if kept:
                stored = {r.key: kept[r.key] for r in candidates if r.key in kept}
                candidates = [r for r in candidates if r.key not in stored]
            if candidates:
                stored.update(self.store.fetch_relationships(type_name, candidates))
            if not stored and not emptied and not stripped:  # all new (a bulk load's batch)
                batch.relationships_new.extend(group)
                continue
            for rel in group:
                if rel.key in emptied:  # stored, but none of its evidence is left: replace it
                    plan.relationships_deleted.remove(emptied.pop(rel.key))
                    batch.relationships_changed.append(rel)
                    continue
                if rel.key in stripped:
                    stored[rel.key] = stripped.pop(rel.key)
                    plan.relationships_changed.remove(stored[rel.key])
                    merged = stored[rel.key].merged_with(rel, self.ontology)
                    batch.relationships_changed.append(merged)
                    continue
                old = stored.get(rel.key)
                if old is None:
                    batch.relationships_new.append(rel)
                else:
                    seen = None
                    if kept and old is kept.get(rel.key):  # merged into a copy of its identities
                        seen = self._kept_seen[rel.key].copy()
                    merged = old.merged_with_all([rel], self.ontology, seen)
                    if not merged.same_content(old):
                        batch.relationships_changed.append(merged)
                        self._merged_from[rel.key] = (len(old.evidence), seen)
                        batch.evidence_appended[rel.key] = len(old.evidence)

    # -- replacing documents ---------------------------------------------------------------
    def _replaced_versions(
        self, entities: dict[str, Entity], rels: dict[str, Relationship]
    ) -> RemovalPlan | None:
        """The removal of stored documents that pending documents replace, or None."""
        from liability_graph.graph.documents import removal_plan

        incoming = [e for e in entities.values() if _is_read_document(e)]
        if not incoming:
            return None
        index = self._document_index()
        replaced: set[str] = set()
        for document in incoming:
            for slot in _document_slots(document):
                replaced.update(index.get(slot, ()))
        replaced -= set(entities)
        replaced -= self._written_documents
        if not replaced:
            return None
        keep = set(entities) | {k for r in rels.values() for k in (r.source, r.target)}
        return removal_plan(self.store, sorted(replaced), keep=keep)

    def _document_index(self) -> dict[tuple[str, str], set[str]]:
        if self._documents is None:
            self._documents = {}
            if not self._entity_type_is_fresh("Document"):
                self._remember_documents(self.store.iter_entities("Document"))
        return self._documents

    def _remember_documents(self, entities: Iterable[Entity]) -> None:
        if self._documents is None:
            return
        for entity in entities:
            if _is_read_document(entity):
                for slot in _document_slots(entity):
                    self._documents.setdefault(slot, set()).add(entity.key)

    def _forget_documents(self, keys: list[str]) -> None:
        gone = set(keys)
        for slot in list(self._documents or {}):
            self._documents[slot] -= gone

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.flush()
        else:
            self.discard()


def _adds_to(current: Entity, other: Entity) -> bool:
    """Whether `current.merged_with(other)` could differ from `current`. Most entities of a
    batch of documents are named again by later documents with nothing new (the same name,
    no properties), and building their merge was a tenth of a parallel ingest's writer."""
    return not (
        other.name == current.name
        and not other.aliases
        and not other.properties
        and all(value is not None for value in current.properties.values())
        and (current.description or other.description == current.description)
        and len(set(current.sources)) == len(current.sources)  # a merge would drop repeats
        and all(source in current.sources for source in other.sources)
        and not other.distinct_from
        and stronger_origin(current.origin, other.origin) == current.origin
    )


def _is_read_document(entity: Entity) -> bool:
    """A Document read from text (curated sources have no content hash: they never replace)."""
    return entity.type == "Document" and bool(entity.properties.get("content_hash"))


def _document_slots(entity: Entity) -> list[tuple[str, str]]:
    """Where a document comes from: its file (or source URL) and its URL."""
    from liability_graph.graph.documents import source_key

    slots = []
    source = source_key(entity.properties.get("source"))
    if source:
        slots.append(("source", source))
    if entity.properties.get("url"):
        slots.append(("url", entity.properties["url"]))
    return slots


def open_store(
    spec: str | None = None,
    *,
    read_only: bool = False,
    ontology: Ontology | None = None,
    vault: str | Path | None = None,
    **settings: Any,
) -> Store:
    """Open the store named by `spec` (or by the environment); see settings.resolve_store.
    `vault` is the --vault flag (settings.resolve_vault); the store only remembers the path."""
    from liability_graph.settings import resolve_store, resolve_vault

    resolved = resolve_store(spec, **settings)
    store: Store
    if resolved.kind == "embedded":
        from liability_graph.graph.embedded import EmbeddedStore

        store = EmbeddedStore(resolved.path, ontology=ontology, read_only=read_only)
    else:
        from liability_graph.graph.neo4j_store import Neo4jStore

        store = Neo4jStore(resolved, ontology=ontology, read_only=read_only)
    store.vault_path = resolve_vault(resolved, vault)
    return store
