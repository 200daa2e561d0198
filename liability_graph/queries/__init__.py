"""Named questions, stored as .cypher files an analyst can paste into Neo4j Browser.

`NAME.cypher` is written for Neo4j. Where LadybugDB's dialect differs (label(r) for
type(r), no list comprehensions, `* SHORTEST`), a sibling `NAME.ladybug.cypher` holds
the variant; the parity tests check both give the same rows.

Header lines: `// name:`, `// description:` and one `// param NAME: text` per parameter.
A parameter left unset is passed as the empty string; queries treat "" as "any", because
LadybugDB cannot bind a null parameter in `$p IS NULL` tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from liability_graph.errors import NotFoundError

if TYPE_CHECKING:
    from liability_graph.graph.store import QueryResult, Store

_PARAM_RE = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    dialect: str
    params: dict[str, str] = field(default_factory=dict)


def _parse(name: str, dialect: str, text: str) -> NamedQuery:
    description = ""
    params: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            continue
        if stripped.startswith("// description:"):
            description = stripped.split(":", 1)[1].strip()
        match = _PARAM_RE.match(stripped)
        if match:
            params[match.group(1)] = match.group(2).strip()
    return NamedQuery(name, description, text, dialect, params)


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


def load_query(name: str, dialect: str = "neo4j") -> NamedQuery:
    """The query text for a dialect: the `.DIALECT.cypher` variant if there is one."""
    files = _files()
    variant = f"{name}.{dialect}.cypher"
    if variant in files:
        return _parse(name, dialect, files[variant])
    if f"{name}.cypher" in files:
        return _parse(name, "neo4j", files[f"{name}.cypher"])
    raise NotFoundError(
        f"no named query {name!r}", hint=f"Known queries: {', '.join(query_names())}."
    )


def run_named(store: Store, name: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run a named query on a store, filling unset declared parameters with ""."""
    query = load_query(name, store.dialect)
    values: dict[str, Any] = dict.fromkeys(query.params, "")
    values.update(params or {})
    return store.read(query.text, values)
