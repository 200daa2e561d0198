"""Relationship rows staged on disk for one COPY per table into the embedded store.

LadybugDB COPYs into an empty relationship table straight into its files, but a COPY into
a table that holds rows stays in the buffer pool until a checkpoint, and every checkpoint
rewrites the tables it touches whole: a bulk load that COPYed each batch and checkpointed
every 200,000 rows spent half its time checkpointing (bench/load_embedded.py, 1M
relationships: 12.6 of 28 CPU s). So the new relationships of a table that was empty are
written here, one Parquet file per batch, and COPYed in one statement when the store
settles them (EmbeddedStore._settle): before anything reads relationships, and at the
checkpoint. A failed batch deletes its own files, so batches stay all-or-nothing.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

#: The folder (in the store's folder) of staged rows; a writer that died leaves it behind,
#: and the next writer deletes it (those relationships were never stored).
STAGING_DIR = "staging"
#: The folder (in the staging folder) of the tables single statements read (Stage.table_file).
READ_DIR = "read"

Pair = tuple[str, str, str]  # relationship type, source type, target type


@dataclass
class Staged:
    """The staged files of one relationship table and the sources whose counts they change."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    rows: int = 0
    sources: set[str] = field(default_factory=set)


class Stage:
    """Parquet files per relationship table, under `root`, written a batch at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tables: dict[Pair, Staged] = {}
        self._written = 0
        self._folders = 0
        self._read = 0
        self._read_folder = False  # whether table_file made its folder (tidy deletes it)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def rows(self, pair: Pair) -> int:
        staged = self.tables.get(pair)
        return staged.rows if staged else 0

    def add(self, pair: Pair, table: pa.Table, sources: list[str]) -> Path:
        """Write one batch's rows of a table to a new file; returns it (see `drop`)."""
        staged = self.tables.get(pair)
        if staged is None:
            self._folders += 1  # (not the table count: a settle may keep some tables)
            staged = Staged(self.root / f"t{self._folders}")
            staged.folder.mkdir(parents=True, exist_ok=True)
            self.tables[pair] = staged
        self._written += 1
        path = staged.folder / f"{self._written:06d}.parquet"
        pq.write_table(table, path, compression="none")
        staged.files.append(path)
        staged.rows += table.num_rows
        staged.sources.update(sources)
        return path

    def table_file(self, table: pa.Table) -> Path:
        """Write a table that one statement reads (`LOAD FROM`, `COPY … FROM`) to a file of its
        own; the caller deletes it after the statement (read_done). A table bound as a parameter instead
        makes the engine import pandas (0.2 CPU s and 45 MB resident for good). The files'
        folder stays until `tidy`, which the store calls when a batch is written, before a
        checkpoint, and after a statement run outside a batch: making and removing two
        folders around every statement cost about 6 ms a statement on ext4 (300 statements,
        about 2 s, in bench/ingest.py's 5,000 articles)."""
        folder = self.root / READ_DIR
        if not self._read_folder:
            folder.mkdir(parents=True, exist_ok=True)
            self._read_folder = True
        self._read += 1
        path = folder / f"{self._read:06d}.parquet"
        pq.write_table(table, path, compression="none")
        return path

    def read_done(self, path: Path) -> None:
        """Delete a table_file (its folder goes at `tidy`)."""
        path.unlink(missing_ok=True)

    def tidy(self) -> None:
        """Delete the table files' folder, and then the staging folder if it is empty:
        between bulk loads a store's folder holds no staging folder."""
        if not self._read_folder:
            return
        self._read_folder = False
        with contextlib.suppress(OSError):
            (self.root / READ_DIR).rmdir()
            self.root.rmdir()

    def drop(self, paths: list[Path]) -> None:
        """Forget files of a batch that failed (its rows are not stored)."""
        gone = set(paths)
        for pair, staged in list(self.tables.items()):
            kept = [p for p in staged.files if p not in gone]
            if len(kept) == len(staged.files):
                continue
            for path in staged.files:
                if path in gone:
                    path.unlink(missing_ok=True)
            staged.files = kept
            staged.rows = sum(file_rows(p) for p in kept)
            if not kept:
                shutil.rmtree(staged.folder, ignore_errors=True)
                del self.tables[pair]

    def take(self) -> dict[Pair, Staged]:
        """Every staged table, leaving the stage empty (the caller COPYs and clears them)."""
        tables, self.tables = self.tables, {}
        return tables

    def keep(self, tables: dict[Pair, Staged]) -> None:
        """Stage `tables` again (those a settle could not COPY) and delete every other
        file: the rest is stored."""
        if not tables:
            self.clear()
            return
        self.tables = tables
        kept = {path for staged in tables.values() for path in staged.files}
        for path in self.root.rglob("*.parquet"):
            if path not in kept:
                path.unlink(missing_ok=True)

    def clear(self) -> None:
        self.tables = {}
        self._read_folder = False
        shutil.rmtree(self.root, ignore_errors=True)


def file_rows(path: Path) -> int:
    """The number of rows of a staged file."""
    return pq.ParquetFile(path).metadata.num_rows
