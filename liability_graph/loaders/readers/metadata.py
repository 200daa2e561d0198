"""Metadata at the top of a document: YAML front matter and header lines such as a byline.

The header stays in the document text (so offsets stay valid); `body_offset` says where
the body starts, and only the body is handed to extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

import yaml

from liability_graph.errors import InputError
from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.bounded_yaml import BoundedSafeLoader, YamlLimitError, load_bounded

MAX_HEADER_LINES = 6
TITLE_CHARS = 120
_FENCE = re.compile(r"^---[ \t]*\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?)?)?"
_PARTICLE = r"(?:van|de|der|den|ter|ten|von|la|le|du|da|di|del|'t)"
_NAME = rf"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:{_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]*){{1,3}}"
_NEWSROOM = (
    r"(?:hoofd|eind|web)?redact(?:eur|rice|ie)|journalist[e]?|reporter|editor|correspondent"
    r"|verslaggever|columnist|schrijver|writer|auteur|author|medewerker|freelancer"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:date|datum|published|gepubliceerd|posted)\s*:?\s+(?P<date>{_DATE})\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_KEY_LINE = re.compile(
    r"^\s*(?P<key>title|titel|author|auteur|by|door|url|link|language|lang|taal|kind)"
    r"\s*:\s*(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
_BY_LINE = re.compile(
    rf"^\s*(?i:by|door|von|par)\s+(?P<name>{_NAME})(?:\s*[,|(–—-]\s*(?P<role>[^)]+?))?\)?\.?\s*$"
)
# "Els Bellens is redactrice bij Data News." -- only when the role is a newsroom role.
_IS_LINE = re.compile(
    rf"^\s*(?P<name>{_NAME})\s+(?:is|was)\s+(?P<role>(?:an?\s+|de\s+|the\s+)?"
    rf"(?:[\w-]+\s+)?(?:{_NEWSROOM})\b.*?)\.?\s*$"
)
_KEY_ALIASES = {
    "titel": "title",
    "auteur": "author",
    "by": "author",
    "door": "author",
    "link": "url",
    "lang": "language",
    "taal": "language",
    "date": "published",
    "datum": "published",
}
_FRONT_KEYS = {"title", "url", "published", "language", "author", "kind"}
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_SENTENCE = re.compile(r"^(?P<s>.{10,160}?[.!?])(?=\s|$)")


class _FrontMatterLoader(BoundedSafeLoader):
    """Front matter is a handful of key: value lines; anything much bigger is not metadata."""

    max_nodes = 2_000
    max_depth = 10


@dataclass(frozen=True)
class Metadata:
    """Document metadata; `body_offset` is where the body starts in the document text."""

    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    author_role: str | None = None
    kind: str | None = None
    body_offset: int = 0

    def filled_from(self, other: Metadata) -> Metadata:
        """This metadata, with the fields it lacks taken from `other` (offset kept)."""
        values = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name != "body_offset"
        }
        return replace(self, **values)


def language_code(value: Any) -> str | None:
    """'nl', 'nl-BE', 'EN_us' -> the lower-case primary subtag; anything else -> None."""
    match = _LANGUAGE.match(str(value).strip()) if value is not None else None
    return match.group(1).lower() if match else None


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _date(value: Any, path: str, line: int | None) -> str | None:
    try:
        return normalize_date(value, "published")
    except ValueError as exc:
        raise InputError(str(exc), path=path, line=line) from None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _front_matter(text: str, path: str) -> tuple[dict[str, Any], int] | None:
    """The YAML front matter and the offset after its closing fence, if the text has one."""
    if not _FENCE.match(text):
        return None
    start = text.index("\n") + 1
    end = _FENCE_END.search(text, start)
    if end is None:
        return None  # a lone '---' is a rule, not front matter
    try:
        data = load_bounded(text[start : end.start()], _FrontMatterLoader)
    except YamlLimitError as exc:
        raise InputError(f"front matter: {exc.message}", path=path, line=exc.line + 1) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise InputError(f"malformed YAML front matter: {exc}", path=path, line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of key: value", path=path, line=2)
    after = end.end() + 1 if text[end.end() : end.end() + 1] == "\n" else end.end()
    return data, after


def _from_front_matter(data: dict[str, Any], text: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _KEY_ALIASES.get(str(raw_key).lower(), str(raw_key).lower())
        if key not in _FRONT_KEYS or value is None:
            continue
        if key == "published":
            at = text.find(f"{raw_key}:")
            found[key] = _date(value, path, _line_of(text, at) if at >= 0 else None)
        elif key == "language":
            found[key] = language_code(value)
        else:
            found[key] = _clean(value)
    return found


def _byline(text: str) -> tuple[str, str | None] | None:
    for pattern in (_BY_LINE, _IS_LINE):
        match = pattern.match(text)
        if match:
            return _clean(match.group("name")) or "", _clean(match.group("role"))
    return None


def _header_line(line: str, path: str, number: int) -> dict[str, Any] | None:
    """The metadata one header line states, or None if it is not (wholly) a header line."""
    match = _DATE_LINE.match(line)
    if match:
        rest = match.group("rest").strip()
        byline = _byline(rest) if rest else None
        if rest and byline is None:
            return None
        found = {"published": _date(match.group("date"), path, number)}
        if byline:
            found["author"], found["author_role"] = byline
        return found
    match = _KEY_LINE.match(line)
    if match:
        key = _KEY_ALIASES.get(match.group("key").lower(), match.group("key").lower())
        value = match.group("value")
        if key == "language":
            return {"language": language_code(value)}
        return {key: _clean(value)}
    byline = _byline(line)
    if byline:
        return {"author": byline[0], "author_role": byline[1]}
    return None


def _skip_blank(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def read_header(head: str, path: str) -> Metadata:
    """Metadata from front matter and header lines at the start of `head` (the text's start).

    Header lines are consumed only while each is wholly understood; the body starts at the
    first non-blank character after them.
    """
    found: dict[str, Any] = {}
    offset = 0
    front = _front_matter(head, path)
    if front is not None:
        data, offset = front
        found.update(_from_front_matter(data, head, path))
    offset = _skip_blank(head, offset)
    for _ in range(MAX_HEADER_LINES):
        end = head.find("\n", offset)
        end = len(head) if end < 0 else end
        line = head[offset:end]
        stated = _header_line(line, path, _line_of(head, offset)) if line.strip() else None
        if not stated:
            break
        for key, value in stated.items():
            found.setdefault(key, value)
        offset = _skip_blank(head, end)
    if (
        found.get("author_role")
        and not found.get("kind")
        and re.search(_NEWSROOM, found["author_role"], re.IGNORECASE)
    ):
        found["kind"] = "news"
    return Metadata(**{k: v for k, v in found.items() if v is not None}, body_offset=offset)


def guess_title(body: str) -> str | None:
    """A title from the body's first line: a Markdown heading, a short line, or a sentence."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if not first:
        return None
    heading = _HEADING.match(first)
    if heading:
        return heading.group("title")
    if len(first) <= TITLE_CHARS:
        return first
    sentence = _SENTENCE.match(first)
    if sentence:
        return sentence.group("s").rstrip(".")
    cut = first.rfind(" ", 0, TITLE_CHARS)
    return first[: cut if cut > 0 else TITLE_CHARS].rstrip(" ,;:") + "…"
