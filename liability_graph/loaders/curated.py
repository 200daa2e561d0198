"""Curated fact files (YAML, JSON, CSV) -> facts. The format is documented in docs/curated-facts.md.

A file is all or nothing: every problem in it is collected with its line number, and if
there is any, none of the file's facts are returned.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from liability_graph.errors import FileErrors, InputError, LiabilityGraphError
from liability_graph.graph.model import (
    Document,
    Entity,
    Evidence,
    Relationship,
    entity_key,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.base import Fact, LoadContext, read_text_strict, register
from liability_graph.loaders.bounded_json import JsonLimitError, loads_bounded, loads_with_lines
from liability_graph.loaders.bounded_yaml import BoundedSafeLoader, YamlLimitError
from liability_graph.loaders.names import EntityRef, NameIndex

LINE = "__line__"
TOP_LEVEL_KEYS = {"sources", "entities", "relationships"}
ENTITY_KEYS = {"type", "name", "aliases", "description", "properties", "sources", LINE}
RELATIONSHIP_KEYS = {
    "type", "from", "to", "status", "date", "since", "until", "properties",
    "evidence", "quote", "source", "start", "end", LINE,
}  # fmt: skip
EVIDENCE_KEYS = {"source", "quote", "start", "end", "status", "date", "confidence", LINE}
SOURCE_KEYS = {"title", "url", "published", "language", "author", "kind", LINE}
LIST_SEPARATOR = "|"
#: Entries (sources, entities, relationships, CSV rows) one curated file may hold.
MAX_ENTRIES = 100_000
#: YAML is parsed in pure Python at about 1 KB per node: bigger files are refused up front.
MAX_YAML_BYTES = 16 * 2**20


# -- YAML with line numbers -------------------------------------------------------------


class _LineLoader(BoundedSafeLoader):
    """SafeLoader that records each mapping's line under LINE, within the node budget of
    `bounded_yaml` (aliases counted as what they stand for); safe_load semantics otherwise."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _yaml_with_lines(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)
    except YamlLimitError as exc:
        raise InputError(exc.message, path=path, line=exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InputError(f"malformed YAML: {exc.problem or exc}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", path=path) from None


# -- entry points -----------------------------------------------------------------------


@register(".yaml", ".yml")
def load_yaml(path: Path, context: LoadContext) -> list[Fact]:
    text = read_text_strict(path, MAX_YAML_BYTES)
    return parse_curated(_yaml_with_lines(text, str(path)), str(path), context)


def is_curated_json(data: Any) -> bool:
    return isinstance(data, dict) and bool(TOP_LEVEL_KEYS & set(data))


@register(".json")
def load_json(path: Path, context: LoadContext) -> list[Fact]:
    """Curated facts, or (when the documents loader is installed) an article record."""
    text = read_text_strict(path)
    try:
        plain = loads_bounded(text)
    except JsonLimitError as exc:
        raise InputError(exc.message, path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    if not is_curated_json(plain):
        if context.declare_only:
            return []  # an article record: read with the documents
        try:
            from liability_graph.loaders.documents import load_article_json
        except ImportError:
            load_article_json = None
        if load_article_json is not None and isinstance(plain, (dict, list)):
            return load_article_json(path, context, plain)
        raise InputError(
            "JSON is not curated facts: expected sources, entities or relationships",
            path=str(path),
            line=1,
        )
    del plain
    try:
        data = loads_with_lines(text, LINE)
    except JsonLimitError as exc:
        raise InputError(exc.message, path=str(path)) from None
    return parse_curated(data, str(path), context)


@register(".csv")
def load_csv(path: Path, context: LoadContext) -> list[Fact]:
    """A CSV of entities or relationships, parsed strictly (see `_csv_rows`)."""
    where = str(path)
    rows = _csv_rows(read_text_strict(path), where)
    header_line, header = next(rows, (1, []))
    header = [h.strip() for h in header]
    if not any(header):
        raise InputError("empty CSV file: no header", path=where, line=header_line)
    is_relationships = "from" in header and "to" in header
    items: list[dict[str, Any]] = []
    errors: list[InputError] = []
    for line, row in rows:
        if len(row) != len(header):
            errors.append(
                InputError(
                    f"{len(row)} field(s) where the header (line {header_line}) has {len(header)}",
                    path=where,
                    line=line,
                )
            )
            if len(errors) >= _MAX_REPORTED:
                break
            continue
        broken = [k for k, v in zip(header, row, strict=True) if k in _ONE_LINE and "\n" in v]
        if broken:
            errors.append(
                InputError(
                    f"the {broken[0]} field spans several lines: a quote opened on this line "
                    "is closed only later (unclosed quote?)",
                    path=where,
                    line=line,
                )
            )
            continue
        clean = {k: v.strip() for k, v in zip(header, row, strict=True) if v.strip() != ""}
        clean[LINE] = line
        items.append(_csv_relationship(clean) if is_relationships else _csv_entity(clean))
    if errors:
        raise errors[0] if len(errors) == 1 else FileErrors(where, errors)
    data = {"relationships" if is_relationships else "entities": items}
    return parse_curated(data, where, context)


#: Columns whose values never hold a line break; one that does was swallowed by a quote.
_ONE_LINE = frozenset({"type", "name", "from", "to", "status", "aliases"})
_MAX_REPORTED = 100


def _csv_rows(text: str, where: str) -> Iterator[tuple[int, list[str]]]:
    """(line the row starts on, fields) for each non-blank row, strictly parsed.

    A quote that is never closed, text after a closing quote, and more than MAX_ENTRIES
    rows are errors naming the line; Python's csv module would otherwise read an unclosed
    quote as one field holding the rest of the file.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    count = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "unexpected end of data" in message:
                reason = "a quote opened in the row starting here is never closed"
            elif "field larger than field limit" in message:
                limit = csv.field_size_limit()
                reason = (
                    f"a field longer than {limit:,} characters starts in this row (unclosed quote?)"
                )
            else:
                reason = f"malformed CSV: {message}"
                start = reader.line_num
            raise InputError(reason, path=where, line=start) from None
        line, start = start, reader.line_num + 1
        if not row:
            continue
        count += 1
        if count > MAX_ENTRIES + 1:  # the header is not an entry
            raise InputError(
                f"more than {MAX_ENTRIES:,} rows, the limit per file; split the file",
                path=where,
                line=line,
            )
        yield line, row


def _csv_entity(row: dict[str, Any]) -> dict[str, Any]:
    item = {k: row.pop(k) for k in ("type", "name", "description", LINE) if k in row}
    for key in ("aliases", "sources"):
        if key in row:
            item[key] = [p.strip() for p in row.pop(key).split(LIST_SEPARATOR) if p.strip()]
    item["properties"] = row
    return item


def _csv_relationship(row: dict[str, Any]) -> dict[str, Any]:
    base = ("type", "from", "to", "status", "date", "since", "until", LINE)
    item = {k: row.pop(k) for k in base if k in row}
    evidence = {k: row.pop(k) for k in ("quote", "start", "end") if k in row}
    source, title = row.pop("source", None), row.pop("source_title", None)
    published, language = row.pop("published", None), row.pop("language", None)
    if source or title:
        evidence["source"] = {
            "url": source if source and "://" in source else None,
            "title": title or source,
            "published": published,
            "language": language,
            LINE: item.get(LINE),
        }
    evidence[LINE] = item.get(LINE)
    item["evidence"] = [evidence]
    item["properties"] = row
    return item


# -- the shared parser ------------------------------------------------------------------


@dataclass
class _FileState:
    path: str
    context: LoadContext
    errors: list[InputError] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)  # source id -> document
    local: NameIndex = field(default_factory=NameIndex)

    def error(self, message: str, item: Any) -> None:
        line = item.get(LINE) if isinstance(item, dict) else None
        self.errors.append(InputError(message, path=self.path, line=line))


def parse_curated(data: Any, path: str, context: LoadContext) -> list[Fact]:
    """Validate a loaded curated document and turn it into facts; raise FileErrors if wrong."""
    state = _FileState(path, context)
    if data is None:
        raise InputError("empty file: expected sources, entities or relationships", path=path)
    if not isinstance(data, dict):
        raise InputError(
            "expected a mapping with sources, entities and relationships", path=path, line=1
        )
    unknown = set(data) - TOP_LEVEL_KEYS - {LINE}
    if unknown:
        state.error(f"unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}", data)

    sizes = [len(v) for k, v in data.items() if k in TOP_LEVEL_KEYS and isinstance(v, (list, dict))]
    if sum(sizes) > MAX_ENTRIES:
        raise InputError(
            f"{sum(sizes):,} entries (sources, entities and relationships); the limit is "
            f"{MAX_ENTRIES:,} per file: split the file",
            path=path,
            line=data.get(LINE),
        )
    facts: list[Fact] = []
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        state.error("sources must be a mapping of id -> source", data)
        sources = {}
    for source_id, spec in sources.items():
        if source_id == LINE:
            continue
        document = _parse_source(state, str(source_id), spec)
        if document is not None:
            state.documents[str(source_id)] = document

    entities = _items(state, data, "entities")
    for item in entities:
        entity = _parse_entity(state, item)
        if entity is not None:
            facts.append(entity)
            state.local.add(entity)

    if context.declare_only:  # names up front (see loaders/ingest.py): entities only
        if state.errors:
            raise FileErrors(path, state.errors)
        return facts

    for item in _items(state, data, "relationships"):
        facts.extend(_parse_relationship(state, item))

    if state.errors:
        raise FileErrors(path, state.errors)
    used = {fact.key for fact in facts if isinstance(fact, Document)}
    facts.extend(d for d in state.documents.values() if d.key not in used)
    return _documents_first(facts)


def _documents_first(facts: list[Fact]) -> list[Fact]:
    """Entities and documents before relationships, so a writer can check endpoints."""
    return [f for f in facts if not isinstance(f, Relationship)] + [
        f for f in facts if isinstance(f, Relationship)
    ]


def _items(state: _FileState, data: dict, key: str) -> list[dict]:
    items = data.get(key) or []
    if not isinstance(items, list):
        state.error(f"{key} must be a list", data)
        return []
    good = []
    for item in items:
        if not isinstance(item, dict):
            state.error(f"each entry of {key} must be a mapping, not {item!r:.40}", data)
        else:
            good.append(item)
    return good


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_source(state: _FileState, source_id: str, spec: Any) -> Document | None:
    if not isinstance(spec, dict):
        state.error(f"source {source_id!r} must be a mapping with a url or a title", spec)
        return None
    unknown = set(spec) - SOURCE_KEYS
    if unknown:
        state.error(f"source {source_id!r}: unknown field(s) {sorted(unknown)}", spec)
    url, title = _text(spec.get("url")), _text(spec.get("title"))
    if not url and not title:
        state.error(f"source {source_id!r} needs a url or a title", spec)
        return None
    try:
        published = normalize_date(spec.get("published"), "published")
    except ValueError as exc:
        state.error(f"source {source_id!r}: {exc}", spec)
        return None
    return Document(
        title=title or url or source_id,
        source=url or title,
        url=url,
        published=published,
        language=_text(spec.get("language")),
        author=_text(spec.get("author")),
        kind=_text(spec.get("kind")) or "curated",
    )


def _parse_entity(state: _FileState, item: dict) -> Entity | None:
    unknown = set(item) - ENTITY_KEYS
    if unknown:
        state.error(f"entity: unknown field(s) {sorted(unknown)}", item)
        return None
    type_name, name = _text(item.get("type")), _text(item.get("name"))
    if not type_name or not name:
        state.error("an entity needs a type and a name", item)
        return None
    props = item.get("properties") or {}
    if not isinstance(props, dict):
        state.error("entity properties must be a mapping", item)
        return None
    props = {k: v for k, v in props.items() if k != LINE}
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    try:
        entity = Entity(
            type=type_name,
            name=name,
            aliases=[str(a) for a in aliases],
            description=_text(item.get("description")),
            properties=props,
            sources=_cited(state, item.get("sources"), item),
            origin="curated",
        )
        return validate_entity(entity, state.context.ontology)
    except LiabilityGraphError as exc:
        state.error(str(exc), item)
        return None


def _cited(state: _FileState, value: Any, item: dict) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list):
        state.error("sources must be a list", item)
        return []
    out = []
    for ref in map(str, values):
        document = state.documents.get(ref)
        if document is not None:
            out.append(document.url or document.title)
        elif "://" in ref or " " in ref.strip():
            out.append(ref)  # a URL, or a citation written out as a title
        else:
            state.error(f"entity source {ref!r} is not a source id nor a URL", item)
    return out


def _resolve(state: _FileState, ref: Any, allowed: list[str], item: dict, end: str) -> str | None:
    if isinstance(ref, dict):
        type_name, name = _text(ref.get("type")), _text(ref.get("name"))
        if not type_name or not name:
            state.error(f"{end}: a mapping needs type and name", item)
            return None
        key = entity_key(type_name, name)
        candidates = [
            r
            for r in state.local.find(name, [type_name])
            + state.context.names.find(name, [type_name])
            if r.key == key or r.type == type_name
        ]
        if not candidates:
            state.error(f"{end}: no {type_name} named {name!r} is defined", item)
            return None
        return candidates[0].key
    name = _text(ref)
    if not name:
        state.error(f"a relationship needs '{end}'", item)
        return None
    candidates: list[EntityRef] = state.local.find(name) or state.context.names.find(name)
    if not candidates:
        state.error(
            f"{end}: no entity named {name!r}; define it under entities, or check the spelling",
            item,
        )
        return None
    fitting = [r for r in candidates if r.type in allowed] or candidates
    if len({r.key for r in fitting}) > 1:
        options = ", ".join(f"{r.type}:{r.name}" for r in fitting)
        state.error(f"{end}: {name!r} is ambiguous ({options}); use {{type:, name:}}", item)
        return None
    return fitting[0].key


def _parse_relationship(state: _FileState, item: dict) -> list[Fact]:
    unknown = set(item) - RELATIONSHIP_KEYS
    if unknown:
        state.error(f"relationship: unknown field(s) {sorted(unknown)}", item)
        return []
    ontology = state.context.ontology
    type_name = _text(item.get("type"))
    if not type_name or type_name not in ontology.relationship_types:
        known = ", ".join(ontology.relationship_types)
        state.error(f"unknown relationship type {type_name!r}; known: {known}", item)
        return []
    rel_type = ontology.relationship_types[type_name]
    status = _text(item.get("status"))
    if not status:
        state.error("a relationship needs a status (alleged, established or ruled)", item)
        return []
    source = _resolve(state, item.get("from"), rel_type.source_types(), item, "from")
    target = _resolve(state, item.get("to"), rel_type.target_types(), item, "to")
    evidence, documents = _parse_evidence(state, item)
    if source is None or target is None or not evidence:
        return []
    props = item.get("properties") or {}
    if not isinstance(props, dict):
        state.error("relationship properties must be a mapping", item)
        return []
    rel = Relationship(
        type=type_name,
        source=source,
        target=target,
        status=status,
        evidence=evidence,
        date_on=item.get("date"),
        date_from=item.get("since"),
        date_to=item.get("until"),
        properties={k: v for k, v in props.items() if k != LINE},
    )
    try:
        rel = validate_relationship(rel, ontology)
    except LiabilityGraphError as exc:
        state.error(str(exc), item)
        return []
    facts: list[Fact] = [*documents, rel]
    for item_evidence in rel.evidence:
        for end in (source, target):
            facts.append(
                Relationship(
                    type="MENTIONS",
                    source=item_evidence.document,
                    target=end,
                    status="established",
                    evidence=[replace(item_evidence, status="established")],
                )
            )
    return facts


def _parse_evidence(state: _FileState, item: dict) -> tuple[list[Evidence], list[Document]]:
    raw = item.get("evidence")
    if raw is None and item.get("quote") is not None:
        raw = [{k: item[k] for k in ("quote", "source", "start", "end", LINE) if k in item}]
    if isinstance(raw, dict):
        raw = [raw]
    if not raw or not isinstance(raw, list):
        state.error("a relationship needs evidence: a quote and its source", item)
        return [], []
    evidence, documents = [], []
    for entry in raw:
        where = entry if isinstance(entry, dict) else item
        if not isinstance(entry, dict):
            state.error("each evidence entry must be a mapping with quote and source", item)
            continue
        if LINE not in entry:
            entry = {**entry, LINE: item.get(LINE)}
        unknown = set(entry) - EVIDENCE_KEYS
        if unknown:
            state.error(f"evidence: unknown field(s) {sorted(unknown)}", where)
            continue
        quote = _text(entry.get("quote"))
        if not quote or not entry.get("source"):
            state.error("evidence needs a quote and a source", where)
            continue
        document = _evidence_document(state, entry.get("source"), entry)
        if document is None:
            continue
        try:
            start = int(entry["start"]) if entry.get("start") is not None else None
            end = int(entry["end"]) if entry.get("end") is not None else None
            confidence = float(entry.get("confidence", 1.0))
            date = normalize_date(entry.get("date"), "date") or document.published
        except (TypeError, ValueError) as exc:
            state.error(f"evidence: {exc}", where)
            continue
        documents.append(document)
        evidence.append(
            Evidence(
                document=document.key,
                quote=quote,
                source=document.url or document.title,
                start=start,
                end=end,
                method="curated",
                confidence=confidence,
                status=_text(entry.get("status")),
                date=date,
            )
        )
    return evidence, documents


def _evidence_document(state: _FileState, ref: Any, entry: dict) -> Document | None:
    """A source id defined under `sources:`, a URL, or a mapping with a title and/or url.

    A bare word that is neither an id nor a URL is an error, so a mistyped id is caught
    instead of becoming a document titled after the typo.
    """
    if isinstance(ref, dict):
        spec = {k: v for k, v in ref.items()}
        return _parse_source(state, str(spec.get("title") or spec.get("url")), spec)
    name = _text(ref)
    if not name:
        return None
    if name in state.documents:
        return state.documents[name]
    if "://" in name:
        return Document(title=name, source=name, url=name, kind="curated")
    known = ", ".join(sorted(state.documents)) or "none defined"
    state.error(
        f"evidence source {name!r} is not a source id (known: {known}) nor a URL; "
        "give a URL, or define it under sources:",
        entry,
    )
    return None
