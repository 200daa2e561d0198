"""Reading and extracting files, in this process or in a pool of worker processes.

`lgraph ingest --workers N` reads and extracts documents in N processes while this one
writes. That is plain data parallelism: once the run's names are fixed (the store's
anchors, the reference knowledge base and the curated files, which ingest reads first),
what a document yields depends on that document alone. Results come back in the order of
the files, so the writer sees the very sequence a one-worker run sees: the graph, the
summary and the report are the same whatever the number of workers.

Workers ignore Ctrl-C; the main process stops them, so a run interrupted there leaves the
store as the last committed batch left it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from liability_graph.errors import InputError, LiabilityGraphError
from liability_graph.graph.model import normalize_name
from liability_graph.graph.ontology import Ontology
from liability_graph.loaders.base import Fact, LoadContext, loader_for, supported_extensions
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.resolution import Flagged, Resolver

#: Fewer documents than this are read in this process: starting workers (each imports the
#: extractor and builds its gazetteer) would cost more than it saves.
MIN_POOL_FILES = 64
#: Files in one task handed to the pool: each task costs a round trip through the pool's
#: queues and threads, so a few documents share one.
TASK_FILES = 4
#: Files handed to the pool ahead of the one being written, per worker, and at most. The
#: main process writes a group of files at a time (settings.DEFAULT_GROUP_FACTS: about 1,500
#: bench articles, 3 to 5 s of writing). The workers must be able to read on through that
#: write, or they wait for the writer and it for them: with 8 per worker, 2 workers on 2
#: cores gave 1.1x one; with 400, the worker still ran dry in each group write (a reader
#: reads about 170 articles/s). A result pickles to about 9 KB; the run's peak memory did not
#: grow (bench/ingest.py, 2 workers: 1.17 GB with 400, 1.13 GB with 1,500). Past
#: AHEAD_MOST_FILES, with more workers, the writer is the slower side: a longer queue would
#: only hold more results in memory.
AHEAD_PER_WORKER = 1500
AHEAD_MOST_FILES = 6000


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Loaded:
    """One file read: its facts, or the reasons it was skipped, and the names it left for review."""

    path: Path
    facts: list[Fact] | None = None
    #: (line, reason) pairs; a file with any is skipped whole.
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    flagged: list[Flagged] = field(default_factory=list)
    #: What to call the source when it is not a file (an article record's URL).
    source: str | None = None

    @property
    def name(self) -> str:
        return self.source or str(self.path)


def load_file(path: Path, context: LoadContext) -> Loaded:
    """Read one file with its loader and resolve its names; never raises for bad input."""
    loader = loader_for(path)
    if loader is None:
        known = ", ".join(supported_extensions())
        return Loaded(path, problems=[(None, f"unsupported file type (supported: {known})")])
    resolver = context.resolver
    before = len(resolver.flagged) if resolver is not None else 0
    try:
        facts = loader(path, context)
        if resolver is not None:
            facts = resolver.resolve_facts(facts)
    except LiabilityGraphError as exc:
        return Loaded(path, problems=_problems(exc))
    except (OSError, ValueError, RecursionError) as exc:
        return Loaded(path, problems=[(None, f"cannot be read: {exc}")])
    flagged = list(resolver.flagged[before:]) if resolver is not None else []
    return Loaded(path, facts, flagged=flagged)


def _problems(exc: LiabilityGraphError) -> list[tuple[int | None, str]]:
    from liability_graph.loaders.curated import FileErrors

    if isinstance(exc, FileErrors):
        return [(e.line, e.reason) for e in exc.errors]
    if isinstance(exc, InputError):
        return [(exc.line, exc.reason)]
    return [(None, str(exc))]


def load_files(
    paths: Iterable[Path], context: LoadContext, workers: int = 1, readers: Readers | None = None
) -> Iterator[Loaded]:
    """Load each file, in order. With `workers` > 1, in that many processes: this one and a
    pool of `workers` - 1, which all read with the context's ontology, names and review
    decisions as they are now (they are not updated while the pool runs: load anchoring files
    before).

    This process writes what is read (the caller's loop), and whenever the next result is
    not ready it reads a task that no worker has taken yet, the first one queued, itself. So
    `workers` processes keep `workers` cores busy, and only the documents that workers read
    cross the pool's queues (pickling every result cost 1.7 ms per 4 KB article in a pool of
    `workers` readers beside a writer that mostly waited).

    `readers` (Readers.start) are the pool's processes started before the run's names were
    fixed, so they have started up while this process did its own start-up alone; without
    them the pool starts here."""
    paths = list(paths)
    if workers <= 1 or len(paths) < max(2, MIN_POOL_FILES):
        for path in paths:
            yield load_file(path, context)
        return
    resolver = context.resolver
    setup = _WorkerSetup(
        context.ontology,
        context.names,
        getattr(resolver, "_distinct", {}),
        getattr(resolver, "merge_threshold", None),
        getattr(resolver, "review_threshold", None),
        context.reference,
    )
    # Read here as a worker reads: its own resolver (flagged pairs are counted as workers'
    # are) over a copy of the names, which the caller may go on adding anchors to.
    local = worker_context(replace(setup, names=setup.names.copy()))
    seen = FlaggedSet(resolver.flagged if resolver is not None else [])
    own = readers is None
    if readers is None:
        readers = Readers(min(workers - 1, len(paths)))
    readers.give(setup)
    pool = readers.executor
    tasks: deque[_Task] = deque()
    chunks = (paths[i : i + TASK_FILES] for i in range(0, len(paths), TASK_FILES))
    ahead = max(2, min(workers * AHEAD_PER_WORKER, AHEAD_MOST_FILES) // TASK_FILES)
    try:
        for chunk in chunks:
            tasks.append(_Task(chunk, pool.submit(_load_in_worker, chunk)))
            if len(tasks) >= ahead:
                break
        while tasks:
            task = tasks[0]
            while task.loaded is None and not task.future.done() and _read_one_here(tasks, local):
                pass
            loaded = task.loaded if task.loaded is not None else task.future.result()
            tasks.popleft()
            chunk = next(chunks, None)
            if chunk is not None:
                tasks.append(_Task(chunk, pool.submit(_load_in_worker, chunk)))
            for one in loaded:
                if resolver is not None:
                    resolver.flagged.extend(seen.new(one.flagged))
                yield one
    finally:
        for task in tasks:
            task.future.cancel()
        if own:
            readers.close()


class Readers:
    """The pool's worker processes (`processes` of them), started and warmed up (the
    extractor imported, _warm_up) before they are given the names to read with (give).

    Started at the beginning of a run (ingest), a worker starts up (spawn, imports, the
    extractor's modules: 0.49 CPU s, pure Python) while the writing process fixes the run's
    names, on a core that would otherwise idle; started when the documents are read, it did
    so beside this process reading alone. A worker takes its names from a queue at its
    first task, so the pool never waits for them before it starts."""

    def __init__(self, processes: int) -> None:
        spawn = multiprocessing.get_context("spawn")
        self.processes = max(1, processes)
        self._setups = spawn.SimpleQueue()
        self._given = False
        self.executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=spawn,
            initializer=_start_worker,
            initargs=(self._setups,),
        )
        # The pool starts a process for each task it cannot place: one warm-up per process.
        self.warming = [self.executor.submit(_warm_up) for _ in range(self.processes)]

    @classmethod
    def start(cls, workers: int, files: int) -> Readers | None:
        """The readers load_files(…, workers) will use for `files` documents, or None if it
        reads them in this process."""
        if workers <= 1 or files < max(2, MIN_POOL_FILES):
            return None
        return cls(min(workers - 1, files))

    def give(self, setup: _WorkerSetup) -> None:
        """The names and decisions to read with: each worker takes one copy, before its
        first task (once; a pool is read with one set of names)."""
        if self._given:
            raise ValueError("these readers were given their names already")
        self._given = True
        for _ in range(self.processes):
            self._setups.put(setup)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _Task:
    """Files handed to the pool together; `loaded` is set when this process read them."""

    paths: list[Path]
    future: Future
    loaded: list[Loaded] | None = None


def _read_one_here(tasks: deque[_Task], context: LoadContext) -> bool:
    """Read the first queued task no worker has started, here; False if there is none.

    The first, not the last: what this process reads is then written soon, and the pool
    keeps the rest of the queue to read while this process writes a group. Read from the
    end of the queue, the last files of a run were read early here and then waited to be
    written, alone, after the pool had read everything else (at 5,000 bench articles, the
    last two groups, 2,100 documents), and the pool ran out of unread tasks during writes
    (it read during 88% of its run, now 95%)."""
    for task in tasks:
        if task.loaded is None and task.future.cancel():
            task.loaded = [load_file(path, context) for path in task.paths]
            return True
    return False


class FlaggedSet:
    """Review pairs already counted, compared as the resolver compares them."""

    def __init__(self, flagged: Iterable[Flagged] = ()) -> None:
        self._seen = {self._key(item) for item in flagged}

    @staticmethod
    def _key(item: Flagged) -> tuple[str, str, str]:
        return (item.type, normalize_name(item.name), item.candidate)

    def new(self, flagged: Iterable[Flagged]) -> list[Flagged]:
        out = []
        for item in flagged:
            key = self._key(item)
            if key not in self._seen:
                self._seen.add(key)
                out.append(item)
        return out


# -- in the worker processes --------------------------------------------------------------


@dataclass
class _WorkerSetup:
    ontology: Ontology
    names: NameIndex
    distinct: Mapping[str, Iterable[str]]
    merge_threshold: float | None
    review_threshold: float | None
    #: Does the run use the reference knowledge base (False for `ingest --no-reference`)?
    reference: bool = True


_CONTEXT: LoadContext | None = None
#: Where a worker takes the names it reads with (Readers.give), at its first task.
_SETUPS = None


def worker_context(setup: _WorkerSetup) -> LoadContext:
    """The load context a worker reads with: the names and decisions of the run, fixed."""
    thresholds = {
        name: value
        for name, value in (
            ("merge_threshold", setup.merge_threshold),
            ("review_threshold", setup.review_threshold),
        )
        if value is not None
    }
    context = LoadContext(ontology=setup.ontology, names=setup.names, reference=setup.reference)
    context.resolver = Resolver(setup.names, setup.distinct, **thresholds)
    return context


#: Files a worker reads between two collections of cyclic garbage. Like the writing process
#: (ingest._collected_per_group), a worker reads with the collector off: its young
#: collections cost about 5% of reading. What the first task built (the extractor's
#: gazetteer and language packs) is frozen out of the collections.
COLLECT_FILES = 256
_READ_SINCE_COLLECT: int | None = None


def _start_worker(setups) -> None:
    global _SETUPS
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides when to stop
    _SETUPS = setups
    gc.disable()


def _warm_up() -> None:
    """Import what reading a document needs (the loaders and the extractor, whose modules
    compile their patterns as they load) before the names are known."""
    from liability_graph.loaders import documents

    documents._extractor("(warm-up)")


def _load_in_worker(paths: list[Path]) -> list[Loaded]:
    global _CONTEXT, _READ_SINCE_COLLECT
    if _CONTEXT is None:
        assert _SETUPS is not None, "worker not started"
        _CONTEXT = worker_context(_SETUPS.get())
    loaded = [load_file(path, _CONTEXT) for path in paths]
    if _READ_SINCE_COLLECT is None:  # the first task: what it built lives as long as we do
        gc.collect()
        gc.freeze()
        _READ_SINCE_COLLECT = 0
    _READ_SINCE_COLLECT += len(paths)
    if _READ_SINCE_COLLECT >= COLLECT_FILES:
        gc.collect()
        _READ_SINCE_COLLECT = 0
    return loaded
