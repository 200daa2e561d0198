"""A small Python API for notebooks and scripts: `open_graph(store)` and its methods.

    import liability_graph
    with liability_graph.open_graph("embedded:./lgraph-data") as graph:
        graph.query("vendors_of", platform="Backpage").to_dataframe()
        graph.cypher("MATCH (v:Vendor) RETURN v.name AS vendor ORDER BY vendor").records()
        graph.show("Salesforce").links
        graph.to_networkx()

The store is opened read-only: nothing here can change the graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from liability_graph.graph.store import QueryResult, Store, open_store

if TYPE_CHECKING:
    import networkx as nx

    from liability_graph.queries import NamedResult
    from liability_graph.queries.entities import EntityView


class Graph:
    """A read-only handle on a store, with the questions the CLI asks, as Python calls."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def query(self, name: str, **params: Any) -> NamedResult:
        """Run the named query `name`; entity parameters take names, aliases or ids.

        `graph.query("path", source="Salesforce", target="FOSTA", max_hops=3)`. Unknown or
        missing parameters raise ParameterError; unknown names NotFoundError. Every query
        returns its first 100 rows unless `limit=N` (0: all) says otherwise; the result's
        `.truncated` says whether more matched."""
        from liability_graph.queries import run_named

        return run_named(self.store, name, params)

    def cypher(self, text: str, **params: Any) -> QueryResult:
        """Run read-only Cypher with `params` as parameters; evidence comes back as lists."""
        from liability_graph.queries import decode_evidence

        return decode_evidence(self.store.query(text, params))

    def show(self, name: str) -> EntityView:
        """The entity `name` (name, alias or id) with every relationship and its evidence."""
        from liability_graph.queries.entities import describe

        return describe(self.store, name)

    def to_networkx(self, **options: Any) -> nx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph (see queries.analytics.to_networkx)."""
        from liability_graph.queries.analytics import to_networkx

        return to_networkx(self.store, **options)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Graph({self.store!r})"


def open_graph(store: str | Path | Store | None = None, **settings: Any) -> Graph:
    """A read-only Graph on `store`: an `embedded:PATH`, a folder, a Neo4j URI, an open Store,
    or None for the environment's choice (LGRAPH_STORE, NEO4J_URI, then ./lgraph-data)."""
    if isinstance(store, Store):
        return Graph(store)
    spec = str(store) if isinstance(store, Path) else store
    return Graph(open_store(spec, read_only=True, **settings))
