"""Ingest files and folders into a store: find files, load each, write in batches, report.

Each file is loaded on its own: a bad file is reported (with its line) and skipped, the
others go on. Facts from several files are written together for speed; if such a group
fails to write, its files are retried one by one, so only the culprit is skipped.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from liability_graph.errors import InputError, LiabilityGraphError
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.graph.store import Store, WriteSummary
from liability_graph.loaders.base import Fact, LoadContext, loader_for, supported_extensions
from liability_graph.loaders.curated import FileErrors
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.reference import reference_facts
from liability_graph.loaders.resolution import Resolver, load_distinct

DEFAULT_GROUP_FACTS = 20_000


@dataclass
class Skipped:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class IngestReport:
    documents_read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    summary: WriteSummary = field(default_factory=WriteSummary)
    reference_loaded: bool = False
    #: Name pairs close enough to be the same entity, left for `lgraph review`.
    review_flagged: int = 0

    @property
    def ok(self) -> bool:
        return not self.skipped

    def as_dict(self) -> dict:
        return {
            "documents_read": self.documents_read,
            "documents_skipped": len({s.path for s in self.skipped}),
            "skipped": [{"path": s.path, "line": s.line, "reason": s.reason} for s in self.skipped],
            "reference_loaded": self.reference_loaded,
            "review_flagged": self.review_flagged,
            **self.summary.as_dict(),
        }


IGNORE_FILE = ".lgraphignore"


def collect_files(paths: Iterable[str | Path], report: IngestReport) -> list[Path]:
    """Files under the given paths, recursively, in a stable order.

    Hidden files and folders are ignored, and so is anything matching a glob pattern in a
    `.lgraphignore` file of the folder walked (patterns are relative to that folder).
    Missing paths are reported as skipped.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, []))
        elif path.is_file():
            files.append(path)
        else:
            report.skipped.append(Skipped(str(path), "no such file or folder"))
    return files


def _walk(folder: Path, rules: list[tuple[Path, str]]) -> Iterator[Path]:
    ignore = folder / IGNORE_FILE
    if ignore.is_file():
        patterns = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
        rules = rules + [
            (folder, p.strip().rstrip("/"))
            for p in patterns
            if p.strip() and not p.lstrip().startswith("#")
        ]
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or _ignored(entry, rules):
            continue
        if entry.is_dir():
            yield from _walk(entry, rules)
        elif entry.is_file():
            yield entry


def _ignored(entry: Path, rules: list[tuple[Path, str]]) -> bool:
    for base, pattern in rules:
        relative = entry.relative_to(base).as_posix()
        if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(entry.name, pattern):
            return True
    return False


def _skip_reasons(path: Path, exc: LiabilityGraphError) -> list[Skipped]:
    if isinstance(exc, FileErrors):
        return [Skipped(str(path), e.reason, e.line) for e in exc.errors]
    if isinstance(exc, InputError):
        return [Skipped(str(path), exc.reason, exc.line)]
    return [Skipped(str(path), str(exc))]


def load_reference(store: Store, context: LoadContext) -> WriteSummary:
    with store.writer() as writer:
        writer.add_all(reference_facts(context))
    return writer.summary


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    reference: bool = True,
    context: LoadContext | None = None,
    group_facts: int = DEFAULT_GROUP_FACTS,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Load every file under `paths` into `store` and report what was read and skipped.

    The reference knowledge base goes into a store that is still empty unless
    `reference` is False.
    """
    report = IngestReport()
    context = context or LoadContext(ontology=store.ontology)
    if reference and store.is_empty():
        report.summary = load_reference(store, context)
        report.reference_loaded = True
    context.names.merge(NameIndex.from_store(store))
    if context.resolver is None:  # entity resolution (issue #4): names -> known entities
        context.resolver = Resolver(context.names, load_distinct(store))

    group: list[tuple[Path, list[Fact]]] = []
    pending = 0
    writer = store.writer(batch_size=10**12)  # flushed here, per group of files
    for path in collect_files(paths, report):
        if on_file is not None:
            on_file(path)
        loader = loader_for(path)
        if loader is None:
            known = ", ".join(supported_extensions())
            report.skipped.append(Skipped(str(path), f"unsupported file type (supported: {known})"))
            continue
        try:
            facts = context.resolver.resolve_facts(loader(path, context))
        except LiabilityGraphError as exc:
            report.skipped.extend(_skip_reasons(path, exc))
            continue
        except (OSError, ValueError, RecursionError) as exc:
            report.skipped.append(Skipped(str(path), f"cannot be read: {exc}"))
            continue
        for fact in facts:
            if isinstance(fact, Entity) and fact.is_anchor:
                context.names.add(fact)  # curated names anchor later files; extracted do not
        group.append((path, facts))
        pending += len(facts)
        if pending >= group_facts:
            _write_group(writer, group, report)
            group, pending = [], 0
    _write_group(writer, group, report)
    report.summary = _combine(report.summary, writer.summary)
    report.review_flagged = len(context.resolver.flagged)
    return report


def _write_group(writer, group: list[tuple[Path, list[Fact]]], report: IngestReport) -> None:
    if not group:
        return
    try:
        _add(writer, [fact for _, facts in group for fact in facts])
        writer.flush()
        report.documents_read += len(group)
        return
    except LiabilityGraphError:
        writer.discard()
        if len(group) == 1:
            path = group[0][0]
            _retry_single(writer, path, group[0][1], report)
            return
    for path, facts in group:  # isolate the file that cannot be written
        _retry_single(writer, path, facts, report)


def _retry_single(writer, path: Path, facts: list[Fact], report: IngestReport) -> None:
    try:
        _add(writer, facts)
        writer.flush()
        report.documents_read += 1
    except LiabilityGraphError as exc:
        writer.discard()
        report.skipped.extend(_skip_reasons(path, exc))


def _add(writer, facts: list[Fact]) -> None:
    for fact in facts:
        if isinstance(fact, Relationship):
            writer.add_relationship(fact)
        elif isinstance(fact, Document):
            writer.add_document(fact)
        else:
            writer.add_entity(fact)


def _combine(a: WriteSummary, b: WriteSummary) -> WriteSummary:
    return WriteSummary(
        a.entities_added + b.entities_added,
        a.entities_updated + b.entities_updated,
        a.relationships_added + b.relationships_added,
        a.relationships_updated + b.relationships_updated,
    )
