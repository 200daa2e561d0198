"""Named questions, stored as .cypher files an analyst can paste into Neo4j Browser.

`NAME.cypher` is written for Neo4j. Where LadybugDB's dialect differs (label(r) for
type(r), no list comprehensions, `* ALL SHORTEST`, lists indexed from 1), a sibling
`NAME.ladybug.cypher` holds the variant; the parity tests check both give the same rows.

Header lines (`//` comments, so the file still pastes as is):

    // name: vendors_of
    // description: One line saying what the query answers.
    // param platform: entity Platform|Organization - the platform (name, alias or id)
    // param max_hops: integer 1..6 = 4 - the longest path to look for
    // param vendor: entity Vendor, optional - start from this vendor only
    // example: lgraph query vendors_of Backpage

A parameter's kind says what the caller gives and what the query receives:
  entity   a name, alias or id, resolved as `lgraph show` resolves it (optionally to one of
           the listed types); the query receives the entity id;
  name     a name, normalised (no case, accents or extra spaces) as `lookup` stores names;
  text     passed as given;
  integer  a whole number, within the range if one is given.
Parameters are required unless marked `optional` or given a default; an optional parameter
left unset is passed as "" (LadybugDB cannot bind a null in `$p IS NULL`), so queries
treat "" as "any". Columns named `evidence` or `*_evidence` hold the evidence JSON; results
carry it as lists of objects.

Row limit. Every query whose rows grow with the graph (a hub platform is a defendant in
thousands of cases) declares the same parameter, LIMIT_PARAM_LINE, and ends in
`LIMIT $limit`, its ORDER BY putting the rows an analyst wants first. The runner asks the
store for one row more than the limit, so it knows whether rows were cut without counting
them all: then the result is `truncated` and carries a note saying so. `limit` 0 means
every row. A query whose rows come in groups (`path`: the hops of one route) says
`// limit counts: COLUMN`; the limit then counts distinct values of that column, and the
query limits those (routes) before it unwinds them into rows.

Stages. A file may hold several statements, each after a line `STAGE_LINE`
(`// else, when that found nothing:`); the runner runs them in order and returns the rows of
the first that finds any. `path` on LadybugDB looks for 1-, 2- and 3-hop routes with fixed
patterns (joins from both ends, 1 ms on the 1M-relationship bench graph) before its
`* ALL SHORTEST` search, which walks out from the source (up to 100 ms there). Each
statement pastes and runs on its own.

Entity parameters and LadybugDB. LadybugDB's only index is a node table's primary key, and
an unlabelled node matches every table without it: `MATCH (e {id: $entity})` took 8 ms on
the 1M-relationship bench graph, `MATCH (e:Vendor {id: $entity})` 0.05 ms. The runner
knows the type each entity parameter resolved to, so it labels `(x {id: $param})` with it
before the query runs; the files stay plain Cypher that pastes as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import orjson

from liability_graph.errors import NotFoundError, ParameterError
from liability_graph.graph.lookup import prefetch_names, resolve_one
from liability_graph.graph.model import Evidence, normalize_name
from liability_graph.graph.store import QueryResult

if TYPE_CHECKING:
    from liability_graph.graph.store import Store

KINDS = ("entity", "name", "text", "integer")
#: The row limit of list queries: the same name, range and default everywhere.
LIMIT_PARAM = "limit"
DEFAULT_LIMIT = 100
LIMIT_PARAM_LINE = (
    f"// param {LIMIT_PARAM}: integer 0..1000000 = {DEFAULT_LIMIT} - "
    "at most this many rows, the first in the query's order (0: all)"
)
#: The line between the statements of a staged query (see the module docstring).
STAGE_LINE = "// else, when that found nothing:"
#: What `limit` 0 sends: LIMIT needs a number on both stores.
_NO_LIMIT = 2**62
_PARAM_RE = re.compile(
    r"^//\s*param\s+(?P<name>\w+)\s*:\s*(?P<kind>\w+)"
    r"(?:\s+(?P<types>[A-Za-z|]+|\d+\.\.\d+))?"
    r"(?P<optional>\s*,\s*optional)?"
    r"(?:\s*=\s*(?P<default>\S+))?"
    r"\s+-\s+(?P<description>.*)$"
)


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    kind: str
    description: str
    types: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None
    optional: bool = False

    @property
    def required(self) -> bool:
        return not self.optional and self.default is None

    def describe(self) -> str:
        """Short form for listings: `platform` (Platform or Organization), `max_hops` = 4."""
        text = self.name
        if self.types:
            text += f" ({' or '.join(self.types)})"
        elif self.kind == "integer" and self.minimum is not None:
            text += f" ({self.minimum}-{self.maximum})"
        if self.default is not None:
            text += f" = {self.default}"
        elif self.optional:
            text += " (optional)"
        return text


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    dialect: str
    params: dict[str, Param] = field(default_factory=dict)
    example: str = ""
    #: The column whose distinct values the limit counts (`// limit counts:`); "" for rows.
    limit_counts: str = ""

    @property
    def required(self) -> list[Param]:
        return [p for p in self.params.values() if p.required]

    @property
    def stages(self) -> list[str]:
        """The statements the runner tries in turn (one for most queries)."""
        parts, current = [], []
        for line in self.text.splitlines(keepends=True):
            if line.strip() == STAGE_LINE:
                parts.append("".join(current))
                current = []
            else:
                current.append(line)
        return [*parts, "".join(current)]

    @property
    def limited(self) -> bool:
        """Whether the query takes the row limit (LIMIT_PARAM)."""
        return LIMIT_PARAM in self.params


def _parse_param(query: str, line: str) -> Param:
    match = _PARAM_RE.match(line)
    if not match or match["kind"] not in KINDS:
        raise ValueError(
            f"{query}.cypher: bad parameter line {line!r}; expected "
            "`// param NAME: KIND [TYPES|MIN..MAX][, optional][ = DEFAULT] - description` "
            f"with KIND one of {', '.join(KINDS)}"
        )
    kind, types_text = match["kind"], match["types"] or ""
    types: tuple[str, ...] = ()
    minimum = maximum = None
    if ".." in types_text:
        low, high = types_text.split("..")
        minimum, maximum = int(low), int(high)
    elif types_text:
        types = tuple(types_text.split("|"))
    default: Any = match["default"]
    if default is not None and kind == "integer":
        default = int(default)
    return Param(
        match["name"],
        kind,
        match["description"].strip(),
        types,
        minimum,
        maximum,
        default,
        bool(match["optional"]),
    )


def _parse(name: str, dialect: str, text: str) -> NamedQuery:
    description, example, limit_counts = "", "", ""
    params: dict[str, Param] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            continue
        key = stripped[2:].split(":", 1)[0].strip()
        if key == "description":
            description = stripped.split(":", 1)[1].strip()
        elif key == "example":
            example = stripped.split(":", 1)[1].strip()
        elif key == "limit counts":
            limit_counts = stripped.split(":", 1)[1].strip()
        elif key.startswith("param "):
            param = _parse_param(name, stripped)
            params[param.name] = param
    limit = params.get(LIMIT_PARAM)
    if limit is not None and (limit.kind, limit.minimum, limit.default) != (
        "integer",
        0,
        DEFAULT_LIMIT,
    ):
        raise ValueError(f"{name}.cypher: declare the row limit as {LIMIT_PARAM_LINE!r}")
    return NamedQuery(name, description, text, dialect, params, example, limit_counts)


@cache
def _files() -> dict[str, str]:
    root = resources.files("liability_graph.queries")
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in root.iterdir()
        if entry.name.endswith(".cypher")
    }


def query_names() -> list[str]:
    return sorted({name.split(".", 1)[0] for name in _files()})


@cache
def load_query(name: str, dialect: str = "neo4j") -> NamedQuery:
    """The query text for a dialect: the `.DIALECT.cypher` variant if there is one."""
    files = _files()
    variant = f"{name}.{dialect}.cypher"
    if variant in files:
        return _parse(name, dialect, files[variant])
    if f"{name}.cypher" in files:
        return _parse(name, "neo4j", files[f"{name}.cypher"])
    raise NotFoundError(
        f"no named query {name!r}",
        hint=f"Known queries: {', '.join(query_names())} (`lgraph queries` describes them).",
    )


# -- running -----------------------------------------------------------------------------


@dataclass
class NamedResult(QueryResult):
    """Rows of a named query, with the query and the entities its parameters named."""

    query: NamedQuery | None = None
    #: For each entity parameter: the resolved entity (id, type, name, aliases, description).
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The row limit applied (None: the query takes none; 0: every row).
    limit: int | None = None
    #: True when more rows matched than the limit let through.
    truncated: bool = False


def bind_params(
    store: Store, query: NamedQuery, given: dict[str, Any] | None
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Check the given values against the declared parameters and resolve them.

    Returns the values to send (every declared parameter present) and the resolved entities.
    Unknown or missing parameters and bad values raise ParameterError; names that fit no
    entity, or several, raise NotFoundError / AmbiguousNameError.
    """
    given = dict(given or {})
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        known = ", ".join(query.params) or "none"
        raise ParameterError(
            f"{query.name} has no parameter {', '.join(map(repr, unknown))} (parameters: {known})"
        )
    missing = [p.name for p in query.required if _blank(given.get(p.name))]
    if missing:
        raise ParameterError(
            f"{query.name} needs {', '.join(map(repr, missing))}"
            + (f"; for example: {query.example}" if query.example else ""),
        )
    values: dict[str, Any] = {}
    entities: dict[str, dict[str, Any]] = {}
    known = prefetch_names(
        store,
        [(str(given[p.name]), p.types or None) for p in query.params.values()
         if p.kind == "entity" and not _blank(given.get(p.name))],
    )  # fmt: skip
    for param in query.params.values():
        raw = given.get(param.name)
        if _blank(raw):
            values[param.name] = param.default if param.default is not None else ""
            continue
        if param.kind == "entity":
            entity = resolve_one(store, str(raw), param.types or None, role=param.name, known=known)
            entities[param.name] = entity
            values[param.name] = entity["id"]
        elif param.kind == "name":
            values[param.name] = normalize_name(str(raw))
        elif param.kind == "integer":
            values[param.name] = _integer(query.name, param, raw)
        else:
            values[param.name] = str(raw)
    return values, entities


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _integer(query: str, param: Param, raw: Any) -> int:
    try:
        if isinstance(raw, bool):
            raise ValueError
        value = int(raw)
    except (TypeError, ValueError):
        raise ParameterError(f"{query}: {param.name} must be a whole number, not {raw!r}") from None
    if param.minimum is not None and not param.minimum <= value <= param.maximum:
        raise ParameterError(
            f"{query}: {param.name} must be between {param.minimum} and {param.maximum}, "
            f"not {value}"
        )
    return value


def run_named(store: Store, name: str, params: dict[str, Any] | None = None) -> NamedResult:
    """Run a named query on a store: parameters checked and resolved, evidence decoded."""
    query = load_query(name, store.dialect)
    values, entities = bind_params(store, query, params)
    limit = values.get(LIMIT_PARAM) if query.limited else None
    if limit is not None:
        values[LIMIT_PARAM] = limit + 1 if limit else _NO_LIMIT  # one more: were rows cut?
    types = {k: e["type"] for k, e in entities.items()}
    for stage in query.stages:
        text = label_entities(stage, types)
        if limit is not None and store.dialect == "ladybug":
            text = _LIMIT_CLAUSE.sub(f"LIMIT {int(values[LIMIT_PARAM])}", text)
        result = decode_evidence(store.read(text, values))
        if result.rows:
            break
    rows, notes, truncated = result.rows, list(result.notes), False
    if limit:
        rows, truncated = _cut(rows, result.columns, query.limit_counts, limit)
    if truncated:
        unit = f"{query.limit_counts}s" if query.limit_counts else "rows"
        notes.append(
            f"showing the first {limit} {unit}; more match (raise the limit with "
            f"--limit N or {LIMIT_PARAM}=N, or 0 for all)"
        )
    return NamedResult(
        result.columns, rows, notes, query=query, entities=entities, limit=limit,
        truncated=truncated,
    )  # fmt: skip


#: `LIMIT $limit`, which LadybugDB 0.22 runs as if the limit were unknown (the 1M-relationship
#: bench graph: `path` 133 ms with `LIMIT $limit`, 65 ms with `LIMIT 101`; a 2-hop stage that
#: finds nothing 8 ms against 1 ms), so the runner writes the checked number in its place.
_LIMIT_CLAUSE = re.compile(rf"\bLIMIT \${LIMIT_PARAM}\b")

_UNLABELLED_ID = re.compile(r"\((\w+) \{id: \$(\w+)\}\)")


def label_entities(text: str, types: dict[str, str]) -> str:
    """`(x {id: $p})` labelled `(x:`Type` {id: $p})` for each entity parameter p resolved
    to an entity of that Type, so that the store seeks the id (see the module docstring)."""

    def labelled(match: re.Match[str]) -> str:
        var, param = match.group(1), match.group(2)
        if param not in types:
            return match.group(0)
        return f"({var}:`{types[param]}` {{id: ${param}}})"

    return _UNLABELLED_ID.sub(labelled, text)


def _cut(
    rows: list[list[Any]], columns: list[str], counts: str, limit: int
) -> tuple[list[list[Any]], bool]:
    """The first `limit` rows (or rows of the first `limit` values of column `counts`), and
    whether any were left out."""
    if not counts:
        return rows[:limit], len(rows) > limit
    at = columns.index(counts)
    seen: set[Any] = set()
    kept = []
    for row in rows:
        if row[at] not in seen:
            if len(seen) == limit:
                return kept, True
            seen.add(row[at])
        kept.append(row)
    return kept, False


# -- evidence as data --------------------------------------------------------------------


def is_evidence_column(column: str) -> bool:
    """`evidence`, `*_evidence` and `x.evidence` columns hold evidence JSON."""
    tail = column.rsplit(".", 1)[-1]
    return tail == "evidence" or tail.endswith("_evidence")


def evidence_items(value: Any) -> list[dict[str, Any]]:
    """Evidence JSON (or already decoded evidence) as a list of evidence objects."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = orjson.loads(value)
        except orjson.JSONDecodeError:
            return value  # not evidence after all: leave the text alone
    if isinstance(value, list):
        return [Evidence.from_dict(item).to_dict() if _evidence_like(item) else item
                for item in value]  # fmt: skip
    return value


def _evidence_like(item: Any) -> bool:
    return isinstance(item, dict) and "document" in item and "quote" in item


def decode_evidence(result: QueryResult) -> QueryResult:
    """The result with evidence columns, and the evidence of relationship values, decoded."""
    flags = [is_evidence_column(c) for c in result.columns]
    rows = [
        [
            evidence_items(v) if flag else _decode_nested(v)
            for v, flag in zip(row, flags, strict=True)
        ]
        for row in result.rows
    ]
    return QueryResult(list(result.columns), rows, list(result.notes))


def _decode_nested(value: Any) -> Any:
    """Relationships returned whole ({"_type": …, "evidence": "[…]"}) get their evidence
    decoded too, inside lists and paths as well."""
    if isinstance(value, dict):
        out = {k: _decode_nested(v) for k, v in value.items()}
        if "_type" in out and isinstance(out.get("evidence"), str):
            out["evidence"] = evidence_items(out["evidence"])
        return out
    if isinstance(value, list):
        return [_decode_nested(v) for v in value]
    return value
