"""Known laws described but not named ("stricter legislation that holds platform operators
liable for posts that promote prostitution" is FOSTA).

Each reference law has groups of cue stems, in every pack (`law_cues`), for what it is about. A
sentence that names a law-like head noun ("wetgeving", "legislation", "bill") describes a
reference law when it matches enough of that law's groups, including its distinctive one,
and the dates fit: the law exists (or is about to) when the document was written, and a
year in the sentence, if any, is the law's year. A jurisdiction named in the sentence must
be the law's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from liability_graph.loaders.extract.lexicon import LAW_HEADS as LAW_HEADS_BY_LANGUAGE
from liability_graph.loaders.extract.text import fold
from liability_graph.loaders.languages import extraction_packs


@dataclass(frozen=True)
class LawCues:
    distinctive: tuple[str, ...]
    groups: tuple[tuple[str, ...], ...]
    minimum: int  # groups to match, the distinctive one included


def _law_cues() -> dict[str, LawCues]:
    """The packs' `law_cues`, by the law's canonical name in the reference knowledge base:
    each law's distinctive stems and the stems of each of its groups pooled over the packs,
    and the most groups any pack asks for."""
    distinctive: dict[str, set[str]] = {}
    groups: dict[str, list[set[str]]] = {}
    minimum: dict[str, int] = {}
    for item in extraction_packs():
        for name, entry in item.mapping("law_cues").items():
            distinctive.setdefault(str(name), set()).update(map(str, entry["distinctive"]))
            pooled = groups.setdefault(str(name), [])
            for i, group in enumerate(entry.get("groups") or ()):
                if i == len(pooled):
                    pooled.append(set())
                pooled[i].update(map(str, group))
            minimum[str(name)] = max(minimum.get(str(name), 0), int(entry["minimum"]))
    return {
        name: LawCues(
            tuple(sorted(stems)), tuple(tuple(sorted(g)) for g in groups[name]), minimum[name]
        )
        for name, stems in distinctive.items()
    }


LAW_CUES: Final[dict[str, LawCues]] = _law_cues()


#: Head nouns under which a law may be described, per language.
LAW_HEADS: Final = LAW_HEADS_BY_LANGUAGE


def _holds_stem(stems: tuple[str, ...], folded: str) -> bool:
    """Does a stem start in `folded` where no letter a-z stands just before it? (What the
    pattern "(?<![a-z])(?:stem|...)" finds; found by substring search, as re would try
    that pattern's look-behind at every character.)"""
    for stem in stems:
        at = folded.find(stem)
        while at >= 0:
            if at == 0 or not ("a" <= folded[at - 1] <= "z"):
                return True
            at = folded.find(stem, at + 1)
    return False


def score(cues: LawCues, folded: str) -> int:
    """How many cue groups the folded text matches (0 unless the distinctive one does)."""
    if not _holds_stem(cues.distinctive, folded):
        return 0
    return 1 + sum(1 for group in cues.groups if _holds_stem(group, folded))


def described_law(
    text: str,
    law_years: dict[str, int | None],
    document_year: int | None,
    years_in_text: list[int],
) -> str | None:
    """The reference law (canonical name) that `text` describes, or None if none clearly."""
    folded = fold(text)
    best: list[tuple[int, str]] = []
    for name, cues in LAW_CUES.items():
        if name not in law_years:
            continue
        points = score(cues, folded)
        if points < cues.minimum:
            continue
        year = law_years[name]
        if year is not None and document_year is not None and document_year < year - 1:
            continue
        if year is not None and years_in_text and year not in years_in_text:
            continue
        best.append((points, name))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]
