"""The gazetteer: every known name and alias, found in one pass with an Aho-Corasick automaton.

Names are matched on the folded text (lower case, no accents, same length), then checked
on the original: whole words only, and short or common-word names must look like names
("US" but not "us", "Visa" but not "visa"). The automaton is built once per name index and
rebuilt only when other loaders add names (curated and reference anchors).

Entities that extraction itself finds in a document go into a small second automaton that
holds only that document's names, for its later chunks: what a document yields depends on
the document and the anchors alone, never on which documents a process read before it, so
any number of workers (and a Dask map) gives the graph a serial ingest gives.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Final

import ahocorasick

from liability_graph.loaders.extract.mentions import Option
from liability_graph.loaders.extract.search import bisect_left
from liability_graph.loaders.extract.text import fold, is_known_word, possessive
from liability_graph.loaders.extract.typed import type_of
from liability_graph.loaders.names import EntityRef, NameIndex

#: Preference among readings of one name that several entities carry.
TYPE_ORDER: Final = (
    "Platform", "Vendor", "Organization", "Case", "Law", "Court", "Jurisdiction", "Person",
)  # fmt: skip
_SHORT: Final = 3  # names this short must be written in capitals
_CACHE_LIMIT: Final = 100_000
_LOOKS_LIKE_NAME: Final[dict[tuple[str, str, str], bool]] = {}


class Hit:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("end", "inner", "options", "start")

    def __init__(
        self, start: int, end: int, options: tuple[Option, ...], inner: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.options = options
        self.inner = inner  # a name inside a longer known name ("moederbedrijf van Pornhub")

    def _values(self) -> tuple:
        return (
            self.start,
            self.end,
            self.options,
            self.inner,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Hit(start={self.start!r}, end={self.end!r}, options={self.options!r}, inner={self.inner!r})"


def _options(refs: dict[str, EntityRef]) -> tuple[Option, ...]:
    ordered = sorted(
        refs.values(),
        key=lambda r: (TYPE_ORDER.index(r.type) if r.type in TYPE_ORDER else 99, r.key),
    )
    return tuple(Option(r.type, r.name, r.key) for r in ordered)


@dataclass
class _Automaton:
    names: dict[str, dict[str, EntityRef]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None

    def add(self, name: str, ref: EntityRef) -> None:
        self.names.setdefault(name, {})[ref.key] = ref
        self.automaton = None

    def build(self) -> None:
        automaton = ahocorasick.Automaton()
        for name, refs in self.names.items():
            automaton.add_word(name, (len(name), _options(refs)))
        if len(automaton):
            automaton.make_automaton()
        self.automaton = automaton

    def find(self, folded: str) -> list[tuple[int, int, tuple[Option, ...]]]:
        """(start, end, readings) of every name in `folded`, also inside longer words."""
        if not self.names:
            return []
        if self.automaton is None:
            self.build()
        automaton = self.automaton
        if automaton is None or not len(automaton):
            return []
        out = []
        end: int  # typed: compiled, untyped items would make every step a generic one
        length: int
        options: tuple[Option, ...]
        for end, (length, options) in automaton.iter(folded):
            out.append((end + 1 - length, end + 1, options))
        return out


class Gazetteer:
    """Finds the known entities of a NameIndex (plus the current document's own new ones)."""

    def __init__(
        self,
        index: NameIndex,
        extra_aliases: dict[str, list[str]] | None = None,
        language_aliases: dict[str, dict[str, list[str]]] | None = None,
    ):
        self.index = index
        self.extra_aliases = extra_aliases or {}
        #: language -> canonical name -> aliases read only in that language's texts ("AP" is
        #: the Autoriteit Persoonsgegevens in Dutch, the Associated Press in English)
        self.language_aliases = language_aliases or {}
        #: a folded scoped alias -> the entity key it names -> the languages it is read in
        self.scoped: dict[str, dict[str, set[str]]] = {}
        self.main = _Automaton()
        self.delta = _Automaton()
        self.built_len = -1
        self.delta_keys: set[str] = set()
        #: The document (key) whose names the delta holds, and the offset of its last chunk.
        self.document: str | None = None
        self.document_offset = -1

    def _rebuild(self) -> None:
        self.main = _Automaton()
        by_name: dict[str, list[EntityRef]] = {}
        for name, ref in self.index.names():
            self.main.add(fold(name), ref)
            by_name.setdefault(ref.name, []).append(ref)
        for canonical, aliases in self.extra_aliases.items():
            for ref in by_name.get(canonical, []):
                for alias in aliases:
                    self.main.add(fold(alias), ref)
        self.scoped = {}
        for language in sorted(self.language_aliases):
            for canonical, aliases in self.language_aliases[language].items():
                for ref in by_name.get(canonical, []):
                    for alias in aliases:
                        folded = fold(alias)
                        if ref.key in self.main.names.get(folded, {}) and folded not in self.scoped:
                            continue  # a name of the entity in every language already
                        self.main.add(folded, ref)
                        self.scoped.setdefault(folded, {}).setdefault(ref.key, set()).add(language)
        self.main.build()
        self.built_len = len(self.index)

    def refresh(self) -> None:
        """Rebuild when anchors arrived in the name index since the last build."""
        if self.built_len != len(self.index):
            self._rebuild()

    def begin(self, document: str, offset: int) -> None:
        """A chunk of `document` starting at `offset` is about to be read: the names learned
        from its earlier chunks stay; those of any other document (or of an earlier pass
        over this one) go."""
        if document != self.document or offset <= self.document_offset:
            if self.delta_keys:
                self.delta = _Automaton()
                self.delta_keys = set()
            self.document = document
        self.document_offset = offset

    def learn(self, option: Option, key: str) -> None:
        """Remember a new entity found by extraction for the later chunks of its document."""
        if key in self.index or key in self.delta_keys:
            return
        ref = EntityRef(key, option.type, option.name)
        for name in (option.name, *option.aliases):
            self.delta.add(fold(name), ref)
        self.delta_keys.add(key)

    def find(self, text: str, offset: int, language: str) -> list[Hit]:
        """Known names in `text` (absolute offsets), longest first, whole words only; a
        known name inside a longer one of another entity comes too, marked inner."""
        self.refresh()
        folded = fold(text)
        raw = [
            h
            for h in self.main.find(folded) + self.delta.find(folded)
            if _whole_word(text, h[0], h[1])
            and _looks_like_name(text[h[0] : h[1]], h[2], language)
            and (h[1] - h[0] > 1 or _lone_letter(text, h[0], h[1]))
            and not _role_noun_before_name(text, h[0], h[1], language)
        ]
        if self.scoped:
            raw = self._in_language(raw, folded, language)
        raw.sort(key=lambda h: (h[0] - h[1], h[0]))
        # the names taken, sorted by start; they never overlap, so their ends are sorted too
        # and the ones a span overlaps are a run just before the first start >= its end
        starts: list[int] = []
        taken: list[tuple[int, int, tuple[Option, ...]]] = []
        hits: list[Hit] = []
        for start, end, options in raw:
            i = bisect_left(starts, end)
            j = i
            while j > 0 and taken[j - 1][1] > start:
                j -= 1
            outer = taken[j:i]
            if not outer:
                starts.insert(i, start)
                taken.insert(i, (start, end, options))
                hits.append(Hit(offset + start, offset + end, options))
            elif all(
                t[0] <= start and end <= t[1] and t[2][0].key != options[0].key for t in outer
            ):
                hits.append(Hit(offset + start, offset + end, options, inner=True))
        hits.sort(key=lambda h: (h.start, h.inner))
        return hits

    def _in_language(
        self, raw: list[tuple[int, int, tuple[Option, ...]]], folded: str, language: str
    ) -> list[tuple[int, int, tuple[Option, ...]]]:
        """The hits without the readings of an alias scoped to other languages."""
        out = []
        for start, end, options in raw:
            scoped = self.scoped.get(folded[start:end])
            if scoped is not None:
                options = tuple(
                    o for o in options if o.key not in scoped or language in scoped[o.key]
                )
                if not options:
                    continue
            out.append((start, end, options))
        return out


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "Backpage" in "Backpage-oprichter" is a name; in "Backpage.com" the longer alias wins.
    return not (before.isalnum() or after.isalnum() or before in "_@/" or after == "_")


def _lone_letter(text: str, start: int, end: int) -> bool:
    """May a one-letter name ("X") stand here? Not inside a compound ("X-ray") or after a
    capitalised word it completes ("Malcolm X", "Generation X", "Article X"); after an
    owner's possessive ("Musk's X") or a lower-case word it may."""
    if end < len(text) and text[end] == "-":
        return False
    if start < 2 or text[start - 1] != " ":
        return True
    word = text[: start - 1].rsplit(None, 1)[-1] if text[: start - 1].strip() else ""
    return not (word[:1].isupper() and not possessive(word))


def _role_noun_before_name(text: str, start: int, end: int, language: str) -> bool:
    """Is a lower-case known name a type noun that introduces the capitalised name after it
    ("de Noorse gegevensbeschermingsautoriteit Datatilsynet": the Belgian authority's name
    is also the Dutch word for any such authority)? Then it is the role noun, no name."""
    surface = text[start:end]
    return (
        surface.islower()
        and end + 1 < len(text)
        and text[end] == " "
        and text[end + 1].isupper()
        and type_of(surface, language) is not None
    )


def _looks_like_name(surface: str, options: tuple[Option, ...], language: str) -> bool:
    key = (surface, options[0].name, language)  # all the answer depends on
    found = _LOOKS_LIKE_NAME.get(key)
    if found is None:
        if len(_LOOKS_LIKE_NAME) >= _CACHE_LIMIT:
            _LOOKS_LIKE_NAME.clear()
        found = _LOOKS_LIKE_NAME[key] = _shape_says_name(surface, options, language)
    return found


def _shape_says_name(surface: str, options: tuple[Option, ...], language: str) -> bool:
    """Short names in capitals; a lower-case one-word name only if the language has no
    such ordinary word (or the name itself is written in lower case)."""
    letters = [c for c in surface if c.isalpha()]
    if len(letters) <= _SHORT and len(letters) == len(surface.replace(".", "")):
        return surface.isupper()
    if " " in surface or not surface.isalpha():
        return True
    if surface.islower():
        canonical = options[0].name
        return canonical.islower() or not is_known_word(surface, language)
    return True


_CACHE: Final[weakref.WeakKeyDictionary[NameIndex, Gazetteer]] = weakref.WeakKeyDictionary()


def gazetteer_for(
    index: NameIndex,
    extra_aliases: dict[str, list[str]] | None = None,
    language_aliases: dict[str, dict[str, list[str]]] | None = None,
) -> Gazetteer:
    """The gazetteer of a name index, built on first use and kept while the index lives."""
    found = _CACHE.get(index)
    if found is None:
        found = Gazetteer(index, extra_aliases, language_aliases)
        _CACHE[index] = found
    return found
