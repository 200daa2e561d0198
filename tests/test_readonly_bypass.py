"""Read-only bypass suite (issue #9): write, file, extension, network and checkpoint attempts on
a real LadybugDB folder and a real Neo4j server, through the library (`Store.query`,
`Store.read`), the CLI (CliRunner) and real `lgraph` processes.

Every attempt must fail. Afterwards the embedded store's files are byte-identical (and the
Neo4j graph unchanged), no file outside the store was created, changed or even opened (inotify
watches every folder an attempt names, the engine's home and Neo4j's import folder), and the
HTTP server the test runs on 127.0.0.1 received no request. The controls show that without the
gate the same attempts are real: the engines write files, read them and fetch URLs.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pyarrow as pa
import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.errors import LiabilityGraphError, QueryRefusedError
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="inotify is Linux-only")

LGRAPH = Path(sys.executable).with_name("lgraph")

# -- the attempts ------------------------------------------------------------------------
# (id, what it tries, Cypher). @OUT@ is an empty folder writes would land in, @SECRET@ a file
# outside the store, @LIB@ a fake extension, @URL@ the local HTTP server, @PORT@ its port.
# Every attempt runs against both stores: each engine's own dialect and the other's.
ATTEMPTS: list[tuple[str, str, str]] = [
    # writes, plain and hidden
    ("create", "write", "CREATE (:`Vendor` {id: 'vendor:intruder', name: 'Intruder'})"),
    ("create-lower", "write", "create (:`Vendor` {id: 'vendor:intruder'})"),
    ("merge", "write", "MERGE (n:`Vendor` {id: 'vendor:intruder'}) RETURN n"),
    ("set", "write", "MATCH (n:`Vendor`) SET n.name = 'changed'"),
    ("delete", "write", "MATCH (n) DELETE n"),
    ("detach-delete", "write", "MATCH (n) DETACH DELETE n"),
    ("remove", "write", "MATCH (n:`Vendor`) REMOVE n.description"),
    ("create-after-with", "write", "MATCH (n) WITH n LIMIT 1 CREATE (:`Vendor` {id: 'vendor:x'})"),
    ("merge-edge", "write", "MATCH (n), (m) MERGE (n)-[:`SERVICED`]->(m)"),
    ("unwind-create", "write", "UNWIND [1, 2] AS x CREATE (:`Vendor` {id: 'vendor:x'})"),
    ("foreach", "write", "MATCH (n) FOREACH (x IN [1] | SET n.name = 'x')"),
    ("drop", "write", "DROP TABLE `Vendor`"),
    ("alter", "write", "ALTER TABLE `Vendor` ADD evil STRING"),
    ("create-table", "write", "CREATE NODE TABLE Evil(id STRING, PRIMARY KEY(id))"),
    ("create-index", "write", "CREATE INDEX evil FOR (n:`Vendor`) ON (n.name)"),
    ("insert", "write", "INSERT (:`Vendor` {id: 'vendor:intruder'})"),
    ("two-statements", "write", "MATCH (n) RETURN n; CREATE (:`Vendor` {id: 'vendor:x'})"),
    ("two-lines", "write", "MATCH (n) RETURN count(n);\nMATCH (n) DETACH DELETE n"),
    ("after-line-comment", "write", "MATCH (n) RETURN n // note\nSET n.name = 'x'"),
    ("semicolon-in-string", "write", "MATCH (n) WHERE n.name = 'a;b' SET n.name = 'x' RETURN n"),
    ("escaped-quote", "write", "MATCH (n) WHERE n.name = 'it\\'s' SET n.name = 'x' RETURN n"),
    ("backticked-names", "write", "MATCH (`n`) SET `n`.name = 'x'"),
    ("mixed-case-comment", "write", "MATCH (n) /* x */ SeT n.name = 'x'"),
    ("split-by-comment", "write", "MATCH (n) S/**/ET n.name = 'x'"),
    ("fullwidth", "write", "MATCH (n) \uff33\uff25\uff34 n.name = 'x'"),
    ("nbsp", "write", "MATCH (n)\u00a0SET n.name = 'x'"),
    ("zero-width", "write", "MATCH (n) SET\u200b n.name = 'x'"),
    ("en-dash-arrow", "write", "MATCH (a), (b) CREATE (a)\u2013[:`SERVICED`]\u2013>(b)"),
    ("call-subquery", "write", "MATCH (n) CALL { CREATE (:`Vendor` {id: 'vendor:x'}) } RETURN n"),
    ("call-only", "write", "CALL { MATCH (n) DETACH DELETE n }"),
    ("scoped-subquery", "write", "MATCH (n) CALL (n) { SET n.name = 'x' } RETURN n"),
    ("union-write", "write", "MATCH (n) RETURN n UNION MATCH (m) SET m.name = 'x' RETURN m"),
    ("exists-write", "write", "MATCH (n) WHERE EXISTS { MATCH (n) SET n.name = 'x' } RETURN n"),
    ("begin", "write", "BEGIN TRANSACTION"),
    ("commit", "write", "COMMIT"),
    ("rollback", "write", "ROLLBACK"),
    ("profile", "write", "PROFILE MATCH (n) SET n.name = 'x'"),
    ("cypher-prefix", "write", "CYPHER runtime=slotted MATCH (n) SET n.name = 'x'"),
    ("macro", "write", "CREATE MACRO evil(x) AS x"),
    ("comment-on", "write", "COMMENT ON TABLE `Vendor` IS 'x'"),
    ("sequence", "write", "CREATE SEQUENCE evil"),
    ("nextval", "write", "MATCH (n) RETURN nextval('evil')"),
    # files
    ("copy-to", "file", "COPY (MATCH (n) RETURN n.id, n.name) TO '@OUT@/dump.csv'"),
    ("copy-to-lower", "file", "copy (match (n) return n.id) to '@OUT@/dump.parquet'"),
    ("copy-mid-query", "file", "MATCH (n) WITH n COPY (MATCH (m) RETURN m.id) TO '@OUT@/d.csv'"),
    ("copy-from", "file", "COPY `Vendor` FROM '@SECRET@'"),
    ("explain-copy", "file", "EXPLAIN COPY (MATCH (n) RETURN n) TO '@OUT@/e.csv'"),
    ("load-passwd", "file", "LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *"),
    ("load-from", "file", "LOAD FROM '@SECRET@' (file_format='csv') RETURN *"),
    ("load-headers", "file", "LOAD WITH HEADERS (a STRING) FROM '@SECRET@' RETURN *"),
    ("load-mid-query", "file", "MATCH (n) WITH n LIMIT 1 LOAD FROM '@SECRET@' RETURN *"),
    ("load-fullwidth", "file", "\uff2c\uff2f\uff21\uff24 FROM '@SECRET@' RETURN *"),
    ("load-split", "file", "LO/**/AD FROM '@SECRET@' RETURN *"),
    ("load-backticked", "file", "`LOAD` FROM '@SECRET@' RETURN *"),
    ("load-csv-file", "file", "LOAD CSV FROM 'file://@SECRET@' AS row RETURN row"),
    ("load-csv-passwd", "file", "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS r RETURN r"),
    ("load-csv-lower", "file", "load csv from 'file://@SECRET@' as r return r"),
    (
        "load-csv-mid",
        "file",
        "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file://@SECRET@' AS r RETURN r",
    ),
    ("export-db", "file", "EXPORT DATABASE '@OUT@/export'"),
    ("import-db", "file", "IMPORT DATABASE '@SECRETS@'"),
    ("attach", "file", "ATTACH '@OUT@/other.lbdb' AS other (dbtype lbug)"),
    ("detach-db", "file", "DETACH other"),
    ("use", "file", "USE other"),
    ("file-function", "file", "MATCH (n) RETURN file(), linenumber()"),
    ("param-path", "file", "LOAD FROM $path RETURN *"),
    # extensions
    ("install", "extension", "INSTALL json"),
    ("install-lower", "extension", "install httpfs"),
    ("install-from", "extension", "INSTALL json FROM '@URL@'"),
    ("load-extension-path", "extension", "LOAD EXTENSION '@LIB@'"),
    ("load-extension-name", "extension", "LOAD EXTENSION json"),
    ("uninstall", "extension", "UNINSTALL json"),
    ("apoc-json", "extension", "CALL apoc.load.json('@URL@')"),
    ("apoc-csv", "extension", "CALL apoc.load.csv('@URL@') YIELD map RETURN map"),
    ("apoc-function", "extension", "RETURN apoc.util.md5(['x'])"),
    ("apoc-backticked", "extension", "RETURN `apoc.util.md5`(['x'])"),
    # network
    ("load-url", "network", "LOAD FROM '@URL@' RETURN *"),
    ("load-csv-url", "network", "LOAD CSV FROM '@URL@' AS row RETURN row"),
    ("load-csv-url-mid", "network", "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM '@URL@' AS r RETURN r"),
    ("load-csv-headers-url", "network", "LOAD CSV WITH HEADERS FROM '@URL@' AS row RETURN row"),
    ("load-csv-mixed-case", "network", "lOaD cSv FrOm '@URL@' AS row RETURN row"),
    ("load-csv-after-u2028", "network", "MATCH (n) RETURN n // \u2028LOAD CSV FROM '@URL@' AS r"),
    ("graph-names", "network", "RETURN graph.names()"),
    # checkpoints and engine settings
    ("checkpoint", "checkpoint", "CHECKPOINT"),
    ("checkpoint-lower", "checkpoint", "checkpoint;"),
    ("checkpoint-second", "checkpoint", "MATCH (n) RETURN n; CHECKPOINT"),
    ("checkpoint-comment", "checkpoint", "MATCH (n) RETURN n /* x */ ; CHECKPOINT"),
    ("checkpoint-threshold", "checkpoint", "CALL checkpoint_threshold=1"),
    ("auto-checkpoint", "checkpoint", "CALL auto_checkpoint=true"),
    ("home-directory", "checkpoint", "CALL home_directory='@OUT@'"),
    ("spill", "checkpoint", "CALL spill_to_disk=true"),
    # procedures and administration
    ("dbms-components", "call", "CALL dbms.components()"),
    ("dbms-config", "call", "CALL dbms.listConfig()"),
    ("create-label", "call", "CALL db.createLabel('Intruder')"),
    ("create-label-backticked", "call", "CALL `db.createLabel`('Intruder')"),
    ("set-config", "call", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"),
    ("show-functions", "call", "CALL show_functions() RETURN *"),
    ("current-setting", "call", "CALL current_setting('home_directory') RETURN *"),
    ("project-graph", "call", "CALL project_graph('g', ['Vendor'], [])"),
    ("use-system", "call", "USE system SHOW USERS"),
    ("show-databases", "call", "SHOW DATABASES"),
    ("create-database", "call", "CREATE DATABASE evil"),
    ("stop-database", "call", "STOP DATABASE neo4j"),
    ("alter-user", "call", "ALTER USER neo4j SET PASSWORD 'changed-by-attacker'"),
    ("grant", "call", "GRANT ALL ON DATABASE * TO PUBLIC"),
    ("terminate", "call", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
]
#: Attempts that need parameters (as the library would pass them; -p on the command line).
PARAMS = {"param-path": {"path": "@SECRET@"}}
#: Attempts through `lgraph query NAME`: a name is looked up among the package's queries only.
NAMED = ["../../../../etc/passwd", "/etc/passwd", "liability_chain; CREATE (n)", "all_names.cypher"]
#: Run as real `lgraph` processes too (each costs a Python start).
SUBPROCESS = [
    "copy-to", "load-passwd", "load-from", "install", "load-extension-path", "checkpoint",
    "attach", "load-csv-url", "two-statements", "fullwidth", "call-subquery", "show-functions",
]  # fmt: skip


@dataclass
class Places:
    """Everything outside the store that an attempt names or could touch."""

    root: Path
    out: Path = field(init=False)
    secrets: Path = field(init=False)
    home: Path = field(init=False)

    def __post_init__(self) -> None:
        self.out, self.secrets, self.home = (self.root / n for n in ("out", "secrets", "home"))
        for folder in (self.out, self.secrets, self.home):
            folder.mkdir(parents=True)
        (self.secrets / "secret.csv").write_text("victim,alias\nMarisol,M.Q.\n")
        (self.secrets / "lib.lbug_extension").write_bytes(b"\x7fELF not really")

    def fill(self, text: str, url: str) -> str:
        return (
            text.replace("@OUT@", str(self.out))
            .replace("@SECRETS@", str(self.secrets))
            .replace("@SECRET@", str(self.secrets / "secret.csv"))
            .replace("@LIB@", str(self.secrets / "lib.lbug_extension"))
            .replace("@URL@", url)
        )


# -- watching ----------------------------------------------------------------------------

_IN_ALL = 0xFFF  # access, modify, attrib, close, open, moves, create, delete
_IN_READ_ONLY = 0x01 | 0x10 | 0x20  # access, close without writing, open
_MASK_NAMES = {0x1: "access", 0x2: "modify", 0x4: "attrib", 0x8: "close-write",
               0x10: "close", 0x20: "open", 0x40: "moved-from", 0x80: "moved-to",
               0x100: "create", 0x200: "delete"}  # fmt: skip


class Inotify:
    """Linux inotify through libc: which files in some folders any process opened or changed."""

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            pytest.skip(f"inotify unavailable: {os.strerror(ctypes.get_errno())}")
        self.folders: dict[int, Path] = {}

    def watch(self, folder: Path) -> None:
        wd = self._libc.inotify_add_watch(self.fd, str(folder).encode(), _IN_ALL)
        assert wd >= 0, os.strerror(ctypes.get_errno())
        self.folders[wd] = folder

    def events(self) -> list[tuple[Path, str, int]]:
        out = []
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                return out
            offset = 0
            while offset < len(data):
                wd, mask, _, size = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + size].rstrip(b"\0").decode()
                out.append((self.folders.get(wd, Path("?")), name, mask))
                offset += 16 + size

    def close(self) -> None:
        os.close(self.fd)


def describe(events: list[tuple[Path, str, int]]) -> list[str]:
    return sorted(
        {
            f"{folder / name}: {', '.join(n for b, n in _MASK_NAMES.items() if mask & b)}"
            for folder, name, mask in events
        }
    )


class Requests(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Requests.seen.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a,b\n1,2\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Requests)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/lgraph-canary.csv"
    server.shutdown()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under a folder with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- the stores ----------------------------------------------------------------------------

FACTS_NOTE = "Acme Cloud sold the board its customer database."


def small_graph(writer) -> None:
    vendor = Entity("Vendor", "Acme Cloud", description="A vendor.")
    site = Entity("Platform", "Listings Board")
    law = Entity("Law", "Example Act")
    writer.add_entity(vendor)
    writer.add_entity(site)
    writer.add_entity(law)
    evidence = Evidence(document="document:x", quote=FACTS_NOTE, source="https://example.org/x")
    writer.add_relationship(
        Relationship("SERVICED", vendor.key, site.key, "alleged", [evidence], date_from="2013")
    )
    writer.add_relationship(Relationship("PROMPTED", site.key, law.key, "established", [evidence]))


@pytest.fixture(scope="module")
def embedded_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bypass") / "store"
    with EmbeddedStore(path) as store, store.writer() as writer:
        small_graph(writer)
    return path


@dataclass
class Tally:
    """Tried and held per way in, for the closing numbers."""

    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, way: str, held: bool) -> None:
        tried_held = self.counts.setdefault(way, [0, 0])
        tried_held[0] += 1
        tried_held[1] += int(held)

    def report(self, store: str) -> str:
        return "; ".join(
            f"{store} {way}: {t} tried, {h} held" for way, (t, h) in self.counts.items()
        )


def attempt(store, ident: str, cypher: str, params: dict | None) -> str | None:
    """Run one attempt through query() and read(); return why it was not refused, or None."""
    for entry in (store.query, store.read):
        try:
            result = entry(cypher, params)
        except QueryRefusedError as exc:
            if not str(exc).startswith("refused"):
                return f"{ident}: refused without saying so: {exc}"
            continue
        except LiabilityGraphError as exc:
            return f"{ident}: failed in the engine rather than at the gate: {exc}"
        return f"{ident}: {entry.__name__}() succeeded: {result.rows[:3]}"
    return None


def cli_attempts(runner, store_args, places, url, env, tally) -> list[str]:
    problems = []
    for ident, _, text in ATTEMPTS:
        args = [*store_args, "cypher", places.fill(text, url)]
        for key, value in PARAMS.get(ident, {}).items():
            args += ["-p", f"{key}={places.fill(value, url)}"]
        result = runner.invoke(cli, args, env=env)
        held = result.exit_code == 1 and "refused before it reached the store" in result.output
        tally.add("cli", held)
        if not held:
            problems.append(f"{ident}: exit {result.exit_code}: {result.output[-300:]}")
    # The same through stdin, and named queries whose name is an attack.
    copy_to = next(text for ident, _, text in ATTEMPTS if ident == "copy-to")
    result = runner.invoke(
        cli, [*store_args, "cypher", "-"], input=places.fill(copy_to, url), env=env
    )
    held = result.exit_code == 1 and "refused before it reached the store" in result.output
    tally.add("cli", held)
    if not held:
        problems.append(f"stdin: exit {result.exit_code}: {result.output[-300:]}")
    for name in NAMED:
        result = runner.invoke(cli, [*store_args, "query", name], env=env)
        held = result.exit_code == 1 and "no named query" in result.output
        tally.add("cli", held)
        if not held:
            problems.append(f"query {name!r}: exit {result.exit_code}: {result.output[-300:]}")
    return problems


def subprocess_attempts(store_args, places, url, env, tally) -> list[str]:
    problems = []
    by_id = {ident: text for ident, _, text in ATTEMPTS}
    for ident in SUBPROCESS:
        run = subprocess.run(
            [str(LGRAPH), *store_args, "cypher", places.fill(by_id[ident], url)],
            capture_output=True,
            text=True,
            cwd=places.out,
            env={**os.environ, **env, "HOME": str(places.home)},
            timeout=120,
        )
        held = run.returncode == 1 and "refused before it reached the store" in run.stderr
        tally.add("subprocess", held)
        if not held:
            problems.append(f"{ident}: exit {run.returncode}: {run.stderr[-300:]}")
    return problems


@contextmanager
def watched(*folders: Path) -> Iterator[Inotify]:
    notify = Inotify()
    for folder in folders:
        notify.watch(folder)
    try:
        yield notify
    finally:
        notify.close()


def outside_touches(events, store_folder: Path | None) -> list[str]:
    """Events that break the promise: any in a folder outside the store; in the store, any
    that is not a plain read."""
    bad = [
        e
        for e in events
        if not (store_folder is not None and e[0] == store_folder and not e[2] & ~_IN_READ_ONLY)
    ]
    return describe(bad)


# -- embedded --------------------------------------------------------------------------------


def test_embedded_store_holds_against_every_attempt(embedded_path, tmp_path, http_url):
    places = Places(tmp_path)
    before = snapshot(embedded_path)
    Requests.seen.clear()
    tally = Tally()
    problems: list[str] = []
    with watched(embedded_path, places.out, places.secrets, places.home) as notify:
        with EmbeddedStore(embedded_path, read_only=True) as store:
            for ident, _, text in ATTEMPTS:
                params = {k: places.fill(v, http_url) for k, v in PARAMS.get(ident, {}).items()}
                problem = attempt(store, ident, places.fill(text, http_url), params)
                tally.add("library", problem is None)
                problems += [problem] if problem else []
            table = pa.table({"c0": ["vendor:acme-cloud"]})  # the writer's bulk path, as a reader
            problem = attempt(store, "arrow-param", "LOAD FROM $rows RETURN *", {"rows": table})
            tally.add("library", problem is None)
            problems += [problem] if problem else []
            rows = store.query("MATCH (n:`Vendor`) RETURN n.name").rows
        runner = CliRunner()
        store_args = ["--store", f"embedded:{embedded_path}"]
        problems += cli_attempts(runner, store_args, places, http_url, {}, tally)
        problems += subprocess_attempts(store_args, places, http_url, {}, tally)
        events = notify.events()
    print("\n" + tally.report("embedded"))
    assert not problems, "\n".join(problems)
    assert rows == [["Acme Cloud"]]  # the store still reads
    assert sum(t for t, _ in tally.counts.values()) >= 60 * 3
    assert all(t == h for t, h in tally.counts.values()), tally.counts
    assert snapshot(embedded_path) == before
    assert not outside_touches(events, embedded_path)
    assert not any(places.out.iterdir()) and not any(places.home.iterdir())
    assert Requests.seen == []


def test_reads_through_a_writable_handle_pass_the_gate_too(embedded_path, tmp_path, http_url):
    """The library's own reads during an ingest run on a writable handle: same gate."""
    places = Places(tmp_path / "places")
    copy = tmp_path / "copy"
    shutil.copytree(embedded_path, copy)
    with watched(places.out, places.secrets) as notify, EmbeddedStore(copy) as store:
        for ident, _, text in ATTEMPTS:
            params = {k: places.fill(v, http_url) for k, v in PARAMS.get(ident, {}).items()}
            with pytest.raises(QueryRefusedError):
                store.read(places.fill(text, http_url), params)
        events = notify.events()
    assert not describe(events)
    assert not any(places.out.iterdir())


def test_without_the_gate_a_read_only_ladybug_connection_writes_and_reads_files(
    embedded_path, tmp_path
):
    """The control: the engine's read-only mode alone lets these through (issue #9)."""
    import ladybug

    places = Places(tmp_path / "places")
    copy = tmp_path / "copy"
    shutil.copytree(embedded_path, copy)
    db = ladybug.Database(str(copy / "graph.lbdb"), read_only=True)
    conn = ladybug.Connection(db)
    try:
        with watched(places.secrets) as notify:
            conn.execute(f"COPY (MATCH (n) RETURN n.id) TO '{places.out}/dump.csv'")
            rows = conn.execute(
                f"LOAD FROM '{places.secrets}/secret.csv' (file_format='csv') RETURN *"
            ).get_all()
            opened = describe(notify.events())
        with pytest.raises(RuntimeError):
            conn.execute("CHECKPOINT")
    finally:
        conn.close()
        db.close()
    assert (places.out / "dump.csv").exists()
    assert ["Marisol", "M.Q."] in rows
    assert any("secret.csv: open" in e for e in opened)
    assert {p.name for p in copy.iterdir()} > {"graph.lbdb", "lgraph.json"}  # .wal, .shadow


# -- Neo4j -----------------------------------------------------------------------------------


@pytest.fixture
def neo4j_graph(neo4j_store):
    with neo4j_store.writer() as writer:
        small_graph(writer)
    return neo4j_store


def neo4j_admin(settings):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))


def neo4j_state(store) -> str:
    """The graph's content and schema, as seen by an administrator."""
    with neo4j_admin(store.settings) as driver:
        schema = [
            sorted(str(r.values()) for r in driver.execute_query(q).records)
            for q in (
                "SHOW CONSTRAINTS YIELD name",
                "SHOW INDEXES YIELD name",
                "CALL db.labels()",
                "SHOW DATABASES YIELD name",
                "SHOW USERS YIELD user",
            )
        ]
    entities = [repr(e) for e in store.iter_entities()]
    rels = [repr(r) for r in store.iter_relationships()]
    return json.dumps([schema, entities, rels])


@pytest.mark.neo4j
def test_neo4j_holds_against_every_attempt(
    neo4j_graph, neo4j_settings, neo4j_env, tmp_path, http_url
):
    from liability_graph.graph.neo4j_store import Neo4jStore

    places = Places(tmp_path)
    before = neo4j_state(neo4j_graph)
    Requests.seen.clear()
    tally = Tally()
    problems: list[str] = []
    with watched(places.out, places.secrets, places.home) as notify:
        with Neo4jStore(neo4j_settings, read_only=True) as store:
            for ident, _, text in ATTEMPTS:
                params = {k: places.fill(v, http_url) for k, v in PARAMS.get(ident, {}).items()}
                problem = attempt(store, ident, places.fill(text, http_url), params)
                tally.add("library", problem is None)
                problems += [problem] if problem else []
            rows = store.query("MATCH (n:`Vendor`) RETURN n.name").rows
        runner = CliRunner()
        store_args = ["--store", neo4j_settings.uri]
        problems += cli_attempts(runner, store_args, places, http_url, neo4j_env, tally)
        problems += subprocess_attempts(store_args, places, http_url, neo4j_env, tally)
        events = notify.events()
    print("\n" + tally.report("neo4j"))
    assert not problems, "\n".join(problems)
    assert rows == [["Acme Cloud"]]
    assert sum(t for t, _ in tally.counts.values()) >= 60 * 3
    assert all(t == h for t, h in tally.counts.values()), tally.counts
    assert neo4j_state(neo4j_graph) == before
    assert not outside_touches(events, None)
    assert not any(places.out.iterdir())
    assert Requests.seen == []


@pytest.mark.neo4j
def test_without_the_gate_a_neo4j_read_session_fetches_urls_and_reads_files(
    neo4j_graph, tmp_path, http_url
):
    """The control: Neo4j's READ access mode alone lets LOAD CSV through (issue #9)."""
    import neo4j

    places = Places(tmp_path)
    Requests.seen.clear()
    secret = places.secrets / "secret.csv"
    with (
        watched(places.secrets) as notify,
        neo4j_admin(neo4j_graph.settings) as driver,
        driver.session(default_access_mode=neo4j.READ_ACCESS) as session,
    ):
        fetched = session.execute_read(
            lambda tx: tx.run(f"LOAD CSV FROM '{http_url}' AS row RETURN row").values()
        )
        read = session.execute_read(
            lambda tx: tx.run(f"LOAD CSV FROM 'file://{secret}' AS row RETURN row").values()
        )
        opened = describe(notify.events())
    assert fetched == [[["a", "b"]], [["1", "2"]]]
    assert Requests.seen == ["/lgraph-canary.csv"]
    assert [["Marisol", "M.Q."]] in read
    assert any("secret.csv: open" in e for e in opened)


@pytest.mark.neo4j
def test_neo4j_read_mode_stays_on_under_the_gate(neo4j_graph, neo4j_settings):
    """The second wall: a write that skipped the gate is still refused by the server."""
    from liability_graph.errors import ReadOnlyError
    from liability_graph.graph.neo4j_store import Neo4jStore

    with Neo4jStore(neo4j_settings, read_only=True) as store:
        with pytest.raises(ReadOnlyError, match="refused by Neo4j"):
            store._run_read("CREATE (:`Vendor` {id: 'vendor:intruder'})", {})
        with pytest.raises(QueryRefusedError, match="planner"):
            store._run_query("MATCH (n:`Vendor`) SET n.name = 'x'", {})
    assert [e.key for e in neo4j_graph.iter_entities("Vendor")] == ["vendor:acme-cloud"]
