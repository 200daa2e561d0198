"""The Python API: open_graph(store) -> query, cypher (read-only), show, to_networkx, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO

import liability_graph
from liability_graph.errors import ParameterError, ReadOnlyError
from liability_graph.graph.store import open_store
from liability_graph.loaders.ingest import ingest


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "graph"
    with open_store(f"embedded:{path}") as store:
        ingest(store, [EXAMPLES])
    return path


def test_query_by_name_with_records_and_a_dataframe(folder):
    with liability_graph.open_graph(folder) as graph:
        result = graph.query("vendors_of", platform="backpage.com")
        assert [r["vendor"] for r in result.records()] == ["Mastercard", "Salesforce", "Visa"]
        assert result.entities["platform"]["id"] == "platform:backpage"
        frame = result.to_dataframe()
        assert list(frame["vendor"]) == ["Mastercard", "Salesforce", "Visa"]
        assert frame.loc[1, "evidence"][0]["quote"]
        hops = graph.query("path", source="Salesforce", target="FOSTA").records()
        assert {(h["from_name"], h["type"], h["to_name"]) for h in hops} >= {
            ("Salesforce", "SERVICED", "Backpage"),
            ("Backpage", "PROMPTED", "FOSTA"),
        }
        with pytest.raises(ParameterError, match="has no parameter 'vendor'"):
            graph.query("vendors_of", vendor="Visa")


def test_cypher_is_read_only_and_takes_parameters(folder):
    graph = liability_graph.open_graph(f"embedded:{folder}")
    try:
        rows = graph.cypher(
            "MATCH (v:Vendor {id: $id})-[r:SERVICED]->(p) RETURN p.name AS platform, r.evidence "
            "ORDER BY platform",
            id="vendor:visa",
        ).records()
        # Aylo is Pornhub's owner company: SERVICED may go to an Organization (issue #10)
        assert [r["platform"] for r in rows] == ["Aylo", "Backpage", "Pornhub"]
        assert isinstance(rows[0]["r.evidence"], list)
        with pytest.raises(ReadOnlyError):
            graph.cypher("CREATE (:Vendor {id: 'vendor:x', name: 'X'})")
        assert graph.cypher("MATCH (v:Vendor {id: 'vendor:x'}) RETURN v").rows == []
    finally:
        graph.close()


def test_show_and_networkx(folder):
    with liability_graph.open_graph(folder) as graph:
        view = graph.show("Salesforce")
        assert view.entity.key == "vendor:salesforce"
        assert any(k.type == "SERVICED" and k.other_name == "Backpage" for k in view.links)
        network = graph.to_networkx()
        assert network.has_edge("vendor:salesforce", "platform:backpage")
        assert network.nodes["law:fosta"]["type"] == "Law"


def test_the_readme_documents_the_api():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for text in ("open_graph(", ".query(", ".cypher(", ".show(", ".to_networkx()", ".to_dataframe()",
                 ".records()", ".close()"):  # fmt: skip
        assert text in readme, text
