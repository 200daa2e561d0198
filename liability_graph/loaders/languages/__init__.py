"""Language packs: everything the project knows about a language, as data, in one folder.

Each ``<code>.yaml`` here is one pack: the function words that identify the language, and,
for a language extraction reads (``extract: true``), its lexicon, cue words, role words,
date words and trigger patterns per relationship type (README.md in this folder lists the
keys). Adding a language means adding a pack and its tests; nothing else names languages:
``LANGUAGES`` and ``EXTRACTION_LANGUAGES`` are read from the packs, and ``detect_language``
is the one detector, used by the readers and by extraction alike.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from liability_graph.errors import InputError
from liability_graph.yaml_data import load_data

HERE = Path(__file__).resolve().parent
#: Top-level keys of a pack.
_KEYS = {
    "code", "name", "lemmatizer", "extract", "detect", "words", "phrases", "coref_heads",
    "roles", "numbers", "services", "dates", "rules", "verb_final", "names",
    "pronouns", "default", "type_nouns", "compounds",
    "capitalised_nouns", "non_party_roles", "jurisdictions", "privacy", "federal_country",
    "law_cues", "coverage",
}  # fmt: skip


def _split(value: Any) -> frozenset[str]:
    return frozenset(str(value or "").split())


@dataclass(frozen=True)
class Pack:
    """One language's knowledge. `data` is the YAML as read; the methods give typed views."""

    code: str
    name: str
    lemmatizer: str | None
    extract: bool
    detect: frozenset[str]
    data: dict[str, Any] = field(repr=False)

    def words(self, key: str) -> frozenset[str]:
        """A closed word list (`words:` in the pack), empty when the pack has none."""
        return _split((self.data.get("words") or {}).get(key))

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p) for p in (self.data.get("phrases") or {}).get(key) or ())

    def privacy(self) -> dict[str, Any]:
        """The privacy passes' words for this language (`privacy:`), empty when absent."""
        return dict(self.data.get("privacy") or {})

    def mapping(self, key: str) -> dict[str, Any]:
        """A mapping section (coref_heads, roles, numbers), empty when absent."""
        return dict(self.data.get(key) or {})

    def dates(self, key: str, default: Any = None) -> Any:
        return (self.data.get("dates") or {}).get(key, default)

    def date_words(self, key: str) -> frozenset[str]:
        return _split(self.dates(key))

    def date_phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p) for p in self.dates(key) or ())

    def names(self, key: str, default: Any = None) -> Any:
        """The `names:` section: the language's own patterns of law and court names."""
        return (self.data.get("names") or {}).get(key, default)

    def jurisdictions(self) -> dict[str, dict[str, Any]]:
        """The `jurisdictions:` section: canonical (English) name -> kind, names, adjectives."""
        return {str(k): dict(v or {}) for k, v in (self.data.get("jurisdictions") or {}).items()}

    @property
    def services(self) -> tuple[tuple[str, str], ...]:
        return tuple((str(stem), str(label)) for stem, label in self.data.get("services") or ())

    @property
    def rules(self) -> dict[str, list[dict[str, Any]]]:
        return dict(self.data.get("rules") or {})


def _load(path: Path) -> Pack:
    where = str(path)
    try:
        data = load_data(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the language pack: {exc}", path=where) from None
    if not isinstance(data, dict) or data.get("code") != path.stem:
        raise InputError(f"a language pack is a mapping whose code is {path.stem!r}", path=where)
    unknown = set(data) - _KEYS
    if unknown:
        raise InputError(f"unknown keys in the language pack: {sorted(unknown)}", path=where)
    detect = _split(data.get("detect"))
    if not detect:
        raise InputError("a language pack needs `detect` words", path=where)
    extract = bool(data.get("extract"))
    if extract and not data.get("rules"):
        raise InputError("a pack with extract: true needs rules", path=where)
    return Pack(
        code=path.stem,
        name=str(data.get("name") or path.stem),
        lemmatizer=data.get("lemmatizer"),
        extract=extract,
        detect=detect,
        data=data,
    )


@cache
def packs() -> dict[str, Pack]:
    """Every pack in this folder, by code, in code order."""
    return {path.stem: _load(path) for path in sorted(HERE.glob("*.yaml"))}


def pack(code: str) -> Pack:
    return packs()[code]


#: Every language a pack describes, and those extraction reads.
LANGUAGES: tuple[str, ...] = tuple(packs())
EXTRACTION_LANGUAGES: tuple[str, ...] = tuple(c for c, p in packs().items() if p.extract)
#: The language a text without evidence of any is read in (the pack marked `default`).
DEFAULT_LANGUAGE: str = next(
    (c for c in EXTRACTION_LANGUAGES if packs()[c].data.get("default")), EXTRACTION_LANGUAGES[0]
)


def extraction_packs() -> list[Pack]:
    return [pack(code) for code in EXTRACTION_LANGUAGES]


def union(key: str) -> frozenset[str]:
    """A word list of every extraction language at once (for steps that do not know the
    language of a name, such as the capitalised words that never start one)."""
    out: frozenset[str] = frozenset()
    for item in extraction_packs():
        out |= item.words(key)
    return out


# -- the detector ---------------------------------------------------------------------------
# Running text in a language is full of its commonest short words. Counting them tells the
# languages apart; a word shared by k languages counts 1/k for each. Text with too few such
# words is left undetermined.

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 8  # fewer words than this: undetermined
MIN_SCORE = 3.0  # the winner needs at least this much weighted evidence
MIN_DENSITY = 0.1  # ... and this share of all words
SAMPLE_CHARS = 20_000


@cache
def _weights() -> dict[str, dict[str, float]]:
    weights: dict[str, dict[str, float]] = {}
    for code, item in packs().items():
        for word in item.detect:
            weights.setdefault(word, {})[code] = 0.0
    for languages in weights.values():
        for code in languages:
            languages[code] = 1.0 / len(languages)
    return weights


@dataclass(frozen=True)
class Detection:
    """The detected ISO 639-1 code (None when undetermined) and the score of each language."""

    language: str | None
    scores: dict[str, float]
    words: int

    def best_of(self, codes: tuple[str, ...]) -> str:
        """The best-scoring of `codes` (the first on a tie): the language to extract a text
        in when it is undetermined or in a language extraction does not read."""
        if self.language in codes:
            return self.language
        return max(
            codes,
            key=lambda code: (
                self.scores.get(code, 0.0),
                code == DEFAULT_LANGUAGE,
                -codes.index(code),
            ),
        )


def detect_language(text: str) -> Detection:
    """Detect the language of (the first SAMPLE_CHARS of) a text, offline."""
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    counts = Counter(words)
    scores = dict.fromkeys(LANGUAGES, 0.0)
    weights = _weights()
    for word, count in counts.items():
        for code, weight in weights.get(word, {}).items():
            scores[code] += weight * count
    best = max(LANGUAGES, key=lambda code: scores[code])
    enough = (
        len(words) >= MIN_WORDS
        and scores[best] >= MIN_SCORE
        and scores[best] >= MIN_DENSITY * len(words)
    )
    return Detection(best if enough else None, scores, len(words))


__all__ = [
    "DEFAULT_LANGUAGE",
    "EXTRACTION_LANGUAGES",
    "LANGUAGES",
    "Detection",
    "Pack",
    "detect_language",
    "extraction_packs",
    "pack",
    "packs",
    "union",
]
