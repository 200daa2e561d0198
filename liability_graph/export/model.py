"""The one export model every writer reads: which nodes and links go out, redacted once.

`ExportModel(store, selection, reveal_protected)` decides what an export contains (the whole
graph, a neighbourhood, the subgraph a named query returns, filtered by type, status and
dates) and applies the privacy layer exactly once, here. The store holds only pseudonyms of
protected persons (ingest pseudonymised them, docs/privacy.md), so by default nothing needs
hiding; with `reveal_protected` the vault's Revealer (export/privacy.py) restores their
names in every text that leaves the store (quotes, titles, descriptions, property values).
Writers (JSON, HTML, GraphML, GEXF, CSV, Cypher, FtM) only format what `nodes()` and
`links()` yield, so every writer shows the same thing.

The whole graph streams from the store (memory stays flat); a selection first reads the
relationships' endpoints once to decide which keys go out, then streams again.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from liability_graph.errors import OntologyError, SelectionError
from liability_graph.export.privacy import Revealer, revealer_for
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.graph.ontology import normalize_date
from liability_graph.graph.store import Store

GENERATOR = "liability-graph"
_REL_KEY = re.compile(r"^(?P<source>\w+:.+?)-(?P<type>[A-Z][A-Z_]*)->(?P<target>\w+:.+)$")


def protected_redactor(store: Store, reveal: bool = False) -> Revealer:
    """The privacy layer for a store: nothing to do, or the names back from its vault."""
    return revealer_for(store, reveal)


# -- what to include --------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What an export contains. The default is everything.

    - `around` + `hops`: the entities within `hops` relationships of one entity (by name,
      alias or id), in either direction;
    - `query` + `params`: the entities (and relationships) a named query returns, with the
      relationships among them unless the query returns relationships itself;
    - `types`: node and/or relationship type names to keep (node types keep those nodes,
      relationship types keep those links; naming none of a kind keeps every one);
    - `statuses`: keep links with one of these statuses;
    - `since` / `until`: keep links whose dates overlap that period (partial ISO dates;
      a link without any date is left out when either is given);
    - `documents`: keep Document nodes (and so MENTIONS links).
    """

    around: str | None = None
    hops: int = 1
    query: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    documents: bool = True

    def describe(self) -> dict[str, Any]:
        """The selection as plain data, for the export's metadata (empty when everything)."""
        out: dict[str, Any] = {}
        if self.around:
            out.update(around=self.around, hops=self.hops)
        if self.query:
            out.update(query=self.query, params=dict(self.params))
        for name in ("types", "statuses"):
            if getattr(self, name):
                out[name] = list(getattr(self, name))
        for name in ("since", "until"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if not self.documents:
            out["documents"] = False
        return out

    @property
    def filters_links(self) -> bool:
        return bool(self.statuses or self.since or self.until)


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day a partial ISO date covers: "2018" -> 2018-01-01, 2018-12-31."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"  # compared as text: -31 ends every month
    return value, value


def link_span(rel: Relationship) -> tuple[str, str] | None:
    """The period a relationship is dated to: its own dates, else its evidence's dates."""
    dates = [d for d in (rel.date_on, rel.date_from, rel.date_to) if d]
    if not dates:
        dates = [e.date for e in rel.evidence if e.date]
    bounds = [b for b in (date_bounds(d) for d in dates) if b]
    if not bounds:
        return None
    return min(lo for lo, _ in bounds), max(hi for _, hi in bounds)


# -- what goes out ----------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    """What an evidence item shows of its document: title, address and date."""

    key: str
    title: str
    url: str | None = None
    published: str | None = None


@dataclass
class ExportNode:
    """One node as it leaves the store: an Entity, already redacted."""

    entity: Entity

    @property
    def id(self) -> str:
        return self.entity.key

    @property
    def type(self) -> str:
        return self.entity.type

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def aliases(self) -> list[str]:
        return self.entity.aliases

    def properties(self) -> dict[str, Any]:
        """Description, sources and the type's properties, without empty values."""
        props: dict[str, Any] = {
            "description": self.entity.description,
            "sources": self.entity.sources,
        }
        props.update(self.entity.properties)
        return {k: v for k, v in props.items() if v not in (None, [], "")}


@dataclass
class ExportLink:
    """One relationship as it leaves the store, redacted, with its documents at hand."""

    rel: Relationship
    documents: dict[str, DocumentInfo]

    @property
    def key(self) -> str:
        return self.rel.key

    @property
    def source(self) -> str:
        return self.rel.source

    @property
    def target(self) -> str:
        return self.rel.target

    @property
    def type(self) -> str:
        return self.rel.type

    @property
    def status(self) -> str:
        return self.rel.status

    @property
    def evidence(self) -> list[Evidence]:
        return self.rel.evidence

    def properties(self) -> dict[str, Any]:
        """Status, dates and the type's properties, without empty values."""
        props: dict[str, Any] = {
            "status": self.rel.status,
            "date_on": self.rel.date_on,
            "date_from": self.rel.date_from,
            "date_to": self.rel.date_to,
            "confirmed": self.rel.confirmed,
        }
        props.update(self.rel.properties)
        return {k: v for k, v in props.items() if v is not None}

    def document(self, item: Evidence) -> DocumentInfo | None:
        return self.documents.get(item.document)

    def evidence_records(self) -> list[dict[str, Any]]:
        """Each evidence item as a dict, with its document's title, url and publication date."""
        records = []
        for item in self.rel.evidence:
            record = item.to_dict()
            doc = self.document(item)
            record["title"] = doc.title if doc else None
            record["url"] = doc.url if doc else None
            record["published"] = doc.published if doc else None
            records.append(record)
        return records

    def span(self) -> tuple[str, str] | None:
        return link_span(self.rel)


class ExportModel:
    """Nodes and links of one export, redacted once; iterate `nodes()` then `links()`."""

    def __init__(
        self,
        store: Store,
        selection: Selection | None = None,
        *,
        reveal_protected: bool = False,
    ) -> None:
        self.store = store
        self.ontology = store.ontology
        self.selection = selection or Selection()
        self.reveal_protected = reveal_protected
        self._check_selection()
        # The privacy layer, applied here and nowhere else in the export path.
        self._redactor = protected_redactor(store, reveal_protected)

    # -- metadata ----------------------------------------------------------------------
    @cached_property
    def totals(self) -> dict[str, int]:
        """Node and relationship counts of the whole graph, for "shown of whole"."""
        counts = self.store.counts()
        return {
            "nodes": sum(counts["nodes"].values()),
            "links": sum(counts["relationships"].values()),
        }

    def meta(self) -> dict[str, Any]:
        """Graph-level attributes every writer records (deterministic: no clock)."""
        return {
            "generator": GENERATOR,
            "protected_revealed": self.reveal_protected,
            "selection": self.selection.describe(),
            "graph_nodes": self.totals["nodes"],
            "graph_links": self.totals["links"],
        }

    @cached_property
    def documents(self) -> dict[str, DocumentInfo]:
        """Every stored document, by key, with its title redacted (for evidence)."""
        docs = {}
        for entity in self.store.iter_entities("Document"):
            props = entity.properties
            title = self._text(props.get("title") or entity.name) or entity.key
            docs[entity.key] = DocumentInfo(
                entity.key, title, props.get("url"), props.get("published")
            )
        return docs

    # -- the content -------------------------------------------------------------------
    def nodes(self) -> Iterator[ExportNode]:
        """Selected entities, in a stable order (by type, then key), redacted."""
        keys = self._selected[0]
        for type_name in self._node_types():
            for entity in self.store.iter_entities(type_name):
                if keys is None or entity.key in keys:
                    yield ExportNode(self._entity(entity))

    def links(self) -> Iterator[ExportLink]:
        """Selected relationships, in a stable order (by type, then key), redacted."""
        keys = self._selected[1]
        docs = self.documents
        for type_name in self._link_types():
            for rel in self.store.iter_relationships(type_name):
                if keys is None or rel.key in keys:
                    yield ExportLink(self._relationship(rel), docs)

    def public_key(self, key: str) -> str:
        """The key an entity has in exports: its stored key (a protected person's is opaque
        already, and stays so when revealing: keys are how the graph is queried)."""
        return key

    # -- redaction ---------------------------------------------------------------------
    def _text(self, value: Any) -> Any:
        if isinstance(value, str):
            return self._redactor.text(value)
        if isinstance(value, list):
            return [self._text(v) for v in value]
        return value

    def _entity(self, entity: Entity) -> Entity:
        shown = self._redactor.entity(entity)
        return Entity(
            type=shown.type,
            name=self._text(shown.name),
            aliases=[self._text(a) for a in shown.aliases],
            description=self._text(shown.description),
            properties={k: self._text(v) for k, v in shown.properties.items()},
            sources=[self._text(s) for s in shown.sources],
            key=self.public_key(shown.key),
            distinct_from=[self.public_key(k) for k in shown.distinct_from],
            origin=shown.origin,
        )

    def _relationship(self, rel: Relationship) -> Relationship:
        evidence = [self._evidence(e) for e in rel.evidence]
        return Relationship(
            rel.type,
            self.public_key(rel.source),
            self.public_key(rel.target),
            rel.status,
            evidence,
            rel.date_on,
            rel.date_from,
            rel.date_to,
            {k: self._text(v) for k, v in rel.properties.items()},
            rel.confirmed,
        )

    def _evidence(self, item: Evidence) -> Evidence:
        shown = self._redactor.evidence(item)
        return Evidence(
            shown.document,
            shown.quote,
            self._text(shown.source),
            shown.start,
            shown.end,
            shown.method,
            shown.confidence,
            shown.status,
            shown.date,
        )

    # -- selection ---------------------------------------------------------------------
    def _check_selection(self) -> None:
        sel = self.selection
        known = [*self.ontology.node_types, *self.ontology.relationship_types]
        for name in sel.types:
            if name not in known:
                raise SelectionError(
                    f"unknown type {name!r}", hint=f"Known types: {', '.join(known)}."
                )
        for name in sel.statuses:
            if name not in self.ontology.statuses:
                raise SelectionError(
                    f"unknown status {name!r}",
                    hint=f"Known statuses: {', '.join(self.ontology.statuses)}.",
                )
        for what in ("since", "until"):
            try:
                normalize_date(getattr(sel, what), f"--{what}")
            except ValueError as exc:
                raise SelectionError(str(exc), hint="Use YYYY, YYYY-MM or YYYY-MM-DD.") from None
        if sel.hops < 0:
            raise SelectionError("--hops must be 0 or more")
        if sel.around and sel.query:
            raise SelectionError("give --around or --query, not both")

    def _node_types(self) -> list[str]:
        chosen = [t for t in self.selection.types if t in self.ontology.node_types]
        types = chosen or list(self.ontology.node_types)
        if not self.selection.documents:
            types = [t for t in types if t != "Document"]
        return types

    def _link_types(self) -> list[str]:
        chosen = [t for t in self.selection.types if t in self.ontology.relationship_types]
        return chosen or list(self.ontology.relationship_types)

    def _link_passes(self, rel: Relationship) -> bool:
        sel = self.selection
        if sel.statuses and rel.status not in sel.statuses:
            return False
        if sel.since or sel.until:
            span = link_span(rel)
            if span is None:
                return False
            since = date_bounds(sel.since)
            until = date_bounds(sel.until)
            if since and span[1] < since[0]:
                return False
            if until and span[0] > until[1]:
                return False
        return True

    @cached_property
    def _selected(self) -> tuple[set[str] | None, set[str] | None]:
        """(node keys, link keys) to export, in store keys; None means "every one of the
        types chosen". Links narrowed by type, status or date take with them the nodes
        they leave unlinked; node types alone keep every node of those types."""
        sel = self.selection
        node_types = set(self._node_types())
        all_nodes = node_types == set(self.ontology.node_types)
        all_links = set(self._link_types()) == set(self.ontology.relationship_types)
        if not (sel.around or sel.query or sel.filters_links) and all_nodes and all_links:
            return None, None
        type_of_key = self.ontology.type_of_key
        edges: list[tuple[str, str, str]] = []  # (key, source, target) of links that pass
        for type_name in self._link_types():
            for rel in self.store.iter_relationships(type_name):
                if (
                    type_of_key(rel.source) in node_types
                    and type_of_key(rel.target) in node_types
                    and self._link_passes(rel)
                ):
                    edges.append((rel.key, rel.source, rel.target))
        nodes: set[str] | None
        if sel.around:
            nodes = self._neighbourhood(edges)
        elif sel.query:
            nodes, wanted = self._query_keys(node_types)
            if wanted:
                edges = [e for e in edges if e[0] in wanted]
                nodes |= {k for e in edges for k in e[1:]}
        elif sel.filters_links or not all_links:
            nodes = {k for e in edges for k in e[1:]}
        else:
            nodes = None
        links = {
            key
            for key, source, target in edges
            if nodes is None or (source in nodes and target in nodes)
        }
        return nodes, links

    def _neighbourhood(self, edges: list[tuple[str, str, str]]) -> set[str]:
        from liability_graph.queries.entities import resolve_one

        start = resolve_one(self.store, self.selection.around)["id"]
        if self.ontology.type_of_key(start) not in self._node_types():
            raise SelectionError(
                f"{self.selection.around!r} is a {self.ontology.type_of_key(start)}, "
                "which the --types given leave out"
            )
        adjacent: dict[str, list[str]] = {}
        for _, source, target in edges:
            adjacent.setdefault(source, []).append(target)
            adjacent.setdefault(target, []).append(source)
        seen = {start}
        frontier = deque([(start, 0)])
        while frontier:
            key, depth = frontier.popleft()
            if depth == self.selection.hops:
                continue
            for other in adjacent.get(key, ()):
                if other not in seen:
                    seen.add(other)
                    frontier.append((other, depth + 1))
        return seen

    def _query_keys(self, node_types: set[str]) -> tuple[set[str], set[str]]:
        """Entity and relationship keys found anywhere in a named query's rows."""
        from liability_graph.queries import is_evidence_column, load_query, run_named

        # Every row unless the selection sets a limit: an export is not a first page.
        params = dict(self.selection.params)
        if "limit" in load_query(self.selection.query).params:
            params.setdefault("limit", 0)
        result = run_named(self.store, self.selection.query, params)
        nodes: set[str] = set()
        links: set[str] = set()
        # Evidence (decoded into objects) names documents the query did not return.
        kept = [i for i, c in enumerate(result.columns) if not is_evidence_column(c)]
        for row in result.rows:
            for value in _walk([row[i] for i in kept]):
                self._classify_key(value, node_types, nodes, links)
        return nodes, links

    def _classify_key(self, value: str, node_types: set[str], nodes: set, links: set) -> None:
        match = _REL_KEY.match(value)
        if match and match.group("type") in self.ontology.relationship_types:
            links.add(value)
            return
        if ":" in value and " " not in value:
            try:
                type_name = self.ontology.type_of_key(value)
            except OntologyError:
                return
            if type_name in node_types:
                nodes.add(value)


def _walk(value: Any) -> Iterator[str]:
    """Every string inside a query value (lists, maps, Neo4j nodes/paths as plain dicts)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk(item)
