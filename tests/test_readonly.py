"""The read-only gate (graph/readonly.py): what it accepts, what it refuses, and why.

The bypass suite (test_readonly_bypass.py) attacks real stores; these tests pin the grammar.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from liability_graph.errors import QueryRefusedError, ReadOnlyError
from liability_graph.graph.readonly import (
    DIALECTS,
    NAME,
    PARAM,
    STRING,
    WORD,
    allowed_functions,
    check_read_only,
    grammar,
    tokenize,
)
from liability_graph.queries import load_query, query_names

BOTH = [
    "MATCH (n) RETURN n.id",
    "match (n:`Vendor`)-[r:`SERVICED`]->(p) where r.status = 'alleged' return n.name, p.name",
    "OPTIONAL MATCH (n:`Law`) WITH n, count(*) AS c WHERE c > 0 RETURN n ORDER BY c DESC SKIP 1 LIMIT 5",
    "UNWIND $keys AS k MATCH (n {id: k}) RETURN k, n.name",
    "MATCH (n) RETURN n.id UNION ALL MATCH (m) RETURN m.id",
    "MATCH (n) RETURN CASE WHEN n.name STARTS WITH 'A' THEN 1 ELSE 0 END AS a",
    "MATCH (n) WHERE n.name CONTAINS 'x' AND NOT n.name ENDS WITH 'y' OR n.id IS NULL RETURN n",
    "MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n.id",
    "MATCH (n) RETURN COUNT { MATCH (n)-->() } AS degree",
    "// CREATE and COPY in a comment\nMATCH (n) RETURN n /* LOAD FROM '/etc/passwd' */",
    "MATCH (n) WHERE n.name = 'CREATE (x) // COPY; CHECKPOINT' RETURN n",
    'MATCH (n) WHERE n.name = "it\\"s \\\\ \\u00e9 LOAD" RETURN n',
    "MATCH (`create`) RETURN `create`.set AS `copy`, `create`.load",
    "MATCH (n) RETURN n.set, n.delete, n.call, n.copy, $create, $`load`",
    "MATCH (n) RETURN n;",
    "RETURN 1 + 2.5 * 3e2 AS x, -0.5 AS y, [1, 2][0..1] AS z",
    "MATCH (n) RETURN n.id AS `CALL`, size(n.aliases) AS start, n.name AS type",
    "MATCH (n) RETURN lower(n.name), toUpper(n.name), coalesce(n.description, '')",
]
NEO4J_ONLY = [
    "MATCH p = shortestPath((a)-[*..5]-(b)) WHERE a.id = $a RETURN [x IN nodes(p) | x.id]",
    "MATCH (n) RETURN type(r), labels(n)[0], reduce(s = 0, x IN [1, 2] | s + x)",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "MATCH (n:Vendor) USING INDEX n:Vendor(id) WHERE n.id = $id RETURN n",
    "MATCH (n) RETURN date.truncate('month', date()) AS m, duration.between(date(), date())",
    "MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN m.id } AS ids",
]
LADYBUG_ONLY = [
    "MATCH p = (a)-[* SHORTEST 1..5]-(b) WHERE a.id = $a RETURN nodes(p), label(a)",
    "MATCH (a)-[r*1..3]->(b) RETURN rels(r), list_contains(a.aliases, 'x')",
    "CALL show_tables() RETURN *",
    "CALL table_info('Vendor') RETURN *",
    "MATCH (n) RETURN CAST(n.id AS STRING), lcase(n.name), string_split(n.name, ' ')",
    "MATCH (a)-[r]-(b) WHERE r.key = $k HINT (a JOIN r) JOIN b RETURN r.status",  # join order
]


@pytest.mark.parametrize("cypher", BOTH)
@pytest.mark.parametrize("dialect", DIALECTS)
def test_read_queries_pass_on_both_dialects(cypher, dialect):
    check_read_only(cypher, dialect)


@pytest.mark.parametrize("cypher", NEO4J_ONLY)
def test_neo4j_read_queries_pass(cypher):
    check_read_only(cypher, "neo4j")


@pytest.mark.parametrize("cypher", LADYBUG_ONLY)
def test_ladybug_read_queries_pass(cypher):
    check_read_only(cypher, "ladybug")


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_named_query_passes_the_gate(dialect):
    names = query_names()
    assert "liability_chain" in names and len(names) >= 8
    for name in names:
        for stage in load_query(name, dialect).stages:  # each statement runs alone
            check_read_only(stage, dialect)


REFUSED = [
    # (query, what the message names)
    ("COPY (MATCH (n) RETURN n.id) TO '/tmp/x.csv'", "starts with a read clause, not 'COPY'"),
    ("MATCH (n) WITH n COPY (MATCH (m) RETURN m) TO '/tmp/x'", "COPY is not a read clause"),
    ("LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *", "not 'LOAD'"),
    ("MATCH (n) WITH n LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD is not a read"),
    ("INSTALL json", "not 'INSTALL'"),
    ("LOAD EXTENSION '/tmp/lib.lbug_extension'", "not 'LOAD'"),
    ("CHECKPOINT", "not 'CHECKPOINT'"),
    ("ATTACH '/tmp/o.lbdb' AS o (dbtype lbug)", "not 'ATTACH'"),
    ("USE o", "not 'USE'"),
    ("EXPORT DATABASE '/tmp/e'", "not 'EXPORT'"),
    ("IMPORT DATABASE '/tmp/e'", "not 'IMPORT'"),
    ("MATCH (n) CALL { CREATE (m) } RETURN n", "CALL { … }"),
    ("MATCH (n) CALL (n) { SET n.x = 1 } RETURN n", "CALL { … }"),
    ("CALL dbms.components()", "CALL dbms.components is not allowed"),
    ("CALL apoc.load.json('http://127.0.0.1/x')", "CALL apoc.load.json is not allowed"),
    ("MATCH (n) RETURN apoc.text.join(['a'], ',')", "function apoc.text.join()"),
    ("MATCH (n) RETURN `apoc.text.join`(['a'], ',')", "function apoc.text.join()"),
    ("CREATE (n:Vendor {id: 'x'})", "not 'CREATE'"),
    ("MATCH (n) MERGE (m {id: 'x'})", "MERGE is not a read"),
    ("MATCH (n) SET n.name = 'x'", "SET is not a read"),
    ("MATCH (n) DETACH DELETE n", "DETACH is not a read"),
    ("MATCH (n) REMOVE n.name", "REMOVE is not a read"),
    ("MATCH (n) FOREACH (x IN [1] | CREATE (m))", "FOREACH is not a read"),
    ("DROP TABLE Vendor", "not 'DROP'"),
    ("MATCH (n) RETURN n; MATCH (m) RETURN m", "one statement at a time"),
    ("MATCH (n) RETURN n ; ; ", "one statement at a time"),
    ("match (n) with n cReAtE (m)", "CREATE is not a read"),
    ("MATCH (n) RETURN n // fine\nCREATE (m)", "CREATE is not a read"),
    ("MATCH (n) WHERE n.x = 'a' CREATE (m) RETURN 'b'", "CREATE is not a read"),
    ("MATCH (n) WHERE n.x = 'it\\'s' CREATE (m) RETURN n", "CREATE is not a read"),
    ("MATCH (n) RETURN n // \u2028CREATE (m)", "line break U+2028"),
    ("ＣＯＰＹ (MATCH (n) RETURN n) TO '/tmp/x'", "U+FF23"),
    ("MATCH (n) RETURN n\u00a0LIMIT 1", "U+00A0"),
    ("MATCH (n) CRE\u200bATE (m)", "U+200B"),
    ("MATCH (a)\u2013[r]\u2013>(b) RETURN a", "U+2013"),
    ("CO/**/PY (MATCH (n) RETURN n) TO '/tmp/x'", "a comment splits a word"),
    ("MATCH (n) S/* x */ET n.x = 1", "a comment splits a word"),
    ("MATCH (n) RETURN 'open", "string is not closed"),
    ("MATCH (n) RETURN n /* open", "comment is not closed"),
    ("MATCH (`open) RETURN 1", "`name` is not closed"),
    ("MATCH (n) RETURN '\\q'", "unknown escape"),
    ("MATCH (n) RETURN 1CREATE", "number runs into a word"),
    ("MATCH (n:$($label)) RETURN n", "followed by a parameter name"),
    ("MATCH (n) RETURN nextval('s')", "function nextval()"),
    ("EXPLAIN MATCH (n) RETURN n", "not 'EXPLAIN'"),
    ("PROFILE MATCH (n) SET n.x = 1", "not 'PROFILE'"),
    ("CYPHER runtime=slotted MATCH (n) RETURN n", "not 'CYPHER'"),
    ("MATCH (n) RETURN n UNION CALL { CREATE (m) }", "CALL { … }"),
    ("SHOW USERS", "not 'SHOW'"),
    ("", "empty"),
    ("   // only a comment", "empty"),
]


@pytest.mark.parametrize(("cypher", "reason"), REFUSED)
@pytest.mark.parametrize("dialect", DIALECTS)
def test_refused_with_a_reason_and_a_hint(cypher, reason, dialect):
    with pytest.raises(QueryRefusedError) as caught:
        check_read_only(cypher, dialect)
    message = str(caught.value)
    assert message.startswith("refused before it reached the store (read-only)")
    assert reason in message
    assert "line " in message and "column " in message
    assert "MATCH, OPTIONAL MATCH, WITH" in caught.value.hint
    assert isinstance(caught.value, ReadOnlyError)


def test_the_refusal_points_at_the_offending_word():
    with pytest.raises(QueryRefusedError, match=r"line 3, column 3"):
        check_read_only("MATCH (n)\nWITH n\n  SET n.x = 1", "ladybug")


def test_functions_are_allowed_per_dialect():
    check_read_only("MATCH (n) RETURN label(n)", "ladybug")
    with pytest.raises(QueryRefusedError, match=r"function label\(\)"):
        check_read_only("MATCH (n) RETURN label(n)", "neo4j")
    check_read_only("MATCH ()-[r]->() RETURN type(r)", "neo4j")
    with pytest.raises(QueryRefusedError, match=r"function type\(\)"):
        check_read_only("MATCH ()-[r]->() RETURN type(r)", "ladybug")
    with pytest.raises(QueryRefusedError, match="CALL show_tables is not allowed"):
        check_read_only("CALL show_tables() RETURN *", "neo4j")


def test_yield_only_after_an_allowed_call():
    with pytest.raises(QueryRefusedError, match="YIELD is not a read"):
        check_read_only("MATCH (n) YIELD x RETURN x", "neo4j")


def test_parameters_must_be_plain_values():
    check_read_only("RETURN $a", "ladybug", {"a": ["x", 1, 2.5, None, {"k": True}]})
    table = pa.table({"c0": ["vendor:x"]})
    with pytest.raises(QueryRefusedError, match="parameter 'rows' is a Table"):
        check_read_only("UNWIND $rows AS r RETURN r", "ladybug", {"rows": table})


def test_tokens_keep_strings_names_and_parameters_apart():
    tokens = tokenize("MATCH (`a``b`) WHERE a.x = 'C\\'REATE' RETURN $p // CREATE")
    kinds = [(t.kind, t.text) for t in tokens]
    assert (NAME, "a`b") in kinds
    assert (STRING, "C\\'REATE") in kinds
    assert (PARAM, "p") in kinds
    assert (WORD, "CREATE") not in kinds
    assert kinds[-1] == (PARAM, "p")


def test_the_allow_list_is_consistent():
    rules = grammar()
    assert not rules.refused & rules.keywords
    assert {"MATCH", "OPTIONAL", "WITH", "UNWIND", "WHERE", "RETURN", "ORDER", "BY", "SKIP"} <= (
        rules.keywords
    )
    for dialect in DIALECTS:
        assert "count" in allowed_functions(dialect)
        assert not {"nextval", "setseed", "file", "linenumber"} & allowed_functions(dialect)


def test_every_ladybug_function_on_the_allow_list_exists_and_is_not_a_table_function(
    embedded_store,
):
    rows = embedded_store._run("CALL show_functions() RETURN *").rows
    kinds = {name.lower(): kind for name, kind, _ in rows}
    allowed = allowed_functions("ladybug")
    missing = sorted(f for f in allowed if f not in kinds)
    assert not missing, f"not LadybugDB functions: {missing}"
    wrong = sorted(f for f in allowed if "TABLE" in kinds[f] or "COPY" in kinds[f])
    assert not wrong
    tables = {name.lower() for name, kind, _ in rows if kind == "TABLE FUNCTION"}
    assert grammar().procedures["ladybug"] <= tables


@pytest.mark.neo4j
def test_every_neo4j_function_on_the_allow_list_is_a_built_in(neo4j_store):
    from neo4j import GraphDatabase

    settings = neo4j_store.settings
    with GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password)) as d:
        records, _, _ = d.execute_query("SHOW FUNCTIONS YIELD name, isBuiltIn")
        procedures, _, _ = d.execute_query("SHOW PROCEDURES YIELD name, mode")
    built_in = {r["name"].lower() for r in records if r["isBuiltIn"]}
    syntax = {"exists", "reduce", "shortestpath", "allshortestpaths"}  # grammar, not functions
    missing = sorted(allowed_functions("neo4j") - built_in - syntax)
    assert not missing, f"not Neo4j built-in functions: {missing}"
    modes = {r["name"].lower(): r["mode"] for r in procedures}
    for name in grammar().procedures["neo4j"]:
        assert modes[name] == "READ", name
