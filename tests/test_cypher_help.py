"""Ad-hoc Cypher that helps: positions in parser errors, known labels for unknown ones,
`Case` backticked on LadybugDB, readable column names, evidence as data."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from factfiles import write_valid

from liability_graph.cli import cli
from liability_graph.graph.cypher_text import backtick_labels, labels_in, readable_columns


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> str:
    folder = write_valid(tmp_path_factory.mktemp("facts") / "facts")
    spec = f"embedded:{tmp_path_factory.mktemp('g') / 'graph'}"
    result = CliRunner().invoke(cli, ["--store", spec, "ingest", "--no-reference", str(folder)])
    assert result.exit_code == 0, result.output
    return spec


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def spec(request, loaded, tmp_path):
    """The same small graph on each store, as a --store value."""
    if request.param == "embedded":
        return loaded
    store = request.getfixturevalue("neo4j_store")
    folder = write_valid(tmp_path / "facts")
    uri = store.settings.uri
    assert (
        CliRunner().invoke(cli, ["--store", uri, "ingest", "--no-reference", str(folder)]).exit_code
        == 0
    )
    return uri


def cypher(spec: str, text: str, *args: str):
    return CliRunner().invoke(cli, ["--store", spec, "cypher", text, *args])


def test_parser_error_shows_the_position(spec):
    result = cypher(spec, "MATCH (n:Vendor RETURN n")
    assert result.exit_code == 1
    assert "offset: 16" in result.output or "(offset: 16)" in result.output
    assert '"MATCH (n:Vendor RETURN n"' in result.output
    caret = next(line for line in result.output.splitlines() if line.strip().startswith("^"))
    assert caret.index("^") == len(' "MATCH (n:Vendor ') - 1
    assert "--store" not in result.output  # the hint is about Cypher, not the store
    assert "Hint: See the README's 'Cypher on both stores' section" in result.output


def test_unknown_label_lists_the_known_ones(spec):
    result = cypher(spec, "MATCH (n:Vendorx) RETURN n.name")
    text = result.output
    assert "Vendorx" in text
    assert "Node labels: Platform, Vendor, Organization, Person, Law, Case" in text
    if spec.startswith("embedded:"):
        assert result.exit_code == 1 and "unknown label or relationship type 'Vendorx'" in text
    else:  # Neo4j answers (no rows) and notes the unknown label
        assert result.exit_code == 0 and "Note: label does not exist" in text
    bad_type = cypher(spec, "MATCH ()-[r:SERVICES]->() RETURN count(r)")
    assert "Relationship types: SERVICED, OWNS" in bad_type.output


def test_case_label_works_unquoted_and_columns_are_readable(spec):
    result = cypher(
        spec,
        "MATCH (c:Case)<-[r:PLAINTIFF_IN]-(p) RETURN count(c), c.name, r.evidence ORDER BY c.name",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert list(row) == ["count(c)", "c.name", "r.evidence"]
    assert row["count(c)"] == 1 and row["c.name"] == "Roe v. Listings Board"
    [evidence] = row["r.evidence"]
    assert evidence["quote"].endswith("sued the board in 2019.")
    assert evidence["source"] == "https://example.org/complaint"


def test_whole_relationships_carry_evidence_as_objects(spec):
    result = cypher(
        spec,
        "MATCH (:Vendor)-[r:SERVICED]->(:Platform) RETURN r ORDER BY r.key",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    rel = json.loads(result.stdout)[0]["r"]
    assert rel["_type"] == "SERVICED"
    assert isinstance(rel["evidence"], list) and rel["evidence"][0]["quote"]


def test_backtick_labels_leaves_expressions_strings_and_maps_alone():
    names = {"Case"}
    assert backtick_labels("MATCH (c:Case) RETURN c", names) == "MATCH (c:`Case`) RETURN c"
    assert backtick_labels("MATCH (c :Case|Law) WHERE x:Case RETURN c", names) == (
        "MATCH (c :`Case`|Law) WHERE x:`Case` RETURN c"
    )
    untouched = [
        "RETURN CASE WHEN 1 = 1 THEN ':Case' ELSE 0 END",
        "RETURN {kind: CASE WHEN true THEN 1 END}",
        "MATCH (c:`Case`) RETURN c // (x:Case)",
        "RETURN {Case: 1}",
    ]
    for text in untouched:
        assert backtick_labels(text, names) == text
    assert labels_in("MATCH (a:Vendor)-[r:SERVICED|OWNS]->(b:`Case` {id: 'x:Y'}) RETURN a") == [
        "Vendor",
        "SERVICED",
        "OWNS",
        "Case",
    ]


def test_readable_columns_follow_the_return_clause():
    text = "MATCH (n) RETURN DISTINCT count(n), n.name AS name, labels(n)[0] ORDER BY name"
    engine = ["COUNT(n._ID)", "name", "LIST_EXTRACT(LABELS(n),0)"]
    assert readable_columns(text, engine) == ["count(n)", "name", "labels(n)[0]"]
    assert readable_columns("MATCH (n) RETURN *", ["n"]) == ["n"]
    assert readable_columns("RETURN 1 AS `one two`, {a: 1, b: 2}", ["x", "y"]) == [
        "x",
        "{a: 1, b: 2}",
    ]


def test_wrap_property_rewrites_property_reads_only():
    from liability_graph.graph.cypher_text import wrap_property

    text = (
        "MATCH (a)-[r]->(b) WHERE r.evidence CONTAINS 'x.evidence' AND size(r .evidence) > 1 "
        "RETURN r {.evidence}, a.b.evidence, `r`.`evidence`, r.evidences // r.evidence"
    )
    assert wrap_property(text, "evidence", "f") == (
        "MATCH (a)-[r]->(b) WHERE f(r.evidence) CONTAINS 'x.evidence' AND size(f(r .evidence)) > 1 "
        "RETURN r {.evidence}, a.b.evidence, f(`r`.`evidence`), r.evidences // r.evidence"
    )
