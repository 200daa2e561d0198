"""Reviewers' decisions on entity identity, and the list of pairs waiting for one.

Decisions live in the store itself, so they hold on either backend and survive re-ingest:
"same" merges B into A (B's names become A's aliases, its relationships and the decisions
on them (loaders/fact_review.py) move to A, B is deleted, A becomes an anchor); "different"
is kept in `distinct_from` on both entities, and resolution never turns one into the other.
The pending list is computed on demand from the stored entities, scored as resolution
scores names (loaders/resolution.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from liability_graph.errors import OntologyError, ResolutionError
from liability_graph.graph.lookup import resolve_one
from liability_graph.graph.model import (
    Entity,
    Relationship,
    stronger_origin,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.store import WriteBatch
from liability_graph.loaders.resolution import (
    GENERIC_NAME_CARRIERS,
    MIN_FUZZY_LENGTH,
    REVIEW_THRESHOLD,
    UNRESOLVED_TYPES,
    FormIndex,
    canonical_form,
    review_group,
    symmetric_pairs,
)

if TYPE_CHECKING:
    from liability_graph.graph.store import Store


def find_entity(store: Store, ref: str) -> Entity:
    """The entity an id ("vendor:salesforce") or a name or alias refers to (not a Document)."""
    row = resolve_one(store, " ".join(str(ref).split()))
    if row["type"] in UNRESOLVED_TYPES:
        raise ResolutionError(f"{row['id']} is a document; documents are keyed by content")
    return store.fetch_entities(row["type"], [row["id"]])[row["id"]]


@dataclass(frozen=True)
class MergeResult:
    """What `lgraph review --same A B` did."""

    kept: str
    removed: str
    relationships_moved: int
    loops_dropped: int
    aliases_added: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kept": self.kept,
            "removed": self.removed,
            "relationships_moved": self.relationships_moved,
            "loops_dropped": self.loops_dropped,
            "aliases_added": self.aliases_added,
        }


def mark_same(store: Store, a_ref: str, b_ref: str) -> MergeResult:
    """Merge B into A: B's names become A's aliases, B's edges move to A (evidence merged by
    the Writer), then B is deleted. Each step is idempotent, so a failed merge can be rerun.

    A keeps its type (B's must be the same, or Vendor/Organization with edges that fit) and
    becomes at least "curated", so later ingests resolve B's names to it.
    """
    a, b = find_entity(store, a_ref), find_entity(store, b_ref)
    _check_pair(a, b)
    if review_group(a.type) != review_group(b.type):
        raise ResolutionError(
            f"{a.key} is a {a.type} and {b.key} a {b.type}; only entities of the same type "
            "(or a Vendor and an Organization) can be merged"
        )
    moved, loops = [], 0
    for rel in relationships_of(store, b.key):
        source = a.key if rel.source == b.key else rel.source
        target = a.key if rel.target == b.key else rel.target
        if source == target:
            loops += 1
            continue
        moved.append(replace(rel, source=source, target=target))
    keeper = a.merged_with(b)
    keeper.distinct_from = [k for k in keeper.distinct_from if k not in (a.key, b.key)]
    # A reviewed entity is curated knowledge; as an anchor its names (B's among them) are in
    # the name index of every later ingest, which is what makes the merge hold.
    keeper.origin = stronger_origin(keeper.origin, "curated")
    try:
        keeper = validate_entity(keeper, store.ontology)
        for rel in moved:
            validate_relationship(rel, store.ontology)
    except OntologyError as exc:
        raise ResolutionError(f"cannot merge {b.key} into {a.key}: {exc}") from None
    if not keeper.same_content(a):
        store.write_batch(WriteBatch(entities_changed=[keeper]))
    _move_fact_reviews(store, b.key, a.key)
    with store.writer() as writer:
        for rel in moved:
            writer.add_relationship(rel)
    store.delete_entities([b.key])
    added = [n for n in keeper.aliases if n not in a.aliases]
    return MergeResult(a.key, b.key, len(moved), loops, added)


def _move_fact_reviews(store: Store, old: str, new: str) -> None:
    """Decisions on B's relationships now hold for A's (lgraph review facts): a rejected
    B -FOUNDED-> X keeps blocking its evidence once the same sentence resolves to A. Where
    A has a decision on the same fact already, A's is kept."""
    reviews = store.fact_reviews()
    taken = {r.key for r in reviews}
    moved, dropped = [], []
    for review in reviews:
        if old not in (review.source, review.target):
            continue
        dropped.append(review.key)
        after = review.moved(old, new)
        if after.source != after.target and after.key not in taken:
            moved.append(after)
            taken.add(after.key)
    if dropped:
        store.write_batch(WriteBatch(reviews=moved, reviews_deleted=dropped))


def mark_different(store: Store, a_ref: str, b_ref: str) -> tuple[str, str]:
    """Remember on both entities that they are different; returns their ids."""
    a, b = find_entity(store, a_ref), find_entity(store, b_ref)
    _check_pair(a, b)
    with store.writer() as writer:
        writer.add_entity(replace(a, distinct_from=[*a.distinct_from, b.key]))
        writer.add_entity(replace(b, distinct_from=[*b.distinct_from, a.key]))
    return a.key, b.key


def _check_pair(a: Entity, b: Entity) -> None:
    if a.key == b.key:
        raise ResolutionError(f"both names refer to {a.key}: they are one entity already")
    for entity in (a, b):
        if entity.type in UNRESOLVED_TYPES:
            raise ResolutionError(f"{entity.key} is a document; documents are keyed by content")


def relationships_of(store: Store, key: str) -> list[Relationship]:
    """Every stored relationship with `key` at either end (see Store.relationships_of)."""
    return store.relationships_of(key)


# -- the review list --------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewPair:
    """Two stored entities whose names are close enough that a person should decide."""

    a: Entity
    b: Entity
    score: float
    a_form: str
    b_form: str

    def redacted(self, redactor: Any) -> ReviewPair:
        """The pair as an export.privacy.Revealer shows it (real names when revealing)."""
        a, b = redactor.entity(self.a), redactor.entity(self.b)
        a_form = self.a_form if a is self.a else a.name
        return ReviewPair(a, b, self.score, a_form, self.b_form if b is self.b else b.name)

    def as_dict(self, sample: int = 4) -> dict[str, Any]:
        return {
            "a": self.a.key,
            "a_type": self.a.type,
            "a_name": self.a.name,
            "a_names": [self.a.name, *self.a.aliases][:sample],
            "b": self.b.key,
            "b_type": self.b.type,
            "b_name": self.b.name,
            "b_names": [self.b.name, *self.b.aliases][:sample],
            "score": self.score,
            "matched": [self.a_form, self.b_form],
        }


def pending_reviews(
    store: Store,
    *,
    review_threshold: float = REVIEW_THRESHOLD,
    types: Iterable[str] | None = None,
    reveal: Callable[[Entity], Entity] | None = None,
) -> list[ReviewPair]:
    """Pairs of stored entities scoring at least `review_threshold` and not yet decided.

    Computed on demand from the store's entities, so it is the same on every backend and a
    decision shows at once: merged entities are gone, different ones carry `distinct_from`.
    The store names protected persons only by pseudonyms; `reveal` (the Revealer's
    `entity`, export/privacy.py) gives their real names back to compare them.
    """
    wanted = set(types) if types else None
    entities = [
        reveal(entity) if reveal is not None else entity
        for type_name in store.ontology.node_types
        if type_name not in UNRESOLVED_TYPES and (wanted is None or type_name in wanted)
        for entity in store.iter_entities(type_name)
    ]
    return review_pairs(entities, review_threshold)


def review_pairs(
    entities: Iterable[Entity], review_threshold: float = REVIEW_THRESHOLD
) -> list[ReviewPair]:
    """Close pairs among `entities`, best first; each pair scored by its closest names."""
    by_key = {e.key: e for e in entities if e.type not in UNRESOLVED_TYPES}
    distinct = symmetric_pairs({k: e.distinct_from for k, e in by_key.items()})
    carriers: dict[tuple[str, str], set[str]] = {}
    for key, entity in by_key.items():
        for name in (entity.name, *entity.aliases):
            form = canonical_form(name, entity.type)
            carriers.setdefault((review_group(entity.type), form), set()).add(key)
    index = FormIndex()
    for (group, form), keys in carriers.items():
        if len(keys) >= GENERIC_NAME_CARRIERS:
            continue  # "anonymous plaintiff" on many entities says nothing about identity
        for key in sorted(keys):
            index.add(group, form, key)
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for i, form in enumerate(index.forms):
        for j, score in index.search(index.groups[i], form, review_threshold):
            a, b = sorted((index.keys[i], index.keys[j]))
            if j <= i or a == b or b in distinct.get(a, ()):
                continue
            forms = (form, index.forms[j])
            if score < 100 and min(map(len, forms)) < MIN_FUZZY_LENGTH:
                continue
            if score > best.get((a, b), (-1.0,))[0]:
                best[(a, b)] = (score, *(forms if index.keys[i] == a else forms[::-1]))
    pairs = [
        ReviewPair(by_key[a], by_key[b], score, fa, fb) for (a, b), (score, fa, fb) in best.items()
    ]
    return sorted(pairs, key=lambda p: (-p.score, p.a.key, p.b.key))
