"""The embedded store: LadybugDB (the maintained Kùzu fork) in a folder on disk, no server.

Layout: ``PATH/graph.lbdb`` (the database file and its WAL) and ``PATH/lgraph.json``.

Write path, per batch, in one transaction:
  1. changed nodes, then new nodes (UNWIND … MATCH/SET, UNWIND … CREATE);
  2. changed relationships (UNWIND … MATCH/SET);
  3. new relationships through the bulk path, COPY from Arrow, as the last statements.
New nodes are not COPYed: in LadybugDB 0.22 rolling back a node-table COPY leaves the
primary-key index pointing at rows that no longer exist (the next insert of those keys
fails or crashes), so a failed batch could poison the store. Relationship tables have no
primary-key index and roll back cleanly, and they are where the volume is.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from liability_graph.errors import ReadOnlyError, StoreError
from liability_graph.graph.model import Entity, Relationship, evidence_to_json
from liability_graph.graph.ontology import Ontology, ladybug_ddl, ladybug_type
from liability_graph.graph.rows import (
    entity_columns,
    entity_from_row,
    entity_row,
    relationship_columns,
    relationship_from_row,
)
from liability_graph.graph.store import QueryResult, Store, WriteBatch

DB_FILE = "graph.lbdb"
META_FILE = "lgraph.json"
FORMAT_VERSION = 1
_CHUNK = 50_000
_PAGE = 10_000

ARROW_TYPES = {
    "string": pa.string(),
    "string_list": pa.list_(pa.string()),
    "integer": pa.int64(),
    "float": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.string(),
}


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _positional_table(columns: list[list], types: list[pa.DataType]) -> pa.Table:
    """Columns named c0, c1, … so `LOAD FROM` variables never clash with Cypher words."""
    arrays = [pa.array(values, type) for values, type in zip(columns, types, strict=True)]
    return pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))])


def _key_tables(columns: list[list[str]], size: int = 100_000) -> Iterator[pa.Table]:
    """Parallel key columns (c0, c1, …) in Arrow tables of at most `size` rows."""
    total = len(columns[0])
    for start in range(0, total, size):
        chunk = [list(col[start : start + size]) for col in columns]
        yield _positional_table(chunk, [pa.string()] * len(chunk))


class EmbeddedStore(Store):
    dialect = "ladybug"

    def __init__(
        self,
        path: str | Path,
        ontology: Ontology | None = None,
        read_only: bool = False,
        buffer_pool_mb: int | None = None,
    ) -> None:
        super().__init__(ontology, read_only)
        import ladybug

        self.path = Path(path)
        self.db_path = self.path / DB_FILE
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file; an embedded store is a folder")
        if read_only and not self.db_path.exists():
            raise StoreError(
                f"no graph at {self.path}",
                hint="Create it with `lgraph ingest PATH…`, or point --store / LGRAPH_STORE at it.",
            )
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
        self._pool = (buffer_pool_mb or int(os.environ.get("LGRAPH_BUFFER_POOL_MB", "0"))) * 2**20
        self._open(ladybug, read_only)
        if not read_only:
            self._ensure_schema()
        elif self._schema_is_behind():
            # A store written before the ontology grew a property: migrate it once through a
            # short writable handle, then read as asked.
            self.close()
            self._open(ladybug, False)
            self._ensure_schema()
            self.close()
            self._open(ladybug, True)

    def _open(self, ladybug, read_only: bool) -> None:
        try:
            self._db = ladybug.Database(
                str(self.db_path), read_only=read_only, buffer_pool_size=self._pool
            )
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(
                f"cannot open the graph at {self.path}: {exc}",
                hint="Another lgraph process may be writing to it; wait for it to finish.",
            ) from None

    def _schema_is_behind(self) -> bool:
        tables = {row[1] for row in self._run("CALL show_tables() RETURN *").rows}
        wanted = {
            **{name: self.ontology.node_columns(name) for name in self.ontology.node_types},
            **{n: self.ontology.relationship_columns(n) for n in self.ontology.relationship_types},
        }
        for table, columns in wanted.items():
            if table not in tables:
                return True
            present = {row[1] for row in self._run(f"CALL table_info('{table}') RETURN *").rows}
            if set(columns) - present:
                return True
        return False

    # -- schema --------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        for statement in ladybug_ddl(self.ontology):
            self._run(statement)
        # Columns added to the ontology after the store was created.
        for name in self.ontology.node_types:
            self._add_missing_columns(name, self.ontology.node_columns(name))
        for name in self.ontology.relationship_types:
            self._add_missing_columns(name, self.ontology.relationship_columns(name))
        meta = {"format": FORMAT_VERSION, "ontology_version": self.ontology.version}
        (self.path / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")

    def _add_missing_columns(self, table: str, columns: dict) -> None:
        info = self._run(f"CALL table_info('{table}') RETURN *")
        present = {row[1] for row in info.rows}
        for name, spec in columns.items():
            if name not in present:
                self._run(f"ALTER TABLE `{table}` ADD {name} {ladybug_type(spec)}")

    # -- low level -------------------------------------------------------------------------
    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            result = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            message = str(exc)
            if "read-only" in message.lower() or "read only" in message.lower():
                raise ReadOnlyError(f"refused: the store is read-only ({message})") from None
            raise StoreError(f"query failed: {message}", hint=None) from None
        finally:
            if params and any(isinstance(v, pa.Table) for v in params.values()):
                self._forget_prepared()
        if isinstance(result, list):
            result = result[-1]
        columns = result.get_column_names()
        rows = [[_plain(v) for v in row] for row in result.get_all()]
        return QueryResult(columns, rows)

    def _forget_prepared(self) -> None:
        """Drop the connection's implicit prepared-statement cache.

        ladybug 0.22 caches one prepared statement per Arrow table object it is given, with
        the table bound to it, so every batch would stay in memory for good (a load of a
        million relationships kept ~400 MB of Arrow buffers alive). Statements with Arrow
        parameters are bulk operations, so preparing them anew costs nothing noticeable.
        """
        cache = getattr(self._conn, "_pybind_implicit_prepared_cache", None)
        if isinstance(cache, dict):
            cache.clear()

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        if not self.read_only:
            # Reads through a writable handle would still allow writes; refuse to guess.
            raise ReadOnlyError("open the store read-only to run ad-hoc Cypher")
        return self._run(cypher, params)

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Internal reads with static Cypher built from the ontology."""
        return self._run(cypher, params)

    # -- fetching --------------------------------------------------------------------------
    # Keys travel as Arrow tables through `LOAD FROM`, which is many times faster than
    # UNWIND over a Python list (no per-value conversion) and still uses the primary key.
    def fetch_entities(self, type_name: str, keys: list[str]) -> dict[str, Entity]:
        self.ontology.node_type(type_name)
        cols = entity_columns(type_name, self.ontology)
        ret = ", ".join(f"_n.{c} AS {c}" for c in cols)
        found: dict[str, Entity] = {}
        for table in _key_tables([keys]):
            result = self._run(
                f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) RETURN {ret}",
                {"rows": table},
            )
            for record in result.records():
                found[record["id"]] = entity_from_row(type_name, record, self.ontology)
        return found

    def existing_entity_keys(self, type_name: str, keys: list[str]) -> set[str]:
        self.ontology.node_type(type_name)
        found: set[str] = set()
        for table in _key_tables([keys]):
            result = self._run(
                f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) RETURN _n.id",
                {"rows": table},
            )
            found.update(row[0] for row in result.rows)
        return found

    def has_entities(self, type_name: str) -> bool:
        self.ontology.node_type(type_name)
        return bool(self._run(f"MATCH (n:`{type_name}`) RETURN n.id LIMIT 1").rows)

    def has_relationships(self, type_name: str) -> bool:
        self.ontology.relationship_type(type_name)
        return bool(self._run(f"MATCH ()-[r:`{type_name}`]->() RETURN r.key LIMIT 1").rows)

    def fetch_relationships(
        self, type_name: str, rels: list[Relationship]
    ) -> dict[str, Relationship]:
        cols = relationship_columns(type_name, self.ontology)
        ret = ", ".join(f"_r.{c} AS {c}" for c in cols)
        found: dict[str, Relationship] = {}
        for (_, source_type, target_type), group in self._rel_groups(rels).items():
            ends = [[r.source for r in group], [r.target for r in group]]
            for table in _key_tables(ends):
                result = self._run(
                    f"LOAD FROM $rows MATCH (_a:`{source_type}` {{id: c0}})"
                    f"-[_r:`{type_name}`]->(_b:`{target_type}` {{id: c1}}) "
                    f"RETURN _a.id AS _s, _b.id AS _t, {ret}",
                    {"rows": table},
                )
                for record in result.records():
                    rel = relationship_from_row(
                        type_name, record["_s"], record["_t"], record, self.ontology
                    )
                    found[rel.key] = rel
        return found

    # -- writing ---------------------------------------------------------------------------
    def write_batch(self, batch: WriteBatch) -> None:
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        self._run("BEGIN TRANSACTION")
        try:
            self._write_entities(batch.entities_changed, create=False)
            self._write_entities(batch.entities_new, create=True)
            self._update_relationships(batch.relationships_changed)
            self._copy_relationships(batch.relationships_new)
            self._run("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(RuntimeError):  # the engine may have rolled back already
            self._conn.execute("ROLLBACK")

    def delete_entities(self, keys: list[str]) -> None:
        """DETACH DELETE by key, per type (the label comes from the key), in one transaction."""
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        by_type: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_type.setdefault(self.ontology.type_of_key(key), []).append(key)
        if not by_type:
            return
        self._run("BEGIN TRANSACTION")
        try:
            for type_name, group in by_type.items():
                for table in _key_tables([group]):
                    self._run(
                        f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) DETACH DELETE _n",
                        {"rows": table},
                    )
            self._run("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _write_entities(self, entities: list[Entity], create: bool) -> None:
        by_type: dict[str, list[Entity]] = {}
        for entity in entities:
            by_type.setdefault(entity.type, []).append(entity)
        for type_name, group in by_type.items():
            specs = self.ontology.node_columns(type_name)
            cols = list(specs)
            if create:
                assign = ", ".join(f"{c}: c{i}" for i, c in enumerate(cols))
                cypher = f"LOAD FROM $rows CREATE (_n:`{type_name}` {{{assign}}})"
            else:
                assign = ", ".join(f"_n.{c} = c{i}" for i, c in enumerate(cols) if c != "id")
                cypher = f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) SET {assign}"
            rows = [entity_row(e, self.ontology) for e in group]
            types = [ARROW_TYPES[spec.type] for spec in specs.values()]
            for chunk in _chunks(rows):
                table = _positional_table([[row[c] for row in chunk] for c in cols], types)
                self._run(cypher, {"rows": table})

    def _update_relationships(self, rels: list[Relationship]) -> None:
        for (type_name, source_type, target_type), group in self._rel_groups(rels).items():
            specs = self.ontology.relationship_columns(type_name)
            assign = ", ".join(f"_r.{c} = c{i + 2}" for i, c in enumerate(specs))
            cypher = (
                f"LOAD FROM $rows MATCH (_a:`{source_type}` {{id: c0}})"
                f"-[_r:`{type_name}`]->(_b:`{target_type}` {{id: c1}}) SET {assign}"
            )
            table = relationship_arrow_table(self.ontology, type_name, group)
            self._run(
                cypher, {"rows": table.rename_columns([f"c{i}" for i in range(table.num_columns)])}
            )

    def _copy_relationships(self, rels: list[Relationship]) -> None:
        for (type_name, source_type, target_type), group in self._rel_groups(rels).items():
            table = relationship_arrow_table(self.ontology, type_name, group)
            pairs = self.ontology.relationship_type(type_name).endpoints
            options = f" (from='{source_type}', to='{target_type}')" if len(pairs) > 1 else ""
            self._run(f"COPY `{type_name}` FROM $rows{options}", {"rows": table})

    def _rel_groups(self, rels: list[Relationship]) -> dict[tuple[str, str, str], list]:
        groups: dict[tuple[str, str, str], list[Relationship]] = {}
        type_of = self.ontology.type_of_key
        for rel in rels:
            groups.setdefault((rel.type, type_of(rel.source), type_of(rel.target)), []).append(rel)
        return groups

    # -- iteration -------------------------------------------------------------------------
    def iter_entities(self, type_name: str | None = None) -> Iterator[Entity]:
        for name in [type_name] if type_name else sorted(self.ontology.node_types):
            cols = entity_columns(name, self.ontology)
            ret = ", ".join(f"n.{c} AS {c}" for c in cols)
            after = ""
            while True:
                page = self._run(
                    f"MATCH (n:`{name}`) WHERE n.id > $after RETURN {ret} "
                    f"ORDER BY n.id LIMIT {_PAGE}",
                    {"after": after},
                ).records()
                for record in page:
                    yield entity_from_row(name, record, self.ontology)
                if len(page) < _PAGE:
                    break
                after = page[-1]["id"]

    def iter_relationships(self, type_name: str | None = None) -> Iterator[Relationship]:
        for name in [type_name] if type_name else sorted(self.ontology.relationship_types):
            cols = relationship_columns(name, self.ontology)
            ret = ", ".join(f"r.{c} AS {c}" for c in cols)
            after = ""
            while True:
                page = self._run(
                    f"MATCH (a)-[r:`{name}`]->(b) WHERE r.key > $after "
                    f"RETURN a.id AS _s, b.id AS _t, {ret} ORDER BY r.key LIMIT {_PAGE}",
                    {"after": after},
                ).records()
                for record in page:
                    yield relationship_from_row(
                        name, record["_s"], record["_t"], record, self.ontology
                    )
                if len(page) < _PAGE:
                    break
                after = page[-1]["key"]

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None:
            self._conn.close()
            self._db.close()
            self._conn = None

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r}, read_only={self.read_only})"


def relationship_arrow_table(
    ontology: Ontology, type_name: str, rels: list[Relationship]
) -> pa.Table:
    """Arrow rows for COPY: from, to, then the rel table's columns in declared order.

    Built column by column (no per-row dicts): this runs once per relationship on bulk loads.
    """
    specs = ontology.relationship_columns(type_name)
    common = {
        "key": [r.key for r in rels],
        "status": [r.status for r in rels],
        "date_on": [r.date_on for r in rels],
        "date_from": [r.date_from for r in rels],
        "date_to": [r.date_to for r in rels],
        "evidence": [evidence_to_json(r.evidence) for r in rels],
    }
    arrays = [
        pa.array([r.source for r in rels], pa.string()),
        pa.array([r.target for r in rels], pa.string()),
    ]
    for name, spec in specs.items():
        values = common[name] if name in common else [r.properties.get(name) for r in rels]
        arrays.append(pa.array(values, ARROW_TYPES[spec.type]))
    return pa.Table.from_arrays(arrays, names=["from", "to", *specs])


def _plain(value: Any) -> Any:
    """Engine values as plain data: nodes and relationships become property dicts.

    A node becomes {"_label": TYPE, **properties}; a relationship {"_type": TYPE, **properties},
    the same shape the Neo4j store returns.
    """
    if isinstance(value, dict):
        upper = {k.upper(): k for k in value if k.startswith("_")}
        if "_LABEL" in upper and ("_ID" in upper or "_SRC" in upper):
            internal = {"_ID", "_SRC", "_DST", "_LABEL"}
            # Neo4j does not store nulls, and unlabeled matches here carry every table's columns.
            out = {
                k: _plain(v)
                for k, v in value.items()
                if k.upper() not in internal and v is not None
            }
            tag = "_type" if "_SRC" in upper else "_label"
            return {tag: value[upper["_LABEL"]], **out}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
