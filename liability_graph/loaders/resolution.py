"""Entity resolution: map a name read from a source to an entity the graph already knows.

Names are compared in three stages, cheapest first:

1. exact: the normalised name (case, accents, spacing) equals a name or alias;
2. canonical: the canonical forms are equal (legal suffixes, punctuation, web addresses
   dropped: "salesforce.com, inc." = "Salesforce");
3. fuzzy: `similarity` of canonical forms (rapidfuzz's ratio, capped by the ratio of the
   words the names do not share). At or above `merge_threshold` the name resolves to the
   entity; between `review_threshold` and that it becomes a new entity and the pair waits
   for a person (`lgraph review`); below, it is simply new.

Names resolve to the anchors in the name index (reference, curated and reviewed entities),
never to names extracted earlier in a run, so a document yields the same facts whatever was
read before it.

Only entities of the same type are resolved to each other: the type is part of the key and
relationship endpoints are type-checked, so silently turning an Organization mention into a
Vendor node could make its relationships invalid. Vendor and Organization are the one pair of
types that describe the same kind of thing (companies), so close Vendor/Organization pairs
are listed for review, where `--same` keeps the first entity's type if its edges fit.

Reviewers' decisions live in the store itself, so they hold on either backend and survive a
re-ingest: "same" merges B into A (B's names become A's aliases, its relationships move to
A, B is deleted, A becomes an anchor), "different" is kept in `distinct_from` on both
entities and no stage ever resolves one to the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from liability_graph.errors import ResolutionError  # noqa: F401  (raised here; defined with the others)
from liability_graph.graph.model import (
    Entity,
    Relationship,
    entity_key,
    normalize_name,
    strip_accents,
)
from liability_graph.loaders.names import NameIndex

try:  # rapidfuzz is a core dependency; without it only exact and canonical matches run
    from rapidfuzz import fuzz, process
except ImportError:  # pragma: no cover - a broken install only
    fuzz = process = None

if TYPE_CHECKING:
    from liability_graph.graph.store import Store

#: Merges on its own: a wrong letter in a word of 13+ letters, a missing or extra one in a
#: word of 6+ ("Salesforcee" 95.2, "Digital Service Act" 93.3).
MERGE_THRESHOLD = 92.0
#: Shown to a person: "Salesforse" (90.0), "Michael Lacy" / "Lacey" (88.9), "Village Voice
#: Media" / "... Holdings" (80.9). Not: "Jane Doe" / "John Doe", "Visa" / "Vida" (75).
REVIEW_THRESHOLD = 80.0
#: Canonical forms shorter than this only match exactly: "Visa" and "Vida" are not typos.
MIN_FUZZY_LENGTH = 5
#: A blocking key shared by more forms than this is too common to narrow a search.
_MAX_POSTING = 2_000

#: A canonical form carried by this many entities is a generic label, not evidence.
GENERIC_NAME_CARRIERS = 3

#: Types whose names may be web addresses or carry legal forms.
COMPANY_TYPES = frozenset({"Platform", "Vendor", "Organization"})
#: Documents are keyed by content, never by name.
UNRESOLVED_TYPES = frozenset({"Document"})
#: Types listed together for review (and mergeable with `--same`).
_REVIEW_GROUPS = {"Vendor": "company", "Organization": "company"}


# -- canonical forms ---------------------------------------------------------------------

_LEGAL_FORMS = frozenset(
    {
        *("inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp"),
        *("ltd", "limited", "plc", "pty", "pte"),  # UK, Commonwealth
        *("nv", "bv", "vof", "cv", "bvba", "sprl"),  # Dutch, Belgian
        *("gmbh", "ag", "kg", "sa", "sas", "sarl", "spa", "srl"),  # German, French, Italian
    }
)
_LEADING_FORMS = frozenset({"the", "stichting"})
_CASE_WORDS = {"vs": "v", "versus": "v", "tegen": "v"}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_WWW = re.compile(r"(?<![\w.])www\.")
_TLD = re.compile(r"(?<=\w)\.(?:com|net|org|nl|be|eu|de|io|co\.uk)(?![\w.])")
_TRAILING_NOTE = re.compile(r"\s*\([^()\d]*\)\s*$")  # a trailing note without digits
_SARL = re.compile(r"(?<!\w)s\.\s?a\.?\s?r\.\s?l\.?(?!\w)")  # s.à r.l. (accent gone)
_INITIALS = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")  # u.s., l.l.c., n.v.
_JOINERS = re.compile(r"(?<=\w)['’ʼ`]|(?<=\w)[-‐‑](?=\w)")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def canonical_form(name: str, type_name: str | None = None) -> str:
    """The comparison form of a name: "Salesforce.com, Inc." -> "salesforce".

    Case, accents, punctuation, initials ("L.L.C." = "LLC") and trailing legal forms are
    normalised for every type but Person; web addresses (``www.``, a trailing ``.com``),
    a leading "the"/"stichting" only for company-like types (None counts as one); "vs",
    "versus" and "tegen" become "v" in case names. Law and company names lose a trailing
    parenthetical without digits ("(DSA)"). Digits stay, so "Jane Doe 1" != "Jane Doe 2".
    """
    text = " ".join(str(name).split()).casefold()
    if not text.isascii():
        text = strip_accents(text)
    company = type_name is None or type_name in COMPANY_TYPES
    dotted = "." in text
    if company and (dotted or "/" in text):
        text = _TLD.sub("", _WWW.sub("", _SCHEME.sub("", text))).rstrip("/")
    if (company or type_name == "Law") and text.endswith(")"):
        text = _TRAILING_NOTE.sub("", text) or text  # "(DSA)"; but Jane Doe (A.M.) != (G.G.)
    text = text.replace("&", " and ")
    if dotted:
        text = _SARL.sub("sarl", text) if company else text
        text = _INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    text = _JOINERS.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()
    if type_name == "Case":
        tokens = [_CASE_WORDS.get(t, t) for t in tokens]
    if company:
        while len(tokens) > 1 and tokens[0] in _LEADING_FORMS:
            tokens.pop(0)
    if type_name != "Person":
        while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
            tokens.pop()
            if len(tokens) > 1 and tokens[-1] == "and":  # "Johnson & Co."
                tokens.pop()
    return " ".join(tokens) or normalize_name(name)


def _digits(form: str) -> tuple[str, ...]:
    """Names with different numbers are different things (Jane Doe 1, Section 230 / 231)."""
    return tuple(str(int(d)) for d in _DIGITS.findall(form))


def similarity(a: str, b: str) -> float:
    """How alike two canonical forms are, 0-100: rapidfuzz's ratio, capped by the ratio of
    the words they do not share.

    The cap is what keeps templates apart: "court of appeals for the fifth circuit" and
    "... ninth circuit" have a ratio of 96, but "fifth" and "ninth" only 60. A typo inside
    one word ("salesforse") or an extra word ("... media holdings") is scored as a whole.
    """
    if a == b:
        return 100.0
    if fuzz is None:
        return 0.0
    score = fuzz.ratio(a, b)
    words_a, words_b = Counter(a.split()), Counter(b.split())
    only_a, only_b = words_a - words_b, words_b - words_a
    if only_a and only_b and words_a & words_b:
        score = min(score, fuzz.ratio(" ".join(only_a.elements()), " ".join(only_b.elements())))
    return round(score, 1)


def symmetric_pairs(pairs: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, others in pairs.items():
        for other in others:
            if other != key:
                out.setdefault(key, set()).add(other)
                out.setdefault(other, set()).add(key)
    return out


# -- the resolver ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome of resolving one name.

    `key` is an entity in the name index, or None for a new entity named `name` (its key
    is entity_key(type, name)). `candidate` is the entity a "new" name was close to, when
    the score is in the review band.
    """

    key: str | None
    name: str
    score: float
    method: str  # "exact", "canonical", "fuzzy" or "new"
    candidate: str | None = None


@dataclass(frozen=True, slots=True)
class Flagged:
    """A name kept apart from a close entity during a run, because its score needs review."""

    type: str
    name: str
    candidate: str
    candidate_name: str
    score: float


def _blocking_keys(form: str) -> set[str]:
    """What two forms that score high almost always share: a word of 3+ letters, or the
    first or last four letters. A variant with typos in all of these is not found."""
    compact = form.replace(" ", "")
    keys = {"w" + word for word in form.split() if len(word) >= 3}
    keys.update(("^" + compact[:4], "$" + compact[-4:]))
    return keys


class FormIndex:
    """Canonical forms and their entity keys, blocked by group (type), digits and blocking
    keys, so a fuzzy look-up scores the few hundred plausible forms instead of all of them."""

    def __init__(self) -> None:
        self.forms: list[str] = []
        self.keys: list[str] = []
        self.groups: list[str] = []
        self._postings: dict[tuple[str, tuple[str, ...], str], list[int]] = {}

    def add(self, group: str, form: str, key: str) -> None:
        index = len(self.forms)
        self.forms.append(form)
        self.keys.append(key)
        self.groups.append(group)
        digits = _digits(form)
        for block in _blocking_keys(form):
            self._postings.setdefault((group, digits, block), []).append(index)

    def search(self, group: str, form: str, cutoff: float) -> list[tuple[int, float]]:
        """(index, similarity) of the forms of `group` scoring at least `cutoff`."""
        digits = _digits(form)
        postings = sorted(
            (p for b in _blocking_keys(form) if (p := self._postings.get((group, digits, b)))),
            key=len,
        )
        if not postings:
            return []
        chosen = [p for p in postings if len(p) <= _MAX_POSTING] or postings[:1]
        candidates = sorted(set().union(*chosen))
        if process is None:  # without rapidfuzz, equal forms only
            return [(i, 100.0) for i in candidates if self.forms[i] == form]
        hits = process.extract(
            form,
            [self.forms[i] for i in candidates],
            scorer=fuzz.ratio,
            score_cutoff=cutoff,
            limit=None,
        )  # the ratio bounds `similarity` from above, so this pre-filter loses nothing
        scored = ((candidates[j], similarity(form, hit)) for hit, _, j in hits)
        return [(i, score) for i, score in scored if score >= cutoff]


class Resolver:
    """Resolves names against a NameIndex, honouring reviewers' "different" decisions.

    The index holds the anchors (reference, curated and reviewed entities). Names the
    resolver calls new are not learnt: what a document yields must not depend on which
    documents were read before it. Per-type tables of normalised and canonical forms make a
    look-up two dict probes and, for unknown names, one rapidfuzz scan of a few blocks;
    results are cached until the index grows.
    """

    def __init__(
        self,
        names: NameIndex,
        distinct: Mapping[str, Iterable[str]] | None = None,
        *,
        merge_threshold: float = MERGE_THRESHOLD,
        review_threshold: float = REVIEW_THRESHOLD,
    ) -> None:
        if not 0 < review_threshold <= merge_threshold <= 100:
            raise ValueError("thresholds must satisfy 0 < review <= merge <= 100")
        self.names = names
        self.merge_threshold = merge_threshold
        self.review_threshold = review_threshold
        self.flagged: list[Flagged] = []
        self._flagged_seen: set[tuple[str, str, str]] = set()
        self._distinct = symmetric_pairs(distinct or {})
        self._display: dict[str, str] = {}
        self._exact: dict[tuple[str, str], list[str]] = {}
        self._canonical: dict[tuple[str, str], list[str]] = {}
        self._forms = FormIndex()
        self._forms_seen: set[tuple[str, str]] = set()
        self._indexed: set[str] = set()  # keys known to be in the index
        self._cache: dict[tuple[str, str], Resolved] = {}
        self._rescan()

    def over(self, names: NameIndex) -> Resolver:
        """A resolver over another name index, with this one's thresholds and "different"
        decisions; names flagged for review go into one list for both."""
        other = Resolver(
            names, merge_threshold=self.merge_threshold, review_threshold=self.review_threshold
        )
        other._distinct = self._distinct
        other.flagged, other._flagged_seen = self.flagged, self._flagged_seen
        return other

    @classmethod
    def from_store(cls, store: Store, **thresholds: float) -> Resolver:
        return cls(NameIndex.from_store(store), load_distinct(store), **thresholds)

    # -- public ------------------------------------------------------------------------
    def resolve(self, type_name: str, name: str) -> Resolved:
        """The entity `name` refers to among those of `type_name`, or "new"."""
        text = " ".join(str(name).split())
        norm = normalize_name(text)
        if not norm or type_name in UNRESOLVED_TYPES:
            return Resolved(None, text, 0.0, "new")
        self._sync()
        cached = self._cache.get((type_name, norm))
        if cached is not None:
            # a new name keeps its own spelling: the cache is keyed by the normalised form,
            # and the spelling first met ("RedTube") must not rename a later document's
            # entity ("Redtube"), or a document's facts would depend on what was read before
            return cached if cached.key is not None else replace(cached, name=text)
        result = self._match(type_name, text, entity_key(type_name, text), fuzzy=True)
        self._flag(type_name, text, result)
        self._cache[(type_name, norm)] = result
        return result

    def resolve_facts(self, facts: list[Any]) -> list[Any]:
        """Point a loader's new entities at the known ones they resolve to; re-point edges.

        An entity already in the index stays as it is (separate stored entities are a matter
        for review); another one whose name or alias resolves to an indexed entity is rewritten
        to that key, its names kept as aliases. Anchors (curated, reference) join the index.
        """
        remap: dict[str, str] = {}
        out: list[Any] = []
        for fact in facts:
            if isinstance(fact, Entity) and fact.type not in UNRESOLVED_TYPES:
                fact = self._resolve_entity(fact, remap)
                if fact.is_anchor:
                    self.note(fact)
            out.append(fact)
        if not remap:
            return out
        return [_repoint(f, remap) if isinstance(f, Relationship) else f for f in out]

    def note(self, entity: Entity) -> None:
        """Add an entity (and its names) to the index and to the resolver's tables."""
        if entity.type in UNRESOLVED_TYPES:
            return
        self._sync()
        self.names.add(entity)
        self._display.setdefault(entity.key, entity.name)
        self._indexed.add(entity.key)
        for norm in entity.lookup:
            self._add_form(entity.key, entity.type, norm)
        self._cache.clear()

    # -- matching ----------------------------------------------------------------------
    def _match(self, type_name: str, text: str, own_key: str, fuzzy: bool) -> Resolved:
        """Exact, then canonical, then fuzzy; a name several entities share is not guessed."""
        new = Resolved(None, text, 0.0, "new")
        form = canonical_form(text, type_name)
        for method, table, probe in (
            ("exact", self._exact, normalize_name(text)),
            ("canonical", self._canonical, form),
        ):
            keys = self._usable(table.get((type_name, probe), ()), own_key)
            if len(keys) > 1:
                return new  # ambiguous: better a new entity for review than a wrong edge
            if keys:
                return Resolved(keys[0], self._display[keys[0]], 100.0, method)
        if not fuzzy or len(form) < MIN_FUZZY_LENGTH:
            return new
        best: dict[str, float] = {}
        for index, score in self._forms.search(type_name, form, self.review_threshold):
            key = self._forms.keys[index]
            if score > best.get(key, 0.0) and not self._excluded(key, own_key):
                best[key] = score
        if not best:
            return new
        top = max(best.values())
        leaders = [k for k, score in best.items() if score == top]
        if len(leaders) > 1:
            return new
        if top >= self.merge_threshold:
            return Resolved(leaders[0], self._display[leaders[0]], top, "fuzzy")
        return Resolved(None, text, top, "new", candidate=leaders[0])

    def _usable(self, keys: Iterable[str], own_key: str) -> list[str]:
        """Candidates not declared different from the name; its own key wins outright."""
        usable = [k for k in keys if not self._excluded(k, own_key)]
        return [own_key] if own_key in usable else usable

    def _excluded(self, key: str, own_key: str) -> bool:
        return own_key in self._distinct.get(key, ())

    def _flag(self, type_name: str, text: str, result: Resolved) -> None:
        seen = (type_name, normalize_name(text), result.candidate or "")
        if result.candidate is not None and seen not in self._flagged_seen:
            self._flagged_seen.add(seen)
            name = self._display[result.candidate]
            self.flagged.append(Flagged(type_name, text, result.candidate, name, result.score))

    def _resolve_entity(self, entity: Entity, remap: dict[str, str]) -> Entity:
        self._sync()
        if entity.key in self._display:
            return entity
        for i, name in enumerate((entity.name, *entity.aliases)):
            if i == 0 and entity.key == entity_key(entity.type, name):
                found = self.resolve(entity.type, name)  # cached, and flagged for review
            else:
                found = self._match(entity.type, name, entity.key, fuzzy=i == 0)
            if found.key is not None and found.key != entity.key:
                remap[entity.key] = found.key
                return replace(
                    entity,
                    name=found.name,
                    aliases=[entity.name, *entity.aliases],
                    key=found.key,
                )
        return entity

    # -- tables ------------------------------------------------------------------------
    def _add_form(self, key: str, type_name: str, norm: str) -> None:
        """Index one normalised name of an entity (normalised text is its own canonical input)."""
        if (key, norm) in self._forms_seen:
            return
        self._forms_seen.add((key, norm))
        _append_unique(self._exact.setdefault((type_name, norm), []), key)
        form = canonical_form(norm, type_name)
        keys = self._canonical.setdefault((type_name, form), [])
        if key in keys:
            return
        keys.append(key)
        if len(form) >= MIN_FUZZY_LENGTH:
            self._forms.add(type_name, form, key)

    def _sync(self) -> None:
        """Pick up entities others added to the index (the index only grows)."""
        if len(self.names) != len(self._indexed):
            self._rescan()
            self._cache.clear()

    def _rescan(self) -> None:
        indexed = set()
        for norm, ref in self.names.names():
            indexed.add(ref.key)
            if ref.type in UNRESOLVED_TYPES:
                continue
            self._display.setdefault(ref.key, ref.name)
            self._add_form(ref.key, ref.type, norm)
        self._indexed = indexed


def _append_unique(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _repoint(rel: Relationship, remap: dict[str, str]) -> Relationship:
    source, target = remap.get(rel.source, rel.source), remap.get(rel.target, rel.target)
    if (source, target) == (rel.source, rel.target):
        return rel
    return replace(rel, source=source, target=target)


# -- decisions in the store -------------------------------------------------------------


def load_distinct(store: Store) -> dict[str, set[str]]:
    """Every "different" decision in the store, both ways round."""
    pairs: dict[str, list[str]] = {}
    for type_name in store.ontology.node_types:
        if type_name in UNRESOLVED_TYPES:
            continue
        result = store.read(
            f"MATCH (n:`{type_name}`) WHERE size(n.distinct_from) > 0 "
            "RETURN n.id AS id, n.distinct_from AS other"
        )
        for key, others in result.rows:
            pairs[key] = list(others or [])
    return symmetric_pairs(pairs)


def review_group(type_name: str) -> str:
    """Types compared with each other: the same type, or the company types together."""
    return _REVIEW_GROUPS.get(type_name, type_name)
