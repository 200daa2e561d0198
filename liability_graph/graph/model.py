"""The fact model: Entity, Relationship, Evidence and Document, with stable keys and merge rules.

Keys are derived from content (type + canonical name, or endpoints + type), so that the
same fact read twice, from one source or from several, lands on the same node or edge.
Merging is deterministic: re-ingesting the same input never changes a stored fact.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from liability_graph.errors import OntologyError
from liability_graph.graph.ontology import Ontology, load_ontology, normalize_date

_MAX_SLUG = 80
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to decompose (most names): skip the per-character pass
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # The marks among the text's distinct characters, deleted in one pass: a per-character
    # test in Python cost 5% of an ingest, as whole documents are folded (speaks_of_abuse).
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(marks) if marks else decomposed


def normalize_name(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, used to resolve names to entities."""
    return " ".join(strip_accents(text).casefold().split())


def slugify(text: str) -> str:
    """A key-safe slug; empty or over-long slugs get a short hash so keys stay unique."""
    slug = _NON_WORD.sub("-", strip_accents(text).casefold()).strip("-_")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if not slug:
        return f"x{digest}"
    if len(slug) > _MAX_SLUG:
        return f"{slug[:_MAX_SLUG].rstrip('-_')}-{digest}"
    return slug


def entity_key(type_name: str, name: str) -> str:
    return f"{type_name.lower()}:{slugify(name)}"


def relationship_key(type_name: str, source: str, target: str) -> str:
    return f"{source}-{type_name}->{target}"


def _unique(items: list[str], exclude: str | None = None) -> list[str]:
    """Keep the first spelling of each name, compared case- and accent-insensitively."""
    if not items:
        return []
    seen = {normalize_name(exclude)} if exclude else set()
    out = []
    for item in items:
        if not item or not str(item).strip():
            continue
        norm = normalize_name(str(item))
        if norm not in seen:
            seen.add(norm)
            out.append(str(item).strip())
    return out


@dataclass  # not slots=True: orjson writes a dataclass with a __dict__ 2.5 times as fast
class Evidence:
    """Why we believe a relationship: where it is stated, verbatim, and how it was found.

    Without __slots__: orjson reads a slotted dataclass's fields one getattr at a time, and a
    bulk load writes every relationship's evidence as JSON (bench/load_embedded.py, 1M
    relationships: 1.18 against 0.45 CPU s; making the pieces costs 0.14 s more). A piece
    takes about 50 bytes more, 60 more once written (orjson reads its __dict__)."""

    document: str
    quote: str
    source: str | None = None
    start: int | None = None
    end: int | None = None
    method: str = "curated"
    confidence: float = 1.0
    status: str | None = None
    date: str | None = None

    def identity(self) -> tuple:
        return (self.document, self.start, self.end, self.quote)

    def __reduce__(self) -> tuple:
        """Pickled as the constructor's arguments. Ingest's workers send every fact they read
        to the writing process (loaders/parallel.py); the slotted dataclass default (a dict
        of slots, set one by one) took twice the bytes and time."""
        return (
            Evidence,
            (
                self.document,
                self.quote,
                self.source,
                self.start,
                self.end,
                self.method,
                self.confidence,
                self.status,
                self.date,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "source": self.source,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "method": self.method,
            "confidence": self.confidence,
            "status": self.status,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            document=data["document"],
            quote=data.get("quote") or "",
            source=data.get("source"),
            start=data.get("start"),
            end=data.get("end"),
            method=data.get("method") or "curated",
            confidence=float(data.get("confidence", 1.0)),
            status=data.get("status"),
            date=data.get("date"),
        )


def evidence_to_json(evidence: list[Evidence]) -> str:
    """Compact JSON of the evidence list; orjson serialises the dataclasses directly, which
    is several times faster than the json module on bulk loads."""
    return orjson.dumps(evidence).decode("utf-8")


def evidence_from_json(text: str | None) -> list[Evidence]:
    if not text:
        return []
    return [Evidence.from_dict(item) for item in orjson.loads(text)]


#: How the graph names a protected person: "Protected person 3F9A1C0B7D2E" (docs/privacy.md;
#: privacy/vault.py makes the token). Lookups never suggest a name holding it.
PSEUDONYM = "Protected person"

#: Entity origins from least to most authoritative.
ORIGINS = ("extracted", "curated", "reference")
ANCHOR_ORIGINS = frozenset({"curated", "reference"})


def stronger_origin(a: str | None, b: str | None) -> str | None:
    ranked = [o for o in (a, b) if o in ORIGINS]
    return max(ranked, key=ORIGINS.index) if ranked else (a or b)


@dataclass(slots=True)
class Entity:
    """A node: a platform, vendor, person, law, case, court, jurisdiction, organisation or document."""

    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    key: str = ""
    #: Keys of entities a reviewer declared different from this one (`lgraph review --different`).
    distinct_from: list[str] = field(default_factory=list)
    #: "reference", "curated" or "extracted" (None counts as extracted); see ORIGINS.
    origin: str | None = None

    def __post_init__(self) -> None:
        self.name = str(self.name).strip()
        if not self.key:
            self.key = entity_key(self.type, self.name)
        self.aliases = _unique(list(self.aliases), exclude=self.name)
        self.distinct_from = [k for k in dict.fromkeys(self.distinct_from) if k != self.key]

    def __reduce__(self) -> tuple:
        """Pickled as its fields, restored without __post_init__ (they are already clean);
        see Evidence.__reduce__."""
        return (
            _restored_entity,
            (
                self.type,
                self.name,
                self.aliases,
                self.description,
                self.properties,
                self.sources,
                self.key,
                self.distinct_from,
                self.origin,
            ),
        )

    @property
    def lookup(self) -> list[str]:
        return list(dict.fromkeys(normalize_name(n) for n in [self.name, *self.aliases]))

    @property
    def protected(self) -> bool:
        return bool(self.properties.get("protected"))

    def merged_with(self, other: Entity) -> Entity:
        """Combine two versions of the same entity; the stored (self) spelling wins."""
        props = dict(other.properties)
        props.update({k: v for k, v in self.properties.items() if v is not None})
        if self.properties.get("protected") or other.properties.get("protected"):
            props["protected"] = True  # protection is never lost by a merge
        return Entity(
            type=self.type,
            name=self.name,
            aliases=_unique([*self.aliases, other.name, *other.aliases], exclude=self.name),
            description=self.description or other.description,
            properties=props,
            sources=list(dict.fromkeys([*self.sources, *other.sources])),
            key=self.key,
            distinct_from=[*self.distinct_from, *other.distinct_from],  # decisions are kept
            origin=stronger_origin(self.origin, other.origin),
        )

    def same_content(self, other: Entity) -> bool:
        def clean(props: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in props.items() if v is not None}

        return (
            self.name == other.name
            and self.aliases == other.aliases
            and (self.description or None) == (other.description or None)
            and clean(self.properties) == clean(other.properties)
            and self.sources == other.sources
            and self.distinct_from == other.distinct_from
            and self.origin == other.origin
        )

    @property
    def is_anchor(self) -> bool:
        """Reference and curated entities anchor extraction; extracted ones do not."""
        return self.origin in ANCHOR_ORIGINS


def _restored_entity(*fields: Any) -> Entity:
    """An unpickled Entity, exactly as it was pickled (Entity.__reduce__)."""
    entity = object.__new__(Entity)
    (
        entity.type,
        entity.name,
        entity.aliases,
        entity.description,
        entity.properties,
        entity.sources,
        entity.key,
        entity.distinct_from,
        entity.origin,
    ) = fields
    return entity


@dataclass(slots=True)
class Relationship:
    """An edge between two entity keys, with every piece of evidence that supports it."""

    type: str
    source: str
    target: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    date_on: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    #: True once a reviewer confirmed the fact (`lgraph review facts --confirm`), else None
    #: (stored as no value, so `WHERE r.confirmed` selects confirmed facts on both stores).
    confirmed: bool | None = None

    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Endpoints and type are fixed once built (dataclasses.replace builds anew), so the
        # key is computed once; bulk loads look it up several times per relationship.
        self.key = relationship_key(self.type, self.source, self.target)

    def __reduce__(self) -> tuple:
        """Pickled as the constructor's arguments; see Evidence.__reduce__."""
        return (
            Relationship,
            (
                self.type,
                self.source,
                self.target,
                self.status,
                self.evidence,
                self.date_on,
                self.date_from,
                self.date_to,
                self.properties,
                self.confirmed,
            ),
        )

    def merged_with(self, other: Relationship, ontology: Ontology | None = None) -> Relationship:
        """Union the evidence; take the strongest status, the widest dates, stored properties first."""
        return self.merged_with_all([other], ontology)

    def merged_with_all(
        self,
        others: list[Relationship],
        ontology: Ontology | None = None,
        seen: set[tuple] | None = None,
    ) -> Relationship:
        """The same as merging each of `others` in turn with merged_with, in one pass.

        A fact that many documents of a batch state is merged once at the flush, instead of
        once per document with all of its evidence so far (quadratic in its evidence).

        `seen`, from a caller that keeps this version (store.Writer), holds the identities
        of its evidence and is extended in place; the version must then be a merge's result,
        whose status is already the strongest of its evidence's, so only the new evidence
        is looked at."""
        if not others:
            return self
        ontology = ontology or load_ontology()
        rank = ontology.status_rank
        evidence = list(self.evidence)
        settled = len(evidence) if seen is not None else 0
        if seen is None:
            seen = {e.identity() for e in evidence}
        props = self.properties
        status = self.status
        date_on, date_from, date_to = self.date_on, self.date_from, self.date_to
        confirmed = self.confirmed
        for other in others:
            for item in other.evidence:
                identity = item.identity()
                if identity not in seen:
                    seen.add(identity)
                    evidence.append(item)
            merged = dict(other.properties)
            merged.update({k: v for k, v in props.items() if v is not None})
            props = merged
            status = max((status, other.status), key=rank)
            date_on = _pick(min, date_on, other.date_on)
            date_from = _pick(min, date_from, other.date_from)
            date_to = _pick(max, date_to, other.date_to)
            confirmed = True if confirmed or other.confirmed else None
        status = max((status, *(e.status for e in evidence[settled:] if e.status)), key=rank)
        return Relationship(
            type=self.type,
            source=self.source,
            target=self.target,
            status=status,
            evidence=evidence,
            date_on=date_on,
            date_from=date_from,
            date_to=date_to,
            properties=props,
            confirmed=confirmed,
        )

    def same_content(self, other: Relationship) -> bool:
        return (
            self.status == other.status
            and len(self.evidence) == len(other.evidence)  # (a merge that added evidence)
            and [e.identity() for e in self.evidence] == [e.identity() for e in other.evidence]
            and (self.date_on, self.date_from, self.date_to)
            == (other.date_on, other.date_from, other.date_to)
            and {k: v for k, v in self.properties.items() if v is not None}
            == {k: v for k, v in other.properties.items() if v is not None}
            and bool(self.confirmed) == bool(other.confirmed)
        )


def _pick(choose, a: str | None, b: str | None) -> str | None:
    values = [v for v in (a, b) if v]
    return choose(values) if values else None


@dataclass(slots=True)
class Document:
    """A source document. Stored as a node of type Document, keyed by its content hash or URL."""

    title: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    kind: str | None = None
    content_hash: str | None = None
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            basis = self.content_hash or self.url or self.source or self.title
            self.key = document_key(basis)

    def to_entity(self) -> Entity:
        props = {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": normalize_date(self.published, "published"),
            "language": self.language,
            "author": self.author,
            "kind": self.kind,
            "content_hash": self.content_hash,
        }
        return Entity(type="Document", name=self.title or self.key, properties=props, key=self.key)


def document_key(basis: str) -> str:
    return "document:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """Hash of the text with normalised line ends and Unicode form, so trivial re-encodings match."""
    normal = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def validate_entity(entity: Entity, ontology: Ontology) -> Entity:
    """Check the type and coerce properties to their declared types; raise OntologyError if wrong."""
    node_type = ontology.node_type(entity.type)
    if not entity.name:
        raise OntologyError(f"{entity.type} needs a name")
    props = {}
    for name, value in entity.properties.items():
        spec = node_type.properties.get(name)
        if spec is None:
            allowed = ", ".join(node_type.properties) or "none"
            raise OntologyError(f"{entity.type} has no property {name!r} (allowed: {allowed})")
        try:
            props[name] = spec.coerce(value)
        except ValueError as exc:
            raise OntologyError(f"{entity.type} {entity.name!r}: {exc}") from None
    if entity.__class__ is not Entity:
        return replace(entity, properties=props)
    # What replace() builds, called positionally: replace's keywords cost more than the
    # checks above (a bulk load's 100,000 entities).
    return Entity(
        entity.type,
        entity.name,
        entity.aliases,
        entity.description,
        props,
        entity.sources,
        entity.key,
        entity.distinct_from,
        entity.origin,
    )


def validate_relationship(rel: Relationship, ontology: Ontology) -> Relationship:
    """Check type, endpoints, status, dates, properties and evidence against the ontology.

    Returns a new Relationship with coerced values. This runs once per fact on bulk loads
    (bench/load_embedded.py), so the common case, no properties and dates already in ISO
    form, takes no calls it can avoid: known names are looked up in the ontology's dicts
    (its methods only raise the errors), and the result is built without __init__, with
    the key it already has (see _validated).
    """
    rel_type = ontology.relationship_types.get(rel.type) or ontology.relationship_type(rel.type)
    known = ontology.known_key_types.get  # (before the call: see known_key_types)
    source_type = known(rel.source) or ontology.type_of_key(rel.source)
    target_type = known(rel.target) or ontology.type_of_key(rel.target)
    if (source_type, target_type) not in rel_type.endpoints:
        allowed = ", ".join(f"{s}->{t}" for s, t in rel_type.endpoints)
        raise OntologyError(
            f"{rel.type} cannot go from {source_type} to {target_type} (allowed: {allowed})"
        )
    status = rel.status
    statuses = ontology.statuses
    if status not in statuses:
        ontology.status_rank(status)  # raises
    if not rel.evidence:
        raise OntologyError(f"{rel.type} {rel.source} -> {rel.target} has no evidence")
    evidence = []
    for item in rel.evidence:
        if not item.quote or not item.document:
            raise OntologyError(f"{rel.type} {rel.source} -> {rel.target}: evidence needs a quote")
        if item.status:
            if item.status != status and item.status not in statuses:
                ontology.status_rank(item.status)  # raises
            evidence.append(item)
        else:  # evidence without its own status states the relationship's status
            evidence.append(
                Evidence(
                    item.document,
                    item.quote,
                    item.source,
                    item.start,
                    item.end,
                    item.method,
                    item.confidence,
                    status,
                    item.date,
                )
            )
    props = {}
    for name, value in rel.properties.items():
        spec = rel_type.properties.get(name)
        if spec is None:
            allowed = ", ".join(rel_type.properties) or "none"
            raise OntologyError(f"{rel.type} has no property {name!r} (allowed: {allowed})")
        try:
            props[name] = spec.coerce(value)
        except ValueError as exc:
            raise OntologyError(f"{rel.type}: {exc}") from None
    date_on, date_from, date_to = rel.date_on, rel.date_from, rel.date_to
    if not (
        (date_on is None or (date_on.__class__ is str and date_on in _NORMAL_DATES))
        and (date_from is None or (date_from.__class__ is str and date_from in _NORMAL_DATES))
        and (date_to is None or (date_to.__class__ is str and date_to in _NORMAL_DATES))
    ):
        try:
            date_on = _date(date_on, "date")
            date_from = _date(date_from, "from date")
            date_to = _date(date_to, "to date")
        except ValueError as exc:
            raise OntologyError(f"{rel.type}: {exc}") from None
    return _validated(rel, status, evidence, date_on, date_from, date_to, props)


def _validated(
    rel: Relationship,
    status: str,
    evidence: list[Evidence],
    date_on: str | None,
    date_from: str | None,
    date_to: str | None,
    props: dict[str, Any],
) -> Relationship:
    """A copy of `rel` with these values, built without __init__ and __post_init__: the
    type and ends are rel's, so its key is too (a fifth of validating a bulk load's fact)."""
    new = _new_object(Relationship)
    new.type = rel.type
    new.source = rel.source
    new.target = rel.target
    new.status = status
    new.evidence = evidence
    new.date_on = date_on
    new.date_from = date_from
    new.date_to = date_to
    new.properties = props
    new.confirmed = True if rel.confirmed else None
    new.key = rel.key
    return new


_new_object = object.__new__


#: Date texts already seen in normal form, so bulk loads do not parse the same date again.
_NORMAL_DATES: set[str] = set()
_NORMAL_DATES_MAX = 50_000


def _date(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if value.__class__ is str and value in _NORMAL_DATES:
        return value
    normal = normalize_date(value, what)
    if normal is not None and normal == value and len(_NORMAL_DATES) < _NORMAL_DATES_MAX:
        _NORMAL_DATES.add(normal)
    return normal
