"""networkx view of a real store: nodes, edges with evidence, paths and pseudonyms."""

from __future__ import annotations

from factfiles import write_valid

from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.ingest import ingest
from liability_graph.queries.analytics import most_connected, paths_between, to_networkx


def test_to_networkx_paths_and_privacy(tmp_path):
    store = EmbeddedStore(tmp_path / "g")
    try:
        ingest(store, [write_valid(tmp_path / "facts")], reference=False)
        graph = to_networkx(store)
        assert graph.number_of_nodes() == 8  # Documents left out
        assert graph.number_of_edges() == 5  # MENTIONS left out with them
        edge = graph.edges["vendor:acme-cloud", "platform:listings-board", "SERVICED"]
        assert edge["status"] == "alleged" and edge["service"] == "CRM software"
        assert edge["evidence"][0]["quote"] == "Acme Cloud sold the board its customer database."
        assert paths_between(graph, "vendor:acme-cloud", "law:platform-liability-act") == [
            [
                ("vendor:acme-cloud", "SERVICED", "platform:listings-board"),
                ("platform:listings-board", "PROMPTED", "law:platform-liability-act"),
            ]
        ]
        assert most_connected(graph, "Platform", 1) == [("platform:listings-board", 3)]
        [key] = [k for k, v in graph.nodes(data=True) if v["type"] == "Person"]
        assert key.startswith("person:protected-") and "roe" not in key  # an opaque key
        assert graph.nodes[key]["name"] == "Protected person " + key[-12:].upper()
        assert to_networkx(store, reveal_protected=True).nodes[key]["name"] == "Jane Roe"
        assert to_networkx(store, include_documents=True).number_of_nodes() == 12
    finally:
        store.close()
