"""Reviewers' decisions on relationships ("facts"), as the stores keep them.

`lgraph review facts --reject ID` removes a relationship and keeps a decision that blocks
every piece of evidence it had: the same document at the same span (or, for evidence
without a span, with the same quote), or a new version of it (same path or URL) stating the
same sentence, never brings it back, whichever extraction rule reads it, since the sentence
does not state the fact. Evidence from another document can.
`--confirm ID` marks the relationship `confirmed` and keeps a decision too, so the mark
comes back with the fact if its documents are removed and ingested again.

Decisions live in the store beside the graph, one `FactReview` node per relationship key
(a node table in LadybugDB, a label with a unique id in Neo4j); they are bookkeeping, not
part of the ontology, so exports and named queries never see them. Every Writer applies
them (graph/store.py), so ingest, sync and entity merges all respect them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson

from liability_graph.graph.model import Evidence, Relationship, normalize_name
from liability_graph.graph.ontology import Ontology

if TYPE_CHECKING:
    from liability_graph.graph.store import Store, WriteBatch

REVIEW_LABEL = "FactReview"
REJECTED = "rejected"
CONFIRMED = "confirmed"
DECISIONS = (REJECTED, CONFIRMED)
#: Hex digits of a fact id as shown; any unique prefix of at least MIN_ID_LENGTH is accepted.
ID_LENGTH = 8
MIN_ID_LENGTH = 4

#: The FactReview node's properties, in order (all strings; `fact` is JSON).
REVIEW_COLUMNS = ("id", "decision", "rel_type", "source", "target", "fact", "decided", "note")


def fact_id(key: str) -> str:
    """The short id shown for the relationship `key`: stable, since keys are content-derived."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_LENGTH]


def evidence_marks(item: Evidence) -> tuple[tuple[Any, ...], ...]:
    """What identifies a piece of evidence for blocking; any one of them matching blocks it.

    - its document and span, or its document and quote when it has no span;
    - its source (the path or URL it was read from) and quote, so that a new version of
      the same article (other bytes, so another document key) stating the same sentence
      stays blocked too.
    Quotes compare with spacing and case aside. The rule is not part of it: the same
    sentence read by another rule states the same (wrong) fact.
    """
    quote = normalize_name(item.quote)
    first = (item.document, item.start, item.end) if item.start is not None else None
    marks = [first or ("document", item.document, quote)]
    if item.source:
        marks.append(("source", item.source, quote))
    return tuple(marks)


@dataclass(frozen=True)
class FactReview:
    """One decision on one relationship key. `fact` is the relationship as it was when it
    was rejected (status, dates, properties, evidence); a confirmation keeps none."""

    key: str
    decision: str
    type: str
    source: str
    target: str
    decided: str
    fact: Relationship | None = None
    note: str | None = None

    @property
    def id(self) -> str:
        return fact_id(self.key)

    @property
    def blocked(self) -> frozenset[tuple[Any, ...]]:
        if self.decision != REJECTED or self.fact is None:
            return frozenset()
        return frozenset(mark for e in self.fact.evidence for mark in evidence_marks(e))

    def row(self) -> dict[str, Any]:
        fact = None
        if self.fact is not None:
            rel = self.fact
            fact = orjson.dumps(
                {
                    "status": rel.status,
                    "date_on": rel.date_on,
                    "date_from": rel.date_from,
                    "date_to": rel.date_to,
                    "properties": rel.properties,
                    "evidence": rel.evidence,
                }
            ).decode("utf-8")
        return {
            "id": self.key,
            "decision": self.decision,
            "rel_type": self.type,
            "source": self.source,
            "target": self.target,
            "fact": fact,
            "decided": self.decided,
            "note": self.note,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FactReview:
        fact = None
        if row.get("fact"):
            data = orjson.loads(row["fact"])
            fact = Relationship(
                row["rel_type"],
                row["source"],
                row["target"],
                data["status"],
                [Evidence.from_dict(e) for e in data.get("evidence") or []],
                data.get("date_on"),
                data.get("date_from"),
                data.get("date_to"),
                dict(data.get("properties") or {}),
            )
        return cls(
            key=row["id"],
            decision=row["decision"],
            type=row["rel_type"],
            source=row["source"],
            target=row["target"],
            decided=row.get("decided") or "",
            fact=fact,
            note=row.get("note"),
        )

    def moved(self, old: str, new: str) -> FactReview:
        """The same decision after entity `old` was merged into `new`."""
        source = new if self.source == old else self.source
        target = new if self.target == old else self.target
        fact = replace(self.fact, source=source, target=target) if self.fact else None
        key = Relationship(self.type, source, target, "alleged").key
        return replace(self, key=key, source=source, target=target, fact=fact)


def now() -> str:
    """When a decision is taken, in UTC to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_cypher() -> str:
    """The one read of every decision; the same text in both dialects."""
    ret = ", ".join(f"d.{c} AS {c}" for c in REVIEW_COLUMNS)
    return f"MATCH (d:`{REVIEW_LABEL}`) RETURN {ret} ORDER BY d.id"


def ladybug_review_ddl() -> str:
    cols = ", ".join(f"{c} STRING" + (" PRIMARY KEY" if c == "id" else "") for c in REVIEW_COLUMNS)
    return f"CREATE NODE TABLE IF NOT EXISTS `{REVIEW_LABEL}`({cols})"


def neo4j_review_constraint() -> str:
    return (
        f"CREATE CONSTRAINT lgraph_{REVIEW_LABEL.lower()}_id IF NOT EXISTS "
        f"FOR (d:`{REVIEW_LABEL}`) REQUIRE d.id IS UNIQUE"
    )


def upsert_cypher() -> str:
    assign = ", ".join(f"d.{c} = row.{c}" for c in REVIEW_COLUMNS if c != "id")
    return f"UNWIND $rows AS row MERGE (d:`{REVIEW_LABEL}` {{id: row.id}}) SET {assign}"


def delete_cypher() -> str:
    return f"UNWIND $keys AS k MATCH (d:`{REVIEW_LABEL}` {{id: k}}) DELETE d"


class FactDecisions:
    """The decisions a Writer applies to every relationship it is given.

    A rejected key keeps only evidence that was not blocked (its status recomputed from
    what is left), or disappears when none is left; a confirmed key comes out confirmed.
    `dropped` and `held_back` say what was kept out, for the ingest summary.
    """

    def __init__(self, reviews: Iterable[FactReview], ontology: Ontology) -> None:
        self.ontology = ontology
        self.by_key = {r.key: r for r in reviews}
        self._blocked = {k: r.blocked for k, r in self.by_key.items() if r.decision == REJECTED}
        self.dropped: set[str] = set()
        self.held_back: set[tuple[Any, ...]] = set()

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def apply(self, rel: Relationship) -> Relationship | None:
        review = self.by_key.get(rel.key)
        if review is None:
            return rel
        if review.decision == CONFIRMED:
            return rel if rel.confirmed else replace(rel, confirmed=True)
        blocked = self._blocked[rel.key]
        kept = []
        for item in rel.evidence:
            marks = evidence_marks(item)
            if any(mark in blocked for mark in marks):
                self.held_back.add((rel.key, *marks[0]))
            else:
                kept.append(item)
        if len(kept) == len(rel.evidence):
            return rel
        if not kept:
            self.dropped.add(rel.key)
            return None
        statuses = [e.status for e in kept if e.status] or [rel.status]
        status = max(statuses, key=self.ontology.status_rank)
        return replace(rel, evidence=kept, status=status)


def decide(store: Store, reviews: list[FactReview], drop: Iterable[str] = ()) -> WriteBatch:
    """Store `reviews` (and forget the decisions keyed `drop`), and apply them to the stored
    relationships they name, all in one atomic batch: a rejected relationship is deleted (or
    keeps only evidence its decision does not block), a confirmed one is marked."""
    from liability_graph.graph.store import WriteBatch

    decisions = FactDecisions(reviews, store.ontology)
    batch = WriteBatch(reviews=list(reviews), reviews_deleted=list(drop))
    by_type: dict[str, list[Relationship]] = {}
    for review in reviews:
        stub = Relationship(review.type, review.source, review.target, "alleged")
        by_type.setdefault(review.type, []).append(stub)
    for type_name, stubs in by_type.items():
        for stored in store.fetch_relationships(type_name, stubs).values():
            after = decisions.apply(stored)
            if after is None:
                batch.relationships_deleted.append(stored)
            elif after is not stored:
                batch.relationships_changed.append(after)
    store.write_batch(batch)
    return batch
