"""Facts files hold only pseudonyms too (docs/privacy.md, "Facts files").

`lgraph extract` and the Dask map step (liability_graph.distributed) write what they extract
to a private temporary file (mode 0600) first; `pseudonymise_facts_file` then writes the facts
file a user gets, with the vault, in two passes over it: the first learns every protected
person in the whole file (curated ones, and victims the victim pass found in any document),
the second rewrites each source's facts as ingest would before writing them to a store. So a
victim found in the last document is not named in clear in the first one's quotes either,
and the facts file says no more than the graph built from it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import orjson

from liability_graph.loaders.factsfile import FactsWriter, read_facts_file
from liability_graph.privacy.protect import Protector


@contextlib.contextmanager
def private_file(beside: Path | None) -> Iterator[Path]:
    """A new empty file only this user can read, in `beside`'s folder (None: the temporary
    folder); removed afterwards."""
    folder = None if beside is None else str(beside.parent)
    fd, name = tempfile.mkstemp(prefix=".lgraph-facts-", suffix=".clear", dir=folder)
    os.close(fd)  # mkstemp: mode 0600
    try:
        yield Path(name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def pseudonymise_facts_file(clear: Path, out: IO[bytes], protector: Protector) -> int:
    """Write the facts file `clear` to `out` with every protected person pseudonymised (the
    identities and the original texts go to the protector's vault first); returns the
    number of sources written."""
    learn_protected(clear, protector)
    return write_pseudonymised(clear, out, protector)


def pseudonymise_parts(parts: list[Path], protector: Protector) -> list[Path]:
    """Pseudonymise facts files in place (the Dask map step's parts), after learning the
    protected persons of all of them: a victim found in one part is hidden in every part."""
    for part in parts:
        learn_protected(part, protector)
    for part in parts:
        partial = part.with_name(part.name + ".partial")
        with partial.open("wb") as stream:
            write_pseudonymised(part, stream, protector)
        partial.replace(part)
    return parts


def learn_protected(path: Path, protector: Protector) -> None:
    """Pass 1: register every protected person of a facts file with the protector."""
    for record in read_facts_file(path):
        if record.facts:
            protector.discover(record.facts)


def write_pseudonymised(clear: Path, out: IO[bytes], protector: Protector) -> int:
    """Pass 2: each source's facts as ingest would store them (see the module docstring)."""
    with clear.open("rb") as stream:
        header = orjson.loads(stream.readline())
    writer = FactsWriter(out, ontology_version=header["ontology"], names=header["names"])
    for record in read_facts_file(clear):
        source = protector.redact_text(record.source, url=True) or record.source
        if record.skipped:
            reasons = [(ln, protector.redact_text(r, given=True) or r) for ln, r in record.skipped]
            writer.skip(source, reasons)
            continue
        facts = protector.protect(record.facts)
        protector.vault.flush()  # the vault first: the file never holds what it cannot reveal
        writer.write(source, facts)
    protector.vault.flush()
    return writer.sources
