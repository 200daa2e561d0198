"""What extraction finds in a sentence before it states facts: mentions and their readings.

A mention is a span that refers to one entity. Until a rule needs it in a slot of a given
type, a new name may still be read as several types (a company may be a vendor or an
organisation), so a mention carries its possible readings, the best first.
"""

from __future__ import annotations

from liability_graph.loaders.extract.lexicon import AND
from liability_graph.loaders.extract.text import Token


class Option:
    """One reading of a mention: an entity of a type, known (key) or new (key None).
    Treated as immutable (it is hashed)."""

    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("_ident", "aliases", "key", "name", "props", "type")

    def __init__(
        self,
        type: str,
        name: str,
        key: str | None = None,
        props: tuple[tuple[str, object], ...] = (),
        aliases: tuple[str, ...] = (),
    ) -> None:
        self.type = type
        self.name = name
        self.key = key
        self.props = props
        self.aliases = aliases
        self._ident: tuple[str, str] | None = None

    def _values(self) -> tuple:
        return (
            self.type,
            self.name,
            self.key,
            self.props,
            self.aliases,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Option):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Option(type={self.type!r}, name={self.name!r}, key={self.key!r}, props={self.props!r}, aliases={self.aliases!r})"

    @property
    def ident(self) -> tuple[str, str]:
        """Who the reading is: its key, or its type and case-folded name (made once)."""
        if self._ident is None:
            self._ident = (self.key or "", self.type + ":" + self.name.casefold())
        return self._ident


class Mention:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("end", "extra", "first", "group", "kind", "last", "options", "start", "text")

    def __init__(
        self,
        start: int,
        end: int,
        first: int,
        last: int,
        text: str,
        options: tuple[Option, ...],
        kind: str = "name",
        group: int | None = None,
        extra: dict | None = None,
    ) -> None:
        self.start = start  # absolute character offsets
        self.end = end
        self.first = first  # token span in the sentence, end exclusive
        self.last = last
        self.text = text
        self.options = options
        self.kind = kind  # name | rule | coref | group | described
        #: Mentions with the same group number stand for one coordinated set ("the founders").
        self.group = group
        self.extra: dict = {} if extra is None else extra

    def _values(self) -> tuple:
        return (
            self.start,
            self.end,
            self.first,
            self.last,
            self.text,
            self.options,
            self.kind,
            self.group,
            self.extra,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Mention(start={self.start!r}, end={self.end!r}, first={self.first!r}, last={self.last!r}, text={self.text!r}, options={self.options!r}, kind={self.kind!r}, group={self.group!r}, extra={self.extra!r})"

    @property
    def named(self) -> bool:
        """Does the text name the entity here (rather than refer back to it)?"""
        return self.kind in ("name", "rule")

    def option_for(self, types: tuple[str, ...] | list[str] | set[str]) -> Option | None:
        for option in self.options:
            if option.type in types:
                return option
        return None

    @property
    def best(self) -> Option:
        return self.options[0]

    def with_options(
        self, options: tuple[Option, ...], kind: str = "", extra: dict | None = None
    ) -> Mention:
        """The same span read as `options`: of `kind` (its own if ""), in its group and
        with a copy of its extra; given `extra`, a fresh reading of the span instead, with
        that extra and no group."""
        if extra is not None:
            return Mention(self.start, self.end, self.first, self.last, self.text, options,
                           kind or self.kind, None, extra)  # fmt: skip
        return Mention(self.start, self.end, self.first, self.last, self.text, options,
                       kind or self.kind, self.group, dict(self.extra))  # fmt: skip


def span_key(mention: Mention) -> tuple[int, int]:
    """A mention's place in its sentence: first token, then end token (a named function
    rather than a lambda: compiled, a lambda is an object and a generic call)."""
    return (mention.first, mention.last)


def in_span_order(mentions: list[Mention]) -> bool:
    """Are the mentions already in span_key order (so a stable sort would keep them)?"""
    for i in range(1, len(mentions)):
        before, after = mentions[i - 1], mentions[i]
        if before.first > after.first or (before.first == after.first and before.last > after.last):
            return False
    return True


def shares_head(first: Mention, second: Mention, tokens: list[Token]) -> bool:
    """Is `second` the second of two Acts that share their head, right after `first` and
    "and" ("Utah's Fair Trading and Data Privacy acts": the recogniser marks it shared)?"""
    return (
        second.first == first.last + 1
        and first.last < len(tokens)
        and tokens[first.last].lower in AND
        and bool(second.extra.get("shared"))
    )
