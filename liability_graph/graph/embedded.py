"""The embedded store: LadybugDB (the maintained Kùzu fork) in a folder on disk, no server.

Layout: ``PATH/graph.lbdb`` (the database file and its WAL) and ``PATH/lgraph.json``.

Write path, per batch, in one transaction (or several that succeed or are undone together,
for a batch that fills many relationship tables; see write_batch):
  1. changed nodes, then new nodes (UNWIND … MATCH/SET, UNWIND … CREATE);
  2. changed relationships (UNWIND … MATCH/SET);
  3. new relationships through the bulk path, COPY from Arrow, as the last writes;
     a bulk load's rows for an empty table are staged on disk instead and COPYed once per
     table when anything reads relationships or at the checkpoint (graph/staging.py);
  4. the counts `exposure` reads (ontology.COUNTS) of the nodes the batch may have changed,
     counted again from the relationships (see _recount);
  5. the name index (NAME_INDEX) of the nodes it created, changed or deleted (_reindex).
New nodes are not COPYed inside a batch's transactions: in LadybugDB 0.22 rolling back a
node-table COPY leaves the primary-key index pointing at rows that no longer exist (the next
COPY or insert of those keys fails or crashes), so a failed batch could poison the store.
Relationship tables have no primary-key index and roll back cleanly. Only a bulk load's
nodes for a table that is empty and untouched by this handle are COPYed, before the batch's
transactions and in statements of their own, after a checkpoint (see _copy_new_nodes): a
later failure deletes them again, and a failed node COPY reopens the database.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa

from liability_graph.errors import CypherError, ReadOnlyError, StoreError
from liability_graph.graph.arrow_arrays import array_of, string_lists, strings
from liability_graph.graph.cypher_text import (
    backtick_labels,
    label_bare_nodes,
    readable_columns,
    wrap_property,
)
from liability_graph.graph.fact_reviews import (
    REVIEW_LABEL,
    delete_cypher,
    ladybug_review_ddl,
    upsert_cypher,
)
from liability_graph.graph.interrupts import ctrl_c_held
from liability_graph.graph.locks import describe_holders, lock_holders
from liability_graph.graph.memory import heap_trimmed, release_free_memory
from liability_graph.graph.model import (
    Entity,
    Relationship,
    evidence_from_json,
    evidence_to_json,
)
from liability_graph.graph.ontology import (
    COUNTS,
    DEFENDANT_COUNT,
    DEFENDANT_TYPE,
    SERVICED_CASES,
    SERVICED_SUED,
    SERVICED_TYPE,
    Ontology,
    count_columns,
    ladybug_ddl,
    ladybug_type,
)
from liability_graph.graph.rows import (
    entity_column,
    entity_columns,
    entity_from_row,
    entity_row,
    relationship_columns,
    relationship_from_row,
)
from liability_graph.graph.staging import STAGING_DIR, Pair, Stage, Staged, file_rows
from liability_graph.graph.store import QueryResult, Store, WriteBatch
from liability_graph.settings import resolve_buffer_pool_mb

#: Rows committed between checkpoints. LadybugDB checkpoints after every transaction that
#: COPYs (its auto-checkpoint), and a checkpoint costs about what the COPY did again: a
#: fifth of a bulk load's time and most of a document ingest's writing. The store
#: checkpoints every CHECKPOINT_ROWS rows, on Store.checkpoint() and when closed. Committed
#: node and property writes are in the write-ahead log in between, but COPYed relationships
#: are not (LadybugDB 0.22 writes them out at the checkpoint): a writer killed before its
#: checkpoint loses them. The store marks that (UNCHECKED_COPIES) so readers are told, the
#: reference knowledge base is checkpointed before its task mark goes (Store.task), and
#: ingesting the same files again restores the rest (tests/test_crash.py).
CHECKPOINT_ROWS = 300_000
#: Relationship tables (one type and endpoint pair) COPYed per transaction. Until its
#: transaction commits, LadybugDB 0.22 holds about 8 MB for every relationship table it
#: COPYed into, whatever the row count: a document's batch fills over twenty tables (its
#: MENTIONS alone go to eight), which held 200 MB at once. See write_batch.
COPY_TABLES_PER_TRANSACTION = 6
#: Relationship tables COPYed into since the last checkpoint that may wait for one: LadybugDB
#: keeps most of those 8 MB per table until its next checkpoint, not only until the commit.
#: Checked before each transaction that COPYs (_room_for), which checkpoints first if its
#: tables would pass it, not after: what the last transactions of a run COPYed is then left
#: to the closing checkpoint, not checkpointed once more just before it. 17 is the most the
#: check after each commit, at 12 tables, let wait (11, then a transaction of 6).
UNCHECKED_TABLES = 17
#: The share of the buffer pool that relationships COPYed since the last checkpoint may
#: fill, measured as their Arrow tables' size, before the store checkpoints. The engine
#: holds them in its pool until then, at about six times that size (a COPY of 100,000 of
#: the bench's relationships, 40 MB of Arrow, took 230 MB; with a 384 MB pool the second
#: one found it full), and the checkpoint needs room besides: at a tenth, a 512 MB pool was
#: full after two such COPYs. A sixteenth checkpoints the bench every 100,000 relationships
#: at 512 MB and every 200,000 at the default 768 MB.
CHECKPOINT_POOL_SHARE = 1 / 16
#: New relationships of one table in one batch from which, while the table is empty, they
#: are staged on disk and COPYed once per table (graph/staging.py) instead of per batch: a
#: bulk load's batches. A document's few rows still go straight in.
STAGE_MIN_ROWS = 10_000
#: New nodes of one type in one batch from which, while their table is empty and this
#: handle has not written to it, they are COPYed instead of created (_copy_new_nodes): the
#: engine then writes them and their name-index rows straight into its files, not through
#: the write-ahead log and a checkpoint (100,000 bench nodes and their 200,000 forms: 1.3
#: CPU s against 2.8).
COPY_NODES_MIN_ROWS = 1_000
DB_FILE = "graph.lbdb"
#: The mark (in lgraph.json) of relationships COPYed and committed but not yet checkpointed.
UNCHECKED_COPIES = "unchecked-copies"
#: What LadybugDB says when a read-only open finds an unfinished checkpoint.
_RECOVERY_PENDING = ("recovery is pending", "re-open the database with read-write mode")
_HELD_BY = re.compile(r"[Ll]ock is held by PID (\d+)")
#: How long a reader waits for a live writer's checkpoint before giving up.
RECOVERY_WAIT_SECONDS = 30.0
META_FILE = "lgraph.json"
FORMAT_VERSION = 1
_CHUNK = 50_000
#: Up to this many keys travel as a list parameter (`UNWIND $keys`), whose statement stays
#: prepared between calls; more go as an Arrow table through `LOAD FROM`, which is faster
#: per key but is prepared anew each time (_forget_prepared) and drops every other
#: prepared statement with it (name look-ups on the bench graph: 0.1 ms against 1-6 ms).
_FEW = 256
#: Words LadybugDB reserves that the ontology uses as labels: backticked in ad-hoc queries.
RESERVED_LABELS = frozenset({"Case"})
_UNKNOWN_TABLE = re.compile(r"Table (\S+) does not exist")
_PAGE = 10_000
#: The task (in lgraph.json) of counting the COUNTS of a whole store once: a store written
#: before they existed gets their columns and is counted; a count cut short is done again.
COUNTING = "counting"
#: The name index: one node per lookup form (a normalised name or alias, as Entity.lookup
#: makes it), holding the ids of the entities that have it, so that resolving a name reads
#: a primary key instead of scanning every node's lookup list (find_by_names). It holds only
#: forms a node's own `lookup` holds (a protected person's node holds pseudonyms only), and
#: the writer keeps it in the transaction that writes the nodes. Its columns are named so
#: that no query about entities (id, name, lookup) matches its nodes.
NAME_INDEX = "LgraphNameIndex"
_FORM = "lookup_form"
_IDS = "entity_ids"
#: The task (in lgraph.json) of building the name index of a store written before it
#: existed; a build cut short is done again at the next open.
INDEXING = "indexing-names"
#: Evidence added to stored relationships (issue #13). A relationship's evidence is one JSON
#: string, and rewriting it whole at every merge made a fact that many documents state
#: quadratic in those documents (the writer re-encodes it, the engine writes it into the log
#: and every checkpoint rewrites its column chunk: after 5,000 bench articles 40 DEFENDANT_IN
#: edges held 12 MB). So when a batch only adds evidence to a stored relationship
#: (WriteBatch.evidence_appended), the stored pieces move once, as a read gives them, into
#: chunk 0 of this table, the new pieces go into chunk 1, 2, … (ids "<relationship
#: key>#<n>", never written again), and the relationship's `evidence` holds a small marker
#: naming them (_chunk_marker). Every read of the store gives the evidence JSON whole again, the same
#: text (_expanded); a relationship whose evidence is replaced or deleted loses its chunks.
#: Its columns are named so that no query about entities matches its nodes.
EVIDENCE_CHUNKS = "LgraphEvidenceChunk"
_CHUNK_ID = "chunk_id"
_CHUNK_ITEMS = "chunk_evidence"
#: How a marker starts (no evidence JSON does: its items start with `{"document"`).
_MARKER = '[{"lgraph_chunks":'
#: The function ad-hoc queries read `evidence` through (_with_whole_evidence).
_WHOLE_EVIDENCE = "lgraph_whole_evidence"

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
    arrays = [array_of(values, type) for values, type in zip(columns, types, strict=True)]
    return pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))])


def _key_tables(columns: list[list[str]], size: int = 100_000) -> Iterator[pa.Table]:
    """Parallel key columns (c0, c1, …) in Arrow tables of at most `size` rows."""
    total = len(columns[0])
    for start in range(0, total, size):
        chunk = [list(col[start : start + size]) for col in columns]
        yield _positional_table(chunk, [pa.string()] * len(chunk))


class EmbeddedStore(Store):
    dialect = "ladybug"
    single_writer = True  # a writable handle holds the database file's lock

    def __init__(
        self,
        path: str | Path,
        ontology: Ontology | None = None,
        read_only: bool = False,
        buffer_pool_mb: int | None = None,
    ) -> None:
        super().__init__(ontology, read_only)
        import ladybug

        #: Set when opening found a dead writer's unfinished work (what was done, for a note).
        self.recovered: str | None = None
        self._copies_marked = False
        self._tables_unchecked = 0  # relationship tables COPYed into since the checkpoint
        self._bytes_unchecked = 0  # the size of the Arrow tables COPYed since then
        self._private_copy: Path | None = None
        #: The COUNTS columns of each node table (see _recount).
        self._counted = count_columns(self.ontology)
        self.path = Path(path)
        self.db_path = self.path / DB_FILE
        #: Relationship tables (type, source, target) known empty, and the staged rows.
        self._empty_pairs: dict[Pair, bool] = {}
        self._stage = Stage(self.path / STAGING_DIR)
        self._settling = False  # while _settle COPYs what it took from the stage
        self._batch_open = False  # while write_batch runs
        self._index_empty: bool | None = None  # whether the name index is empty, once known
        #: Node tables (and the name index) known empty and not written by this handle:
        #: the only ones a node COPY may go to (_copy_new_nodes).
        self._fresh_nodes: dict[str, bool] = {}
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file; an embedded store is a folder")
        if read_only and not self.db_path.exists():
            raise StoreError(
                f"no graph at {self.path}",
                hint="Create it with `lgraph ingest PATH…`, or point --store / LGRAPH_STORE at it.",
            )
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
        self._pool = resolve_buffer_pool_mb(buffer_pool_mb) * 2**20
        self._open(ladybug, read_only)
        self._note_lost_copies()
        if not read_only:
            self._stage.clear()  # a dead writer's staged rows were never stored
            self._ensure_schema()
        elif self._schema_is_behind():
            # A store written before the ontology grew a property: migrate it once through a
            # short writable handle, then read as asked.
            self.close()
            self._open(ladybug, False)
            self._ensure_schema()
            self.close()
            self._open(ladybug, True)
        #: Whether the store has its name index (a reader of a store that could not be
        #: migrated has none, and scans the lookup lists instead; see find_by_names).
        tables = self._run("CALL show_tables() RETURN *").rows
        self._name_index = any(row[1] == NAME_INDEX for row in tables)
        #: Whether the store has the evidence chunks table (EVIDENCE_CHUNKS).
        self._chunk_table = any(row[1] == EVIDENCE_CHUNKS for row in tables)
        #: The whole evidence of each chunk marker, for the ad-hoc query being run
        #: (_with_whole_evidence), and whether its function is on the connection.
        self._whole_evidence: dict[str, str] = {}
        self._whole_function = False
        #: The node tables an unlabelled node pattern means (all but the name index; see
        #: _graph_text).
        self._graph_labels = tuple(
            sorted(
                row[1]
                for row in tables
                if row[2] == "NODE" and row[1] not in (NAME_INDEX, EVIDENCE_CHUNKS)
            )
        )

    def _open(self, ladybug, read_only: bool) -> None:
        try:
            self._connect(ladybug, read_only)
        except RuntimeError as exc:
            message = str(exc)
            if not (read_only and any(cue in message for cue in _RECOVERY_PENDING)):
                raise self._open_error(message) from None
            self._recover_then_read(ladybug, message)

    def _connect(self, ladybug, read_only: bool, db_path: Path | None = None) -> None:
        self._conn = None
        self._db = ladybug.Database(
            str(db_path or self.db_path), read_only=read_only, buffer_pool_size=self._pool
        )
        try:
            self._conn = ladybug.Connection(self._db)
            if read_only:
                self._seal(db_path or self.db_path)
            else:  # checkpoints are ours to schedule (see write_batch)
                self._conn.execute("CALL auto_checkpoint=false")
                self._unchecked = 0
        except BaseException:
            self._db.close()
            raise

    def _lock_files(self) -> list[Path]:
        return [self.db_path, *sorted(self.path.glob(f"{DB_FILE}.*lock"))]

    def _open_error(self, message: str) -> StoreError:
        """Blame another process only when one holds the store's lock."""
        holders = lock_holders(*self._lock_files())
        held = _HELD_BY.search(message)
        if held and not holders:
            holders = [int(held.group(1))]
        if holders:
            who = describe_holders(holders)
            return StoreError(
                f"cannot open the graph at {self.path}: {who} holds its write lock",
                hint=f"Another lgraph process ({who}) is writing to it; wait for it to finish.",
            )
        return StoreError(
            f"cannot open the graph at {self.path}: {message}",
            hint=f"Check that {self.path} is an lgraph store (a folder holding {DB_FILE}).",
        )

    def _recover_then_read(self, ladybug, message: str) -> None:
        """A writer's checkpoint is unfinished. If that writer is alive, wait for it; if it
        died, finish its recovery (the engine replays what it committed) and read the result:
        in place when the folder can be written, else in a private copy."""
        deadline = time.monotonic() + RECOVERY_WAIT_SECONDS
        while lock_holders(*self._lock_files()):
            if time.monotonic() > deadline:
                raise self._open_error(message)
            time.sleep(0.1)
            try:
                self._connect(ladybug, True)
                return
            except RuntimeError as exc:
                message = str(exc)
        folder = self.path
        if not os.access(folder, os.W_OK) or not os.access(self.db_path, os.W_OK):
            folder = Path(tempfile.mkdtemp(prefix="lgraph-recovered-"))
            for leftover in self.path.glob(f"{DB_FILE}*"):
                if not leftover.name.endswith("lock"):
                    shutil.copy2(leftover, folder / leftover.name)
            self._private_copy = folder
        try:
            self._connect(ladybug, False, folder / DB_FILE)
        except RuntimeError as exc:
            raise self._open_error(str(exc)) from None
        self._conn.close()
        self._db.close()
        where = "in place" if folder == self.path else f"in a private copy ({folder})"
        self.recovered = (
            f"finished the interrupted write of a process that stopped ({where}); "
            "reading the last committed state"
        )
        self._connect(ladybug, True, folder / DB_FILE)

    def _seal(self, db_path: Path) -> None:
        """Engine settings for a reader, behind the read-only gate: no spilling to temporary
        files, and a home folder (where extensions are installed and looked up) and file
        search path that cannot exist, under the database file itself."""
        nowhere = str(db_path / "no-files-here").replace("\\", "\\\\").replace("'", "\\'")
        for setting in ("spill_to_disk=false", f"home_directory='{nowhere}'",
                        f"file_search_path='{nowhere}'"):  # fmt: skip
            self._conn.execute(f"CALL {setting}")

    def _schema_is_behind(self) -> bool:
        tables = {row[1] for row in self._run("CALL show_tables() RETURN *").rows}
        wanted = {
            **{name: self.ontology.node_columns(name) for name in self.ontology.node_types},
            **{n: self.ontology.relationship_columns(n) for n in self.ontology.relationship_types},
        }
        if REVIEW_LABEL not in tables or self.unfinished(COUNTING):
            return True
        if NAME_INDEX not in tables or self.unfinished(INDEXING):
            return True
        if EVIDENCE_CHUNKS not in tables:
            return True
        counts = self._counted
        for table, columns in wanted.items():
            if table not in tables:
                return True
            present = {row[1] for row in self._run(f"CALL table_info('{table}') RETURN *").rows}
            if (set(columns) | set(counts.get(table, ()))) - present:
                return True
        return False

    # -- schema --------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        indexed = NAME_INDEX in {row[1] for row in self._run("CALL show_tables() RETURN *").rows}
        for statement in ladybug_ddl(self.ontology, counts=True):
            self._run(statement)
        self._run(ladybug_review_ddl())  # fact decisions (graph/fact_reviews.py)
        self._run(
            f"CREATE NODE TABLE IF NOT EXISTS `{EVIDENCE_CHUNKS}`"
            f"({_CHUNK_ID} STRING PRIMARY KEY, {_CHUNK_ITEMS} STRING)"
        )
        # Columns added to the ontology after the store was created.
        for name in self.ontology.node_types:
            self._add_missing_columns(name, self.ontology.node_columns(name))
        for name in self.ontology.relationship_types:
            self._add_missing_columns(name, self.ontology.relationship_columns(name))
        self._update_meta(format=FORMAT_VERSION, ontology_version=self.ontology.version)
        self._ensure_counts()
        self._ensure_name_index(indexed)

    def _ensure_name_index(self, existed: bool) -> None:
        """Create the name index (NAME_INDEX) and, when the store had none (written before
        it existed) or its build was cut short, build it from every node's lookup forms.
        Marked as a task first, so that a build cut short is done again at the next open."""
        self._run(
            f"CREATE NODE TABLE IF NOT EXISTS `{NAME_INDEX}`"
            f"({_FORM} STRING PRIMARY KEY, {_IDS} STRING[])"
        )
        if existed and not self.unfinished(INDEXING):
            return
        self._mark(INDEXING, True)
        with self._transaction():
            self._run(f"MATCH (k:`{NAME_INDEX}`) DELETE k")
            ids: dict[str, set[str]] = {}
            for type_name in self.ontology.node_types:
                result = self._run(f"MATCH (n:`{type_name}`) RETURN n.id, n.lookup")
                for key, forms in result.rows:
                    for form in forms or ():
                        ids.setdefault(form, set()).add(key)
            self._write_index({}, ids)
        self._mark(INDEXING, False)

    def _index_rows(self, forms: Iterable[str]) -> dict[str, set[str]]:
        """The name index's ids of each of `forms` that it holds."""
        found: dict[str, set[str]] = {}
        wanted = sorted(set(forms))
        if len(wanted) <= _FEW:
            result = self._run(
                f"UNWIND $forms AS f MATCH (k:`{NAME_INDEX}` {{{_FORM}: f}}) "
                f"RETURN k.{_FORM}, k.{_IDS}",
                {"forms": wanted},
            )
            found.update((form, set(ids or ())) for form, ids in result.rows)
            return found
        for table in _key_tables([wanted]):
            result = self._run(
                f"LOAD FROM $rows MATCH (k:`{NAME_INDEX}` {{{_FORM}: c0}}) "
                f"RETURN k.{_FORM}, k.{_IDS}",
                {"rows": table},
            )
            found.update((form, set(ids or ())) for form, ids in result.rows)
        return found

    def _write_index(self, before: dict[str, set[str]], after: dict[str, set[str]]) -> None:
        """Store the name index's rows `after` whose ids differ from `before` (the rows it
        holds): created, set, or deleted when no id is left."""
        created = [(f, sorted(i)) for f, i in after.items() if i and f not in before]
        updated = [(f, sorted(i)) for f, i in after.items() if i and f in before and i != before[f]]
        gone = [f for f, i in after.items() if not i and f in before]
        if created or updated or gone:
            self._fresh_nodes[NAME_INDEX] = False
        types = [pa.string(), pa.list_(pa.string())]
        for rows, cypher in (
            (created, f"LOAD FROM $rows CREATE (k:`{NAME_INDEX}` {{{_FORM}: c0, {_IDS}: c1}})"),
            (
                updated,
                f"LOAD FROM $rows MATCH (k:`{NAME_INDEX}` {{{_FORM}: c0}}) SET k.{_IDS} = c1",
            ),
        ):
            for chunk in _chunks(rows):
                table = _positional_table([[r[0] for r in chunk], [r[1] for r in chunk]], types)
                self._run(cypher, {"rows": table})
        for table in _key_tables([gone]):
            self._run(
                f"LOAD FROM $rows MATCH (k:`{NAME_INDEX}` {{{_FORM}: c0}}) DELETE k",
                {"rows": table},
            )

    def _stored_lookup(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """The lookup forms the store holds for the entities `keys` (those it holds)."""
        found: dict[str, list[str]] = {}
        for type_name, group in self._by_type(keys).items():
            for table in _key_tables([group]):
                result = self._run(
                    f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) RETURN _n.id, _n.lookup",
                    {"rows": table},
                )
                found.update((key, list(forms or ())) for key, forms in result.rows)
        return found

    def _reindex(self, old: dict[str, list[str]], new: dict[str, list[str]]) -> None:
        """Move the name index from the entities' lookup forms `old` (as stored before the
        write) to `new` (as written; an entity absent from `new` is gone): its id leaves the
        forms it lost and joins those it gained. In the transaction of the write."""
        if not old and self._index_is_empty():  # a new store's first nodes: nothing to read
            after: dict[str, set[str]] = {}
            for key, forms in new.items():
                for form in forms:
                    after.setdefault(form, set()).add(key)
            self._write_index({}, after)
            self._index_empty = not after
            return
        lost = {(f, k) for k, forms in old.items() for f in forms if f not in new.get(k, ())}
        gained = {(f, k) for k, forms in new.items() for f in forms if f not in old.get(k, ())}
        if not lost and not gained:
            return
        before = self._index_rows({f for f, _ in lost | gained})
        after = {form: set(ids) for form, ids in before.items()}
        for form, key in lost:
            after.setdefault(form, set()).discard(key)
        for form, key in gained:
            after.setdefault(form, set()).add(key)
        self._write_index(before, after)

    def _index_is_empty(self) -> bool:
        """Whether the name index holds no row (asked once, then kept by _reindex)."""
        if self._index_empty is None:
            found = self._run(f"MATCH (k:`{NAME_INDEX}`) RETURN k.{_FORM} LIMIT 1")
            self._index_empty = not found.rows
        return self._index_empty

    def _ensure_counts(self) -> None:
        """Give the node tables the COUNTS columns they lack (ontology.count_columns), and
        count the whole store once when any was missing: a store written before they
        existed (a new store's tables have them from the start). Marked as a task first, so
        that a count cut short is done again at the next open."""
        wanted = self._counted
        missing = []
        for table, columns in wanted.items():
            present = {row[1] for row in self._run(f"CALL table_info('{table}') RETURN *").rows}
            missing += [(table, c) for c in columns if c not in present]
        if not missing and not self.unfinished(COUNTING):
            return
        self._mark(COUNTING, True)  # (not task(): a reader migrates through this too)
        for table, column in missing:
            self._run(f"ALTER TABLE `{table}` ADD {column} INT64")
        with self._transaction():
            self._count_all(wanted)
        self._mark(COUNTING, False)

    def _count_all(self, wanted: dict[str, tuple[str, ...]]) -> None:
        """The COUNTS of every node, from the relationships: defendants first, then those
        that serviced them (see _recount). A count of 0 is null, as the recounts leave it."""
        for table, columns in wanted.items():
            self._run(f"MATCH (n:`{table}`) SET " + ", ".join(f"n.{c} = NULL" for c in columns))
        for table, columns in wanted.items():
            if DEFENDANT_COUNT in columns:
                self._run(
                    f"MATCH (n:`{table}`)-[:`{DEFENDANT_TYPE}`]->() WITH n, count(*) AS cases "
                    f"SET n.{DEFENDANT_COUNT} = cases"
                )
        for table, columns in wanted.items():
            if SERVICED_CASES in columns:
                self._run(
                    f"MATCH (v:`{table}`)-[:`{SERVICED_TYPE}`]->(p) "
                    f"WHERE p.{DEFENDANT_COUNT} > 0 "
                    f"WITH v, sum(p.{DEFENDANT_COUNT}) AS cases, count(*) AS sued "
                    f"SET v.{SERVICED_CASES} = cases, v.{SERVICED_SUED} = sued"
                )

    # -- the meta file: format, ontology version, unfinished tasks -----------------------
    def _meta(self) -> dict[str, Any]:
        try:
            meta = json.loads((self.path / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return meta if isinstance(meta, dict) else {}

    def _update_meta(self, **values: Any) -> None:
        meta = {**self._meta(), **values}
        meta = {k: v for k, v in meta.items() if v not in (None, [])}
        _write_if_changed(self.path / META_FILE, json.dumps(meta, indent=2) + "\n")

    def unfinished(self, task: str) -> bool:
        return task in self._meta().get("unfinished", [])

    def _mark(self, task: str, started: bool) -> None:
        pending = [t for t in self._meta().get("unfinished", []) if t != task]
        self._update_meta(unfinished=[*pending, task] if started else pending)

    @contextmanager
    def task(self, name: str) -> Iterator[None]:
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        self._mark(name, True)
        yield
        with ctrl_c_held():  # a finished task is never left marked unfinished
            self.checkpoint()  # what the task wrote is in the main file before the mark goes
            self._mark(name, False)

    def _add_missing_columns(self, table: str, columns: dict) -> None:
        info = self._run(f"CALL table_info('{table}') RETURN *")
        present = {row[1] for row in info.rows}
        for name, spec in columns.items():
            if name not in present:
                self._run(f"ALTER TABLE `{table}` ADD {name} {ladybug_type(spec)}")

    # -- low level -------------------------------------------------------------------------
    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        tables = bool(params) and any(isinstance(v, pa.Table) for v in params.values())
        files: list[Path] = []  # deleted in `finally`, also those of a write that failed
        try:
            if tables and not self.read_only:
                cypher, params = self._tables_read_from_files(cypher, params or {}, files)
            result = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            message = str(exc)
            if "read-only" in message.lower() or "read only" in message.lower():
                raise ReadOnlyError(f"refused: the store is read-only ({message})") from None
            raise self._query_error(message) from None
        finally:
            if tables:
                self._forget_prepared()
            for path in files:
                self._stage.read_done(path)
            if files and not self._batch_open:
                self._stage.tidy()
        if isinstance(result, list):
            result = result[-1]
        columns = result.get_column_names()
        rows = [[_plain(v) for v in row] for row in result.get_all()]
        return QueryResult(columns, rows)

    def _tables_read_from_files(
        self, cypher: str, params: dict[str, Any], files: list[Path]
    ) -> tuple[str, dict[str, Any]]:
        """The statement with each Arrow table parameter (`LOAD FROM $rows`, `COPY … FROM
        $rows`) written to a Parquet file and named by its path instead (Stage.table_file):
        binding a table makes the engine import pandas, which a writable handle, the one
        that loads in bulk, does without. Each file written goes into `files` at once, for
        the caller to delete after the statement."""
        rest: dict[str, Any] = {}
        for name, value in params.items():
            if isinstance(value, pa.Table):
                path = self._stage.table_file(value)
                files.append(path)
                cypher = re.sub(rf"\${re.escape(name)}\b", lambda _m, p=path: _quoted(p), cypher)
            else:
                rest[name] = value
        return cypher, rest

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

    def _query_error(self, message: str) -> StoreError | CypherError:
        """The engine's message as an error that says what to do about it."""
        unknown = _UNKNOWN_TABLE.search(message)
        if unknown:
            name = unknown.group(1)
            return CypherError(
                f"unknown label or relationship type {name!r}",
                hint=f"Node labels: {', '.join(self.ontology.node_types)}. Relationship types: "
                f"{', '.join(self.ontology.relationship_types)}.",
            )
        if message.startswith(("Parser exception", "Binder exception", "Catalog exception")):
            return CypherError(message)
        return StoreError(f"query failed: {message}", hint=None)

    def _run_query(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        """Ad-hoc Cypher: labels LadybugDB reserves (`Case`) are backticked, and unnamed
        columns are named by their expression as written, as Neo4j names them."""
        if not self.read_only:
            # The engine's own read-only mode is the second wall; a writable handle has none.
            raise ReadOnlyError("open the store read-only to run ad-hoc Cypher")
        text = backtick_labels(cypher, RESERVED_LABELS & set(self.ontology.node_types))
        result = self._expanded(
            self._run(self._with_whole_evidence(self._graph_text(text)), params)
        )
        return QueryResult(readable_columns(text, result.columns), result.rows)

    def _run_read(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        self._settle()  # reads see every relationship written
        return self._expanded(self._run(self._graph_text(cypher), params))

    # -- evidence chunks (EVIDENCE_CHUNKS) -------------------------------------------------
    def _expanded(self, result: QueryResult, column: str | None = None) -> QueryResult:
        """The result with every evidence marker replaced by the evidence JSON it stands for
        (only in `column` if one is named: the store's own reads)."""
        markers: set[str] = set()
        if column is not None:
            at = result.columns.index(column)
            markers.update(row[at] for row in result.rows if (row[at] or "").startswith(_MARKER))
        else:
            for row in result.rows:
                for value in row:
                    _find_markers(value, markers)
        if not markers:
            return result
        whole = self._evidence_of(markers)
        rows = [[_replace_markers(v, whole) for v in row] for row in result.rows]
        return QueryResult(result.columns, rows, list(result.notes))

    def _with_whole_evidence(self, text: str) -> str:
        """The ad-hoc query with each `x.evidence` read passed through a function that gives
        a chunk marker's whole evidence, so that what the engine itself computes (`WHERE
        r.evidence CONTAINS …`, `size(r.evidence)`) sees the text a read gives back, as on
        Neo4j. Values the query returns are expanded after the run anyway (_expanded). The
        function cannot query the store while the query runs, so every marker is expanded
        first: the cost of the chunked evidence, paid only by queries that read `evidence`."""
        if "evidence" not in text or not self._chunk_table:
            return text
        if not self._run(f"MATCH (_x:`{EVIDENCE_CHUNKS}`) RETURN _x.{_CHUNK_ID} LIMIT 1").rows:
            return text  # no relationship holds a marker
        markers: set[str] = set()
        for type_name in self.ontology.relationship_types:
            markers.update(
                row[0]
                for row in self._run(
                    f"MATCH ()-[_r:`{type_name}`]->() WHERE _r.evidence STARTS WITH $marker "
                    "RETURN _r.evidence",
                    {"marker": _MARKER},
                ).rows
            )
        if not markers:
            return text
        self._whole_evidence = self._evidence_of(markers)
        if not self._whole_function:
            # (a lambda: the binding reads a function's annotations and knows no `str | None`)
            self._conn.create_function(
                _WHOLE_EVIDENCE, lambda value: self._whole_of(value), ["STRING"], "STRING"
            )
            self._whole_function = True
        return wrap_property(text, "evidence", _WHOLE_EVIDENCE)

    def _whole_of(self, value: str | None) -> str | None:
        if value is None or not value.startswith(_MARKER):
            return value
        return self._whole_evidence.get(value, value)

    def _evidence_of(self, markers: Iterable[str]) -> dict[str, str]:
        """The evidence JSON each marker stands for: its chunks' lists joined in order."""
        wanted: dict[str, list[str]] = {}
        for marker in markers:
            head = orjson.loads(marker)[0]
            wanted[marker] = [f"{head['key']}#{n}" for n in range(head["lgraph_chunks"])]
        ids = sorted({i for chunk_ids in wanted.values() for i in chunk_ids})
        items: dict[str, str] = {}
        for part in _chunks(ids):
            rows = self._run(
                f"UNWIND $ids AS _i MATCH (_x:`{EVIDENCE_CHUNKS}` {{{_CHUNK_ID}: _i}}) "
                f"RETURN _x.{_CHUNK_ID}, _x.{_CHUNK_ITEMS}",
                {"ids": part},
            ).rows
            items.update((row[0], row[1]) for row in rows)
        whole: dict[str, str] = {}
        for marker, chunk_ids in wanted.items():
            missing = [i for i in chunk_ids if i not in items]
            if missing:
                raise StoreError(f"evidence missing from the store: {', '.join(missing[:3])}")
            whole[marker] = _joined([items[i] for i in chunk_ids])
        return whole

    def evidence_chunk_keys(self, documents: list[str]) -> set[str]:
        """Keys of relationships with evidence from one of `documents` in their chunks
        (documents._citing finds the others by their `evidence` text)."""
        keys: set[str] = set()
        for key in documents:
            rows = self._run(
                f"MATCH (_x:`{EVIDENCE_CHUNKS}`) WHERE _x.{_CHUNK_ITEMS} CONTAINS $key "
                f"RETURN _x.{_CHUNK_ID}",
                {"key": f'"{key}"'},
            ).rows
            keys.update(row[0].rpartition("#")[0] for row in rows)
        return keys

    def _stored_evidence(self, rels: list[Relationship]) -> dict[str, str]:
        """The evidence markers the store holds for those of `rels` that have one, by key."""
        where = f" WHERE _r.evidence STARTS WITH '{_MARKER}'"
        found: dict[str, str] = {}
        for (type_name, source_type, target_type), group in self._rel_groups(rels).items():
            ends = [[r.source for r in group], [r.target for r in group]]
            for table in _key_tables(ends):
                rows = self._run(
                    f"LOAD FROM $rows MATCH (_a:`{source_type}` {{id: c0}})"
                    f"-[_r:`{type_name}`]->(_b:`{target_type}` {{id: c1}}){where} "
                    f"RETURN _r.key, _r.evidence",
                    {"rows": table},
                ).rows
                found.update((row[0], row[1]) for row in rows)
        return found

    def _delete_chunks(self, markers: Iterable[str]) -> None:
        ids = sorted(
            f"{head['key']}#{n}"
            for head in (orjson.loads(m)[0] for m in markers)
            for n in range(head["lgraph_chunks"])
        )
        for part in _chunks(ids):
            self._run(
                f"UNWIND $ids AS _i MATCH (_x:`{EVIDENCE_CHUNKS}` {{{_CHUNK_ID}: _i}}) DELETE _x",
                {"ids": part},
            )

    def _write_chunks(self, chunks: list[tuple[str, str]]) -> None:
        """MERGE, not CREATE: a chunk left behind by an interrupted removal is replaced."""
        for part in _chunks(chunks):
            table = _positional_table(
                [[c[0] for c in part], [c[1] for c in part]], [pa.string(), pa.string()]
            )
            self._run(
                f"LOAD FROM $rows MERGE (_x:`{EVIDENCE_CHUNKS}` {{{_CHUNK_ID}: c0}}) "
                f"SET _x.{_CHUNK_ITEMS} = c1",
                {"rows": table},
            )

    def _graph_text(self, cypher: str) -> str:
        """A query's text with its bare node patterns (`MATCH (n)`) labelled with the
        graph's tables, so that they never match the name index's nodes (NAME_INDEX), which
        no Neo4j store has: the same rows on both stores."""
        if not self._name_index:
            return cypher
        return _labelled_text(cypher, self._graph_labels)

    def find_by_names(
        self, names: list[str], types: Iterable[str] | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """One scan of the `lookup` lists for all the names: the scan costs the tables'
        size whatever it looks for (22 ms for every table of the 1M-relationship bench
        graph), so `path`'s source and target are found in one instead of two.

        The scan returns ids only, and the rows are read again by id (a primary-key
        look-up): LadybugDB reads every column a statement returns for every row it scans,
        before the filter, so returning name, aliases and description from the scan itself
        read them for every node (bench graph, same run: 47 ms against 32 at the median for
        all tables, 15.5 against 11.2 for the platforms)."""
        wanted = set(types) if types is not None else None
        if self._name_index:
            return self._find_in_index(names, wanted)
        parts = [
            f"MATCH (n:`{t}`) WHERE list_has_any(n.lookup, $names) WITH n.id AS k "
            f'MATCH (m:`{t}` {{id: k}}) RETURN m.id AS id, "{t}" AS type, m.name AS name, '
            "m.aliases AS aliases, m.description AS description, m.lookup AS lookup"
            for t in self.ontology.node_types
            if wanted is None or t in wanted
        ]
        found: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        if not parts or not names:
            return found
        for row in self.read(" UNION ALL ".join(parts), {"names": list(names)}).records():
            lookup = row.pop("lookup") or []
            for name in names:
                if name in lookup:
                    found[name].append(dict(row))
        return {name: sorted(rows, key=lambda r: r["id"]) for name, rows in found.items()}

    def _find_in_index(
        self, names: list[str], wanted: set[str] | None
    ) -> dict[str, list[dict[str, Any]]]:
        """find_by_names through the name index: the ids of each name by its primary key,
        then their rows by theirs. A row whose lookup no longer holds the name is left out
        (the index is kept with the nodes, this only guards against it going stale)."""
        found: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        index = self._index_rows(names) if names else {}
        keys = {key for ids in index.values() for key in ids}
        for type_name, group in self._by_type(keys).items():
            if wanted is not None and type_name not in wanted:
                continue
            result = self._run(
                f"UNWIND $ids AS i MATCH (m:`{type_name}` {{id: i}}) RETURN m.id AS id, "
                f'"{type_name}" AS type, m.name AS name, m.aliases AS aliases, '
                "m.description AS description, m.lookup AS lookup",
                {"ids": group},
            )
            for row in result.records():
                lookup = row.pop("lookup") or []
                for name in names:
                    if name in lookup and row["id"] in index.get(name, ()):
                        found[name].append(dict(row))
        return {name: sorted(rows, key=lambda r: r["id"]) for name, rows in found.items()}

    def find_by_name(
        self, normalized: str, types: Iterable[str] | None = None
    ) -> list[dict[str, Any]]:
        """As find_by_names, for one name (the same scan, ids only; see there)."""
        return self.find_by_names([normalized], types)[normalized]

    # -- fetching --------------------------------------------------------------------------
    # Keys travel as Arrow tables through `LOAD FROM`, which is many times faster than
    # UNWIND over a Python list (no per-value conversion) and still uses the primary key.
    def fetch_entities(self, type_name: str, keys: list[str]) -> dict[str, Entity]:
        self.ontology.node_type(type_name)
        cols = entity_columns(type_name, self.ontology)
        ret = ", ".join(f"_n.{c} AS {c}" for c in cols)
        found: dict[str, Entity] = {}
        if len(keys) <= _FEW:  # a few (a query's parameters): a statement that stays prepared
            results = [
                self._run(
                    f"UNWIND $keys AS k MATCH (_n:`{type_name}` {{id: k}}) RETURN {ret}",
                    {"keys": list(keys)},
                )
            ]
        else:
            results = (
                self._run(
                    f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) RETURN {ret}",
                    {"rows": table},
                )
                for table in _key_tables([keys])
            )
        for result in results:
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

    def _has_fact_reviews(self) -> bool:
        tables = self._run("CALL show_tables() RETURN *").rows
        return any(row[1] == REVIEW_LABEL for row in tables)

    def has_entities(self, type_name: str) -> bool:
        self.ontology.node_type(type_name)
        return bool(self._run(f"MATCH (n:`{type_name}`) RETURN n.id LIMIT 1").rows)

    def has_relationships(self, type_name: str) -> bool:
        self.ontology.relationship_type(type_name)
        if any(pair[0] == type_name for pair in self._stage.tables):
            return True
        return bool(self._run(f"MATCH ()-[r:`{type_name}`]->() RETURN r.key LIMIT 1").rows)

    def fetch_relationships(
        self, type_name: str, rels: list[Relationship]
    ) -> dict[str, Relationship]:
        self._settle()
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
                for record in self._expanded(result, "evidence").records():
                    rel = relationship_from_row(
                        type_name, record["_s"], record["_t"], record, self.ontology
                    )
                    found[rel.key] = rel
        return found

    # -- writing ---------------------------------------------------------------------------
    def write_batch(self, batch: WriteBatch) -> None:
        """Write a batch so that it is all stored or, if anything fails, none of it.

        A batch whose new relationships fill more than COPY_TABLES_PER_TRANSACTION tables
        is written in several transactions (see there): first the new entities and all but
        the last tables, each transaction only adding; then one transaction with the last
        tables and every delete and update. If a transaction fails, the earlier ones are
        undone: what they added is deleted again. A process killed in between leaves only
        additions, which ingesting the same input again completes (tests/test_crash.py).
        """
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        self._batch_open = True  # its statements' table files share one folder (_run)
        try:
            self._write_batch(batch)
        finally:
            self._batch_open = False
            self._stage.tidy()

    def _write_batch(self, batch: WriteBatch) -> None:
        self.batches_written += 1
        if batch.entities_deleted or batch.relationships_deleted or batch.relationships_changed:
            self._settle()  # they need every relationship in its table
        staged, direct = self._stage_plan(batch.relationships_new)
        *early, last = self._copy_parts(direct)
        added: list[Relationship] = []
        changed = direct + batch.relationships_changed + batch.relationships_deleted
        defendants = {r.source for r in changed if r.type == DEFENDANT_TYPE}
        servicers = {r.source for r in changed if r.type == SERVICED_TYPE}
        files: list[Path] = []
        copied: list[Entity] = []
        try:
            copied = self._copy_new_nodes(batch.entities_new)
            fresh = _without(batch.entities_new, copied)
            self._mark_copies(staged)
            for pair, group in staged.items():  # counted when the stage is settled
                table = relationship_arrow_table(self.ontology, pair[0], group)
                counted = pair[0] in (DEFENDANT_TYPE, SERVICED_TYPE)
                files.append(
                    self._stage.add(pair, table, [r.source for r in group] if counted else [])
                )
                del table
            for number, part in enumerate(early):
                self._room_for(len(part))
                self._mark_copies(part)
                with self._transaction():
                    if number == 0:
                        self._write_entities(fresh, create=True)
                        self._reindex({}, {e.key: e.lookup for e in fresh})
                    self._copy_relationships(part)
                rows = 0
                for group in part.values():
                    added.extend(group)
                    rows += len(group)
                self._wrote(rows, tables=len(part))
            self._room_for(len(last))
            self._mark_copies(last)
            with self._transaction():
                if self._counted and batch.entities_deleted:
                    # Who loses a case or a serviced node with the nodes about to go.
                    sued, servicing = self._linked_to(batch.entities_deleted)
                    defendants |= sued
                    servicers |= servicing
                self._delete_relationships(batch.relationships_deleted)
                renamed = [e.key for e in batch.entities_changed] + batch.entities_deleted
                old = self._stored_lookup(renamed) if renamed else {}
                self._detach_delete(batch.entities_deleted)
                self._write_entities(batch.entities_changed, create=False)
                if not early:
                    self._write_entities(fresh, create=True)
                self._update_relationships(batch.relationships_changed, batch.evidence_appended)
                if batch.reviews_deleted:
                    self._run(delete_cypher(), {"keys": list(batch.reviews_deleted)})
                if batch.reviews:
                    self._run(upsert_cypher(), {"rows": [r.row() for r in batch.reviews]})
                new = {e.key: e.lookup for e in batch.entities_changed}
                for key in set(batch.entities_deleted):
                    new.pop(key, None)
                if not early:
                    new.update((e.key, e.lookup) for e in fresh)
                self._reindex(old, new)  # (before the COPY, which stays the last write)
                self._copy_relationships(last)  # COPY is the last write (see above)
                if self._counted:  # then what it changed is counted again
                    self._recount(defendants, servicers)
        except BaseException:
            self._stage.drop(files)
            if copied or (early and (added or batch.entities_new)):
                self._undo_additions(added, batch.entities_new)
            raise
        rows = len(batch.entities_new) + len(batch.entities_changed)
        copied = sum(len(group) for group in last.values())
        self._wrote(rows + copied + len(batch.relationships_changed), tables=len(last))

    def _copy_new_nodes(self, entities: list[Entity]) -> list[Entity]:
        """COPY a bulk load's new nodes of the tables that are empty and untouched by this
        handle (COPY_NODES_MIN_ROWS or more of a type), with their name-index rows (COPYed
        too while the index is as fresh, else created), each statement committed on its own;
        returns them. The caller deletes them again if the rest of the batch fails.

        A node COPY must never be rolled back with rows of its table waiting for a
        checkpoint (see the module's docstring), so what the batches committed is
        checkpointed first and the COPYed nodes right after, keys are checked unique here,
        and if a COPY fails all the same the database is opened again, which leaves the
        engine as the last checkpoint and the log have it, before the COPYed nodes are
        deleted."""
        by_type: dict[str, list[Entity]] = {}
        for entity in entities:
            by_type.setdefault(entity.type, []).append(entity)
        chosen = {
            type_name: group
            for type_name, group in by_type.items()
            if len(group) >= COPY_NODES_MIN_ROWS
            and len({e.key for e in group}) == len(group)
            and self._is_fresh(type_name)
        }
        if not chosen:
            return []
        self._checkpoint_committed()
        copied: list[Entity] = []
        lookups: dict[str, list[str]] = {}
        try:
            for type_name, group in chosen.items():
                self._fresh_nodes[type_name] = False  # never COPYed into again
                forms = [e.lookup for e in group]
                table = self._node_table(type_name, group, forms)
                self._run(f"COPY `{type_name}` FROM $rows", {"rows": table})
                copied.extend(group)
                lookups.update(zip([e.key for e in group], forms, strict=True))
            if self._is_fresh(NAME_INDEX):
                self._fresh_nodes[NAME_INDEX] = False
                ids: dict[str, list[str]] = {}
                for key, forms in lookups.items():
                    for form in forms:
                        ids.setdefault(form, []).append(key)
                table = pa.Table.from_arrays(
                    [strings(list(ids)), string_lists(list(ids.values()))],
                    names=[_FORM, _IDS],
                )
                self._run(f"COPY `{NAME_INDEX}` FROM $rows", {"rows": table})
                self._index_empty = not ids
            else:
                with self._transaction():
                    self._reindex({}, lookups)
        except BaseException:
            self._reopen()
            if copied:
                self._undo_additions([], copied)
            raise
        # Checkpointed at once, so that no later transaction that rolls back finds them
        # waiting in its tables (the index's rows among them).
        self._unchecked += len(copied)
        self._checkpoint_committed()
        return copied

    def _is_fresh(self, table: str) -> bool:
        """Whether a node table (or the name index) is empty and this handle has not
        written to it (asked once, then kept by the writes)."""
        if table not in self._fresh_nodes:
            found = self._run(f"MATCH (_n:`{table}`) RETURN 1 LIMIT 1")
            self._fresh_nodes[table] = not found.rows
        return self._fresh_nodes[table]

    def _node_table(
        self, type_name: str, entities: list[Entity], lookups: list[list[str]]
    ) -> pa.Table:
        """Nodes' rows (entity_row's values; `lookups` their Entity.lookup) as an Arrow
        table with the columns of their table, in its order (the COUNTS and any column the
        store lacks a value for are nulls)."""
        specs = self.ontology.node_columns(type_name)
        info = self._run(f"CALL table_info('{type_name}') RETURN *").rows
        arrays, names = [], []
        for row in info:
            name = row[1]
            spec = specs.get(name)
            if spec is None:
                arrays.append(pa.nulls(len(entities), pa.int64()))
            else:
                values = entity_column(entities, name, lookups)
                arrays.append(array_of(values, ARROW_TYPES[spec.type]))
            names.append(name)
        return pa.Table.from_arrays(arrays, names=names)

    def _reopen(self) -> None:
        """Open the database again, after a failed node COPY (the engine's state of that
        table is then as its files and log have it, without the rolled-back rows)."""
        import ladybug

        with contextlib.suppress(Exception):
            self._conn.close()
        with contextlib.suppress(Exception):
            self._db.close()
        self._connect(ladybug, False)

    def _stage_plan(
        self, rels: list[Relationship]
    ) -> tuple[dict[Pair, list[Relationship]], list[Relationship]]:
        """New relationships to stage (tables with staged rows, or empty ones that a
        batch fills with STAGE_MIN_ROWS or more), and the rest, to COPY now."""
        staged: dict[Pair, list[Relationship]] = {}
        direct: list[Relationship] = []
        for pair, group in self._rel_groups(rels).items():
            if self._stage.rows(pair) or (
                len(group) >= STAGE_MIN_ROWS and self._pair_is_empty(pair)
            ):
                staged[pair] = group
            else:
                direct.extend(group)
        return staged, direct

    def _pair_is_empty(self, pair: Pair) -> bool:
        if pair not in self._empty_pairs:
            type_name, source_type, target_type = pair
            found = self._run(
                f"MATCH (:`{source_type}`)-[_r:`{type_name}`]->(:`{target_type}`) "
                "RETURN _r.key LIMIT 1"
            )
            self._empty_pairs[pair] = not found.rows
        return self._empty_pairs[pair]

    def _settle(self) -> None:
        """COPY the staged relationships (graph/staging.py), one statement per table, each
        into its empty table and checkpointed before the next; then count again the COUNTS
        they change. If the engine's pool cannot take a table at once, its files go one by
        one, each checkpointed. A table whose COPY fails keeps its files staged for the next
        settle, and the others still go in: rows of accepted batches are never dropped with it.

        Memory: a COPY into an empty table holds about 1.8 KB per row of the bench's
        relationships while it runs (455 MB for 250,000), in the C heap, not in the pool's
        pages (a smaller pool does not lower it), and the engine keeps it, then its freed
        heap, until a checkpoint and a trim: so each table is checkpointed (which trims,
        memory.release_free_memory) before the next COPY, and heap_trimmed returns what
        the COPY's threads free while it runs."""
        if not self._stage:
            return
        # What the batches committed goes to the main file first: the engine then holds
        # none of it while it COPYs (1M bench: 80 MB less at the peak).
        self._checkpoint_committed()
        defendants: set[str] = set()
        servicers: set[str] = set()
        failed: dict[Pair, tuple[Staged, StoreError]] = {}
        waiting = self._stage.take()
        stopped = False
        self._settling = True
        try:
            try:
                for pair, staged in list(waiting.items()):
                    # A table's COPY and what records it go whole: Ctrl-C waits for them,
                    # then stops the settle between tables; the tables not reached stay
                    # staged, and the ones COPYed are still counted.
                    with ctrl_c_held():
                        del waiting[pair]
                        rows = staged.rows
                        try:
                            self._copy_staged(pair, staged)
                        except StoreError as exc:
                            # the COPY is one statement, undone whole: its rows stay staged,
                            # to be COPYed at the next settle, and the other tables still go
                            failed[pair] = (staged, exc)
                            continue
                        self._empty_pairs[pair] = False
                        counted = defendants if pair[0] == DEFENDANT_TYPE else servicers
                        counted.update(staged.sources)
                        self._unchecked += rows
                        self._checkpoint_committed()  # frees the COPY's memory first
            except KeyboardInterrupt:
                stopped = True
            if self._counted and (defendants or servicers):
                with ctrl_c_held(), self._transaction():
                    self._recount(defendants, servicers)
            if stopped:
                raise KeyboardInterrupt
        finally:
            self._settling = False
            waiting.update((pair, staged) for pair, (staged, _) in failed.items())
            self._stage.keep(waiting)
        if failed:
            rows = sum(staged.rows for staged, _ in failed.values())
            tables = ", ".join(sorted({pair[0] for pair in failed}))
            first = next(iter(failed.values()))[1]
            raise StoreError(
                f"{rows} relationships of earlier batches ({tables}) could not be copied into "
                f"the store: {first}",
                hint="they stay staged and are copied at the next write or read; if the store "
                "is closed first, they are not stored: ingest the same input again",
            )

    def _copy_staged(self, pair: Pair, staged: Staged) -> None:
        """COPY one table's staged files in one statement, or file by file when the
        engine's buffer pool cannot take them at once."""
        type_name, source_type, target_type = pair
        pairs = self.ontology.relationship_type(type_name).endpoints
        options = f" (from='{source_type}', to='{target_type}')" if len(pairs) > 1 else ""
        try:
            with heap_trimmed():
                self._copy_files(type_name, options, staged.files)
        except StoreError as exc:
            if "buffer pool" not in str(exc).lower():
                raise
            for path in list(staged.files):
                self._copy_files(type_name, options, [path])
                staged.files.remove(path)  # stored: never COPYed twice
                staged.rows -= file_rows(path)
                self._unchecked += 1
                self._checkpoint_committed()

    def _copy_files(self, type_name: str, options: str, files: list[Path]) -> None:
        names = ", ".join(_quoted(f) for f in files)
        self._run(f"COPY `{type_name}` FROM [{names}]{options}")

    def _linked_to(self, keys: list[str]) -> tuple[set[str], set[str]]:
        """The defendants in the cases among `keys`, and who serviced the nodes among them."""
        rels = self.ontology.relationship_types
        cases = set(rels[DEFENDANT_TYPE].target_types())
        serviced = set(rels[SERVICED_TYPE].target_types())
        sued: set[str] = set()
        servicing: set[str] = set()
        for type_name, group in self._by_type(keys).items():
            for rel_type, found in ((DEFENDANT_TYPE, sued), (SERVICED_TYPE, servicing)):
                if type_name in (cases if rel_type == DEFENDANT_TYPE else serviced):
                    found.update(self._sources_of(rel_type, type_name, group))
        return sued, servicing

    def _sources_of(self, rel_type: str, type_name: str, keys: Iterable[str]) -> set[str]:
        """The ids of the sources of `rel_type` relationships into the nodes `keys`."""
        found: set[str] = set()
        for table in _key_tables([list(keys)]):
            result = self._run(
                f"LOAD FROM $rows MATCH (_s)-[:`{rel_type}`]->(:`{type_name}` {{id: c0}}) "
                "RETURN DISTINCT _s.id",
                {"rows": table},
            )
            found.update(row[0] for row in result.rows)
        return found

    def _recount(self, defendants: set[str], servicers: set[str]) -> None:
        """Count again the COUNTS (ontology.py) a batch may have changed, from the
        relationships, in its transaction: DEFENDANT_COUNT of `defendants`, then the
        SERVICED counts of `servicers` and of whoever serviced a defendant. A count of 0
        is null, so that `exposure` reads only the vendors with one."""
        serviced = set(self.ontology.relationship_type(SERVICED_TYPE).target_types())
        servicers = set(servicers)
        for type_name, group in self._by_type(defendants).items():
            if DEFENDANT_COUNT not in self._counted.get(type_name, ()):
                continue
            for table in _key_tables([group]):
                self._run(
                    f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) "
                    f"OPTIONAL MATCH (_n)-[:`{DEFENDANT_TYPE}`]->(_c) "
                    "WITH _n, count(_c) AS cases "
                    f"SET _n.{DEFENDANT_COUNT} = CASE WHEN cases > 0 THEN cases END",
                    {"rows": table},
                )
            if type_name in serviced:
                servicers |= self._sources_of(SERVICED_TYPE, type_name, group)
        for type_name, group in self._by_type(servicers).items():
            if SERVICED_CASES not in self._counted.get(type_name, ()):
                continue
            for table in _key_tables([group]):
                self._run(
                    f"LOAD FROM $rows MATCH (_v:`{type_name}` {{id: c0}}) "
                    f"OPTIONAL MATCH (_v)-[:`{SERVICED_TYPE}`]->(_p) "
                    f"WHERE _p.{DEFENDANT_COUNT} > 0 "
                    f"WITH _v, sum(_p.{DEFENDANT_COUNT}) AS cases, count(_p) AS sued "
                    f"SET _v.{SERVICED_CASES} = CASE WHEN cases > 0 THEN cases END, "
                    f"_v.{SERVICED_SUED} = CASE WHEN sued > 0 THEN sued END",
                    {"rows": table},
                )

    def _by_type(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Entity keys grouped by their type, each once, sorted (a stable order)."""
        by_type: dict[str, list[str]] = {}
        for key in sorted(set(keys)):
            by_type.setdefault(self.ontology.type_of_key(key), []).append(key)
        return by_type

    def _mark_copies(self, rels: dict[tuple[str, str, str], list[Relationship]]) -> None:
        """Mark, before COPYing `rels`, that COPYs wait for a checkpoint (_note_lost_copies)."""
        if rels and not self._copies_marked:
            self._mark(UNCHECKED_COPIES, True)
            self._copies_marked = True

    def _room_for(self, tables: int) -> None:
        """Checkpoint first if COPYing into `tables` more relationship tables would leave
        more than UNCHECKED_TABLES waiting for a checkpoint."""
        if self._tables_unchecked and self._tables_unchecked + tables > UNCHECKED_TABLES:
            self._checkpoint_committed()

    def _wrote(self, rows: int, tables: int) -> None:
        """Count what was committed; checkpoint past CHECKPOINT_ROWS or CHECKPOINT_POOL_SHARE
        of the pool (the tables are checked before the next transaction: _room_for)."""
        self._unchecked += rows
        self._tables_unchecked += tables
        if (
            self._unchecked >= CHECKPOINT_ROWS
            or self._bytes_unchecked >= self._pool * CHECKPOINT_POOL_SHARE
        ):
            self._checkpoint_committed()  # (staged rows wait: they are on disk, not in the pool)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._run("BEGIN TRANSACTION")
        try:
            yield
            self._run("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _copy_parts(
        self, rels: list[Relationship]
    ) -> list[dict[tuple[str, str, str], list[Relationship]]]:
        """New relationships by table (type, source type, target type), in parts of at most
        COPY_TABLES_PER_TRANSACTION tables; grouped once per batch (a bulk load's batch
        holds 100,000 relationships)."""
        groups = list(self._rel_groups(rels).items())
        size = COPY_TABLES_PER_TRANSACTION
        parts = [dict(groups[i : i + size]) for i in range(0, len(groups), size)]
        return parts or [{}]

    def _undo_additions(self, rels: list[Relationship], entities: list[Entity]) -> None:
        """Delete what the committed transactions of a failed batch added."""
        with contextlib.suppress(Exception), self._transaction():  # report the first failure
            self._delete_relationships(rels)
            self._detach_delete([entity.key for entity in entities])
            self._reindex({e.key: e.lookup for e in entities}, {})

    def _rollback(self) -> None:
        with contextlib.suppress(RuntimeError):  # the engine may have rolled back already
            self._conn.execute("ROLLBACK")

    def delete_entities(self, keys: list[str]) -> None:
        """DETACH DELETE by key, per type (the label comes from the key), in one transaction."""
        if self.read_only:
            raise ReadOnlyError("this store was opened read-only")
        if keys:
            self.write_batch(WriteBatch(entities_deleted=list(keys)))

    def _detach_delete(self, keys: list[str]) -> None:
        by_type: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_type.setdefault(self.ontology.type_of_key(key), []).append(key)
        for type_name, group in by_type.items():
            self._fresh_nodes[type_name] = False
            for table in _key_tables([group]):
                # Their relationships' evidence chunks go with them.
                markers = self._run(
                    f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}})-[_r]-() "
                    f"WHERE _r.evidence STARTS WITH '{_MARKER}' RETURN DISTINCT _r.evidence",
                    {"rows": table},
                ).rows
                self._delete_chunks(row[0] for row in markers)
            for table in _key_tables([group]):
                self._run(
                    f"LOAD FROM $rows MATCH (_n:`{type_name}` {{id: c0}}) DETACH DELETE _n",
                    {"rows": table},
                )

    def _write_entities(self, entities: list[Entity], create: bool) -> None:
        by_type: dict[str, list[Entity]] = {}
        for entity in entities:
            by_type.setdefault(entity.type, []).append(entity)
        for type_name, group in by_type.items():
            self._fresh_nodes[type_name] = False
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

    def _delete_relationships(self, rels: list[Relationship]) -> None:
        if rels:
            self._delete_chunks(self._stored_evidence(rels).values())
        for (type_name, source_type, target_type), group in self._rel_groups(rels).items():
            ends = [[r.source for r in group], [r.target for r in group]]
            for table in _key_tables(ends):
                self._run(
                    f"LOAD FROM $rows MATCH (_a:`{source_type}` {{id: c0}})"
                    f"-[_r:`{type_name}`]->(_b:`{target_type}` {{id: c1}}) DELETE _r",
                    {"rows": table},
                )

    def _update_relationships(
        self, rels: list[Relationship], appended: dict[str, int] | None = None
    ) -> None:
        """SET the relationships' columns. One whose evidence only grew (`appended`: how
        many pieces at the front are stored) keeps its stored evidence and gets a chunk
        with the new pieces (EVIDENCE_CHUNKS); any other has its evidence replaced whole,
        its chunks deleted."""
        if not rels:
            return
        appended = appended or {}
        stored = self._stored_evidence(rels)
        chunks: list[tuple[str, str]] = []
        gone: list[str] = []
        texts: dict[str, str] = {}
        for rel in rels:
            before = appended.get(rel.key, 0)
            marker = stored.get(rel.key)
            if not before:
                if marker is not None:
                    gone.append(marker)
                continue  # replaced whole (relationship_arrow_table encodes it)
            if before == len(rel.evidence):  # nothing new (a status or a date changed)
                if marker is not None:
                    texts[rel.key] = marker
                continue
            # The text a whole rewrite would store: the stored pieces as read back (which is
            # what a later merge would write again: confidence a float), the new ones as
            # written; chunks hold them as a read gives them, since they are never rewritten.
            if marker is not None:
                count = orjson.loads(marker)[0]["lgraph_chunks"]
            else:
                chunks.append((f"{rel.key}#0", _dumps(rel.evidence[:before]).decode()))
                count = 1
            added = evidence_from_json(_dumps(rel.evidence[before:]).decode())
            chunks.append((f"{rel.key}#{count}", _dumps(added).decode()))
            texts[rel.key] = _chunk_marker(rel.key, count + 1)
        self._delete_chunks(gone)
        self._write_chunks(chunks)
        for (type_name, source_type, target_type), group in self._rel_groups(rels).items():
            specs = self.ontology.relationship_columns(type_name)
            assign = ", ".join(f"_r.{c} = c{i + 2}" for i, c in enumerate(specs))
            cypher = (
                f"LOAD FROM $rows MATCH (_a:`{source_type}` {{id: c0}})"
                f"-[_r:`{type_name}`]->(_b:`{target_type}` {{id: c1}}) SET {assign}"
            )
            table = relationship_arrow_table(self.ontology, type_name, group, texts)
            self._run(
                cypher, {"rows": table.rename_columns([f"c{i}" for i in range(table.num_columns)])}
            )

    def _copy_relationships(self, groups: dict[tuple[str, str, str], list[Relationship]]) -> None:
        for (type_name, source_type, target_type), group in groups.items():
            table = relationship_arrow_table(self.ontology, type_name, group)
            self._bytes_unchecked += table.nbytes
            pairs = self.ontology.relationship_type(type_name).endpoints
            options = f" (from='{source_type}', to='{target_type}')" if len(pairs) > 1 else ""
            self._run(f"COPY `{type_name}` FROM $rows{options}", {"rows": table})
            self._empty_pairs[(type_name, source_type, target_type)] = False

    def _rel_groups(self, rels: list[Relationship]) -> dict[tuple[str, str, str], list]:
        groups: dict[tuple[str, str, str], list[Relationship]] = {}
        type_of = self.ontology.type_of_key
        known = self.ontology.known_key_types.get
        for rel in rels:
            source, target = rel.source, rel.target
            pair = (rel.type, known(source) or type_of(source), known(target) or type_of(target))
            groups.setdefault(pair, []).append(rel)
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
        self._settle()
        for name in [type_name] if type_name else sorted(self.ontology.relationship_types):
            cols = relationship_columns(name, self.ontology)
            ret = ", ".join(f"r.{c} AS {c}" for c in cols)
            after = ""
            while True:
                page = self._expanded(
                    self._run(
                        f"MATCH (a)-[r:`{name}`]->(b) WHERE r.key > $after "
                        f"RETURN a.id AS _s, b.id AS _t, {ret} ORDER BY r.key LIMIT {_PAGE}",
                        {"after": after},
                    ),
                    "evidence",
                ).records()
                for record in page:
                    yield relationship_from_row(
                        name, record["_s"], record["_t"], record, self.ontology
                    )
                if len(page) < _PAGE:
                    break
                after = page[-1]["key"]

    def checkpoint(self) -> None:
        if not self.read_only:
            self._settle()
            self._checkpoint_committed()

    def _checkpoint_committed(self) -> None:
        """CHECKPOINT what is committed; the unchecked-copies mark goes only when no staged
        relationship waits (_settle checkpoints before and while it COPYs them)."""
        with ctrl_c_held():  # a finished CHECKPOINT is recorded as finished
            if (
                getattr(self, "_unchecked", 0)
                or getattr(self, "_tables_unchecked", 0)
                or getattr(self, "_bytes_unchecked", 0)
            ):
                self._stage.tidy()  # a writer that dies in it leaves the folder as settled
                self._run("CHECKPOINT")
                self._unchecked = 0
                self._tables_unchecked = 0
                self._bytes_unchecked = 0
                release_free_memory()
            if getattr(self, "_copies_marked", False) and not self._stage and not self._settling:
                self._mark(UNCHECKED_COPIES, False)  # every COPY is checkpointed
                self._copies_marked = False

    def _note_lost_copies(self) -> None:
        """Relationships COPYed since the last checkpoint are not in LadybugDB's WAL: if the
        writer that committed them died before checkpointing, they are gone (its nodes are
        not). Say so, once no live process is writing; ingesting the same files again
        restores them."""
        if not self.unfinished(UNCHECKED_COPIES):
            return
        others = [pid for pid in lock_holders(*self._lock_files()) or [] if pid != os.getpid()]
        if not others:
            lost = (
                "the last write to this store stopped before its last checkpoint: the "
                "relationships it added since then are missing until the same files are "
                "ingested again"
            )
            self.recovered = f"{self.recovered}; {lost}" if self.recovered else lost

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None:
            try:
                self.checkpoint()
            finally:
                self._conn.close()
            self._db.close()
            self._conn = None
        if getattr(self, "_private_copy", None) is not None:
            shutil.rmtree(self._private_copy, ignore_errors=True)
            self._private_copy = None

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r}, read_only={self.read_only})"


@lru_cache(maxsize=512)
def _labelled_text(cypher: str, labels: tuple[str, ...]) -> str:
    """label_bare_nodes, once per text: it tokenises the whole statement, which cost more
    than running the cheap named queries (a named query's text repeats with every call)."""
    return label_bare_nodes(cypher, list(labels))


def _write_if_changed(path: Path, text: str) -> None:
    """Replace a small file atomically (a crash leaves the old or the new one), and only
    when its content changes."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _quoted(path: Path) -> str:
    """A file's path as a Cypher string literal."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _without(entities: list[Entity], taken: list[Entity]) -> list[Entity]:
    if not taken:
        return entities
    gone = {id(e) for e in taken}
    return [e for e in entities if id(e) not in gone]


def relationship_arrow_table(
    ontology: Ontology,
    type_name: str,
    rels: list[Relationship],
    texts: dict[str, str] | None = None,
) -> pa.Table:
    """Arrow rows for COPY: from, to, then the rel table's columns in declared order.
    `texts`: the `evidence` text to store for some of them, by key (chunk markers).

    Built column by column (no per-row dicts): this runs once per relationship on bulk loads.
    """
    specs = ontology.relationship_columns(type_name)
    common = {
        "key": [r.key for r in rels],
        "status": [r.status for r in rels],
        "date_on": [r.date_on for r in rels],
        "date_from": [r.date_from for r in rels],
        "date_to": [r.date_to for r in rels],
        "evidence": (
            [texts[r.key] if r.key in texts else evidence_to_json(r.evidence) for r in rels]
            if texts
            else _evidence_column(rels)
        ),
        "confirmed": [True if r.confirmed else None for r in rels],
    }
    arrays = [
        strings([r.source for r in rels]),
        strings([r.target for r in rels]),
    ]
    for name, spec in specs.items():
        values = common[name] if name in common else [r.properties.get(name) for r in rels]
        if isinstance(values, pa.Array):
            arrays.append(values)
        else:
            arrays.append(array_of(values, ARROW_TYPES[spec.type]))
    return pa.Table.from_arrays(arrays, names=["from", "to", *specs])


_dumps = orjson.dumps
#: The most text a string array with 32-bit offsets holds.
_MAX_TEXT = 2**31 - 1


def _evidence_column(rels: list[Relationship]) -> pa.Array | list[str]:
    """The evidence JSON of each relationship (evidence_to_json's text) as one Arrow string
    array, its UTF-8 written straight into one buffer: no str per row to decode and then
    encode again (bulk loads: a tenth of building the rows). Each orjson result is dropped
    at once (a list of them held several times their size). Past 2 GB of text, which
    32-bit offsets cannot address, the strings themselves."""
    data = bytearray()
    offsets = array("i", [0])
    for rel in rels:
        data += _dumps(rel.evidence)
        if len(data) > _MAX_TEXT:
            return [evidence_to_json(r.evidence) for r in rels]
        offsets.append(len(data))
    return pa.Array.from_buffers(
        pa.string(), len(rels), [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )


def _chunk_marker(key: str, count: int) -> str:
    """The `evidence` text of a relationship whose evidence is in `count` chunks."""
    return _dumps([{"lgraph_chunks": count, "key": key}]).decode()


def _joined(chunks: list[str]) -> str:
    """JSON lists joined into one, as the JSON of their items in one list is written."""
    return "[" + ",".join(c[1:-1] for c in chunks if c != "[]") + "]"


def _find_markers(value: Any, found: set[str]) -> None:
    if isinstance(value, str):
        if value.startswith(_MARKER):
            found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _find_markers(item, found)
    elif isinstance(value, list):
        for item in value:
            _find_markers(item, found)


def _replace_markers(value: Any, whole: dict[str, str]) -> Any:
    if isinstance(value, str):
        return whole.get(value, value) if value.startswith(_MARKER) else value
    if isinstance(value, dict):
        return {k: _replace_markers(v, whole) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_markers(v, whole) for v in value]
    return value


def _plain(value: Any) -> Any:
    """Engine values as plain data: nodes and relationships become property dicts.

    A node becomes {"_label": TYPE, **properties}; a relationship {"_type": TYPE, **properties},
    the same shape the Neo4j store returns.
    """
    if isinstance(value, dict):
        upper = {k.upper(): k for k in value if k.startswith("_")}
        if "_LABEL" in upper and ("_ID" in upper or "_SRC" in upper):
            internal = {"_ID", "_SRC", "_DST", "_LABEL"}
            # Neo4j does not store nulls, and unlabeled matches here carry every table's columns;
            # the COUNTS are lgraph's own (ontology.py), left out as on Neo4j.
            out = {
                k: _plain(v)
                for k, v in value.items()
                if k.upper() not in internal and v is not None and k not in COUNTS
            }
            tag = "_type" if "_SRC" in upper else "_label"
            return {tag: value[upper["_LABEL"]], **out}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
