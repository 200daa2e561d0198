"""Stored documents: list them with their fact counts, find them by path, URL or id, and
take one out with everything that only it supports.

Removing a document (by hand with `lgraph remove`, or when a new version of the same file
or URL is ingested) deletes its node and its MENTIONS, takes its evidence off every
relationship, deletes the relationships left without evidence, and deletes the entities
found by extraction that nothing links to any more. Reference and curated entities stay.
A relationship keeps the strongest status among the evidence left; its dates stay as they
were (they are not recorded per piece of evidence).

All of it goes to the store as one WriteBatch, so it is atomic on every backend.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from liability_graph.errors import NotFoundError
from liability_graph.graph.model import ANCHOR_ORIGINS, Entity, Relationship
from liability_graph.graph.rows import relationship_columns, relationship_from_row

if TYPE_CHECKING:
    from liability_graph.graph.store import Store

DOCUMENT = "Document"
_RECORD_SUFFIX = re.compile(r"(#|:)\d+$")  # article records: FILE#N (JSON list), FILE:LINE (JSONL)


def source_key(source: str | None) -> str | None:
    """A document's source in a form that compares: URLs as they are, paths made absolute
    (relative to the current folder) and normalised."""
    if not source:
        return None
    if "://" in source:
        return source
    record = _RECORD_SUFFIX.search(source)
    path, suffix = (source[: record.start()], record.group(0)) if record else (source, "")
    return os.path.normpath(os.path.abspath(path)) + suffix


def _file_of(key: str) -> str:
    """The file a source key belongs to (records of one JSON/JSONL file share it)."""
    return _RECORD_SUFFIX.sub("", key) if "://" not in key else key


@dataclass
class StoredDocument:
    """A Document node with how many facts cite it."""

    entity: Entity
    #: Relationships (other than MENTIONS) with at least one piece of evidence from it.
    facts: int = 0
    #: Entities it mentions.
    mentions: int = 0

    @property
    def key(self) -> str:
        return self.entity.key

    def as_dict(self) -> dict[str, Any]:
        props = self.entity.properties
        return {
            "id": self.key,
            "title": props.get("title") or self.entity.name,
            "source": props.get("source"),
            "url": props.get("url"),
            "kind": props.get("kind"),
            "published": props.get("published"),
            "language": props.get("language"),
            "facts": self.facts,
            "mentions": self.mentions,
        }


def list_documents(store: Store) -> list[StoredDocument]:
    """Every stored document with its counts, by source then id. Counting the facts reads
    every relationship's evidence once."""
    documents = {e.key: StoredDocument(e) for e in store.iter_entities(DOCUMENT)}
    for rel in store.iter_relationships():
        if rel.type == "MENTIONS":
            if rel.source in documents:
                documents[rel.source].mentions += 1
            continue
        for key in {item.document for item in rel.evidence}:
            if key in documents:
                documents[key].facts += 1
    return sorted(
        documents.values(), key=lambda d: (d.entity.properties.get("source") or "", d.key)
    )


def find_documents(store: Store, refs: list[str]) -> list[Entity]:
    """The documents each ref names: an id, a URL (the document's url or source), or a
    path (the file it was read from; every article record of a JSON or JSONL file).
    A ref that names none raises NotFoundError."""
    stored = list(store.iter_entities(DOCUMENT))
    found: dict[str, Entity] = {}
    for ref in refs:
        matches = [e for e in stored if _names(e, ref)]
        if not matches:
            raise NotFoundError(
                f"no stored document is {ref!r}",
                hint="`lgraph documents` lists them by id, path and URL. Curated fact files "
                "are not stored as documents: their sources are, by URL.",
            )
        found.update((e.key, e) for e in matches)
    return [found[k] for k in sorted(found)]


def _names(document: Entity, ref: str) -> bool:
    props = document.properties
    if ref == document.key:
        return True
    if "://" in ref:
        return ref in (props.get("url"), props.get("source"))
    wanted, have = source_key(ref), source_key(props.get("source"))
    return have is not None and (have == wanted or _file_of(have) == wanted)


@dataclass
class RemovalPlan:
    """What taking documents out changes; written as one WriteBatch."""

    documents: list[str] = field(default_factory=list)
    #: Entities to delete: the documents, and extracted entities left unlinked.
    entities: list[str] = field(default_factory=list)
    relationships_deleted: list[Relationship] = field(default_factory=list)
    #: Relationships that keep other evidence, with the documents' evidence taken off.
    relationships_changed: list[Relationship] = field(default_factory=list)
    #: The documents' own MENTIONS, which go with their nodes.
    mentions: int = 0

    def __bool__(self) -> bool:
        return bool(self.documents)


def removal_plan(store: Store, documents: list[str], keep: set[str] | None = None) -> RemovalPlan:
    """What removing `documents` (keys of stored Documents) changes. Entities in `keep`
    stay whatever happens (ingest passes those that the new facts use)."""
    keep = keep or set()
    gone = set(documents)
    plan = RemovalPlan(documents=sorted(gone))
    if not gone:
        return plan
    ontology = store.ontology
    touched: set[str] = set()
    for rel in _citing(store, sorted(gone)):
        if rel.source in gone or rel.target in gone:
            touched.add(rel.target if rel.source in gone else rel.source)
            continue  # goes with the document node
        left = [item for item in rel.evidence if item.document not in gone]
        if len(left) == len(rel.evidence):
            continue
        if not left:
            plan.relationships_deleted.append(rel)
            touched.update((rel.source, rel.target))
            continue
        statuses = [item.status for item in left if item.status] or [rel.status]
        rel.evidence = left
        rel.status = max(statuses, key=ontology.status_rank)
        plan.relationships_changed.append(rel)
    mentioned = _mentioned(store, sorted(gone))
    plan.mentions = len(mentioned)
    touched.update(mentioned)
    deleted_rels = {r.key for r in plan.relationships_deleted}
    orphans = []
    for key in sorted(touched - gone - keep):
        type_name = ontology.type_of_key(key)
        if type_name == DOCUMENT:
            continue
        entity = store.fetch_entities(type_name, [key]).get(key)
        if entity is None or entity.origin in ANCHOR_ORIGINS:
            continue
        links = store.read(
            f"MATCH (n:`{type_name}` {{id: $key}})-[r]-(m) RETURN r.key AS key, m.id AS other",
            {"key": key},
        ).records()
        if all(r["key"] in deleted_rels or r["other"] in gone for r in links):
            orphans.append(key)
    plan.entities = sorted(gone) + orphans
    return plan


def _citing(store: Store, documents: list[str]) -> list[Relationship]:
    """Every relationship with evidence from one of `documents` (a scan of the evidence
    text, one statement per relationship type and document)."""
    ontology = store.ontology
    found: dict[str, Relationship] = {}
    # The embedded store keeps evidence added to a stored relationship in chunks of its own
    # (graph/embedded.py, EVIDENCE_CHUNKS): those relationships are found by their chunks.
    chunked = getattr(store, "evidence_chunk_keys", None)
    in_chunks = sorted(chunked(documents)) if chunked else []
    for type_name in ontology.relationship_types:
        ret = ", ".join(f"r.{c} AS {c}" for c in relationship_columns(type_name, ontology))
        reads = [
            (
                f"MATCH (a)-[r:`{type_name}`]->(b) WHERE r.evidence CONTAINS $key "
                f"RETURN a.id AS _s, b.id AS _t, {ret}",
                {"key": f'"{key}"'},
            )
            for key in documents
        ]
        typed = [k for k in in_chunks if f"-{type_name}->" in k]
        if typed:
            reads.append(
                (
                    f"UNWIND $keys AS k MATCH (a)-[r:`{type_name}`]->(b) WHERE r.key = k "
                    f"RETURN a.id AS _s, b.id AS _t, {ret}",
                    {"keys": typed},
                )
            )
        for text, params in reads:
            rows = store.read(text, params).records()
            for row in rows:
                rel = relationship_from_row(type_name, row["_s"], row["_t"], row, ontology)
                if any(item.document in documents for item in rel.evidence):
                    found[rel.key] = rel
    return [found[k] for k in sorted(found)]


def _mentioned(store: Store, documents: list[str]) -> list[str]:
    keys: list[str] = []
    for key in documents:
        rows = store.read(
            f"MATCH (d:`{DOCUMENT}` {{id: $key}})-[:`MENTIONS`]->(e) RETURN e.id AS id",
            {"key": key},
        ).rows
        keys.extend(row[0] for row in rows)
    return keys


@dataclass
class RemovalReport:
    documents: list[str]
    entities_removed: int
    relationships_removed: int
    relationships_changed: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities_removed": self.entities_removed,
            "relationships_removed": self.relationships_removed,
            "relationships_changed": self.relationships_changed,
        }


def remove_documents(store: Store, refs: list[str]) -> RemovalReport:
    """Remove the documents `refs` name (ids, URLs or paths), atomically."""
    from liability_graph.graph.store import WriteBatch

    keys = [e.key for e in find_documents(store, refs)]
    plan = removal_plan(store, keys)
    store.write_batch(
        WriteBatch(
            relationships_changed=plan.relationships_changed,
            entities_deleted=plan.entities,
            relationships_deleted=plan.relationships_deleted,
        )
    )
    return RemovalReport(
        keys,
        len(plan.entities),
        len(plan.relationships_deleted) + plan.mentions,
        len(plan.relationships_changed),
    )
