"""Reviewing relationships ("facts"): the list an investigator works through, and the
decisions that change the graph: reject, confirm and undo (`lgraph review facts`).

A fact is named by a short id, the first hex digits of a hash of its relationship key
(graph/fact_reviews.py). Keys come from content, so the id stays the same across
re-ingests and stores; any unique prefix of at least four digits, or the full key, is
accepted. Decisions are stored with graph/fact_reviews.decide, which writes the decision
and its effect on the graph in one batch; every later Writer applies them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from liability_graph.errors import FactReviewError, OntologyError
from liability_graph.graph.fact_reviews import (
    CONFIRMED,
    MIN_ID_LENGTH,
    REJECTED,
    FactReview,
    decide,
    fact_id,
    now,
)
from liability_graph.graph.model import Entity, Evidence, Relationship, validate_relationship
from liability_graph.graph.store import WriteBatch

if TYPE_CHECKING:
    from liability_graph.graph.store import Store

#: Review states a listed fact can be in. "reopened": rejected once, then brought back by
#: evidence the rejection did not block (another document); "rejected": gone, listed from
#: its decision.
UNREVIEWED, REOPENED = "unreviewed", "reopened"
REVIEW_STATES = (UNREVIEWED, CONFIRMED, REOPENED, REJECTED)
STORED_STATES = (UNREVIEWED, CONFIRMED, REOPENED)
#: Evidence from fact files and the reference base; everything else was extracted.
CURATED_METHOD = "curated"
#: Relationship types listed unless asked for: "a document names an entity" is no claim.
UNLISTED_TYPES = ("MENTIONS",)
_HEX = re.compile(r"[0-9a-f]+")


# -- ids --------------------------------------------------------------------------------


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def relationship_keys(store: Store) -> set[str]:
    """The key of every stored relationship (one id-only read per type)."""
    keys: set[str] = set()
    for type_name in store.ontology.relationship_types:
        rows = store.read(f"MATCH ()-[r:`{type_name}`]->() RETURN r.key AS key").rows
        keys.update(row[0] for row in rows)
    return keys


def split_key(store: Store, key: str) -> tuple[str, str, str] | None:
    """(type, source, target) of a relationship key, or None if it is not one."""
    for type_name in store.ontology.relationship_types:
        source, sep, target = key.partition(f"-{type_name}->")
        if sep and source and target:
            try:
                store.ontology.type_of_key(source)
                store.ontology.type_of_key(target)
            except OntologyError:
                continue
            return type_name, source, target
    return None


def stored_relationship(store: Store, key: str) -> Relationship | None:
    parts = split_key(store, key)
    if parts is None:
        return None
    stub = Relationship(parts[0], parts[1], parts[2], "alleged")
    return store.fetch_relationships(parts[0], [stub]).get(key)


def resolve_fact(store: Store, ref: str, reviews: dict[str, FactReview]) -> str:
    """The relationship key that `ref` (an id, a unique prefix of one, or a key) names,
    among stored relationships and decided ones; a FactReviewError says why not."""
    text = " ".join(str(ref).split())
    if "->" in text:
        if text in reviews or stored_relationship(store, text) is not None:
            return text
        raise FactReviewError(f"no relationship has the key {text!r}")
    prefix = text.lower()
    if not _HEX.fullmatch(prefix):
        raise FactReviewError(
            f"{text!r} is not a fact id: ids are hex digits such as "
            f"{fact_id('example')!r}, or a full relationship key such as "
            "'person:a-FOUNDED->platform:b'"
        )
    if len(prefix) < MIN_ID_LENGTH:
        raise FactReviewError(
            f"fact id {text!r} is too short: give at least {MIN_ID_LENGTH} of its digits"
        )
    found = sorted(
        k for k in relationship_keys(store) | set(reviews) if _digest(k).startswith(prefix)
    )
    if not found:
        raise FactReviewError(f"no fact has the id {text!r}")
    if len(found) > 1:
        shown = "; ".join(f"{fact_id(k)} {k}" for k in found[:5])
        raise FactReviewError(
            f"fact id {text!r} fits {len(found)} facts: {shown}",
            hint="Give more digits of the id, or the full relationship key.",
        )
    return found[0]


# -- the list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FactFilter:
    """What `lgraph review facts` lists. Evidence filters (confidence, documents, curated)
    pick evidence; a fact is listed when any of its evidence is picked."""

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    min_confidence: float | None = None
    max_confidence: float | None = None
    curated: bool = False
    limit: int | None = None


@dataclass
class FactRow:
    """One listed fact: the relationship (as stored, or as rejected), its review state, the
    evidence the filter picked, and its endpoints' names."""

    rel: Relationship
    review: str
    evidence: list[Evidence]
    source_name: str
    target_name: str
    decision: FactReview | None = None
    document_titles: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return fact_id(self.rel.key)

    def redacted(self, redactor: Any) -> FactRow:
        """Protected persons as the Revealer shows them (export/privacy.py): the store holds
        only pseudonyms, which it turns back into names when revealing."""
        return replace(
            self,
            evidence=[redactor.evidence(e) for e in self.evidence],
            source_name=redactor.name(self.rel.source, self.source_name),
            target_name=redactor.name(self.rel.target, self.target_name),
            document_titles={k: redactor.text(v) for k, v in self.document_titles.items()},
        )

    def document_label(self, item: Evidence) -> str:
        return item.source or self.document_titles.get(item.document) or item.document

    def as_dict(self) -> dict[str, Any]:
        rel = self.rel
        return {
            "id": self.id,
            "key": rel.key,
            "type": rel.type,
            "source": rel.source,
            "source_name": self.source_name,
            "target": rel.target,
            "target_name": self.target_name,
            "status": rel.status,
            "review": self.review,
            "confirmed": bool(rel.confirmed),
            "date_on": rel.date_on,
            "date_from": rel.date_from,
            "date_to": rel.date_to,
            "properties": rel.properties,
            "decided": self.decision.decided if self.decision else None,
            "note": self.decision.note if self.decision else None,
            "evidence_total": len(rel.evidence),
            "evidence": [
                {**e.to_dict(), "document_title": self.document_titles.get(e.document)}
                for e in self.evidence
            ],
        }


#: Columns of the flat listing (table and CSV): one row per piece of evidence.
CSV_COLUMNS = [
    "id", "key", "type", "source", "source_name", "target", "target_name", "status",
    "review", "confidence", "method", "document", "document_source", "start", "end", "quote",
    "decided", "note",
]  # fmt: skip
TABLE_COLUMNS = ["id", "type", "from", "to", "status", "review", "conf", "document", "quote"]


def flat_rows(rows: Iterable[FactRow], table: bool = False) -> list[list[Any]]:
    """One row per listed piece of evidence, for a table or CSV."""
    out = []
    for row in rows:
        rel, decided = row.rel, row.decision
        for item in row.evidence:
            if table:
                out.append(
                    [row.id, rel.type, row.source_name, row.target_name, rel.status, row.review,
                     item.confidence, row.document_label(item), item.quote]
                )  # fmt: skip
                continue
            out.append(
                [row.id, rel.key, rel.type, rel.source, row.source_name, rel.target,
                 row.target_name, rel.status, row.review, item.confidence, item.method,
                 item.document, row.document_label(item), item.start, item.end, item.quote,
                 decided.decided if decided else None, decided.note if decided else None]
            )  # fmt: skip
    return out


def list_facts(store: Store, wanted: FactFilter | None = None) -> list[FactRow]:
    """The facts `wanted` selects, in key order (rejected ones after the stored ones with
    the same key), each with the evidence it selects."""
    wanted = wanted or FactFilter()
    types = _check_types(store, wanted.types)
    statuses = set(wanted.statuses)
    for status in statuses:
        _check(store.ontology.status_rank, status)
    states = set(wanted.reviews or STORED_STATES)
    unknown = states - set(REVIEW_STATES)
    if unknown:
        raise FactReviewError(
            f"unknown review state {sorted(unknown)[0]!r} (known: {', '.join(REVIEW_STATES)})"
        )
    documents = find_documents(store, wanted.documents) if wanted.documents else None

    def picked(item: Evidence) -> bool:
        if not wanted.curated and item.method == CURATED_METHOD:
            return False
        if wanted.min_confidence is not None and item.confidence < wanted.min_confidence:
            return False
        if wanted.max_confidence is not None and item.confidence > wanted.max_confidence:
            return False
        return documents is None or item.document in documents

    reviews = {r.key: r for r in store.fact_reviews()}
    found: list[tuple[str, int, Relationship, str, list[Evidence]]] = []
    if states & set(STORED_STATES):
        for type_name in types:
            for rel in store.iter_relationships(type_name):
                state = _state(rel, reviews.get(rel.key))
                evidence = [e for e in rel.evidence if picked(e)]
                if state in states and evidence and (not statuses or rel.status in statuses):
                    found.append((rel.key, 0, rel, state, evidence))
    if REJECTED in states:
        for review in reviews.values():
            rel = review.fact
            if review.decision != REJECTED or rel is None or rel.type not in types:
                continue
            evidence = [e for e in rel.evidence if picked(e)]
            if evidence and (not statuses or rel.status in statuses):
                found.append((rel.key, 1, rel, REJECTED, evidence))
    found.sort(key=lambda item: item[:2])
    if wanted.limit is not None:
        found = found[: wanted.limit]
    names = _names(store, {k for _, _, rel, _, _ in found for k in (rel.source, rel.target)})
    doc_keys = sorted({e.document for *_, evidence in found for e in evidence})
    titles = {k: e.name for k, e in store.fetch_entities("Document", doc_keys).items()}
    return [
        FactRow(
            rel,
            state,
            evidence,
            names.get(rel.source, rel.source),
            names.get(rel.target, rel.target),
            reviews.get(rel.key),
            {e.document: titles[e.document] for e in evidence if e.document in titles},
        )
        for _, _, rel, state, evidence in found
    ]


def _state(rel: Relationship, review: FactReview | None) -> str:
    if rel.confirmed or (review is not None and review.decision == CONFIRMED):
        return CONFIRMED
    if review is not None and review.decision == REJECTED:
        return REOPENED
    return UNREVIEWED


def _check(check: Any, value: str) -> None:
    try:
        check(value)
    except OntologyError as exc:
        raise FactReviewError(str(exc)) from None


def _check_types(store: Store, types: tuple[str, ...]) -> list[str]:
    known = store.ontology.relationship_types
    for type_name in types:
        if type_name not in known:
            raise FactReviewError(
                f"unknown relationship type {type_name!r} (known: {', '.join(known)})"
            )
    return list(dict.fromkeys(types)) or [t for t in known if t not in UNLISTED_TYPES]


def _names(store: Store, keys: set[str]) -> dict[str, str]:
    by_type: dict[str, list[str]] = {}
    for key in keys:
        by_type.setdefault(store.ontology.type_of_key(key), []).append(key)
    names: dict[str, str] = {}
    for type_name, group in by_type.items():
        names.update({k: e.name for k, e in store.fetch_entities(type_name, sorted(group)).items()})
    return names


def find_documents(store: Store, refs: Iterable[str]) -> set[str]:
    """Keys of the documents `refs` name: a document key, or a document's title, source
    (path or URL), URL, or file name. Each ref must name at least one document."""
    documents = list(store.iter_entities("Document"))
    keys: set[str] = set()
    for ref in refs:
        matched = {d.key for d in documents if _names_document(d, ref.strip())}
        if not matched:
            raise FactReviewError(
                f"no document {ref!r}: give a document key, title, path, URL or file name",
                hint='`lgraph cypher "MATCH (d:Document) RETURN d.id, d.source, d.title"` '
                "lists the documents.",
            )
        keys |= matched
    return keys


def _names_document(document: Entity, ref: str) -> bool:
    if ref in (document.key, document.name):
        return True
    for value in (document.properties.get("source"), document.properties.get("url"),
                  document.properties.get("title")):  # fmt: skip
        if not value:
            continue
        if value == ref or PurePosixPath(value).name == ref or value.endswith("/" + ref):
            return True
    return False


# -- decisions --------------------------------------------------------------------------


@dataclass(frozen=True)
class FactDecision:
    """What one reject, confirm or undo did."""

    action: str  # "rejected", "confirmed", "undone"
    key: str
    type: str
    source: str
    target: str
    evidence: int  # pieces of evidence the decision blocks (rejected) or the fact has
    documents: int
    message: str

    @property
    def id(self) -> str:
        return fact_id(self.key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "id": self.id,
            "key": self.key,
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "evidence": self.evidence,
            "documents": self.documents,
            "message": self.message,
        }


def review_facts(
    store: Store,
    *,
    reject: Iterable[str] = (),
    confirm: Iterable[str] = (),
    undo: Iterable[str] = (),
    note: str | None = None,
) -> list[FactDecision]:
    """Apply decisions by fact id. Every id is resolved first, so one bad id stops them all
    before anything is written; then each decision is one atomic write."""
    reviews = {r.key: r for r in store.fact_reviews()}
    asked = [
        (action, resolve_fact(store, ref, reviews))
        for action, refs in ((REJECTED, reject), (CONFIRMED, confirm), ("undone", undo))
        for ref in refs
    ]
    seen: dict[str, str] = {}
    for action, key in asked:
        if seen.setdefault(key, action) != action:
            raise FactReviewError(f"fact {fact_id(key)} is given two different decisions")
    done = []
    for action, key in dict.fromkeys(asked):
        if action == REJECTED:
            done.append(reject_fact(store, key, reviews.get(key), note))
        elif action == CONFIRMED:
            done.append(confirm_fact(store, key, reviews.get(key), note))
        else:
            done.append(undo_fact(store, key, reviews.get(key)))
    return done


def _documents(rel: Relationship) -> int:
    return len({e.document for e in rel.evidence})


def reject_fact(
    store: Store, key: str, previous: FactReview | None, note: str | None = None
) -> FactDecision:
    """Delete the relationship and block every piece of its evidence, and any blocked by an
    earlier rejection of the same fact, for good (see graph/fact_reviews.py)."""
    stored = stored_relationship(store, key)
    earlier = previous.fact if previous and previous.decision == REJECTED else None
    if stored is None:
        if earlier is None:  # a confirmation of a fact no longer stored
            raise FactReviewError(f"fact {fact_id(key)} ({key}) is not in the graph")
        return _decision(REJECTED, earlier, "already rejected; nothing changed")
    fact = replace(
        stored.merged_with(earlier, store.ontology) if earlier else stored, confirmed=None
    )
    review = FactReview(key, REJECTED, fact.type, fact.source, fact.target, now(), fact, note)
    decide(store, [review])
    return _decision(
        REJECTED,
        fact,
        f"removed; its {len(fact.evidence)} piece(s) of evidence from {_documents(fact)} "
        "document(s) will not bring it back. Evidence from another document can.",
    )


def confirm_fact(
    store: Store, key: str, previous: FactReview | None, note: str | None = None
) -> FactDecision:
    """Mark the relationship confirmed (its status is unchanged). A rejected fact that is
    gone is restored first; an earlier rejection is replaced, so its evidence may return."""
    stored = stored_relationship(store, key)
    review = None
    if stored is None:
        if previous is None or previous.fact is None:
            raise FactReviewError(f"fact {fact_id(key)} ({key}) is not in the graph")
        restored = replace(previous.fact, confirmed=True)
        review = FactReview(
            key, CONFIRMED, restored.type, restored.source, restored.target, now(), None, note
        )
        _restore(store, restored, WriteBatch(reviews=[review]))
        return _decision(CONFIRMED, restored, "restored and confirmed")
    review = FactReview(
        key, CONFIRMED, stored.type, stored.source, stored.target, now(), None, note
    )
    decide(store, [review])
    replaced = " (replaces its rejection)" if previous and previous.decision == REJECTED else ""
    return _decision(CONFIRMED, stored, f"confirmed{replaced}; its status stays {stored.status}")


def undo_fact(store: Store, key: str, previous: FactReview | None) -> FactDecision:
    """Forget the decision on a fact: a confirmed one loses its mark, a rejected one is
    restored as it was (with any evidence that came back since)."""
    if previous is None:
        raise FactReviewError(f"fact {fact_id(key)} ({key}) has no decision to undo")
    stored = stored_relationship(store, key)
    if previous.decision == CONFIRMED:
        batch = WriteBatch(reviews_deleted=[key])
        if stored is not None:
            batch.relationships_changed.append(replace(stored, confirmed=None))
        store.write_batch(batch)
        rel = stored or Relationship(previous.type, previous.source, previous.target, "alleged")
        return _decision("undone", rel, "no longer confirmed")
    rel = previous.fact
    if rel is None:
        store.write_batch(WriteBatch(reviews_deleted=[key]))
        return _decision("undone", stored or _stub(previous), "decision removed")
    missing = [k for k in (rel.source, rel.target) if not _entity_exists(store, k)]
    if missing:
        store.write_batch(WriteBatch(reviews_deleted=[key]))
        return _decision(
            "undone",
            rel,
            f"rejection removed, but {missing[0]} is no longer in the graph: ingest its "
            "documents again to bring the fact back",
        )
    restored = stored.merged_with(rel, store.ontology) if stored is not None else rel
    _restore(store, restored, WriteBatch(reviews_deleted=[key]), stored is not None)
    return _decision("undone", restored, "rejection removed; the fact is back")


def _stub(review: FactReview) -> Relationship:
    return Relationship(review.type, review.source, review.target, "alleged")


def _entity_exists(store: Store, key: str) -> bool:
    try:
        type_name = store.ontology.type_of_key(key)
    except OntologyError:
        return False
    return bool(store.existing_entity_keys(type_name, [key]))


def _restore(store: Store, rel: Relationship, batch: WriteBatch, stored: bool = False) -> None:
    """Write `rel` back with the decision change in `batch`, atomically."""
    for key in (rel.source, rel.target):
        if not _entity_exists(store, key):
            raise FactReviewError(
                f"cannot restore {rel.key}: {key} is no longer in the graph",
                hint="Ingest its documents again; the decision is unchanged.",
            )
    try:
        rel = validate_relationship(rel, store.ontology)
    except OntologyError as exc:
        raise FactReviewError(f"cannot restore {rel.key}: {exc}") from None
    (batch.relationships_changed if stored else batch.relationships_new).append(rel)
    store.write_batch(batch)


def _decision(action: str, rel: Relationship, message: str) -> FactDecision:
    return FactDecision(
        action,
        rel.key,
        rel.type,
        rel.source,
        rel.target,
        len(rel.evidence),
        _documents(rel),
        message,
    )
