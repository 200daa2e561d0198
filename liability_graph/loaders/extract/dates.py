"""Dates in a sentence, as partial ISO strings, with relative ones resolved against the
document's publication date ("vorig jaar" in an April 2019 article is 2018).

Fast regular expressions handle the usual forms in both languages; dateparser is asked
only about the rare day-month-year strings those leave unresolved. Each expression runs
only on sentences that hold what every one of its matches holds (a digit, a month name, a
year), and month names are matched through _words, which re searches several times faster
than a plain alternation; both change no result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import ahocorasick

from liability_graph.loaders.extract.lexicon import MONTHS, NUMBERS
from liability_graph.loaders.extract.search import ODD_CASE as _ODD_CASE
from liability_graph.loaders.extract.search import (
    START_WORD,
    finditer_near,
    has_digit,
    words_back,
)
from liability_graph.loaders.languages import (
    DEFAULT_LANGUAGE,
    EXTRACTION_LANGUAGES,
    extraction_packs,
    pack,
)


def _pack_words(key: str) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for item in extraction_packs():
        out |= item.date_words(key)
    return out


def _pack_phrases(key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(p for item in extraction_packs() for p in item.date_phrases(key))


#: Relative date phrases of every extraction language: words ("{n}": a number) and meaning,
#: as (kind, value); see the `relative` entries of the packs.
_MEANINGS: Final = ("published", "anchor", "before_anchor", "ago", "month", "around")
_RELATIVE_PHRASES: Final[list[tuple[tuple[str, ...], str, int]]] = []
for _item in extraction_packs():
    for _entry in _item.dates("relative") or ():
        _kinds = [k for k in _MEANINGS if k in _entry]
        if len(_kinds) != 1:
            raise ValueError(
                f"language pack {_item.code}: relative date {_entry!r} needs one meaning"
            )
        _RELATIVE_PHRASES.append(
            (tuple(str(_entry["phrase"]).lower().split()), _kinds[0], int(_entry[_kinds[0]]))
        )
_WEEKDAYS: Final = _pack_words("weekdays")
#: Each weekday's number (Monday 0), from the order the packs list them in.
_WEEKDAY_NUMBERS: Final = {
    str(word): number
    for _item in extraction_packs()
    for number, word in enumerate(str(_item.dates("weekdays") or "").lower().split())
}
_WEEKDAY_OPENERS: Final = _pack_words("weekday_openers")
#: Each slot-free phrase, as its words joined by single spaces, with its meaning.
_FIXED_MEANING: Final = {
    " ".join(words): (kind, value) for words, kind, value in _RELATIVE_PHRASES if "{n}" not in words
}
_NUMBER_PHRASES: Final = [
    (words, kind, value) for words, kind, value in _RELATIVE_PHRASES if "{n}" in words
]


#: One-word times of the packs: weekdays, months and one-word relative dates ("gisteren").
_TIME_WORDS: Final = frozenset(
    _WEEKDAYS | set(MONTHS) | {phrase for phrase in _FIXED_MEANING if " " not in phrase}
)


def time_word(lower: str) -> bool:
    """Is the lower-case word a time of its own ("dinsdag", "maart", "gisteren")?"""
    return lower in _TIME_WORDS


#: Words that open a weekday or a month ("on Monday", "last Tuesday", "in March").
_TIME_OPENERS: Final = _WEEKDAY_OPENERS | _pack_words("month_openers")


def time_opener(lower: str) -> bool:
    """Does the lower-case word open a weekday or a month named after it ("on", "in")?"""
    return lower in _TIME_OPENERS


def _longest(words: tuple[str, ...]) -> tuple[str, int]:
    """The longest word of a phrase other than its number slot, and its index: every
    match of the phrase holds it, at most that many words after the match's start."""
    index = max((i for i, w in enumerate(words) if w != "{n}"), key=lambda i: (len(words[i]), i))
    return words[index], index


#: Characters that re.IGNORECASE matches to a lower-case ASCII letter besides the letter and
#: its capital (re's documentation lists them; a test checks all of Unicode).
_EXTRA_CASES: Final = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}  # İ ı, ſ, Kelvin K


def _words(words) -> str:
    """An alternation of lower-case words that, under re.IGNORECASE, matches what
    "|".join(words) matches, preferring the same word, but with the words grouped by their
    first letter, written as a case-sensitive class of every character that letter
    matches: re then skips a group whose class fails without trying its words, which makes
    a search about as many times faster as there are words per letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = []
    for first, rests in groups.items():
        if not (first.isascii() and first.isalpha() and first.islower()):
            raise ValueError(f"_words takes lower-case ASCII words: {word!r}")
        cases = first + first.upper() + _EXTRA_CASES.get(first, "")
        branches.append(f"(?-i:[{cases}])(?:{'|'.join(rests)})")
    return "|".join(branches)


_MONTH: Final = r"(?P<month>" + _words(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR: Final = r"(?P<year>(?:19[89]\d|20[0-4]\d))"
#: What must surround a year standing alone, written after it: the same as
#: "(?<![\d/§.-])\b" before it (no word character, "/", "§", "." or "-" just before,
#: checked five characters back from its end), so that re finds candidates by their first
#: digit rather than trying the look-behind everywhere, and "\b(?![/.-]?\d)" after it.
YEAR_AFTER: Final = r"(?<![\w/§.-]....)\b(?![/.-]?\d)"
_DAY: Final = rf"(?P<day>[0-3]?\d)(?:{'|'.join(sorted(_pack_words('day_endings'), key=lambda w: (-len(w), w)))})?"
#: Each pattern with what it needs besides a digit (which all need): a "-", a month name,
#: a year (which needs "19" or "20").
#: The third item, for a pattern with a month name, is how many words before the month a
#: match may start (find_dates then tries it only there).
_PATTERNS: Final[list[tuple[re.Pattern[str], tuple[str, ...], int | None]]] = [
    (re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"), ("-",), None),
    (
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
        ("month", "year"),
        2,
    ),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), ("month", "year"), 0),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), ("month", "year"), 0),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\w)", re.IGNORECASE), ("month",), 1),
    (re.compile(rf"{_YEAR}{YEAR_AFTER}"), ("year",), None),
]
#: The month name of every pattern that has one is a whole word: it follows a \b or a
#: space and comes before ".", ",", a space or another non-word character.
_MONTH_WORD: Final = re.compile(
    r"\b(?:" + _words(sorted(MONTHS, key=len, reverse=True)) + r")(?!\w)", re.I
)
#: Words that make a sentence worth searching for relative dates: the longest word of
#: each relative phrase and the weekdays (every _RELATIVE match holds one); a relative-date
#: match starts at most _RELATIVE_WORDS_BEFORE words before its cue.
_RELATIVE_WORDS: Final = tuple(
    sorted({_longest(words)[0] for words, _, _ in _RELATIVE_PHRASES} | _WEEKDAYS)
)
_RELATIVE_CUES: Final = _RELATIVE_WORDS
_RELATIVE_WORDS_BEFORE: Final = max(
    [_longest(words)[1] for words, _, _ in _RELATIVE_PHRASES] + [1 if _WEEKDAY_OPENERS else 0]
)
#: Words that make a sentence worth searching for dates (besides digits).
_DATE_WORDS: Final = (
    *sorted({m for m in MONTHS if len(m) > 3}, key=len, reverse=True),
    *_RELATIVE_WORDS,
)
#: Every _MONTH_WORD match holds one of these (lower case).
_MONTH_NAMES: Final = tuple(sorted({m.lower().rstrip(".") for m in MONTHS}))
_ANY_DATE: Final = re.compile(r"\d|" + "|".join(re.escape(w) for w in _DATE_WORDS), re.IGNORECASE)
_MONTH_ALONE: Final = re.compile(
    rf"\b(?:{_words(sorted(_pack_words('month_openers')))})\s+{_MONTH}(?!\w)",
    re.IGNORECASE,
)


def _phrase_pattern(words: tuple[str, ...]) -> str:
    return r"\s+".join(r"(\w+)" if w == "{n}" else re.escape(w) for w in words)


_RELATIVE: Final = re.compile(
    r"\b(?P<rel>"
    + "|".join(
        _phrase_pattern(words)
        for words in sorted(
            {w for w, _, _ in _RELATIVE_PHRASES}, key=lambda w: (-len(" ".join(w)), w)
        )
    )
    + (
        rf"|(?:(?:{'|'.join(sorted(_WEEKDAY_OPENERS))})\s+)?(?:{'|'.join(sorted(_WEEKDAYS))})"
        if _WEEKDAYS
        else ""
    )
    + r")\b",
    re.IGNORECASE,
)
_NUMERIC: Final = re.compile(r"(?<![\d/.-])\b[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d{2}\b")
_NUMERIC_END: Final = re.compile(r"[/.-](?:19|20)\d\d")  # in every _NUMERIC match
#: Month names of the languages that write them in lower case (so "juni" alone is a date).
_LOWERCASE_MONTHS: Final = frozenset(
    str(m)
    for item in extraction_packs()
    if item.dates("lowercase_months")
    for m in item.dates("months") or {}
    if len(str(m)) > 3
)


def _span_cue(words: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    alternatives = sorted(
        {re.escape(w) for w in words} | {r"\s+".join(map(re.escape, p)) for p in phrases},
        key=lambda a: (-len(a), a),
    )
    return re.compile(rf"(?:{'|'.join(alternatives)})\s*$", re.I)


_FROM: Final = _span_cue(_pack_words("from"), _pack_phrases("from_phrases"))
_TO: Final = _span_cue(_pack_words("to"), _pack_phrases("to_phrases"))
_ONWARDS: Final = re.compile(
    r"^\s*(?:"
    + "|".join(
        sorted(
            {re.escape(w) for w in _pack_words("onwards")}
            | {r"\s+".join(map(re.escape, p)) for p in _pack_phrases("onwards_phrases")},
            key=lambda a: (-len(a), a),
        )
    )
    + r")\b",
    re.I,
)
#: The last word of every _FROM and _TO match (before its trailing whitespace), lower case.
_FROM_LAST: Final = tuple(
    sorted(_pack_words("from") | {p[-1] for p in _pack_phrases("from_phrases")})
)
_TO_LAST: Final = tuple(sorted(_pack_words("to") | {p[-1] for p in _pack_phrases("to_phrases")}))
#: The most words a _FROM or _TO match spans (a phrase's words, or one word).
_SPAN_CUE_WORDS: Final = max(
    [1, *(len(p) for p in _pack_phrases("from_phrases") + _pack_phrases("to_phrases"))]
)

#: Kinds of cue word, as bits: a word that makes a sentence worth searching, a month
#: name, a relative-date word and a relative-date cue.
_DATE_WORD, _MONTH_NAME, _RELATIVE_WORD, _RELATIVE_CUE = 1, 2, 4, 8


def cue_word_kinds() -> dict[str, int]:
    """Every cue word of find_dates with its kinds (bits): the words of the date cue pass,
    which recognize's sentence cue pass also finds (recognize.sentence_cues)."""
    kinds: dict[str, int] = {}
    for kind, words in (
        (_DATE_WORD, _DATE_WORDS),
        (_MONTH_NAME, _MONTH_NAMES),
        (_RELATIVE_WORD, _RELATIVE_WORDS),
        (_RELATIVE_CUE, _RELATIVE_CUES),
    ):
        for word in words:
            kinds[word] = kinds.get(word, 0) | kind
    return kinds


def _cue_automaton() -> ahocorasick.Automaton:
    """Every cue word of find_dates, each with (its kinds, its length), for one pass over
    a sentence's lower-case text instead of a substring test per word."""
    automaton = ahocorasick.Automaton()
    for word, kind in sorted(cue_word_kinds().items()):
        automaton.add_word(word, (kind, len(word)))
    automaton.make_automaton()
    return automaton


_CUES: Final = _cue_automaton()


class DateCues:
    """Which kinds of cue word a lower-case sentence holds, and where month names and
    relative-date cues start (also inside longer words, as a substring test finds them).
    Made by the date cue pass over `lowered`, or, with no text, empty for a pass that finds
    the cue words itself and adds each (recognize.sentence_cues)."""

    __slots__ = ("kinds", "month_at", "relative_at")

    def __init__(self, lowered: str = "") -> None:
        self.kinds = 0
        self.month_at: list[int] = []
        self.relative_at: list[int] = []
        end: int  # typed: compiled, untyped items would make every step a generic one
        kind: int
        length: int
        if lowered:
            for end, (kind, length) in _CUES.iter(lowered):
                self.add(kind, end + 1 - length)

    def add(self, kind: int, start: int) -> None:
        """A cue word of these kinds starts at `start`."""
        self.kinds |= kind
        if kind & _MONTH_NAME:
            self.month_at.append(start)
        if kind & _RELATIVE_CUE:
            self.relative_at.append(start)


def _ends_with_cue(before: str, last_words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """pattern.search(before) is not None, for _FROM or _TO: every match ends with one of
    `last_words` and trailing whitespace, so most texts are answered without the search,
    which re tries at every character. Texts with characters that re.IGNORECASE and
    str.lower case differently always go to the search, which starts at the first of the
    last words a match may span (a match ends the text, but for whitespace)."""
    if before.rstrip().lower().endswith(last_words) or any(c in before for c in _ODD_CASE):
        at = words_back(before, len(before.rstrip()), _SPAN_CUE_WORDS - 1)
        return pattern.search(before, at) is not None
    return False


class DateMention:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("end", "role", "start", "value")

    def __init__(self, start: int, end: int, value: str, role: str) -> None:
        self.start = start  # absolute offsets
        self.end = end
        self.value = value  # YYYY, YYYY-MM or YYYY-MM-DD
        self.role = role  # on | from | to

    def _values(self) -> tuple:
        return (
            self.start,
            self.end,
            self.value,
            self.role,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DateMention):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"DateMention(start={self.start!r}, end={self.end!r}, value={self.value!r}, role={self.role!r})"


def _published_parts(published: str | None) -> tuple[int | None, int | None, str | None]:
    if not published:
        return None, None, None
    year = int(published[:4])
    month = int(published[5:7]) if len(published) >= 7 else None
    return year, month, published


def _month_year(month: int, published: str | None) -> str | None:
    year, pub_month, _ = _published_parts(published)
    if year is None:
        return None
    if pub_month is not None and month > pub_month:
        year -= 1
    return f"{year}-{month:02d}"


def _shift_month(published: str, delta: int) -> str:
    year, month = int(published[:4]), int(published[5:7])
    month += delta
    while month < 1:
        month += 12
        year -= 1
    return f"{year}-{month:02d}"


def _meaning(low: str) -> tuple[str, int] | None:
    """What a relative date phrase (lower case, single spaces) means, from the packs."""
    found = _FIXED_MEANING.get(low)
    if found is not None:
        return found
    words = tuple(low.split())
    for phrase, kind, value in _NUMBER_PHRASES:
        if len(phrase) == len(words) and all(
            p in ("{n}", w) for p, w in zip(phrase, words, strict=True)
        ):
            return kind, value
    if words and words[-1] in _WEEKDAY_NUMBERS:
        return "weekday", _WEEKDAY_NUMBERS[words[-1]]
    return None


_CASE_FOLD: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _relative(text: str, published: str | None, anchor: int | None) -> str | None:
    # lower case as re.IGNORECASE matched it ("laſt year" is "last year")
    low = " ".join(text.translate(_CASE_FOLD).lower().split())
    meaning = _meaning(low)
    if meaning is None:
        return None
    kind, value = meaning
    year, month, full = _published_parts(published)
    if kind == "anchor":
        base = anchor if anchor is not None else year
        return str(base + value) if base is not None else None
    if kind == "before_anchor":
        return str(anchor + value) if anchor is not None else None
    if year is None:
        return None
    if kind == "published":
        return str(year + value)
    if kind == "ago":
        word = low.split()[0]
        count = int(word) if word.isdigit() else NUMBERS.get(word)
        return str(year - count * value) if count else None
    if kind == "month" and month is not None and full is not None:
        return _shift_month(full, value)
    if kind == "weekday" and full is not None and len(full) == 10:
        # the latest such weekday on or before publication (docs/annotation.md, section 6)
        day = date.fromisoformat(full)
        return (day - timedelta(days=(day.weekday() - value) % 7)).isoformat()
    # the days around publication: its month
    return full[:7] if month is not None and full is not None else str(year)


def find_dates(
    text: str,
    offset: int,
    published: str | None,
    anchor_year: int | None = None,
    language: str = DEFAULT_LANGUAGE,
    cues: DateCues | None = None,
) -> list[DateMention]:
    """Date expressions of one sentence (absolute offsets), explicit ones before relative.
    `cues`: the date cues of text.lower() the sentence's cue pass found, if it made one
    (recognize.sentence_cues: only where lowering keeps the text's length)."""
    found: list[DateMention] = []
    lowered: str | None = None
    if any(c in text for c in _ODD_CASE):
        cues = None  # re.IGNORECASE and str.lower disagree: the full searches below
    elif cues is None:
        lowered = text.lower()
        # the cue words in one pass, where offsets in the lower-case copy are offsets in text
        cues = DateCues(lowered) if len(lowered) == len(text) else None
    digits = has_digit(text)
    if cues is not None:
        if not digits and not cues.kinds & _DATE_WORD:
            return found
        # a month name is a whole word: tried only where the names start
        months = any(_MONTH_WORD.match(text, at) is not None for at in cues.month_at)
    else:
        if not digits and not _holds(text, lowered, _DATE_WORDS, _ANY_DATE):
            return found
        months = _holds(text, lowered, _MONTH_NAMES, None) and _MONTH_WORD.search(text) is not None
    have = {"-": "-" in text, "month": months, "year": "19" in text or "20" in text}
    dates = _Dates(text, offset)
    # where month names start, if known
    month_at = cues.month_at if months and cues is not None else None
    for pattern, needs, words_before in _PATTERNS if digits else ():
        if not all(have[need] for need in needs):
            continue
        for match in _search(pattern, text, words_before, month_at):
            groups = match.groupdict()
            month = (
                int(groups["mnum"])
                if groups.get("mnum")
                else MONTHS.get((groups.get("month") or "").lower().rstrip("."))
            )
            year = groups.get("year")
            day = groups.get("day")
            value: str | None
            if year and month and day and 1 <= int(day) <= 31:
                value = f"{year}-{month:02d}-{int(day):02d}"
            elif year and month:
                value = f"{year}-{month:02d}"
            elif month and day and 1 <= int(day) <= 31:
                base = _month_year(month, published)
                value = f"{base}-{int(day):02d}" if base else None
            elif year:
                value = year
            else:
                value = None
            dates.add(match.start(), match.end(), value)
    for match in _search(_MONTH_ALONE, text, 1, month_at) if months else ():
        word = match.group("month")
        month = MONTHS.get(word.lower().rstrip("."))
        if month and (word[0].isupper() or word.lower() in _LOWERCASE_MONTHS):
            dates.add(match.start("month"), match.end("month"), _month_year(month, published))
    numeric = digits and have["year"] and _NUMERIC_END.search(text) is not None
    for match in _NUMERIC.finditer(text) if numeric else ():
        dates.add(match.start(), match.end(), _hard_case(match.group(), language))
    relative = (
        bool(cues.kinds & _RELATIVE_WORD)
        if cues is not None
        else _holds(text, lowered, _RELATIVE_WORDS, None)
    )
    if not relative:
        relatives: Iterable[re.Match[str]] = ()
    elif cues is None:
        relatives = _RELATIVE.finditer(text)
    else:  # tried only up to two words before each cue word: the same matches, faster
        relatives = finditer_near(
            _RELATIVE, text, cues.relative_at, _RELATIVE_WORDS_BEFORE, START_WORD
        )
    for match in relatives:
        dates.add(match.start(), match.end(), _relative(match.group(), published, anchor_year))
    found = dates.found
    found.sort(key=lambda d: d.start)
    return found


class _Dates:
    """The dates of one sentence as they are found: a span already taken by a date found
    earlier (explicit forms before relative ones) is not taken again."""

    __slots__ = ("found", "offset", "taken", "text")

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset
        self.found: list[DateMention] = []
        self.taken: list[tuple[int, int]] = []

    def add(self, start: int, end: int, value: str | None) -> None:
        if not value:
            return
        for taken_start, taken_end in self.taken:
            if not (end <= taken_start or start >= taken_end):
                return
        text = self.text
        before = text[max(0, start - 24) : start]
        role = (
            "from"
            if _ends_with_cue(before, _FROM_LAST, _FROM) or _ONWARDS.match(text[end:])
            else "on"
        )
        if role == "on" and _ends_with_cue(before, _TO_LAST, _TO):
            role = "to"
        self.taken.append((start, end))
        self.found.append(DateMention(self.offset + start, self.offset + end, value, role))


def _search(
    pattern: re.Pattern[str], text: str, words_before: int | None, month_at: list[int] | None
) -> Iterable[re.Match[str]]:
    """A pattern with a month name tried only near the month names, when known."""
    if words_before is None or month_at is None:
        return pattern.finditer(text)
    return finditer_near(pattern, text, month_at, words_before, START_WORD)


def _holds(text: str, lowered: str | None, words, pattern: re.Pattern[str] | None) -> bool:
    """Does `text` hold one of `words`, case-insensitively as re.IGNORECASE matches them?
    A substring test on `lowered` answers exactly; where `lowered` is None (the text has
    a character that re and str.lower case differently) `pattern` answers, or, without
    one, the answer is a cautious yes."""
    if lowered is None:
        return pattern is None or pattern.search(text) is not None
    return any(word in lowered for word in words)


@lru_cache(maxsize=1024)
def _hard_case(text: str, language: str) -> str | None:
    """Ask dateparser about an all-numeric date, whose day and month order is the language's
    ("06/04/2018" is 6 April in a Dutch text, June 4 in an English one)."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is part of the extract extra
        return None
    order = (
        str(pack(language).dates("numeric_order", "MDY"))
        if language in EXTRACTION_LANGUAGES
        else "MDY"
    )
    parsed = dateparser.parse(
        text,
        languages=list(EXTRACTION_LANGUAGES),
        settings={"DATE_ORDER": order, "STRICT_PARSING": True},
    )
    return parsed.date().isoformat() if parsed else None
