"""entity_column gives, column by column, what entity_row gives row by row (the node COPY
of bulk loads builds its Arrow table from it; issue #13)."""

from __future__ import annotations

from liability_graph.graph.model import Entity
from liability_graph.graph.ontology import load_ontology
from liability_graph.graph.rows import entity_column, entity_row


def test_every_column_matches_entity_row():
    ontology = load_ontology()
    entities = [
        Entity(
            "Vendor",
            "Tarnwick Ledger Systems",
            aliases=["Tarnwick", "TLS"],
            description="A billing vendor",
            properties={"country": "NL", "url": "https://tarnwick.example"},
            sources=["https://news.example/tarnwick"],
            distinct_from=["vendor:tarnwick-bank"],
            origin="curated",
        ),
        Entity("Vendor", "Oskelund Pay"),
    ]
    lookups = [e.lookup for e in entities]
    rows = [entity_row(e, ontology) for e in entities]
    columns = ontology.node_columns("Vendor")
    assert {"id", "lookup", "country", "founded"} <= set(columns)
    for name in columns:
        assert entity_column(entities, name, lookups) == [row[name] for row in rows], name
    assert entity_column(entities, "id", lookups) == [
        "vendor:tarnwick-ledger-systems",
        "vendor:oskelund-pay",
    ]
    assert entity_column(entities, "country", lookups) == ["NL", None]
    assert entity_column(entities, "lookup", lookups) == [
        ["tarnwick ledger systems", "tarnwick", "tls"],
        ["oskelund pay"],
    ]
