"""Reading Cypher text just enough to help the person who wrote it.

A small tokenizer (strings, backticked names, comments and brackets are respected) and
four uses of it, for ad-hoc queries:
- `return_columns`: the RETURN items as written, so an unnamed column is called
  `count(n)` on LadybugDB too, as Neo4j calls it, instead of `COUNT(n._ID)`;
- `backtick_labels`: LadybugDB keywords used as labels (`(c:Case)`) backticked;
- `labels_in`: the labels and relationship types a query names, to point out unknown ones;
- `wrap_property`: each read of one property (`r.evidence`) passed through a function.
This is no parser: anything it cannot follow is left to the engine as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word, name (backticked), string, comment, space, number, punct, param
    text: str
    start: int
    depth: int  # brackets open before this token
    brace: int  # of which curly braces (maps and subqueries)


def tokenize(text: str) -> list[Token]:
    """Tokens of a Cypher text; an unterminated string or comment runs to the end."""
    tokens: list[Token] = []
    stack: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        start = i
        if ch in "'\"":
            i += 1
            while i < n and text[i] != ch:
                i += 2 if text[i] == "\\" else 1
            kind, i = "string", min(i + 1, n)
        elif ch == "`":
            i += 1
            while i < n:
                if text[i] == "`" and text[i + 1 : i + 2] == "`":
                    i += 2
                elif text[i] == "`":
                    break
                else:
                    i += 1
            kind, i = "name", min(i + 1, n)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            kind, i = "comment", n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            kind, i = "comment", n if end < 0 else end + 2
        elif ch.isspace():
            while i < n and text[i].isspace():
                i += 1
            kind = "space"
        elif ch == "$":
            match = _WORD.match(text, i + 1)
            kind, i = "param", (match.end() if match else i + 1)
        elif ch.isalpha() or ch == "_":
            kind, i = "word", _WORD.match(text, i).end()
        elif ch.isdigit():
            while i < n and (text[i].isalnum() or text[i] == "."):
                if text.startswith("..", i):
                    break
                i += 1
            kind = "number"
        else:
            kind, i = "punct", i + 1
        depth, brace = len(stack), stack.count("{")
        if kind == "punct" and ch in _OPEN:
            stack.append(ch)
        elif kind == "punct" and ch in _CLOSE:
            if stack:
                stack.pop()
            depth, brace = len(stack), stack.count("{")
        tokens.append(Token(kind, text[start:i], start, depth, brace))
    return tokens


def _is(token: Token, *words: str) -> bool:
    return token.kind == "word" and token.text.upper() in words


def _significant(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind not in ("space", "comment")]


def return_columns(text: str) -> list[tuple[str, bool]] | None:
    """The first top-level RETURN's items as (name, aliased), or None for `RETURN *` or
    when there is no RETURN at the top level."""
    tokens = tokenize(text)
    start = next((k for k, t in enumerate(tokens) if t.depth == 0 and _is(t, "RETURN")), None)
    if start is None:
        return None
    items: list[list[Token]] = [[]]
    for token in tokens[start + 1 :]:
        if token.depth == 0 and (
            _is(token, "ORDER", "SKIP", "LIMIT", "UNION") or token.text == ";"
        ):
            break
        if token.depth == 0 and token.text == ",":
            items.append([])
            continue
        items[-1].append(token)
    columns: list[tuple[str, bool]] = []
    for k, item in enumerate(items):
        words = _significant(item)
        if k == 0 and words and _is(words[0], "DISTINCT"):
            item = item[item.index(words[0]) + 1 :]
            words = words[1:]
        if not words or (len(words) == 1 and words[0].text == "*"):
            return None
        if len(words) >= 3 and _is(words[-2], "AS") and words[-1].depth == 0:
            alias = words[-1].text
            columns.append((alias[1:-1] if alias.startswith("`") else alias, True))
            continue
        expression = "".join(t.text for t in item if t.kind != "comment")
        columns.append((" ".join(expression.split()), False))
    return columns


def readable_columns(text: str, engine_columns: list[str]) -> list[str]:
    """Engine column names, with each unaliased one replaced by its expression as written."""
    written = return_columns(text)
    if written is None or len(written) != len(engine_columns):
        return engine_columns
    return [
        engine if aliased else expression
        for engine, (expression, aliased) in zip(engine_columns, written, strict=True)
    ]


def wrap_property(text: str, name: str, function: str) -> str:
    """`text` with each property read `x.name` (also `` `x`.`name` ``) written as
    `function(x.name)`; strings, comments, map projections (`x {.name}`) and longer paths
    (`a.b.name`) stay as they are."""
    tokens = tokenize(text)
    sig = [k for k, t in enumerate(tokens) if t.kind not in ("space", "comment")]
    spans: list[tuple[int, int]] = []
    for j in range(len(sig) - 2):
        owner, dot, prop = (tokens[sig[j]], tokens[sig[j + 1]], tokens[sig[j + 2]])
        if (
            owner.kind in ("word", "name")
            and dot.text == "."
            and _unquoted(prop) == name
            and prop.kind in ("word", "name")
            and not (j > 0 and tokens[sig[j - 1]].text == ".")
        ):
            spans.append((owner.start, prop.start + len(prop.text)))
    for start, end in reversed(spans):
        text = f"{text[:start]}{function}({text[start:end]}){text[end:]}"
    return text


def _unquoted(token: Token) -> str:
    return token.text[1:-1].replace("``", "`") if token.kind == "name" else token.text


def _label_positions(tokens: list[Token]) -> list[int]:
    """Indexes of the words or backticked names that stand as labels or relationship types:
    after `:` (or `|`, `&` continuing a label expression), outside map literals."""
    positions = []
    sig = [k for k, t in enumerate(tokens) if t.kind not in ("space", "comment")]
    for j, k in enumerate(sig):
        token = tokens[k]
        if token.kind not in ("word", "name") or j == 0:
            continue
        before = tokens[sig[j - 1]]
        if before.text not in (":", "|", "&", "!"):
            continue
        # In a map literal ({key: value}) a colon precedes a value, not a label.
        if before.text == ":" and token.brace > 0 and _in_map(tokens, sig, j):
            continue
        if before.text in "|&!" and not _continues_label(tokens, sig, j - 1):
            continue
        after = tokens[sig[j + 1]] if j + 1 < len(sig) else None
        if token.kind == "word" and after is not None and _is(after, "WHEN"):
            continue  # {key: CASE WHEN …}
        positions.append(k)
    return positions


def _in_map(tokens: list[Token], sig: list[int], j: int) -> bool:
    """Is the colon before sig[j] a map key's colon? (The innermost open bracket is `{`.)"""
    depth = 0
    for k in reversed(sig[: j - 1]):
        t = tokens[k]
        if t.kind != "punct":
            continue
        if t.text in _CLOSE:
            depth += 1
        elif t.text in _OPEN:
            if depth == 0:
                return t.text == "{"
            depth -= 1
    return False


def _continues_label(tokens: list[Token], sig: list[int], j: int) -> bool:
    """Does the `|`/`&`/`!` at sig[j] continue a label expression (`:A|B`, `:A&!B`)?"""
    while j > 0:
        prev = tokens[sig[j - 1]]
        if prev.text in (":", "|", "&", "!"):
            return prev.text == ":" or _continues_label(tokens, sig, j - 1)
        if prev.kind in ("word", "name"):
            j -= 1
            continue
        return False
    return False


def labels_in(text: str) -> list[str]:
    """The labels and relationship types a query names, as written, in order of use."""
    tokens = tokenize(text)
    names = []
    for k in _label_positions(tokens):
        raw = tokens[k].text
        names.append(raw[1:-1].replace("``", "`") if raw.startswith("`") else raw)
    return list(dict.fromkeys(names))


def backtick_labels(text: str, names: frozenset[str] | set[str]) -> str:
    """`text` with every bare label or type in `names` backticked (`:Case` -> ``:`Case` ``)."""
    tokens = tokenize(text)
    wanted = {k for k in _label_positions(tokens) if tokens[k].kind == "word"}
    wanted = {k for k in wanted if tokens[k].text in names}
    if not wanted:
        return text
    return "".join(f"`{t.text}`" if k in wanted else t.text for k, t in enumerate(tokens))


_CLAUSES = ("MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "CALL", "YIELD", "UNION")


def label_bare_nodes(text: str, labels: list[str]) -> str:
    """`text` with each node pattern that stands alone without a label (`MATCH (n)`,
    `MATCH (a), (b {id: 1})`, `MATCH p = (n)`) given the label union `labels`
    (`(n:`A`:`B`)`, any of them on LadybugDB), so that it matches the graph's nodes and
    not the store's own tables (the name index). A variable used before (maybe bound) is
    left alone, since the engine refuses new labels on a bound node. A node joined to a relationship is bound
    by the relationship's tables and is left as written, as is anything else."""
    tokens = tokenize(text)
    sig = [k for k, t in enumerate(tokens) if t.kind not in ("space", "comment")]
    union = ":" + ":".join("`" + label.replace("`", "``") + "`" for label in labels)
    inserts: dict[int, str] = {}
    for j, k in enumerate(sig):
        if tokens[k].text != "(" or j == 0 or not _starts_pattern(tokens, sig, j):
            continue
        end = j + 1
        if end < len(sig) and tokens[sig[end]].kind in ("word", "name"):
            end += 1
        if end < len(sig) and tokens[sig[end]].text == "{":
            depth = tokens[sig[end]].depth
            end += 1
            while end < len(sig) and not (
                tokens[sig[end]].text == "}" and tokens[sig[end]].depth == depth
            ):
                end += 1
            end += 1
        if end >= len(sig) or tokens[sig[end]].text != ")":
            continue  # a label, or no node pattern
        after = tokens[sig[end + 1]].text if end + 1 < len(sig) else ""
        if after in ("-", "<"):
            continue  # joined to a relationship
        variable = sig[j + 1] if tokens[sig[j + 1]].kind in ("word", "name") else None
        if variable is not None and _seen_before(tokens, sig, j, tokens[variable].text):
            continue  # bound earlier: the engine refuses labels on a bound node
        inserts[variable if variable is not None else k] = union
    if not inserts:
        return text
    return "".join(t.text + inserts.get(k, "") for k, t in enumerate(tokens))


def _starts_pattern(tokens: list[Token], sig: list[int], j: int) -> bool:
    """Does the `(` at sig[j] open a node pattern of a MATCH clause: right after MATCH,
    after a path variable's `=`, or after a comma of the MATCH's pattern list?"""
    before = tokens[sig[j - 1]]
    if _is(before, "MATCH"):
        return True
    if before.text == "=" and j >= 3:
        return tokens[sig[j - 2]].kind == "word" and _is(tokens[sig[j - 3]], "MATCH")
    if before.text != ",":
        return False
    depth = before.depth
    for k in reversed(sig[: j - 1]):
        token = tokens[k]
        if token.depth < depth:
            return False
        if token.depth == depth and token.kind == "word" and _is(token, *_CLAUSES):
            return _is(token, "MATCH")
    return False


def _seen_before(tokens: list[Token], sig: list[int], j: int, name: str) -> bool:
    """Is `name` written before sig[j] in the same part of a UNION?"""
    for k in reversed(sig[:j]):
        token = tokens[k]
        if token.depth == 0 and _is(token, "UNION"):
            return False
        if token.kind in ("word", "name") and token.text == name:
            return True
    return False
