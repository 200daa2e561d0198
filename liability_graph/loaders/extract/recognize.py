"""Rules that find names the gazetteer does not know: companies, domains, case captions,
laws and citations, courts, organisations, people introduced by a role, plaintiff groups.

Each rule proposes a span and its possible readings; the sentence's known names win where
spans clash, and a rule span that contains a known name of a fitting type becomes that
entity ("U.S. District Court for the District of Arizona" -> the known court).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Final

import ahocorasick

from liability_graph.loaders.extract.dates import DateCues, cue_word_kinds
from liability_graph.loaders.extract.lexicon import (
    ACT_PLURALS,
    ADJECTIVE_JURISDICTION,
    AGE_ENDINGS,
    AND,
    ANONYMOUS_FIRST,
    ANONYMOUS_LAST,
    ARTICLES,
    BEFORE_COURT,
    BILL_CHAMBERS,
    BILL_WORDS,
    BRANCH_SUFFIXES,
    CAPTION_CONNECTORS,
    COMPANY_WORDS,
    COURT_NOUNS,
    COURT_WORDS,
    CURRENCY_CODES,
    DEMONYMS,
    ENFORCER_HEADS,
    FORMER,
    GROUP_NOUNS,
    GROUP_OPENERS,
    GROUP_QUANTIFIERS,
    HONORIFICS,
    INDEFINITE,
    JURISDICTION_ADJECTIVES,
    KIN_NOUNS,
    LAW_HEADS,
    LAW_TITLE_CONNECTORS,
    LAW_TITLE_DETERMINERS,
    LAW_TITLE_ENDS,
    LAW_TITLE_LOWER_ENDS,
    LEGAL_FORM_SPELLINGS,
    LEGAL_FORMS,
    LIST_OPENERS,
    MONTHS,
    NAME_HEADS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAMELY,
    NOT_IN_PERSON_NAMES,
    NOT_NAME_START,
    NOT_NAMES,
    NP_WORDS,
    NUMBERS,
    OF,
    ORG_ADJECTIVES,
    ORG_HEADS,
    ORGANIZATION_GROUP_NOUNS,
    PARTY_TITLES,
    PERSON_DESCRIPTORS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PREPOSITIONS,
    REGULATION_WORDS,
    RELATIVES,
    ROLE_DETERMINERS,
    ROLE_RELATION,
    ROLES,
    RUN_CONNECTORS,
    SECTION_WORDS,
    STATE_TITLES,
    TITLE_POSSESSIVES,
    adjectival,
)
from liability_graph.loaders.extract.mentions import Option
from liability_graph.loaders.extract.places import PlaceForm, PlaceWord, lower_forms, named_forms
from liability_graph.loaders.extract.places import kinds as jurisdiction_kinds
from liability_graph.loaders.extract.search import (
    ODD_CASE,
    START_ANYWHERE,
    START_CAPITAL_DIGIT_HASH,
    START_CAPITAL_OR_WORD,
    START_NOT_AFTER_WORD,
    START_WORD,
    WordPlaces,
    finditer_at_digits,
    finditer_at_words,
    finditer_near,
    finditer_within,
    has_digit,
    is_word_char,
    occurrences,
    opening_words,
    run_back,
    words_back,
)
from liability_graph.loaders.extract.text import is_known_word, lemma, possessive
from liability_graph.loaders.languages import Pack, extraction_packs, union
from liability_graph.yaml_data import load_data


def _split(value: object) -> frozenset[str]:
    return frozenset(str(value or "").split())


def _alternation(words: frozenset[str], ignore_first_case: bool = False) -> str:
    """A regex alternation of words, longest first (so a longer word wins where both fit)."""
    return "|".join(
        _spaced(w, ignore_first_case) for w in sorted(words, key=lambda w: (-len(w), w))
    )


def _spaced(phrase: str, ignore_first_case: bool = False) -> str:
    """A phrase as a regex: words escaped, any whitespace between them; with
    `ignore_first_case` each word's first letter in either case."""
    parts = []
    for word in phrase.split():
        escaped = re.escape(word)
        if ignore_first_case and word[:1].isalpha():
            escaped = f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"
        parts.append(escaped)
    return r"\s+".join(parts)


class Found:
    """A span found by a rule (offsets relative to the sentence)."""

    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("end", "extra", "options", "rule", "start")

    def __init__(
        self,
        start: int,
        end: int,
        options: tuple[Option, ...],
        rule: str,
        extra: dict | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.options = options
        self.rule = rule
        self.extra: dict = {} if extra is None else extra

    def _values(self) -> tuple:
        return (
            self.start,
            self.end,
            self.options,
            self.rule,
            self.extra,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Found):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Found(start={self.start!r}, end={self.end!r}, options={self.options!r}, rule={self.rule!r}, extra={self.extra!r})"


_CAP: Final = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&-]*(?:\.[A-Za-z]+)*\.?|\d+(?:st|nd|rd|th)\b)"
#: Lower-case words a capitalised run spans: these, and the packs' name connectors
#: ("Coimisiún na Meán", "Garante per la Protezione dei Dati Personali").
_CONN: Final = rf"(?:{_alternation(RUN_CONNECTORS)})"
#: _CAP never inside a word, written to begin with one character class (the look-behind
#: after it), which lets re skip ahead to the next capital or digit instead of trying the
#: pattern at every character.
_CAP_FIRST: Final = (
    r"(?:[A-Z\d](?:(?<!\w[A-Z\d])|(?<=(?<![\w.'’@/#-])[a-z][A-Z])|(?<=(?<![\w.'’@/#-])[a-z]{2}[A-Z]))"
    r"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])[\w'’&-]*(?:\.[A-Za-z]+)*\.?"
    r"|(?<=\d)\d*(?:st|nd|rd|th)\b))"
)
#: A brand whose first word opens with one or two lower-case letters ("eBay", "iQuill"); a
#: run starts at its capital (_CAP_FIRST) and _add_run takes the letters before it.
_LOWER_BRAND: Final = re.compile(r"[a-z]{1,2}[A-Z][a-z]{2,}[A-Za-z\d]*")
_RUN: Final = re.compile(rf"{_CAP_FIRST}(?:[ \t\n]+(?:{_CONN}[ \t\n]+)*{_CAP})*")
#: _RUN for a text without digits, where its first character can only be a capital: re
#: skips ahead over a plain letter range about three times as fast as over one that holds
#: the digit category (\d), so sentences without digits are scanned with this one.
_RUN_LETTER: Final = re.compile(_RUN.pattern.replace(r"(?:[A-Z\d]", "(?:[A-Z]", 1))
#: A legal form that ends a company's name, as the packs spell it (longest first, so
#: "Corporation" is taken whole, not as "Corp").
_SUFFIX: Final = rf"(?:{_alternation(LEGAL_FORM_SPELLINGS)})"
_COMMA_SUFFIX: Final = re.compile(rf",?\s+{_SUFFIX}(?![\w])")
_WHOLE_SUFFIX: Final = re.compile(_SUFFIX)


#: The last word of each legal form: a name that ends with none has no legal form to drop.
_SUFFIX_LAST_WORDS: Final = tuple(sorted({s.split()[-1] for s in LEGAL_FORM_SPELLINGS}))


def without_legal_form(name: str) -> str:
    """The name without a legal form at its end ("Serverhuis" of "Serverhuis B.V.")."""
    if not name.endswith(_SUFFIX_LAST_WORDS):
        return name  # the first match must end the name, so with a legal form's last word
    found = _COMMA_SUFFIX.search(name)
    return name[: found.start()] if found is not None and found.end() == len(name) else name


def lower_brand(word: str) -> bool:
    """Is the word a brand that opens with lower-case letters ("eBay", "iQuill")?"""
    return _LOWER_BRAND.fullmatch(word) is not None


def legal_form(word: str) -> bool:
    """Is the word a legal form ("Inc.", "B.V.")?"""
    return _WHOLE_SUFFIX.fullmatch(word) is not None


#: The first character of every legal form.
_SUFFIX_FIRST: Final = frozenset(form[0] for form in LEGAL_FORM_SPELLINGS)
_KEEP_DOT: Final = re.compile(
    r"(?:\b[A-Z]\.|Inc\.|Corp\.|Co\.|Ltd\.|Cir\.|Jr\.|Sr\.|N\.V\.|B\.V\.|S\.A\.|L\.L\.C\.)$"
)
_SUFFIX_END: Final = re.compile(rf"(?:^|\s){_SUFFIX}$")
_DOMAIN: Final = re.compile(
    r"(?<![@/\w.])(?:www\.)?([A-Za-z][\w-]{2,}\.(?:com|net|org|nl|be|io|co|tv|eu|fm|app|ai|me|gg"
    r"|info|xyz|de|fr|uk|ru|ly|ro|to|cc|se|ch|it|pl|es|su"
    # a brand written as a domain in capitals ("Character.AI", "Poly.AI")
    r"|AI|IO|TV|APP|COM|NET|ORG))\b"
)
_PARTY_CONN: Final = rf"(?:{_alternation(CAPTION_CONNECTORS)})"
#: The first names and the surnames of anonymous parties, as regex alternations ("Jane",
#: "Does").
DOE_FIRST: Final = _alternation(ANONYMOUS_FIRST)
DOE_LAST: Final = _alternation(ANONYMOUS_LAST)
#: A defendant written digits first ("Santana v. 23andMe"), as DIGIT_BRAND reads brands.
_DIGIT_FIRST: Final = r"\d+[A-Za-z]{3,}\w*(?![\w-])"
_CAPTION: Final = re.compile(
    rf"(?P<a>(?:{_CAP}|{DOE_LAST}|\d+(?:-\d+)?|#\d+)(?:[ \t\n]+(?:{_PARTY_CONN}[ \t\n]+)*(?:{_CAP}|\d+(?:-\d+)?|#\d+))*)"
    rf"(?:,?[ \t\n]+{_SUFFIX}(?![\w]))?"  # "Quillon Labs, Inc. v. Brell": its legal form
    rf"(?:,?[ \t\n]+et[ \t\n]+al\.?)?"  # "Neville et al v. Snap, Inc.": more plaintiffs
    rf"[ \t\n]+(?P<v>vs?\.|v(?=[ \t\n]+[A-Z]))[ \t\n]+"
    rf"(?P<b>(?:{_CAP}|{_DIGIT_FIRST})(?:[ \t\n]+(?:{_PARTY_CONN}[ \t\n]+)*{_CAP})*"
    rf"(?:,?\s+{_SUFFIX}|,?\s+et\s+al\.)?)"
)
_IN_RE: Final = re.compile(rf"\bIn re[ \t\n]+(?P<b>{_CAP}(?:[ \t\n]+{_CAP})*(?:,?\s+{_SUFFIX})?)")
_SECTION: Final = re.compile(
    rf"\b(?:{_alternation(SECTION_WORDS, ignore_first_case=False)})\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\([a-z0-9]+\))*)"
    rf"(?:\s+(?:{_alternation(OF)})\s+(?:(?:{_alternation(ARTICLES)})\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?){{1,8}}(?:Act|Code)))?"
)
#: "\b(\d+)\s+U...", written to start with the digit (the look-behind after it)
_USC: Final = re.compile(
    r"(\d(?<!\w\d)\d*)\s+U\.?\s?S\.?\s?C\.?\s*(?:A\.?\s*)?(?:§+|[Ss]ec(?:tion|\.)?)?\s*(\d+[a-z]?(?:\([a-z0-9]+\))*)"
)
_ACT_YEAR: Final = re.compile(r"(?:\s+of)?\s+(\d{4})\b")
_EU_ACT_WORDS: Final = tuple(sorted(REGULATION_WORDS))
_EU_ACT: Final = re.compile(
    rf"\b(?:{_alternation(REGULATION_WORDS)})\s+(?:\((?:EU|EG|EC|EEG)\)\s+)?(?:No\.?\s+|nr\.?\s+)?\d{{2,4}}/\d{{1,4}}(?:/(?:EU|EG|EC|EEG))?"
)


#: Courts described by kind and seat, and the seats of courts (language-neutral data).
_COURTS_FILE: Final = Path(__file__).resolve().parent.parent / "courts.yaml"


class _NamePatterns:
    """One language pack's own patterns of law and court names (its `names:` section)."""

    __slots__ = (
        "court", "court_links", "cues", "foreign_seats", "kept_links", "law", "law_needs",
        "links", "own_seats", "seats", "stops", "whole_words",
    )  # fmt: skip

    def __init__(self, item: Pack) -> None:
        self.cues = tuple(sorted(_split(item.names("cues"))))
        self.seats = _court_seats(item)
        #: cities only another system's courts sit in ("Chicago"): "de rechtbank in Chicago"
        #: is no court of this pack's own pattern ("Rechtbank Chicago")
        self.foreign_seats = _all_court_places() - self.seats
        #: the seats of the courts the pack's own court nouns name ("Rechtbank {seat}",
        #: "Hof van Beroep {seat}"): after a link ("de rechtbank in X") only these make a
        #: court's name; "de rechtbank in Londen" is no "Rechtbank Londen"
        self.own_seats = _court_seats(item, own_only=True)
        self.court_links = frozenset(w.lower() for w in _split(item.names("court_links")))
        self.stops = _split(item.names("law_stops"))
        self.kept_links = _split(item.names("law_kept_links"))
        # the words a law's short form leaves out ("Wet op het financieel toezicht", Wft;
        # "in collectieve actie")
        self.links = _split(item.names("law_links")) | _split(item.names("law_stops"))
        word = str(item.names("law_word") or "")
        laws = []
        if word:
            links = _alternation(_split(item.names("law_links")))
            laws.append(
                rf"\b({word}(?:\s+(?:{links})){{0,3}}(?:\s+[a-z][a-z-]+){{1,3}}(?:\s+[IVX]+)?)\b"
            )
            tails = _alternation(_split(item.names("law_tails")))
            laws.append(rf"\b([A-Z][a-z]+{word.lower()}(?:{tails})?)\b")
        else:
            laws += [r"(?!)", r"(?!)"]
        written = [str(c) for c in item.names("law_codes") or ()]
        codes = [_spaced(c) for c in written]
        laws.append(rf"\b((?:{'|'.join(codes) or '(?!)'})\s+[A-Z][a-z]+)\b")
        self.law = re.compile("|".join(laws))
        #: what every match of `law` holds: the law word, as written or in lower case, or
        #: a code's first word (an empty code: anything)
        firsts = [c.split()[0] if c.split() else "" for c in written]
        self.law_needs = tuple(sorted({*((word, word.lower()) if word else ()), *firsts}))
        self.whole_words = frozenset(
            w.lower() for w in (word, *(f"{word}{t}" for t in _split(item.names("law_tails")))) if w
        )
        nouns = "|".join(
            _spaced(n, ignore_first_case=True) for n in item.names("court_nouns") or ()
        )
        courts = sorted(item.names("courts") or (), key=len, reverse=True)
        self.court = re.compile(
            rf"\b(?:{nouns or '(?!)'})(?:\s+(?:{_alternation(_split(item.names('court_links')))}))?"
            # a seat of one word, or of two after "Den" ("Den Haag"): not "de rechtbank
            # Amsterdam TikTok (te veroordelen)"
            r"\s+((?:'s-)?[A-Z][\w-]+(?:(?<=\bDen)\s+[A-Z][\w-]+)?)"
            rf"|\b({'|'.join(re.escape(c) for c in courts) or '(?!)'})\b"
        )


def _all_court_places() -> frozenset[str]:
    """Every place name loaders/courts.yaml holds in a list (seats, districts' cities)."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    places: set[str] = set()
    todo: list[object] = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            places.update(str(x) for x in item if isinstance(x, str))
            todo.extend(x for x in item if not isinstance(x, str))
    return frozenset(places)


def _court_seats(item: Pack, own_only: bool = False) -> frozenset[str]:
    """Every seat a court of loaders/courts.yaml sits at (with its other spellings), the
    seats of the pack's city adjectives and its court districts ("Noord-Holland").
    With `own_only`, only the court systems whose trial or appeal court's name opens with
    one of the pack's court nouns ("Rechtbank {seat}": the Dutch and Belgian courts for the
    Dutch pack)."""
    nouns = tuple(str(n).lower() for n in item.names("court_nouns") or ())
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    seats: set[str] = set()
    for table in data.values():
        if not isinstance(table, dict):
            continue
        if own_only:
            names = [str(table.get(level) or "").lower() for level in ("trial", "appeal")]
            if not any(name.startswith(nouns) for name in names if name):
                continue
        for seat, forms in (table.get("seats") or {}).items():
            seats.update([str(seat), *(str(f) for f in forms or ())])
        seats.update(str(v) for v in (table.get("appeal_seats") or {}).values())
    seats.update(str(v) for v in (item.names("court_city_adjectives") or {}).values())
    seats.update(_split(item.names("court_districts")))
    return frozenset(seats)


#: The word before a court's article that makes the court the subject of a verb-second
#: clause ("heeft de rechtbank X veroordeeld"): a lower-case word, no preposition.
_WORD_BEFORE_ARTICLE: Final = re.compile(rf"(?<![\w-])([a-z]+)\s+(?:{_alternation(ARTICLES)})\s+$")


def _seat_is_object(text: str, match: re.Match[str], patterns: _NamePatterns) -> bool:
    """Is the capitalised word after a court noun the object of a verb-second clause, not
    the court's seat ("Gisteren heeft de rechtbank Zorvik veroordeeld")? When it is no
    known seat and a verb, not a preposition, stands before the court's article."""
    return match.group(1) not in patterns.seats and _verb_before_article(text, match.start())


def _linked_seat(text: str, match: re.Match[str], patterns: _NamePatterns) -> bool:
    """Does a link ("in", "te", "van") stand between the court's noun and the place after
    it ("de rechtbank in Londen", not "rechtbank Rotterdam")?"""
    before = text[match.start() : match.start(1)].split()
    return bool(before) and before[-1].lower() in patterns.court_links


def _verb_before_article(text: str, at: int) -> bool:
    """Does a lower-case word that is no preposition stand before the article before `at`
    ("heeft de rechtbank", not "bij de rechtbank")?"""
    before = _WORD_BEFORE_ARTICLE.search(text, max(0, at - 30), at)
    return before is not None and before.group(1) not in PREPOSITIONS


_NAME_PATTERNS: Final = tuple(
    _NamePatterns(item) for item in extraction_packs() if item.data.get("names")
)
#: The seats of every pack's courts (see _court_seats).
_ALL_SEATS: Final = frozenset(seat for patterns in _NAME_PATTERNS for seat in patterns.seats)


_DETERMINERS: Final = ARTICLES | INDEFINITE


class _AgedPersons:
    """Persons a text identifies only by age, kind and town ("een 41-jarige man uit Zwolle",
    "de 62-jarige Nederlander", "a 35-year-old man from Leeds"): named as the text describes
    them (the pack's `names.aged_persons`: the age word's ending, the nouns of persons, the
    words before a town)."""

    __slots__ = ("apposition", "cue", "pattern", "plain", "plain_cues", "plain_words")

    def __init__(self, item: Pack) -> None:
        data = item.names("aged_persons") or {}
        self.cue = str(data.get("marker") or "")
        numbers = "|".join(
            sorted((re.escape(str(w)) for w in item.mapping("numbers")), key=len, reverse=True)
        )
        nouns = _alternation(_split(data.get("nouns")))
        towns = _alternation(_split(data.get("from")))
        self.pattern = (
            re.compile(
                rf"(?<![\w-])(?P<age>(?:\d{{1,3}}-|(?:[a-z]+en)?(?:{numbers})-?){re.escape(self.cue)})"
                # a person noun, or a capitalised one ("Nederlander") that no name follows
                rf"\s+(?P<noun>(?:{nouns})(?![\w-])|[A-Z][a-zà-ÿ'’]+(?![\w'’-]|\s+[A-Z]))"
                rf"(?:\s+(?:{towns})\s+(?P<town>(?:'s-)?[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?))?"
            )
            if self.cue and nouns and numbers
            else None
        )
        # without an age, only after an indefinite article and with the town ("een vrouw
        # uit Utrecht", "a mother from Leeds"): "a woman" alone identifies no one
        plain = _alternation(_split(data.get("unaged_nouns")))
        articles = _alternation(item.words("indefinite"), ignore_first_case=True)
        self.plain_cues = tuple(  # " vrouw uit ": a cheap test before the pattern
            f" {noun} {word} "
            for noun in _split(data.get("unaged_nouns"))
            for word in _split(data.get("from"))
        )
        self.plain_words = tuple(f" {word} " for word in _split(data.get("from")))
        # "Pell, a 23-year-old man, ...": the description of a name before it
        self.apposition = re.compile(rf"[A-Z][\w'’.-]*,\s+(?:{articles})\s+$")
        self.plain = (
            re.compile(
                rf"(?<![\w-])(?:{articles})\s+(?P<noun>(?:{plain}))\s+(?:{towns})\s+"
                rf"(?P<town>(?:'s-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-]|\s+[A-Z])"
            )
            if plain and articles and towns
            else None
        )

    def find(self, text: str) -> list[Found]:
        out = self._plain(text)
        if self.pattern is None or self.cue not in text:
            return out
        for match in self.pattern.finditer(text):
            before = text[max(0, match.start() - 12) : match.start()].lower().split()
            if len(before) >= 2 and before[-1] in _DETERMINERS and before[-2] in OF:
                continue  # "the family of a 14-year-old boy": the family is the party
            if self.apposition.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Pell, a 23-year-old Ruritanian national": the person is Pell
            name = _clean(match.group())
            option = Option("Person", name, props=(("description", name),))
            age = match.group("age")[: -len(self.cue)].rstrip("-")
            extra = {"age": age, "noun": match.group("noun").lower()}
            out.append(Found(match.start(), match.end(), (option,), "aged", extra))
        return out

    def _plain(self, text: str) -> list[Found]:
        if self.plain is None or not any(word in text for word in self.plain_words):
            return []  # every cue holds one of the words before a town
        if not any(cue in text for cue in self.plain_cues):
            return []
        out = []
        for match in self.plain.finditer(text):
            start = match.start("noun")
            name = _clean(text[start : match.end()])
            option = Option("Person", name, props=(("description", name),))
            extra = {"age": "", "noun": match.group("noun").lower()}
            out.append(Found(start, match.end(), (option,), "aged", extra))
        return out


_AGED_PERSONS: Final = tuple(
    a for a in (_AgedPersons(item) for item in extraction_packs()) if a.pattern is not None
)
#: A name word: "Brooks", "Smith-Jones", or a surname after an initial and a hyphen
#: ("K-Brooks").
#: A capitalised name word; a surname may open with a prefix before a second capital
#: ("O'Grady", "McCarthy", "MacKenzie", "DeSantis").
#: "(?:[A-Z](?:[a-z]{1,2}|['’])(?=[A-Z]))?[A-Z]..." ("McAdams", "O'Brien"), written to start
#: with its capital so that a pattern that opens with a name lets re skip ahead to capitals
_NAME_WORD: Final = (
    r"[A-Z](?:(?:[a-z]{1,2}|['’])[A-Z])?"
    r"(?:[a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|-[A-Z][a-zà-ÿ'’]+)"
)
#: A surname particle, perhaps with its article after it ("van der Kolk", "De Varga").
_PARTICLE: Final = rf"(?:{_alternation(NAME_PARTICLES)})(?:\s+(?:der|den|de))?"
_PERSON: Final = (
    rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_PARTICLE}))*"
    rf"(?:\s+{_NAME_WORD}){{1,2}}"
)
#: A given name and one surname, surname particles between, that no capitalised word follows
#: ("Joost Brink", "Bram van der Kolk").
_PERSON_PAIR: Final = (
    rf"{_NAME_WORD}(?:\s+{_PARTICLE})*"
    rf"\s+{_NAME_WORD}(?![\w'’-]|\s+[A-Z])"
)
_ROLE_WORDS: Final = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
#: Words that open a relative clause, in any pack ("founder of the firm that sued Y").
RELATIVES_ALL: Final = frozenset({"that"}).union(*RELATIVES.values())
_ROLE_BEFORE: Final = re.compile(
    rf"(?:(?P<org>[A-Z][\w.'’&-]*)(?:'s|’s|-|\s+))?\b(?P<role>(?i:{_ROLE_WORDS}))"
    # "the attorney general of New Mexico, Raúl Torrez": the role's organisation or place
    # between the role and the name, closed by a comma
    rf"(?:\s+(?:{_alternation(OF)})\s+(?:the\s+)?(?P<org2>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*),"
    # "oprichter van Quillo Joost Brink", "the founder of Quillo Tamsin Orr": a one-word
    # organisation, then a name of a given name and one surname (particles between) that no
    # capitalised word follows; a longer run is never cut so ("owner of Pirate Bay Dana Vale")
    rf"|\s+(?:{_alternation(OF)})\s+(?P<org3>[A-Z][\w.'’&-]*)(?=\s+{_PERSON_PAIR}))?"
    # "Utah's attorney general, Sean Reyes, sued": the name set off by commas on both sides
    rf"(?:,(?=\s+{_PERSON},))?"
    rf"\s+(?P<name>{_PERSON})"
)
#: What follows the name in every _ROLE_AFTER match: the comma, the role and what may stand
#: between them (the rest of that pattern is optional).
_ROLE_AFTER_COMMA: Final = (
    rf",\s+(?:(?:{_alternation(ROLE_DETERMINERS)})\s+)?"
    rf"(?:(?:{_alternation(FORMER)})\s+)?"
    # the role's organisation or place as a possessive, or as a modifier ("Dana Morrow,
    # the Ohio attorney general")
    rf"(?:(?P<org>[A-Z][\w.'’&-]*)(?:'s|’s)\s+"
    rf"|(?<=\s)(?P<org3>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,2}})\s+(?=[a-z]))?"
    rf"(?P<role>(?i:{_ROLE_WORDS}))\b"
    # a modifier's apposition is closed ("Dana Morrow, the Ohio attorney general, sued"),
    # not a fronted phrase's name before the main clause's subject ("In a suit against
    # Quorvex Ltd, the Texas attorney general said")
    r"(?(org3)(?=\s*[,.;:)]))"
    r"(?!\s+[A-Z][a-z])"  # "X, its chief executive Mark Y": the role is Y's
)
_ROLE_AFTER: Final = re.compile(
    rf"(?P<name>{_PERSON}){_ROLE_AFTER_COMMA}"
    # "X, founder and CEO of Y": two roles of one organisation
    rf"(?:\s+(?:{_alternation(AND)})\s+(?P<role2>(?i:{_ROLE_WORDS}))\b(?=\s+(?:{_alternation(OF)})\s))?"
    rf"(?:\s+(?:{_alternation(OF)})\s+"
    # "founder of the web hosting company Epik": an article and a few lower-case words
    # (no relative clause) before the name
    rf"(?:(?:{_alternation(ROLE_DETERMINERS)})\s+(?:(?!(?:{_alternation(RELATIVES_ALL)})\b)[a-z][\w-]*\s+){{0,4}})?"
    rf"(?P<org2>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*))?"
)
_ROLE_AFTER_TAIL: Final = re.compile(_ROLE_AFTER_COMMA)
#: Words that open a fronted phrase before a main clause ("In a suit against X, the judge
#: ruled", "Following the complaint by X, the regulator ..."): a name that ends one is no
#: apposition of the role after its comma.
_FRONTING: Final = PREPOSITIONS | union("lawsuit_governors")
_DOE: Final = re.compile(rf"\b(?:{DOE_FIRST})\s+(?:{DOE_LAST})(?:\s+#?\d+(?:\s*-\s*\d+)?)?\b")
#: Every match of _DOE holds one of these ("Doe"): the anonymous surnames that hold no other.
_DOE_CUES: Final = tuple(
    sorted(w for w in ANONYMOUS_LAST if not any(o != w and o in w for o in ANONYMOUS_LAST))
)
_GROUP: Final = re.compile(
    rf"\b(?:(?:{_alternation(GROUP_OPENERS)})\s+)?"
    rf"(?P<count>\d+|[a-z]+tal|[a-z]+)\s+(?:(?:{_alternation(OF)})\s+)?(?:[a-z-]+\s+)??"
    r"(?P<noun>"
    + "|".join(sorted(GROUP_NOUNS | ORGANIZATION_GROUP_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_SPACES: Final = re.compile(r"\s+")
_IN_PLACE: Final = re.compile(r"\s+in\s+")
#: Between names and the court they are brought to ("X and Y in Los Angeles Superior Court",
#: "took X to the Federal Court").
_BEFORE_COURT: Final = re.compile(
    rf"\s+(?:{_alternation(BEFORE_COURT)})\s+(?:(?:{_alternation(ARTICLES)})\s+)?"
)
_OF_THE: Final = re.compile(r"(\s+of\s+(?:the\s+)?)")
# words that join two names rather than belong to one ("Chirpline to Orbis Media")
_AND: Final = re.compile(rf"\b(?:{_alternation(NAME_JOINERS)})\b")
#: The names of a run cut where _AND joins two (see _weak_people); a written "&" joins one
#: firm's name ("Massaschade & Consument", "Procter & Gamble"), so it stays inside.
_NAME_PARTS: Final = re.compile(r"[^\s,\x00&]+(?:\s+(?:&\s+)?[^\s,\x00&]+)*")
_IN_NAME: Final = re.compile(rf"\b(?:{_alternation(NOT_IN_PERSON_NAMES)})\b")
_WORDS: Final = re.compile(r"[\w'’-]+")
_ROLE_FIRST_WORDS: Final = frozenset(r.split()[0] for r in ROLES) | frozenset(
    r.split("-")[-1] for r in ROLES
)
_GROUP_WORDS: Final = GROUP_NOUNS | ORGANIZATION_GROUP_NOUNS | {"doe", "does"}


#: Count words a plaintiff group may start with ("fifty women", "dozens of users"): the
#: numbers of two and more and the quantifiers (see _groups; digits are tested apart).
_COUNT_WORDS: Final = frozenset(w for w, n in NUMBERS.items() if n >= 2) | (
    GROUP_QUANTIFIERS - {w for w, n in NUMBERS.items() if n < 2}
)


def _court_cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words the described-court rules look for, in lower case: the last word of every
    pack's described-court and top-court phrases (_DescribedCourts.cues of every language),
    and the first word of each of the courts' other names (loaders/courts.yaml `names`:
    _DescribedCourts.alias_starts). A superset is harmless: each language keeps its own."""
    cues: set[str] = set()
    for item in extraction_packs():
        for levels in (item.names("described_courts") or {}).values():
            for written in (levels or {}).values():
                cues.update(str(p).lower().split()[-1] for p in written or () if str(p).split())
        cues.update(str(p).lower().split()[-1] for p in item.names("top_courts") or ())
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    firsts = {
        str(w).split()[0].lower()
        for name, written in (data.get("names") or {}).items()
        for w in (name, *(written or ()))
        if str(w).split()
    }
    return frozenset(cues), frozenset(firsts)


_COURT_CUES, _COURT_ALIAS_FIRSTS = _court_cue_words()


def _cue_word_kinds() -> dict[str, tuple[str, ...]]:
    """The words that let the role, group and described-court rules run, each with its
    kinds: "role" (a role phrase's first word, or the part after its hyphen), "group" (a
    group noun or Doe), "count" (a word a group's count may be), "court" (a described
    court's cue word) and "alias" (the first word of a court's other name, in lower case)."""
    kinds: dict[str, list[str]] = {}
    for kind, words in (
        ("role", _ROLE_FIRST_WORDS),
        ("group", _GROUP_WORDS),
        ("count", _COUNT_WORDS),
        ("court", _COURT_CUES),
        ("alias", _COURT_ALIAS_FIRSTS),
    ):
        for word in words:
            kinds.setdefault(word, []).append(kind)
    return {word: tuple(found) for word, found in kinds.items()}


#: A group phrase ("at least fifty of the women") starts at most this many whitespace-
#: separated words before its noun; a role phrase's organisation ("Backpage co-founder")
#: at most one word before the role.
_GROUP_WORDS_BEFORE: Final = 5
_ROLE_WORDS_BEFORE: Final = 1


class SentenceCues:
    """What the sentence cue pass (sentence_cues) over a sentence's lower-case text tells
    the role, group and described-court rules, find_dates and find_places."""

    __slots__ = (
        "alias_at", "alias_words", "any_group", "any_role", "count_at", "court_at",
        "court_words", "dates", "group_at", "last_role", "places", "role_at",
    )  # fmt: skip

    def __init__(self) -> None:
        self.any_role = False  # a role word anywhere, also inside a longer word
        self.last_role = -1  # where the last role word starts, also inside a longer word
        self.any_group = False  # a group word anywhere, also inside a longer word
        self.role_at: list[int] = []  # where a role phrase may start
        self.group_at: list[int] = []  # where a group noun may start
        self.count_at: list[int] = []  # where a count word stands as a group's count can
        self.court_at: list[int] = []  # where a court cue word starts, also inside a word
        self.court_words: list[str] = []  # which cue word starts there
        self.alias_at: list[int] = []  # where a court alias's first word may start
        self.alias_words: list[str] = []  # which first word (in lower case) starts there
        self.dates: DateCues | None = None  # find_dates's cue words (the sentence cue pass)
        # where the sentence writes a jurisdiction's form (find_places), in the order its
        # automaton finds them; None if the pass could not look (places.lower_forms)
        self.places: list[tuple[int, int, PlaceWord]] | None = None


def _note_cue(
    cues: SentenceCues, lowered: str, kinds: tuple[str, ...], start: int, after: int
) -> None:
    """Note in `cues` the cue word of these kinds (_cue_word_kinds) found at
    lowered[start:after]: whether the sentence holds a role word or a group word (anywhere,
    also inside longer words: whether the rules run at all), where a role phrase and a group
    noun may start, where a count word stands as a group's count can, and where a court's
    cue word and an alias's first word stand.

    A role phrase starts at a word boundary and its first word is followed by whitespace
    (the rest of the phrase, or the name) or by the comma before a name set off by commas;
    a group noun follows whitespace and ends at a word boundary; a group's count starts at a
    word boundary and is followed by whitespace. Other occurrences ("men" in "documents")
    cannot be part of a match."""
    size = len(lowered)
    # a role phrase's first word and a count both start a word and end before a space
    opens = (start == 0 or not is_word_char(lowered[start - 1])) and (
        after < size and lowered[after].isspace()
    )
    for kind in kinds:
        if kind == "role":
            cues.any_role = True
            cues.last_role = max(cues.last_role, start)
            if opens or (
                after < size
                and lowered[after] == ","
                and (start == 0 or not is_word_char(lowered[start - 1]))
            ):  # "Utah's attorney general, Sean Reyes,": a comma may close the role
                cues.role_at.append(start)
        elif kind == "group":
            cues.any_group = True
            if (start > 0 and lowered[start - 1].isspace()) and (
                after == size or not is_word_char(lowered[after])
            ):
                cues.group_at.append(start)
        elif kind == "count":
            if opens:
                cues.count_at.append(start)
        elif kind == "court":
            cues.court_at.append(start)
            cues.court_words.append(lowered[start:after])
        else:  # "alias"
            cues.alias_at.append(start)
            cues.alias_words.append(lowered[start:after])


class _CueWord:
    """A word of the sentence cue pass: its kinds for the role, group and court rules (see
    _cue_word_kinds), its kinds for find_dates (dates.cue_word_kinds), the jurisdiction forms
    it is the lower case of (places.lower_forms), and its length."""

    __slots__ = ("date_kinds", "kinds", "length", "places")

    def __init__(
        self, kinds: tuple[str, ...], date_kinds: int, places: tuple[PlaceForm, ...], length: int
    ) -> None:
        self.kinds = kinds
        self.date_kinds = date_kinds
        self.places = places
        self.length = length


class _SentenceAutomaton:
    """The words of three cue passes over a sentence in one automaton (each pass costs
    about 115 instructions a character): the role, group and court rules'
    (_cue_word_kinds), find_dates's and, if its forms allow (places.lower_forms),
    find_places's."""

    __slots__ = ("automaton", "has_places")

    def __init__(self, language: str) -> None:
        recognized = _cue_word_kinds()
        dated = cue_word_kinds()
        places = lower_forms(language)
        #: does the automaton hold find_places's forms (places.lower_forms allowed them)?
        self.has_places = places is not None
        forms = places or {}
        self.automaton = ahocorasick.Automaton()
        for word in sorted({*recognized, *dated, *forms}):
            self.automaton.add_word(
                word,
                _CueWord(recognized.get(word, ()), dated.get(word, 0), forms.get(word, ()),
                         len(word)),
            )  # fmt: skip
        self.automaton.make_automaton()


_SENTENCE_AUTOMATA: Final[dict[str, _SentenceAutomaton]] = {}


def sentence_cues(text: str, lowered: str, language: str) -> SentenceCues | None:
    """The sentence cue pass: the role, group and court cue words of `lowered`
    (text.lower(); _note_cue), with the cue words of find_dates and, where its forms allow, where the text writes a jurisdiction's
    form (find_places: case-sensitive, so a form's lower case counts only where the text
    writes the form itself), in one pass; the same positions, in the same order, as each
    automaton finds alone (tests/test_extract_build.py). None where lowering changed the
    text's length (offsets in `lowered` would not be offsets in the text)."""
    if len(lowered) != len(text):
        return None
    found = _SENTENCE_AUTOMATA.get(language)
    if found is None:
        found = _SENTENCE_AUTOMATA[language] = _SentenceAutomaton(language)
    cues = SentenceCues()
    dates = cues.dates = DateCues()
    places: list[tuple[int, int, PlaceWord]] = []
    end: int  # typed: compiled, untyped items would make every step a generic one
    word: _CueWord
    for end, word in found.automaton.iter(lowered):
        start = end + 1 - word.length
        if word.kinds:
            _note_cue(cues, lowered, word.kinds, start, end + 1)
        if word.date_kinds:
            dates.add(word.date_kinds, start)
        for place in word.places:
            if text.startswith(place.form, start):
                places.append((start, end + 1, place.word))
    if found.has_places:
        cues.places = places
    return cues


#: Every _DOMAIN match holds one of these (".co" covers ".com").
_TLDS: Final = (
    ".co", ".net", ".org", ".nl", ".be", ".io", ".tv", ".eu", ".fm", ".app", ".ai", ".me",
    ".gg", ".info", ".xyz", ".de", ".fr", ".uk", ".ru", ".ly", ".ro", ".to", ".cc", ".se",
    ".ch", ".it", ".pl", ".es", ".su", ".AI", ".IO", ".TV", ".APP", ".COM", ".NET", ".ORG",
)  # fmt: skip


def _domain_dots(text: str) -> list[int]:
    """Where a "." starts one of _TLDS: every _DOMAIN match holds one (found from the dots,
    which are few, rather than by a substring search per ending)."""
    found = []
    at = text.find(".")
    while at >= 0:
        if text.startswith(_TLDS, at):
            found.append(at)
        at = text.find(".", at + 1)
    return found


def _domain_windows(text: str, dots: list[int]) -> list[tuple[int, int]]:
    """Where a _DOMAIN match may start: its name runs back from the dot before its ending
    over word characters and "-", with "www." perhaps before it."""
    return [(max(0, run_back(text, dot, "-") - 4), dot) for dot in dots]


def _court_heads() -> frozenset[str]:
    """The words that make a capitalised run a court's name: English "Court", "Circuit",
    "Tribunal" and the other court nouns of loaders/courts.yaml (`court_heads`:
    "Landgericht Berlin", "OLG Düsseldorf")."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(
        {"Court", "Circuit", "Tribunal", *(str(w) for w in data.get("court_heads") or ())}
    )


_COURT_HEADS: Final = _court_heads()


@cache
def top_courts() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """The bare phrases of a highest court in every pack ("supreme court", "hooggerechtshof",
    in lower case), each jurisdiction's highest court (loaders/courts.yaml `top_courts`), and
    that court under a name a capitalised run reads whole ("brazilian supreme court"): a
    bare "the Supreme Court" in a text about one country is that country's."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    top = {str(k): str(v) for k, v in (data.get("top_courts") or {}).items()}
    phrases = frozenset(
        str(p).lower() for pack in extraction_packs() for p in (pack.names("top_courts") or ())
    )
    written: dict[str, str] = {}
    for pack in extraction_packs():
        for name, entry in pack.jurisdictions().items():
            if name not in top:
                continue
            for form in (name, *(entry.get("names") or ()), *(entry.get("adjectives") or ())):
                written.update({f"{str(form).lower()} {p}": top[name] for p in phrases})
    return phrases, top, written


@cache
def generic_trial_courts() -> dict[str, str]:
    """A system's trial court written without its district ("U.S. District Court",
    "United States District Court"), in lower case, with the start the names of that
    system's trial courts share ("united states district court for the"): the one such
    court a document names is the court the generic name stands for. The system's country
    is written with each of its names in the packs ("U.S.", "US")."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for system, entry in data.items():
        trial = str((entry or {}).get("trial") or "") if isinstance(entry, dict) else ""
        if " for " not in trial:
            continue
        head = trial.split(" for ")[0]
        start = trial.split("{")[0].lower()
        country = str(system).replace("_", " ").title()
        forms = {country}
        for pack in extraction_packs():
            forms.update(str(f) for f in pack.jurisdictions().get(country, {}).get("names") or ())
        if country not in head:
            continue
        for form in forms:
            out[head.replace(country, form).lower()] = start
    return out


@cache
def national_courts() -> dict[str, dict[str, str]]:
    """A court's generic name that several countries give a court of their own ("the
    Federal Court"), with each country's court (loaders/courts.yaml `national_courts`)."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    return {
        str(name): {str(k): str(v) for k, v in (courts or {}).items()}
        for name, courts in (data.get("national_courts") or {}).items()
    }


#: Leading words _strip_leading drops that never belong to an organisation's name.
_FUNCTION_STARTS: Final = frozenset(w.capitalize() for w in ARTICLES | INDEFINITE | NP_WORDS)
_JUDGE_WORDS: Final = frozenset({"Judge", "Justice", "Magistrate", "Judges", "Justices"})
#: A person named by first names and the initial of the surname, as Dutch and German news
#: name suspects ("Bab K.", "Reinier van E."): never followed by a capitalised word.
#: "\b[A-Z][a-zà-ÿ]+...", written to start with the capital (the look-behind after it) so
#: that re skips ahead to capitals instead of trying every character
_INITIAL_SURNAME: Final = re.compile(
    r"[A-Z](?<!\w[A-Z])[a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*(?:\s+\([^()]{1,24}\))?"
    r"(?:\s+(?:van der|van den|van de|van|de|der|den|von))?\s+[A-Z]\.(?=\s*(?:[,;.)]|$)|\s+[a-z])"
)


def _initial_dot(text: str) -> bool:
    """Can _INITIAL_SURNAME match: is there a capital A-Z with a dot after it and
    whitespace before it? (Nearly every sentence ends with a dot; few hold an initial.)"""
    if not (". " in text or text.endswith(".") or ".," in text):
        return False
    at = text.find(".", 2)
    while at >= 0:
        if "A" <= text[at - 1] <= "Z" and text[at - 2].isspace():
            return True
        at = text.find(".", at + 1)
    return False


#: A brand written with digits first ("8chan", "4chan", "23andMe"): not an ordinal or a
#: unit, and a name wherever it stands.
#: "(?<![\w.-])\d+[A-Za-z]{3,}\w*(?![\w-])", written to start with the digit (the look-behind
#: after it) so that re skips ahead to digits instead of trying every character
DIGIT_BRAND: Final = re.compile(r"\d(?<![\w.-]\d)\d*[A-Za-z]{3,}\w*(?![\w-])")
_CACHE_LIMIT: Final = 50_000
#: A run's shape (see _run_shape), by run.
_RUN_SHAPES: Final[dict[str, tuple[int, tuple[Found, ...]]]] = {}
_RUN_CORES: Final[dict[str, tuple[str, int]]] = {}
_MONTHS_DAYS: Final = NOT_NAME_START
#: Abbreviated month names with their full stop ("Dec.", "Sept."), as news agencies write
#: dates: a run never spans one after "on" or "in" ("the District of Oregon on Dec. 4").
_MONTH_ABBREVIATIONS: Final = frozenset(f"{w.capitalize()}." for w in MONTHS if len(w) <= 4)


def _month_or_day(word: str) -> bool:
    """Is the capitalised word a month, an abbreviated month or a weekday?"""
    return word.rstrip(".,") in _MONTHS_DAYS or word.rstrip(",") in _MONTH_ABBREVIATIONS


#: Every pack's weekday names, lower case: a capitalised run never ends in one ("filed in
#: Santa Fe District Court Wednesday": the court, then when).
_WEEKDAY_WORDS: Final = frozenset(
    w for item in extraction_packs() for w in item.date_words("weekdays")
)


#: Capitalised words that never start a name but do start a court's ("Federal Court of
#: Australia", "State Court"), before these heads.
_COURT_ADJECTIVES: Final = frozenset({"Federal", "State"})


def _strip_leading(text: str, start: int) -> tuple[str, int]:
    """Drop capitalised function words that start a run ("The", "In", "Under")."""
    while True:
        head, _, rest = text.partition(" ")
        if head in _COURT_ADJECTIVES and (
            rest.partition(" ")[0].rstrip(".,") in _COURT_HEADS
            or any(word.rstrip(".,") in ORG_HEADS for word in rest.split())
        ):
            # "Federal Court of Australia", "Federal Trade Commission v. X": the court's or
            # the body's own first word
            return text, start
        if head[:1].isdigit() and _numbered_court(rest):
            return text, start  # "14th Judicial District Court": the court's own number
        if rest and (
            head in NOT_NAME_START or head in PARTY_TITLES or head.islower() or _honorific(head)
        ):
            stripped = rest.lstrip()
            start += len(text) - len(stripped)  # every space counts ("May    The X")
            text = stripped
            continue
        return text, start


def _numbered_court(rest: str) -> bool:
    """Do the words after an ordinal name a court ("Judicial District Court", "District
    Court in Marlow Parish"): a court head among the first three words?"""
    return any(w.rstrip(".,") in _COURT_HEADS for w in rest.split()[:3])


def _honorific(word: str) -> bool:
    """A title ("Mr.", "Dr", "Mevrouw"): dropped from the start of a run as "The" is."""
    return (word[:-1] if word.endswith(".") else word) in HONORIFICS


def _honorific_start(text: str, start: int) -> int:
    """Where the title right before the run at `start` begins ("Mr. ", "Ms ", "de heer "),
    or -1 when there is none."""
    before = text[max(0, start - 9) : start].rstrip()
    if before.endswith("."):
        before = before[:-1]
    word = before.rpartition(" ")[2]
    if word not in HONORIFICS:
        return -1
    return max(0, start - 9) + len(before) - len(word)


def _as_person(at: int, start: int, end: int, run: str, founds: list[Found]) -> list[Found]:
    """A run after a title names a person ("Mr. Lasarow", "Dr. Ellen Voss"), whatever else
    its words alone might name; a company's or a body's name keeps its reading. The
    mention starts at the title (`at`), so that a verb's object starts where it did."""
    words = run.split()
    if len(words) > 4 or any(legal_form(w) or w in ORG_HEADS for w in words):
        return founds
    return [Found(at, end, (Option("Person", _clean(run)),), "honorific")]


def _trim_end(text: str) -> str:
    if text.endswith(".") and not _KEEP_DOT.search(text):
        return text[:-1]
    return text


def _after_comma(match: re.Match[str]) -> bool:
    """Does a comma and a space stand right before the match?"""
    return match.string.startswith(", ", match.start() - 2) if match.start() > 1 else False


def _pieces(match: re.Match[str]) -> list[tuple[int, str]]:
    """A capitalised run cut where one name ends and another begins, with each piece's
    start: after a possessive ("the EU's | Digital Services Act", but "the Prosecutor's
    Office" is one name), at "and the" ("Federal Trade Commission | the Dutch ..."), after a
    legal suffix that "and" follows ("Zorblat Inc. | Blorp LLC"), and after an organisation's head that "and" and a name or a role follow ("European
    Commission | President Ursula von der Leyen", "Commission | Ofcom")."""
    text = match.group()
    if (
        "s " not in text
        and "s' " not in text
        and "s’ " not in text
        and " and " not in text
        and " & " not in text
        and " in " not in text
        and not _HEAD_ROLE(text)
        and not _dated(text)
        and not any(link in text for link in _SPACED_ARTICLES)
        and " Court J" not in text  # "Federal Court Justice X": the court, then its judge
    ):
        return [(match.start(), text)]
    words = [(w.start(), w.end(), w.group()) for w in _WORD_SPANS.finditer(text)]
    out = []
    start = 0
    i = 0
    while i < len(words) - 1:
        word, nxt = words[i][2], words[i + 1][2]
        after = words[i + 2][2] if i + 2 < len(words) else ""
        resume = -1
        if (
            (possessive(word) or _place_bare_possessive(word))
            and nxt.rstrip(".,") not in ORG_HEADS
            and not _possessive_in_title(word, words[-1][2])
        ):
            resume = i + 1
        elif (
            nxt in ("and", "&")
            and (
                after == "the"
                or (word in ORG_HEADS and after[:1].isupper())
                # "Zorblat Inc. and Blorp LLC", "Zorblat Inc. and Dana Whitfield": a legal
                # suffix ends a company's name, so "and" joins two parties
                or (i > 0 and after[:1].isupper() and _SUFFIX_END.search(word) is not None)
                # "Quavo Records, Inc. and Brolt": a legal form after a comma ends the
                # name before the comma, the run's first word only by the comma
                or (i == 0 and after[:1].isupper() and _after_comma(match) and legal_form(word))
                # "against Zapchat and Quorra Ltd.": one word, then a company with its legal
                # form; a firm named "A and B" writes "&" ("Procter & Gamble")
                or (
                    i == 0
                    and nxt == "and"
                    and after[:1].isupper()
                    and 3 <= len(words) <= 5
                    and word[:1].isupper()
                    and word.rstrip(".,") not in ORG_HEADS
                    and _SUFFIX_END.search(words[-1][2]) is not None
                )
            )
        ):
            resume = i + 2
        elif word in ORG_HEADS and nxt.lower() in _ROLE_FIRST_WORDS:
            resume = i + 1
        elif word == "Court" and nxt in _JUDGE_WORDS and i > 0:
            # "Los Angeles Superior Court Judge Mara Quint": the court, then its judge
            resume = i + 1
        elif (
            nxt in _ARTICLE_LINKS
            and after[:1].isupper()
            and (
                _ENDS_NAME.search(word)
                or _noun_head(after)
                or _ACRONYM_WORD.match(after.rstrip(".,")) is not None
            )
        ):  # "heeft Facevault de AVG overtreden": an acronym after the article too
            # a verb-second clause puts subject and object side by side: "wijzigde de
            # Online Harms Act de Telecomwet", "heeft Zorblat Inc. de X geschonden"
            resume = i + 2
        elif (
            nxt in _PLACE_LINKS
            and after[:1].isupper()
            and not any(w[2] in _COURT_HEADS for w in words[: i + 1])
        ):
            # "sued Zorblat Inc. in Austin", "Zorblat in Harris County": a name, then where
            resume = i + 2
        elif (
            nxt in _PLACE_LINKS
            and after in _ARTICLE_LINKS
            and i + 3 < len(words)
            and words[i + 3][2][:1].isupper()
            and not any(w[2] in _COURT_HEADS for w in words[: i + 1])
        ):
            # "sued Zorblat Labs in the Northern District of California": a name, then where
            resume = i + 3
        elif (
            word.islower()
            and _month_or_day(nxt)
            and i > 0
            and not (nxt in _COURT_ADJECTIVES and after.rstrip(".,") in _COURT_HEADS)
        ):
            # "X in October", "X on Monday": the name ends before the date's preposition
            out.append((match.start() + start, text[start : words[i - 1][1]]))
            start = words[i + 1][0]
            i += 1
            continue
        if resume > 0 and resume < len(words):
            out.append((match.start() + start, text[start : words[i][1]]))
            start = words[resume][0]
            i = resume
            continue
        i += 1
    out.append((match.start() + start, text[start:]))
    return out


_WORD_SPANS: Final = re.compile(r"\S+")


def _place_bare_possessive(word: str) -> bool:
    """A jurisdiction's name ending in s with a bare apostrophe ("Arkansas' Deceptive Trade
    Practices Act" is the state's act, as "Utah's ... Act"); not a title's plural
    ("Restore Online Shoppers' Confidence Act")."""
    return word.endswith(_BARE_POSSESSIVES) and word[:-1] in jurisdiction_kinds()


#: Connectors after which a run names a place, not more of the name before ("X in Austin").
_PLACE_LINKS: Final = frozenset({"in"})
#: Articles that join two names in a run ("Zorblat Inc. de Unfair Practices Act").
_ARTICLE_LINKS: Final = ARTICLES
_SPACED_ARTICLES: Final = tuple(f" {article} " for article in sorted(ARTICLES))
#: Words that end a name: a law's head, a legal form, an acronym ("ZORA de Telecomwet").
_ENDS_NAME: Final = re.compile(rf"^(?:Act|{_SUFFIX}|[A-Z]{{2,6}})$")
_ACRONYM_WORD: Final = re.compile(r"^[A-Z]{2,6}$")


def _possessive_in_title(word: str, last: str) -> bool:
    """Is a possessive part of an Act's title ("Children's Online Privacy Protection Act")
    rather than its owner ("Utah's Consumer Sales Practices Act", "the EU's ... Act")? The
    packs list the nouns such titles use (`title_possessives`)."""
    return last.rstrip(".,") == "Act" and word[:-2].lower() in TITLE_POSSESSIVES


_MONTH_OR_DAY: Final = re.compile(r" (?:in|on) [A-Z]")


def _dated(text: str) -> bool:
    """Might a date's preposition and a month or weekday end a name in `text` (cheap)?"""
    return _MONTH_OR_DAY.search(text) is not None and any(_month_or_day(w) for w in text.split())


def _HEAD_ROLE(text: str) -> bool:
    """Might an organisation's head be followed by a role word in `text` (cheap test)?"""
    words = text.split()
    return any(w.rstrip(".,") in ORG_HEADS for w in words) and any(
        w.lower() in _ROLE_FIRST_WORDS for w in words
    )


#: The packs' words for "and" that capitalised runs do not span (those _CONN holds are
#: already a run's link).
_JOINING_ANDS: Final = frozenset(w for w in AND if not re.fullmatch(_CONN, w))


def _joined_heads(
    text: str, runs: list[tuple[int, int, str]], language: str
) -> list[tuple[int, int, str]]:
    """An organisation's name that holds the language's "and" ("Autoriteit Consument en
    Markt", "Ministerie van Justitie en Veiligheid"): a run led by an organisation's head,
    the word for "and", and one capitalised ordinary word of the language are one name; a
    brand after it ("de Autoriteit Persoonsgegevens en Zorblat") is a second name."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(runs):
        start, end, run = runs[i]
        if i + 1 < len(runs):
            nxt_start, nxt_end, nxt = runs[i + 1]
            if (
                text[end:nxt_start].strip() in _JOINING_ANDS
                and run.split()[0] in ORG_HEADS
                and " " not in nxt
                and nxt.isalpha()
                and is_known_word(nxt.lower(), language)
            ):
                out.append((start, nxt_end, text[start:nxt_end]))
                i += 2
                continue
        out.append(runs[i])
        i += 1
    return out


def _titled_states(
    text: str, runs: list[tuple[int, int, str]], titles: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A state named after its title ends there ("klaagde de staat Utah Zorblat Inc. aan",
    "the state of Utah"): the words after it are the next name, not part of the state's."""
    states = _state_names()
    out: list[tuple[int, int, str]] = []
    for start, end, run in runs:
        before = text[:start].split()
        if (before and before[-1].lower() in titles) or (
            before[-2:-1] and (before[-2].lower() in titles and before[-1] in OF)
        ):
            for state in states:
                if run.startswith(state + " ") and run[len(state) + 1 : len(state) + 2].isupper():
                    cut = start + len(state)
                    rest = start + len(state) + 1
                    out += [(start, cut, state), (rest, end, text[rest:end])]
                    break
            else:
                out.append((start, end, run))
        else:
            out.append((start, end, run))
    return out


@cache
def _state_names() -> tuple[str, ...]:
    """The names of every pack's states (US states), the longest first."""
    names = {
        str(form)
        for item in extraction_packs()
        for name, entry in item.jurisdictions().items()
        if jurisdiction_kinds().get(name) == "state"
        for form in (name, *(entry.get("names") or ()))
    }
    return tuple(sorted(names, key=len, reverse=True))


def _runs(text: str, digits: bool = True) -> list[tuple[int, int, str]]:
    """The capitalised runs of a text; `digits`: does it hold one (search.has_digit)?"""
    out: list[tuple[int, int, str]] = []
    for match in (_RUN if digits else _RUN_LETTER).finditer(text):
        for piece_start, piece in _pieces(match):
            for home in _RESIDENCES:
                piece_start, piece = _split_residents(text, piece_start, piece, home, out)
            _add_run(text, piece_start, piece, out)
    return out


class _Residence:
    """A language's words for a person "of" the place the person lives, in one capitalised
    run ("Lella Quint of Ohio"): the pack's `residence` word and its `and` words (that join
    two such persons, "A of Harlow and B of Dunmore"), each with the spaces around it."""

    __slots__ = ("ands", "code", "of")

    def __init__(self, code: str, of: str, ands: tuple[str, ...]) -> None:
        self.code = code
        self.of = of
        self.ands = ands


_RESIDENCES: Final = tuple(
    _Residence(p.code, f" {word} ", tuple(f" {a} " for a in sorted(p.words("and"))))
    for p in extraction_packs()
    for word in sorted(p.words("residence"))
)


def _split_residents(
    text: str, start: int, piece: str, home: _Residence, out: list[tuple[int, int, str]]
) -> tuple[int, str]:
    """Add to `out` the persons and places of residence that open the run `piece` (at
    `start`), and return what is left of it with its start."""
    of = home.of
    while of in piece:
        cut = _residence(text, start, piece, home)
        if not cut:
            break
        _add_run(text, start, piece[:cut], out)
        start, piece = start + cut + len(of), piece[cut + len(of) :]
        joined, width = _next_resident(piece, home)
        if not joined:
            break
        # "X of Harlow and Y of Dunmore": the town, then the next person and place
        _add_run(text, start, piece[:joined], out)
        start, piece = start + joined + width, piece[joined + width :]
    return start, piece


def _next_resident(place: str, home: _Residence) -> tuple[int, int]:
    """Where an "and" ends a plain place that another person "of" a place follows ("Harlow
    and Mona Vell of Dunmore"), with the length of that "and"; or (0, 0)."""
    for conjunction in home.ands:
        joined = place.find(conjunction)
        if joined > 0 and home.of in place[joined:] and _plain_place(place[:joined]):
            return joined, len(conjunction)
    return 0, 0


def _after_last(text: str, words: tuple[str, ...]) -> str:
    """What follows the last of `words` in `text` (all of it when none stands there)."""
    start = 0
    for word in words:
        at = text.rfind(word)
        if at >= 0:
            start = max(start, at + len(word))
    return text[start:]


def _residence(text: str, at: int, run: str, home: _Residence) -> int:
    """Where "of" (the `home` language's) parts a person's name from the place the person
    lives ("Ormek Vadim of Riga, Latvia", "Lella Quint of Ohio"): the offset of " of " in
    the run, or 0. The name before is two or three plain capitalised words, the last no
    ordinary word (a surname), with no organisation, company, role or place word ("Bank of
    America", "Attorney General of Texas", "Supreme Court of Texas" stay one name); the
    place after is a jurisdiction, one or two plain capitalised words (a town, a firm:
    _plain_place), or a town that a comma and a jurisdiction follow. The name may end a
    pair joined by "and", and the place may be followed by "and" and the next person "of"
    a place (_next_resident)."""
    cut = run.find(home.of)
    place = run[cut + len(home.of) :]
    joined = _next_resident(place, home)[0]
    if joined:
        place = place[:joined]
    # "Tam Oduya and Pell Wrasse of Zentrix": the name of the last of a pair
    name = _after_last(run[:cut], home.ands).split()
    if not 2 <= len(name) <= 3 or place[:1].islower():
        return 0
    for word in name:
        if not word.replace("-", "").isalpha() or not word[:1].isupper() or word.isupper():
            return 0
        if word in ORG_HEADS or word in COMPANY_WORDS or word in PLACE_HEADS:
            return 0
        if word.lower() in ROLES or word in JURISDICTION_ADJECTIVES or word in DEMONYMS:
            return 0
    if " ".join(name) in jurisdiction_kinds() or home.of in place:
        return 0
    if is_known_word(name[-1].lower(), home.code):
        return 0  # "Supreme Court of Texas", "Northern District of Ohio": no surname
    before = text[max(0, at - 24) : at].split()
    if before and before[-1].endswith(AGE_ENDINGS):
        before.pop()  # "the parents of 8-year-old X of Texas"
    if before and before[-1].lower() in OF:
        return 0  # "the parents of X of Texas": whose "of" the place hangs on is unclear
    if place in jurisdiction_kinds() or _plain_place(place):
        return cut
    if joined:
        return 0
    rest = text[at + len(run) : at + len(run) + 40]
    if not rest.startswith(", "):
        return 0
    after = rest[2:]
    return cut if any(after.startswith(j) for j in _jurisdiction_names()) else 0


def _plain_place(place: str) -> bool:
    """Is `place` (after a person's name and "of") a town or a firm of one or two plain
    capitalised words ("of Tallinn", "of Port Arvel", "of Quorbix")? A person's name before
    "of" and such a word are two names, as the person "of" a known jurisdiction is: no
    organisation's name has a surname before its "of"."""
    words = place.rstrip(".").split()
    if not 1 <= len(words) <= 2:
        return False
    for word in words:
        if not word.isalpha() or not word[:1].isupper():
            return False
        if word in ORG_HEADS or word in COMPANY_WORDS or word in PLACE_HEADS:
            return False
    return True


@cache
def _jurisdiction_names() -> tuple[str, ...]:
    """Every jurisdiction name the packs know, the longest first."""
    return tuple(sorted(jurisdiction_kinds(), key=len, reverse=True))


#: Possessive endings a capitalised run may carry ("Visa's", "Parler’s").
_BARE_POSSESSIVES: Final = ("s'", "s’")


_ARTICLE_BEFORE: Final = re.compile(r"(?:^|\s)(\w+)\s+$")


def _described_by_nationality(text: str, at: int, first: str, rest: str) -> bool:
    """Is the run an article's nationality adjective before one name ("the Chinese
    ByteDance", "het Noorse Adevinta")? The adjective describes; the name is the rest. Not
    before an organisation's head ("de Europese Commissie") or a longer name, unless a legal
    form ends it ("the Irish Zorblat Services Limited": the adjective describes the company)."""
    rest = rest.strip()
    if first not in JURISDICTION_ADJECTIVES or not rest or rest in ORG_HEADS:
        return False
    if " " in rest and rest.rpartition(" ")[2].lower() not in LEGAL_FORMS:
        return False
    before = _ARTICLE_BEFORE.search(text, max(0, at - 12), at)
    return before is not None and before.group(1).lower() in ARTICLES


#: Court nouns a seat may follow ("rechtbank Amsterdam"): a run after one opens with the seat.
_SEAT_COURT_NOUNS: Final = frozenset(
    str(noun).lower()
    for item in extraction_packs()
    if item.data.get("names") and item.names("court_seat_follows")
    for noun in item.names("court_nouns") or ()
    if " " not in str(noun)
)


def _after_seat(text: str, at: int, run: str) -> int:
    """How many characters of the run are a court's seat before a name ("vraagt de rechtbank
    Amsterdam Kletsmaat te veroordelen": the court's seat, then the party): 0 if none."""
    first, _, rest = run.partition(" ")
    if not rest or first in ("Den", "'s") or not _SEAT_COURT_NOUNS:
        return 0
    window = text[max(0, at - 16) : at].lower()
    if not any(noun in window for noun in _SEAT_COURT_NOUNS):
        return 0  # the word before (in the same 16 characters) is no court noun
    before = _ARTICLE_BEFORE.search(text, max(0, at - 16), at)
    if before is None or before.group(1).lower() not in _SEAT_COURT_NOUNS:
        return 0
    if first not in _ALL_SEATS and _verb_before_article(text, before.start(1)):
        return 0  # "Gisteren heeft de rechtbank Zorvik Ltd veroordeeld": the object
    return len(run) - len(rest.lstrip())


_NUMBER_AFTER: Final = re.compile(r"\s*\d")


def _after_amount(text: str, start: int) -> bool:
    """Does a number or an amount's word ("30", "30 million") end right before `start`?"""
    before = text[:start].rstrip()
    last = before.rpartition(" ")[2].lower()
    return bool(last) and (last[-1].isdigit() or last in _AMOUNT_WORDS)


_AMOUNT_WORDS: Final = union("amount_words")  # of every pack: a code is read in every language


def _before_currency(text: str, start: int, run: str) -> str:
    """The run without a currency code that a number follows: "fined Zorblat NOK 65 million"
    names Zorblat, "a fine of SEK 40 000 000" no one (a code is read in every language)."""
    head, _, last = run.rpartition(" ")
    if last not in CURRENCY_CODES or _NUMBER_AFTER.match(text, start + len(run)) is None:
        return run
    return head.rstrip()


def _add_run(text: str, at: int, matched: str, out: list[tuple[int, int, str]]) -> None:
    """Add the run `matched` (starting at `at`) without its leading function words."""
    found = _RUN_CORES.get(matched)
    if found is None:
        found = _run_core(matched)
    run, skipped = found
    seat = _after_seat(text, at + skipped, run)
    if seat:
        skipped += seat
        run = run[seat:]
    name, hyphen, branch = run.rpartition("-")
    if hyphen and name and branch in BRANCH_SUFFIXES:
        run = name  # "de Amerikaanse TikTok-tak": TikTok
    if possessive(run) and len(run) > 3:
        run = run[:-2]  # "Visa's request", "Parler’s users": the owner is the name
    elif run.endswith(_BARE_POSSESSIVES) and len(run) > 3:
        # "Arkansas' law", "the District of Kansas’ ruling", "Zorblat Systems' app": an
        # apostrophe alone after a name's final s, with no capitalised word after it (a
        # title's plural, "Restore Online Shoppers' Confidence Act", goes on), is its owner's
        run = run[:-1]
    first, _, rest = run.partition(" ")
    if adjectival(first):  # "Utah-based", "Google-backed Chatterly": no name, or after it
        skipped += len(run) - len(rest.lstrip())
        run = rest.lstrip()
    elif first.lower().endswith(AGE_ENDINGS):
        # "Ten-year-old Mara Quist", "a 23-year-old Ruritanian national": an age describes
        # the person after it and is no part of a name
        skipped += len(run) - len(rest.lstrip())
        run = rest.lstrip()
    elif _described_by_nationality(text, at + skipped, first, rest):
        skipped += len(run) - len(rest.lstrip())  # "het Chinese ByteDance": ByteDance
        run = rest.lstrip()
    elif NUMBERS.get(first.lower(), 0) >= 2 and _law_title(rest):
        # "Four Consumer Fraud Act claims" opening a sentence: the count is the claims', no
        # part of the law's title
        skipped += len(run) - len(rest.lstrip())
        run = rest.lstrip()
    run = _before_currency(text, at + skipped, run)
    numbered = _numbered_company(text, at + skipped, run)
    if numbered:
        # "8579 LLC", "1234 Ltd": a company named by a number and its legal form
        skipped -= numbered
        run = text[at + skipped : at + skipped + numbered + len(run)]
        out.append((at + skipped, at + skipped + len(run), run))
        return
    if not run or run in NOT_NAME_START or run in NOT_NAMES or run in DEMONYMS:
        return  # "another ISP", "Internet providers", "Virginians": a common word, no name
    if run in CURRENCY_CODES and _after_amount(text, at + skipped):
        return  # "damages of 30 million SEK": the amount's currency, no name
    start = at + skipped
    if start > 1 and text[start - 1] == "-" and text[start - 2].islower():
        return  # "neo-Nazi", "anti-Trump": a word's capitalised part, no name
    if start > 0 and text[start - 1] == "[" and _placeholder(text, start):
        return  # "[Voornaam eiseres]", "[appellante A]": a judgment's stand-in, no name
    if start > 0 and text[start - 1].islower():
        run, start = _lower_initial(text, run, start)
        if not _LOWER_BRAND.fullmatch(run.split()[0]):
            return  # "iOS", "mRNA": no brand's name
    end = start + len(run)
    suffix = _COMMA_SUFFIX.match(text, end) if _may_have_suffix(text, end) else None
    if suffix:
        end = suffix.end()
        run = text[start:end]
    if start > 1 and text[start - 1] == " " and _digit_word_ends(text, start - 1):
        brand = _DIGIT_WORD_BEFORE.search(text, max(0, start - 24), start - 1)
        if brand is not None and _SUFFIX_END.search(run):
            # "050Media Development B.V.", "9vault Media Inc.": a company whose name opens
            # with a word written digits first (no capital starts the run there)
            start = brand.start()
            run = text[start:end]
    if out and run.endswith(" Act") and _joins_title(text, out[-1][1], start):
        # "the Securing Children Online through Parental Empowerment Act": the run before
        # the connector is the title's first part, not a name of its own
        start = out.pop()[0]
        run = text[start:end]
    out.append((start, end, run))


def _joins_title(text: str, end: int, start: int) -> bool:
    """Is text[end:start] one lower-case word of an Act's title between spaces ("through",
    "from"), so the run before it and the Act after it are one title?"""
    between = text[end:start]
    return (
        0 < end < start <= end + 12
        and between[:1] == " "
        and between[-1:] == " "
        and between.strip() in LAW_TITLE_CONNECTORS
    )


def _digit_word_ends(text: str, end: int) -> bool:
    """Does a word that opens with a digit end at `end` (a cheap test before the pattern)?"""
    first = end
    while first > 0 and text[first - 1].isalnum():
        first -= 1
    return first < end and text[first].isdigit()


#: A word written digits first ("050Media", "23andMe") right before a run (see _add_run).
_DIGIT_WORD_BEFORE: Final = re.compile(r"(?<![\w.,-])\d+[A-Za-z]{2,}\w*$")


def _placeholder(text: str, start: int) -> bool:
    """Is the bracketed text from `start` a published judgment's stand-in for a name (a
    lower-case word inside: "[Voornaam eiseres]", "[naam bedrijf]")? A quote's bracketed
    name ("[Zorblat] knew") is a name."""
    close = text.find("]", start, start + 60)
    return close > 0 and any(word[0].islower() for word in text[start:close].split())


def _may_have_suffix(text: str, end: int) -> bool:
    """Can _COMMA_SUFFIX match at `end`: an optional comma, whitespace, then the first
    character of a legal suffix? (Most runs are followed by an ordinary word.)"""
    size = len(text)
    if end < size and text[end] == ",":
        end += 1
    if end >= size or not text[end].isspace():
        return False
    while end < size and text[end].isspace():
        end += 1
    return end < size and text[end] in _SUFFIX_FIRST


def _run_core(matched: str) -> tuple[str, int]:
    """A run without its leading function words and trailing dot, and how many characters
    went from its start; cached, as capitalised runs recur. An adjective before an
    organisation's head stays ("European Commission")."""
    if len(_RUN_CORES) >= _CACHE_LIMIT:
        _RUN_CORES.clear()
    run, start = _strip_leading(matched, 0)
    if start > 0 and any(w.rstrip(".,") in ORG_HEADS for w in run.split()):
        # "European Commission", "Federal Trade Commission", "Dutch Public Prosecution
        # Service": adjectives before an organisation's head belong to its name
        before = matched[:start].split()
        kept = 0
        while kept < len(before) and before[len(before) - 1 - kept] in ORG_ADJECTIVES:
            kept += 1
        if not kept and " " not in run and before and before[-1] not in _FUNCTION_STARTS:
            kept = 1
        if kept:
            words = before[len(before) - kept :]
            stripped_at = start
            start = matched.rindex(words[0], 0, start)
            run = matched[start:stripped_at] + run  # the text's own spaces: offsets hold
    run = _trim_end(run.rstrip())
    head, _, last = run.rpartition(" ")
    if head and last.rstrip(".,").lower() in _WEEKDAY_WORDS:
        run = head.rstrip()
    found = _RUN_CORES[matched] = (run, start)
    return found


def _clean(name: str) -> str:
    if "  " not in name and name.isprintable():
        return name.strip()  # no whitespace but single spaces: nothing to replace
    return _SPACES.sub(" ", name).strip()


def recognize(text: str, language: str) -> tuple[Found, ...]:
    """Every rule's proposals in a sentence. Not cached by sentence: the pipeline asks once
    per sentence and passes the answer on (a cache keyed by text would only pay off where
    documents repeat each other's sentences, as the bench's articles do)."""
    lowered = text.lower()
    return tuple(_recognize(text, lowered, language, sentence_cues(text, lowered, language)))


def recognize_sentence(text: str, language: str) -> tuple[tuple[Found, ...], SentenceCues | None]:
    """recognize(text, language), with the sentence cue pass it made (sentence_cues; None
    where lowering changed the text's length), whose date and place cues find_dates and
    find_places then use instead of passes of their own."""
    lowered = text.lower()
    cues = sentence_cues(text, lowered, language)
    return tuple(_recognize(text, lowered, language, cues)), cues


class _CourtCitations:
    """US federal courts as citations abbreviate them ("S.D.N.Y.", "N.D. Cal.", "D. Mass.",
    "9th Cir."), named as the reference base names them; the abbreviations are pack data
    (`names.court_citations` and each state's `cite`)."""

    def __init__(self) -> None:
        self.states: dict[str, str] = {}
        self.districts: dict[str, str] = {}
        self.ordinals: list[str] = []
        self.district_name = self.circuit_name = ""
        for item in extraction_packs():
            data = item.names("court_citations") or {}
            if not data:
                continue
            self.districts.update(
                {str(k): str(v) for k, v in (data.get("districts") or {}).items()}
            )
            self.ordinals = [str(o) for o in data.get("ordinals") or ()] or self.ordinals
            self.district_name = str(data.get("district") or self.district_name)
            self.circuit_name = str(data.get("circuit") or self.circuit_name)
            for name, entry in item.jurisdictions().items():
                if entry.get("cite"):
                    self.states[str(entry["cite"])] = name
        # "(D. Oregon, July 13, 2022)": a blog's citation may spell the state out
        self.states.update({name: name for name in list(self.states.values())})
        states = "|".join(re.escape(a) for a in sorted(self.states, key=len, reverse=True))
        directions = "".join(sorted(self.districts))
        self.district = (
            re.compile(rf"(?<![\w.])(?:([{directions}])\.\s?)?D\.\s?({states})(?![\w])")
            if states and directions
            else None
        )
        self.circuit = re.compile(r"(?<![\w.])(\d{1,2})(?:st|nd|rd|th)\s+Cir\.")
        #: "the 9th U.S. Circuit Court of Appeals", "the Ninth Circuit": as news writes it
        words = "|".join(re.escape(o) for o in self.ordinals)
        #: "the 9th Circuit U.S. Court of Appeals", "the U.S. 9th Circuit Court of Appeals",
        #: "the U.S. Court of Appeals for the 9th Circuit": the same court
        country = r"(?:U\.S\.|United\s+States)"
        ordinal = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({words}))"
        # the official order, from the pack's name of a circuit's court, "U.S." for its
        # country and a digit or word ordinal
        head, _, tail = self.circuit_name.partition("{ordinal}")
        official = (
            _spaced(head).replace(_spaced("United States"), country, 1)
            + rf"\s+{ordinal}\s+"
            + _spaced(tail)
        )
        self.circuit_news = re.compile(
            rf"(?<![\w.])(?:{country}\s+)?{ordinal}\s+(?:U\.S\.\s+)?Circuit"
            rf"(?:\s+(?:{country}\s+)?Court\s+of\s+Appeals)?(?![\w])"
            + (rf"|(?<![\w.]){official}(?![\w])" if head and tail else "")
        )
        self.state_names = {name: name for name in self.states.values()}
        names = "|".join(re.escape(n) for n in sorted(self.state_names, key=len, reverse=True))
        points = "|".join(sorted(self.districts.values()))
        #: "the Virginia Eastern District Court": the state first, then the direction
        self.state_first = (
            re.compile(rf"(?:[Tt]he )?({names}) (?:({points}) )?District Court$")
            if names and points
            else None
        )
        courts = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
        split = (courts.get("united_states") or {}).get("districts") or {}
        #: States of several federal districts (courts.yaml): "Texas District Court" is none
        self.split_states = frozenset(str(k) for k in split)
        #: "the Northern District of California": a federal district court by its district
        self.district_alone = (
            re.compile(rf"(?<![\w-])(?:the\s+)?({points})\s+District\s+of\s+({names})(?!\w)")
            if names and points
            else None
        )
        #: "the Northern and Central Districts of California": two district courts
        ands = "|".join(re.escape(w) for w in sorted(AND) if w.isalpha())
        ofs = "|".join(re.escape(w) for w in sorted(OF) if w.isalpha())
        self.districts_pair = (
            re.compile(
                rf"(?<![\w-])({points})\s+(?:{ands})\s+({points})\s+Districts\s+(?:{ofs})"
                rf"\s+({names})(?!\w)"
            )
            if names and points and ands and ofs
            else None
        )
        #: "the Northern District Court of California": the direction before the court
        self.direction_first = (
            re.compile(rf"(?:[Tt]he )?({points}) District Court (?:of|for|in) (?:the )?({names})$")
            if names and points
            else None
        )
        self.written_out = (
            re.compile(
                rf"District Court (?:for|of) (?:the )?(?:({points}) (?:District of )?|District of )"
                rf"({names})$"
            )
            if names and points
            else None
        )

    def district_court(self, name: str) -> str | None:
        """A federal district court's name as the reference base writes it, from the other
        ways news writes it ("U.S. District Court of Central California", "the federal
        district court for the Northern District of Illinois", "the Virginia Eastern District
        Court", "Oregon District Court" for a state that is one district)."""
        name = _clean(name)  # a line break may fall inside the name
        match = self.written_out.search(name) if self.written_out is not None else None
        if match is None and self.direction_first is not None:
            match = self.direction_first.match(name)
        if match is None:
            return self._state_first(name)
        state = self.state_names.get(match.group(2))
        if state is None:
            return None
        district = f"{match.group(1)} " if match.group(1) else ""  # "District of Arizona"
        return self.district_name.format(district=district, state=state)

    def _state_first(self, name: str) -> str | None:
        """ "Virginia Eastern District Court", "Oregon District Court": the state before the
        district; without a direction only a state that is a single district (else a state's
        own district courts may be meant)."""
        match = self.state_first.match(name) if self.state_first is not None else None
        if match is None:
            return None
        state = self.state_names.get(match.group(1))
        if state is None or (match.group(2) is None and state in self.split_states):
            return None
        district = f"{match.group(2)} " if match.group(2) else ""
        return self.district_name.format(district=district, state=state)

    def find(self, text: str) -> list[Found]:
        out = []
        if self.district is not None and "D." in text:
            for match in self.district.finditer(text):
                direction = self.districts.get(match.group(1) or "", "")
                name = self.district_name.format(
                    district=f"{direction} " if direction else "", state=self.states[match.group(2)]
                )
                out.append(_citation_court(match, name))
        if self.district_alone is not None and "District of" in text:
            for match in self.district_alone.finditer(text):
                state = self.state_names[match.group(2)]
                name = self.district_name.format(district=f"{match.group(1)} ", state=state)
                out.append(_citation_court(match, name))
        if self.districts_pair is not None and "Districts" in text:
            for match in self.districts_pair.finditer(text):
                state = self.state_names[match.group(3)]
                for group in (1, 2):
                    name = self.district_name.format(district=f"{match.group(group)} ", state=state)
                    out.append(
                        Found(
                            match.start(group), match.end(group), (Option("Court", name),), "court"
                        )
                    )
        if self.ordinals and "Cir." in text:
            for match in self.circuit.finditer(text):
                number = int(match.group(1))
                if 1 <= number <= len(self.ordinals):
                    name = self.circuit_name.format(ordinal=self.ordinals[number - 1])
                    out.append(_citation_court(match, name))
        if self.ordinals and "Circuit" in text:
            for match in self.circuit_news.finditer(text):
                digits = match.group(1) or match.group(3)
                number = int(digits) if digits else 0
                ordinal = (
                    match.group(2)
                    or match.group(4)
                    or (self.ordinals[number - 1] if 1 <= number <= len(self.ordinals) else "")
                )
                if ordinal:
                    name = self.circuit_name.format(ordinal=ordinal)
                    out.append(Found(match.start(), match.end(), (Option("Court", name),), "court"))
        return out


def _citation_court(match: re.Match[str], name: str) -> Found:
    return Found(match.start(), match.end(), (Option("Court", name),), "court", {"citation": True})


_COURT_CITATIONS: Final[list[_CourtCitations]] = []


def _court_citations_data() -> _CourtCitations:
    if not _COURT_CITATIONS:
        _COURT_CITATIONS.append(_CourtCitations())
    return _COURT_CITATIONS[0]


def _court_citations(text: str) -> list[Found]:
    return _court_citations_data().find(text)


#: A judge's name after a described court's phrase: two to four capitalised words or initials
#: ("Ann Bell", "Cormac J. Carney"), none of them a link word.
_JUDGE_NAME: Final = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"


class _DescribedCourts:
    """Courts a text describes by their kind and seat instead of naming them ("a federal
    judge in Utah", "Manhattan federal court", "the Court of Appeal in The Hague", "het
    Haagse hof"), named from loaders/courts.yaml when the seat leaves one court possible.
    The phrases of each court system and level are pack data (`names.described_courts`,
    with `names.court_links` before a seat and `names.court_city_adjectives`)."""

    def __init__(self, language: str) -> None:
        data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
        packs = [item for item in extraction_packs() if item.code == language]
        described = (packs[0].names("described_courts") or {}) if packs else {}
        links = _split(packs[0].names("court_links")) if packs else frozenset()
        # "rechtbank Rotterdam": the seat right after the court's noun
        bare = bool(packs and packs[0].names("court_seat_follows"))
        adjectives = {
            str(k): str(v)
            for k, v in ((packs[0].names("court_city_adjectives") or {}) if packs else {}).items()
        }
        self.adjectives = adjectives
        self.levels: dict[str, str] = {}  # a phrase in lower case, single-spaced -> level
        self.seats: dict[str, dict[str, str]] = {}  # system -> written seat -> its key
        self.data = data
        #: (system, pattern, how many words before a cue word its matches may start, where
        #: they may start: search.START_*, the words they may open with: search.opening_words)
        self.patterns: list[tuple[str, re.Pattern[str], int, int, frozenset[str] | None]] = []
        self.cues: frozenset[str] = frozenset()
        states = {
            str(form): name
            for item in extraction_packs()
            for name, entry in item.jurisdictions().items()
            if entry.get("kind") == "state"
            for form in (name, *(entry.get("names") or ()))
        }
        cues: set[str] = set()
        for system, levels in described.items():
            table = data.get(system) or {}
            seats = self._seats(system, table, states)
            if not seats:
                continue
            self.seats[system] = seats
            phrases = []
            for level, written in (levels or {}).items():
                for phrase in written or ():
                    key = " ".join(str(phrase).lower().split())
                    self.levels[key] = str(level)
                    phrases.append(str(phrase))
                    cues.add(key.split()[-1])
            if not phrases:
                continue
            said = "|".join(_spaced(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
            places = "|".join(_spaced(p) for p in sorted(seats, key=lambda p: (-len(p), p)))
            before = "|".join(
                _spaced(p)
                for p in sorted([*seats, *(a for a, v in adjectives.items() if v in seats)],
                                key=lambda p: (-len(p), p))
            )  # fmt: skip
            # "U.S. District Judge Ann Bell in Santa Ana": the judge's name between phrase and
            # seat (a name stays a name: the court is the phrase's words)
            after = (
                rf"(?<![\w-])(?P<phrase>(?i:{said}))\s+(?:(?P<judge>{_JUDGE_NAME})\s+)?"
                rf"(?:(?:{_alternation(links)})\s+){'?' if bare else ''}"
                rf"(?P<place>{places})(?![\w-])"
                if links
                else r"(?!)"
            )
            # a match opens with its phrase, or with a seat (or adjective) before the phrase
            words_before = _most_words(phrases) - 1 + _most_words([*seats, *adjectives])
            pattern = re.compile(
                rf"{after}|(?<![\w-])(?P<place2>{before})\s+(?P<phrase2>(?i:{said}))(?![\w-])"
            )
            openers = [*phrases, *seats, *adjectives] if links else [*seats, *adjectives]
            self.patterns.append(
                (system, pattern, words_before, _starts_of(openers), opening_words(openers))
            )
        self.cues = frozenset(cues)
        self._top_courts(data, packs[0] if packs else None, language)
        # a cue with a letter that re.IGNORECASE matches to an ASCII one ("ſ"): no windows
        self.ascii_cues = all(cue.isascii() for cue in self.cues)
        #: the sentence cue pass (sentence_cues) finds every cue word where it stands
        self.cues_cued = self.cues <= _COURT_CUES
        #: the most words before a cue word a match of a pattern tried at word starts
        #: begins (their word places are found once a sentence: search.WordPlaces)
        self.word_reach = max(
            [
                *(p[2] for p in self.patterns if p[3] == START_WORD),
                *([self.top_words_before] if self.top_starts == START_WORD else []),
            ],
            default=-1,
        )

    def _top_courts(self, data: dict, item: Pack | None, language: str) -> None:
        """The patterns of a jurisdiction's highest court and of courts' other names."""
        self.top: dict[str, str] = {
            str(k): str(v) for k, v in (data.get("top_courts") or {}).items()
        }
        self.forms: dict[str, str] = {}  # a jurisdiction's written form -> its English name
        names: set[str] = set()
        for pack in extraction_packs():
            for name, entry in pack.jurisdictions().items():
                if name not in self.top:
                    continue
                forms = [name, *(entry.get("names") or ())]
                names.update(str(f) for f in forms)
                if pack.code == language:
                    forms += list(entry.get("adjectives") or ())
                self.forms.update({str(f): name for f in forms})
        #: forms that only describe ("Dutch"): the court's name starts after them, so that
        #: the adjective still places it (docs/annotation.md, IN_JURISDICTION)
        self.describing = frozenset(self.forms) - names
        phrases = (
            [str(p) for p in (item.names("top_courts") or ()) if item is not None] if item else []
        )
        self.top_pattern: re.Pattern[str] | None = None
        self.top_words_before = 0
        self.top_starts = START_ANYWHERE
        self.top_openers: frozenset[str] | None = None
        if phrases and self.forms:
            said = "|".join(_spaced(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
            places = "|".join(_spaced(f) for f in sorted(self.forms, key=lambda f: (-len(f), f)))
            self.top_pattern = re.compile(
                rf"(?<![\w-])(?P<j>{places})(?:'s|’s)?\s+(?P<p>{said})(?![\w-])"
                rf"|(?<![\w-])(?P<p2>{said})\s+of\s+(?:the\s+)?(?P<j2>{places})(?![\w-])"
            )
            self.cues = self.cues | {p.lower().split()[-1] for p in phrases}
            self.top_words_before = _most_words(phrases) - 1 + _most_words(self.forms)
            self.top_starts = _starts_of([*phrases, *self.forms])
            self.top_openers = opening_words([*phrases, *self.forms])
        self.aliases: dict[str, str] = {}
        for name, written in (data.get("names") or {}).items():
            # the name itself too: a run reader would cut "Court of Justice of the European
            # Union" at the union's name
            self.aliases.update({str(w): str(name) for w in (name, *(written or ()))})
        self.alias_pattern = (
            re.compile(
                "(?<![\\w-])(?:"
                + "|".join(_spaced(a) for a in sorted(self.aliases, key=lambda a: (-len(a), a)))
                + ")(?![\\w-])"
            )
            if self.aliases
            else None
        )
        #: every alias match starts with an alias's first word, as written
        self.alias_starts = tuple(sorted({a.split()[0] for a in self.aliases}))
        #: the first words by their lower case, as the cue pass (sentence_cues) finds them;
        #: it finds every place a first word stands if lowering keeps each one's length
        self.alias_lower: dict[str, list[str]] = {}
        for word in self.alias_starts:
            self.alias_lower.setdefault(word.lower(), []).append(word)
        self.aliases_cued = all(
            len(w) == len(w.lower()) and w.lower() in _COURT_ALIAS_FIRSTS for w in self.alias_starts
        )

    @staticmethod
    def _seats(system: str, table: dict, states: dict[str, str]) -> dict[str, str]:
        """Every way a seat of this system is written, with the seat it stands for."""
        out: dict[str, str] = {}
        if "districts" in table or "cities" in table:  # a federal system of states
            out.update(states)
            for districts in (table.get("districts") or {}).values():
                for cities in (districts or {}).values():
                    out.update({str(c): str(c) for c in cities or ()})
            out.update({str(c): str(c) for c in table.get("cities") or {}})
            for cities in (table.get("circuits") or {}).values():
                out.update({str(c): str(c) for c in cities or ()})
        for seat, forms in (table.get("seats") or {}).items():
            out[str(seat)] = str(seat)
            out.update({str(f): str(seat) for f in forms or ()})
        return out

    def name(self, system: str, level: str, seat: str) -> str | None:
        """The court of this level that sits at this seat, if only one does."""
        table = self.data.get(system) or {}
        template = str(table.get(level) or "")
        if not template:
            return None
        if "seats" in table:
            if level == "appeal":
                appeal_seat = (table.get("appeal_seats") or {}).get(seat)
                if appeal_seat is None:
                    return None
                seat = str(appeal_seat)
            elif level == "trial":  # "de rechtbank in Utrecht": Rechtbank Midden-Nederland
                seat = str((table.get("trial_seats") or {}).get(seat, seat))
            return template.format(seat=seat)
        if level == "appeal":
            for circuit, cities in (table.get("circuits") or {}).items():
                if seat in (cities or ()):
                    return template.format(circuit=circuit)
            return None
        districts = table.get("districts") or {}
        for state, by_district in districts.items():
            for district, cities in (by_district or {}).items():
                if seat in (cities or ()):
                    return template.format(district=f"{district} ", state=state)
        state = (table.get("cities") or {}).get(seat, seat)
        kinds_of = jurisdiction_kinds()
        if state in districts or (kinds_of.get(state) != "state" and state != "Columbia"):
            return None  # several districts, or no state
        return template.format(district="", state=state)

    def cue_starts(
        self, text: str, lowered: str, cues: SentenceCues | None = None
    ) -> list[int] | None:
        """Where a cue word starts in a text, else None (try everywhere).

        Every match of the described-court patterns holds a phrase whose last word, in lower
        case, is a cue; where lowering keeps every character's offset its offset in
        `lowered` is its offset in `text`, and the match starts at most words_before (or
        top_words_before) words before it, so trying the patterns only there finds what
        finditer over the whole text finds (tests/test_extract_build.py checks it). Not for
        a text with a character that re.IGNORECASE matches to an ASCII letter of a cue
        although str.lower() makes it another (search.ODD_CASE). The sentence's cue pass
        (`cues`, of `lowered`) has found every cue word already, in any order."""
        if not self.ascii_cues or len(lowered) != len(text):
            return None
        if not text.isascii() and any(c in text for c in ODD_CASE):
            return None
        if cues is not None and self.cues_cued:
            words = cues.court_words
            return [at for i, at in enumerate(cues.court_at) if words[i] in self.cues]
        return [at for cue in self.cues for at in occurrences(lowered, cue)]

    def alias_starts_in(self, text: str, cues: SentenceCues | None) -> list[tuple[int, int]]:
        """Where an alias's first word stands in the text, as (start, start) windows: from
        the sentence's cue pass (`cues`, of a lower-case copy as long as the text), which
        finds each first word's lower case, else by a search for each first word."""
        if cues is None or not self.aliases_cued:
            return [(a, a) for word in self.alias_starts for a in occurrences(text, word)]
        out = []
        for i, at in enumerate(cues.alias_at):
            for word in self.alias_lower.get(cues.alias_words[i], ()):
                if text.startswith(word, at):
                    out.append((at, at))
        return out

    def find(self, text: str, lowered: str, cues: SentenceCues | None) -> list[Found]:
        """The courts the text describes; `lowered` is text.lower(), `cues` its cue pass
        (sentence_cues) if lowering kept the text's length, else None."""
        out = []
        if self.alias_pattern is not None:
            # every match starts where its first word is written: tried only there
            at = self.alias_starts_in(text, cues)
            for match in (
                finditer_within(self.alias_pattern, text, at, START_ANYWHERE) if at else ()
            ):
                alias = self.aliases[" ".join(match.group().split())]
                out.append(Found(match.start(), match.end(), (Option("Court", alias),), "court"))
        starts = self.cue_starts(text, lowered, cues)
        if starts is None:
            if not any(cue in lowered for cue in self.cues):
                return out
        elif not starts:
            return out  # no cue word: no match
        shared = (
            WordPlaces(text, [(words_back(text, a, self.word_reach), a) for a in starts])
            if starts is not None and self.word_reach >= 0
            else None
        )
        if self.top_pattern is not None:
            for match in _finditer_near(
                self.top_pattern,
                text,
                starts,
                self.top_words_before,
                self.top_starts,
                self.top_openers,
                shared,
            ):
                written = " ".join((match.group("j") or match.group("j2")).split())
                name = self.top.get(self.forms.get(written, ""))
                if name is None:
                    continue
                start = match.start()
                if (
                    match.group("j")
                    and self.forms[written] not in name
                    and (written in self.describing or text.startswith(("'", "’"), match.end("j")))
                ):  # "the Dutch Supreme Court", "Brazil's top court": the place stays a word
                    # that places the court; "het Amerikaanse Hooggerechtshof" is the Supreme
                    # Court of the United States by its name
                    start = match.start("p")
                out.append(
                    Found(
                        start, match.end(), (Option("Court", name),), "court", {"described": True}
                    )
                )
        for system, pattern, words_before, may_start, openers in self.patterns:
            seats = self.seats[system]
            for match in _finditer_near(
                pattern, text, starts, words_before, may_start, openers, shared
            ):
                phrase = match.group("phrase") or match.group("phrase2")
                written = match.group("place") or match.group("place2")
                written = " ".join(written.split())
                found_seat = seats.get(written) or self.adjectives.get(written)
                if found_seat is None:
                    continue
                seat = seats.get(found_seat, found_seat)
                level = self.levels.get(" ".join(phrase.lower().split()))
                name = self.name(system, level, seat) if level else None
                if name is not None:
                    end = match.end("phrase") if match.group("judge") else match.end()
                    out.append(
                        Found(match.start(), end, (Option("Court", name),), "court",
                              {"described": True})
                    )  # fmt: skip
        return out


_DESCRIBED_COURTS: Final[dict[str, _DescribedCourts]] = {}


def _most_words(phrases: Iterable[str]) -> int:
    """The number of whitespace-separated words of the longest of these phrases."""
    return max((len(p.split()) for p in phrases), default=0)


def _finditer_near(
    pattern: re.Pattern[str],
    text: str,
    starts: list[int] | None,
    words_before: int,
    may_start: int = START_ANYWHERE,
    openers: frozenset[str] | None = None,
    shared: WordPlaces | None = None,
) -> list[re.Match[str]]:
    """pattern.finditer(text), tried only up to `words_before` words before `starts` (all
    of the text if None, which cue_starts gives for text that is not ASCII), where
    `may_start` (a search.START_* rule) and `openers` (search.opening_words) allow.
    `shared`: the word places of windows reaching at least as far before each start, for a
    pattern tried at word starts."""
    if starts is None:
        return list(pattern.finditer(text))
    if shared is not None and may_start == START_WORD:
        windows = [(words_back(text, anchor, words_before), anchor) for anchor in starts]
        return finditer_at_words(pattern, text, windows, shared, openers)
    return finditer_near(pattern, text, starts, words_before, may_start, openers)


def _starts_of(openers: list[str]) -> int:
    """Where a court pattern's matches may start: each of its alternatives opens, after a
    look-behind that refuses a word character or hyphen, with one of these phrases or
    places, so at a word's start when all of them open with a word character; else
    ("'s-Hertogenbosch") wherever the look-behind lets them, after neither a word character
    nor a hyphen. (On the bench's articles, the patterns are tried at 6,900 places instead
    of 18,700.)"""
    if all(opener != "" and is_word_char(opener[0]) for opener in openers):
        return START_WORD
    return START_NOT_AFTER_WORD


def _described_courts(
    text: str, language: str, lowered: str | None = None, cues: SentenceCues | None = None
) -> list[Found]:
    found = _DESCRIBED_COURTS.get(language)
    if found is None:
        found = _DESCRIBED_COURTS[language] = _DescribedCourts(language)
    return found.find(text, text.lower() if lowered is None else lowered, cues)


def _recognize(text: str, lowered: str, language: str, cues: SentenceCues | None) -> list[Found]:
    """Every rule's proposals in a sentence, longest first where they overlap. A rule runs
    only on sentences that hold what each of its matches holds (cheap tests first).
    `lowered` is text.lower(), `cues` its sentence_cues (None where lowering changed the
    text's length)."""
    found: list[Found] = []
    role_at: list[int] | None
    group_at: list[int] | None
    last_role: int | None
    digits = has_digit(text)
    if cues is not None:  # offsets in the lower-case copy are offsets in text
        run_roles, run_groups = cues.any_role, cues.any_group
        role_at, last_role = cues.role_at, cues.last_role
        counted = _any_counted_noun(text, cues.group_at, cues.count_at, digits)
        group_at = cues.group_at if counted else []
    else:  # a letter whose lower case is longer: no offsets, the rules try everywhere
        words = set(_WORDS.findall(lowered))
        run_roles, run_groups = bool(words & _ROLE_FIRST_WORDS), bool(words & _GROUP_WORDS)
        role_at = group_at = last_role = None
    if " v." in text or " v " in text or " vs." in text or "In re " in text:
        found += _captions(text)
    if digits:
        found += _citations(text)
    if "D." in text or "Cir" in text or "District" in text:  # "Cir.", "Circuit", "Districts of"
        found += _court_citations(text)
    found += _described_courts(text, language, lowered, cues)
    for patterns in _NAME_PATTERNS:
        if any(cue in lowered for cue in patterns.cues):
            found += _language_names(text, patterns)
    if run_roles:
        found += _people(text, role_at, last_role, language)
    if _initial_dot(text):
        for match in _INITIAL_SURNAME.finditer(text):
            name, start = _clean(match.group()), match.start()
            parts = name.split()
            # "de Nederlander Bab K.", "Verdachte Bab K.": a describing noun before the name
            while len(parts) > 2 and (
                parts[0] in NOT_NAME_START or parts[0].lower() in PERSON_DESCRIPTORS
            ):
                start = text.index(parts[1], start + len(parts[0]))
                parts = parts[1:]
                name = _clean(text[start : match.end()])
            if parts[0] in NOT_NAME_START:
                continue
            found.append(Found(start, match.end(), (Option("Person", name),), "initial"))
    if run_groups:
        found += _groups(text, language, group_at)
    for aged in _AGED_PERSONS:
        found += aged.find(text)
    if _OFFICIAL_PHRASES and any(phrase in lowered for phrase in _OFFICIAL_PHRASES):
        found += _official_groups(text)
    runs = _runs(text, digits)
    cuts = [f.start for f in found if f.rule == "role" and "cut" in f.extra]
    if cuts:
        runs = _cut_runs(runs, cuts)
    titles = STATE_TITLES.get(language)
    if titles and any(f"{title} " in lowered for title in titles):
        runs = _titled_states(text, runs, titles)
    if _JOINING_ANDS and any(f" {word} " in text for word in _JOINING_ANDS):
        runs = _joined_heads(text, runs, language)
    if runs and runs[0][0] == 0 and language in _PLURAL_ENDINGS:
        runs[0] = _without_plural_noun(runs[0], language)
    for start, end, run in runs:
        titled = _honorific_start(text, start) if start > 2 else -1
        if titled >= 0:
            found += _as_person(titled, start, end, run, _classify_run(text, start, end, run))
        else:
            found += _classify_run(text, start, end, run)
    if digits:
        for match in finditer_at_digits(DIGIT_BRAND, text):
            name = match.group()
            options = (
                Option("Platform", name),
                Option("Organization", name),
                Option("Vendor", name),
            )
            found.append(Found(match.start(), match.end(), options, "name",
                               {"weak": True, "single": True}))  # fmt: skip
    domain_dots = _domain_dots(text)
    if domain_dots:
        for match in finditer_within(
            _DOMAIN, text, _domain_windows(text, domain_dots), START_ANYWHERE
        ):
            name = match.group(1)
            found.append(
                Found(
                    match.start(1),
                    match.end(1),
                    # a domain names a site (or the company behind it), not a supplier
                    (Option("Platform", name), Option("Organization", name)),
                    "domain",
                )
            )
    return found


#: Per language, the endings of a plural noun (pack `plural_endings`).
_PLURAL_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("plural_endings")))
    for p in extraction_packs()
    if p.words("plural_endings")
}


def _cut_runs(runs: list[tuple[int, int, str]], cuts: list[int]) -> list[tuple[int, int, str]]:
    """The runs cut where a role's name starts inside one ("oprichter van Quillo Joost
    Brink": "Quillo" and "Joost Brink")."""
    out: list[tuple[int, int, str]] = []
    for start, end, run in runs:
        for cut in cuts:
            if start < cut < end:
                first = run[: cut - start].rstrip()
                out.append((start, start + len(first), first))
                start, run = cut, run[cut - start :]
        out.append((start, end, run))
    return out


def _without_plural_noun(item: tuple[int, int, str], language: str) -> tuple[int, int, str]:
    """A run that opens the sentence with a plural common noun, capitalised only there,
    before the names it describes ("Webwinkels Bever en CoolCat kregen boetes",
    "Techbedrijven Google en Meta"): the run without the noun."""
    _, end, run = item
    first, _, rest = run.partition(" ")
    rest = rest.lstrip()
    lower = first.lower()
    if not rest or not first[1:].islower() or not first.isalpha() or first in ORG_HEADS:
        return item
    if rest in named_forms():
        return item  # "Zorgverzekeraars Nederland": a body named after its members and country
    stem = lemma(lower, language)
    if (
        stem == lower
        or not lower.endswith(_PLURAL_ENDINGS[language])
        or not lower.startswith(stem[:-1])
        or not is_known_word(lower, language)
    ):
        return item
    return end - len(rest), end, rest


#: What the plaintiff side of a caption may hold besides word characters.
_CAPTION_PARTY_CHARS: Final = "'’&-.# \t\n"


def _lower_initial(text: str, name: str, start: int) -> tuple[str, int]:
    """A name whose first word opens with one or two lower-case letters before its capital
    ("eSafety", "iHeart"): the pattern starts at the capital, the name at the word's start."""
    back = start
    while back > 0 and back > start - 3 and text[back - 1].islower():
        back -= 1
    if back == start or (back > 0 and (text[back - 1].isalnum() or text[back - 1] in "-'’")):
        return name, start
    return text[back:start] + name, back


def _captions(text: str) -> list[Found]:
    """Case captions ("Doe v. Backpage.com, LLC"). A caption's plaintiff side is a stretch
    of names, numbers and connectors right before " v." or " vs.", so the pattern is tried
    only in such stretches rather than at every capital of the sentence."""
    out = []
    windows = []
    # "v." and "vs." (American), "v" (British and European: "Delfi AS v Estonia")
    for cue in ("v.", "vs.", "v "):
        for at in occurrences(text, cue):
            if at > 0 and text[at - 1] in " \t\n":
                start = run_back(text, at, _CAPTION_PARTY_CHARS)
                form = start + len(text[start:at]) - len(text[start:at].lstrip())
                if start > 0 and text[start - 1] == "," and _WHOLE_SUFFIX.match(text, form):
                    # "Quillon Labs, Inc. v. Brell": the legal form after a comma ends
                    # the plaintiff's name, which starts before the comma
                    start = run_back(text, start - 1, _CAPTION_PARTY_CHARS)
                windows.append((start, at))
    # a caption starts with a name's capital, a number or "#"
    for match in finditer_within(_CAPTION, text, windows, START_CAPITAL_DIGIT_HASH):
        a, a_start = _strip_leading(match.group("a"), match.start("a"))
        a, a_start = _lower_initial(text, a, a_start)  # "eSafety Commissioner v X Corp"
        b = _trim_end(match.group("b"))
        name = _clean(text[a_start : match.start("b") + len(b)])
        span = len(name)
        if match.group("v") == "v":  # one spelling per caption, the American one
            name = f"{_clean(a)} v. {b}"
        parties = {
            "plaintiff": (a_start, a_start + len(a)),
            "defendant": (match.start("b"), match.start("b") + len(b)),
        }
        out.append(Found(a_start, a_start + span, (Option("Case", name),), "caption", parties))
    for match in _IN_RE.finditer(text):
        b = _trim_end(match.group("b"))
        name = _clean(text[match.start() : match.start("b") + len(b)])
        out.append(
            Found(match.start(), match.start() + len(name), (Option("Case", name),), "caption")
        )
    return out


def _citations(text: str) -> list[Found]:
    out = []
    for match in _USC.finditer(text) if "U" in text else ():
        name = f"{match.group(1)} U.S.C. § {match.group(2)}"
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", name, props=(("kind", "provision"),)),),
                "citation",
            )
        )
    for match in _SECTION.finditer(text) if "Sec" in text or "rtikel" in text else ():
        act = match.group(2)
        name = f"Section {match.group(1)}" + (f" of the {_clean(act)}" if act else "")
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", name, props=(("kind", "provision"),)),),
                "section",
            )
        )
    for match in _EU_ACT.finditer(text) if any(w in text for w in _EU_ACT_WORDS) else ():
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", _clean(match.group()), props=(("kind", "regulation"),)),),
                "eu-act",
            )
        )
    return out


#: lower-case words, then a short form in parentheses ("... in collectieve actie (WAMCA)")
_LAW_REST: Final = re.compile(r"((?:\s+[a-z][a-z-]+){1,5})\s+\(([A-Z][A-Za-z]{1,7})\)")


def _abbreviated_law(text: str, start: int, name: str, links: frozenset[str]) -> str | None:
    """The whole name of a law that the words after a cut-off name and its short form in
    parentheses spell out ("Wet afwikkeling massaschade in collectieve actie (WAMCA)": the
    initials of its words but the linking ones are the short form's letters), else None."""
    rest = _LAW_REST.match(text, start + len(name))
    if rest is None:
        return None
    whole = name + rest.group(1)
    words = whole.split()
    for end in range(len(words), len(name.split()), -1):
        initials = "".join(w[0] for w in words[:end] if w.lower() not in links)
        if initials.lower() == rest.group(2).lower():
            return " ".join(words[:end]) if end == len(words) else None
    return None


def _language_names(text: str, patterns: _NamePatterns) -> list[Found]:
    """Law and court names written in a language's own patterns ("Wet op ...",
    "rechtbank Rotterdam")."""
    out = []
    stops = patterns.stops
    laws = any(need in text for need in patterns.law_needs)
    for match in patterns.law.finditer(text) if laws else ():
        if match.group(1):
            words = match.group(1).split()
            while len(words) > 1 and words[-1] in stops:
                words.pop()
            for i, word in enumerate(words[1:], 1):
                if word in stops - patterns.kept_links:
                    words = words[:i]
                    break
            if len(words) < 2:
                continue
            name = " ".join(words)
            start = match.start(1)
            name = _abbreviated_law(text, start, name, patterns.links) or name
            out.append(Found(start, start + len(name), (Option("Law", name),), "wet"))
        else:
            group = 2 if match.group(2) else 3
            name = match.group(group)
            if name.lower() in patterns.whole_words:
                continue
            out.append(Found(match.start(group), match.end(group), (Option("Law", name),), "wet"))
    for match in patterns.court.finditer(text):
        if match.group(2):
            name = match.group(2)
        elif match.group(1) in named_forms():
            continue  # "een federale rechtbank in Californië": a state, no seat
        elif match.group(1) in patterns.foreign_seats:
            continue  # "de rechtbank in Chicago": another system's court, not "Rechtbank X"
        elif _linked_seat(text, match, patterns) and match.group(1) not in patterns.own_seats:
            continue  # "de rechtbank in Londen": no seat of the pack's courts
        elif _seat_is_object(text, match, patterns):
            continue
        else:
            head = match.group().split()[0]
            name = f"{head[0].upper()}{head[1:]} {match.group(1)}"
        name = _clean(name)
        name = _RENAMED_COURTS.get(name, name)  # "rechtbank Utrecht": Rechtbank Midden-Nederland
        out.append(Found(match.start(), match.end(), (Option("Court", name),), "court-nl"))
    return out


def _renamed_courts() -> dict[str, str]:
    """A court named after a seat (each spelling) -> the name of the court that sits there,
    where the two differ (loaders/courts.yaml `trial_seats` and `appeal_seats`: "Rechtbank
    Utrecht" is Rechtbank Midden-Nederland, "Gerechtshof Leeuwarden" Gerechtshof
    Arnhem-Leeuwarden)."""
    data = load_data(_COURTS_FILE.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for table in data.values():
        if not isinstance(table, dict):
            continue
        for level, seats_key in (("trial", "trial_seats"), ("appeal", "appeal_seats")):
            template = str(table.get(level) or "")
            courts = table.get(seats_key) or {}
            if not template or not courts:
                continue
            for seat, forms in (table.get("seats") or {}).items():
                court = courts.get(seat)
                if court is None:
                    continue
                for form in (seat, *(forms or ())):
                    if str(form) != str(court):
                        out[template.format(seat=form)] = template.format(seat=court)
    return out


_RENAMED_COURTS: Final = _renamed_courts()


def _role_name(role: str) -> str:
    return ROLES.get(role.lower(), role.lower())


def _role_holder(name: str, role: str) -> Option:
    """Who holds a role: a person, unless the name ends like a company's ("its owner Zintra
    Holdings", "owner Zintra Media"), which is then an organisation in that role."""
    if _SUFFIX_END.search(name) is not None or name.split()[-1] in COMPANY_WORDS:
        return Option("Organization", name, props=(("role", role),))
    return Option("Person", name, props=(("role", role),))


def _state_ag(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The role match itself, unless its role is "AG" after no US state ("Texas AG Ken
    Paxton" is the state's attorney general; in "Bayer AG Chief Executive X" the AG is a
    legal form): then the role phrase that starts after it ("Chief Executive X"), if any."""
    if match.group("role") != "AG" or jurisdiction_kinds().get(match.group("org") or "") == "state":
        return match
    after = _ROLE_BEFORE.search(text, match.end("role"))
    return after if after is not None and after.start() < match.end() else None


def _people(
    text: str, role_at: list[int] | None = None, last_role: int | None = None, language: str = ""
) -> list[Found]:
    """People introduced by a role; `role_at`, if known, holds where role phrases may start
    and `last_role` where the last role word starts (_ROLE_AFTER, "X, CEO of Y", needs a
    comma before its role word, so without one before the last it is not searched)."""
    out = []
    before = (
        _ROLE_BEFORE.finditer(text)
        if role_at is None
        # at an organisation name's capital, or at the role word
        else finditer_near(_ROLE_BEFORE, text, role_at, _ROLE_WORDS_BEFORE, START_CAPITAL_OR_WORD)
    )
    for found in before:
        match = _state_ag(text, found)
        if match is None:
            continue
        name = _clean(match.group("name"))
        if name.split()[0] in NOT_NAME_START:
            continue
        role = _role_name(match.group("role"))
        org = match.group("org")
        extra: dict[str, object] = {"role": role}
        # "Co-founder X": a role word's own prefix ("co-founder"), no organisation's name
        whole_role = f"{org}-{match.group('role')}".lower() in ROLES if org else False
        if org and org not in NOT_NAME_START and org[0].isupper() and not whole_role:
            extra["role_of"] = (match.start("org"), match.end("org"))
        elif match.group("org2"):
            extra["role_of"] = (match.start("org2"), match.end("org2"))
        elif match.group("org3"):
            words = name.split()
            if any(w in COMPANY_WORDS or w in ORG_HEADS or w in PLACE_HEADS for w in words):
                continue  # "owner of Quillo Media Group": the organisation's name goes on
            if (
                language
                and not any(w in NAME_PARTICLES for w in words)
                and all(is_known_word(w.lower(), language) for w in words)
            ):
                continue  # "founders of Quillon Mercantile Exchange": ordinary words, no name
            extra["role_of"] = (match.start("org3"), match.end("org3"))
            extra["cut"] = True  # the capitalised run "Quillo Joost Brink" is two names
        out.append(
            Found(
                match.start("name"),
                match.end("name"),
                (_role_holder(name, role),),
                "role",
                extra,
            )
        )
    after = (last_role is None or "," in text[:last_role]) and _role_after_comma(text)
    for match in _ROLE_AFTER.finditer(text) if after else ():
        name = _clean(match.group("name"))
        if name.split()[0] in NOT_NAME_START:
            continue
        if match.group("org2") is None and _ends_fronted_phrase(text, match):
            continue  # "In a lawsuit against X, the judge ruled": the judge is the subject
        start = match.start("name")
        words = name.split()
        if len(words) > 2 and words[0].lower() in PERSON_DESCRIPTORS:
            # "Miljardair Elon Musk, topman van X": the describing noun opening the sentence
            cut = text.index(words[1], start + len(words[0]))
            name, start = _clean(text[cut : match.end("name")]), cut
        role = _role_name(match.group("role"))
        if match.group("role2") and _role_name(match.group("role2")) in ROLE_RELATION:
            role = _role_name(match.group("role2"))  # "CEO and founder of Y": the founding
        extra = {"role": role}
        for group in ("org", "org3", "org2"):
            if match.group(group):
                extra["role_of"] = (match.start(group), match.end(group))
        out.append(
            Found(
                start,
                match.end("name"),
                (_role_holder(name, role),),
                "role",
                extra,
            )
        )
    return out


def _ends_fronted_phrase(text: str, match: re.Match[str]) -> bool:
    """Does the name of a role-after-comma match end a phrase that opens the sentence ("In a
    lawsuit filed by A against X, the judge ruled ...")? Only when the role after the comma
    is no closed apposition ("X, the judge, said") and no comma stands before the name."""
    rest = text[match.end("role") :].lstrip()
    if not rest or rest[0] in ",.;:)":
        return False
    head = text[: match.start("name")]
    if "," in head:
        return False
    words = head.split(maxsplit=1)
    return bool(words) and words[0].lower() in _FRONTING


def _role_after_comma(text: str) -> bool:
    """Might _ROLE_AFTER match in `text`? A name holds no comma, so each match's name ends
    at a comma where _ROLE_AFTER_TAIL matches: that is tried at each comma (a few), where
    the whole pattern would be tried at every capital letter."""
    at = text.find(",")
    while at >= 0:
        if _ROLE_AFTER_TAIL.match(text, at) is not None:
            return True
        at = text.find(",", at + 1)
    return False


def _any_counted_noun(text: str, noun_at: list[int], count_at: list[int], digits: bool) -> bool:
    """Does a group noun have a count word (or a digit) among the three words before it?

    A group phrase's count is one to three words before its noun, and _groups drops a
    phrase whose count is no number of two or more or quantifier; without such a noun no
    phrase is kept, so the search can be skipped."""
    for noun in noun_at:
        first = words_back(text, noun, 3)
        if any(first <= at < noun for at in count_at) or (digits and has_digit(text[first:noun])):
            return True
    return False


#: Officials who sue as one group ("attorneys general", "AGs"), from every pack, in lower
#: case (the sentence's test is on its lower-case text; the pattern ignores case).
_OFFICIAL_PHRASES: Final = tuple(
    sorted({w.replace("_", " ").lower() for w in union("official_groups")})
)
#: The words between such a group's count and its noun ("of the", "state").
_OFFICIAL_LINKS: Final = frozenset(w.replace("_", " ") for w in union("official_group_links"))
_OFFICIAL_MODIFIERS: Final = union("official_group_modifiers")
_OFFICIAL_GROUP: Final = re.compile(
    r"\b(?P<count>\d+|[A-Za-z]+(?:-[a-z]+)?)"
    rf"(?:\s+(?:{_alternation(_OFFICIAL_LINKS)}))?\s+(?:(?:{_alternation(_OFFICIAL_MODIFIERS)})\s+)?"
    rf"(?P<noun>{'|'.join(re.escape(p) for p in _OFFICIAL_PHRASES) or 'x^'})\b",
    re.IGNORECASE,
)


def _alternatives(key: str) -> str:
    """A regex alternation of the packs' words under `key` ("_" for a space)."""
    words = sorted({w.replace("_", " ") for w in union(key)}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "x^"


#: "Attorneys General of 21 states and the District of Columbia": the group counted by
#: the states its officials come from, each extra place one more (see _official_groups).
_OFFICIAL_ORIGIN: Final = re.compile(
    rf"\b(?P<noun>{'|'.join(re.escape(p) for p in _OFFICIAL_PHRASES) or 'x^'})\s+"
    rf"(?:{_alternatives('official_group_origins')})\s+"
    r"(?P<count>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+"
    rf"(?:{_alternatives('official_group_units')})"
    rf"(?P<extra>\s+(?:{_alternatives('and')})\s+(?:(?:{_alternatives('articles')})\s+)?"
    rf"(?:{_alternatives('official_group_extras')}))?(?!\w)",
    re.IGNORECASE,
)
#: The group's noun alone ("State Attorneys General sued X"): still officials, no person.
_OFFICIAL_NOUN: Final = re.compile(
    rf"\b(?P<noun>{'|'.join(re.escape(p) for p in _OFFICIAL_PHRASES) or 'x^'})\b",
    re.IGNORECASE,
)
#: The places a group's officials come from, named after its noun ("the attorneys general
#: of New York and Ohio"): the places are the parties, the noun no group of its own.
_OFFICIAL_PLACES: Final = re.compile(
    rf"\s+(?:{_alternatives('official_group_origins')})\s+"
    rf"(?:(?:{_alternatives('articles')})\s+)?[A-Z]"
)


def _count(word: str) -> int | None:
    """A count in digits or words, also hyphenated ("33", "thirty-three")."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    parts = [NUMBERS.get(part) for part in word.split("-")]
    if not parts or any(p is None for p in parts):
        return None
    return sum(p for p in parts if p is not None)


def _official_groups(text: str) -> list[Found]:
    """ "33 attorneys general", "Thirty-three of the attorneys general", "a coalition of 14
    state attorneys general": a group of officials that acts as one party, by its count."""
    out = []
    for match in _OFFICIAL_GROUP.finditer(text):
        number = _count(match.group("count"))
        if number is None or number < 2:
            continue
        noun = match.group("noun")
        # "37 AGs": an abbreviation keeps its capitals; "33 Attorneys General": lower case
        noun = noun if noun[:-1].isupper() else noun.lower().replace("-", " ")
        name = f"{number} {noun}"
        out.append(
            Found(
                match.start(),
                match.end(),
                # named, not described: officials are no anonymous group that fits any
                # known case of the defendant (cases.py, _plaintiffs_fit)
                (Option("Organization", name),),
                "officials",
                {"count": number},
            )
        )
    for match in _OFFICIAL_ORIGIN.finditer(text):
        number = _count(match.group("count"))
        if number is None or number < 2:
            continue
        if match.group("extra"):
            number += 1  # "... of 21 states and the District of Columbia": 22 offices
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Organization", f"{number} {_official_noun(match.group('noun'))}"),),
                "officials",
                {"count": number},
            )
        )
    for match in _OFFICIAL_NOUN.finditer(text):
        if any(f.start <= match.start() < f.end for f in out):
            continue
        if _OFFICIAL_PLACES.match(text, match.end()):
            continue  # "the attorneys general of New York and Ohio": the states
        # "State Attorneys General sued X": an uncounted group of offices, never a person
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Organization", _official_noun(match.group("noun"))),),
                "officials",
                {},
            )
        )
    return out


def _official_noun(noun: str) -> str:
    """The group's noun as a name: "AGs" keeps its capitals, "Attorneys General" goes
    lower case."""
    return noun if noun[:-1].isupper() else noun.lower().replace("-", " ")


def _groups(text: str, language: str, noun_at: list[int] | None = None) -> list[Found]:
    """Plaintiff groups and Does; `noun_at`, if known, holds where group nouns start (none
    when no noun has a count before it: see _any_counted_noun)."""
    out = []
    doe = any(cue in text for cue in _DOE_CUES)
    for match in _DOE.finditer(text) if doe else ():
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Person", _clean(match.group()), props=(("protected", True),)),),
                "doe",
                {"group": True},
            )
        )
    groups = (
        _GROUP.finditer(text)
        if noun_at is None
        else finditer_near(_GROUP, text, noun_at, _GROUP_WORDS_BEFORE, START_WORD)
    )
    for match in groups:
        found = _group(match)
        retry: re.Match[str] | None = match
        while found is None and retry is not None:
            # "spanden honderden hotels": the pattern read "spanden" as the count and
            # "honderden" as a modifier; a group of businesses may start at the next word
            after = _NEXT_WORD.search(text, retry.end("count"), retry.start("noun"))
            retry = _GROUP.match(text, after.start()) if after is not None else None
            found = _group(retry) if retry is not None else None
            if (
                found is not None
                and found.options[0].type != "Organization"
                and retry is not None
                and found.start == retry.start()  # (not "the families of three victims")
                and not _no_count_before(match)
            ):
                found = None  # (a group of persons keeps its reading: "one of three
                # victims"; but "Just five people ran X" counts five)
        if found is not None:
            out.append(found)
    return out


def _no_count_before(match: re.Match[str]) -> bool:
    """Did a group match read the sentence's opening word as its count when it counts
    nothing ("Just five people ran X", "Only three men": "Just", "Only"), with no "of"
    after it, so that the group starts at the next word, as it would open the sentence
    without that word? Not "One of three victims" (a part of a group)."""
    if match.string[: match.start()].strip():
        return False  # inside a sentence ("sued by three women") a person group keeps its reading
    count = match.group("count").lower()
    if count.isdigit() or count in NUMBERS or count in GROUP_QUANTIFIERS:
        return False
    words = match.group().lower().split()
    return not any(w in OF for w in words[1:])


#: The words right before a part of a group ("one of the", "een van de").
_PARTITIVE: Final = re.compile(
    rf"\b(?:{_alternation(OF)})\s+(?:{_alternation(ARTICLES)})\s+$", re.IGNORECASE
)
#: What opens the names a plural noun lists ("including", ": ", "namelijk").
_LISTED_AFTER: Final = re.compile(
    rf",?\s*(?::|(?:{_alternation(LIST_OPENERS | NAMELY)})\b)", re.IGNORECASE
)
#: The start of the next word.
_NEXT_WORD: Final = re.compile(r"(?<=\s)\S")


def _group(match: re.Match[str]) -> Found | None:
    """The plaintiff group a _GROUP match names, if its count counts and its noun is a
    group's."""
    count, noun = match.group("count").lower(), match.group("noun").lower()
    business = noun in ORGANIZATION_GROUP_NOUNS
    if noun not in GROUP_NOUNS and not business:
        return None
    number = int(count) if count.isdigit() else NUMBERS.get(count)
    if number is None and count not in GROUP_QUANTIFIERS:
        return None
    if number is not None and number < 2:
        return None
    if business and _PARTITIVE.search(match.string, 0, match.start()):
        return None  # "X, een van de 240 hotels, ...": the one named is the party
    if business and _LISTED_AFTER.match(match.string, match.end()):
        return None  # "three companies including X and Y": the names listed are the parties
    surface = match.group()
    start = match.start()
    kin = None if business else _KIN_OF.search(match.string, 0, start)
    if kin is not None:  # "the families of three victims sued X": the families sue
        start = kin.start("kin")
        surface = match.string[start : match.end()]
    option = (
        Option("Organization", _clean(surface))
        if business  # "honderden Duitse hotels": businesses, no protected persons
        else Option("Person", _clean(surface), props=(("protected", True),))
    )
    return Found(start, match.end(), (option,), "group", {"group": True, "count": number})


#: A kin noun and "of" right before a counted group ("the families of three victims"): the
#: kin are the group that acts, named with the persons they are kin of.
_KIN_OF: Final = re.compile(
    rf"(?<![\w-])(?P<kin>{_alternation(frozenset().union(*KIN_NOUNS.values()))})\s+"
    rf"(?:{_alternation(OF)})\s+$",
    re.IGNORECASE,
)


_COURTISH: Final = frozenset(
    [
        "U.S.",
        "US",
        "United",
        "States",
        "Federal",
        "Supreme",
        "Superior",
        "District",
        "Circuit",
        "Court",
        "Courts",
        "Appeals",
        "High",
        "County",
        "State",
        "Bankruptcy",
        "Magistrate",
        "Tribunal",
    ]
)


_NEW_SENTENCE: Final = re.compile(r"\.\s+(?:The|A|An)\s+")
#: A county's trial court named before its place ("Superior Court in Marin County").
_COUNTY_COURT: Final = re.compile(r"(?:State\s+)?(?:Superior|Circuit|District)\s+Court")
_COUNTY_PLACE: Final = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}County")


def _court(start: int, run: str) -> list[Found]:
    """A court name, without a person before it ("Judge X of the ...") or a place after it
    ("... Court in Nassau County"), nor a sentence before it that the splitter kept ("fines
    against X. The Supreme Court has ...": a name's initial and "The" open no court name)."""
    opening = _NEW_SENTENCE.search(run)
    if opening:
        start += opening.end()
        run = run[opening.end() :]
    cut = _IN_PLACE.search(run)
    if cut:
        county = _COUNTY_PLACE.fullmatch(run, cut.end())
        if county is not None and _COUNTY_COURT.fullmatch(run, 0, cut.start()) is not None:
            # "State Superior Court in San Mateo County": the county's own trial court,
            # written as the county names it ("San Mateo County Superior Court")
            court = f"{county.group(0)} {run[: cut.start()].split()[-2]} Court"
            return [Found(start, start + len(run), (Option("Court", _clean(court)),), "court")]
        run = run[: cut.start()]
    parts = _OF_THE.split(run)
    if run.split()[-1] in _JUDGE_WORDS:
        return []  # "Circuit Judges": a plural role, no court
    if len(parts) == 1 and any(w in _JUDGE_WORDS for w in run.split()):
        return []  # "Circuit Judges Maria Ortega and Henry Vale": judges, named; no court
    if len(parts) > 2 and any(w in _JUDGE_WORDS for w in parts[0].split()):
        start += len(parts[0]) + len(parts[1])  # "U.S. District Judge X of the ..."
        parts = parts[2:]
    while len(parts) > 2 and not any(w in _COURTISH for w in parts[0].split()):
        start += len(parts[0]) + len(parts[1])
        parts = parts[2:]
    name = "".join(parts)
    if len(name.split()) < 2:
        return []
    canonical = _court_citations_data().district_court(name)
    return [Found(start, start + len(name), (Option("Court", canonical or _clean(name)),), "court")]


def _classify_run(text: str, start: int, end: int, run: str) -> list[Found]:
    """What a capitalised run names; `end` is start + len(run). Only an Act's year looks
    past the run, so the rest is worked out once per distinct run (names recur)."""
    if end < len(text) and text[end] == " ":
        shared = _shared_titles(text, start, end, run)
        if shared:
            return shared
    shape = _RUN_SHAPES.get(run)
    if shape is None:
        if len(_RUN_SHAPES) >= _CACHE_LIMIT:
            _RUN_SHAPES.clear()
        shape = _RUN_SHAPES[run] = _run_shape(run)
    act, founds = shape
    if act:
        year = _ACT_YEAR.match(text, end) if act == _ACT else None
        if year:
            end = year.end()
        adjective = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if adjective is not None and adjective.group(1) in _COUNTRY_ADJECTIVES:
            # "the German Competition Act": a country's law, titled so in English (not
            # "the European Digital Services Act", which is the DSA)
            start = adjective.start(1)
        name = _clean(text[start:end])
        return [Found(start, end, (Option("Law", name, props=(("kind", "statute"),)),), "act")]
    if any(f.extra.get("initials") for f in founds):
        before = _LOWER_WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is not None and before.group(1) in ARTICLES:
            # "Daarom heeft het OM Zorvik vervolgd": a body's initials after its article,
            # then the next name (a verb-second subject and its object), not one firm
            founds = tuple(f for f in founds if not f.extra.get("initials"))
    return [Found(start + f.start, start + f.end, f.options, f.rule, dict(f.extra)) for f in founds]


#: The word after a run ("... Data Privacy acts") and the number after a bill word ("Bill 12").
_WORD_AFTER: Final = re.compile(r" ([A-Za-z]+)\b")
_BILL_NUMBER: Final = re.compile(r" (\d{1,5})\b")
#: "and" between two capitalised titles in one run, in every pack's words.
_TITLES_AND: Final = re.compile(rf" (?:{_alternation(AND)}) ")


def _shared_titles(text: str, start: int, end: int, run: str) -> list[Found]:
    """Laws a run names with a word after it: two titles joined by "and" before the plural
    of "Act" ("Utah's Fair Trading and Data Privacy acts": the Fair Trading Act and the
    Data Privacy Act), or a chamber's numbered bill ("Senate Bill 12", "House Bill 3");
    else nothing."""
    words = run.split()
    if len(words) >= 2 and words[-1] in BILL_WORDS and words[-2] in BILL_CHAMBERS:
        number = _BILL_NUMBER.match(text, end)
        if number is None:
            return []
        at = start + run.rindex(words[-2])
        name = f"{words[-2]} {words[-1]} {number.group(1)}"
        law = Found(at, number.end(), (Option("Law", name, props=(("kind", "bill"),)),), "bill")
        before = run[: at - start].rstrip()
        if not before:
            return [law]
        return [*_classify_run(text, start, start + len(before), before), law]
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return []
    if after.group(1) in LAW_TITLE_LOWER_ENDS:
        return _lower_headed_law(text, start, after.end(), run)
    if after.group(1) not in ACT_PLURALS:
        return []
    joint = _TITLES_AND.search(run)
    if joint is None or _TITLES_AND.search(run, joint.end()) is not None:
        return []
    left, right = run[: joint.start()], run[joint.end() :]
    if not all(w[:1].isupper() for w in (*left.split(), *right.split())):
        return []
    act = (("kind", "statute"),)
    return [
        Found(start, start + len(left), (Option("Law", f"{_clean(left)} Act", props=act),), "act"),
        Found(start + joint.end(), after.end(),
              (Option("Law", f"{_clean(right)} Act", props=act),), "act", {"shared": True}),
    ]  # fmt: skip


def _lower_headed_law(text: str, start: int, end: int, run: str) -> list[Found]:
    """A law titled by a run of two or more capitalised words and a lower-case law noun
    ("Ruritania's controversial Data Shield law", "the Safe Feeds law"), after a determiner or
    a possessive and at most two lower-case words; not a place ("the New York law") nor a
    name with a legal form."""
    words = run.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    if jurisdiction_kinds().get(run) is not None or _SUFFIX_END.search(run):
        return []
    before = text[max(0, start - 48) : start].split()
    k, skipped = len(before) - 1, 0
    while k >= 0 and skipped < 2 and before[k].isalpha() and before[k].islower():
        if before[k] in LAW_TITLE_DETERMINERS:
            break
        k, skipped = k - 1, skipped + 1
    if k < 0 or not (before[k] in LAW_TITLE_DETERMINERS or possessive(before[k])):
        return []
    law = Option("Law", _clean(text[start:end]), props=(("kind", "statute"),))
    return [Found(start, end, (law,), "code")]


#: The lower-case word right before a run, after a space.
_LOWER_WORD_BEFORE: Final = re.compile(r"(?<!\S)([a-z]+) +$")


#: Adjectives of one country each ("German", "Franse"): a foreign law's English title may
#: open with one.
_COUNTRY_ADJECTIVES: Final = frozenset(
    a for a, place in ADJECTIVE_JURISDICTION.items() if jurisdiction_kinds().get(place) == "country"
)
#: The capitalised word right before a run, after a space.
_WORD_BEFORE: Final = re.compile(r"(?<!\S)([A-Z][\w-]*) +$")


#: A run that names an Act ("Communications Decency Act", which a year may follow) or an
#: Act with its year ("... Act 2023"); see _run_shape.
_ACT, _ACT_WITH_YEAR = 1, 2


def _run_shape(run: str) -> tuple[int, tuple[Found, ...]]:
    """(whether and how the run names an Act, else its Founds at offset 0)."""
    words = run.replace(",", " ").split()
    if not words:
        return 0, ()
    last = words[-1]
    if last == "Act" or (len(words) > 2 and words[-2] == "Act" and words[-1].isdigit()):
        if len(words) < 2:
            return 0, ()
        return (_ACT if last == "Act" else _ACT_WITH_YEAR), ()
    return 0, tuple(_classify_named(0, len(run), run, words))


_NUMBER_BEFORE: Final = re.compile(r"(?<![\w.,$€£-])\d{3,}[ ]$")


def _numbered_company(text: str, start: int, run: str) -> int:
    """The length of the number and space before a run that is a legal form alone ("8579
    LLC"), 0 if there is none."""
    if not run or not legal_form(run) or start < 4:
        return 0
    found = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
    return start - found.start() if found else 0


def _law_title(run: str) -> bool:
    """Does the run end as a law's title does ("... Act", "... Act 2023", "... Penal Code")?"""
    words = run.split()
    return len(words) >= 2 and (_run_shape(run)[0] != 0 or words[-1] in LAW_TITLE_ENDS)


def _classify_named(start: int, end: int, run: str, words: list[str]) -> list[Found]:
    """_classify_run for a run that names no Act: a law code, court, company,
    organisation or (weakly) a person or platform."""
    last = words[-1]
    # "Penal Code", "Wetboek van Strafrecht", "Unfair Competition Law": a law by its title
    if last in LAW_TITLE_ENDS and len(words) >= 2:
        kind = "regulation" if last in REGULATION_WORDS else "statute"
        return [Found(start, end, (Option("Law", _clean(run), props=(("kind", kind),)),), "code")]
    if any(w in _COURT_HEADS for w in words):
        if last in ("Rules", "Rule"):
            return []  # "the Federal Court Rules 2011": a court's rules of procedure, no court
        cut = _BEFORE_COURT.search(run)
        if cut and not any(w in _COURT_HEADS for w in run[: cut.start()].split()):
            # "X and Y in Los Angeles Superior Court": the names, then the court
            court_start = cut.end()
            before = run[: cut.start()]
            return _classify_named(start, start + len(before), before, before.split()) + _court(
                start + court_start, run[court_start:]
            )
        return _court(start, run)
    if (
        len(words) >= 4
        and words[-1] == "AG"
        and words[-3] == "and"
        and jurisdiction_kinds().get(words[-2]) == "state"
    ):  # "against Roblox and Florida AG's inquiry": a US state's attorney general after a
        # list word, not a legal form ending one company's name; the title is no name
        first = run[: run.rindex(" and ")]
        return _classify_named(start, start + len(first), first, first.split())
    if (
        len(words) == 2
        and _ORG_SUFFIX.search(words[0])
        and words[1].isalpha()
        and words[1].isupper()
        and 2 <= len(words[1]) <= 6
    ):
        # "Tennisbond KNLTB werd beboet", "Gokautoriteit KSA": a description (capitalised
        # where it opens a sentence) before a short name; the short name is the body's
        rest = run.index(words[1], len(words[0]))
        return [Found(start + rest, end, (Option("Organization", words[1]),), "organization")]
    if (
        len(words) >= 2
        and _ORG_SUFFIX.search(words[0])
        and words[0].lower().endswith(_ENFORCER_ENDINGS)
        and words[1][:1].isupper()
        and not words[1].isupper()
    ):
        # "legde de Kansspelautoriteit Zorvik Ltd een boete op": a one-word body's name,
        # then the next name beside it (a verb-second subject and its object); not a
        # description before a short name ("Tennisbond KNLTB", "Gokautoriteit KSA")
        rest = run.index(words[1], len(words[0]))
        body = Found(
            start, start + len(words[0]), (Option("Organization", words[0]),), "organization"
        )
        words = run[rest:].replace(",", " ").split()
        return [body, *_classify_named(start + rest, end, run[rest:], words)]
    if _SUFFIX_END.search(run) and len(words) >= 2:
        pair = _NAME_AND.match(run)
        if pair and not _SUFFIX_END.match(pair.group(2).split()[0]):
            # "Derek Hollins and Cloudmesa LLC", "Bain Capital and Cloudmesa LLC": two
            # names of two or more words each, not one company's ("Procter & Gamble Co.")
            first, rest = pair.group(1), pair.start(2)
            return _classify_named(start, start + len(first), first, first.split()) + (
                _classify_named(start + rest, end, run[rest:], run[rest:].replace(",", " ").split())
            )
        name = _clean(run)
        return [
            Found(
                start,
                end,
                # a company's legal name: an owner or a supplier; a site only by its domain
                (Option("Organization", name), Option("Vendor", name))
                + ((Option("Platform", name),) if "." in name.replace(".,", "") else ()),
                "company",
            )
        ]
    if any(w in ORG_HEADS for w in words) and len(words) >= 2:
        return [Found(start, end, (Option("Organization", _clean(run)),), "organization")]
    if len(words) == 1 and _ORG_SUFFIX.search(last):
        # "de Consumentenbond", "de Woonbond": an association by its name's last part
        return [Found(start, end, (Option("Organization", last),), "organization")]
    return _weak_people(start, run)


#: Endings of a regulator's one-word name ("Kansspelautoriteit"), every pack's.
_ENFORCER_ENDINGS: Final = tuple(sorted({h for heads in ENFORCER_HEADS.values() for h in heads}))

#: One-word names of associations by their ending ("Consumentenbond"; pack
#: `organization_suffixes`).
_ORG_SUFFIX: Final = re.compile(
    rf"^[A-Z][a-zà-ÿ]{{3,}}(?:{_alternation(union('organization_suffixes')) or '(?!)'})$"
)


#: A name of two or three capitalised words, then "and" and the rest of a run.
_NAME_AND: Final = re.compile(r"((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) (?:and|&) ([A-Z]\S* \S.*)")


def _hyphened_surname(word: str) -> bool:
    """A surname joined by a hyphen, every part capitalised ("K-Brooks", "Smith-Jones")."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)


#: Nouns that follow an article in a clause but never end a person's name: the packs' law, court
#: and organisation heads ("de Wet", "de Rechtbank", "de Autoriteit").
_NOUN_SURNAMES: Final = frozenset(
    {w for heads in LAW_HEADS.values() for w in heads}
    | {w.lower() for w in COURT_NOUNS | ORG_HEADS | COURT_WORDS}
)


#: A compound ending in a law's head is a law's name ("de Telecommunicatiewet").
_LAW_COMPOUND_ENDS: Final = tuple(
    sorted({w for heads in LAW_HEADS.values() for w in heads if len(w) >= 3})
)


def _noun_head(word: str) -> bool:
    """Is the capitalised word a law's, court's or organisation's head, which after an
    article starts a name of its own ("schond Koopjeshoek de Wet ...")?"""
    lowered = word.rstrip(".,").lower()
    return lowered in _NOUN_SURNAMES or lowered.endswith(_LAW_COMPOUND_ENDS)


def _particle_person(words: list[str]) -> bool:
    """A person's name with a surname particle ("Jan de Wit", "Pieter van der Berg"): a
    capitalised given name and surname around the packs' particles. A lone "van" is left
    out: it joins as many organisations' names ("Raad van State", "Kamer van Koophandel")."""
    if not 3 <= len(words) <= 5 or words[0] in ORG_HEADS or words[-1] in COMPANY_WORDS:
        return False
    if _noun_head(words[-1]):
        return False  # "schond Koopjeshoek de Wet ...": a verb-second object, no surname
    middle = words[1:-1]
    return (
        middle != ["van"]
        and all(w in NAME_PARTICLES for w in middle)
        and all(w[0].isupper() and w.isalpha() and w[1:].islower() for w in (words[0], words[-1]))
    )


def _acronym_headed(words: list[str]) -> bool:
    """ "ALS Scan", "BMG Rights", "UMG Recordings": a firm's initials before one or two
    capitalised words are one organisation's name; not a body's or a place's initials
    before a role or an institution ("FBI Director", "US Senate", "EU Commission")."""
    head = words[0]
    if not 2 <= len(words) <= 3 or not (head.isalpha() and head.isupper() and 2 <= len(head) <= 5):
        return False
    if head in named_forms():
        return False
    return all(
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and w.lower() not in ROLES
        and w not in ORG_HEADS
        and w not in PLACE_HEADS
        and w.lower() not in COURT_NOUNS
        and w not in NOT_NAME_START
        for w in words[1:]
    )


#: A brand written as a word, then digits ("Tele2", "Studio71"); not a code in capitals
#: ("A320", "GPT4"), which has no lower-case run.
_DIGIT_END: Final = re.compile(r"[A-Z][a-z]{2,}\d{1,3}")


def _inner_particle(words: list[str], k: int) -> bool:
    """Is words[k] a capitalised surname particle between two words of a person's name
    ("Daniel De Freitas", "Mark Van Dongen"), not a word that opens a clause ("De", "Van"
    are also sentence openers that never start a name)?"""
    return 0 < k < len(words) - 1 and words[k].lower() in NAME_PARTICLES


def _weak_people(start: int, run: str) -> list[Found]:
    """Unknown capitalised names, typed by their shape, that only a rule needing such an end
    may use: "YouPorn" (one CamelCase word: a platform or company), "Fenix International" (a
    company word: an organisation or vendor), "Steve Huffman" (a person or organisation).
    "Steve Huffman and Alexis Ohanian" gives two."""
    out = []
    for part in _NAME_PARTS.finditer(_AND.sub(lambda m: "\x00" * len(m.group()), run)):
        words = [w for w in part.group().split() if w != "&"]
        if not words or any(
            w in _MONTHS_DAYS and not _inner_particle(words, k) for k, w in enumerate(words)
        ):
            continue
        if len(words) == 1 and words[0].rstrip(".").lower() in MONTHS:
            continue  # "Feb. 24": an abbreviated month, no brand
        if _particle_person(words):  # "Jan de Wit", "Pieter van der Berg"
            lo = start + part.start()
            name = _clean(part.group())
            out.append(Found(lo, lo + len(part.group()), (Option("Person", name),), "name",
                             {"weak": True}))  # fmt: skip
            continue
        if not all(
            (w[0].isupper() or (w is words[0] and _LOWER_BRAND.fullmatch(w)))
            and w.replace("-", "").replace("'", "").isalnum()
            for w in words
        ):
            continue
        if len(words) > 1 and words[0].lower() in ROLES:
            continue  # "Founder Tyrone Mills": the role rule reads the person after the role
        group, offset = part.group(), part.start()
        if len(words) > 2 and words[0].lower() in PERSON_DESCRIPTORS:
            # "Investor Piet Kalvan": the describing noun opening the sentence, then the name
            cut = group.index(words[1], len(words[0]))
            group, offset, words = group[cut:], offset + cut, words[1:]
        acronym = len(words) == 1 and words[0].isupper() and 3 <= len(words[0]) <= 5
        if (
            not acronym
            and not _acronym_headed(words)
            and any(
                w.isupper()
                and len(w) > 1
                and not (w in COMPANY_WORDS and w is words[-1] and len(words) > 1)
                for w in words
            )
        ):
            continue  # "the FBI Director"; but a company word may be one ("Clearview AI")
        single = False
        if len(words) == 1:
            if acronym:  # "AWS": kept where the document repeats it (pipeline._from_rule)
                single = True
            elif not any(c.isupper() for c in words[0][1:]):
                # a brand-like word ("Cloudflare", "Amazon"): weaker still, never at a
                # sentence's start (see pipeline._from_rule)
                if len(words[0]) < 3 or words[0] in NOT_NAME_START:
                    continue
                if not words[0].isalpha() and not _DIGIT_END.fullmatch(words[0]):
                    continue  # "Tele2", "Studio71": a word, then a number, is a brand
                single = True
            types: tuple[str, ...] = ("Platform", "Organization", "Vendor")
            if acronym:  # "FOSTA amended Section 230": a law, where only a law fits the slot
                types += ("Law",)
        elif (
            any(w in COMPANY_WORDS for w in words) or "&" in group or _acronym_headed(words)
        ):  # a firm's initials too ("BMG Rights"): no person
            types = ("Organization", "Vendor")  # a firm's "&" too ("Massaschade & Consument")
        elif (
            # (two given names before a capitalised particle: "Marcos Paulo De Sousa-Lima")
            (len(words) <= 3 or (len(words) == 4 and _inner_particle(words, 2)))
            and all(w.isalpha() or _hyphened_surname(w) for w in words[1:])
            and words[0].isalpha()
            and words[0][0].isupper()  # "eBay Motors": no person
            and not _IN_NAME.search(group)  # this name's words, not its list's
            and words[0] not in PLACE_PREFIXES
            and words[-1] not in PLACE_HEADS  # "Harris County": a place
            # "App Vault", "Site Guard": a platform noun opens a product's name, no person's
            and not any(words[0].lower() in heads for heads in NAME_HEADS.values())
        ):
            # "Steve Huffman": a person (a company or a site is introduced by a role
            # noun, a legal form or a company word, see typed.py)
            types = ("Person",)
        else:
            continue
        lo = start + offset
        name = _clean(group)
        options = tuple(Option(t, name) for t in types)
        extra: dict[str, object] = {"weak": True, "single": True} if single else {"weak": True}
        if acronym:
            extra["acronym"] = True
        elif _acronym_headed(words):
            extra["initials"] = True  # see _classify_run: not after an article
        out.append(Found(lo, lo + len(group), options, "name", extra))
    return out
