"""The facts file: what reading and extraction found, as JSON Lines (docs/facts-format.md).

`lgraph extract` and the Dask map step (liability_graph.distributed) write it; `lgraph
ingest` reads it like any other input, so extraction can run where the documents are and
the store be written elsewhere, later, once. Loading a facts file twice changes nothing:
facts are keyed by content.

Version 1, UTF-8, one JSON object per line:

    {"lgraph_facts": 1, "ontology": "…", "names": "…"}            header, first line
    {"source": "corpus/a.txt", "facts": [FACT, …]}                   one source file read
    {"source": "corpus/b.txt", "skipped": [{"line": 3, "reason": "…"}]}   one it could not read

A FACT is {"fact": "entity" | "document" | "relationship", …} with the fields of the
model's dataclass (graph/model.py); a relationship's evidence is a list of evidence
objects. The facts of one source line are written together, as one file's facts are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from liability_graph.errors import InputError
from liability_graph.graph.model import Document, Entity, Evidence, Relationship
from liability_graph.loaders.base import MAX_STRUCTURED_BYTES, Fact

FORMAT_KEY = "lgraph_facts"
FORMAT_VERSION = 1
_HEADER_PREFIX = b'{"' + FORMAT_KEY.encode() + b'"'

_ENTITY_FIELDS = ("type", "name", "aliases", "description", "properties", "sources", "key")
_ENTITY_FIELDS += ("distinct_from", "origin")
_DOCUMENT_FIELDS = ("title", "source", "url", "published", "language", "author", "kind")
_DOCUMENT_FIELDS += ("content_hash", "key")
_RELATIONSHIP_FIELDS = ("type", "source", "target", "status", "date_on", "date_from", "date_to")
_RELATIONSHIP_FIELDS += ("properties", "confirmed")


@dataclass
class SourceFacts:
    """One source file's facts (or why it was skipped), as written on one line."""

    source: str
    facts: list[Fact] = field(default_factory=list)
    #: (line, reason) pairs; a source with any is skipped whole.
    skipped: list[tuple[int | None, str]] = field(default_factory=list)
    #: Where this record is in the facts file, for error messages.
    line: int = 0


# -- encoding -----------------------------------------------------------------------------


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    if isinstance(fact, Relationship):
        out: dict[str, Any] = {"fact": "relationship"}
        out.update({name: getattr(fact, name) for name in _RELATIONSHIP_FIELDS})
        out["evidence"] = [item.to_dict() for item in fact.evidence]
        return out
    if isinstance(fact, Document):
        out = {"fact": "document"}
        out.update({name: getattr(fact, name) for name in _DOCUMENT_FIELDS})
        return out
    out = {"fact": "entity"}
    out.update({name: getattr(fact, name) for name in _ENTITY_FIELDS})
    return out


def fact_from_dict(data: Any) -> Fact:
    """A fact from its JSON form; ValueError says what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("a fact must be an object")
    kind = data.get("fact")
    if kind == "relationship":
        evidence = data.get("evidence")
        if not isinstance(evidence, list) or not all(isinstance(e, dict) for e in evidence):
            raise ValueError("a relationship's evidence must be a list of objects")
        try:
            items = [Evidence.from_dict(e) for e in evidence]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad evidence: {exc}") from None
        fields = _fields(data, _RELATIONSHIP_FIELDS, ("type", "source", "target", "status"))
        return Relationship(
            fields["type"],
            fields["source"],
            fields["target"],
            fields["status"],
            items,
            fields["date_on"],
            fields["date_from"],
            fields["date_to"],
            fields["properties"] or {},
            True if fields["confirmed"] else None,
        )
    if kind == "document":
        fields = _fields(data, _DOCUMENT_FIELDS, ("title", "key"))
        return Document(**fields)
    if kind == "entity":
        fields = _fields(data, _ENTITY_FIELDS, ("type", "name", "key"))
        for name in ("aliases", "sources", "distinct_from"):
            fields[name] = fields[name] or []
        fields["properties"] = fields["properties"] or {}
        return Entity(**fields)
    raise ValueError(f"unknown fact kind {kind!r} (entity, document or relationship)")


def _fields(data: dict, names: tuple[str, ...], required: tuple[str, ...]) -> dict[str, Any]:
    unknown = set(data) - {"fact", "evidence", *names}
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))} in a {data['fact']}")
    missing = [name for name in required if not data.get(name)]
    if missing:
        raise ValueError(f"a {data['fact']} needs {', '.join(missing)}")
    return {name: data.get(name) for name in names}


# -- writing ------------------------------------------------------------------------------


class FactsWriter:
    """Writes a facts file to an open binary stream: the header, then a line per source."""

    def __init__(self, stream: IO[bytes], *, ontology_version: str, names: str) -> None:
        self.stream = stream
        header = {FORMAT_KEY: FORMAT_VERSION, "ontology": ontology_version, "names": names}
        stream.write(orjson.dumps(header) + b"\n")
        self.sources = 0

    def write(self, source: str, facts: list[Fact]) -> None:
        record = {"source": source, "facts": [fact_to_dict(f) for f in facts]}
        self.stream.write(orjson.dumps(record) + b"\n")
        self.sources += 1

    def skip(self, source: str, reasons: list[tuple[int | None, str]]) -> None:
        record = {"source": source, "skipped": [{"line": ln, "reason": r} for ln, r in reasons]}
        self.stream.write(orjson.dumps(record) + b"\n")
        self.sources += 1


# -- reading ------------------------------------------------------------------------------


def is_facts_file(path: Path) -> bool:
    """Whether `path` is a facts file: a .jsonl file whose first line is the header."""
    if path.suffix.lower() != ".jsonl":
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(len(_HEADER_PREFIX) + 3)
    except OSError:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").startswith(_HEADER_PREFIX)


def read_facts_file(path: Path) -> Iterator[SourceFacts]:
    """Every source's facts, line by line (memory bounded by the longest line).

    A bad header or version raises InputError; a bad line becomes a source skipped with
    its line number, so the rest of the file is still read.
    """
    where = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    with stream:
        _check_header(stream.readline(MAX_STRUCTURED_BYTES + 1), where)
        number = 1
        while True:
            raw = stream.readline(MAX_STRUCTURED_BYTES + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_STRUCTURED_BYTES:
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(MAX_STRUCTURED_BYTES)
                yield SourceFacts(f"{where}:{number}", skipped=[(number, "line too long")])
                continue
            if not raw.strip():
                continue
            yield _record(raw, where, number)


def _check_header(raw: bytes, where: str) -> None:
    try:
        header = orjson.loads(raw)
    except orjson.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or FORMAT_KEY not in header:
        raise InputError(
            f"not a facts file: the first line must be the {FORMAT_KEY} header", path=where, line=1
        )
    version = header[FORMAT_KEY]
    if version != FORMAT_VERSION:
        raise InputError(
            f"facts file version {version!r}; this lgraph reads version {FORMAT_VERSION}",
            path=where,
            line=1,
            hint="Write it again with this version's `lgraph extract`.",
        )


def _record(raw: bytes, where: str, number: int) -> SourceFacts:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return SourceFacts(f"{where}:{number}", skipped=[(number, f"malformed JSON: {exc}")])
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, str) or not source:
        return SourceFacts(f"{where}:{number}", skipped=[(number, "a record needs a source")])
    if "skipped" in data:
        reasons = data["skipped"] if isinstance(data["skipped"], list) else []
        return SourceFacts(
            source,
            skipped=[
                (r.get("line"), str(r.get("reason", ""))) for r in reasons if isinstance(r, dict)
            ]
            or [(None, "skipped")],
            line=number,
        )
    facts = data.get("facts")
    if not isinstance(facts, list):
        return SourceFacts(
            source, skipped=[(number, "a record needs facts or skipped")], line=number
        )
    try:
        return SourceFacts(source, [fact_from_dict(item) for item in facts], line=number)
    except ValueError as exc:
        return SourceFacts(source, skipped=[(number, f"{where}: {exc}")], line=number)
