"""The Neo4j store: a Neo4j 5 server over Bolt, through the official `neo4j` driver.

Nodes carry their ontology type as label, and the same flat property rows as the embedded
store (graph/rows.py): evidence is a JSON string, nulls are simply not stored. Keys are
guarded by uniqueness constraints generated from the ontology (node `id` per label,
relationship `key` per type), created before anything is written. Every node also carries
the shared label `Entity`, with its own unique `id` constraint and a text index on
`lookup_text` (the lookup forms as one string), so that a query that finds an entity by id
or name without knowing its type seeks an index instead of scanning every node.

Writes: one `write_batch` is one managed write transaction (`execute_write`), so a batch is
all or nothing; inside it, nodes then relationships go in chunks of `UNWIND $rows AS row
MERGE … SET x = {…}` (nodes on their unique id, relationships between endpoints matched on
theirs), which is idempotent, so the driver's retries and a rerun after a crash give the
same graph. Rows travel as lists, not maps, and chunks are pipelined (see write_batch):
that is where bulk loads spend their time. Labels, types and property names come only from
the ontology, backticked; values are always parameters.

Reads: `query()` and `read()` pass the read-only gate (graph/readonly.py) first; then every
read runs in a READ-access session through `execute_read`, so the server itself refuses
writes too (raised as ReadOnlyError), and a `neo4j://` routing driver sends them to a
reader. Ad-hoc queries also run only once `EXPLAIN` says they are reads (query type "r").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from liability_graph.errors import CypherError, QueryRefusedError, ReadOnlyError, StoreError
from liability_graph.graph.fact_reviews import (
    delete_cypher,
    neo4j_review_constraint,
    upsert_cypher,
)
from liability_graph.graph.model import Entity, Relationship
from liability_graph.graph.ontology import (
    COUNTS,
    COUNTS_INDEX,
    DEFENDANT_COUNT,
    DEFENDANT_TYPE,
    LOOKUP_TEXT,
    SERVICED_CASES,
    SERVICED_SUED,
    SERVICED_TYPE,
    SHARED_LABEL,
    Ontology,
    counts_kept,
    lookup_text,
    neo4j_constraints,
    neo4j_indexes,
)
from liability_graph.graph.rows import (
    entity_from_row,
    entity_row,
    relationship_from_row,
    relationship_row,
)
from liability_graph.graph.store import QueryResult, Store, WriteBatch
from liability_graph.settings import StoreSettings

T = TypeVar("T")

#: Rows per UNWIND statement: large enough to amortise a round trip, small enough that
#: one statement's parameters stay a few MB.
DEFAULT_CHUNK = 10_000
_PAGE = 10_000
_ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"
_READ_ONLY_CODES = (_ACCESS_MODE, "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
_CYPHER_CODES = (
    "Neo.ClientError.Statement.SyntaxError",
    "Neo.ClientError.Statement.SemanticError",
    "Neo.ClientError.Statement.ParameterMissing",
    "Neo.ClientError.Statement.TypeError",
)
#: GQL statuses worth passing on to whoever wrote the query: a label, relationship type or
#: property key the database does not have.
_UNKNOWN_LABEL, _UNKNOWN_TYPE, _UNKNOWN_PROPERTY = "01N50", "01N51", "01N52"
_EXPLAIN = "EXPLAIN "
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")
_SCHEMA_NAME = re.compile(r"\b(?:CONSTRAINT|INDEX)\s+(\w+)")
#: Properties that exist on Neo4j only, to serve an index; results leave them out.
_INTERNAL_PROPERTIES = frozenset({LOOKUP_TEXT, *COUNTS})
#: Driver values that are already plain data (exact types: no subclass is let through).
_SCALARS = frozenset({str, int, float, bool, type(None)})
#: The COUNTS a write batch may have changed, recounted from the relationships (a count of
#: 0 sets null: the property goes). $keys: nodes whose DEFENDANT_IN may have changed.
_RECOUNT_DEFENDANTS = (
    f"UNWIND $keys AS k MATCH (n:`{SHARED_LABEL}` {{id: k}}) "
    f"WITH n, COUNT {{ (n)-[:`{DEFENDANT_TYPE}`]->() }} AS cases "
    f"SET n.{DEFENDANT_COUNT} = CASE WHEN cases > 0 THEN cases END"
)
#: $vendors: nodes whose SERVICED may have changed; $defendants: as $keys above (the nodes
#: that service them are recounted). Runs after _RECOUNT_DEFENDANTS.
_RECOUNT_SERVICED = (
    "CALL () { "
    f"UNWIND $vendors AS k MATCH (v:`{SHARED_LABEL}` {{id: k}}) RETURN v "
    "UNION "
    f"UNWIND $defendants AS k MATCH (v)-[:`{SERVICED_TYPE}`]->(:`{SHARED_LABEL}` {{id: k}}) "
    "RETURN v } "
    f"CALL (v) {{ MATCH (v)-[:`{SERVICED_TYPE}`]->(p) WHERE p.{DEFENDANT_COUNT} > 0 "
    f"RETURN sum(p.{DEFENDANT_COUNT}) AS cases, count(*) AS sued }} "
    f"SET v.{SERVICED_CASES} = CASE WHEN cases > 0 THEN cases END, "
    f"v.{SERVICED_SUED} = CASE WHEN sued > 0 THEN sued END"
)
#: Who loses a case or a serviced node when the nodes $keys are deleted.
_LINKED_TO_DELETED = (
    f"UNWIND $keys AS k MATCH (n:`{SHARED_LABEL}` {{id: k}}) "
    f"RETURN COLLECT {{ MATCH (d)-[:`{DEFENDANT_TYPE}`]->(n) RETURN d.id }}, "
    f"COLLECT {{ MATCH (v)-[:`{SERVICED_TYPE}`]->(n) RETURN v.id }}"
)
#: COUNTS for every node of a store written before they existed, in batches.
_COUNT_ALL = [
    f"MATCH (n:`{SHARED_LABEL}`) WHERE "
    + " OR ".join(f"n.{c} IS NOT NULL" for c in COUNTS)
    + " CALL (n) { REMOVE "
    + ", ".join(f"n.{c}" for c in COUNTS)
    + " } IN TRANSACTIONS OF 10000 ROWS",
    f"MATCH (n)-[:`{DEFENDANT_TYPE}`]->() WITH n, count(*) AS cases "
    f"CALL (n, cases) {{ SET n.{DEFENDANT_COUNT} = cases }} IN TRANSACTIONS OF 10000 ROWS",
    f"MATCH (v)-[:`{SERVICED_TYPE}`]->(p) WHERE p.{DEFENDANT_COUNT} > 0 "
    f"WITH v, sum(p.{DEFENDANT_COUNT}) AS cases, count(*) AS sued "
    f"CALL (v, cases, sued) {{ SET v.{SERVICED_CASES} = cases, v.{SERVICED_SUED} = sued }} "
    "IN TRANSACTIONS OF 10000 ROWS",
]


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _values(row: dict[str, Any], columns: list[str]) -> list[Any]:
    return [row[c] for c in columns]


def _present(columns: list[str], rows: list[list], first: int) -> tuple[list[str], list[list]]:
    """Drop the columns that are null in every row of this chunk.

    Rows go to the server as lists, not maps, and without all-null columns: the pure-Python
    driver packs every value separately, and map keys repeated on each row were most of the
    client's time on bulk loads. Column names stay in the Cypher text (from the ontology).
    """
    keep = [i for i in range(len(columns)) if any(row[first + i] is not None for row in rows)]
    if len(keep) == len(columns):
        return columns, rows
    head = list(range(first))
    picks = head + [first + i for i in keep]
    return [columns[i] for i in keep], [[row[j] for j in picks] for row in rows]


def _without_prefix(message: str, prefix: str) -> str:
    """A server message about `prefix + query` as if it were about `query`: the quoted query,
    the caret under it and the line, column and offset shifted back."""
    shift = len(prefix)

    def position(match: re.Match) -> str:
        line, column, offset = (int(g) for g in match.groups())
        column = column - shift if line == 1 else column
        return f"(line {line}, column {max(column, 1)} (offset: {max(offset - shift, 0)}))"

    lines = _POSITION.sub(position, message).split("\n")
    for i, line in enumerate(lines):
        if line.startswith(f'"{prefix}'):
            lines[i] = '"' + line[1 + shift :]
            if i + 1 < len(lines) and lines[i + 1].strip() == "^":
                lines[i + 1] = lines[i + 1][shift:]
    return "\n".join(lines)


class Neo4jStore(Store):
    dialect = "neo4j"

    def __init__(
        self,
        settings: StoreSettings,
        ontology: Ontology | None = None,
        read_only: bool = False,
        *,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        super().__init__(ontology, read_only)
        try:
            import neo4j
        except ImportError:
            raise StoreError(
                "the neo4j driver is not installed",
                hint="pip install 'liability-graph[neo4j]' (or [fast] for the Rust extension).",
            ) from None
        if not settings.uri:
            raise StoreError("no Neo4j URI given", hint="Use --store bolt://… or set NEO4J_URI.")
        if chunk_size < 1:
            raise StoreError("chunk size must be at least 1")
        self._neo4j = neo4j
        notifications = logging.getLogger("neo4j.notifications")
        if notifications.level == logging.NOTSET:
            # query() hands the ones that matter back as notes; the driver need not log them.
            notifications.setLevel(logging.ERROR)
        self.settings = settings
        self.database = settings.database or "neo4j"
        self.chunk_size = chunk_size
        self._driver = None
        with self._errors():
            auth = (settings.username or "neo4j", settings.password or "")
            self._driver = neo4j.GraphDatabase.driver(settings.uri, auth=auth)
            self._driver.verify_connectivity()
        if not read_only:
            self._ensure_schema()
        elif self._missing_schema():
            # Written by an older version (no shared label yet): migrate once, then read.
            self._ensure_schema()

    # -- errors and sessions ---------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Driver and server errors as the library's own, with a hint that says what to do."""
        exceptions = self._neo4j.exceptions
        where = self.settings.describe()
        try:
            yield
        except exceptions.AuthError as exc:
            raise StoreError(
                f"Neo4j at {where} refused the credentials of user "
                f"{self.settings.username!r}: {exc.message}",
                hint="Set NEO4J_USERNAME and NEO4J_PASSWORD (for the dev server: "
                '`eval "$(scripts/neo4j-server start)"`).',
            ) from None
        except exceptions.Neo4jError as exc:
            if exc.code in _READ_ONLY_CODES:
                raise ReadOnlyError(f"refused by Neo4j: {exc.message}") from None
            if exc.code in _CYPHER_CODES:
                raise CypherError(exc.message or str(exc)) from None
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(
                    f"Neo4j at {self.settings.uri} has no database {self.database!r}",
                    hint="Set NEO4J_DATABASE to an existing database (Community has `neo4j`).",
                ) from None
            raise StoreError(f"Neo4j query failed ({exc.code}): {exc.message}") from None
        except (exceptions.ServiceUnavailable, exceptions.SessionExpired) as exc:
            raise StoreError(
                f"cannot reach Neo4j at {self.settings.uri}: {exc}",
                hint="Start the dev server with `scripts/neo4j-server start`, or check NEO4J_URI.",
            ) from None
        except (exceptions.DriverError, ValueError) as exc:
            # ConfigurationError, a malformed URI and the like.
            raise StoreError(f"Neo4j driver error for {self.settings.uri}: {exc}") from None

    def _read(self, work: Callable[[Any], T]) -> T:
        """Run `work(tx)` in a managed read transaction: the server refuses any write."""
        with (
            self._errors(),
            self._driver.session(
                database=self.database, default_access_mode=self._neo4j.READ_ACCESS
            ) as session,
        ):
            return session.execute_read(work)

    def _read_rows(self, cypher: str, params: dict[str, Any]) -> list[list[Any]]:
        return self._read(lambda tx: [record.values() for record in tx.run(cypher, params)])

    def _write(self, work: Callable[[Any], T]) -> T:
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        with (
            self._errors(),
            self._driver.session(
                database=self.database, default_access_mode=self._neo4j.WRITE_ACCESS
            ) as session,
        ):
            return session.execute_write(work)

    # -- schema ----------------------------------------------------------------------------
    def _schema_statements(self) -> dict[str, str]:
        statements = neo4j_constraints(self.ontology) + neo4j_indexes(self.ontology)
        statements.append(neo4j_review_constraint())  # fact decisions (graph/fact_reviews.py)
        return {_SCHEMA_NAME.search(s).group(1): s for s in statements}

    def _present_schema(self, session: Any) -> set[str]:
        return {
            record["name"]
            for query in ("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")
            for record in session.run(query)
        }

    def _missing_schema(self) -> bool:
        with self._errors(), self._driver.session(database=self.database) as session:
            return bool(set(self._schema_statements()) - self._present_schema(session))

    def _ensure_schema(self) -> None:
        """Create the ontology's constraints and indexes that are missing.

        A store written before the shared label existed gets it, with the lookup text, on
        every node, in batches, the first time this creates the shared label's constraint;
        one written before the COUNTS existed gets them counted, the first time this creates
        their index.
        """
        wanted = self._schema_statements()
        with (
            self._errors(),
            self._driver.session(database=self.database) as session,
        ):
            present = self._present_schema(session)
            missing = [s for name, s in wanted.items() if name not in present]
            shared = f"lgraph_{SHARED_LABEL.lower()}_id"
            if shared not in present:
                typed = " OR ".join(f"n:`{t}`" for t in self.ontology.node_types)
                session.run(
                    f"MATCH (n) WHERE ({typed}) AND NOT n:`{SHARED_LABEL}` "
                    f"CALL (n) {{ SET n:`{SHARED_LABEL}`, n.{LOOKUP_TEXT} = "
                    f'reduce(t = "\\n", x IN coalesce(n.lookup, []) | t + x + "\\n") }} '
                    "IN TRANSACTIONS OF 10000 ROWS"
                ).consume()
            if COUNTS_INDEX in wanted and COUNTS_INDEX not in present:
                for statement in _COUNT_ALL:
                    session.run(statement).consume()
            for statement in missing:
                session.run(statement).consume()
            if missing:
                session.run("CALL db.awaitIndexes(300)").consume()

    # -- reads -----------------------------------------------------------------------------
    def _run_query(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        """Ad-hoc Cypher (`lgraph cypher`) in a READ transaction, after the server's own
        planner has said it only reads (EXPLAIN's query type "r"). Labels, types and
        properties the graph does not have come back as notes, with the ontology's names."""

        def work(tx: Any) -> QueryResult:
            kind = tx.run(f"EXPLAIN {cypher}", params).consume().query_type
            if kind != "r":
                raise QueryRefusedError(
                    f"refused by Neo4j's planner: the query is of type {kind!r}, not read-only"
                )
            return self._rows(tx, cypher, params)

        try:
            return self._read(work)
        except CypherError as exc:  # positions as in the query the user wrote
            raise CypherError(_without_prefix(str(exc), _EXPLAIN)) from None

    def _run_read(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        return self._read(lambda tx: self._rows(tx, cypher, params))

    def _rows(self, tx: Any, cypher: str, params: dict[str, Any]) -> QueryResult:
        result = tx.run(cypher, params)
        columns = list(result.keys())
        rows = [[self._plain(v) for v in record.values()] for record in result]
        statuses = result.consume().gql_status_objects
        notes = [self._note(s.gql_status, s.status_description) for s in statuses]
        return QueryResult(columns, rows, [n for n in notes if n])

    def _note(self, status: str, description: str) -> str | None:
        text = " ".join(str(description).split()).removeprefix("warn: ")
        if status == _UNKNOWN_LABEL:
            return text + f" Node labels: {', '.join(self.ontology.node_types)}."
        if status == _UNKNOWN_TYPE:
            return text + f" Relationship types: {', '.join(self.ontology.relationship_types)}."
        if status == _UNKNOWN_PROPERTY:
            return text
        return None

    def fetch_entities(self, type_name: str, keys: list[str]) -> dict[str, Entity]:
        self.ontology.node_type(type_name)
        cypher = f"UNWIND $keys AS k MATCH (n:`{type_name}` {{id: k}}) RETURN properties(n)"
        found: dict[str, Entity] = {}
        for chunk in _chunks(list(keys), self.chunk_size):
            for (props,) in self._read_rows(cypher, {"keys": chunk}):
                found[props["id"]] = entity_from_row(type_name, props, self.ontology)
        return found

    def find_by_name(
        self, normalized: str, types: Iterable[str] | None = None
    ) -> list[dict[str, Any]]:
        """Through the text index on the shared label's lookup text, not a scan (one index
        for every type: `types` only filters what it finds)."""
        cypher = (
            f"MATCH (n:`{SHARED_LABEL}`) WHERE n.{LOOKUP_TEXT} CONTAINS $needle "
            "AND $name IN n.lookup RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
            "n.description AS description ORDER BY id"
        )
        needle = lookup_text([normalized])
        rows = self.read(cypher, {"needle": needle, "name": normalized}).records()
        found = [{"id": r["id"], "type": self.ontology.type_of_key(r["id"]), **r} for r in rows]
        wanted = set(types) if types is not None else None
        return [r for r in found if wanted is None or r["type"] in wanted]

    def existing_entity_keys(self, type_name: str, keys: list[str]) -> set[str]:
        self.ontology.node_type(type_name)
        cypher = f"UNWIND $keys AS k MATCH (n:`{type_name}` {{id: k}}) RETURN n.id"
        found: set[str] = set()
        for chunk in _chunks(list(keys), self.chunk_size):
            found.update(row[0] for row in self._read_rows(cypher, {"keys": chunk}))
        return found

    def has_entities(self, type_name: str) -> bool:
        self.ontology.node_type(type_name)  # counts by label come from the count store
        return self._read_rows(f"MATCH (n:`{type_name}`) RETURN count(n)", {})[0][0] > 0

    def has_relationships(self, type_name: str) -> bool:
        self.ontology.relationship_type(type_name)
        rows = self._read_rows(f"MATCH ()-[r:`{type_name}`]->() RETURN count(r)", {})
        return rows[0][0] > 0

    def fetch_relationships(
        self, type_name: str, rels: list[Relationship]
    ) -> dict[str, Relationship]:
        self.ontology.relationship_type(type_name)
        cypher = (
            f"UNWIND $keys AS k MATCH (a)-[r:`{type_name}` {{key: k}}]->(b) "
            "RETURN a.id, b.id, properties(r)"
        )
        found: dict[str, Relationship] = {}
        for chunk in _chunks([r.key for r in rels], self.chunk_size):
            for source, target, props in self._read_rows(cypher, {"keys": chunk}):
                rel = relationship_from_row(type_name, source, target, props, self.ontology)
                found[rel.key] = rel
        return found

    def iter_entities(self, type_name: str | None = None) -> Iterator[Entity]:
        """Pages in key order, each its own read transaction, seeking on the id index."""
        for name in [type_name] if type_name else sorted(self.ontology.node_types):
            self.ontology.node_type(name)
            cypher = (
                f"MATCH (n:`{name}`) WHERE n.id > $after "
                "RETURN properties(n) ORDER BY n.id LIMIT $page"
            )
            after = ""
            while True:
                page = self._read_rows(cypher, {"after": after, "page": _PAGE})
                for (props,) in page:
                    yield entity_from_row(name, props, self.ontology)
                if len(page) < _PAGE:
                    break
                after = page[-1][0]["id"]

    def iter_relationships(self, type_name: str | None = None) -> Iterator[Relationship]:
        for name in [type_name] if type_name else sorted(self.ontology.relationship_types):
            self.ontology.relationship_type(name)
            cypher = (
                f"MATCH (a)-[r:`{name}`]->(b) WHERE r.key > $after "
                "RETURN a.id, b.id, properties(r) ORDER BY r.key LIMIT $page"
            )
            after = ""
            while True:
                page = self._read_rows(cypher, {"after": after, "page": _PAGE})
                for source, target, props in page:
                    yield relationship_from_row(name, source, target, props, self.ontology)
                if len(page) < _PAGE:
                    break
                after = page[-1][2]["key"]

    # -- writes ----------------------------------------------------------------------------
    def write_batch(self, batch: WriteBatch) -> None:
        """All of the batch in one write transaction: nodes first, then relationships, then
        the COUNTS (ontology.py) of every node whose DEFENDANT_IN or SERVICED relationships,
        or whose serviced nodes' cases, the batch may have changed.

        Statements are sent without waiting for the previous one's result: the driver
        pipelines them, so building and packing chunk k+1 (client CPU) overlaps with the
        server executing chunk k. Results are checked once all are sent; the server runs
        them in order, so relationships see the nodes written before them.
        """
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        self.batches_written += 1
        entities = batch.entities_changed + batch.entities_new
        rels = batch.relationships_changed + batch.relationships_new
        before, after = self._review_statements(batch)
        counting = counts_kept(self.ontology)
        changed = rels + batch.relationships_deleted
        defendants = {r.source for r in changed if r.type == DEFENDANT_TYPE}
        vendors = {r.source for r in changed if r.type == SERVICED_TYPE}

        def work(tx: Any) -> None:
            recount, serviced = set(defendants), set(vendors)
            if counting and batch.entities_deleted:
                # The defendants in cases about to be deleted, and who serviced the nodes
                # about to be deleted: their counts drop with them.
                for chunk in _chunks(list(dict.fromkeys(batch.entities_deleted)), self.chunk_size):
                    for sued, servicing in tx.run(_LINKED_TO_DELETED, {"keys": chunk}):
                        recount.update(sued)
                        serviced.update(servicing)
            sent = [(tx.run(cypher, params), None) for cypher, params in before]
            sent += [
                (tx.run(cypher, {"keys": keys}), None)
                for cypher, keys in self._entity_deletions(batch.entities_deleted)
            ]
            sent += [
                (tx.run(cypher, {"rows": rows}), None)
                for cypher, rows in self._node_statements(entities)
            ]
            sent += [
                (tx.run(cypher, {"rows": rows}), len(rows))
                for cypher, rows in self._rel_statements(rels)
            ]
            if counting:
                sent += self._recounts(tx, sorted(recount), sorted(serviced))
            sent += [(tx.run(cypher, params), None) for cypher, params in after]
            for result, expected in sent:
                if expected is None:
                    result.consume()
                    continue
                written = result.single(strict=True)[0]
                if written != expected:
                    # An endpoint is missing: fail the whole transaction, write nothing.
                    raise StoreError(
                        f"{expected - written} relationship(s) have an endpoint that is not "
                        "a stored entity; the batch was not written"
                    )

        self._write(work)

    def _recounts(self, tx: Any, defendants: list[str], vendors: list[str]) -> list[tuple]:
        """Send the recounts of the COUNTS (see _RECOUNT_DEFENDANTS), defendants first."""
        size = self.chunk_size
        sent = [(tx.run(_RECOUNT_DEFENDANTS, {"keys": c}), None) for c in _chunks(defendants, size)]
        params = [{"vendors": c, "defendants": []} for c in _chunks(vendors, size)]
        params += [{"vendors": [], "defendants": c} for c in _chunks(defendants, size)]
        return sent + [(tx.run(_RECOUNT_SERVICED, p), None) for p in params]

    def _review_statements(
        self, batch: WriteBatch
    ) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
        """What a batch deletes before its facts are written (relationships, by key on the
        type's constraint), and the fact decisions written after them."""
        before = []
        by_type: dict[str, list[str]] = {}
        for rel in batch.relationships_deleted:
            by_type.setdefault(rel.type, []).append(rel.key)
        for type_name, keys in by_type.items():
            self.ontology.relationship_type(type_name)
            cypher = f"UNWIND $keys AS k MATCH ()-[r:`{type_name}` {{key: k}}]->() DELETE r"
            before += [(cypher, {"keys": chunk}) for chunk in _chunks(keys, self.chunk_size)]
        after = []
        if batch.reviews_deleted:
            after.append((delete_cypher(), {"keys": list(batch.reviews_deleted)}))
        if batch.reviews:
            after.append((upsert_cypher(), {"rows": [r.row() for r in batch.reviews]}))
        return before, after

    def delete_entities(self, keys: list[str]) -> None:
        """DETACH DELETE by key in one write transaction; the label comes from the key."""
        if keys:
            self.write_batch(WriteBatch(entities_deleted=list(keys)))

    def _entity_deletions(self, keys: list[str]) -> Iterator[tuple[str, list[str]]]:
        """DETACH DELETE by unique id, per label (the label comes from the key)."""
        by_type: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_type.setdefault(self.ontology.type_of_key(key), []).append(key)
        for type_name, group in by_type.items():
            cypher = f"UNWIND $keys AS k MATCH (n:`{type_name}` {{id: k}}) DETACH DELETE n"
            for chunk in _chunks(group, self.chunk_size):
                yield cypher, chunk

    def _node_statements(self, entities: list[Entity]) -> Iterator[tuple[str, list[list]]]:
        """MERGE on the unique id, then replace every property (nulls are not stored).

        Yields one statement per chunk, its rows built only when it is reached."""
        by_type: dict[str, list[Entity]] = {}
        for entity in entities:
            by_type.setdefault(entity.type, []).append(entity)
        rel_types = self.ontology.relationship_types
        counted = {
            t for r in (DEFENDANT_TYPE, SERVICED_TYPE) if r in rel_types
            for t in rel_types[r].source_types()
        }  # fmt: skip
        for type_name, group in by_type.items():
            columns = list(self.ontology.node_columns(type_name))
            for chunk in _chunks(group, self.chunk_size):
                rows = []
                for entity in chunk:
                    row = entity_row(entity, self.ontology)
                    rows.append([*_values(row, columns), lookup_text(row["lookup"])])
                names, rows = _present([*columns, LOOKUP_TEXT], rows, first=0)
                props = ", ".join(f"`{c}`: row[{i}]" for i, c in enumerate(names))
                key = f"row[{names.index('id')}]"
                merge = f"UNWIND $rows AS row MERGE (n:`{type_name}` {{id: {key}}}) "
                if type_name in counted and counts_kept(self.ontology):
                    # `SET n =` would drop the COUNTS: they are kept as they were.
                    kept = ", ".join(f".{c}" for c in COUNTS)
                    yield (
                        merge + f"WITH n, row, n {{{kept}}} AS counts "
                        f"SET n = {{{props}}}, n += counts, n:`{SHARED_LABEL}`",
                        rows,
                    )
                else:
                    yield merge + f"SET n = {{{props}}}, n:`{SHARED_LABEL}`", rows

    def _rel_statements(self, rels: list[Relationship]) -> Iterator[tuple[str, list[list]]]:
        """MERGE between endpoints found on their unique ids, grouped by type and end labels,
        then replace every property. Rows are [source, target, *values]."""
        groups: dict[tuple[str, str, str], list[Relationship]] = {}
        type_of_key = self.ontology.type_of_key
        for rel in rels:
            group = (rel.type, type_of_key(rel.source), type_of_key(rel.target))
            groups.setdefault(group, []).append(rel)
        for (type_name, source_type, target_type), group in groups.items():
            columns = list(self.ontology.relationship_columns(type_name))
            for chunk in _chunks(group, self.chunk_size):
                rows = [
                    [r.source, r.target, *_values(relationship_row(r, self.ontology), columns)]
                    for r in chunk
                ]
                names, rows = _present(columns, rows, first=2)
                props = ", ".join(f"`{c}`: row[{i + 2}]" for i, c in enumerate(names))
                yield (
                    f"UNWIND $rows AS row MATCH (a:`{source_type}` {{id: row[0]}}) "
                    f"MATCH (b:`{target_type}` {{id: row[1]}}) "
                    f"MERGE (a)-[r:`{type_name}`]->(b) SET r = {{{props}}} RETURN count(*)",
                    rows,
                )

    # -- values ----------------------------------------------------------------------------
    def _plain(self, value: Any) -> Any:
        """Driver values as plain data, in the embedded store's shapes and key order.

        A node becomes {"_label": TYPE, **properties}, a relationship {"_type": TYPE,
        **properties}, a path {"_NODES": [...], "_RELS": [...]}; properties come in the
        ontology's column order; temporal values become datetime objects. Strings, numbers
        and nulls pass as they are, without the checks (a list of 11,000 defendant names took
        12 ms through them, on the 1M-relationship graph of bench/queries.py).
        """
        if type(value) in _SCALARS:
            return value
        graph = self._neo4j.graph
        if isinstance(value, graph.Node):
            label = self._label(value.labels)
            order = self.ontology.node_columns(label) if label in self.ontology.node_types else {}
            props = {k: v for k, v in value.items() if k not in _INTERNAL_PROPERTIES}
            return {"_label": label, **self._ordered(props, order)}
        if isinstance(value, graph.Relationship):
            name = value.type
            known = name in self.ontology.relationship_types
            order = self.ontology.relationship_columns(name) if known else {}
            return {"_type": name, **self._ordered(dict(value.items()), order)}
        if isinstance(value, graph.Path):
            return {
                "_NODES": [self._plain(n) for n in value.nodes],
                "_RELS": [self._plain(r) for r in value.relationships],
            }
        if isinstance(value, dict):
            return {k: self._plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [v if type(v) in _SCALARS else self._plain(v) for v in value]
        to_native = getattr(value, "to_native", None)
        if to_native is not None and value.__class__.__module__.startswith("neo4j.time"):
            return to_native()
        return value

    def _label(self, labels: frozenset[str]) -> str | None:
        """The node's ontology type among its labels (the shared label is not a type)."""
        types = sorted(label for label in labels if label in self.ontology.node_types)
        others = sorted(label for label in labels if label != SHARED_LABEL)
        return (types or others or [None])[0]

    def _ordered(self, props: dict[str, Any], order: dict[str, Any]) -> dict[str, Any]:
        out = {k: self._plain(props[k]) for k in order if k in props}
        out.update({k: self._plain(props[k]) for k in sorted(props) if k not in out})
        return out

    # -- lifecycle -------------------------------------------------------------------------
    def clear(self) -> None:
        """Delete every node and relationship (constraints stay); for tests and benchmarks."""
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        with (
            self._errors(),
            self._driver.session(database=self.database) as session,
        ):
            for statement in (
                "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS",
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS",
            ):
                session.run(statement).consume()

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def __repr__(self) -> str:
        return f"Neo4jStore({self.settings.describe()!r}, read_only={self.read_only})"
