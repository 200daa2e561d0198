"""Text to sentences and tokens with absolute offsets, lemmas, clause numbers and a folded copy.

Regular expressions and a lemma cache do the work rather than a spaCy pipeline: on one core
here spaCy's blank tokenizer and sentencizer alone read 0.5-0.8 MB/s, against 1.8 MB/s for
this module's sentences, tokens and lemmas (bench/extract.py), and extraction's budget for
200 four-kilobyte articles per second is 0.8 MB/s in all. Offsets are Python string
indices, so ``full_text[start:end]`` is always the quoted span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Final

import simplemma

from liability_graph.loaders.extract.lexicon import (
    ABBREVIATIONS,
    ADVERB_ENDINGS,
    AND,
    APPOSITION_OPENERS,
    ARTICLES,
    CLAUSE_SUBJECT_WORDS,
    COMPOUND_HEADS,
    CORRELATIVES,
    DEMONYMS,
    HYPHEN_HEADS,
    JURISDICTION_PREPS,
    LEGAL_FORMS,
    MONTHS,
    ORG_ADJECTIVES,
    PLACE_PREPS,
    PREDICATE_SUBORDINATORS,
    PREPOSITIONS,
    PRONOMINAL_HEADS,
    PRONOMINAL_TAILS,
    SENTENCE_STARTERS,
    SUBORDINATORS,
)
from liability_graph.loaders.extract.search import bisect_right

# -- folding ---------------------------------------------------------------------------------


class _FoldTable(dict):
    """str.translate table: lower case without accents, one character for one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isspace():
            out = " "
        else:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            ).casefold()
            out = bare if len(bare) == 1 else (char.lower() if len(char.lower()) == 1 else char)
        self[code] = out
        return out


_FOLD: Final = _FoldTable()
#: The same mapping for ASCII, as a bytes table: bytes.translate runs at memory speed, while
#: str.translate with a dict looks every character up once it has met a non-ASCII one.
_ASCII_FOLD: Final = bytes(ord(_FOLD[code]) for code in range(128)) + bytes(range(128, 256))


def _fold_ascii(text: str) -> str:
    return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")


#: The endings of a noun's possessive, with either apostrophe ("the company's", "X’s").
POSSESSIVE_ENDINGS: Final = ("'s", "’s")


def possessive(word: str) -> bool:
    """Does the word end in a possessive's "'s" (or "’s")?"""
    return word.endswith(POSSESSIVE_ENDINGS)


def without_possessive(word: str) -> str:
    """The word without its possessive's "'s", then without a "’s"."""
    return word.removesuffix("'s").removesuffix("’s")


def fold(text: str) -> str:
    """Case- and accent-insensitive copy of `text` with the same length, so offsets carry over."""
    parts: list[str] = []
    position = 0
    while True:  # ASCII stretches through the bytes table, the few others through _FOLD
        try:
            rest = text[position:].encode("ascii")
        except UnicodeEncodeError as error:  # its start and end bound a non-ASCII run
            start, end = position + error.start, position + error.end
            parts += [_fold_ascii(text[position:start]), text[start:end].translate(_FOLD)]
            position = end
        else:
            parts.append(rest.translate(_ASCII_FOLD).decode("ascii"))
            return "".join(parts)


# -- sentences ---------------------------------------------------------------------------------

_PARAGRAPH: Final = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:#|[-*•]\s|\d+[.)]\s))")
_HEADING_END: Final = re.compile(r"^[ \t]*#[^\n]*\n", re.MULTILINE)
_END: Final = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
_ABBREVIATIONS: Final = ABBREVIATIONS
_SENTENCE_STARTERS: Final = SENTENCE_STARTERS
_WORD_BEFORE: Final = re.compile(r"([\w.§]+)\s*$")
#: Legal forms written with periods ("Inc.", "B.V.", "N.V."), every pack's: a sentence may
#: end with one, when the pack's sentence opener follows ("Tulpbox B.V. De zaak ...").
_LEGAL_ENDINGS: Final = frozenset(f.strip(".") for f in LEGAL_FORMS if f.endswith("."))


class Token:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("clause", "end", "lemma", "lower", "start", "text")

    def __init__(
        self, text: str, lower: str, lemma: str, start: int, end: int, clause: int = 0
    ) -> None:
        self.text = text
        self.lower = lower
        self.lemma = lemma
        self.start = start  # absolute offsets in the full document text
        self.end = end
        self.clause = clause

    def _values(self) -> tuple:
        return (
            self.text,
            self.lower,
            self.lemma,
            self.start,
            self.end,
            self.clause,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, lower={self.lower!r}, lemma={self.lemma!r}, start={self.start!r}, end={self.end!r}, clause={self.clause!r})"


class Sentence:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = (
        "_ends",
        "_lemmas",
        "_lower_set",
        "_lowers",
        "_starts",
        "_words",
        "end",
        "index",
        "start",
        "text",
        "tokens",
    )

    def __init__(self, index: int, start: int, end: int, text: str, tokens: list[Token]) -> None:
        self.index = index
        self.start = start  # absolute offsets in the full document text
        self.end = end
        self.text = text
        self.tokens = tokens
        # per-token columns, made on first use (most steps look at one field of every token)
        self._lowers: list[str] | None = None
        self._lower_set: frozenset[str] | None = None
        self._lemmas: list[str] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        self._words: set[str] | None = None

    def _values(self) -> tuple:
        return (
            self.index,
            self.start,
            self.end,
            self.text,
            self.tokens,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Sentence(index={self.index!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, tokens={self.tokens!r})"

    @property
    def lowers(self) -> list[str]:
        if self._lowers is None:
            self._lowers = [t.lower for t in self.tokens]
        return self._lowers

    @property
    def lower_set(self) -> frozenset[str]:
        """The tokens' lower-case forms as a set: a word list's isdisjoint test against it
        looks each listed word up once, where against `lowers` it hashes every token."""
        if self._lower_set is None:
            self._lower_set = frozenset(self.lowers)
        return self._lower_set

    @property
    def words(self) -> set[str]:
        """The tokens' lower-case forms and lemmas as one set, made once: the token matcher,
        the rules (SentenceFrames.words) and the next sentence (Discourse.last_words) all
        read it. Shared, so never changed."""
        if self._words is None:
            words = set(self.lowers)
            words.update(self.lemmas)  # in place: union would copy the set
            self._words = words
        return self._words

    @property
    def lemmas(self) -> list[str]:
        if self._lemmas is None:
            self._lemmas = [t.lemma for t in self.tokens]
        return self._lemmas

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [t.end for t in self.tokens]
        return self._ends

    def token_at(self, char: int) -> int:
        """Index of the token that contains or follows absolute offset `char`."""
        return bisect_right(self.ends, char)  # token ends only grow


def _word_before(text: str, dot: int) -> str | None:
    """_WORD_BEFORE.search(text, max(0, dot - 40), dot).group(1), scanning back from `dot`
    rather than trying every start in the window: the run of word characters, "." and "§"
    that only whitespace separates from `dot`, cut at the window's start."""
    lo = max(0, dot - 40)
    end = dot
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_.§"):
        start -= 1
    return text[start:end] if start < end else None


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Is the period run at `dot` a sentence end? Abbreviations and initials are not."""
    if text[dot] != ".":
        return True
    if text.startswith("..", dot) and not text.startswith("...", dot):
        return True  # an initial's period and the sentence's ("zakenpartner Reinier van E..")
    before = _word_before(text, dot)
    if before is None:
        return True
    word = before.lower().strip(".")
    if word.isdigit() and len(word) <= 2 and _month_follows(text, after):
        return False  # a day number ("12. April 2018")
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith", "G.G."
    if word in _ABBREVIATIONS or (
        "." in word and len(word) <= 8 and word.replace(".", "").isalpha()
    ):
        if word in _LEGAL_ENDINGS:
            nxt = text[after:].lstrip().split(" ", 1)[0]
            return nxt in _SENTENCE_STARTERS
        return False
    return True


def _month_follows(text: str, after: int) -> bool:
    """Is the word after position `after` a month name ("12. April")?"""
    nxt = text[after : after + 24].split(None, 1)
    return bool(nxt) and nxt[0].lower().rstrip(".,") in MONTHS


_END_CHARS: Final = ".!?"


def _end_run_starts(text: str, begin: int, stop: int) -> list[int]:
    """Where the runs of ".", "!" and "?" in text[begin:stop] start, in order. _END can
    match only at such a start (at a later character of the run it would see the same run
    end and fail alike), so it is tried there rather than re scanning every character with
    a character set, which takes several times longer than str.find."""
    found: list[int] = []
    for char in _END_CHARS:
        at = text.find(char, begin, stop)
        while at >= 0:
            if at == begin or text[at - 1] not in _END_CHARS:
                found.append(at)
            at = text.find(char, at + 1, stop)
    found.sort()
    return found


def _heading_ends(text: str) -> list[int]:
    """The "\\n" ending each line that _HEADING_END matches (a line whose first character
    other than spaces and tabs is "#"), found from the "#"s rather than by trying the
    pattern at every character."""
    found: list[int] = []
    at = text.find("#")
    while at >= 0:
        line = at
        while line > 0 and text[line - 1] in " \t":
            line -= 1
        if line == 0 or text[line - 1] == "\n":
            newline = text.find("\n", at)
            if newline < 0:
                break
            found.append(newline)
            at = text.find("#", newline + 1)
        else:
            at = text.find("#", at + 1)
    return found


#: A line this long is no hard-wrapped line: its text keeps one paragraph, or a heading, per line.
_UNWRAPPED_LINE: Final = 130
#: Characters that end a line in mid-sentence even where lines are paragraphs ("X,\nY").
_OPEN_LINE_ENDS: Final = frozenset(",;(-–—/&")
#: Characters that may open a new sentence or heading on the next line.
_LINE_OPENERS: Final = frozenset("\"'“‘([")


def _line_ends(text: str) -> list[int]:
    """The single "\\n"s that end a line of its own: a web page's headline or heading
    ("Omegle Denied Section 230 Dismissal", "Judge Susan Brnovich") before the next line's
    sentence. Only where the text keeps one paragraph per line (some line is longer than
    any hard-wrapped line), and only before a capital, a digit or a quote, after a line that
    no comma or dash leaves open; a wrapped text's breaks fall inside its sentences."""
    first = text.find("\n")
    if first < 0:
        return []
    longest, before, at = 0, -1, first
    while at >= 0 and longest < _UNWRAPPED_LINE:
        longest = max(longest, at - before - 1)
        before, at = at, text.find("\n", at + 1)
    if max(longest, len(text) - before - 1) < _UNWRAPPED_LINE:
        return []
    found: list[int] = []
    size = len(text)
    at = first
    while at >= 0:
        nxt = at + 1
        while nxt < size and text[nxt] in " \t":
            nxt += 1
        last = at - 1
        while last >= 0 and text[last] in " \t\r":
            last -= 1
        if (
            nxt < size
            and last >= 0
            and (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in _LINE_OPENERS)
            and text[last] not in _OPEN_LINE_ENDS
        ):
            found.append(at)
        at = text.find("\n", at + 1)
    return found


#: What opens a line of its own even after a comma: a heading, a bullet of a list.
_OWN_LINE_OPENERS: Final = frozenset("#•*-–")


def _line_start(text: str, at: int) -> int:
    """Where the line holding position `at` starts."""
    return text.rfind("\n", 0, at) + 1


def runs_on(text: str, start: int, stop: int) -> bool:
    """Does the sentence go on across the break text[start:stop] (a blank line, or a line
    end)? A judgment's caption sets each part of one sentence on a line of its own ("in de
    zaak van", "ZORBLAT B.V.,", "eiseres,", "tegen", "gedaagde."), as a court caption in
    English does ("Plaintiff,", "v."): a break goes on after a comma or semicolon, before a
    lower-case word, and after a line that starts in lower case and ends in a word ("de
    besloten vennootschap met beperkte aansprakelijkheid", "tegen")."""
    last = start - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    nxt = stop
    size = len(text)
    while nxt < size and text[nxt].isspace():
        nxt += 1
    if last < 0 or nxt >= size or text[nxt] in _OWN_LINE_OPENERS:
        return False
    end = text[last]
    if end == "," or end == ";":
        return True
    if not end.isalnum():
        return False
    if text[nxt].islower():
        return True
    at = _line_start(text, last)
    while at < last and not text[at].isalpha():
        at += 1
    return text[at].islower()


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Absolute (start, end) spans of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    cuts = [0]
    for paragraph in _PARAGRAPH.finditer(text):
        if not runs_on(text, paragraph.start(), paragraph.end()):
            cuts += [paragraph.start(), paragraph.end()]
    cuts += _heading_ends(text)
    cuts += [at for at in _line_ends(text) if not runs_on(text, at, at + 1)]
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    for begin, stop in pairwise(cuts):
        pos = begin
        resume = begin  # where _END.finditer(text, begin, stop) would go on searching
        for at in _end_run_starts(text, begin, stop):
            if at < resume:
                continue
            match = _END.match(text, at, stop)
            if match is None:
                continue
            if _is_boundary(text, match.start(), match.end()):
                spans.append((pos, match.end()))
                pos = match.end()
            resume = match.end()
        spans.append((pos, stop))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped or not any(c.isalnum() for c in stripped):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        start += lead
        out.append((offset + start, offset + start + len(stripped)))
    return out


# -- tokens ----------------------------------------------------------------------------------

# an amount with thousands commas ("£80,000", "$1,250,000.50") is one token: its commas are
# no clause breaks; so is one with a decimal comma ("6,3 miljoen euro")
# a possessive after an abbreviation's dot ("Zorblat Inc.’s", "the U.S.'s") is one token, as
# "Zorblat's" is: the owner's name, then what it owns
_TOKEN: Final = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\d+,\d+(?![\w,])|\w+(?:[-.&'’]\w+)*\.['’]s(?!\w)|\w+(?:[-.&'’]\w+)*|§|[^\w\s]"
)
_CLAUSE_PUNCT: Final = frozenset(',;:()[]—–"“”')
_LEMMA_CACHE: Final[dict[tuple[str, str], str]] = {}
_LEMMA_CACHE_LIMIT: Final = 200_000


class _Word:
    """What tokenize needs to know of a token's text (a class rather than a tuple: compiled,
    its fields are read without boxing)."""

    __slots__ = ("clause_break", "lemma", "lower", "subordinator", "text")

    def __init__(
        self, text: str, lower: str, lemma: str, clause_break: bool, subordinator: bool
    ) -> None:
        self.text = text
        self.lower = lower
        self.lemma = lemma
        self.clause_break = clause_break  # clause punctuation
        self.subordinator = subordinator


#: Per language, a token's text -> what tokenize needs to know of it.
_WORD_CACHE: Final[dict[str, dict[str, _Word]]] = {}


def lemma(word: str, language: str) -> str:
    """simplemma's lemma of a lower-case word, cached (the cache is bounded, memory stays flat)."""
    key = (word, language)
    found = _LEMMA_CACHE.get(key)
    if found is None:
        if len(_LEMMA_CACHE) >= _LEMMA_CACHE_LIMIT:
            _LEMMA_CACHE.clear()
        found = simplemma.lemmatize(word, lang=language).lower() if word.isalpha() else word
        if found == word:
            found = _compound_lemma(word, language)
        _LEMMA_CACHE[key] = found
    return found


_COMPOUND_STEM: Final = 3  # letters before a compound's head ("recordboete", not "boetes")


def _compound_lemma(word: str, language: str) -> str:
    """The head's lemma of a compound case noun the lemmatizer does not know ("AVG-boete",
    "privacyboetes": "boete"), else the word itself."""
    heads = HYPHEN_HEADS.get(language, frozenset())
    _, dash, tail = word.rpartition("-")
    if dash and tail in heads:
        return _head_lemma(tail, heads, language)
    for head in COMPOUND_HEADS.get(language, ()):
        if word.endswith(head) and len(word) - len(head) >= _COMPOUND_STEM and word.isalpha():
            return _head_lemma(head, heads | frozenset(COMPOUND_HEADS[language]), language)
    return word


def _head_lemma(head: str, heads: frozenset[str], language: str) -> str:
    """A plural head's singular when that is a head too ("boetes": "boete"), else the head
    as written: the lemmatizer may read a noun as a verb ("boete": "boeten")."""
    found = lemma(head, language)
    return found if found in heads else head


def _word(word: str, language: str) -> _Word:
    """What tokenize needs to know of a token's text, computed once per distinct text."""
    cache = _WORD_CACHE.setdefault(language, {})
    if len(cache) >= _LEMMA_CACHE_LIMIT:
        cache.clear()
    lower = word.lower()
    found = _Word(
        word,
        lower,
        lemma(lower, language),
        word in _CLAUSE_PUNCT,
        lower in SUBORDINATORS.get(language, frozenset()),
    )
    cache[word] = found
    return found


#: Per language, a word -> is it known to simplemma (its look-up runs as Python code).
_KNOWN_CACHE: Final[dict[str, dict[str, bool]]] = {}


def sentence_adverb(word: str, language: str) -> bool:
    """Is the capitalised word an adverb with the pack's adverb ending made from a known
    word ("Additionally", "Notably", "Separately"), not a brand in "-ly" ("Quixly")?"""
    lower = word.lower()
    ending = next((e for e in ADVERB_ENDINGS.get(language, ()) if lower.endswith(e)), "")
    if not ending or len(lower) < 6:
        return False
    stem = lower[: -len(ending)]
    return (
        is_known_word(stem, language)
        or is_known_word(stem[:-1] + "le", language)  # "notably"
        or is_known_word(stem[:-1] + "y", language)  # "happily"
    )


def pronominal_adverb(word: str, language: str) -> bool:
    """Is the word a pronominal adverb: one of the pack's heads joined to a preposition
    ("Daarnaast", "Hierdoor", "Waarmee")? An ordinary word, though a word list may lack it."""
    lower = word.lower()
    for head in PRONOMINAL_HEADS.get(language, ()):
        if lower.startswith(head) and lower[len(head) :] in PRONOMINAL_TAILS[language]:
            return True
    return False


def is_known_word(word: str, language: str) -> bool:
    """Is `word` an ordinary word of the language (so a lower-case match is not a name)?"""
    cache = _KNOWN_CACHE.get(language)
    if cache is None:
        cache = _KNOWN_CACHE[language] = {}
    found = cache.get(word)
    if found is None:
        if len(cache) >= _LEMMA_CACHE_LIMIT:
            cache.clear()
        found = cache[word] = bool(simplemma.is_known(word, lang=language))
    return found


def _chunk_words(chunk: str) -> list[str]:
    """_TOKEN.findall(chunk) for a chunk without whitespace that is not one plain word: its
    tokens cover it end to end. Most such chunks are a word and a punctuation mark
    ("said.", "Backpage,"), which skip the regex."""
    last = chunk[-1]
    if last != "_" and chunk[:-1].isalnum():
        return [chunk[:-1], last]
    return _TOKEN.findall(chunk)


def _append_token(
    tokens: list[Token],
    word: str,
    begin: int,
    clause: int,
    cache: dict[str, _Word],
    language: str,
) -> int:
    """Add the token `word` starting at absolute offset `begin`; returns its clause."""
    known = cache.get(word)
    if known is None:
        known = _word(word, language)
    if known.clause_break or (known.subordinator and tokens):
        clause += 1
    tokens.append(Token(known.text, known.lower, known.lemma, begin, begin + len(word), clause))
    return clause


def tokenize(text: str, start: int, language: str) -> list[Token]:
    """Tokens of the sentence `text` that starts at absolute offset `start`, with clauses:
    a clause ends at clause punctuation and before a subordinator that is not the first
    token. Tokens never hold whitespace, so the text is split at whitespace first and only
    the chunks that are not one plain word ("\\w" is what str.isalnum() accepts, plus "_")
    are cut further (str.split runs several times faster than the token regex)."""
    cache = _WORD_CACHE.get(language) or {}
    tokens: list[Token] = []
    clause = 0
    position = 0
    for chunk in text.split():
        begin = text.find(chunk, position)  # the chunk's first character: no space inside
        position = begin + len(chunk)
        begin += start
        if len(chunk) == 1 or chunk.isalnum():
            clause = _append_token(tokens, chunk, begin, clause, cache, language)
            continue
        for word in _chunk_words(chunk):
            clause = _append_token(tokens, word, begin, clause, cache, language)
            begin += len(word)
    correlatives = CORRELATIVES.get(language)
    if correlatives and any(t.lower in correlatives[0] for t in tokens):
        _join_correlatives(tokens, *correlatives)
    if "(" in text:
        _close_short_asides(tokens)
        _join_spans(tokens, lambda i: bracketed_list_end(tokens, i), 1)
    predicates = PREDICATE_SUBORDINATORS.get(language)
    if predicates and any(word in text for word in _PREDICATE_WORDS[language]):
        _join_predicates(tokens, predicates, CLAUSE_SUBJECT_WORDS.get(language, frozenset()))
    openers = APPOSITION_OPENERS.get(language)
    if openers and ("," in text or "(" in text):
        _join_appositions(tokens, openers)
        if "," in text:
            _join_name_lists(tokens)
    return tokens


_LIST_MAX: Final = 16  # tokens from a list's first comma to its "and"


_CORRELATED_REACH: Final = 4  # lower-case words before the name a correlative "and" joins


def _names_next(tokens: list[Token], k: int) -> bool:
    """Do the tokens after k open a name, an article or a description before a name ("als
    Blovia", "als de Consumentenbond", "als sociaal netwerk Blovia"), not a phrase of place
    or manner ("zowel in Nederland als in België")?"""
    for token in tokens[k + 1 : k + 1 + _CORRELATED_REACH]:
        if token.text[:1].isupper() or token.lower in ARTICLES:
            return True
        if (
            not token.text.isalpha()
            or token.lower in PREPOSITIONS
            or token.lower in JURISDICTION_PREPS
        ):
            return False
    return False


def _join_correlatives(
    tokens: list[Token], openers: frozenset[str], ands: frozenset[str], and_word: str
) -> None:
    """The second word of a correlative pair ("zowel Zorvik als Blovia kregen een boete",
    "heeft zowel A als B beboet") is the "and" of the two it joins, not a subordinator
    opening a clause of its own: it reads as the language's "and" and stays in the opener's
    clause, as do the tokens after it up to the clause the subordinator closed."""
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in openers:
            i += 1
            continue
        clause = tokens[i].clause
        k = next(
            (
                k
                for k in range(i + 2, min(len(tokens) - 1, i + _LIST_MAX))
                if tokens[k].lower in ands and _names_next(tokens, k)
            ),
            -1,
        )
        if k < 0 or any(tokens[j].clause != clause for j in range(i, k)):
            i += 1
            continue
        word = tokens[k]
        tokens[k] = Token(word.text, and_word, and_word, word.start, word.end, clause)
        shift = word.clause - clause  # the clause the subordinator opened, closed again
        for j in range(k + 1, len(tokens)):
            tokens[j].clause -= shift
        i = k + 1


def _name_token(token: Token) -> bool:
    """A capitalised word or the dot of an abbreviation inside a name ("B.V", ".")."""
    return token.text[:1].isupper() or token.text == "."


def _list_end(tokens: list[Token], i: int) -> int:
    """Index of the "and" that ends a list of names whose first comma is at i ("Zorvik
    B.V., Blovia BVBA en Quarnet N.V."), else -1: names only, with commas between them,
    up to the "and", and a capitalised word after it."""
    if not (0 < i < len(tokens) - 1 and _name_token(tokens[i - 1])):
        return -1
    if not tokens[i + 1].text[:1].isupper():
        return -1
    for k in range(i + 1, min(len(tokens) - 1, i + _LIST_MAX)):
        token = tokens[k]
        if token.lower in AND:
            return k if tokens[k + 1].text[:1].isupper() else -1
        if token.text == ",":
            if not tokens[k + 1].text[:1].isupper():
                return -1
        elif not _name_token(token):
            return -1
    return -1


def bracketed_list_end(tokens: list[Token], i: int) -> int:
    """Index of the closing parenthesis of a list of names in brackets that opens at i right
    after a name ("Meta (Facebook, Instagram en WhatsApp) kreeg", "Apple en Meta (A, B)
    boetes opgelegd"), else -1: names only, with commas or an "and" between them. The list
    describes the name before it and is no clause of its own, so the clause around it goes
    on past the brackets."""
    if not (tokens[i].text == "(" and 0 < i < len(tokens) - 3 and _name_token(tokens[i - 1])):
        return -1
    if not tokens[i + 1].text[:1].isupper():
        return -1
    listed = False
    for k in range(i + 2, min(len(tokens) - 1, i + 2 + _LIST_MAX)):
        token = tokens[k]
        if token.text == ")":
            return k if listed else -1
        if token.text == "," or token.lower in AND:
            if not (tokens[k + 1].text[:1].isupper() or tokens[k + 1].lower in AND):
                return -1
            listed = True
        elif not _name_token(token):
            return -1
    return -1


def _join_name_lists(tokens: list[Token]) -> None:
    """A list of names that commas separate, in a language that puts the verb last, is
    one clause ("De rechtbank heeft Zorvik B.V., Blovia BVBA en Quarnet N.V. veroordeeld":
    the auxiliary before the list and the participle after it govern all three), as a
    descriptive apposition is (_join_appositions)."""
    _join_spans(tokens, lambda i: _list_end(tokens, i) if tokens[i].text == "," else -1, 0)


_APPOSITION_MAX: Final = 10  # words of a descriptive apposition between its commas
_APPOSITION_CLOSE: Final = {",": ",", "(": ")"}


def _apposition_end(tokens: list[Token], i: int, openers: frozenset[str]) -> int:
    """Index of the comma or parenthesis that closes a descriptive apposition opening at
    token i, after a name ("Flirtel, een Amerikaans bedrijf, kreeg", "Flirtel (een
    kleine webwinkel) kreeg"), else -1: an opener word first, no capitalised word but an
    adjective of a place up to the closing mark, in one clause (no relative pronoun or
    subordinator, so no verb of its own) and no name inside."""
    close = _APPOSITION_CLOSE.get(tokens[i].text)
    if close is None or i == 0 or i + 2 >= len(tokens):
        return -1
    before = tokens[i - 1].text
    if not (before[:1].isupper() or before[:1].isdigit()) or tokens[i + 1].lower not in openers:
        return -1
    for k in range(i + 2, min(len(tokens), i + 2 + _APPOSITION_MAX)):
        token = tokens[k]
        if token.text == close:
            return k if k + 1 < len(tokens) and tokens[k + 1].text.isalnum() else -1
        if token.clause != tokens[i + 1].clause:
            return -1
        text = token.text
        if (
            text[:1].isupper()
            and text not in ORG_ADJECTIVES
            and text not in DEMONYMS
            and not _placed(tokens, k)
        ):
            return -1
    return -1


def _placed(tokens: list[Token], k: int) -> bool:
    """Is the capitalised word at k (part of) a place after a place preposition ("een
    datingapp uit Utrecht", "een bedrijf in Den Haag"): a description, no name of a party?"""
    j = k - 1
    while j >= 0 and tokens[j].text[:1].isupper():
        j -= 1
    return j >= 0 and j >= k - 2 and tokens[j].lower in PLACE_PREPS


def _join_appositions(tokens: list[Token], openers: frozenset[str]) -> None:
    """A descriptive apposition that commas or parentheses set off after a name, in a
    language that puts the verb last, is part of the clause around it ("De ACM heeft
    Flirtel, een Amerikaans bedrijf, een boete opgelegd": the subject and the object
    before it govern the verb after it), as a short aside in parentheses is."""
    _join_spans(
        tokens,
        lambda i: (
            _apposition_end(tokens, i, openers) if tokens[i].text in _APPOSITION_CLOSE else -1
        ),
        1,
    )


def _join_spans(tokens: list[Token], span_end: Callable[[int], int], opened: int) -> None:
    """Join each span that `span_end` finds (its last token's index from its first, or -1)
    to the clause before it, and renumber the clauses after it so that they still count
    up by one. `opened` is how many tokens after the span's end the clause its marks
    opened is read (1 for an apposition's closing comma, 0 for a list's "and")."""
    shift = 0  # clause numbers the spans joined so far took
    i = 0
    while i < len(tokens):
        tokens[i].clause -= shift
        end = span_end(i)
        if end < 0:
            i += 1
            continue
        before = tokens[i - 1].clause
        after = tokens[end + opened].clause - shift  # the clause the span's marks opened
        for j in range(i, end + 1):
            tokens[j].clause = before
        shift += after - before
        i = end + 1


#: Each language's predicate subordinators with the space after them, as a text holds one.
_PREDICATE_WORDS: Final = {
    code: tuple(f"{word} " for word in words) for code, words in PREDICATE_SUBORDINATORS.items()
}


def _join_predicates(
    tokens: list[Token], predicates: frozenset[str], subjects: frozenset[str]
) -> None:
    """A subordinator before a predicate ("Zorvik werd door het OM als medeplichtig
    vervolgd", "als verdachte aangemerkt") opens no clause: its words stay in the clause
    around it, so the subject and the agent before it still govern the verb after it.
    Before a subject, an article or a name it opens one ("als de rechter ...", "als hij
    ...", "als Zorvik wint")."""
    _join_spans(tokens, lambda i: _predicate_end(tokens, i, predicates, subjects), 0)


def _predicate_end(
    tokens: list[Token], i: int, predicates: frozenset[str], subjects: frozenset[str]
) -> int:
    """The last token of the clause a predicate's subordinator at i opened (_join_predicates),
    else -1."""
    if not (0 < i < len(tokens) - 1 and tokens[i].lower in predicates):
        return -1
    if tokens[i].clause == tokens[i - 1].clause:
        return -1
    after = tokens[i + 1]
    if not (after.text.isalpha() and after.text.islower()) or after.lower in subjects:
        return -1
    end = i
    while end + 1 < len(tokens) and tokens[end + 1].clause == tokens[i].clause:
        end += 1
    return end


def _close_short_asides(tokens: list[Token]) -> None:
    """A parenthesis round one word or web address ("Autoriteit Consument en Markt (ACM)
    heeft ...", "Visa (V)", "Zorvik (www.zorvik.nl)") is part of the name before it, not a
    clause of its own: its tokens join the clause around it, so the subject before it
    still governs the verb after it."""
    shift = 0  # clause numbers the asides closed so far took
    i = 0
    while i < len(tokens):
        if (
            tokens[i].text == "("
            and i > 0
            and i + 2 < len(tokens)
            and tokens[i + 2].text == ")"
            and tokens[i + 1].text.replace(".", "").replace("-", "").isalnum()
        ):
            before = tokens[i - 1].clause  # already renumbered
            original_close = tokens[i + 2].clause
            for j in (i, i + 1, i + 2):
                tokens[j].clause = before
            shift = original_close - before
            i += 3
            continue
        tokens[i].clause -= shift
        i += 1


def sentences(text: str, offset: int, language: str) -> list[Sentence]:
    """The sentences of a chunk, tokenised; offsets are absolute (chunk offset added)."""
    out = []
    for i, (start, end) in enumerate(split_sentences(text, offset)):
        body = text[start - offset : end - offset]
        out.append(Sentence(i, start, end, body, tokenize(body, start, language)))
    return out
