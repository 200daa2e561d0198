"""Extraction past one machine, on Dask: the map step as a `dask.bag`, facts files out.

Needs the `dask` extra (`pip install 'liability-graph[dask]'`). The map step reads and
extracts documents, or article records, on the cluster's workers and writes one facts file
per partition (docs/facts-format.md) into a folder every worker can write to; the reduce
step is an ordinary ingest of those files, typically into the team's Neo4j::

    from dask.distributed import Client
    from liability_graph.distributed import map_files, reduce_into
    from liability_graph.graph.store import open_store

    client = Client("tcp://scheduler:8786")          # or LocalCluster() on one machine
    with open_store("neo4j://graph.example.org", read_only=True) as team:
        parts = map_files(["/data/archive"], "/shared/facts", names_from=team)
    with open_store("neo4j://graph.example.org") as team:
        report = reduce_into(team, parts)

Names are fixed before the map starts: the store's anchors (or the reference knowledge
base) plus the curated files among the inputs, which the driver reads first and writes as
the first part. Partitions are consecutive runs of the files in path order, so reducing the
parts in order replays the sequence a direct `lgraph ingest` would write.

Protected persons (docs/privacy.md) are pseudonymised in the parts, here on the driver, with
the vault (`vault=`, else that of `names_from`, else the default store's): the vault never
goes to the workers, and until the map step returns, its parts hold what the documents say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from liability_graph.graph.store import Store
from liability_graph.loaders.base import Fact
from liability_graph.loaders.factsfile import FactsWriter
from liability_graph.loaders.ingest import IngestReport, anchoring_first, collect_files, ingest
from liability_graph.loaders.mapstep import extract_facts, names_context
from liability_graph.loaders.parallel import Loaded, _WorkerSetup, load_file, worker_context
from liability_graph.privacy.factsfiles import pseudonymise_parts
from liability_graph.privacy.protect import Protector
from liability_graph.privacy.vault import Vault

PART_NAME = "facts-{:05d}.jsonl"


def _bag():
    try:
        import dask.bag
    except ImportError:  # pragma: no cover - exercised without the extra
        from liability_graph.errors import LiabilityGraphError

        raise LiabilityGraphError(
            "liability_graph.distributed needs Dask", hint="pip install 'liability-graph[dask]'"
        ) from None
    return dask.bag


def _setup(context) -> _WorkerSetup:
    resolver = context.resolver
    return _WorkerSetup(
        context.ontology,
        context.names,
        resolver._distinct,
        resolver.merge_threshold,
        resolver.review_threshold,
        context.reference,
    )


def map_files(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    names_from: Store | None = None,
    partitions: int | None = None,
    vault: Any = None,
    **compute: Any,
) -> list[Path]:
    """Extract every file under `paths` on the cluster; returns the facts files, in order.

    The files are listed (and curated files read) here; documents are spread over
    `partitions` (default: about 100 documents each). `compute` goes to `Bag.compute`
    (e.g. `scheduler=`); with none, the active `dask.distributed` client is used.
    """
    bag = _bag()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    context, label = names_context(names_from)
    anchoring, documents = anchoring_first(collect_files(paths, IngestReport()))
    first = out / PART_NAME.format(0)
    protector = _protector(names_from, vault, context)
    with _partial(first) as stream:  # curated files: read here, their names go to every worker
        extract_facts(anchoring, stream, context, names_label=label)
    if not documents:
        return pseudonymise_parts([first], protector)
    count = partitions or max(1, min(len(documents), -(-len(documents) // 100)))
    chunks = bag.from_sequence([str(p) for p in documents], npartitions=count)
    parts = _run_partitions(chunks, _map_files_partition, context, out, label, compute)
    return pseudonymise_parts([first, *parts], protector)


def map_records(
    records: Any,
    out_dir: str | Path,
    *,
    names_from: Store | None = None,
    partitions: int | None = None,
    name: str = "records",
    vault: Any = None,
    **compute: Any,
) -> list[Path]:
    """Extract article records (`{title, text, url, published, language, author}` dicts),
    given as a `dask.bag.Bag` or any sequence; returns the facts files, in order.

    A record's source is its `url`, else its `id`, else NAME#PARTITION:INDEX.
    """
    bag = _bag()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    context, label = names_context(names_from)
    if not isinstance(records, bag.Bag):
        records = list(records)
        count = partitions or max(1, min(len(records), -(-len(records) // 100)))
        records = bag.from_sequence(records, npartitions=count)
    protector = _protector(names_from, vault, context)
    parts = _run_partitions(records, _map_records_partition, context, out, label, compute, name)
    return pseudonymise_parts(parts, protector)


def _protector(names_from: Store | None, vault: Any, context) -> Protector:
    """The pseudonymiser of the parts: `vault` (a Vault or a path), else the vault of
    `names_from`, else that of the default store (settings.resolve_vault)."""
    from liability_graph.settings import resolve_store, resolve_vault

    if not isinstance(vault, Vault):
        if names_from is not None:
            vault = Vault.for_store(names_from, vault)
        else:
            vault = Vault(resolve_vault(resolve_store(None), vault))
    protector = Protector(vault)
    protector.add_names_to(context.names)  # as ingest: the real names the store lost
    return protector


def _run_partitions(chunks, function, context, out: Path, label: str, compute: dict, *args):
    """Run `function` on each partition with its number (parts are named by it)."""
    import dask

    setup = dask.delayed(_setup(context), traverse=False)  # sent once, shared by the tasks
    offset = 1 if function is _map_files_partition else 0  # part 0: the driver's curated files
    tasks = [
        dask.delayed(function)(chunk, number + offset, setup, str(out), label, *args)
        for number, chunk in enumerate(chunks.to_delayed())
    ]
    return [Path(path) for path in dask.compute(*tasks, **compute)]


def reduce_into(
    store: Store, parts: Sequence[str | Path] | str | Path, **options: Any
) -> IngestReport:
    """The reduce step: ingest the facts files (a list, or a folder of them) in order."""
    if isinstance(parts, (str, Path)) and Path(parts).is_dir():
        parts = sorted(Path(parts).glob("facts-*.jsonl"))
    elif isinstance(parts, (str, Path)):
        parts = [parts]
    return ingest(store, [Path(p) for p in parts], **options)


# -- on the workers -----------------------------------------------------------------------


class _partial:
    """Write `path` through PATH.partial, renamed when complete: a part is whole or absent."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")

    def __enter__(self):
        self.stream = self.partial.open("wb")
        return self.stream

    def __exit__(self, exc_type, *exc: object) -> None:
        self.stream.close()
        if exc_type is None:
            self.partial.replace(self.path)
        else:
            self.partial.unlink(missing_ok=True)


def _write_part(
    out: Path, number: int, label: str, ontology_version: Any, loaded: Iterable[Loaded]
) -> str:
    path = out / PART_NAME.format(number)
    with _partial(path) as stream:
        writer = FactsWriter(stream, ontology_version=ontology_version, names=label)
        for item in loaded:
            if item.facts is None:
                writer.skip(item.name, item.problems)
            else:
                writer.write(item.name, item.facts)
    return str(path)


def _map_files_partition(
    paths: list[str], number: int, setup: _WorkerSetup, out: str, label: str
) -> str:
    context = worker_context(setup)
    loaded = (load_file(Path(p), context) for p in paths)
    return _write_part(Path(out), number, label, setup.ontology.version, loaded)


def _map_records_partition(
    records: list[Any], number: int, setup: _WorkerSetup, out: str, label: str, name: str
) -> str:
    context = worker_context(setup)
    loaded = (
        _record_facts(record, f"{name}#{number}:{index}", context)
        for index, record in enumerate(records)
    )
    return _write_part(Path(out), number, label, setup.ontology.version, loaded)


def _record_facts(record: Any, fallback: str, context) -> Loaded:
    from liability_graph.errors import LiabilityGraphError
    from liability_graph.loaders.documents import article_text, document_facts

    source = fallback
    if isinstance(record, dict):
        source = str(record.get("url") or record.get("id") or fallback)
    try:
        facts: list[Fact] = document_facts(
            article_text(record, source=source, where=source), context
        )
        facts = context.resolver.resolve_facts(facts)
    except LiabilityGraphError as exc:
        return Loaded(
            Path(fallback), problems=[(getattr(exc, "line", None), str(exc))], source=source
        )
    return Loaded(Path(fallback), facts, source=source)
