"""One exception tree for the whole library, so the CLI can catch one root and print a hint."""

from __future__ import annotations


class LiabilityGraphError(Exception):
    """Root of every error the library raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class OntologyError(LiabilityGraphError):
    """The ontology file is invalid, or a fact does not fit it."""

    hint = "Check the type names against `lgraph ontology` (or the README's ontology section)."


class InputError(LiabilityGraphError):
    """A source file cannot be read or does not follow its format; names the file and line."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}", hint=hint)


class StoreError(LiabilityGraphError):
    """The store cannot be opened, read or written."""

    hint = "Check --store / LGRAPH_STORE, or the NEO4J_* variables for a Neo4j store."


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only path (e.g. `lgraph cypher`)."""

    hint = "`lgraph cypher` only reads; change the graph with `lgraph ingest`."


class NotFoundError(LiabilityGraphError):
    """A named entity, query or file does not exist."""
