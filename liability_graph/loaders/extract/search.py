"""Regular-expression search that tries a pattern only where a match can start.

re's search tries a pattern at every character unless the pattern begins with a literal or
a character class. The extractor's rarer patterns (people introduced by a role, plaintiff
groups, relative dates) each contain a cue word, found first in one fast pass; a match
starts at most a few words before its cue, so trying the pattern there gives exactly what
finditer over the whole sentence gives (tests/test_extract_build.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

#: The only characters that re.IGNORECASE matches to an ASCII letter although their
#: str.lower() is not that letter (checked over all of Unicode).
ODD_CASE: Final = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ
_DIGIT: Final = re.compile(r"\d")
_ASCII_DIGITS: Final = "0123456789"
_WORD: Final = re.compile(r"\w+")  # \w: is_word_char


def has_digit(text: str) -> bool:
    """Does `text` hold a character that \\d matches? An ASCII text is answered by ten
    single-character searches, which run several times faster than the regex's per-character
    category test."""
    if text.isascii():
        return any(digit in text for digit in _ASCII_DIGITS)
    return _DIGIT.search(text) is not None


def digit_places(text: str) -> list[int] | None:
    """The offsets of `text`'s ASCII digits in order, found with ten str.find passes (re
    skipping ahead to a \\d tests every character's Unicode category, which costs several
    times more); None when the text holds a decimal digit that is not ASCII ("٣"), which
    only a full scan sees. Other text is searched as an ASCII copy with "?" for each other
    character (offsets kept)."""
    plain = text
    if not text.isascii():
        plain = text.encode("ascii", "replace").decode("ascii")
        at = plain.find("?")
        while at >= 0:
            if text[at].isdecimal():  # "٣": a digit the copy does not show
                return None
            at = plain.find("?", at + 1)
    places: list[int] = []
    for digit in _ASCII_DIGITS:
        at = plain.find(digit)
        while at >= 0:
            places.append(at)
            at = plain.find(digit, at + 1)
    places.sort()
    return places


def finditer_at_digits(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match opens with a decimal digit
    (\\d, what str.isdecimal accepts). The pattern is tried only where a digit stands
    (digit_places)."""
    places = digit_places(text)
    if places is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for at in places:
        if at < end:
            continue  # inside the last match: finditer goes on after it
        match = pattern.match(text, at)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def is_word_char(char: str) -> bool:
    """Does `char` match \\w?"""
    return char.isalnum() or char == "_"


def words_back(text: str, position: int, count: int) -> int:
    """Start of the whitespace-separated word `count` words before the one at `position`."""
    i = position
    for _ in range(count + 1):
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if _ == count:
            break
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
    return i


def finditer_near(
    pattern: re.Pattern[str],
    text: str,
    anchors: Iterable[int],
    words_before: int,
    starts: int,
    openers: frozenset[str] | None = None,
) -> list[re.Match[str]]:
    """pattern.finditer(text) for a pattern none of whose matches starts more than
    `words_before` words before an anchor, or after it, or where `starts` (one of the
    START_* rules) or `openers` (see finditer_within) says no."""
    windows = [(words_back(text, anchor, words_before), anchor) for anchor in anchors]
    return finditer_within(pattern, text, windows, starts, openers)


def finditer_within(
    pattern: re.Pattern[str],
    text: str,
    windows: Iterable[tuple[int, int]],
    starts: int,
    openers: frozenset[str] | None = None,
) -> list[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match starts inside one of
    `windows` ((first, last) start offsets, both included) where `starts` says yes and, if
    `openers` is given, where the word there (word_at) is one of them: the pattern is
    tried only there, left to right and without overlaps, as finditer tries it everywhere.
    A list rather than a generator: compiled, a generator costs more than the few matches
    it yields."""
    found: list[re.Match[str]] = []
    position = 0
    skip = _START_PLACES.get(starts)
    for first, last in _merged(windows):
        at = max(position, first)
        while at <= last:
            if skip is not None:
                # the next place `starts` allows, found by re in one pass rather than by a
                # test at each character (the same places: \w is is_word_char, \d isdecimal)
                place = skip.search(text, at, last + 1)
                if place is None:
                    break
                at = place.start()
            elif not may_start(starts, text, at):
                at += 1
                continue
            match = (
                pattern.match(text, at) if openers is None or word_at(text, at) in openers else None
            )
            if match is None or match.end() == at:
                at += 1
                continue
            found.append(match)
            position = at = match.end()
    return found


#: A word (a run of \w) from its start: where START_WORD lets a pattern start, the word there.
_WORD_FROM_START: Final = re.compile(r"(?<!\w)\w+")


class WordPlaces:
    """The places START_WORD allows inside some windows of a text ((first, last) start
    offsets, both included), each with its word (word_at), found once for several patterns
    tried in those windows or in narrower ones (finditer_at_words): one search a word,
    where finditer_within makes two at every place for every pattern."""

    __slots__ = ("places", "words")

    def __init__(self, text: str, windows: Iterable[tuple[int, int]]) -> None:
        self.places: list[int] = []  # in order
        self.words: list[str] = []
        for first, last in _merged(windows):
            at = first
            while at <= last:
                word = _WORD_FROM_START.search(text, at)
                if word is None or word.start() > last:
                    break
                self.places.append(word.start())
                self.words.append(word.group().lower())
                at = word.end()  # no word starts inside a word


def finditer_at_words(
    pattern: re.Pattern[str],
    text: str,
    windows: Iterable[tuple[int, int]],
    places: WordPlaces,
    openers: frozenset[str] | None = None,
) -> list[re.Match[str]]:
    """finditer_within(pattern, text, windows, START_WORD, openers), from the word places
    of windows that hold each of these (tests/test_extract_build.py checks it)."""
    found: list[re.Match[str]] = []
    position = 0
    starts, words = places.places, places.words
    for first, last in _merged(windows):
        i = bisect_left(starts, max(position, first))
        while i < len(starts) and starts[i] <= last:
            at = starts[i]
            match = pattern.match(text, at) if openers is None or words[i] in openers else None
            if match is None or match.end() == at:
                i += 1
                continue
            found.append(match)
            position = match.end()
            i = bisect_left(starts, position)
    return found


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for first, last in sorted(windows):
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def occurrences(text: str, word: str) -> list[int]:
    """Every start of `word` in `text`, also inside longer words."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def word_at(text: str, at: int) -> str:
    """The word characters (\\w) from `at` on, in lower case; if `at` holds none, the
    character there ("" at the end).

    A pattern whose alternatives each open with a literal phrase matches at `at` only if
    the word there is the lower-cased first word of one of them (opening_words): each
    phrase's first word ends where a word character is followed by none, and a phrase that
    opens with another character ("'s-Hertogenbosch") opens with that character, which
    has no case. For ASCII text and phrases, also where the pattern ignores case. One look
    at a short word costs far less than trying a pattern of hundreds of alternatives."""
    word = _WORD.match(text, at)  # one re call rather than a test per character
    if word is None:
        return text[at : at + 1]
    return word.group().lower()


def opening_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """What the phrases open with (word_at at their start); None if one is not ASCII (re's
    IGNORECASE matches some ASCII letters to other ones: "K" and the Kelvin sign)."""
    out = set()
    for phrase in phrases:
        if not phrase.isascii():
            return None
        out.add(word_at(phrase, 0))
    return frozenset(out)


def run_back(text: str, position: int, allowed: str) -> int:
    """Start of the stretch before `position` of word characters and `allowed` ones."""
    i = position
    while i > 0 and (is_word_char(text[i - 1]) or text[i - 1] in allowed):
        i -= 1
    return i


def word_start(text: str, at: int) -> bool:
    """Can a pattern that begins with \b and a letter or digit match at `at`?"""
    if not is_word_char(text[at]):
        return False
    return at == 0 or not is_word_char(text[at - 1])


#: Where a pattern may start (finditer_within's `starts`): anywhere; where word_start says;
#: at a capital letter A-Z or where word_start says; at a capital A-Z, a decimal digit or "#";
#: where neither a word character nor "-" stands before (a pattern whose every alternative
#: opens with the look-behind (?<![\w-])).
#: (Final: compiled, a constant is read from a C static rather than the module's dict.)
START_ANYWHERE: Final = 0
START_WORD: Final = 1
START_CAPITAL_OR_WORD: Final = 2
START_CAPITAL_DIGIT_HASH: Final = 3
START_NOT_AFTER_WORD: Final = 4


#: For each START_* rule but START_ANYWHERE, a pattern that matches one character exactly
#: where may_start says yes (a look-behind sees the text before search's start).
_START_PLACES: Final[dict[int, re.Pattern[str]]] = {
    START_WORD: re.compile(r"(?<!\w)\w"),
    START_CAPITAL_OR_WORD: re.compile(r"[A-Z]|(?<!\w)\w"),
    START_CAPITAL_DIGIT_HASH: re.compile(r"[A-Z#]|\d"),
    START_NOT_AFTER_WORD: re.compile(r"(?<![\w-])[\s\S]"),
}


def may_start(starts: int, text: str, at: int) -> bool:
    """Can a pattern whose matches start as the rule `starts` says start at `at`? (A rule
    number rather than a callback: compiled, a call through a function object costs more
    than the test.)"""
    if starts == START_WORD:
        return word_start(text, at)
    if starts == START_CAPITAL_OR_WORD:
        return "A" <= text[at] <= "Z" or word_start(text, at)
    if starts == START_CAPITAL_DIGIT_HASH:
        char = text[at]
        return "A" <= char <= "Z" or char.isdecimal() or char == "#"
    if starts == START_NOT_AFTER_WORD:
        return at == 0 or not (is_word_char(text[at - 1]) or text[at - 1] == "-")
    return True


def bisect_left(values: list[int], x: int) -> int:
    """bisect.bisect_left for a sorted list of ints, compiled: a call into the bisect module
    from compiled code goes through the generic call protocol and costs more than the search."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(values: list[int], x: int) -> int:
    """bisect.bisect_right for a sorted list of ints (see bisect_left)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
