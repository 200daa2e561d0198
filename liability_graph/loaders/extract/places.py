"""Jurisdictions by their names and adjectives: countries, US states and the EU.

A law, a case or a court belongs to a jurisdiction when the text attaches it to one ("the
EU's Digital Services Act", "French law", "de Europese DSA", "charged in France"), and a
state sues as a party ("Utah sued ..."). The language packs list each jurisdiction under its
English name with the names and adjectives the language writes it with; this module finds
them in a sentence, case-sensitively and as whole words, in one pass of an automaton. It
works without the reference base: a jurisdiction is language knowledge, not a fact.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import ahocorasick

from liability_graph.loaders.extract.mentions import Option
from liability_graph.loaders.languages import extraction_packs

_POSSESSIVE_ENDINGS: Final = ("'s", "’s")
_BARE_APOSTROPHES: Final = ("' ", "’ ")


class PlaceWord:
    """One surface form: the jurisdiction's English name, its kind, and whether the form is
    a name ("France"), an adjective ("French") or both ("U.S.")."""

    __slots__ = ("adjective", "kind", "length", "name", "named")

    def __init__(self, name: str, kind: str, length: int, named: bool, adjective: bool) -> None:
        self.name = name
        self.kind = kind
        self.length = length
        self.named = named
        self.adjective = adjective


class Place:
    """A jurisdiction found in a sentence (offsets relative to the sentence)."""

    __slots__ = ("adjective", "end", "kind", "name", "named", "possessive", "start")

    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        kind: str,
        named: bool,
        adjective: bool,
        possessive: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.kind = kind
        self.named = named
        self.adjective = adjective
        self.possessive = possessive


#: How a jurisdiction of each kind is named as a party to a case (the graph's names are
#: English whatever the document's language): a US state sues as "State of Utah".
_PARTY_NAMES: Final = {"state": "State of {}"}


def party_name(name: str) -> str | None:
    """The organisation a jurisdiction sues as, if its kind sues in its own name."""
    pattern = _PARTY_NAMES.get(kinds().get(name, ""))
    return pattern.format(name) if pattern else None


#: The other names of that organisation: a US state's suits are filed by its attorney
#: general's office, which news and dockets name as often as the state ("Utah Attorney
#: General v. X"), so a search or a gold file by that name finds the state.
_PARTY_ALIASES: Final = {"state": ("{} Attorney General",)}


def party_option(name: str) -> Option | None:
    """The organisation a jurisdiction sues as (see party_name), with its other names."""
    party = party_name(name)
    if party is None:
        return None
    patterns = _PARTY_ALIASES.get(kinds().get(name, ""), ())
    return Option("Organization", party, aliases=tuple(p.format(name) for p in patterns))


def enforcer(name: str) -> str | None:
    """The body that brings a jurisdiction's regulatory proceedings and fines, when the
    text names the jurisdiction for it ("the EU opened proceedings against X": the
    European Commission); the packs' `enforcer` of the jurisdiction."""
    return _enforcers().get(name)


@cache
def _enforcers() -> dict[str, str]:
    out: dict[str, str] = {}
    for item in extraction_packs():
        for name, entry in item.jurisdictions().items():
            if entry.get("enforcer"):
                out[name] = str(entry["enforcer"])
    return out


@cache
def kinds() -> dict[str, str]:
    """Each jurisdiction's kind (country, state, union), by its English name."""
    out: dict[str, str] = {}
    for item in extraction_packs():
        for name, entry in item.jurisdictions().items():
            if entry.get("kind"):
                out[name] = str(entry["kind"])
    return out


@cache
def named_forms() -> frozenset[str]:
    """Every name of a country, state or union in any pack ("Californië", "Frankrijk"):
    the seat of a court noun is a city, so "een rechtbank in Californië" names no court."""
    return frozenset(
        str(form)
        for item in extraction_packs()
        for name, entry in item.jurisdictions().items()
        if not entry.get("cite_only")
        for form in (name, *(entry.get("names") or ()))
    )


@cache
def _automaton(language: str) -> ahocorasick.Automaton:
    """Every name of every pack and the adjectives of this language's pack."""
    forms: dict[str, tuple[str, bool, bool]] = {}
    for item in extraction_packs():
        for name, entry in item.jurisdictions().items():
            if entry.get("cite_only"):
                continue
            for form in (name, *(entry.get("names") or ())):
                old = forms.get(str(form))
                forms[str(form)] = (name, True, bool(old and old[2]))
            if item.code != language:
                continue
            for form in entry.get("adjectives") or ():
                old = forms.get(str(form))
                forms[str(form)] = (name, bool(old and old[1]), True)
    automaton = ahocorasick.Automaton()
    known = kinds()
    for form, (name, named, adjective) in forms.items():
        automaton.add_word(form, PlaceWord(name, known.get(name, ""), len(form), named, adjective))
    automaton.make_automaton()
    return automaton


def _bounded(text: str, start: int, end: int) -> bool:
    """A whole word: no letter or digit on either side (a hyphen after it is a compound's
    first part, "VS-wet"; "US$" is a currency)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_@/"):
        return False
    return not (end < len(text) and (text[end].isalnum() or text[end] in "$_"))


@cache
def _official_states() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """US states read only in citations ("New York", as often a city) that do name the state
    beside its attorney general: "New York Attorney General X", "New York's attorney
    general", "the attorney general of New York", "de procureur-generaal van New York"."""
    names = {
        str(form): str(name)
        for item in extraction_packs()
        for name, entry in item.jurisdictions().items()
        if entry.get("cite_only") and entry.get("kind") == "state"
        for form in (name, *(entry.get("names") or ()))
    }
    if not names:
        return None
    states = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?i:attorney general of|procureur-generaal van) ({states})\b"
        rf"|\b({states})(?=(?:'s|’s)? (?i:attorney general)\b)"
    )
    return pattern, names


def find_places(text: str, language: str) -> list[Place]:
    """The jurisdictions a sentence names, longest first where forms overlap, in order."""
    found: list[tuple[int, int, PlaceWord]] = []
    last: int  # typed: compiled, untyped items would make every step a generic one
    word: PlaceWord
    for last, word in _automaton(language).iter(text):
        start, end = last + 1 - word.length, last + 1
        if _bounded(text, start, end):
            found.append((start, end, word))
    official = _official_states()
    if official is not None and ("ttorney" in text or "procureur" in text):
        known = kinds()
        pattern, names = official
        for match in pattern.finditer(text):
            group = 1 if match.group(1) else 2
            name = names[match.group(group)]
            found.append(
                (
                    match.start(group),
                    match.end(group),
                    PlaceWord(name, known.get(name, ""), len(name), True, False),
                )
            )
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[Place] = []
    reach = -1
    for start, end, word in found:
        if start < reach:
            continue
        if out and out[-1].start == start:
            continue
        reach = end
        possessive = text.startswith(_POSSESSIVE_ENDINGS, end) or (
            text.startswith(_BARE_APOSTROPHES, end) and text[end - 1 : end] == "s"
        )  # "Arkansas' law": a name ending in s takes the apostrophe alone
        out.append(Place(start, end, word.name, word.kind, word.named, word.adjective, possessive))
    return out
