"""The ontology data file: required types, validation errors that name the entry, generated DDL."""

from __future__ import annotations

import copy

import pytest
import yaml

from liability_graph.errors import OntologyError
from liability_graph.graph.ontology import (
    ladybug_ddl,
    load_ontology,
    markdown,
    neo4j_constraints,
    parse_ontology,
)

REQUIRED_NODES = {
    "Platform", "Vendor", "Organization", "Person", "Law", "Case", "Court", "Jurisdiction", "Document",
}  # fmt: skip
REQUIRED_RELS = {
    "SERVICED": {("Vendor", "Platform"), ("Vendor", "Organization")},
    "OWNS": {("Organization", "Platform"), ("Vendor", "Platform"), ("Person", "Platform")},
    "FOUNDED": {("Person", "Platform"), ("Person", "Vendor"), ("Person", "Organization")},
    "DEFENDANT_IN": {
        ("Platform", "Case"),
        ("Vendor", "Case"),
        ("Organization", "Case"),
        ("Person", "Case"),
    },
    "PLAINTIFF_IN": {("Person", "Case"), ("Organization", "Case")},
    "HEARD_BY": {("Case", "Court")},
    "INVOKES": {("Case", "Law")},
    "PROMPTED": {("Platform", "Law"), ("Case", "Law"), ("Organization", "Law"), ("Person", "Law")},
    "AMENDS": {("Law", "Law")},
    "SHUT_DOWN": {("Organization", "Platform")},
    "IN_JURISDICTION": {
        ("Law", "Jurisdiction"),
        ("Case", "Jurisdiction"),
        ("Court", "Jurisdiction"),
    },
}


def raw_ontology() -> dict:
    from importlib import resources

    text = resources.files("liability_graph.graph").joinpath("ontology.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_required_types_and_endpoints():
    ontology = load_ontology()
    assert set(ontology.node_types) >= REQUIRED_NODES
    for name, pairs in REQUIRED_RELS.items():
        assert set(ontology.relationship_types[name].endpoints) == pairs, name
    mentions = ontology.relationship_types["MENTIONS"].endpoints
    assert {t for s, t in mentions} == REQUIRED_NODES - {"Document"}
    assert {s for s, t in mentions} == {"Document"}
    assert "service" in ontology.relationship_types["SERVICED"].properties
    assert ontology.node_types["Person"].properties["protected"].type == "boolean"
    assert list(ontology.statuses) == ["alleged", "established", "ruled"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["relationship_types"]["SERVICED"].update(endpoints=[["Vendor", "Plat"]]),
         "relationship_types.SERVICED: endpoint type 'Plat' is not a node type"),
        (lambda d: d["node_types"]["Vendor"]["properties"].update(url={"type": "text"}),
         "node_types.Vendor.url: type must be one of"),
        (lambda d: d["node_types"].update({"Bad Name": {"properties": {}}}),
         "node_types.Bad Name: a type name must be a plain identifier"),
        (lambda d: d["relationship_types"]["OWNS"].update(endpoints=[]),
         "relationship_types.OWNS: needs a list of endpoints"),
        (lambda d: d["node_types"]["Law"]["properties"].update(name={"type": "string"}),
         "node_types.Law: redefines common properties ['name']"),
        (lambda d: d.pop("statuses"), "missing section 'statuses'"),
    ],
)  # fmt: skip
def test_invalid_entries_are_named(change, message):
    data = copy.deepcopy(raw_ontology())
    change(data)
    with pytest.raises(OntologyError) as caught:
        parse_ontology(data, "test.yaml")
    assert message in str(caught.value)


def test_generated_ddl_and_constraints_come_from_the_data():
    ontology = load_ontology()
    ddl = ladybug_ddl(ontology)
    assert len(ddl) == len(ontology.node_types) + len(ontology.relationship_types)
    assert any(
        s.startswith("CREATE NODE TABLE IF NOT EXISTS `Case`(id STRING PRIMARY KEY") for s in ddl
    )
    serviced = next(s for s in ddl if "`SERVICED`(" in s)
    assert "FROM `Vendor` TO `Platform`" in serviced and "service STRING" in serviced
    assert "evidence STRING" in serviced
    constraints = neo4j_constraints(ontology)
    assert len(constraints) == 1 + len(ontology.node_types) + len(ontology.relationship_types)
    assert "FOR (n:`Entity`) REQUIRE n.id IS UNIQUE" in constraints[0]
    assert "FOR (n:`Person`) REQUIRE n.id IS UNIQUE" in " ".join(constraints)
    assert "FOR ()-[r:`SERVICED`]-() REQUIRE r.key IS UNIQUE" in " ".join(constraints)
    docs = markdown(ontology)
    assert "| `SERVICED` | Vendor -> Organization\\|Platform |" in docs
    assert "| `MENTIONS` | Document -> any |" in docs


def test_type_of_key():
    ontology = load_ontology()
    assert ontology.type_of_key("vendor:salesforce") == "Vendor"
    assert ontology.type_of_key("case:x-v-y") == "Case"
    with pytest.raises(OntologyError, match="does not start with a known type"):
        ontology.type_of_key("gadget:x")
