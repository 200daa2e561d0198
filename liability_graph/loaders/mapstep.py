"""The map step: files -> a facts file, without writing any store (`lgraph extract`).

It reads exactly as `ingest` does (curated files first, their names anchoring the
documents; documents in a pool of workers), against a fixed set of names: a store's
anchors (`--names-from STORE`) or the reference knowledge base. The output depends on
the files and those names only, so it can run anywhere, in pieces, and `lgraph ingest
facts.jsonl` (the reduce step) builds the graph a direct ingest would have built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from liability_graph.graph.model import Entity
from liability_graph.graph.store import Store
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.factsfile import FactsWriter, is_facts_file, read_facts_file
from liability_graph.loaders.ingest import (
    IngestReport,
    Skipped,
    anchoring_first,
    collect_files,
    skipped_rows,
)
from liability_graph.loaders.names import NameIndex
from liability_graph.loaders.parallel import Loaded, load_file, load_files
from liability_graph.loaders.resolution import Resolver, load_distinct


@dataclass
class ExtractReport:
    sources: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    review_flagged: int = 0

    @property
    def ok(self) -> bool:
        return not self.skipped

    def as_dict(self) -> dict:
        return {
            "sources_written": self.sources,
            "sources_skipped": len({s.path for s in self.skipped}),
            "skipped": skipped_rows(self.skipped),
            "review_flagged": self.review_flagged,
        }


def names_context(store: Store | None = None) -> tuple[LoadContext, str]:
    """The context `ingest` would read with: a store's anchors and review decisions, or, with
    no store (or an empty one), the reference knowledge base. Also says where names came from."""
    if store is not None and not store.is_empty():
        names = NameIndex.from_store(store)
        # Extract as `ingest` into this store would: with or without the reference base.
        context = LoadContext(
            ontology=store.ontology, names=names, reference=store.holds_reference()
        )
        context.resolver = Resolver(names, load_distinct(store))
        return context, f"store {store!r}"
    from liability_graph.loaders.reference import reference_facts

    context = LoadContext() if store is None else LoadContext(ontology=store.ontology)
    reference_facts(context)
    context.resolver = Resolver(context.names)
    return context, "reference knowledge base"


def extract_facts(
    paths: Iterable[str | Path],
    output: IO[bytes],
    context: LoadContext,
    *,
    names_label: str,
    workers: int = 1,
    on_file: Callable[[Path], None] | None = None,
) -> ExtractReport:
    """Write the facts of every file under `paths` to `output` (a facts file)."""
    report = ExtractReport()
    pre = IngestReport()
    files = collect_files(paths, pre)
    report.skipped.extend(pre.skipped)
    writer = FactsWriter(output, ontology_version=context.ontology.version, names=names_label)
    anchoring, documents = anchoring_first(files)

    def emit(loaded: Loaded) -> None:
        if on_file is not None:
            on_file(loaded.path)
        source = loaded.name
        if loaded.facts is None:
            writer.skip(source, loaded.problems)
            report.skipped.extend(Skipped(source, r, ln) for ln, r in loaded.problems)
            return
        for fact in loaded.facts:
            if isinstance(fact, Entity) and fact.is_anchor:
                context.names.add(fact)  # as ingest: curated names anchor the documents
        writer.write(source, loaded.facts)

    for path in anchoring:
        if is_facts_file(path):
            for record in read_facts_file(path):
                if record.skipped:
                    writer.skip(record.source, record.skipped)
                    report.skipped.extend(Skipped(record.source, r, ln) for ln, r in record.skipped)
                else:
                    emit(Loaded(Path(record.source), record.facts, source=record.source))
        else:
            emit(load_file(path, context))
    for loaded in load_files(documents, context, workers):
        emit(loaded)
    report.sources = writer.sources
    report.review_flagged = len(context.resolver.flagged) if context.resolver else 0
    return report
