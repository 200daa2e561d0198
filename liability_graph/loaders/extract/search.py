"""Regular-expression search that tries a pattern only where a match can start.

re's search tries a pattern at every character unless the pattern begins with a literal or
a character class. The extractor's rarer patterns (people introduced by a role, plaintiff
groups, relative dates) each contain a cue word, found first in one fast pass; a match
starts at most a few words before its cue, so trying the pattern there gives exactly what
finditer over the whole sentence gives (tests/test_extract_build.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


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
    may_start: Callable[[str, int], bool],
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern none of whose matches starts more than
    `words_before` words before an anchor, or after it, or where `may_start` says no: the
    pattern is tried only where a match may start, left to right and without overlaps, as
    finditer tries it everywhere."""
    position = 0
    for anchor in sorted(set(anchors)):
        if anchor < position:
            continue
        at = max(position, words_back(text, anchor, words_before))
        while at <= anchor:
            match = pattern.match(text, at) if may_start(text, at) else None
            if match is None or match.end() == at:
                at += 1
                continue
            yield match
            position = at = match.end()


def word_start(text: str, at: int) -> bool:
    """Can a pattern that begins with \b and a letter or digit match at `at`?"""
    if not is_word_char(text[at]):
        return False
    return at == 0 or not is_word_char(text[at - 1])
