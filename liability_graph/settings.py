"""Where settings come from: command-line flags, then environment variables, then defaults.

The environment variable names for Neo4j are the ones Neo4j's own tools use. The vault of
protected identities (docs/privacy.md) is located here too: `--vault`, then LGRAPH_VAULT,
then a file beside an embedded store, or a local file per Neo4j server and database. So is
the size of ingest's write groups: `--group-facts`, then LGRAPH_GROUP_FACTS, then
DEFAULT_GROUP_FACTS; and the embedded engine's buffer pool: the caller's value, then
LGRAPH_BUFFER_POOL_MB, then DEFAULT_BUFFER_POOL_MB.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from liability_graph.errors import InputError, StoreError

DEFAULT_STORE = "embedded:./lgraph-data"
VAULT_SUFFIX = ".vault"
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
#: Facts `lgraph ingest` gathers from files before writing them as one group: one batch of
#: transactions, committed whole or not at all (an interrupted run keeps the groups written
#: before), and on the embedded store about one checkpoint, which costs about a second of the
#: writing process whatever the group's size. At 20,000 facts (about 290 generated 4 KB
#: articles) checkpoints were a third of the writer's CPU with 2 workers; larger groups
#: keep the same peak memory (the engine's share grows with the tables written, not the
#: rows). Tests that interrupt an ingest set a small group (LGRAPH_GROUP_FACTS) so that a
#: run commits several.
DEFAULT_GROUP_FACTS = 100_000
GROUP_FACTS_ENV = "LGRAPH_GROUP_FACTS"
#: LadybugDB's buffer pool (MB) for an embedded store. The engine's own default is 80 % of
#: the machine's memory, and a bulk load keeps filling it: the pages it read and the rows
#: COPYed since the last checkpoint (a million relationships peaked at 1.9 GB). Bounded,
#: the engine evicts pages instead, and the store checkpoints before the COPYed rows fill a
#: quarter of it (graph/embedded.py), so a load never runs out of pool.
DEFAULT_BUFFER_POOL_MB = 768
BUFFER_POOL_ENV = "LGRAPH_BUFFER_POOL_MB"
#: The least pool that holds a checkpoint's working set of a bulk load's batch.
MIN_BUFFER_POOL_MB = 512


@dataclass(frozen=True)
class StoreSettings:
    """A resolved store choice: an embedded folder, or a Neo4j URI with credentials."""

    kind: str  # "embedded" or "neo4j"
    path: Path | None = None
    uri: str | None = None  # never holds credentials (see split_credentials)
    username: str | None = None
    password: str | None = field(default=None, repr=False)
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
        uri, uri_user, uri_password = split_credentials(spec)
        return StoreSettings(
            kind="neo4j",
            uri=uri,
            username=username or uri_user or env.get("NEO4J_USERNAME") or "neo4j",
            password=password or uri_password or env.get("NEO4J_PASSWORD") or "",
            database=database or env.get("NEO4J_DATABASE") or "neo4j",
        )
    if scheme:
        raise StoreError(
            f"unknown store scheme {scheme!r} in {split_credentials(spec)[0]!r}",
            hint="Use embedded:PATH or a neo4j:// / bolt:// URI.",
        )
    path = spec[len("embedded:") :] if spec.startswith("embedded:") else spec
    if not path:
        raise StoreError("embedded store spec has no path", hint="Use embedded:PATH.")
    return StoreSettings(kind="embedded", path=Path(path).expanduser())


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """(the URI without user and password, user, password) of ``scheme://user:pw@host…``.

    The Neo4j driver refuses credentials in a URI, and a URI is echoed in messages; so
    they are taken out here, once, and used as the user name and password.
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        parts = None
    if parts is None or "@" not in parts.netloc:
        return uri, None, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    bare = parts._replace(netloc=host).geturl()
    return bare, unquote(user) or None, unquote(password) or None


def default_vault(store: StoreSettings, env: dict[str, str] | None = None) -> Path:
    """Where a store's vault lives by default.

    Embedded store PATH: the sibling file PATH.vault, outside the store folder, so the folder
    can be copied or shared without it. Neo4j: a file on this machine, never in the database,
    under $XDG_DATA_HOME/lgraph/vaults (default ~/.local/share), named after the server and
    database (never the credentials).
    """
    env = os.environ if env is None else env
    if store.kind == "embedded" and store.path is not None:
        path = Path(os.path.abspath(store.path))
        return path.with_name(path.name + VAULT_SUFFIX)
    parts = urlsplit(store.uri or "")
    where = f"{parts.hostname or 'localhost'}-{parts.port or 7687}-{store.database or 'neo4j'}"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", where)
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "lgraph" / "vaults" / (safe + VAULT_SUFFIX)


def resolve_vault(
    store: StoreSettings, flag: str | os.PathLike | None = None, env: dict[str, str] | None = None
) -> Path:
    """The vault file: the --vault flag, then LGRAPH_VAULT, then `default_vault(store)`."""
    env = os.environ if env is None else env
    chosen = flag or env.get("LGRAPH_VAULT")
    if chosen:
        return Path(chosen).expanduser()
    return default_vault(store, env)


def _whole_number(
    flag: int | None,
    env: dict[str, str] | None,
    name: str,
    default: int,
    minimum: int,
    flag_error: str,
    env_error: str,
    hint: str,
) -> int:
    """A whole-number setting: the flag, then the environment variable `name`, then the
    default; below `minimum` (or not a number) is an InputError that names the source."""
    if flag is not None:
        if flag < minimum:
            raise InputError(flag_error.format(value=flag))
        return flag
    env = os.environ if env is None else env
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise InputError(f"{name}={raw!r} {env_error}", hint=hint)
    return value


def resolve_group_facts(flag: int | None = None, env: dict[str, str] | None = None) -> int:
    """Facts per ingest write group: the flag, then LGRAPH_GROUP_FACTS, then the default."""
    return _whole_number(
        flag, env, GROUP_FACTS_ENV, DEFAULT_GROUP_FACTS, 1,
        "the write group must hold at least one fact, not {value}",
        "is not a number of facts (a whole number, 1 or more)",
        f"Unset {GROUP_FACTS_ENV} to write {DEFAULT_GROUP_FACTS:,} facts per group.",
    )  # fmt: skip


def resolve_buffer_pool_mb(flag: int | None = None, env: dict[str, str] | None = None) -> int:
    """The embedded engine's buffer pool in MB: the caller's value, then
    LGRAPH_BUFFER_POOL_MB, then DEFAULT_BUFFER_POOL_MB."""
    return _whole_number(
        flag, env, BUFFER_POOL_ENV, DEFAULT_BUFFER_POOL_MB, MIN_BUFFER_POOL_MB,
        f"the buffer pool needs at least {MIN_BUFFER_POOL_MB} MB, not {{value}}",
        f"is not a buffer pool size in MB (a whole number, {MIN_BUFFER_POOL_MB} or more)",
        f"Unset {BUFFER_POOL_ENV} to use {DEFAULT_BUFFER_POOL_MB} MB.",
    )  # fmt: skip
