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


class QueryRefusedError(ReadOnlyError):
    """The read-only gate (graph/readonly.py) refused a query before any store ran it."""

    hint = (
        "Queries here only read: MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, "
        "SKIP, LIMIT and UNION, with the functions listed in liability_graph/graph/readonly.yaml. "
        "Change the graph with `lgraph ingest`."
    )


class VaultError(LiabilityGraphError):
    """The vault of protected identities is missing, unreadable or not private."""

    hint = "Point --vault or LGRAPH_VAULT at the vault written when the store was filled."


class NotFoundError(LiabilityGraphError):
    """A named entity, query or file does not exist."""


class FactReviewError(LiabilityGraphError):
    """A fact id or a review filter cannot be used (unknown, ambiguous, no decision to undo)."""

    hint = "`lgraph review facts` lists the facts with their ids (add --review rejected for gone ones)."


class AmbiguousNameError(NotFoundError):
    """A name fits several entities; `candidates` lists them (id, type, name)."""

    hint = "Give the entity id instead of the name."

    def __init__(
        self, message: str, *, candidates: list[dict] | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.candidates = candidates or []


class ParameterError(LiabilityGraphError):
    """A named query was given an unknown parameter, lacks a required one, or a bad value."""

    hint = "`lgraph queries` lists every query with its parameters and an example."


class CypherError(LiabilityGraphError):
    """Cypher the engine could not parse or bind; the message shows where."""

    hint = "See the README's 'Cypher on both stores' section for the dialect differences."


class ResolutionError(LiabilityGraphError):
    """A review decision cannot be applied (ambiguous name, incompatible types)."""

    hint = "Use the ids shown by `lgraph review`."


class FileErrors(InputError):
    """Several problems in one file; `errors` holds each, with its line."""

    def __init__(self, path: str, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} problem(s)", path=path)


class MissingExtra(InputError):
    """A package that reading or extraction needs is missing (a broken install)."""

    hint = "Reinstall: pip install --force-reinstall liability-graph"


class SelectionError(LiabilityGraphError):
    """An export selection names an unknown type, status or date."""

    hint = "See `lgraph ontology` for the node and relationship types and the statuses."


class OutputError(LiabilityGraphError):
    """An export cannot be written where it was asked to go."""

    hint = "Check the -o path: its folder must exist and be writable."


class HtmlExportError(LiabilityGraphError):
    """The HTML view cannot be built (vis-network is missing or not safe to inline)."""

    hint = "pip install 'liability-graph[html]'"
