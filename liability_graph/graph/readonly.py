"""The read-only gate: every query a store runs for a reader passes here first.

Ad-hoc Cypher (`lgraph cypher`, `Store.query`) and the library's own reads (named queries,
`Store.read`) are checked against an allow-list (`readonly.yaml`) before any engine sees
them, on both stores:

- the text is tokenised as the engines do (strings, comments, backticked names, parameters,
  numbers), and anything a tokeniser could read two ways is refused: characters outside
  ASCII other than in strings, names and comments, unterminated strings or comments,
  unknown escapes, a number run into a word, a line comment ended by a Unicode line break;
- one statement only (a `;` may end it);
- it starts with a read clause, and no clause or statement keyword other than the read
  ones appears as a bare word anywhere (so no COPY, LOAD, CALL { }, CREATE inside a
  subquery, ...), whatever its case;
- every function called is on the allow-list of the store's dialect, and CALL only runs the
  few listed schema procedures;
- parameters are plain values.

The engines' own read-only modes stay on underneath (LadybugDB opened read-only, Neo4j READ
sessions): the gate is what keeps files, extensions, the network and checkpoints out of
reach, which those modes do not.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NoReturn

from liability_graph.errors import QueryRefusedError
from liability_graph.yaml_data import load_data

DIALECTS = ("neo4j", "ladybug")

# Token kinds.
WORD, NAME, STRING, NUMBER, PARAM, PUNCT = "word", "name", "string", "number", "param", "punct"

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(
    r"0[xX][0-9A-Fa-f_]+|0[oO][0-7_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9_]+)?"
)
_PUNCT = (
    "..", "->", "<-", "<>", "!=", "<=", ">=", "=~", "::", "+=",
    "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "|", "+", "-", "*", "/", "%", "^",
    "=", "<", ">", "!", "&", "?",
)  # fmt: skip
_WHITESPACE = " \t\n\r"
_ESCAPES = set("\\'\"bfnrt")
#: Characters some engines end a line comment with, beyond \n and \r: refused in comments.
_LINE_BREAKS = {"\x0b", "\x0c", "\x85", "\u2028", "\u2029"}
_PLAIN_VALUES = (
    str,
    int,
    float,
    bool,
    type(None),
    datetime.date,
    datetime.time,
    datetime.timedelta,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str  # a WORD as written; a NAME or PARAM without its backticks or `$`
    start: int

    @property
    def upper(self) -> str:
        return self.text.upper()


@dataclass(frozen=True)
class Grammar:
    """The allow-list, read from readonly.yaml."""

    starts: frozenset[str]
    keywords: frozenset[str]  # clauses and expression words, upper case
    refused: frozenset[str]
    functions: dict[str, frozenset[str]]  # dialect -> lower-case names
    procedures: dict[str, frozenset[str]]  # dialect -> lower-case names
    procedure_names: dict[str, tuple[str, ...]]  # as written, for messages

    @property
    def clauses_text(self) -> str:
        return "MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION"


@cache
def grammar() -> Grammar:
    text = resources.files("liability_graph.graph").joinpath("readonly.yaml").read_text("utf-8")
    data = load_data(text)
    common = _words(data["functions"]["common"])
    return Grammar(
        starts=frozenset(w.upper() for w in _words(data["starts"])),
        keywords=frozenset(w.upper() for w in _words(data["clauses"]) | _words(data["keywords"])),
        refused=frozenset(w.upper() for w in _words(data["refused"])),
        functions={
            d: frozenset(f.lower() for f in common | _words(data["functions"][d])) for d in DIALECTS
        },
        procedures={
            d: frozenset(p.lower() for p in _words(data["procedures"][d])) for d in DIALECTS
        },
        procedure_names={d: tuple(sorted(_words(data["procedures"][d]))) for d in DIALECTS},
    )


def _words(block: str) -> set[str]:
    """The words of a list block in readonly.yaml (commas or spaces between, # comments)."""
    return {
        word
        for line in block.splitlines()
        for word in re.split(r"[\s,]+", line.split("#", 1)[0])
        if word
    }


def allowed_functions(dialect: str) -> frozenset[str]:
    """Lower-case names of the functions a read query may call on this dialect."""
    return grammar().functions[_dialect(dialect)]


# -- tokenising -------------------------------------------------------------------------


def tokenize(cypher: str) -> list[Token]:
    """The tokens of a query, comments and whitespace dropped; refuses what is ambiguous."""
    tokens: list[Token] = []
    i, n = 0, len(cypher)
    while i < n:
        c = cypher[i]
        if c in _WHITESPACE:
            i += 1
        elif cypher.startswith("//", i):
            i = _line_comment_end(cypher, i)
        elif cypher.startswith("/*", i):
            end = cypher.find("*/", i + 2)
            if end < 0:
                _refuse(cypher, i, "a /* comment is not closed")
            if _word_char(cypher, i - 1) and _word_char(cypher, end + 2):
                _refuse(cypher, i, "a comment splits a word in two")
            i = end + 2
        elif c in "'\"":
            text, end = _string(cypher, i)
            tokens.append(Token(STRING, text, i))
            i = end
        elif c == "`":
            text, end = _backticked(cypher, i)
            tokens.append(Token(NAME, text, i))
            i = end
        elif c == "$":
            text, end = _parameter(cypher, i)
            tokens.append(Token(PARAM, text, i))
            i = end
        elif c.isdigit() and c.isascii():
            match = _NUMBER.match(cypher, i)
            end = match.end() if match else i + 1
            if end < n and (cypher[end].isalnum() or cypher[end] == "_"):
                _refuse(cypher, i, "a number runs into a word; put a space between them")
            tokens.append(Token(NUMBER, cypher[i:end], i))
            i = end
        elif (word := _WORD.match(cypher, i)) is not None:
            end = word.end()
            if end < n and not cypher[end].isascii():
                _refuse(cypher, end, _non_ascii(cypher[end]))
            tokens.append(Token(WORD, word.group(), i))
            i = end
        else:
            punct = next((p for p in _PUNCT if cypher.startswith(p, i)), None)
            if punct is None:
                reason = _non_ascii(c) if not c.isascii() else f"unexpected character {c!r}"
                _refuse(cypher, i, reason)
            tokens.append(Token(PUNCT, punct, i))
            i += len(punct)
    return tokens


def _word_char(cypher: str, i: int) -> bool:
    return 0 <= i < len(cypher) and (cypher[i].isalnum() or cypher[i] == "_")


def _non_ascii(c: str) -> str:
    return (
        f"character U+{ord(c):04X} outside a string or a `backticked` name (only plain ASCII "
        "is read there, so no look-alike letter or space can hide a keyword)"
    )


def _line_comment_end(cypher: str, i: int) -> int:
    j = i + 2
    while j < len(cypher) and cypher[j] not in "\n\r":
        if cypher[j] in _LINE_BREAKS:
            _refuse(cypher, j, f"a comment holds the line break U+{ord(cypher[j]):04X}")
        j += 1
    return j


def _string(cypher: str, i: int) -> tuple[str, int]:
    quote, j, out = cypher[i], i + 1, []
    while j < len(cypher):
        c = cypher[j]
        if c == quote:
            return "".join(out), j + 1
        if c == "\\":
            nxt = cypher[j + 1 : j + 2]
            if nxt in _ESCAPES and nxt:
                out.append(c + nxt)
                j += 2
                continue
            width = {"u": 4, "U": 8}.get(nxt)
            digits = cypher[j + 2 : j + 2 + width] if width else ""
            if (
                width
                and len(digits) == width
                and all(d in "0123456789abcdefABCDEF" for d in digits)
            ):
                out.append(cypher[j : j + 2 + width])
                j += 2 + width
                continue
            _refuse(cypher, j, f"unknown escape {cypher[j : j + 2]!r} in a string")
        out.append(c)
        j += 1
    _refuse(cypher, i, "a string is not closed")


def _backticked(cypher: str, i: int) -> tuple[str, int]:
    """A `name`; two backticks inside stand for one."""
    parts, j = [], i
    while j < len(cypher) and cypher[j] == "`":
        end = cypher.find("`", j + 1)
        if end < 0:
            _refuse(cypher, j, "a `name` is not closed")
        parts.append(cypher[j + 1 : end])
        j = end + 1
    return "`".join(parts), j


def _parameter(cypher: str, i: int) -> tuple[str, int]:
    if cypher.startswith("`", i + 1):
        return _backticked(cypher, i + 1)
    word = _WORD.match(cypher, i + 1) or re.compile(r"[0-9]+").match(cypher, i + 1)
    if word is None:
        _refuse(cypher, i, "a $ must be followed by a parameter name")
    end = word.end()
    if end < len(cypher) and not cypher[end].isascii():
        _refuse(cypher, end, _non_ascii(cypher[end]))
    return word.group(), end


# -- checking ---------------------------------------------------------------------------


def check_read_only(cypher: str, dialect: str, params: Mapping[str, Any] | None = None) -> None:
    """Refuse (QueryRefusedError) anything but a single read query of the allow-list."""
    _check_text(cypher, _dialect(dialect))
    if params:
        check_parameters(params)


@lru_cache(maxsize=1024)
def _check_text(cypher: str, dialect: str) -> None:
    tokens = tokenize(cypher)
    rules = grammar()
    if not tokens:
        _refuse(cypher, 0, "the query is empty")
    semicolons = [k for k, t in enumerate(tokens) if t.kind == PUNCT and t.text == ";"]
    if semicolons and semicolons != [len(tokens) - 1]:
        _refuse(cypher, tokens[semicolons[0]].start, "one statement at a time (a `;` ends it)")
    first = tokens[0]
    if first.kind != WORD or first.upper not in rules.starts | {"CALL"}:
        word = first.text if first.kind == WORD else first.text[:20]
        _refuse(cypher, first.start, f"a query starts with a read clause, not {word!r}")
    may_yield = False
    for k, token in enumerate(tokens):
        if token.kind not in (WORD, NAME):
            continue
        after_dot = k > 0 and tokens[k - 1].kind == PUNCT and tokens[k - 1].text == "."
        if after_dot:
            continue  # a property key, or part of a dotted name checked from its start
        word = token.upper if token.kind == WORD else None
        if word == "CALL":
            name, end = _dotted_name(tokens, k + 1)
            if name is None or name.lower() not in rules.procedures[dialect]:
                what = f"CALL {name}" if name else "CALL { … } / CALL (…) { … }"
                _refuse(
                    cypher,
                    token.start,
                    f"{what} is not allowed: only reads run here, and CALL only for the "
                    f"schema procedures {', '.join(rules.procedure_names[dialect])}",
                )
            may_yield = True
            continue
        if word == "YIELD" and may_yield:
            continue
        if word in rules.refused:
            _refuse(cypher, token.start, _not_a_read(token.text, rules))
        name, end = _dotted_name(tokens, k)
        calls = end < len(tokens) and tokens[end].kind == PUNCT and tokens[end].text == "("
        if not calls or (word in rules.keywords and word.lower() not in rules.functions[dialect]):
            continue  # a keyword, variable, label, map key or property
        if _is_declared_procedure_call(tokens, k) or _is_index_hint_label(tokens, k):
            continue
        if name.lower() not in rules.functions[dialect]:
            _refuse(
                cypher,
                token.start,
                f"the function {name}() is not on the read-only allow-list for {dialect} "
                "(graph/readonly.yaml)",
            )


def _dotted_name(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """`a.b.c` from tokens[k] on (words or backticked parts) and the index after it."""
    parts: list[str] = []
    while k < len(tokens) and tokens[k].kind in (WORD, NAME):
        parts.append(tokens[k].text)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None or nxt.kind != PUNCT or nxt.text != ".":
            return ".".join(parts), k + 1
        k += 2
    return (".".join(parts) if parts else None), k


def _is_declared_procedure_call(tokens: list[Token], k: int) -> bool:
    """The procedure name right after an (allowed) CALL: checked there already."""
    return k > 0 and tokens[k - 1].kind == WORD and tokens[k - 1].upper == "CALL"


def _is_index_hint_label(tokens: list[Token], k: int) -> bool:
    """`USING INDEX n:Label(prop)` (Neo4j): the label before `(` is not a call."""
    return (
        k >= 3
        and tokens[k - 1].text == ":"
        and tokens[k - 2].kind in (WORD, NAME)
        and tokens[k - 3].kind == WORD
        and tokens[k - 3].upper in ("INDEX", "SEEK")
    )


def _not_a_read(word: str, rules: Grammar) -> str:
    return (
        f"{word.upper()} is not a read clause; queries here are read-only and may use "
        f"{rules.clauses_text} (a name spelt like a keyword goes in `backticks`)"
    )


def check_parameters(params: Mapping[str, Any]) -> None:
    """Parameters are values: text, numbers, booleans, dates, null, and lists or maps of them."""

    def plain(value: Any, depth: int = 0) -> bool:
        if depth > 32:
            return False
        if isinstance(value, _PLAIN_VALUES):
            return True
        if isinstance(value, (list, tuple)):
            return all(plain(v, depth + 1) for v in value)
        if isinstance(value, Mapping):
            return all(isinstance(k, str) and plain(v, depth + 1) for k, v in value.items())
        return False

    for key, value in params.items():
        if not isinstance(key, str) or not plain(value):
            raise QueryRefusedError(
                f"refused: parameter {key!r} is a {type(value).__name__}, not a plain value "
                "(text, number, boolean, date, null, or a list or map of them)"
            )


def _dialect(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect {dialect!r}; expected one of {DIALECTS}")
    return dialect


def _refuse(cypher: str, offset: int, reason: str) -> NoReturn:
    line = cypher.count("\n", 0, offset) + 1
    column = offset - (cypher.rfind("\n", 0, offset) + 1) + 1
    raise QueryRefusedError(
        f"refused before it reached the store (read-only): {reason} (line {line}, column {column})"
    )
