"""Victim-role persons in a document's facts are protected by default.

`protect_victims(facts)` takes the facts extracted from one document and returns them with
every Person in a victim role marked `protected: true` (nothing else changes), before the
facts are pseudonymised (protect.py). A Person is in a victim role when

- its name is a court placeholder ("Jane Doe", "John Roe 2") or initials only ("G.G.");
- its name describes victims or a group of them ("the minor and her mother",
  "fifty women", "Plaintiffs in Doe v. Reddit");
- it is a plaintiff and the document speaks of abuse, exploitation or trafficking (a cue
  word in its title, a quote, a case or a law), unless the document gives it a public role
  (an attorney general, a prosecutor);
- a sentence calls it a minor: a minor cue or an age under 18 next to its name
  ("Maria Jansen, then 15,", "the 14-year-old Maria", "de 15-jarige Maria", "Maria (15)").

The cue words are data: the `privacy:` section of each language pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from liability_graph.graph.model import Document, Entity, Relationship, strip_accents
from liability_graph.privacy.cues import LanguageCues, load_cues
from liability_graph.privacy.mentions import fold, name_parts

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_INITIALS_ONLY = re.compile(r"^\s*(?:[^\W\d_]\.\s?){2,}\s*$")
_AGES = (
    re.compile(r"(\d{1,2})[-\s](?:years?|jaar)[-\s]old", re.IGNORECASE),
    re.compile(r"(\d{1,2})-?jarige", re.IGNORECASE),
    re.compile(r"^\s*\((\d{1,2})\)"),
    re.compile(
        r"^\s*,\s*(?:then|now|aged|age|toen|nu|destijds)?\s*(\d{1,2})\s*[,)]", re.IGNORECASE
    ),
    re.compile(r"\baged\s+(\d{1,2})\b", re.IGNORECASE),
)
#: Words looked at on each side of a name for a minor cue.
_WINDOW = 3


def protect_victims(
    facts: list[Any], language: str | None = None, sensitive: bool = False
) -> list[Any]:
    """The same facts, victim-role Persons marked protected (see the module docstring).
    `sensitive` says the document's text speaks of abuse, exploitation or trafficking
    (`speaks_of_abuse`), where its facts' quotes may not."""
    persons = {
        f.key: f for f in facts if isinstance(f, Entity) and f.type == "Person" and not f.protected
    }
    if not persons:
        return facts
    cues = load_cues()
    lang = cues.languages.get(language or "") or cues.any_language()
    relationships = [f for f in facts if isinstance(f, Relationship)]
    chosen = {key for key, person in persons.items() if _victim_name(person.name, lang)}
    plaintiffs = {r.source for r in relationships if r.type == "PLAINTIFF_IN"} & set(persons)
    plaintiffs -= {k for k in plaintiffs if _public_role(persons[k], cues.public_roles)}
    if plaintiffs - chosen and (sensitive or _sensitive(facts, lang)):
        chosen |= plaintiffs
    for key in set(persons) - chosen:
        if _public_role(persons[key], cues.public_roles):
            continue
        if _called_minor(persons[key], _quotes_about(key, relationships), lang):
            chosen.add(key)
    if not chosen:
        return facts
    return [
        replace(f, properties={**f.properties, "protected": True})
        if isinstance(f, Entity) and f.key in chosen
        else f
        for f in facts
    ]


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _victim_name(name: str, lang: LanguageCues) -> bool:
    """Placeholders, initials, and names that describe victims or a group of them."""
    cues = load_cues()
    if _INITIALS_ONLY.match(name):
        return True
    words = [w for w in _words(name) if not w.isdigit()]
    if not words:
        return False
    if all(w in cues.placeholders for w in words):
        return True
    if {"doe", "does", "roe", "roes"} & set(words) and name_parts(name) is None:
        return True  # "Jane Doe (G.G.)", "John Doe #1": a placeholder with a note
    return any(w in lang.victim_nouns or w in cues.group_words for w in words)


def _public_role(person: Entity, public_roles: frozenset[str]) -> bool:
    role = person.properties.get("role")
    return bool(role) and fold(str(role)).strip() in public_roles


def _texts(facts: Iterable[Any]) -> Iterable[str]:
    for fact in facts:
        if isinstance(fact, Document):
            yield fact.title or ""
        elif isinstance(fact, Entity):
            if fact.type in ("Case", "Law", "Document"):
                yield from (fact.name, *fact.aliases, fact.description or "")
                yield str(fact.properties.get("title") or "")
        elif isinstance(fact, Relationship):
            for item in fact.evidence:
                yield item.quote


def _sensitive(facts: list[Any], lang: LanguageCues) -> bool:
    """Whether the facts speak of abuse, exploitation, trafficking or minors."""
    return any(speaks_of_abuse(text, lang) for text in _texts(facts) if text)


def speaks_of_abuse(text: str, language: str | LanguageCues | None = None) -> bool:
    """Whether a text (a document, or a chunk of one) has a cue word of abuse, exploitation,
    trafficking or minors."""
    if isinstance(language, LanguageCues):
        lang = language
    else:
        cues = load_cues()
        lang = cues.languages.get(language or "") or cues.any_language()
    return lang.sensitive.search(strip_accents(text).casefold())


def _quotes_about(key: str, relationships: list[Relationship]) -> list[str]:
    return [
        item.quote
        for rel in relationships
        if key in (rel.source, rel.target)
        for item in rel.evidence
    ]


def _called_minor(person: Entity, quotes: list[str], lang: LanguageCues) -> bool:
    """A minor cue among the few words around the person's name, or an age under 18."""
    names = [person.name, *person.aliases]
    parts = name_parts(person.name)
    if parts is not None:
        names += [s for s in parts.surnames if len(s) >= 3]
    for quote in dict.fromkeys(quotes):
        for name in names:
            start = quote.find(name)
            while start >= 0:
                end = start + len(name)
                before, after = quote[:start], quote[end:]
                near = _words(before)[-_WINDOW:] + _words(after)[:_WINDOW]
                if any(w in lang.minor for w in near):
                    return True
                if _minor_age(before[-30:], after[:30], lang.adult_age):
                    return True
                start = quote.find(name, end)
    return False


def _minor_age(before: str, after: str, adult_age: int) -> bool:
    for pattern in _AGES:
        for text in (before, after) if pattern.pattern.startswith("(") else (after,):
            for match in pattern.finditer(text):
                if int(match.group(1)) < adult_age:
                    return True
    return False
