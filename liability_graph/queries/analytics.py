"""The graph as a networkx MultiDiGraph, for notebooks: paths, centrality, neighbourhoods.

Nodes carry their type, name and properties; edges their type, status, dates and evidence.
Protected persons are pseudonymised unless `reveal_protected` is set.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from liability_graph.export.json_export import protected_redactor
from liability_graph.graph.store import Store

CHAIN_TYPES = ("SERVICED", "PROMPTED", "DEFENDANT_IN", "OWNS", "FOUNDED")


def to_networkx(
    store: Store,
    *,
    reveal_protected: bool = False,
    include_documents: bool = False,
) -> nx.MultiDiGraph:
    """Every entity and relationship of the store (Documents and MENTIONS only if asked)."""
    redactor = protected_redactor(store, reveal_protected)
    graph = nx.MultiDiGraph()
    for entity in store.iter_entities():
        if entity.type == "Document" and not include_documents:
            continue
        shown = redactor.entity(entity)
        graph.add_node(
            shown.key, type=shown.type, name=shown.name, aliases=shown.aliases, **shown.properties
        )
    for rel in store.iter_relationships():
        if rel.source not in graph or rel.target not in graph:
            continue
        graph.add_edge(
            rel.source,
            rel.target,
            key=rel.type,
            type=rel.type,
            status=rel.status,
            date_on=rel.date_on,
            date_from=rel.date_from,
            date_to=rel.date_to,
            evidence=[redactor.evidence(e).to_dict() for e in rel.evidence],
            **rel.properties,
        )
    return graph


def paths_between(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    types: Iterable[str] = CHAIN_TYPES,
    cutoff: int = 4,
) -> list[list[tuple[str, str, str]]]:
    """Directed paths from source to target over the given relationship types, hop by hop."""
    allowed = set(types)
    view = nx.subgraph_view(graph, filter_edge=lambda u, v, k: k in allowed)
    out = []
    for path in nx.all_simple_edge_paths(view, source, target, cutoff=cutoff):
        out.append([(u, k, v) for u, v, k in path])
    return sorted(out, key=lambda p: (len(p), p))


def most_connected(
    graph: nx.MultiDiGraph, type_name: str | None = None, top: int = 10
) -> list[tuple[str, int]]:
    """Entities with the most relationships (of one type of node, if given)."""
    degrees = [
        (node, degree)
        for node, degree in graph.degree()
        if type_name is None or graph.nodes[node].get("type") == type_name
    ]
    return sorted(degrees, key=lambda item: (-item[1], item[0]))[:top]
