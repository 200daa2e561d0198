"""liability-graph: a knowledge graph of platforms, vendors, laws and cases, with evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from liability_graph.api import Graph


def open_graph(store: Any = None, **settings: Any) -> Graph:
    """Open a store read-only for questions from Python (see liability_graph.api)."""
    from liability_graph.api import open_graph as _open_graph

    return _open_graph(store, **settings)


__all__ = ["__version__", "open_graph"]
