"""Privacy canary (issue #9): ten protected persons are planted in every way a name reaches
the graph (full names, surnames and given names alone, initials, aliases, case captions,
document titles, URLs and file names, other entities' descriptions and properties, and
plaintiffs that only the victim pass protects). Then every output path runs without
--reveal-protected, on the embedded store and on the real Neo4j server: no canary string
may appear. The embedded store's files on disk must not hold one either. With the vault,
--reveal-protected shows them; without it, it fails clearly; the vault is mode 0600.

Adding an output: one line in OUTPUTS (an export format: one line in EXPORTS; the test
fails while an `lgraph export` format is missing there).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.graph.store import open_store
from liability_graph.queries import load_query, query_names

# -- the ten planted persons ------------------------------------------------------------------

#: Each planted person, with every string of theirs that no output may show.
CANARIES: dict[str, list[str]] = {
    "Marisol Quintanilla-Vex": [
        "Marisol Quintanilla-Vex",
        "Quintanilla-Vex",
        "Marisol",
        "M.Q.",
        "Q. Vex",
    ],
    "Oksana Threlkeld": ["Oksana Threlkeld", "Threlkeld", "Oksana"],
    "Wendelin van Achterberg": ["Wendelin van Achterberg", "Achterberg", "Wendelin"],
    "Ysolde Brackenridge": ["Ysolde Brackenridge", "Brackenridge", "Ysolde", "Y.B."],
    "Thaddeus Okonkwo": ["Thaddeus Okonkwo", "Okonkwo", "Thaddeus"],
    "Ignatius Pemberton": ["Ignatius Pemberton", "Pemberton", "Ignatius"],
    "Jane Doe (R.K.)": ["R.K.", "Jane Doe (R.K.)"],
    # plaintiffs named only in documents: the victim pass protects them
    "Lucinda Marchetti": ["Lucinda Marchetti", "Marchetti", "Lucinda"],
    "Femke Oosterwijk": ["Femke Oosterwijk", "Oosterwijk", "Femke"],
    "Ambrose Quillon": ["Ambrose Quillon", "Quillon", "Ambrose"],
}
#: What a revealed export must show (the victims' names as the sources wrote them).
REVEALED = list(CANARIES)
#: Known, not protected: must stay visible (the canary check can see names at all).
VISIBLE = ["Flarebook", "Paystream", "Peter Quintanilla"]

_CANARY = re.compile(
    "|".join(
        rf"(?<![^\W_]){re.escape(s)}(?![^\W_])"
        for s in sorted({s for v in CANARIES.values() for s in v}, key=len, reverse=True)
    ),
    re.IGNORECASE,
)

FACTS_YAML = """\
sources:
  testimony:
    title: "Marisol Quintanilla-Vex testifies about Flarebook"
    url: https://news.example.org/2020/marisol-quintanilla-vex-testifies
    published: 2020-03-02
  complaint:
    title: "Complaint in Quintanilla-Vex v. Flarebook"
    url: https://courts.example.org/quintanilla-vex-v-flarebook/complaint.pdf
    published: 2020-01-15
  pemberton:
    title: "Ignatius Pemberton speaks out"
    url: https://news.example.org/ignatius-pemberton-speaks-out
    published: 2021-09-01
entities:
  - {type: Platform, name: Flarebook, description: "Photo site where Oksana Threlkeld was first contacted."}
  - {type: Person, name: Marisol Quintanilla-Vex, aliases: [Marisol Q. Vex], description: "Survivor who testified in 2020.", properties: {protected: true, role: plaintiff}, sources: [testimony]}
  - {type: Person, name: Oksana Threlkeld, properties: {protected: true}}
  - {type: Person, name: Wendelin van Achterberg, properties: {protected: true, role: eiseres}}
  - {type: Person, name: Ignatius Pemberton, properties: {protected: true}}
  - {type: Person, name: "Jane Doe (R.K.)", aliases: [R.K. (plaintiff)], properties: {protected: true}}
  - {type: Person, name: Peter Quintanilla, description: "Flarebook's head of security."}
  - {type: Case, name: Quintanilla-Vex v. Flarebook, aliases: [M.Q. v. Flarebook], properties: {kind: civil, filed: 2020-01}}
  - {type: Case, name: R.K. v. Paystream, properties: {kind: civil, filed: 2022}}
  - {type: Court, name: Canary County Superior Court}
  - {type: Jurisdiction, name: Canary County}
relationships:
  - type: HEARD_BY
    from: Quintanilla-Vex v. Flarebook
    to: Canary County Superior Court
    status: established
    quote: "Judge Ames heard Quintanilla-Vex v. Flarebook in the Canary County Superior Court."
    source: complaint
  - type: IN_JURISDICTION
    from: R.K. v. Paystream
    to: Canary County
    status: established
    quote: "R.K. v. Paystream was filed in Canary County."
    source: pemberton
  - type: PLAINTIFF_IN
    from: Marisol Quintanilla-Vex
    to: Quintanilla-Vex v. Flarebook
    status: established
    evidence:
      - {source: complaint, quote: "Plaintiff M.Q., now 19, brings this action against Flarebook.", start: 10, end: 70}
      - {source: testimony, quote: "Quintanilla-Vex told the committee that Marisol was 14 when Peter Quintanilla ignored her reports.", start: 100, end: 196}
  - type: DEFENDANT_IN
    from: Flarebook
    to: Quintanilla-Vex v. Flarebook
    status: alleged
    properties: {charges: "profiting from the trafficking of Marisol Quintanilla-Vex"}
    quote: "Flarebook is sued by Quintanilla-Vex over the sex trafficking of a minor."
    source: complaint
  - type: SERVICED
    from: Paystream
    to: Flarebook
    status: alleged
    properties: {service: "payments, flagged by Oksana Threlkeld's lawyers"}
    quote: "Paystream processed Flarebook's payments, Threlkeld's lawyers say; Oksana was 16."
    source: https://news.example.org/threlkeld-paystream
  - type: PLAINTIFF_IN
    from: Wendelin van Achterberg
    to: Quintanilla-Vex v. Flarebook
    status: alleged
    quote: "Ook Van Achterberg sloot zich aan bij de zaak tegen Flarebook."
    source: https://nieuws.example.nl/wendelin-van-achterberg
  - type: PLAINTIFF_IN
    from: Jane Doe (R.K.)
    to: R.K. v. Paystream
    status: established
    quote: "R.K., a minor at the time, sued Paystream in 2022."
    source: pemberton
  - type: DEFENDANT_IN
    from: Paystream
    to: R.K. v. Paystream
    status: alleged
    quote: "Pemberton said Paystream kept processing payments for Flarebook."
    source: pemberton
"""

ENTITIES_CSV = """\
type,name,aliases,description,protected
Vendor,Paystream,Paystream Inc.,"Payment processor named in Ysolde Brackenridge's complaint",
Person,Ysolde Brackenridge,Y. Brackenridge,Former moderator who reported the abuse,true
"""

RELATIONSHIPS_CSV = """\
type,from,to,status,quote,source,source_title
PLAINTIFF_IN,Ysolde Brackenridge,R.K. v. Paystream,alleged,"Y.B. joined the suit; Brackenridge says Paystream was warned.",https://news.example.org/brackenridge-joins,Ysolde Brackenridge joins the R.K. suit
"""

FACTS_JSON = {
    "entities": [
        {"type": "Person", "name": "Thaddeus Okonkwo", "properties": {"protected": True}},
        {"type": "Organization", "name": "Survivors Law Project",
         "description": "Represents Thaddeus Okonkwo and other survivors."},
    ],
    "relationships": [
        {"type": "PLAINTIFF_IN", "from": "Thaddeus Okonkwo", "to": "R.K. v. Paystream",
         "status": "alleged", "quote": "Okonkwo, then 15, is a plaintiff too; Thaddeus testified.",
         "source": "https://news.example.org/thaddeus-okonkwo-interview"},
    ],
}  # fmt: skip

DOCUMENTS = {
    "lucinda-marchetti.md": """\
---
title: Lucinda Marchetti sues Flarebook over trafficking
url: https://news.example.org/2021/lucinda-marchetti-sues-flarebook
published: 2021-05-04
language: en
---
# Lucinda Marchetti sues Flarebook over trafficking

Lucinda Marchetti sued Flarebook in May 2021, alleging that the site profited from her sex \
trafficking. Marchetti said the platform ignored her reports for two years. Lucinda was a minor \
when the abuse began, her lawyers said.
""",
    "femke-oosterwijk.md": """\
---
title: Femke Oosterwijk klaagt Flarebook aan
url: https://nieuws.example.nl/femke-oosterwijk-klaagt-flarebook-aan
published: 2022-02-10
language: nl
---
# Femke Oosterwijk klaagt Flarebook aan

Femke Oosterwijk heeft Flarebook aangeklaagd wegens mensenhandel. Volgens Oosterwijk verdiende \
het platform aan video's van haar misbruik toen ze minderjarig was.
""",
    "flarebook-abuse-case.md": """\
---
title: Court hears Flarebook abuse case
published: 2023-01-12
language: en
---
# Court hears Flarebook abuse case

Ambrose Quillon filed a lawsuit against Flarebook in 2023, accusing the site of hosting videos \
of his abuse as a child. Quillon is represented by the Survivors Law Project.
""",
}

GOLD = """\
version: 1
documents:
  - file: lucinda-marchetti.md
    language: en
    relationships:
      - {type: PLAINTIFF_IN, from: Lucinda Marchetti, to: Lucinda Marchetti v. Flarebook, status: alleged}
      - {type: FOUNDED, from: Lucinda Marchetti, to: Flarebook, quote: "Lucinda Marchetti founded nothing"}
  - file: femke-oosterwijk.md
    language: nl
    relationships:
      - {type: PLAINTIFF_IN, from: Femke Oosterwijk, to: Flarebook, quote: "Femke Oosterwijk heeft Flarebook aangeklaagd"}
  - file: flarebook-abuse-case.md
    language: en
    mentions: [Ambrose Quillon, Quillon]
entities:
  - {name: Lucinda Marchetti v. Flarebook, type: Case}
  - {name: Lucinda Marchetti, type: Person}
  - {name: Femke Oosterwijk, type: Person}
  - {name: Ambrose Quillon, type: Person}
  - {name: Flarebook, type: Platform}
"""


#: A file with errors that quote protected names.
BAD_YAML = """\
relationships:
  - {type: PLAINTIFF_IN, from: Oksana Threlkeld, to: Threlkeld v. Nobody, status: alleged,
     quote: "Oksana Threlkeld sued nobody.", source: https://example.org/x}
"""


def plant(folder: Path) -> Path:
    """The canary corpus: curated YAML, CSV and JSON, and three articles (and, beside the
    folder, a gold file for `lgraph eval`)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / "gold.yaml").write_text(GOLD, encoding="utf-8")
    (folder / "a-people.csv").write_text(ENTITIES_CSV, encoding="utf-8")
    (folder / "b-facts.yaml").write_text(FACTS_YAML, encoding="utf-8")
    (folder / "c-more.json").write_text(json.dumps(FACTS_JSON), encoding="utf-8")
    (folder / "d-reports.csv").write_text(RELATIONSHIPS_CSV, encoding="utf-8")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# -- the output paths -------------------------------------------------------------------------

#: Every output path that needs no argument from the graph: (label, lgraph arguments).
#: "{out}" is replaced by a file the output is read from. Add a line to cover a new output.
OUTPUTS: list[tuple[str, list[str]]] = [
    ("stats", ["stats", "--format", "json"]),
    ("chain", ["chain"]),
    ("chain json", ["chain", "--format", "json"]),
    ("review", ["review"]),
    ("review json", ["review", "--format", "json"]),
    ("review facts", ["review", "facts", "--curated"]),
    ("review facts json", ["review", "facts", "--curated", "--format", "json"]),
    ("review facts csv", ["review", "facts", "--curated", "--format", "csv"]),
    ("query --list", ["query", "--list"]),
    ("queries", ["queries", "--format", "json"]),
    ("documents", ["documents"]),
    ("documents json", ["documents", "--format", "json"]),
    ("documents csv", ["documents", "--format", "csv"]),
]
#: Every `lgraph export FORMAT`, with its arguments: one line per format.
EXPORTS: dict[str, list[str]] = {
    "json": ["export", "json", "-o", "{out}"],
    "html": ["export", "html", "--documents", "-o", "{out}"],
    "graphml": ["export", "graphml", "-o", "{out}"],
    "gexf": ["export", "gexf", "-o", "{out}"],
    "csv": ["export", "csv", "-o", "{out}"],  # a folder: every file in it is read
    "cypher": ["export", "cypher", "-o", "{out}"],
    "ftm": ["export", "ftm", "-o", "{out}"],
}
#: Names a user might mistype: errors and "did you mean" hints must not complete them.
MISSPELT = ["Quintanila-Vex", "Threlkeldt", "Achterburg", "Brakenridge", "Marchett", "Oosterwyk"]


def _outputs(store_spec: str, corpus: Path) -> Iterator[tuple[str, list[str]]]:
    """Every output path with the arguments this graph gives it: the fixed ones, every export,
    show and cases of every entity, every named query with every id, a Cypher dump of every
    property of every node and edge, eval's errors, and errors with their hints."""
    yield from OUTPUTS
    gold = str(corpus.parent / "gold.yaml")
    yield "eval --errors", ["eval", str(corpus), gold, "--errors"]
    yield "eval json", ["eval", str(corpus), gold, "--format", "json"]
    yield from ((f"export {name}", args) for name, args in EXPORTS.items())
    with open_store(store_spec, read_only=True) as store:
        ontology = store.ontology
        keys = [e.key for e in store.iter_entities()]
    for key in keys:
        yield f"show {key}", ["show", key]
        yield f"show {key} json", ["show", key, "--format", "json"]
        yield f"cases {key}", ["cases", key, "--format", "json"]
    protected = [k for k in keys if k.startswith("person:protected-")]
    names = ["flarebook", "protected person", *MISSPELT]
    for name in query_names():
        required = [p for p in load_query(name).params.values() if p.required]
        if not required:
            yield f"query {name}", ["query", name, "--format", "json"]
        elif required[0].kind == "name":
            for value in names:
                yield f"query {name} {value}", ["query", name, value, "--format", "json"]
        elif len(required) == 1:  # every stored entity of the types it takes
            types = required[0].types
            for key in keys:
                if not types or ontology.type_of_key(key) in types:
                    yield f"query {name} {key}", ["query", name, key, "--format", "json"]
            for typo in MISSPELT[:2]:  # errors and hints
                yield f"query {name} {typo}", ["query", name, typo]
        else:  # source and target: from each protected person, and from Flarebook
            for key in protected:
                yield f"query {name} {key}", ["query", name, key, "Flarebook", "--format", "json"]
            for key in keys:
                yield f"query {name} Flarebook {key}", ["query", name, "Flarebook", key]
    for key in protected:  # the commands over named queries, in their text form
        yield f"path {key}", ["path", key, "Paystream"]
        yield f"path {key} json", ["path", key, "Flarebook", "--format", "json"]
        yield f"timeline {key}", ["timeline", key, "--quotes", "5"]
    for key in [k for k in keys if not k.startswith("document:")]:
        yield f"timeline {key} json", ["timeline", key, "--format", "json"]
    yield "path typo", ["path", MISSPELT[0], "Flarebook"]
    yield "timeline typo", ["timeline", MISSPELT[2]]
    for type_name in ontology.node_types:
        yield (
            f"cypher {type_name}",
            ["cypher", f"MATCH (n:`{type_name}`) RETURN n", "--format", "json"],
        )
    for type_name in ontology.relationship_types:
        text = f"MATCH (a)-[r:`{type_name}`]->(b) RETURN a.id, r, b.id"
        yield f"cypher {type_name}", ["cypher", text, "--format", "json"]
    for typo in MISSPELT:
        yield f"show {typo}", ["show", typo]
        yield f"cases {typo}", ["cases", typo]
        yield f"chain {typo}", ["chain", typo]
    yield "review --same", ["review", "--same", MISSPELT[0], MISSPELT[1]]
    yield "cypher error", ["cypher", "MATCH (n) RETURN n.nosuchproperty("]
    # a facts file the user writes holds pseudonyms too (docs/privacy.md, "Facts files")
    yield "extract -o file", ["extract", str(corpus), "-o", "{out}", "--workers", "2"]
    yield "extract -o -", ["extract", str(corpus), "-o", "-", "--workers", "1"]
    yield (
        "extract --names-from",
        ["extract", str(corpus), "-o", "{out}", "--names-from", store_spec],
    )


def _run(runner: CliRunner, spec: str, args: list[str], env: dict[str, str], out: Path) -> str:
    args = [a.replace("{out}", str(out)) for a in args]
    result = runner.invoke(cli, ["--store", spec, *args], env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    text = result.output
    if out.is_dir():
        for path in sorted(out.iterdir()):
            text += path.read_text(encoding="utf-8", errors="replace")
        shutil.rmtree(out)
    elif out.exists():
        text += out.read_text(encoding="utf-8", errors="replace")
        out.unlink()
    return text


def _hits(text: str) -> list[str]:
    return sorted({m.group(0) for m in _CANARY.finditer(text)})


def _store_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path


# -- the test, on each store ------------------------------------------------------------------


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def canary_store(request, tmp_path) -> tuple[str, dict[str, str], Path]:
    """(store spec, environment, vault) of a store filled with the canary corpus."""
    vault = tmp_path / "analyst.vault"
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_store")  # an emptied test database
        env = {**request.getfixturevalue("neo4j_env"), "LGRAPH_VAULT": str(vault)}
        spec = env["NEO4J_URI"]
    else:
        spec, env = f"embedded:{tmp_path / 'graph'}", {}
        vault = tmp_path / "graph.vault"  # the default: beside the store folder
    result = CliRunner().invoke(
        cli, ["--store", spec, "ingest", "--no-reference", str(plant(tmp_path / "corpus"))], env=env
    )
    assert result.exit_code == 0, result.output
    assert not _hits(result.output), result.output
    # a bad file's errors name what it could not resolve: never by a protected name
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "typo.yaml").write_text(BAD_YAML, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", spec, "ingest", str(bad)], env=env)
    assert result.exit_code == 1 and "no entity named" in result.output, result.output
    assert not _hits(result.output), result.output
    return spec, env, vault


def test_no_output_shows_a_protected_name(canary_store, tmp_path, capsys):
    spec, env, _ = canary_store
    runner = CliRunner()
    out = tmp_path / "output"
    leaks: dict[str, list[str]] = {}
    checked = 0
    seen = ""
    for label, args in _outputs(spec, tmp_path / "corpus"):
        text = _run(runner, spec, args, env, out)
        checked += 1
        seen += text
        if _hits(text):
            leaks[label] = _hits(text)
    with capsys.disabled():
        print(f"\nprivacy canary on {spec.split(':')[0]}: {checked} outputs, {len(leaks)} leaking")
    assert leaks == {}
    assert checked > 150
    for name in VISIBLE:  # the outputs do show names, just not the protected ones
        assert name in seen
    assert seen.count("Protected person ") > 100


def test_every_export_format_is_in_the_canary():
    formats = set(cli.commands["export"].commands)
    assert formats <= set(EXPORTS), f"add {sorted(formats - set(EXPORTS))} to EXPORTS"


def test_the_python_api_shows_no_protected_name(canary_store):
    from liability_graph.queries.analytics import to_networkx

    spec, env, _ = canary_store
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        with open_store(spec, read_only=True) as store:
            graph = to_networkx(store, include_documents=True)
    text = json.dumps([list(graph.nodes(data=True)), list(graph.edges(data=True))], default=str)
    assert not _hits(text)
    assert "Flarebook" in text


def test_the_embedded_store_files_hold_no_protected_name(tmp_path):
    spec = f"embedded:{tmp_path / 'graph'}"
    result = CliRunner().invoke(
        cli, ["--store", spec, "ingest", "--no-reference", str(plant(tmp_path / "corpus"))]
    )
    assert result.exit_code == 0, result.output
    folder = tmp_path / "graph"
    seen = b""
    for path in _store_files(folder):
        data = path.read_bytes()
        seen += data
        found = _hits(data.decode("utf-8", errors="replace"))
        assert not found, f"{path.name} holds {found}"
    assert b"Flarebook" in seen and b"Peter Quintanilla" in seen  # strings are readable there
    assert not (folder / "graph.vault").exists()  # the vault is not in the store folder


def test_the_vault_reveals_them_and_is_private(canary_store, tmp_path):
    spec, env, vault = canary_store
    assert vault.exists()
    assert stat.S_IMODE(os.stat(vault).st_mode) == 0o600
    runner = CliRunner()
    revealed = runner.invoke(
        cli, ["--store", spec, "export", "json", "--reveal-protected"], env=env
    )
    assert revealed.exit_code == 0, revealed.output
    for name in REVEALED:
        assert name in revealed.output, name
    # the quotes come back exactly as their sources wrote them
    assert "Quintanilla-Vex told the committee that Marisol was 14" in revealed.output
    assert "https://news.example.org/2021/lucinda-marchetti-sues-flarebook" in revealed.output
    # show by real name works only when revealing
    shown = runner.invoke(
        cli, ["--store", spec, "show", "Oksana Threlkeld", "--reveal-protected"], env=env
    )
    assert shown.exit_code == 0 and "Oksana Threlkeld" in shown.output, shown.output
    hidden = runner.invoke(cli, ["--store", spec, "show", "Oksana Threlkeld"], env=env)
    assert hidden.exit_code == 1 and "no entity named" in hidden.output
    # the newer outputs reveal too: documents, timeline and path
    args = ["documents", "--reveal-protected", "--format", "json"]
    listed = runner.invoke(cli, ["--store", spec, *args], env=env)
    assert "Lucinda Marchetti sues Flarebook" in listed.output, listed.output
    args = ["timeline", "Marisol Quintanilla-Vex", "--reveal-protected"]
    told = runner.invoke(cli, ["--store", spec, *args], env=env)
    assert told.exit_code == 0 and "Timeline of Marisol Quintanilla-Vex" in told.output, told.output
    args = ["path", "Marisol Quintanilla-Vex", "Flarebook", "--reveal-protected"]
    found = runner.invoke(cli, ["--store", spec, *args], env=env)
    assert found.exit_code == 0 and "Marisol Quintanilla-Vex –PLAINTIFF_IN→" in found.output
    # without the vault, revealing fails clearly, and nothing is shown
    missing = tmp_path / "no-such.vault"
    for args in (["export", "json"], ["cypher", "MATCH (n) RETURN n.name"], ["chain"]):
        result = runner.invoke(
            cli, ["--store", spec, "--vault", str(missing), *args, "--reveal-protected"], env=env
        )
        assert result.exit_code == 1, result.output
        assert f"no vault at {missing}" in result.output and "Hint:" in result.output
        assert not _hits(result.output)


# -- the other ways in and out: workers, Dask, facts files, removing documents ---------------


def test_workers_give_the_same_pseudonymised_graph(tmp_path):
    """Documents extracted in worker processes are pseudonymised like the rest: the same
    graph as one process, byte for byte, with none of the names."""
    corpus = plant(tmp_path / "corpus")
    vault = ["--vault", str(tmp_path / "shared.vault")]
    runner = CliRunner()
    exports = []
    for workers in ("1", "2"):
        spec = f"embedded:{tmp_path / f'graph-{workers}'}"
        args = [*vault, "--store", spec, "ingest", "--no-reference", "--workers", workers]
        result = runner.invoke(cli, [*args, str(corpus)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(cli, [*vault, "--store", spec, "export", "json", "-o", "-"])
        assert result.exit_code == 0, result.output
        exports.append(result.stdout_bytes)
    assert exports[0] == exports[1]
    assert not _hits(exports[0].decode("utf-8")) and b"Flarebook" in exports[0]


def test_a_facts_file_holds_pseudonyms_and_needs_its_vault(tmp_path):
    corpus = plant(tmp_path / "corpus")
    vault = ["--vault", str(tmp_path / "facts.vault")]
    facts = tmp_path / "facts.jsonl"
    runner = CliRunner()
    result = runner.invoke(cli, [*vault, "extract", str(corpus), "-o", str(facts)])
    assert result.exit_code == 0, result.output
    text = facts.read_text(encoding="utf-8")
    assert not _hits(text) and "Protected person " in text and "Flarebook" in text
    assert not list(tmp_path.glob(".lgraph-facts-*"))  # the clear working file is gone
    # revealing: the names as the documents give them
    clear = tmp_path / "clear.jsonl"
    args = [*vault, "extract", str(corpus), "-o", str(clear), "--reveal-protected"]
    assert runner.invoke(cli, args).exit_code == 0
    assert {"Lucinda Marchetti", "Oksana Threlkeld"} <= set(_hits(clear.read_text("utf-8")))
    # ingested with its vault: the graph a direct ingest builds; with another: refused
    spec = f"embedded:{tmp_path / 'graph'}"
    result = runner.invoke(cli, [*vault, "--store", spec, "ingest", "--no-reference", str(facts)])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(cli, [*vault, "--store", spec, "export", "json", "--reveal-protected"])
    assert "Lucinda Marchetti" in shown.output and "Oksana Threlkeld" in shown.output
    other = f"embedded:{tmp_path / 'other'}"
    result = runner.invoke(cli, ["--store", other, "ingest", "--no-reference", str(facts)])
    assert result.exit_code == 1
    assert "pseudonymised with another vault" in result.output
    assert not _hits(result.output)


def test_the_dask_map_step_writes_pseudonymised_parts(tmp_path):
    pytest.importorskip("dask.bag")
    from liability_graph.distributed import map_files, reduce_into
    from liability_graph.graph.embedded import EmbeddedStore

    corpus = plant(tmp_path / "corpus")
    vault = tmp_path / "team.vault"
    parts = map_files([corpus], tmp_path / "parts", partitions=2, vault=vault, scheduler="sync")
    text = "".join(p.read_text(encoding="utf-8") for p in parts)
    assert not _hits(text) and "Protected person " in text
    store = EmbeddedStore(tmp_path / "graph")
    store.vault_path = vault
    try:
        report = reduce_into(store, parts, reference=False)
    finally:
        store.close()
    assert report.ok, report.skipped
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "graph"), "--vault", str(vault),
                                      "export", "json", "-o", "-"])  # fmt: skip
    assert result.exit_code == 0 and "Flarebook" in result.output
    assert not _hits(result.output)


def test_a_document_is_removed_by_the_path_it_was_read_from(canary_store, tmp_path):
    """Its stored source is pseudonymised; `lgraph remove` finds it by the real path."""
    spec, env, _ = canary_store
    path = tmp_path / "corpus" / "lucinda-marchetti.md"
    result = CliRunner().invoke(cli, ["--store", spec, "remove", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert "Removed 1 document(s)" in result.output
    assert not _hits(result.output)
