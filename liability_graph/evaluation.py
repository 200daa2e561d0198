"""Score the document loaders against an annotated corpus.

`evaluate(corpus_dir, gold_path)` runs the registered loader of every document that the
gold file names, in memory and as `ingest` would (reference names in the context, entity
resolution on the loader's output), and compares the predicted relationships with the
annotated ones, document by document. The gold format is described at the top of
`examples/corpus.gold.yaml`.

A predicted relationship matches a gold one when type, source and target agree. A gold name
stands for every entity it can resolve to: the entities of the context's name index and the
document's predicted entities that carry the name or an alias declared in the gold (case-
and accent-insensitively, or equal in the resolver's canonical form, which drops legal
forms and punctuation), and the key that a new entity of that name would get. A gold file
names the entities of the reference base by their reference names and leaves their aliases
to it ("Federal Bureau of Investigation", "FBI"), so those aliases count as declared
spellings, also in a run without the reference base: they read the gold, never a document.

Cases of unnamed suits are named by convention (docs/annotation.md: "Fifty women v.
Salesforce (2019)"), so a gold Case also stands for the predicted Case of the same document
that has a defendant in common with it (its defendants matched by the rules above). The
pairing is one to one: each gold Case of a document takes the predicted Case, not yet taken,
with which it shares the most defendants, so one predicted Case never earns the facts of two
proceedings.

Scores are reported overall, per relationship type and per language (the gold's `language:`);
status accuracy is counted on matched facts, overall, per type and per language. `files`
restricts the run to some gold documents: comma-separated numeric ranges of the files'
leading numbers ("01-20") or glob patterns ("*_nl_*").
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from liability_graph.errors import InputError, LiabilityGraphError
from liability_graph.graph.model import (
    Entity,
    Evidence,
    Relationship,
    entity_key,
    normalize_name,
)
from liability_graph.loaders.base import Fact, LoadContext, loader_for
from liability_graph.loaders.bounded_yaml import YamlLimitError, load_bounded
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.resolution import Resolver, canonical_form

MENTIONS = "MENTIONS"
GOLD_VERSION = 1
TABLE_COLUMNS = [
    "type", "gold", "predicted", "tp", "fp", "fn", "precision", "recall", "f1", "status",
]  # fmt: skip
_DOC_KEYS = {"file", "seed", "language", "relationships", "mentions", "not", "note"}
_FACT_KEYS = {"type", "from", "to", "status", "date", "quote", "why"}


# -- the gold file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """A gold relationship end: a name, and optionally the node type it must have."""

    name: str
    type: str | None = None


@dataclass(frozen=True)
class GoldFact:
    type: str
    source: Endpoint
    target: Endpoint
    status: str | None = None
    date: str | None = None
    quote: str | None = None
    why: str | None = None


@dataclass
class GoldDocument:
    label: str  # the path as the gold file writes it
    path: Path
    language: str
    facts: list[GoldFact] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    negatives: list[GoldFact] = field(default_factory=list)

    def mentioned_names(self) -> list[str]:
        """The listed mentions plus both ends of every relationship."""
        names = list(self.mentions)
        for fact in self.facts:
            names += [fact.source.name, fact.target.name]
        return list(dict.fromkeys(names))


@dataclass
class Gold:
    path: Path
    documents: list[GoldDocument]
    entities: list[Entity]  # names the reference knowledge base lacks, with their types


def load_gold(gold_path: str | Path, corpus_dir: str | Path | None = None) -> Gold:
    """Parse a gold file. `file:` paths are relative to `corpus_dir` (default: the folder
    `corpus` beside the gold file), `seed:` paths to the gold file's own folder."""
    gold_path = Path(gold_path)
    corpus = Path(corpus_dir) if corpus_dir is not None else gold_path.parent / "corpus"
    where = str(gold_path)
    try:
        data = load_bounded(gold_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    except YamlLimitError as exc:
        raise InputError(exc.message, path=where, line=exc.line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", path=where) from None
    if not isinstance(data, dict) or data.get("version") != GOLD_VERSION:
        raise InputError(f"a gold file is a mapping with version: {GOLD_VERSION}", path=where)
    entities = [_gold_entity(item, where) for item in data.get("entities") or []]
    documents = [
        _gold_document(item, f"documents[{i}]", gold_path, corpus)
        for i, item in enumerate(data.get("documents") or [])
    ]
    return Gold(path=gold_path, documents=documents, entities=entities)


def _gold_entity(item: Any, where: str) -> Entity:
    if not isinstance(item, dict) or not item.get("name") or not item.get("type"):
        raise InputError(f"entities: {item!r} needs a name and a type", path=where)
    return Entity(type=item["type"], name=str(item["name"]), aliases=item.get("aliases") or [])


def _gold_document(item: Any, where: str, gold_path: Path, corpus: Path) -> GoldDocument:
    if not isinstance(item, dict) or ("file" in item) == ("seed" in item):
        raise InputError(f"{where}: needs exactly one of file: or seed:", path=str(gold_path))
    _check_keys(item, _DOC_KEYS, where, gold_path)
    label = str(item.get("file") or item.get("seed"))
    path = corpus / label if "file" in item else gold_path.parent / label
    where = f"{where} ({label})"
    mentions = item.get("mentions") or []
    if not isinstance(mentions, list):
        raise InputError(f"{where}.mentions: must be a list of names", path=str(gold_path))

    def facts(key: str) -> list[GoldFact]:
        items = item.get(key) or []
        return [_gold_fact(f, f"{where}.{key}[{i}]", gold_path) for i, f in enumerate(items)]

    return GoldDocument(
        label=label,
        path=path,
        language=str(item.get("language") or ""),
        facts=facts("relationships"),
        mentions=[str(m) for m in mentions],
        negatives=facts("not"),
    )


def _gold_fact(item: Any, where: str, gold_path: Path) -> GoldFact:
    if not isinstance(item, dict) or not all(item.get(k) for k in ("type", "from", "to")):
        raise InputError(f"{where}: needs type, from and to", path=str(gold_path))
    _check_keys(item, _FACT_KEYS, where, gold_path)
    date = item.get("date")
    return GoldFact(
        type=str(item["type"]),
        source=_endpoint(item["from"]),
        target=_endpoint(item["to"]),
        status=item.get("status"),
        date=date.isoformat() if hasattr(date, "isoformat") else (str(date) if date else None),
        quote=item.get("quote"),
        why=item.get("why"),
    )


def _check_keys(item: dict, allowed: set[str], where: str, gold_path: Path) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise InputError(f"{where}: unknown keys {sorted(unknown)}", path=str(gold_path))


def _endpoint(value: Any) -> Endpoint:
    if isinstance(value, dict):
        return Endpoint(str(value.get("name")), value.get("type"))
    return Endpoint(str(value))


# -- scores -------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """tp / predicted; nothing predicted is perfect only when nothing was expected."""
        if not self.predicted:
            return 0.0 if self.gold else 1.0
        return self.tp / self.predicted

    @property
    def recall(self) -> float:
        """tp / gold; nothing expected is perfect only when nothing was predicted."""
        if not self.gold:
            return 0.0 if self.predicted else 1.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def row(self, name: str) -> list[Any]:
        return [name, self.gold, self.predicted, self.tp, self.fp, self.fn] + [
            f"{v:.3f}" for v in (self.precision, self.recall, self.f1)
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Miss:
    """A false positive or a false negative, with what is needed to debug it."""

    document: str
    type: str
    source: str
    target: str
    status: str | None
    quote: str | None
    note: str | None = None  # for a false positive the gold lists under `not:`: its why

    def __str__(self) -> str:
        line = f"{self.document}: {self.type} {self.source} -> {self.target} [{self.status}]"
        if self.note:
            line += f" ({self.note})"
        return line + (f'\n    "{" ".join(self.quote.split())}"' if self.quote else "")


@dataclass
class EvalReport:
    by_type: dict[str, Counts] = field(default_factory=dict)
    mentions: Counts = field(default_factory=Counts)
    status_correct: int = 0
    status_total: int = 0
    date_correct: int = 0
    date_total: int = 0
    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    false_positives: list[Miss] = field(default_factory=list)
    false_negatives: list[Miss] = field(default_factory=list)
    #: matched facts whose extracted date disagrees with the gold date (the note says both)
    date_misses: list[Miss] = field(default_factory=list)
    by_language: dict[str, Counts] = field(default_factory=dict)
    #: (correct, matched with a gold status) per relationship type and per language
    status_by_type: dict[str, list[int]] = field(default_factory=dict)
    status_by_language: dict[str, list[int]] = field(default_factory=dict)
    #: (language, type) -> counts, for the per-language breakdown by type
    by_language_type: dict[tuple[str, str], Counts] = field(default_factory=dict)

    def add_status(self, type_name: str, language: str, correct: bool) -> None:
        self.status_total += 1
        self.status_correct += correct
        for table, key in ((self.status_by_type, type_name), (self.status_by_language, language)):
            pair = table.setdefault(key, [0, 0])
            pair[0] += correct
            pair[1] += 1

    def count(self, type_name: str, language: str) -> list[Counts]:
        """The counters a fact of this type in a document of this language adds to."""
        return [
            self.counts(type_name),
            self.by_language.setdefault(language, Counts()),
            self.by_language_type.setdefault((language, type_name), Counts()),
        ]

    @property
    def overall(self) -> Counts:
        """Micro-averaged counts over every relationship type except MENTIONS."""
        total = Counts()
        for counts in self.by_type.values():
            total.add(counts)
        return total

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.status_total if self.status_total else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.date_total if self.date_total else 1.0

    @property
    def negative_hits(self) -> list[Miss]:
        """False positives that the gold lists explicitly under `not:`."""
        return [m for m in self.false_positives if m.note is not None]

    def counts(self, type_name: str) -> Counts:
        return self.by_type.setdefault(type_name, Counts())

    def rows(self) -> list[list[Any]]:
        """One table row per relationship type, then the overall line, one per language and
        MENTIONS; the last column is status accuracy on the row's matched facts."""
        rows = [
            [*c.row(name), _accuracy(self.status_by_type.get(name))]
            for name, c in sorted(self.by_type.items())
        ]
        overall = [
            *self.overall.row("overall"),
            _accuracy([self.status_correct, self.status_total]),
        ]
        languages = [
            [*c.row(f"language {code}"), _accuracy(self.status_by_language.get(code))]
            for code, c in sorted(self.by_language.items())
        ]
        return [*rows, overall, *languages, [*self.mentions.row(MENTIONS), ""]]

    def language_rows(self, language: str) -> list[list[Any]]:
        """The per-type rows of one language."""
        return [
            [*c.row(type_name), ""]
            for (code, type_name), c in sorted(self.by_language_type.items())
            if code == language
        ]

    def summary(self) -> str:
        o = self.overall
        return (
            f"overall (without MENTIONS): precision {o.precision:.3f}, recall {o.recall:.3f}, "
            f"F1 {o.f1:.3f} (tp {o.tp}, fp {o.fp}, fn {o.fn}; {self.documents} documents)\n"
            f"status accuracy on matches {self.status_accuracy:.3f} "
            f"({self.status_correct}/{self.status_total}); date accuracy "
            f"{self.date_accuracy:.3f} ({self.date_correct}/{self.date_total}); "
            f"negatives hit {len(self.negative_hits)}; documents skipped {len(self.skipped)}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "skipped": [{"document": d, "reason": r} for d, r in self.skipped],
            "overall": self.overall.as_dict(),
            "by_type": {name: c.as_dict() for name, c in sorted(self.by_type.items())},
            "mentions": self.mentions.as_dict(),
            "status_accuracy": round(self.status_accuracy, 4),
            "status_matched": self.status_total,
            "status_by_type": {k: _status_dict(v) for k, v in sorted(self.status_by_type.items())},
            "by_language": {
                code: {
                    **c.as_dict(),
                    "status": _status_dict(self.status_by_language.get(code)),
                    "by_type": {
                        t: counts.as_dict()
                        for (lang, t), counts in sorted(self.by_language_type.items())
                        if lang == code
                    },
                }
                for code, c in sorted(self.by_language.items())
            },
            "date_accuracy": round(self.date_accuracy, 4),
            "date_matched": self.date_total,
            "false_positives": [asdict(m) for m in self.false_positives],
            "false_negatives": [asdict(m) for m in self.false_negatives],
            "date_misses": [asdict(m) for m in self.date_misses],
        }


def _accuracy(pair: list[int] | None) -> str:
    if not pair or not pair[1]:
        return "-"
    return f"{pair[0] / pair[1]:.3f} ({pair[0]}/{pair[1]})"


def _status_dict(pair: list[int] | None) -> dict[str, Any]:
    correct, total = pair or (0, 0)
    return {"accuracy": round(correct / total, 4) if total else None, "matched": total}


_RANGE = re.compile(r"^(\d+)-(\d+)$")
_LEADING_NUMBER = re.compile(r"^(\d+)")


def select_documents(documents: list[GoldDocument], files: str | None) -> list[GoldDocument]:
    """The gold documents that `files` names: comma-separated ranges of the files' leading
    numbers ("01-20", "7-7") or glob patterns on their path ("*_nl_*"); all when None."""
    if not files:
        return documents
    items = [item.strip() for item in files.split(",") if item.strip()]

    def wanted(doc: GoldDocument) -> bool:
        name = Path(doc.label).name
        for item in items:
            bounds = _RANGE.match(item)
            if bounds:
                number = _LEADING_NUMBER.match(name)
                if number and int(bounds[1]) <= int(number[1]) <= int(bounds[2]):
                    return True
            elif fnmatch.fnmatch(doc.label, item) or fnmatch.fnmatch(name, item):
                return True
        return False

    return [doc for doc in documents if wanted(doc)]


# -- running ------------------------------------------------------------------------------


def reference_context(reference: bool = True) -> LoadContext:
    """A load context as `ingest` sets one up on an empty store: the reference names, and a
    resolver over them (with `reference` False, as `ingest --no-reference` does: no
    reference names and no reference knowledge for extraction)."""
    from liability_graph.loaders.reference import reference_facts

    context = LoadContext(reference=reference)
    if reference:
        reference_facts(context)
    context.resolver = Resolver(context.names)
    return context


def evaluate(
    corpus_dir: str | Path,
    gold_path: str | Path,
    context: LoadContext | None = None,
    *,
    files: str | None = None,
    reference: bool = True,
    redact: bool = True,
) -> EvalReport:
    """Run the loaders on every gold document (or those `files` selects: see
    select_documents) and score their relationships against the gold.

    Nothing is written anywhere. A document that cannot be read is listed in `skipped`
    (the seed article, for one, lives outside the repository) and not scored. With
    `reference` False the run is that of a store built without the reference base.
    Scoring uses the real names; the report's misses then name protected persons only by
    pseudonyms that mean nothing outside this run (docs/privacy.md), unless `redact` is
    False.
    """
    gold = load_gold(gold_path, corpus_dir)
    context = context or reference_context(reference)
    declared = _Declared(_with_reference_spellings(gold.entities))
    report = EvalReport()
    protector = _protector(gold)
    for doc in select_documents(gold.documents, files):
        facts = _load(doc, context, report)
        if facts is not None:
            protector.discover(facts)
            report.documents += 1
            _score_document(doc, facts, _Names(context, declared, facts), report)
    if redact:
        _redact(report, gold, protector)
    return report


def _protector(gold: Gold):
    """A protector over an in-memory vault knowing the reference's protected persons."""
    from liability_graph.loaders.reference import reference_facts
    from liability_graph.privacy.protect import Protector
    from liability_graph.privacy.vault import Vault

    protector = Protector(Vault.in_memory())
    protector.discover(f for f in reference_facts() if isinstance(f, Entity))
    return protector


def _redact(report: EvalReport, gold: Gold, protector) -> None:
    """Misses and skip reasons with protected persons' names replaced, in place. A gold
    person is protected when it shares a name with a protected person, or when the victim
    pass (privacy/victims.py) finds it in a victim role in the gold facts of its document."""

    from liability_graph.privacy.victims import protect_victims, speaks_of_abuse

    for entity in gold.entities:
        if entity.type == "Person" and protector.identity_of(entity) is not None:
            protector.discover([replace(entity, properties={"protected": True})])
    persons = {normalize_name(e.name) for e in gold.entities if e.type == "Person"}
    for doc in gold.documents:
        facts: list[Any] = []
        for fact in doc.facts:
            ends = []
            for end in (fact.source, fact.target):
                is_person = end.type == "Person" or normalize_name(end.name) in persons
                ends.append(entity_key("Person" if is_person else "Case", end.name))
                if is_person:
                    facts.append(Entity("Person", end.name))
            quote = fact.quote or ""
            facts.append(Relationship(fact.type, *ends, "alleged", [Evidence(doc.label, quote)]))
        try:
            text = doc.path.read_text(encoding="utf-8", errors="replace")[: 2**20]
        except OSError:
            text = ""
        protector.discover(
            protect_victims(facts, doc.language or None, speaks_of_abuse(text, doc.language))
        )

    def text(value: str | None, url: bool = False) -> str | None:
        return protector.redact_text(value, url=url, given=True)

    for misses in (report.false_positives, report.false_negatives):
        misses[:] = [
            Miss(
                text(m.document, url=True) or m.document,
                m.type,
                text(m.source) or m.source,
                text(m.target) or m.target,
                m.status,
                text(m.quote),
                text(m.note),
            )
            for m in misses
        ]
    report.skipped = [(text(d, url=True) or d, text(r) or r) for d, r in report.skipped]


def _load(doc: GoldDocument, context: LoadContext, report: EvalReport) -> list[Fact] | None:
    if not doc.path.is_file():
        report.skipped.append((doc.label, "file not found"))
        return None
    loader = loader_for(doc.path)
    if loader is None:
        report.skipped.append((doc.label, f"no loader for {doc.path.suffix or 'this file'}"))
        return None
    try:
        facts = loader(doc.path, context)
        if context.resolver is not None:  # as ingest does: names -> known entities
            return context.resolver.resolve_facts(facts)
    except (LiabilityGraphError, OSError, ValueError) as exc:  # what ingest reports and skips
        report.skipped.append((doc.label, str(exc)))
        return None
    for fact in facts:
        if isinstance(fact, Entity):
            context.names.add(fact)
    return facts


def _with_reference_spellings(declared: list[Entity]) -> list[Entity]:
    """The gold's entities with the reference base's spellings added. A gold file names the
    reference's entities by their reference names ("Federal Bureau of Investigation") and
    leaves their aliases ("FBI") to the reference base; when it declares such an entity anyway
    (to give it a Dutch alias, say), the reference's aliases still count. They are spellings of
    the gold's names only, so a run without the reference base (which extracts without them)
    is scored by the same names."""
    from liability_graph.loaders.reference import reference_facts

    reference = {
        (f.type, f.name): f for f in reference_facts(LoadContext()) if isinstance(f, Entity)
    }
    merged = []
    for entity in declared:
        known = reference.pop((entity.type, entity.name), None)
        if known is not None:
            entity = replace(entity, aliases=[*entity.aliases, *known.aliases])
        merged.append(entity)
    return merged + list(reference.values())


class _Declared:
    """The gold file's own entities: a name index, and every spelling of each."""

    def __init__(self, entities: list[Entity]) -> None:
        self.index = NameIndex(entities)
        self.spellings = {e.key: [e.name, *e.aliases] for e in entities}

    def spellings_of(self, name: str, types: set[str]) -> list[str]:
        found = [name]
        for ref in self.index.find(name, types):
            found += self.spellings[ref.key]
        return list(dict.fromkeys(found))


class _Names:
    """Maps gold names to the entity keys they may stand for in one document's predictions."""

    def __init__(self, context: LoadContext, declared: _Declared, facts: list[Fact]) -> None:
        self.context = context
        self.declared = declared
        entities = [f for f in facts if isinstance(f, Entity)]
        self.predicted = NameIndex(entities)
        self.display_names = {e.key: e.name for e in entities}
        self.canonical: dict[tuple[str, str], set[str]] = {}
        for entity in entities:
            for name in (entity.name, *entity.aliases):
                form = (entity.type, canonical_form(name, entity.type))
                self.canonical.setdefault(form, set()).add(entity.key)

    def keys(self, endpoint: Endpoint, types: Iterable[str]) -> set[str]:
        allowed = {endpoint.type} if endpoint.type else set(types)
        keys: set[str] = set()
        for name in self.declared.spellings_of(endpoint.name, allowed):
            keys.update(ref.key for ref in self.context.names.find(name, allowed))
            keys.update(ref.key for ref in self.predicted.find(name, allowed))
            for type_name in allowed:
                keys.add(entity_key(type_name, name))
                keys.update(self.canonical.get((type_name, canonical_form(name, type_name)), ()))
        return keys

    def fact_keys(self, fact: GoldFact) -> tuple[set[str], set[str]]:
        rel = self.context.ontology.relationship_type(fact.type)
        return (
            self.keys(fact.source, rel.source_types()),
            self.keys(fact.target, rel.target_types()),
        )

    def mention_keys(self, name: str) -> set[str]:
        types = [t for t in self.context.ontology.node_types if t != "Document"]
        return self.keys(Endpoint(name), types)

    def display(self, key: str) -> str:
        if key in self.display_names:
            return self.display_names[key]
        ref = self.context.names.get(key)
        return ref.name if ref else key


def _score_document(
    doc: GoldDocument, facts: list[Fact], names: _Names, report: EvalReport
) -> None:
    """Add one document's matches and misses to the report."""
    predicted = list({r.key: r for r in facts if isinstance(r, Relationship)}.values())
    typed = [r for r in predicted if r.type != MENTIONS]
    _score_relationships(doc, typed, names, report)
    _score_mentions(doc, {r.target for r in predicted if r.type == MENTIONS}, names, report)


def _case_pairs(doc: GoldDocument, typed: list[Relationship], names: _Names) -> dict[str, str]:
    """Gold Case name -> the predicted Case key it also stands for: one to one, the case
    with the most defendants in common (see the module's docstring)."""
    gold_defendants: dict[str, list[GoldFact]] = {}
    for fact in doc.facts:
        if fact.type == "DEFENDANT_IN":
            gold_defendants.setdefault(fact.target.name, []).append(fact)
    predicted: dict[str, set[str]] = {}
    for rel in typed:
        if rel.type == "DEFENDANT_IN":
            predicted.setdefault(rel.target, set()).add(rel.source)
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for case_name, facts in gold_defendants.items():
        wanted = [names.fact_keys(f)[0] for f in facts]
        named = names.keys(Endpoint(case_name, "Case"), ["Case"])
        best, best_overlap = None, 0
        for key, defendants in predicted.items():
            if key in taken:
                continue
            if key in named:  # named alike: the pairing the names already make
                best, best_overlap = key, len(facts) + 1
                break
            overlap = sum(1 for keys in wanted if keys & defendants)
            if overlap > best_overlap:
                best, best_overlap = key, overlap
        if best is not None:
            pairs[case_name] = best
            taken.add(best)
    return pairs


def _score_relationships(
    doc: GoldDocument, typed: list[Relationship], names: _Names, report: EvalReport
) -> None:
    unmatched = list(typed)
    language = doc.language or "?"
    cases = _case_pairs(doc, typed, names)
    for fact in doc.facts:
        sources, targets = names.fact_keys(fact)
        if fact.source.name in cases:
            sources = sources | {cases[fact.source.name]}
        if fact.target.name in cases:
            targets = targets | {cases[fact.target.name]}
        hit = next(
            (
                rel
                for rel in unmatched
                if rel.type == fact.type and rel.source in sources and rel.target in targets
            ),
            None,
        )
        if hit is None:
            for counts in report.count(fact.type, language):
                counts.fn += 1
            report.false_negatives.append(
                Miss(
                    doc.label,
                    fact.type,
                    fact.source.name,
                    fact.target.name,
                    fact.status,
                    fact.quote,
                )
            )
            continue
        unmatched.remove(hit)
        for counts in report.count(fact.type, language):
            counts.tp += 1
        if fact.status:
            report.add_status(fact.type, language, hit.status == fact.status)
        if fact.date:
            report.date_total += 1
            if _same_date(fact.date, hit):
                report.date_correct += 1
            else:
                report.date_misses.append(_date_miss(doc, fact, hit))
    for rel in unmatched:
        for counts in report.count(rel.type, language):
            counts.fp += 1
        report.false_positives.append(
            Miss(
                doc.label,
                rel.type,
                names.display(rel.source),
                names.display(rel.target),
                rel.status,
                rel.evidence[0].quote if rel.evidence else None,
                _negative_note(doc, rel, names),
            )
        )


def _negative_note(doc: GoldDocument, rel: Relationship, names: _Names) -> str | None:
    for fact in doc.negatives:
        if fact.type == rel.type:
            sources, targets = names.fact_keys(fact)
            if rel.source in sources and rel.target in targets:
                return f"negative: {fact.why}" if fact.why else "negative"
    return None


def _date_miss(doc: GoldDocument, fact: GoldFact, rel: Relationship) -> Miss:
    extracted = ", ".join(d for d in (rel.date_on, rel.date_from, rel.date_to) if d) or "none"
    return Miss(
        doc.label,
        fact.type,
        fact.source.name,
        fact.target.name,
        rel.status,
        rel.evidence[0].quote if rel.evidence else None,
        f"gold date {fact.date}, extracted {extracted}",
    )


def _same_date(gold: str, rel: Relationship) -> bool:
    """A predicted date agrees when it and the gold date coincide to the coarser precision."""
    dates = (rel.date_on, rel.date_from, rel.date_to)
    return any(d and (d.startswith(gold) or gold.startswith(d)) for d in dates)


def _score_mentions(
    doc: GoldDocument, predicted: set[str], names: _Names, report: EvalReport
) -> None:
    remaining = set(predicted)
    for name in doc.mentioned_names():
        found = names.mention_keys(name) & remaining
        if found:
            report.mentions.tp += 1
            remaining -= found
        else:
            report.mentions.fn += 1
    report.mentions.fp += len(remaining)
