"""Ingest files and folders into a store: find files, load each, write in batches, report.

Each file is loaded on its own: a bad file is reported (with its line) and skipped, the
others go on. Facts from several files are written together for speed; if such a group
fails to write, its files are retried one by one, so only the culprit is skipped.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import gc
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from liability_graph.errors import InputError, LiabilityGraphError, StoreError
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.graph.store import Store, WriteSummary, gc_paused
from liability_graph.loaders.base import (
    Fact,
    LoadContext,
    display_path,
    loader_for,
)
from liability_graph.loaders.curated import FileErrors
from liability_graph.loaders.factsfile import is_facts_file, read_facts_file
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.parallel import Readers
from liability_graph.loaders.reference import reference_facts
from liability_graph.loaders.resolution import Resolver, load_distinct
from liability_graph.privacy.protect import Protector, check_vault
from liability_graph.privacy.repair import RepairMark, RepairSummary, needs_repair, repair_store
from liability_graph.privacy.vault import Vault
from liability_graph.settings import resolve_group_facts

FOREIGN = (
    "its protected persons were pseudonymised with another vault: ingest it with the vault "
    "`lgraph extract` used (--vault or LGRAPH_VAULT)"
)


@dataclass
class Skipped:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def skipped_rows(skipped: list[Skipped]) -> list[dict]:
    """How a report lists what it skipped: each problem with its file and line."""
    return [{"path": s.path, "line": s.line, "reason": s.reason} for s in skipped]


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
            "skipped": skipped_rows(self.skipped),
            "reference_loaded": self.reference_loaded,
            "review_flagged": self.review_flagged,
            **self.summary.as_dict(),
            "relationships_rejected": self.summary.relationships_rejected,
            "evidence_rejected": self.summary.evidence_rejected,
        }


IGNORE_FILE = ".lgraphignore"


def collect_files(paths: Iterable[str | Path], report: IngestReport) -> list[Path]:
    """Files under the given paths, recursively, in a stable order.

    Hidden files and folders are ignored, and so is anything matching a glob pattern in a
    `.lgraphignore` file of the folder walked (patterns are relative to that folder).
    Symbolic links are followed, and each file or folder is taken once however many links
    lead to it; a link back to a folder being walked (a loop) is reported and not entered.
    Missing paths, unreadable folders, broken links and anything that is not a regular
    file (FIFOs, devices, sockets) are reported as skipped, and the walk goes on.
    """
    walk = _Walk(report)
    for raw in paths:
        path = Path(raw)
        found = walk.stat(path)
        if found is None:
            continue
        if stat.S_ISDIR(found.st_mode):
            walk.folder(path, found, [], {})
        else:
            walk.file(path, found)
    return walk.files


_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class _Walk:
    """One walk over the paths given to an ingest run: the files found, each once."""

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self.files: list[Path] = []
        self._seen: set[tuple[int, int]] = set()  # (device, inode) of files and folders

    def skip(self, path: Path, reason: str) -> None:
        self.report.skipped.append(Skipped(display_path(path), reason))

    def stat(self, path: Path) -> os.stat_result | None:
        """The path's status, following links; None (and a message) if it cannot be had."""
        try:
            return path.stat()
        except FileNotFoundError:
            link = path.is_symlink()
            self.skip(path, "broken symbolic link" if link else "no such file or folder")
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.skip(path, "symbolic link loop (a link that leads back to itself)")
            else:
                self.skip(path, f"cannot be read: {exc.strerror or exc}")
        return None

    def file(self, path: Path, found: os.stat_result) -> None:
        if not stat.S_ISREG(found.st_mode):
            kind = _KINDS.get(stat.S_IFMT(found.st_mode), "not a regular file")
            self.skip(path, f"{kind}, not a regular file: not read")
            return
        if (found.st_dev, found.st_ino) not in self._seen:
            self._seen.add((found.st_dev, found.st_ino))
            self.files.append(path)

    def folder(
        self,
        folder: Path,
        found: os.stat_result,
        rules: list[tuple[Path, str]],
        walking: dict[tuple[int, int], Path],
    ) -> None:
        """Walk `folder`; `walking` maps the folders enclosing it (by identity) to their paths."""
        identity = (found.st_dev, found.st_ino)
        if identity in walking:
            self.skip(
                folder,
                f"symbolic link loop: leads back to {display_path(walking[identity])}; not entered",
            )
            return
        if identity in self._seen:
            return  # reached again through another link: its files are taken already
        self._seen.add(identity)
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            self.skip(folder, f"folder cannot be read ({exc.strerror or exc}): skipped whole")
            return
        ignore = folder / IGNORE_FILE
        if any(entry.name == IGNORE_FILE for entry in entries):
            try:
                patterns = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError as exc:
                self.skip(ignore, f"cannot be read: {exc.strerror or exc}; its patterns unused")
                patterns = []
            rules = rules + [
                (folder, p.strip().rstrip("/"))
                for p in patterns
                if p.strip() and not p.lstrip().startswith("#")
            ]
        inside = {**walking, identity: folder}
        for entry in entries:
            if entry.name.startswith(".") or _ignored(entry, rules):
                continue
            status = self.stat(entry)
            if status is None:
                continue
            if stat.S_ISDIR(status.st_mode):
                self.folder(entry, status, rules, inside)
            else:
                self.file(entry, status)


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


def load_reference(
    store: Store, context: LoadContext, protector: Protector, repair: RepairMark
) -> WriteSummary:
    """Write the reference knowledge base, its protected persons pseudonymised (their
    identities in the vault first, so the store never holds what the vault cannot reveal)."""
    facts = protector.protect(reference_facts(LoadContext(ontology=context.ontology)))
    protector.vault.flush()
    repair.open()
    with store.task("reference"), store.writer() as writer:  # a crash: loaded again, whole
        writer.add_all(facts)
    return writer.summary


def reference_mode(store: Store, reference: bool | None, empty: bool | None = None) -> bool:
    """Whether a run on `store` uses the reference knowledge base: a new store as asked
    (default yes), a built one as it was built unless the run asks for none (`False` is
    always honoured: a facts or FtM file may bring reference entities into any store)."""
    if empty if empty is not None else store.is_empty():
        return reference is not False
    if reference is False:
        return False
    held = store.holds_reference() or store.unfinished("reference")
    if reference is not None and reference != held:
        built = "with" if held else "without"
        raise StoreError(
            f"the store {store!r} was built {built} the reference knowledge base; "
            f"a run {'without' if held else 'with'} it would extract the same text differently",
            hint="Leave out --no-reference to follow the store, or use a new store."
            if held
            else "Leave out the flag: runs on this store follow it (no reference base).",
        )
    return held


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    reference: bool | None = None,
    context: LoadContext | None = None,
    group_facts: int | None = None,
    on_file: Callable[[Path], None] | None = None,
    workers: int = 1,
    vault: Vault | str | Path | None = None,
    readers: Readers | None = None,
) -> IngestReport:
    """Load every file under `paths` into `store` and report what was read and skipped.

    The reference knowledge base goes into a store that is still empty unless
    `reference` is False; a store keeps the choice made when it was built (`reference` None
    follows it, a contrary one is an error), so extraction never mixes both ways. Curated files and facts files are read first, in order, so their
    names anchor every document; documents are then read and extracted by `workers`
    processes (loaders/parallel.py) and written here, in file order, so any number of
    workers gives the same graph and the same report.

    Names resolve the same whatever this run has already written, so reading the same input
    once, twice or again after a crash gives the same graph. They are decided up front:
    1. every curated file's entities are declared, against the names stored before the run;
    2. curated files load against those names (so they may refer to each other's entities,
       in any order);
    3. documents load against the names stored before the run plus the curated entities
       this run wrote: a fixed index, whatever was read or written before a document.

    Protected persons are pseudonymised here, before anything is written; who they are goes
    to `vault` (default: the store's, settings.resolve_vault), see docs/privacy.md. Names
    are indexed as they were before pseudonymisation (a protected person under the key it
    would have had), so resolution does not depend on what is pseudonymised either.

    Files are written in groups of about `group_facts` facts (default: LGRAPH_GROUP_FACTS,
    else settings.DEFAULT_GROUP_FACTS), each committed whole; the graph does not depend on
    the grouping.

    `readers` are worker processes started for this run before the store opened
    (Readers.start(workers, documents), closed by the caller); else ingest starts them.
    """
    group_facts = resolve_group_facts(group_facts)
    report = IngestReport()
    anchoring, documents = anchoring_first(collect_files(paths, report))
    # The pool's processes start up now, while this one prepares the run alone.
    with contextlib.ExitStack() as stack:
        if readers is None:
            readers = Readers.start(workers, len(documents))
            if readers is not None:
                stack.enter_context(readers)
        return _ingest(store, report, anchoring, documents, reference, context, group_facts,
                       on_file, workers, vault, readers)  # fmt: skip


def _ingest(
    store: Store,
    report: IngestReport,
    anchoring: list[Path],
    documents: list[Path],
    reference: bool | None,
    context: LoadContext | None,
    group_facts: int,
    on_file: Callable[[Path], None] | None,
    workers: int,
    vault: Vault | str | Path | None,
    readers: Readers | None,
) -> IngestReport:
    from liability_graph.loaders import curated
    from liability_graph.loaders.parallel import load_file, load_files

    empty = store.is_empty()
    reference = reference_mode(store, reference, empty)
    context = context or LoadContext(ontology=store.ontology, reference=reference)
    vault = vault if isinstance(vault, Vault) else Vault.for_store(store, vault)
    check_vault(store, vault)
    protector = Protector(vault)
    if empty:
        vault.secret  # noqa: B018 - a new store gets its vault now, even before any victim
    repair = RepairMark(vault, store, empty)  # open while stored text may name a later victim
    if reference and (empty or store.unfinished("reference")):
        report.summary = load_reference(store, context, protector, repair)
        report.reference_loaded = True
    context.names.merge(NameIndex.from_store(store))
    protector.add_names_to(context.names)  # the real names the store no longer holds
    protector.know_index(context.names)
    known = context.names.copy()  # the names stored before this run
    resolver = context.resolver or Resolver(NameIndex(), load_distinct(store))

    # 1. The names curated files define, declared before any file is loaded; their
    #    protected persons are known from here on, before anything of theirs is written.
    declared = known.copy()
    declaring = replace(context, names=declared, resolver=resolver.over(declared))
    declaring.declare_only = True
    for path in anchoring:
        loader = loader_for(path)
        if loader is not None and loader.__module__ == curated.__name__:
            with contextlib.suppress(LiabilityGraphError, OSError, ValueError, RecursionError):
                protector.discover(declaring.resolver.resolve_facts(loader(path, declaring)))

    # 2. Curated and facts files, against the declared names.
    context.names, context.resolver = declared, resolver.over(declared)
    # Flushed here, per group of files; a document read again from the same file or URL
    # with other content replaces its earlier version in the same batch.
    writer = store.writer(batch_size=10**12, replace_documents=True)
    run = _Run(writer, report, group_facts, context, on_file, protector, repair)
    for path in anchoring:
        if is_facts_file(path):
            run.add_facts_file(path)
        else:
            run.add(load_file(path, context))
    run.write()

    # 3. Documents, against the names known before the run and the anchors it wrote.
    names = known.copy()
    for fact in run.written:
        if isinstance(fact, Entity) and fact.is_anchor:
            protector.index_anchor(fact, names)
    context.names, context.resolver = names, resolver.over(names)
    run.left = len(documents)
    with _collected_per_group():
        for loaded in load_files(documents, context, workers, readers):
            run.add(loaded)
        run.write()
    report.summary = _combine(report.summary, writer.summary)
    # Persons protected after some of this run (or of a run that died) was written may be
    # named in what was stored: rewrite it now.
    late = repair.late_tokens()
    if needs_repair(store, protector, late):
        repaired = repair_store(store, protector, late)
        report.summary = _as_if_known(report.summary, repaired)
    repair.close()
    for item in report.skipped:  # errors may quote a file: never a protected person's name
        item.reason = protector.redact_text(item.reason, given=True) or item.reason
    report.review_flagged = len(context.resolver.flagged)
    return report


@contextlib.contextmanager
def _collected_per_group() -> Iterator[None]:
    """Collect cyclic garbage once per group written (_Run.write), not as facts come in.

    Documents' facts arrive by the hundred thousand (none in cycles) and live until their
    group is written, so the collector walked them again and again while they arrived: 0.7 s
    of the writing process's 11 s on 2,000 generated articles with 2 workers. What the run
    held before (name index, vault, ontology) is frozen out of the walks, and thawed after."""
    if not gc.isenabled():
        yield
        return
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def anchoring_first(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """Curated and facts files (whose names anchor documents), then everything else."""
    from liability_graph.loaders import curated

    anchoring, documents = [], []
    for path in files:
        loader = loader_for(path)
        is_curated = loader is not None and loader.__module__ == curated.__name__
        (anchoring if is_curated or is_facts_file(path) else documents).append(path)
    return anchoring, documents


class _Run:
    """The writing side of one ingest: files' facts grouped and written in order."""

    def __init__(self, writer, report, group_facts, context, on_file, protector, repair) -> None:
        self.writer, self.report, self.group_facts = writer, report, group_facts
        self.context, self.on_file = context, on_file
        self.protector: Protector = protector
        self.repair: RepairMark = repair
        self.group: list[tuple[Path, list[Fact]]] = []
        self.pending = 0
        #: The anchors (curated entities) of every file written so far, as read (before
        #: pseudonymisation): documents resolve against them.
        self.written: list[Entity] = []
        #: Documents still to come after the one added (set for the run's documents).
        self.left: int | None = None

    def add(self, loaded) -> None:
        if self.on_file is not None:
            self.on_file(loaded.path)
        if self.left is not None:
            self.left -= 1
        if loaded.facts is None:
            self.report.skipped.extend(
                Skipped(str(loaded.path), r, ln) for ln, r in loaded.problems
            )
            return
        self._append(loaded.path, loaded.facts)

    def add_facts_file(self, path: Path) -> None:
        """A facts file (loaders/factsfile.py): each source in it counts as a file read."""
        if self.on_file is not None:
            self.on_file(path)
        try:
            for record in read_facts_file(path):
                if record.skipped:
                    self.report.skipped.extend(
                        Skipped(record.source, reason, line) for line, reason in record.skipped
                    )
                    continue
                if self.protector.foreign(record.facts):
                    self.report.skipped.append(Skipped(record.source, FOREIGN, record.line))
                    continue
                self._append(Path(record.source), record.facts)
        except LiabilityGraphError as exc:
            self.report.skipped.extend(_skip_reasons(path, exc))

    def _append(self, path: Path, facts: list[Fact]) -> None:
        self.protector.discover(facts)  # a group's protected persons are known before writing
        for fact in facts:
            if isinstance(fact, Entity) and fact.is_anchor:
                # curated names anchor later files; extracted do not
                self.protector.index_anchor(fact, self.context.names)
        self.group.append((path, facts))
        self.pending += len(facts)
        if self.pending >= self.group_facts:
            self.write()

    def write(self) -> None:
        """Pseudonymise the group (privacy/protect.py), write the vault's records first, so
        the store never holds a pseudonym the vault cannot reveal, then the group."""
        if not self.group:
            return
        with gc_paused():  # a group's facts live until it is written: nothing to collect
            protected = [(path, self.protector.protect(facts)) for path, facts in self.group]
            self.protector.vault.flush()
            self.repair.open()
            self.repair.catch_up(self.writer.store, self.protector)
            for index in _write_group(self.writer, protected, self.report):
                self.written.extend(  # only what later files need: the anchors, as read
                    f for f in self.group[index][1] if isinstance(f, Entity) and f.is_anchor
                )
        if self._last_two_groups_next(len(self.group), self.pending):
            self.writer.store.checkpoint()
            self.left = None  # once
        self.group, self.pending = [], 0
        del protected
        if not gc.isenabled():  # collection waits for the groups (_collected_per_group)
            gc.collect()

    def _last_two_groups_next(self, documents: int, facts: int) -> bool:
        """Whether the documents left fit in two more groups (at this group's facts per
        document). The store then checkpoints now, while the workers still read: the last
        group is written after they have read every document, by this process alone, and a
        checkpoint there (or just before it) costs about what writing the group does, since
        a checkpoint rewrites the tables it touches whole. Emptied here, the store has room
        for what the last two groups COPY (UNCHECKED_TABLES; at 5,000 bench articles 8
        tables each) and checkpoints them at its close only. Checkpointing before the last
        group instead came after the workers had read the last group, while this process
        still wrote the one before. Decided by position, so any number of workers
        checkpoints at the same place."""
        return self.left is not None and 0 < self.left * facts <= 2 * self.group_facts * documents


def _write_group(writer, group: list[tuple[Path, list[Fact]]], report: IngestReport) -> list[int]:
    """Write a group of files' facts at once, or file by file if that fails; return the
    positions in `group` of the files written."""
    if not group:
        return []
    try:
        _add(writer, [fact for _, facts in group for fact in facts])
        writer.flush()
        report.documents_read += len(group)
        return list(range(len(group)))
    except LiabilityGraphError:
        writer.discard()
    # isolate the file that cannot be written
    return [
        i for i, (path, facts) in enumerate(group) if _retry_single(writer, path, facts, report)
    ]


def _retry_single(writer, path: Path, facts: list[Fact], report: IngestReport) -> bool:
    try:
        _add(writer, facts)
        writer.flush()
        report.documents_read += 1
        return True
    except LiabilityGraphError as exc:
        writer.discard()
        report.skipped.extend(_skip_reasons(path, exc))
        return False


def _add(writer, facts: list[Fact]) -> None:
    for fact in facts:
        if isinstance(fact, Relationship):
            writer.add_relationship(fact)
        elif isinstance(fact, Document):
            writer.add_document(fact)
        else:
            writer.add_entity(fact)


def _as_if_known(summary: WriteSummary, repaired: RepairSummary) -> WriteSummary:
    """Count what a late victim's repair merged as a run that knew her would have: an entity
    written once, a relationship added once and then updated (the same report whatever the
    vault knew before the run, with one worker or several)."""
    merged_rels = min(repaired.relationships_merged, summary.relationships_added)
    return replace(
        summary,
        entities_added=summary.entities_added
        - min(repaired.entities_merged, summary.entities_added),
        relationships_added=summary.relationships_added - merged_rels,
        relationships_updated=summary.relationships_updated + merged_rels,
    )


def _combine(a: WriteSummary, b: WriteSummary) -> WriteSummary:
    return WriteSummary(*(getattr(a, f.name) + getattr(b, f.name) for f in fields(WriteSummary)))
