"""IN_JURISDICTION: where the text attaches a law, a case or a court to a jurisdiction.

Three constructions, each over the jurisdictions places.py finds (docs/annotation.md,
section 4):

- a possessive or an adjective before the law, court or case's noun phrase: "the EU's
  Digital Services Act", "Utah's Consumer Sales Practices Act", "Australia's Federal Court",
  "de Europese DSA", "a French investigation into X", "under French law" (the case at hand);
- a place name right before such a noun: "a Texas court", "Utah law" (the case at hand);
- a place phrase in the clause of a case's verb: "charged in France", "a lawsuit filed in
  California", "in Frankrijk vervolgd".

Never from the entity's own name ("Supreme Court of Texas": places.py leaves the words of a
longer name alone), from a party's nationality ("two Dutch entrepreneurs": no law, court or
case follows) or from a city (places.py knows no cities).
"""

from __future__ import annotations

from typing import Final

from liability_graph.loaders.extract.frames import (
    Claim,
    SentenceFrames,
    case_verb_word,
    place_attaches,
)
from liability_graph.loaders.extract.lexicon import (
    ADJECTIVE_ENDINGS,
    ANAPHORS,
    APPOSITION_DETERMINERS,
    ARTICLES,
    CASE_NOUNS,
    CASE_VERBS,
    CONJUNCTIONS,
    COPULAS,
    COURT_NOUNS,
    DEMONSTRATIVES,
    ENACT_VERBS,
    INDEFINITE,
    JURISDICTION_PREPS,
    LAW_HEADS,
    LAW_PREPS,
    LEGISLATURES,
    OF,
    OTHER,
    PASSIVE_AUX,
    PREPOSITIONS,
    PUBLIC_BODIES,
    ROLES,
    RULINGS,
    SEAT_WORDS,
    SKIPPABLE,
    STATE_TITLES,
    SUBORDINATORS,
)
from liability_graph.loaders.extract.mentions import Mention, Option, shares_head
from liability_graph.loaders.extract.places import find_places
from liability_graph.loaders.extract.text import POSSESSIVE_ENDINGS, possessive

_JURISDICTION: Final = ("Jurisdiction",)
_LOCATED: Final = ("Law", "Court", "Case")
_MAX_MODIFIERS: Final = 3  # words between a possessive or adjective and its noun
_PHRASE_WINDOW: Final = 8  # tokens between a case's verb and the place phrase
_CONFIDENCE: Final = 0.8
_ENACT_WINDOW: Final = 10  # tokens between a legislature and the law it passes
_VERB_AFTER: Final = 2  # tokens after both where a verb-final clause's participle may stand
_LAW_HEADS: Final = frozenset(w for words in LAW_HEADS.values() for w in words)
_APOSTROPHES: Final = frozenset({"'", "’"})
#: Quotation marks around a law's name ("the UK's “Online Safety Act”"): no modifier, no stop.
_QUOTES: Final = frozenset({'"', "“", "”", "‘", "'", "«", "„"})
#: "country's", "country’s": the written forms, to skip a sentence without one at once.
_ANAPHOR_FORMS: Final = frozenset(
    w + e for words in ANAPHORS.values() for w in words for e in POSSESSIVE_ENDINGS
)
#: A judge's nouns ("judge", "rechter"): who stands for an unnamed court.
_JUDGES: Final = frozenset(
    word for word, role in ROLES.items() if role == "judge" and " " not in word
)
#: Court and judge nouns in the plural: courts in general, no one court.
_PLURAL_NOUNS: Final = frozenset({"courts", "juries", "judges", "rechters", "rechtbanken"})
_PLURAL_CUES: Final = frozenset({"two", "three", "several", "twee", "drie", "meerdere"})


def jurisdiction_claims(frames: SentenceFrames) -> list[Claim]:
    """The IN_JURISDICTION claims of one sentence."""
    claims: list[Claim] = []
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for mention in frames.mentions:
        titled = frames.tokens[mention.first].lower in STATE_TITLES[frames.language]
        if "place" not in mention.extra and not titled:  # "de staat Californië": a place too
            continue
        jurisdiction = mention.option_for(_JURISDICTION)
        if jurisdiction is None:
            continue
        if _seat_adjective(frames, mention):
            continue  # "the Luxembourg-based General Court": where it sits, not whose it is
        found = _attached(frames, mention) if "place" in mention.extra else None
        rule = "np"
        if found is None:
            found = _place_phrase(frames, mention)
            rule = "phrase"
        if found is None or found.type not in _LOCATED:
            continue
        ident = (found.ident, jurisdiction.ident)
        if ident in seen or found.name.casefold() == jurisdiction.name.casefold():
            continue
        seen.add(ident)
        claims.append(
            Claim("IN_JURISDICTION", found, jurisdiction, "established",
                  f"{frames.language}.in_jurisdiction.{rule}", _CONFIDENCE, frames.sentence)
        )  # fmt: skip
        shared = _shared_with(frames, found) if found.type == "Law" else None
        if shared is not None and (shared.ident, jurisdiction.ident) not in seen:
            # "Utah's Fair Trading and Data Privacy acts": both Acts are the state's
            seen.add((shared.ident, jurisdiction.ident))
            claims.append(
                Claim("IN_JURISDICTION", shared, jurisdiction, "established",
                      f"{frames.language}.in_jurisdiction.{rule}", _CONFIDENCE, frames.sentence)
            )  # fmt: skip
    pairs = [(p, "enacted") for p in _enacted(frames)]
    pairs += [(p, "anaphor") for p in _anaphoric(frames)]
    for (law, jurisdiction), rule in pairs:
        ident = (law.ident, jurisdiction.ident)
        if ident not in seen:
            seen.add(ident)
            claims.append(
                Claim("IN_JURISDICTION", law, jurisdiction, "established",
                      f"{frames.language}.in_jurisdiction.{rule}", _CONFIDENCE, frames.sentence)
            )  # fmt: skip
    return claims


def _enacted(frames: SentenceFrames) -> list[tuple[Option, Option]]:
    """ "US Congress passed FOSTA", "door het Amerikaanse Congres aangenomen": a law that a
    jurisdiction's legislature passes belongs to that jurisdiction."""
    if frames.words.isdisjoint(ENACT_VERBS):  # no token's form or lemma is such a verb
        return []
    tokens = frames.tokens
    out = []
    for i, token in enumerate(tokens):
        if token.lower not in LEGISLATURES:
            continue
        jurisdiction = None
        for m in frames.mentions:
            if m.last == i and "place" in m.extra:  # "het Amerikaanse Congres"
                jurisdiction = m.option_for(_JURISDICTION)
            elif m.first <= i < m.last:  # "US Congress" read as one name
                places = find_places(m.text, frames.language)
                if places:
                    jurisdiction = Option("Jurisdiction", places[0].name)
        if jurisdiction is None:
            continue
        for law in frames.mentions:
            option = law.option_for(("Law",))
            span = range(min(i + 1, law.last), max(i, law.first))
            if option is None or len(span) > _ENACT_WINDOW:
                continue
            # the verb between them, or right after in a verb-final clause ("aangenomen")
            verbs = range(span.start, min(len(tokens), span.stop + _VERB_AFTER + 1))
            if any(tokens[k].lemma in ENACT_VERBS or tokens[k].lower in ENACT_VERBS for k in verbs):
                out.append((option, jurisdiction))
    return out


def _anaphoric(frames: SentenceFrames) -> list[tuple[Option, Option]]:
    """ "Britain's regulator fined X under the country's Online Safety Act": a definite
    "the country's" (state's, bloc's) before a law or court is the sentence's one
    jurisdiction of that kind named before it; with two such jurisdictions, none."""
    anaphors = ANAPHORS.get(frames.language)
    if not anaphors or frames.words.isdisjoint(_ANAPHOR_FORMS):
        return []
    tokens = frames.tokens
    out: list[tuple[Option, Option]] = []
    for i in range(1, len(tokens) - 1):
        lower = tokens[i].lower
        if not possessive(lower) or tokens[i - 1].lower not in ARTICLES:
            continue
        kind = anaphors.get(lower[:-2])
        if kind is None:
            continue
        named = {
            option.ident: option
            for m in frames.mentions
            if m.last <= i - 1
            and "place" in m.extra
            and m.extra["place"].kind == kind
            and not _seat_adjective(frames, m)  # "U.S.-based": a seat, not the country meant
            for option in [m.option_for(_JURISDICTION)]
            if option is not None
        }
        if len(named) != 1:
            continue
        found = _possessed(frames, i + 1, ("Law", "Court"))
        if found is not None:
            out.append((found, next(iter(named.values()))))
    return out


def _possessed(frames: SentenceFrames, j: int, types: tuple[str, ...]) -> Option | None:
    """The law or court named at token j, after at most _MAX_MODIFIERS modifiers and any
    quotation marks ("the country's new “Online Safety Act”")."""
    tokens = frames.tokens
    start = j
    while j < len(tokens) and j - start < _MAX_MODIFIERS + 1:
        if tokens[j].text in _QUOTES:
            j += 1
            start += 1
            continue
        if _starts_mention(frames, j):
            following = next(m for m in frames.mentions if m.first == j)
            return None if following.kind == "weak" else following.option_for(types)
        if not _modifier(tokens[j].lower, frames.language):
            return None
        j += 1
    return None


def _modifier(word: str, language: str) -> bool:
    """A lower-case word that may stand between a possessive and its noun ("the EU's new
    online safety law"): no function word, verb auxiliary or conjunction."""
    return (
        word.isalpha()
        and word.islower()
        and word not in PREPOSITIONS
        and word not in CONJUNCTIONS
        and word not in COPULAS
        and word not in PASSIVE_AUX.get(language, frozenset())
        and word not in SUBORDINATORS.get(language, frozenset())
        and word not in CASE_VERBS
        and word not in SKIPPABLE  # an article starts another noun phrase
        and word not in INDEFINITE
    )


def _seat_adjective(frames: SentenceFrames, place: Mention) -> bool:
    """Is the place the stem of an adjective of seat ("Luxembourg-based", the pack's
    `adjective_endings`)? A seat is no jurisdiction (docs/annotation.md, IN_JURISDICTION)."""
    # hyphened endings only: Dutch "-se" makes the adjective itself ("Amerikaanse wet")
    endings = tuple(e for e in ADJECTIVE_ENDINGS.get(frames.language, ()) if e.startswith("-"))
    if not endings:
        return False
    tokens = frames.tokens
    text = tokens[place.last - 1].text
    if text.endswith(endings):
        return True
    if place.last >= len(tokens):
        return False
    nxt = tokens[place.last].text
    after = tokens[place.last + 1].text if place.last + 1 < len(tokens) else ""
    return nxt.startswith(endings) or (nxt == "-" and ("-" + after).startswith(endings))


def _shared_with(frames: SentenceFrames, law: Option) -> Option | None:
    """The second of two Acts that share their head ("Fair Trading and Data Privacy acts")
    when `law` is the first."""
    tokens = frames.tokens
    for first in frames.mentions:
        option = first.option_for(("Law",))
        if option is None or option.ident != law.ident:
            continue
        for second in frames.mentions:
            if shares_head(first, second, tokens):
                return second.option_for(("Law",))
    return None


def _attached(frames: SentenceFrames, place: Mention) -> Option | None:
    """What the place's possessive or adjective (or the place name used as one) describes:
    a law, court or case mention right after it, a law noun with its law in apposition, or
    the sentence's case after a case or court noun or "under ... law"."""
    tokens = frames.tokens
    info = place.extra["place"]
    describes = info.possessive or place.extra.get("adjective", False)
    j = place.last
    if info.possessive and j < len(tokens) and tokens[j].text in _APOSTROPHES:
        j += 1  # "Arkansas' Deceptive Trade Practices Act": the bare apostrophe's own token
    quoted = 0  # "the UK's “Online Safety Act”": quotation marks are no modifiers
    bodies = PUBLIC_BODIES.get(frames.language, frozenset()) if describes else frozenset()
    while j < len(tokens) and j - place.last - quoted < _MAX_MODIFIERS:
        if describes and tokens[j].text in _QUOTES:
            j += 1
            quoted += 1
            continue
        if _starts_mention(frames, j) or _head(tokens[j].lower) or tokens[j].lower in bodies:
            break
        if not _modifier(tokens[j].lower, frames.language) or tokens[j].lemma in CASE_VERBS:
            return None
        j += 1
    if j >= len(tokens):
        return None
    following = next((m for m in frames.mentions if m.first == j and m is not place), None)
    if following is not None and tokens[j].lower in SKIPPABLE:
        return None  # "the United Kingdom welcomed the lawsuit": an article opens another phrase
    if following is not None:
        # an unknown capitalised word is a law only where a law's verb says so
        types = ("Court", "Case") if following.kind == "weak" else ("Law", "Court", "Case")
        option = following.option_for(types)
        if option is not None and (describes or option.type != "Law"):
            return option
        return None
    if describes:
        held = _pointed_back(frames, place, j)
        if held is not None:
            return held  # "Deze Europese wetgeving": the law named before
    lower = tokens[j].lower
    if lower in LAW_HEADS.get(frames.language, frozenset()):
        law = _apposed(frames, place, j, "Law")
        if law is not None:
            return law
        if place.first > 0 and tokens[place.first - 1].lower in LAW_PREPS:
            return _sentence_case(frames, j)  # "under French law", "naar Frans recht"
        return None
    if lower in CASE_NOUNS:
        return _case_at(frames, j)
    if info.kind == "country" and lower in bodies:
        return _brought_case(frames, j)
    if lower in _JUDGES and info.kind == "state":
        # "a New Mexico judge dismissed the suit": the state of an unnamed judge's court
        return _court_case(frames, j)
    if lower in COURT_NOUNS:  # "X Superior Court, a California state trial court"
        court = _apposed(frames, place, j, "Court")
        if court is not None or _named_court_at(frames, j) or info.kind != "state":
            return court  # "an American federal appeals court": the country is no court's
        # "a Delaware state court revived the suit": the unnamed court's state is the case's
        return _court_case(frames, j)
    return None


def _pointed_back(frames: SentenceFrames, place: Mention, j: int) -> Option | None:
    """ "... breached the Digital Services Act. This European legislation ...", "Deze
    Europese wetgeving": a demonstrative noun phrase whose head (at j) points back to a law
    or court holds the place adjective, which then places that law or court; only when the
    one law or court of its type named in this sentence before it and in the sentence
    before is that one."""
    demonstratives = DEMONSTRATIVES.get(frames.language)
    if not demonstratives:
        return None
    tokens = frames.tokens
    for m in frames.mentions:
        if (
            m.kind != "coref"
            or m.last != j + 1
            or m.first >= place.first
            or tokens[m.first].lower not in demonstratives
        ):
            continue
        option = m.option_for(("Law", "Court"))
        if option is None:
            return None
        history = frames.discourse.history
        earlier = [x for x in frames.mentions if x.last <= m.first and x.kind != "coref"]
        earlier += history[-1] if history else []
        named = {o.ident for x in earlier for o in [x.option_for((option.type,))] if o is not None}
        return option if named == {option.ident} else None
    return None


def _named_court_at(frames: SentenceFrames, j: int) -> bool:
    """Is the court noun at j a word of a court's name ("Texas Supreme Court")?"""
    return any(m.first <= j < m.last and m.option_for(("Court",)) for m in frames.mentions)


def _head(lower: str) -> bool:
    return lower in CASE_NOUNS or lower in COURT_NOUNS or lower in _LAW_HEADS or lower in _JUDGES


def _starts_mention(frames: SentenceFrames, j: int) -> bool:
    return any(m.first == j for m in frames.mentions)


def _apposed(frames: SentenceFrames, place: Mention, j: int, type_name: str) -> Option | None:
    """The law or court that a noun phrase of its kind stands in apposition to: after it
    ("de Europese wet DSA", "the U.S. law, FOSTA,") or before it ("Section 98.002, a Texas
    statute", "X Superior Court, a California state trial court")."""
    tokens = frames.tokens
    k = j + 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    after = next((m for m in frames.mentions if m.first == k), None)
    if after is not None and after.option_for((type_name,)) is not None:
        return after.option_for((type_name,))
    k = place.first - 1
    if k >= 0 and tokens[k].lower in APPOSITION_DETERMINERS.get(frames.language, frozenset()):
        k -= 1
    if k >= 1 and tokens[k].text == ",":
        end = _before_brackets(tokens, k)  # "the Digital Services Act (DSA), an EU law"
        before = next((m for m in frames.mentions if m.last == end), None)
        if before is not None:
            return before.option_for((type_name,))
    return None


#: The most words a bracketed short form or gloss between a name and its apposition holds.
_BRACKET_WORDS: Final = 4


def _before_brackets(tokens: list, end: int) -> int:
    """Where the name before `end` ends, over a short bracketed part right before it: the
    opening bracket's index ("X (XYZ),"), or `end` itself when no bracket closes there."""
    if end < 1 or tokens[end - 1].text != ")":
        return end
    for k in range(end - 2, max(-1, end - 3 - _BRACKET_WORDS), -1):
        if tokens[k].text == "(":
            return k
    return end


def _case_at(frames: SentenceFrames, j: int) -> Option | None:
    """The case a case noun at token j names: a lawsuit frame's trigger there, or a case
    mention holding it ("the French investigation" pointing back)."""
    for t0, case in frames.frame_cases:
        if j - 1 <= t0 <= j + 2:
            return case
    for m in frames.mentions:
        if m.first <= j < m.last:
            return m.option_for(("Case",))
    return None


def _brought_case(frames: SentenceFrames, j: int) -> Option | None:
    """The case a country's unnamed public body at token j brings ("de Franse autoriteiten
    openden een onderzoek naar X", "French authorities charged X"): a lawsuit frame's case
    whose trigger follows the body in its clause."""
    clause = frames.tokens[j].clause
    cases = {
        case.ident: case
        for t0, case in frames.frame_cases
        if t0 > j and frames.tokens[t0].clause == clause
    }
    return next(iter(cases.values())) if len(cases) == 1 else None


def _sentence_case(frames: SentenceFrames, j: int) -> Option | None:
    """The case a sentence with a case's verb is about ("sued in a Texas court")."""
    if not _has_case_verb(frames):
        return None
    return frames.case_in_sentence(j)


def _has_case_verb(frames: SentenceFrames) -> bool:
    return bool(frames.frame_cases) or not CASE_VERBS.isdisjoint(frames.sentence.lemmas)


def _place_phrase(frames: SentenceFrames, place: Mention) -> Option | None:
    """ "charged in France", "in Frankrijk vervolgd": a place phrase in the clause of a
    case's verb places the case that verb is about."""
    tokens = frames.tokens
    if place.extra.get("adjective") or place.first == 0:
        return None
    prep = place.first - 1
    if (
        prep > 1
        and tokens[prep].lower in OF
        and tokens[prep - 1].lower in STATE_TITLES[frames.language]
    ):
        prep -= 1  # "in the state of California"
    if prep > 0 and tokens[prep].lower in STATE_TITLES[frames.language]:
        prep -= 1  # "in de staat Californië"
    adjective = next(
        (m for m in frames.mentions if m.last == prep + 1 and m.extra.get("adjective")), None
    )
    if adjective is not None and adjective.first > 0 and tokens[prep].text[:1].isupper():
        prep = adjective.first - 1  # "in de Amerikaanse staat Californië"
    if prep > 0 and tokens[prep].lower in ARTICLES:
        prep -= 1  # "in the Netherlands"
    if tokens[prep].lower not in JURISDICTION_PREPS:
        return None
    if "place" not in place.extra and prep > 0 and tokens[prep - 1].clause == tokens[prep].clause:
        return None  # a titled state ("de staat Texas") only as a fronted phrase
    described = _described_by(frames, prep - 1) if prep > 2 else None
    if described is not None:
        return described  # "de Hoge Raad, de belangrijkste rechter in Nederland"
    if prep > 1 and _one_court(frames, place, prep):
        # "filed in a state court in Delaware", "a federal court in Florida found X liable",
        # "een rechter in Ierland": the unnamed court's place is the case's
        return _court_case(frames, prep - 1)
    if prep > 0 and (tokens[prep - 1].lower in ROLES or tokens[prep - 1].lower in COURT_NOUNS):
        return None  # "a judge in Texas", "state courts in California": not the case's place
    if prep > 0 and (tokens[prep - 1].lower in SEAT_WORDS or tokens[prep - 1].lemma in SEAT_WORDS):
        return None  # "during the inquiry X settled in Ireland": a party's seat, no case's place
    if not place_attaches(frames, place):
        return None  # "child-safety groups in Canada welcomed the suit"
    clause = tokens[place.first].clause
    segment = frames.segment
    for i in range(max(0, prep - _PHRASE_WINDOW), min(len(tokens), place.last + _PHRASE_WINDOW)):
        token = tokens[i]
        if token.clause != clause or segment[i] != segment[prep]:
            continue
        if case_verb_word(token) or token.lower in CASE_NOUNS:
            if any(tokens[k].lower in OTHER for k in range(max(0, i - 2), i)):
                return None  # "settled a similar case in Florida": another case's place
            for t0, case in frames.frame_cases:
                if tokens[t0].clause == clause:
                    return case
            return frames.case_in_sentence(i)
    return None


def _described_by(frames: SentenceFrames, noun: int) -> Option | None:
    """The court or law that the noun phrase ending in the court, judge or law noun at
    `noun` stands in apposition to: "the Hoge Raad, the highest court (in X)", "de AVG, de
    Europese privacywet (in X)": a name, a comma, an article and at most _MAX_MODIFIERS
    lower-case modifiers before the noun."""
    tokens = frames.tokens
    lower = tokens[noun].lower
    if lower in COURT_NOUNS or lower in _JUDGES:
        kind = "Court"
    elif lower in LAW_HEADS.get(frames.language, frozenset()):
        kind = "Law"
    else:
        return None
    k = noun - 1
    while k > noun - 1 - _MAX_MODIFIERS and k > 1 and _modifier(tokens[k].lower, frames.language):
        k -= 1
    if tokens[k].lower not in ARTICLES or tokens[k - 1].text != ",":
        return None
    before = next((m for m in frames.mentions if m.last == k - 1), None)
    return None if before is None else before.option_for((kind,))


def _one_court(frames: SentenceFrames, place: Mention, prep: int) -> bool:
    """Does one unnamed court (or its judge) stand before the place phrase ("in a state court
    in Delaware", "a federal court in Florida", "a federal judge in Virginia ruled", "de rechter
    in Ierland"), not courts there in
    general ("state courts in California") nor a named court ("the Court of Appeal in
    London")?"""
    tokens = frames.tokens
    noun = prep - 1
    lower = tokens[noun].lower
    if lower not in COURT_NOUNS and lower not in _JUDGES:
        return False  # "a judge in Texas" stands for the court he sits in, as "a court" does
    if (
        lower in _PLURAL_NOUNS
        or tokens[noun - 1].lower in _PLURAL_CUES
        or _named_court_at(frames, noun)
    ):
        return False
    # an article or a modifier and an article before the noun: "a court", "a federal court"
    for k in range(noun - 1, max(-1, noun - 3), -1):
        word = tokens[k].lower
        if word in INDEFINITE or word in ARTICLES:
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


def _court_case(frames: SentenceFrames, j: int) -> Option | None:
    """The case an unnamed court at token j hears: the sentence's case ("sued in a Texas
    court"), else the document's case when the court rules on it ("a federal court in Florida
    found the site liable", naming a party of it), never another case ("a similar case in
    Florida")."""
    case = _sentence_case(frames, j)
    if case is not None:
        return case
    if not OTHER.isdisjoint(frames.words) or not frames.words & RULINGS[frames.language]:
        return None
    named = frames.case_in_sentence(j)  # "a New Mexico judge dismissed the lawsuit"
    if named is not None:
        return named
    current = frames.discourse.current_case()
    if current is None or not frames.names_a_party(current):
        return None  # "a verdict against Y in Virginia federal court": Y's case, not this one
    return current.option
