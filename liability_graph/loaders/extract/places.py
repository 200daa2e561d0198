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
from liability_graph.loaders.extract.text import POSSESSIVE_ENDINGS
from liability_graph.loaders.languages import extraction_packs

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


class _PartyNames:
    """How a jurisdiction of one kind is named as a party to a case: the name pattern and
    the patterns of its other names ("State of {}", "{} Attorney General")."""

    __slots__ = ("aliases", "name")

    def __init__(self, name: str, aliases: tuple[str, ...]) -> None:
        self.name = name
        self.aliases = aliases


@cache
def _party_names() -> dict[str, _PartyNames]:
    """The packs' `names.party_names`, by jurisdiction kind (the graph's names are one
    language's whatever the document's: a US state sues as "State of Utah")."""
    out: dict[str, _PartyNames] = {}
    for item in extraction_packs():
        for kind, entry in (item.names("party_names") or {}).items():
            aliases = tuple(str(a) for a in entry.get("aliases") or ())
            out[str(kind)] = _PartyNames(str(entry["name"]), aliases)
    return out


def party_name(name: str) -> str | None:
    """The organisation a jurisdiction sues as, if its kind sues in its own name."""
    names = _party_names().get(kinds().get(name, ""))
    return names.name.format(name) if names is not None else None


def party_option(name: str) -> Option | None:
    """The organisation a jurisdiction sues as (see party_name), with its other names (a US
    state's attorney general's office, which news and dockets name as often as the state)."""
    names = _party_names().get(kinds().get(name, ""))
    if names is None:
        return None
    aliases = tuple(p.format(name) for p in names.aliases)
    return Option("Organization", names.name.format(name), aliases=aliases)


@cache
def government_option(name: str) -> Option | None:
    """The organisation a country's government is as a party ("the UK government", "de
    Amerikaanse overheid"): named by the packs' `names.government_party` with the naming
    pack's first adjective of the country ("British government"), its other spellings
    ("UK government", "Government of the United Kingdom") as aliases; None for a
    jurisdiction of another kind (a US state sues and is sued as "State of Utah")."""
    if kinds().get(name) != "country":
        return None
    for item in extraction_packs():
        entry = item.names("government_party")
        if not entry:
            continue
        country = item.jurisdictions().get(name) or {}
        adjectives = [str(a) for a in country.get("adjectives") or ()]
        forms = [name, *(str(f) for f in country.get("names") or ()), *adjectives]
        label = str(entry["name"]).format(adjective=adjectives[0] if adjectives else name)
        aliases: list[str] = []
        for pattern in entry.get("aliases") or ():
            for form in forms if "{form}" in str(pattern) else [name]:
                alias = str(pattern).format(form=form, name=name)
                if alias != label and alias not in aliases:
                    aliases.append(alias)
        return Option("Organization", label, aliases=tuple(aliases))
    return None


def enforcer(name: str) -> str | None:
    """The body that brings a jurisdiction's regulatory proceedings and fines, when the
    text names the jurisdiction for it ("the EU opened proceedings against X": the
    European Commission); the packs' `enforcer` of the jurisdiction."""
    return _jurisdiction_field("enforcer").get(name)


def code(name: str) -> str | None:
    """A country's ISO code by its English name (the packs' `code`), as the reference base
    gives an office's `country`."""
    return _jurisdiction_field("code").get(name)


def kinds() -> dict[str, str]:
    """Each jurisdiction's kind (country, state, union), by its English name."""
    return _jurisdiction_field("kind")


@cache
def _jurisdiction_field(field: str) -> dict[str, str]:
    """Each jurisdiction's `field` in the packs (a later pack's value wins), by its English
    name, for the jurisdictions that have one."""
    return {
        name: str(entry[field])
        for item in extraction_packs()
        for name, entry in item.jurisdictions().items()
        if entry.get(field)
    }


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
def _place_words(language: str) -> dict[str, PlaceWord]:
    """Every name of every pack and the adjectives of this language's pack, each form with
    what it stands for."""
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
    known = kinds()
    return {
        form: PlaceWord(name, known.get(name, ""), len(form), named, adjective)
        for form, (name, named, adjective) in forms.items()
    }


@cache
def _automaton(language: str) -> ahocorasick.Automaton:
    """Every name of every pack and the adjectives of this language's pack."""
    automaton = ahocorasick.Automaton()
    for form, word in _place_words(language).items():
        automaton.add_word(form, word)
    automaton.make_automaton()
    return automaton


class PlaceForm:
    """A form as written, with its PlaceWord: what a pass over a sentence's lower-case text
    finds by the form's lower case, and takes where the text writes the form itself."""

    __slots__ = ("form", "word")

    def __init__(self, form: str, word: PlaceWord) -> None:
        self.form = form
        self.word = word


@cache
def lower_forms(language: str) -> dict[str, tuple[PlaceForm, ...]] | None:
    """The forms of _automaton by their lower case, for a cue pass over a sentence's
    lower-case text (recognize.sentence_cues) that finds them with its other words: where
    lowering keeps the text's length, the form written at an offset is found there by its
    lower case. None if a form's lower case is not that (a longer one, or a "Σ", whose lower
    case depends on the letters around it)."""
    out: dict[str, list[PlaceForm]] = {}
    for form, word in _place_words(language).items():
        lower = form.lower()
        if len(lower) != len(form) or "Σ" in form or not form:
            return None
        out.setdefault(lower, []).append(PlaceForm(form, word))
    return {lower: tuple(forms) for lower, forms in out.items()}


def _bounded(text: str, start: int, end: int) -> bool:
    """A whole word: no letter or digit on either side (a hyphen after it is a compound's
    first part, "VS-wet"; "US$" is a currency)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_@/"):
        return False
    return not (end < len(text) and (text[end].isalnum() or text[end] in "$_"))


class _OfficialStates:
    """The pattern of a state read only in citations beside its official, the states' forms
    (to their English names), and the words a sentence holds before the pattern can match."""

    __slots__ = ("cues", "names", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], names: dict[str, str], cues: tuple[str, ...]
    ) -> None:
        self.pattern = pattern
        self.names = names
        self.cues = cues


def _pack_phrases(key: str) -> list[str]:
    """The phrases every pack's `names` section lists under `key`, sorted."""
    return sorted({str(p) for item in extraction_packs() for p in item.names(key) or ()})


def _alternatives(phrases: list[str]) -> str:
    """A pattern of any of the phrases (of none, when there are none)."""
    return "|".join(map(re.escape, phrases)) or "(?!)"


@cache
def _official_states() -> _OfficialStates | None:
    """US states read only in citations ("New York", as often a city) that do name the state
    beside its attorney general: "New York Attorney General X", "New York's attorney
    general", "the attorney general of New York", "de procureur-generaal van New York" (the
    packs' `state_officials_before` and `state_officials_after`)."""
    names = {
        str(form): str(name)
        for item in extraction_packs()
        for name, entry in item.jurisdictions().items()
        if entry.get("cite_only") and entry.get("kind") == "state"
        for form in (name, *(entry.get("names") or ()))
    }
    before, after = _pack_phrases("state_officials_before"), _pack_phrases("state_officials_after")
    if not names or not (before or after):
        return None
    states = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?i:{_alternatives(before)}) ({states})\b"
        rf"|\b({states})(?=(?:'s|’s)? (?i:{_alternatives(after)})\b)"
    )
    # a phrase's first word without its first letter (which may be a capital), up to a
    # hyphen: a sentence with none of these names no official
    cues = sorted({p.split()[0][1:].split("-")[0] for p in (*before, *after)})
    return _OfficialStates(pattern, names, tuple(cues))


def find_places(
    text: str, language: str, written: list[tuple[int, int, PlaceWord]] | None = None
) -> list[Place]:
    """The jurisdictions a sentence names, longest first where forms overlap, in order.
    `written`: where the forms stand in the text, if the sentence's cue pass found them
    (recognize.sentence_cues), in the order the automaton finds them."""
    found: list[tuple[int, int, PlaceWord]] = []
    last: int  # typed: compiled, untyped items would make every step a generic one
    word: PlaceWord
    if written is not None:
        for start, end, word in written:
            if _bounded(text, start, end):
                found.append((start, end, word))
    else:
        for last, word in _automaton(language).iter(text):
            start, end = last + 1 - word.length, last + 1
            if _bounded(text, start, end):
                found.append((start, end, word))
    official = _official_states()
    if official is not None and any(cue in text for cue in official.cues):
        known = kinds()
        names = official.names
        for match in official.pattern.finditer(text):
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
        possessive = text.startswith(POSSESSIVE_ENDINGS, end) or (
            text.startswith(_BARE_APOSTROPHES, end) and text[end - 1 : end] == "s"
        )  # "Arkansas' law": a name ending in s takes the apostrophe alone
        out.append(Place(start, end, word.name, word.kind, word.named, word.adjective, possessive))
    return out
