"""The named queries on examples/, on each store: actual rows asserted, names resolved as
`lgraph show` resolves them, and clear errors for bad parameters (CLI and library)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from query_cases import CASES

from liability_graph.cli import cli
from liability_graph.errors import AmbiguousNameError, NotFoundError, ParameterError
from liability_graph.graph.store import open_store
from liability_graph.loaders.ingest import ingest
from liability_graph.queries import load_query, query_names, run_named

NAMES = sorted(CASES)


@pytest.fixture(scope="module")
def examples_spec(tmp_path_factory) -> str:
    spec = f"embedded:{tmp_path_factory.mktemp('examples') / 'graph'}"
    with open_store(spec) as store:
        report = ingest(store, [EXAMPLES])
    assert report.ok, report.skipped
    return spec


@pytest.fixture(scope="module")
def examples_neo4j(neo4j_settings):
    from liability_graph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_settings)
    store.clear()
    ingest(store, [EXAMPLES])
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def examples_store(request, examples_spec):
    if request.param == "neo4j":
        yield request.getfixturevalue("examples_neo4j")
        return
    with open_store(examples_spec, read_only=True) as store:
        yield store


def test_every_query_has_a_case_a_description_and_an_example():
    assert set(NAMES) == set(query_names())
    for name in NAMES:
        for dialect in ("neo4j", "ladybug"):
            query = load_query(name, dialect)
            assert query.description and query.example.startswith("lgraph "), name
            assert set(query.params) == set(load_query(name).params), name


@pytest.mark.parametrize("name", NAMES)
def test_named_query_rows(examples_store, name):
    params, check = CASES[name]
    result = run_named(examples_store, name, params)
    check(result.records())


@pytest.mark.parametrize("name", NAMES)
def test_named_query_by_name_on_the_command_line(examples_spec, name):
    """`lgraph query NAME ARGS…` with the required parameters given in order, the optional
    ones with -p; JSON rows carry evidence as lists of objects."""
    params, check = CASES[name]
    query = load_query(name)
    args = [str(params[p.name]) for p in query.required]
    options = [f"-p{k}={v}" for k, v in params.items() if not query.params[k].required]
    result = CliRunner().invoke(
        cli, ["--store", examples_spec, "query", name, *args, *options, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    check(records)
    for record in records:
        for column, value in record.items():
            if column.endswith("evidence"):
                assert isinstance(value, list)
                assert all(isinstance(item, dict) and item["quote"] for item in value)


@pytest.mark.parametrize("name", NAMES)
def test_unknown_parameter_is_an_error(examples_spec, name):
    result = CliRunner().invoke(
        cli, ["--store", examples_spec, "query", name, *_required_args(name), "-p", "bogus=1"]
    )
    assert result.exit_code == 1
    assert f"{name} has no parameter 'bogus'" in result.output
    assert "Hint: `lgraph queries` lists every query" in result.output


@pytest.mark.parametrize("name", [n for n in NAMES if load_query(n).required])
def test_missing_parameter_is_an_error(examples_spec, name):
    result = CliRunner().invoke(cli, ["--store", examples_spec, "query", name])
    assert result.exit_code == 1
    missing = load_query(name).required[0].name
    assert f"{name} needs '{missing}'" in result.output
    assert load_query(name).example in result.output


@pytest.mark.parametrize(
    "name", [n for n in NAMES if any(p.kind == "entity" for p in load_query(n).required)]
)
def test_unknown_entity_name_suggests_the_nearest(examples_spec, name):
    query = load_query(name)
    args = _required_args(name)
    first = next(i for i, p in enumerate(query.required) if p.kind == "entity")
    args[first] = "Salesforse"  # misspelt
    result = CliRunner().invoke(cli, ["--store", examples_spec, "query", name, *args])
    assert result.exit_code == 1
    assert f"no {query.required[first].name} named 'Salesforse'" in result.output
    if not query.required[first].types or "Vendor" in query.required[first].types:
        assert "Did you mean: Salesforce" in result.output


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("shared_vendors", {"min_platforms": "many"}, "min_platforms must be a whole number"),
        ("shared_vendors", {"min_platforms": 1}, "min_platforms must be between 2 and 1000"),
        ("path", {"source": "Salesforce", "target": "FOSTA", "max_hops": 9}, "between 1 and 6"),
        ("exposure", {"limit": -1}, "limit must be between 0 and 1000000"),
        ("vendors_of", {"platform": "Backpage", "limit": "all"}, "limit must be a whole number"),
    ],
)
def test_bad_integer_values(examples_store, name, params, message):
    with pytest.raises(ParameterError, match=message):
        run_named(examples_store, name, params)


def test_a_name_of_the_wrong_type_says_what_it_names(examples_spec):
    result = CliRunner().invoke(
        cli, ["--store", examples_spec, "query", "vendors_of", "Salesforce"]
    )
    assert result.exit_code == 1
    assert "'Salesforce' names vendor:salesforce (Vendor, 'Salesforce'), not a Platform" in (
        result.output
    )
    chain = CliRunner().invoke(cli, ["--store", examples_spec, "chain", "Backpage"])
    assert chain.exit_code == 1
    assert "platform:backpage (Platform, 'Backpage'), not a Vendor" in chain.output


def test_ambiguous_names_list_the_candidates_and_types_narrow_them(tmp_path):
    facts = tmp_path / "mercury.yaml"
    facts.write_text(
        "entities:\n  - {type: Vendor, name: Mercury}\n  - {type: Platform, name: Mercury}\n",
        encoding="utf-8",
    )
    spec = f"embedded:{tmp_path / 'g'}"
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["--store", spec, "ingest", "--no-reference", str(facts)]).exit_code == 0
    )
    shown = runner.invoke(cli, ["--store", spec, "show", "mercury"])
    assert shown.exit_code == 1
    assert "'mercury' names 2 entities: platform:mercury (Platform" in shown.output
    assert "vendor:mercury (Vendor" in shown.output and "Give the entity id" in shown.output
    for query in ("vendors_of", "platforms_of"):  # one Platform, one Vendor: no ambiguity
        found = runner.invoke(cli, ["--store", spec, "query", query, "Mercury", "--format", "json"])
        assert found.exit_code == 0, found.output
        assert json.loads(found.stdout) == []
    with open_store(spec, read_only=True) as store:
        with pytest.raises(AmbiguousNameError) as caught:
            run_named(store, "outgoing", {"entity": "MERCURY"})
        assert [c["id"] for c in caught.value.candidates] == ["platform:mercury", "vendor:mercury"]
        with pytest.raises(NotFoundError, match="no entity named 'Venus'"):
            run_named(store, "outgoing", {"entity": "Venus"})


def test_queries_command_lists_descriptions_parameters_and_examples(examples_spec):
    result = CliRunner().invoke(cli, ["queries", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = {row["query"]: row for row in json.loads(result.stdout)}
    assert set(listed) == set(NAMES)
    assert listed["path"]["parameters"] == [
        "source",
        "target",
        "max_hops (1-6) = 4",
        "limit (0-1000000) = 100",
    ]
    assert listed["vendors_of"]["parameters"] == [
        "platform (Platform or Organization)",
        "limit (0-1000000) = 100",
    ]
    assert listed["vendors_of"]["example"] == "lgraph query vendors_of Backpage"
    table = CliRunner().invoke(cli, ["queries"]).output
    assert "timeline" in table and "lgraph timeline Backpage" in table
    assert "Every query shows its first 100 rows (routes for path) and says when" in table


def _required_args(name: str) -> list[str]:
    params = CASES[name][0]
    return [str(params[p.name]) for p in load_query(name).required]


@pytest.mark.parametrize("name", NAMES)
def test_every_query_takes_the_same_row_limit(name):
    """One row limit everywhere: the same name, range and default (first 100 rows)."""
    for dialect in ("neo4j", "ladybug"):
        query = load_query(name, dialect)
        limit = query.params["limit"]
        assert (limit.kind, limit.minimum, limit.default) == ("integer", 0, 100), name
        assert query.text.rstrip().count("LIMIT $limit") >= 1, name


def test_a_limit_keeps_the_first_rows_and_says_more_match(examples_store):
    every = run_named(examples_store, "vendors_of", {"platform": "Backpage", "limit": 0})
    assert [r["vendor"] for r in every.records()] == ["Mastercard", "Salesforce", "Visa"]
    assert not every.truncated and not every.notes
    cut = run_named(examples_store, "vendors_of", {"platform": "Backpage", "limit": 2})
    assert [r["vendor"] for r in cut.records()] == ["Mastercard", "Salesforce"]
    assert cut.truncated and cut.limit == 2
    assert cut.notes == [
        "showing the first 2 rows; more match (raise the limit with --limit N or limit=N, "
        "or 0 for all)"
    ]
    exact = run_named(examples_store, "vendors_of", {"platform": "Backpage", "limit": 3})
    assert len(exact.rows) == 3 and not exact.truncated and not exact.notes
    default = run_named(examples_store, "vendors_of", {"platform": "Backpage"})
    assert default.limit == 100 and default.rows == every.rows


def test_shared_vendors_lists_the_first_platform_names_and_counts_them_all(examples_store):
    """max_names cuts each vendor's list of platform names (first by name), not its count."""

    def found(**params):
        rows = run_named(examples_store, "shared_vendors", params).records()
        return {r["vendor"]: (r["platforms"], r["platform_names"]) for r in rows}

    every = found(max_names=0)
    assert every["Mastercard"] == (2, ["Backpage", "Pornhub"])
    assert found() == every  # the examples' vendors have fewer than 20 platforms
    one = found(max_names=1)
    assert one["Mastercard"] == (2, ["Backpage"])
    assert all(one[v] == (count, names[:1]) for v, (count, names) in every.items())


def test_liability_chain_of_one_vendor_or_of_every_vendor(examples_store):
    """A vendor's chains only, none for a vendor without any (never every vendor's), and
    every vendor's when none is given: the query finds the vendor by id first and lists
    every vendor only when no vendor was given."""

    def vendors(**params):
        rows = run_named(examples_store, "liability_chain", params).records()
        return sorted({r["vendor_id"] for r in rows})

    assert vendors(vendor="Salesforce") == ["vendor:salesforce"]
    assert vendors(vendor="Metro Bank") == []
    assert vendors() == ["vendor:mastercard", "vendor:salesforce", "vendor:visa"]


def test_the_path_limit_counts_routes_not_hops(examples_store):
    every = run_named(examples_store, "path", {"source": "Salesforce", "target": "FOSTA"})
    routes = list(dict.fromkeys(r["route"] for r in every.records()))
    assert routes and not every.truncated
    one = run_named(examples_store, "path", {"source": "Salesforce", "target": "FOSTA", "limit": 1})
    assert {r["route"] for r in one.records()} == {routes[0]}
    assert [r["hop"] for r in one.records()] == [1, 2]  # the whole route, not one hop
    assert one.truncated == (len(routes) > 1)
    if one.truncated:
        assert one.notes[0].startswith("showing the first 1 routes; more match")


def test_the_command_line_limit_notes_cut_rows_on_stderr(examples_spec):
    result = CliRunner().invoke(
        cli,
        ["--store", examples_spec, "query", "vendors_of", "Backpage", "--limit", "1",
         "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [r["vendor"] for r in json.loads(result.stdout)] == ["Mastercard"]
    assert "Note: showing the first 1 rows; more match" in result.stderr
    whole = CliRunner().invoke(
        cli, ["--store", examples_spec, "query", "vendors_of", "Backpage", "--limit", "0"]
    )
    assert whole.exit_code == 0 and "Visa" in whole.stdout and "Note:" not in whole.stderr
    cases = CliRunner().invoke(
        cli, ["--store", examples_spec, "cases", "Salesforce", "--limit", "1"]
    )
    assert cases.exit_code == 0, cases.output
    assert "Note: showing the first 1 rows; more match" in cases.stderr


def test_staged_path_finds_what_all_shortest_finds(examples_spec):
    """`path` on LadybugDB tries fixed 1-, 2- and 3-hop patterns before its ALL SHORTEST
    search (queries' stages): for pairs at every distance, the rows are those of the
    ALL SHORTEST statement run alone."""
    from liability_graph.queries import _NO_LIMIT, decode_evidence

    with open_store(examples_spec, read_only=True) as store:
        query = load_query("path", "ladybug")
        assert len(query.stages) == 5
        alone = query.stages[-1].replace(" AND $max_hops >= 4", "")
        # The two 3-hop statements (a target with few relationships, or many) without their
        # thresholds: on this small graph only the first would run.
        few, many = query.stages[2], query.stages[3]
        assert few.count(" <= 500\n") == 1 and many.count(" > 500\n") == 1
        few, many = few.replace(" <= 500\n", " >= 0\n"), many.replace(" > 500\n", " >= 0\n")
        ids = [
            row[0]
            for kind in ("Vendor", "Platform", "Law", "Person", "Court")
            for row in store.read(f"MATCH (n:`{kind}`) RETURN n.id ORDER BY n.id LIMIT 4").rows
        ]
        hops_seen = set()
        for source in ids:
            for target in ids:
                values = {"source": source, "target": target, "max_hops": 6}
                staged = run_named(store, "path", {**values, "limit": 0})
                plain = decode_evidence(store.read(alone, {**values, "limit": _NO_LIMIT}))
                assert staged.rows == plain.rows, (source, target)
                if staged.rows and staged.rows[-1][1] == 3:
                    values3 = {**values, "limit": _NO_LIMIT}
                    assert (
                        decode_evidence(store.read(few, values3)).rows
                        == decode_evidence(store.read(many, values3)).rows
                        == staged.rows
                    ), (source, target)
                hops_seen.add(max((row[1] for row in staged.rows), default=0))
        assert {1, 2, 3} <= hops_seen and max(hops_seen) >= 4, hops_seen


def test_one_name_scan_finds_several_names(examples_spec):
    """find_by_names (one scan on LadybugDB, used for `path`'s source and target) finds
    what find_by_name finds for each name."""
    with open_store(examples_spec, read_only=True) as store:
        names = ["salesforce", "fosta", "backpage", "no such name"]
        found = store.find_by_names(names, ["Vendor", "Platform", "Law"])
        assert found == {n: store.find_by_name(n, ["Vendor", "Platform", "Law"]) for n in names}
        assert [r["id"] for r in found["salesforce"]] == ["vendor:salesforce"]
        assert found["no such name"] == []
