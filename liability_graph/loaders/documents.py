"""Document loaders: text, Markdown, HTML, PDF and article records (JSON, JSON Lines) -> facts.

Each loader returns ``[Document, *facts]``: the Document node (keyed by the content hash of
its text, so re-ingesting is idempotent) and whatever ``loaders.extract.extract`` finds in
the body. The offset convention is described in ``loaders.readers``.

Languages: extraction reads the languages whose pack (loaders/languages/) has extract: true.
A document detected (or stated) to be in another language a pack knows is stored, with its
language, but extraction is skipped and a warning logged. A document whose language cannot be determined (too short,
or a language the detector does not know) is extracted best effort, with language None.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from liability_graph.errors import InputError, MissingExtra
from liability_graph.graph.model import Document, Relationship, content_hash
from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.base import (
    MAX_STRUCTURED_BYTES,
    Fact,
    LoadContext,
    display_path,
    register,
)
from liability_graph.loaders.bounded_json import JsonLimitError, loads_bounded
from liability_graph.loaders.languages import EXTRACTION_LANGUAGES, Detection, detect_language
from liability_graph.loaders.readers.metadata import (
    Metadata,
    guess_title,
    language_code,
    read_header,
)
from liability_graph.loaders.readers.textstream import (
    HEAD_CHARS,
    decode_bytes,
    iter_chunks,
    iter_document_text,
    normalise_newlines,
    scan_text_file,
)
from liability_graph.privacy.victims import protect_victims, speaks_of_abuse

log = logging.getLogger(__name__)

#: Reading and extraction need only core dependencies; a missing one means a broken install.
REINSTALL = "pip install --force-reinstall liability-graph"
EXTRACT_MODULE = "liability_graph.loaders.extract"
DEFAULT_KIND = "document"
ARTICLE_KIND = "article"
MAX_PDF_CHARS = 32 * 2**20
#: Text and Markdown files larger than this are refused (extraction reads about 1 MB/s).
MAX_DOCUMENT_BYTES = 64 * 2**20
#: Evidence kept per relationship from one document (see _DocumentFacts).
MAX_EVIDENCE_PER_DOCUMENT = 100
_EMPTY_HASH = hashlib.sha256(b"").hexdigest()

Extractor = Callable[..., list[Fact]]


@dataclass(frozen=True)
class DocumentText:
    """A document as read, before extraction: its node, and how to get its text again.

    `pieces` re-reads the document text on each call (for a text file, from disk in
    blocks), so a large file is never held whole.
    """

    document: Document
    metadata: Metadata
    encoding: str | None  # how the bytes were decoded; None where a library did it (PDF)
    detected: Detection | None  # the language detector's verdict, when it was asked
    pieces: Callable[[], Iterable[str]]

    @property
    def body_offset(self) -> int:
        return self.metadata.body_offset

    def text(self) -> str:
        """The whole document text, in memory (for small documents and tests)."""
        return "".join(self.pieces())

    def chunks(self) -> Iterator[tuple[int, str]]:
        """The body as (offset, chunk) pairs, offsets into the document text."""
        return iter_chunks(self.pieces(), self.metadata.body_offset)


# -- helpers --------------------------------------------------------------------------


def _require(module: str, what: str, where: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError:
        raise MissingExtra(
            f"reading {what} needs the {module} package, which is missing: reinstall liability-graph",
            path=where,
        ) from None


def _language(stated: str | None, body: str) -> tuple[str | None, Detection | None]:
    if stated:
        return stated, None
    detection = detect_language(body)
    return detection.language, detection


def _document(
    meta: Metadata,
    *,
    text_hash: str,
    source: str,
    language: str | None,
    fallback_title: str,
    kind: str = DEFAULT_KIND,
) -> Document:
    return Document(
        title=meta.title or fallback_title,
        source=source,
        url=meta.url,
        published=meta.published,
        language=language,
        author=meta.author,
        kind=meta.kind or kind,
        content_hash=text_hash,
    )


def _in_memory(
    text: str,
    meta: Metadata,
    *,
    source: str,
    where: str,
    encoding: str | None,
    kind: str = DEFAULT_KIND,
    fallback_title: str,
) -> DocumentText:
    """A DocumentText for a text already in memory (HTML, PDF, article records)."""
    text_hash = content_hash(text)
    if text_hash == _EMPTY_HASH:
        raise InputError("no text in the document", path=where)
    header = read_header(text[:HEAD_CHARS], where)
    meta = replace(meta.filled_from(header), body_offset=header.body_offset)
    body = text[meta.body_offset : meta.body_offset + HEAD_CHARS]
    if not body.strip():
        raise InputError("no text after the header lines", path=where)
    language, detection = _language(meta.language, body)
    document = _document(
        meta,
        text_hash=text_hash,
        source=source,
        language=language,
        fallback_title=guess_title(body) or fallback_title,
        kind=kind,
    )
    return DocumentText(document, meta, encoding, detection, lambda: (text,))


# -- readers ----------------------------------------------------------------------------


def read_text_file(path: Path) -> DocumentText:
    """A plain text or Markdown file, streamed: encoding, hash, header metadata, language."""
    where = display_path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"file is {size / 2**20:,.0f} MB; text documents are limited to "
            f"{MAX_DOCUMENT_BYTES / 2**20:.0f} MB (split it)",
            path=where,
        )
    scan = scan_text_file(path)
    if scan.length == 0:
        raise InputError("empty file", path=where)
    if scan.content_hash == _EMPTY_HASH:
        raise InputError("no text: the file holds only whitespace", path=where)
    if scan.not_utf8_line is not None:
        log.warning("%s: not UTF-8 (line %d), read as cp1252", where, scan.not_utf8_line)
    meta = read_header(scan.head, where)
    body = scan.head[meta.body_offset :]
    if not body.strip() and meta.body_offset >= scan.length:
        line = scan.head.count("\n", 0, meta.body_offset) + 1
        raise InputError("no text after the header lines", path=where, line=line)
    language, detection = _language(meta.language, body)
    document = _document(
        meta,
        text_hash=scan.content_hash,
        source=where,
        language=language,
        fallback_title=guess_title(body) or display_path(path.stem),
    )
    encoding = scan.encoding
    return DocumentText(
        document, meta, encoding, detection, lambda: iter_document_text(path, encoding)
    )


def read_html_file(path: Path) -> DocumentText:
    """An HTML page: its main text (never markup) and the metadata its head states."""
    where = display_path(path)
    _require("selectolax", "HTML", where)
    from liability_graph.loaders.readers.html import (
        MarkupLimitError,
        check_markup,
        declared_charset,
        html_to_text,
    )

    data = _read_bytes(path, where)
    declared = declared_charset(data)
    markup, encoding = decode_bytes(data, where, declared)
    del data
    try:
        check_markup(markup)
    except MarkupLimitError as exc:
        raise InputError(exc.message, path=where, line=exc.line) from None
    if encoding != declared and encoding == "cp1252":
        log.warning("%s: not UTF-8, read as cp1252", where)
    page = html_to_text(markup)
    if not page.text:
        raise InputError(
            "no text in the page once scripts, styles and navigation are removed", path=where
        )
    meta = Metadata(
        title=page.title,
        url=page.url,
        published=page.published,
        language=page.language,
        author=page.author,
    )
    return _in_memory(
        page.text,
        meta,
        source=where,
        where=where,
        encoding=encoding,
        fallback_title=display_path(path.stem),
    )


def read_pdf_file(path: Path) -> DocumentText:
    """A PDF's text layer (no OCR); a PDF without one is refused."""
    where = display_path(path)
    _require("pypdf", "PDF", where)
    from liability_graph.loaders.readers.pdf import pdf_to_text

    pdf = pdf_to_text(path, MAX_PDF_CHARS)
    meta = Metadata(title=pdf.title, author=pdf.author)
    return _in_memory(
        pdf.text,
        meta,
        source=where,
        where=where,
        encoding=None,
        fallback_title=display_path(path.stem),
    )


def _read_bytes(path: Path, where: str, limit: int = MAX_STRUCTURED_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 2**20:.0f} MB; this format is limited to {limit / 2**20:.0f} MB",
                path=where,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    if not data.strip():
        raise InputError("empty file", path=where)
    return data


def article_text(record: Any, *, source: str, where: str, line: int | None = None) -> DocumentText:
    """One article record ``{title, text, url, published, language, author}`` (text needed)."""
    if not isinstance(record, dict):
        raise InputError(
            "an article record must be an object with title and text", path=where, line=line
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            "not an article record: 'text' is missing or empty (curated facts need "
            "sources, entities or relationships)",
            path=where,
            line=line,
        )
    try:
        published = normalize_date(record.get("published") or record.get("date"), "published")
    except ValueError as exc:
        raise InputError(str(exc), path=where, line=line) from None
    meta = Metadata(
        title=_text(record.get("title")),
        url=_text(record.get("url")),
        published=published,
        language=language_code(record.get("language")),
        author=_text(record.get("author")),
        kind=_text(record.get("kind")),
    )
    text = normalise_newlines(text.removeprefix("\ufeff"))
    return _in_memory(
        text,
        meta,
        source=source,
        where=where,
        encoding=None,
        kind=ARTICLE_KIND,
        fallback_title=source,
    )


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


# -- extraction hook --------------------------------------------------------------------


def _extractor(where: str) -> Extractor | None:
    """`loaders.extract.extract`, or None while that package does not exist."""
    try:
        module = importlib.import_module(EXTRACT_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == EXTRACT_MODULE:
            return None
        raise MissingExtra(
            f"extraction needs the {exc.name} package, which is missing: reinstall liability-graph",
            path=where,
        ) from None
    return getattr(module, "extract", None)


def document_facts(read: DocumentText, context: LoadContext) -> list[Fact]:
    """[Document, *facts]: the facts the extractor finds in the body, chunk by chunk.

    Each chunk is passed with its offset in the document text, so evidence offsets are
    absolute. Entities come before relationships, so a writer can check endpoints.
    """
    document = read.document
    language = document.language
    if language is not None and language not in EXTRACTION_LANGUAGES:
        log.warning(
            "%s: language %r; extraction supports %s, so the document is stored "
            "without extracted facts",
            document.source,
            language,
            ", ".join(EXTRACTION_LANGUAGES),
        )
        return [document]
    extract = _extractor(document.source or document.title)
    if extract is None:
        return [document]
    found = _DocumentFacts(context)
    sensitive = False  # whether the text speaks of abuse: its plaintiffs are then victims
    for offset, chunk in read.chunks():
        found.add_all(extract(chunk, document, context, offset=offset, language=language))
        sensitive = sensitive or speaks_of_abuse(chunk, language)
    facts = [document, *found.entities.values(), *found.relationships.values()]
    # victim-role persons are protected by default (privacy/victims.py)
    return protect_victims(facts, language, sensitive)


class _DocumentFacts:
    """The facts of one document, merged by key as its chunks are extracted.

    A long document states the same facts many times; merging as they come keeps one
    entity or relationship per key (merged as the writer would merge them), and at most
    MAX_EVIDENCE_PER_DOCUMENT pieces of evidence per relationship, the first in document
    order. Memory then grows with what the document says, not with its length.
    """

    def __init__(self, context: LoadContext) -> None:
        self.ontology = context.ontology
        self.entities: dict[str, Fact] = {}
        self.relationships: dict[str, Relationship] = {}
        self._seen: dict[str, set[tuple]] = {}  # relationship key -> evidence identities

    def add_all(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            if isinstance(fact, Relationship):
                self._add_relationship(fact)
            else:
                current = self.entities.get(fact.key)
                self.entities[fact.key] = current.merged_with(fact) if current else fact

    def _add_relationship(self, rel: Relationship) -> None:
        current = self.relationships.get(rel.key)
        seen = self._seen.setdefault(rel.key, set())
        kept = len(current.evidence) if current is not None else 0
        new = []
        for item in rel.evidence:
            if kept + len(new) >= MAX_EVIDENCE_PER_DOCUMENT:
                break
            identity = item.identity()
            if identity not in seen:
                seen.add(identity)
                new.append(item)
        if current is None:
            kept_all = len(new) == len(rel.evidence)
            self.relationships[rel.key] = rel if kept_all else replace(rel, evidence=new)
            return
        # Status, dates and properties merged as Relationship.merged_with does; the
        # evidence is appended here, so that merging stays linear in the evidence kept.
        merged = replace(current, evidence=[]).merged_with(
            replace(rel, evidence=new), self.ontology
        )
        merged.evidence = current.evidence + new
        self.relationships[rel.key] = merged


# -- registered loaders -----------------------------------------------------------------


@register(".txt", ".text", ".md", ".markdown")
def load_text(path: Path, context: LoadContext) -> list[Fact]:
    return document_facts(read_text_file(path), context)


@register(".html", ".htm", ".xhtml")
def load_html(path: Path, context: LoadContext) -> list[Fact]:
    return document_facts(read_html_file(path), context)


@register(".pdf")
def load_pdf(path: Path, context: LoadContext) -> list[Fact]:
    return document_facts(read_pdf_file(path), context)


def load_article_json(path: Path, context: LoadContext, data: Any) -> list[Fact]:
    """A .json file that is not curated facts: one article record, or a list of them.

    All or nothing: if any record is bad, the file's problems are raised together.
    """
    from liability_graph.loaders.curated import FileErrors

    where = display_path(path)
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError("empty list: no article records", path=where, line=1)
    facts: list[Fact] = []
    errors: list[InputError] = []
    for number, record in enumerate(records, start=1):
        source = where if not isinstance(data, list) else f"{where}#{number}"
        try:
            facts.extend(document_facts(article_text(record, source=source, where=where), context))
        except MissingExtra:
            raise
        except InputError as exc:
            prefix = f"record {number}: " if isinstance(data, list) else ""
            errors.append(InputError(prefix + exc.reason, path=where, line=exc.line))
    if errors:
        raise errors[0] if len(errors) == 1 else FileErrors(where, errors)
    return facts


@register(".jsonl")
def load_jsonl(path: Path, context: LoadContext) -> list[Fact]:
    """JSON Lines: one article record per line; blank lines are allowed. All or nothing."""
    from liability_graph.loaders.curated import FileErrors

    where = display_path(path)
    facts: list[Fact] = []
    errors: list[InputError] = []
    records = 0
    for number, line in _jsonl_lines(path, where, errors):
        try:
            record = loads_bounded(line)
        except JsonLimitError as exc:
            errors.append(InputError(exc.message, path=where, line=number))
            continue
        except json.JSONDecodeError as exc:
            errors.append(InputError(f"malformed JSON: {exc.msg}", path=where, line=number))
            continue
        records += 1
        try:
            read = article_text(record, source=f"{where}:{number}", where=where, line=number)
            facts.extend(document_facts(read, context))
        except MissingExtra:
            raise
        except InputError as exc:
            errors.append(InputError(exc.reason, path=where, line=number))
    if not records and not errors:
        raise InputError("empty file: no article records", path=where)
    if errors:
        raise errors[0] if len(errors) == 1 else FileErrors(where, errors)
    return facts


def _jsonl_lines(path: Path, where: str, errors: list[InputError]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line, read one line at a time."""
    try:
        with path.open("rb") as stream:
            number = 0
            while True:
                raw = stream.readline(MAX_STRUCTURED_BYTES + 1)
                if not raw:
                    return
                number += 1
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if len(raw) > MAX_STRUCTURED_BYTES:
                    errors.append(
                        InputError(
                            f"line longer than {MAX_STRUCTURED_BYTES // 2**20} MB: not read",
                            path=where,
                            line=number,
                        )
                    )
                    while raw and not raw.endswith(b"\n"):  # the rest, a block at a time
                        raw = stream.readline(2**20)
                    continue
                if b"\x00" in raw:
                    raise InputError(
                        "binary file (contains NUL bytes), not text", path=where, line=number
                    )
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    errors.append(
                        InputError(
                            f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})", path=where, line=number
                        )
                    )
                    continue
                if text.strip():
                    yield number, text
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
