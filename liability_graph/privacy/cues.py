"""The cue words of the privacy passes, read once from the language packs and cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from liability_graph.graph.model import strip_accents
from liability_graph.yaml_data import load_data


def _fold(word: str) -> str:
    return strip_accents(str(word)).casefold()


@dataclass(frozen=True)
class WordSet:
    """Whole words and word starts ("traffick*"), compared folded."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, items: list[str]) -> WordSet:
        folded = [_fold(i) for i in items or []]
        return cls(
            frozenset(w for w in folded if not w.endswith("*")),
            tuple(sorted({w[:-1] for w in folded if w.endswith("*")})),
        )

    def __contains__(self, word: str) -> bool:
        return word in self.words or (bool(self.prefixes) and word.startswith(self.prefixes))

    def search(self, folded_text: str) -> bool:
        """Whether a folded text (see `_fold`) holds one of the words: one regex pass."""
        return bool(_pattern(self).search(folded_text))


@cache
def _pattern(words: WordSet) -> re.Pattern[str]:
    alternatives = [
        re.escape(w) + r"(?![^\W_])" for w in sorted(words.words, key=len, reverse=True)
    ]
    alternatives += [re.escape(p) for p in words.prefixes]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives or ["(?!)"]) + ")")


@dataclass(frozen=True)
class LanguageCues:
    sensitive: WordSet
    minor: WordSet
    victim_nouns: WordSet
    adult_age: int


@dataclass(frozen=True)
class Cues:
    placeholders: frozenset[str]
    particles: frozenset[str]
    group_words: frozenset[str]
    public_roles: frozenset[str]
    abbreviations: frozenset[str]
    languages: dict[str, LanguageCues]

    def any_language(self) -> LanguageCues:
        """Every language's cues together (for text whose language is unknown)."""
        langs = list(self.languages.values())

        def merged(attr: str) -> WordSet:
            sets = [getattr(c, attr) for c in langs]
            return WordSet(
                frozenset().union(*(s.words for s in sets)),
                tuple(sorted({p for s in sets for p in s.prefixes})),
            )

        return LanguageCues(
            merged("sensitive"),
            merged("minor"),
            merged("victim_nouns"),
            min(c.adult_age for c in langs),
        )


@cache
def load_cues() -> Cues:
    """The language-neutral lists of cues.yaml, with every language pack's `privacy:` words.

    Placeholders, group words and public roles are pooled over the packs (a Dutch article may
    quote "John Doe"); the other lists stay per language."""
    from liability_graph.loaders.languages import packs

    text = resources.files("liability_graph.privacy").joinpath("cues.yaml").read_text("utf-8")
    data = load_data(text)
    sections = {code: p.privacy() for code, p in packs().items() if p.privacy()}
    languages = {
        code: LanguageCues(
            WordSet.of(spec.get("sensitive")),
            WordSet.of(spec.get("minor")),
            WordSet.of(spec.get("victim_nouns")),
            int(spec.get("adult_age", 18)),
        )
        for code, spec in sections.items()
    }

    def pooled(key: str) -> frozenset[str]:
        return frozenset(_fold(w) for spec in sections.values() for w in spec.get(key) or [])

    return Cues(
        pooled("placeholders"),
        frozenset(_fold(w) for w in data.get("particles") or []),
        pooled("group_words"),
        pooled("public_roles"),
        frozenset(_fold(w).replace(" ", "") for w in data.get("abbreviations") or []),
        languages,
    )
