"""A small token-pattern matcher over lemmas and lower-case forms, in the spirit of spaCy's
Matcher but without building a Doc per sentence (which costs more than all the rest here).

A pattern is a string of token specs separated by spaces:

- ``sue|prosecute``: a token whose lemma or lower-case form is one of these;
- ``?the``: an optional token;
- ``~3``: a gap of up to three tokens (never across ';' or a sentence end);
- ``~3/to|that``: such a gap that holds none of these words ("a lawsuit ~3/to against" is not
  "lawsuits to retaliate against X": the infinitive's object is no defendant);
- ``aan$``: the token must end its clause (Dutch separable particles: "klagen X aan").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from liability_graph.loaders.extract.lexicon import ABBREVIATIONS
from liability_graph.loaders.extract.text import Token

_CLAUSE_END: Final = frozenset(',;:.!?)"”')
_GAP_STOP: Final = frozenset(";.!?")
_CACHE_LIMIT: Final = 100_000


@dataclass(frozen=True, slots=True)
class Spec:
    words: frozenset[str]  # of a gap: the words it may not hold
    optional: bool = False
    gap: int = 0
    clause_end: bool = False


def parse_pattern(pattern: str) -> tuple[Spec, ...]:
    specs = []
    for part in pattern.split():
        if part.startswith("~"):
            size, _, never = part[1:].partition("/")
            specs.append(Spec(frozenset(never.split("|")) if never else frozenset(), gap=int(size)))
            continue
        optional = part.startswith("?")
        clause_end = part.endswith("$")
        body = part.strip("?$")
        specs.append(Spec(frozenset(body.split("|")), optional=optional, clause_end=clause_end))
    if not specs or specs[0].gap or specs[0].optional:
        raise ValueError(f"a pattern must start with a plain token: {pattern!r}")
    return tuple(specs)


def _hit(token: Token, spec: Spec) -> bool:
    return token.lemma in spec.words or token.lower in spec.words


def _ends_clause(tokens: list[Token], i: int, stops: frozenset[str]) -> bool:
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return nxt.text in _CLAUSE_END or nxt.lower in stops


def _gap_stop(tokens: list[Token], i: int) -> bool:
    """Does the token at i end what a gap may span? Sentence punctuation does, but not an
    abbreviation's dot that a lower-case word follows ("klaagde Zorblat Inc. aan")."""
    text = tokens[i].text
    if text not in _GAP_STOP:
        return False
    if text == "." and i > 0 and _abbreviation(tokens[i - 1].text):
        return False  # "in U.S. District Court against X": the abbreviation's own dot
    return not (text == "." and i + 1 < len(tokens) and tokens[i + 1].text[:1].islower())


def _abbreviation(word: str) -> bool:
    """Is the word before a dot an abbreviation the sentence splitter keeps inside a
    sentence ("U.S", "Inc", "Dr")? Its dot ends nothing."""
    lowered = word.lower()
    return lowered in ABBREVIATIONS or (
        "." in lowered and len(lowered) <= 8 and lowered.replace(".", "").isalpha()
    )


def _match(
    tokens: list[Token], specs: tuple[Spec, ...], k: int, i: int, stops: frozenset[str]
) -> int | None:
    """End index (exclusive) of the shortest match of specs[k:] starting at token i."""
    if k == len(specs):
        return i
    spec = specs[k]
    if spec.gap:
        for j in range(spec.gap + 1):
            if j and (
                i + j - 1 >= len(tokens)
                or _gap_stop(tokens, i + j - 1)
                or (spec.words and tokens[i + j - 1].lower in spec.words)
            ):
                break
            end = _match(tokens, specs, k + 1, i + j, stops)
            if end is not None:
                return end
        return None
    fits = i < len(tokens) and _hit(tokens[i], spec)
    if fits and (not spec.clause_end or _ends_clause(tokens, i, stops)):
        end = _match(tokens, specs, k + 1, i + 1, stops)
        if end is not None:
            return end
    if spec.optional:
        return _match(tokens, specs, k + 1, i, stops)
    return None


#: A rule, its specs and the word sets of the specs after the first that it cannot skip.
_Entry = tuple[Any, tuple[Spec, ...], tuple[frozenset[str], ...]]


def _all_present(words: set[str], needs: tuple[frozenset[str], ...]) -> bool:
    """Does each of `needs` share a word with `words`?"""
    for need in needs:  # noqa: SIM110 (a loop: no generator per rule tried)
        if words.isdisjoint(need):
            return False
    return True


class Matcher:
    """Finds every rule whose pattern matches in a token list; rules are indexed by their
    first token, so the cost is one dictionary look-up per token."""

    def __init__(self, rules: Iterable, stops: frozenset[str] = frozenset()) -> None:
        # each rule with its specs, read once (a rule's type is not known here), and the
        # words of each spec after the first that a match cannot skip: a rule one of whose
        # such specs no token of the sentence fits is not tried there
        self._by_first: dict[str, list[_Entry]] = defaultdict(list)
        self._stops = stops
        for rule in rules:
            needs = tuple(
                spec.words for spec in rule.specs[1:] if not spec.gap and not spec.optional
            )
            for word in rule.specs[0].words:
                self._by_first[word].append((rule, rule.specs, needs))
        self._starting: dict[tuple[str, str], tuple[_Entry, ...]] = {}

    def _rules_at(self, lemma: str, lower: str) -> tuple[_Entry, ...]:
        """The rules a token with this lemma and form may start, without repeats; cached
        per (lemma, form), the cache bounded."""
        rules = self._by_first.get(lemma)
        other = self._by_first.get(lower) if lower != lemma else None
        found: tuple[_Entry, ...] = ()
        if rules or other:
            seen: set[int] = set()
            out = []
            for entry in (*(rules or ()), *(other or ())):
                if id(entry[0]) not in seen:
                    seen.add(id(entry[0]))
                    out.append(entry)
            found = tuple(out)
        if len(self._starting) >= _CACHE_LIMIT:
            self._starting.clear()
        self._starting[(lemma, lower)] = found
        return found

    def __call__(
        self,
        tokens: list[Token],
        lowers: list[str] | None = None,
        lemmas: list[str] | None = None,
        words: set[str] | None = None,
    ) -> list[tuple[Any, int, int]]:
        """(rule, first token, end token exclusive) for each match, left to right.
        `lowers` and `lemmas` are the tokens' lower-case forms and lemmas, and `words` both
        as one set, if at hand."""
        if lowers is None:
            lowers = [t.lower for t in tokens]
        if lemmas is None:
            lemmas = [t.lemma for t in tokens]
        if len(lowers) != len(lemmas):
            raise ValueError("lowers and lemmas differ in length")
        by_first = self._by_first  # a token that starts a rule has one of its keys
        starting = self._starting
        stops = self._stops
        found: list[tuple[Any, int, int]] = []
        for i in range(len(lowers)):
            lemma, lower = lemmas[i], lowers[i]
            if lemma not in by_first and lower not in by_first:
                continue
            rules = starting.get((lemma, lower))
            if rules is None:
                rules = self._rules_at(lemma, lower)
            for rule, specs, needs in rules:
                if needs:
                    if words is None:
                        words = set(lowers)
                        words.update(lemmas)
                    if not _all_present(words, needs):
                        continue  # a token the match needs is nowhere in the sentence
                end = _match(tokens, specs, 1, i + 1, stops)
                if end is not None:
                    found.append((rule, i, end))
        return found
