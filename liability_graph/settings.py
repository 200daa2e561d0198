"""Where settings come from: command-line flags, then environment variables, then defaults.

The environment variable names for Neo4j are the ones Neo4j's own tools use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from liability_graph.errors import StoreError

DEFAULT_STORE = "embedded:./lgraph-data"
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class StoreSettings:
    """A resolved store choice: an embedded folder, or a Neo4j URI with credentials."""

    kind: str  # "embedded" or "neo4j"
    path: Path | None = None
    uri: str | None = None
    username: str | None = None
    password: str | None = None
    database: str | None = None

    def describe(self) -> str:
        if self.kind == "embedded":
            return f"embedded:{self.path}"
        return f"{self.uri} (database {self.database})"


def resolve_store(
    spec: str | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    env: dict[str, str] | None = None,
) -> StoreSettings:
    """Flag value first, then LGRAPH_STORE, then NEO4J_URI, then ./lgraph-data.

    Spec forms: ``embedded:PATH``, a bare folder path, or a Neo4j URI
    (``bolt://``, ``neo4j://`` and their ``+s`` / ``+ssc`` TLS variants).
    """
    env = os.environ if env is None else env
    spec = spec or env.get("LGRAPH_STORE") or env.get("NEO4J_URI") or DEFAULT_STORE
    scheme = spec.split("://", 1)[0].lower() if "://" in spec else ""
    if scheme in NEO4J_SCHEMES:
        return StoreSettings(
            kind="neo4j",
            uri=spec,
            username=username or env.get("NEO4J_USERNAME") or "neo4j",
            password=password or env.get("NEO4J_PASSWORD") or "",
            database=database or env.get("NEO4J_DATABASE") or "neo4j",
        )
    if scheme:
        raise StoreError(
            f"unknown store scheme {scheme!r} in {spec!r}",
            hint="Use embedded:PATH or a neo4j:// / bolt:// URI.",
        )
    path = spec[len("embedded:") :] if spec.startswith("embedded:") else spec
    if not path:
        raise StoreError("embedded store spec has no path", hint="Use embedded:PATH.")
    return StoreSettings(kind="embedded", path=Path(path).expanduser())
