"""Reviewing facts (`lgraph review facts`): the list and its filters, reject / confirm / undo,
and decisions that hold across re-ingest, sync and entity merges, on both stores."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.errors import FactReviewError
from liability_graph.graph.fact_reviews import CONFIRMED, REJECTED, FactReview, fact_id
from liability_graph.graph.model import Entity
from liability_graph.graph.sync import sync
from liability_graph.loaders.fact_review import (
    FactFilter,
    list_facts,
    resolve_fact,
    review_facts,
    stored_relationship,
)
from liability_graph.loaders.ingest import ingest
from liability_graph.loaders.review import mark_same

ZUCKERBERG = "person:mark-zuckerberg-FOUNDED->platform:facebook"
NEWMARK = "person:craig-newmark-FOUNDED->platform:craigslist"
ZUCK_A = "Mark Zuckerberg founded Facebook in 2004."
ZUCK_B = "Facebook was founded by Mark Zuckerberg in 2004, the company said."
ZUCK_C = "Mark Zuckerberg founded Facebook in 2004 with his room mates."
NEWMARK_A = "Craig Newmark founded Craigslist in 1995."
NEWMARK_FILING = "Craig Newmark started Craigslist as an email list."

FACTS = """\
sources:
  filing: {title: "A filing", url: "https://example.org/filing", published: 2020-01-02}
entities:
  - {type: Person, name: Mark Zuckerberg}
  - {type: Platform, name: Facebook}
  - {type: Person, name: Craig Newmark}
  - {type: Platform, name: Craigslist}
relationships:
  - type: FOUNDED
    from: Craig Newmark
    to: Craigslist
    status: established
    evidence:
      - {source: filing, quote: "Craig Newmark started Craigslist as an email list."}
"""


def _document(title: str, body: str) -> str:
    return f"---\ntitle: {title}\npublished: 2020-05-01\n---\n{body}\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A fact file (names that anchor extraction) and two articles; Zuckerberg's founding
    is stated in both articles, Newmark's in one article and in the fact file."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "0-facts.yaml").write_text(FACTS, encoding="utf-8")
    (folder / "a.txt").write_text(_document("First", f"{ZUCK_A} {NEWMARK_A}"), encoding="utf-8")
    (folder / "b.txt").write_text(_document("Second", ZUCK_B), encoding="utf-8")
    return folder


@pytest.fixture
def later_article(tmp_path) -> Path:
    """A third article stating Zuckerberg's founding in its own words."""
    path = tmp_path / "later" / "c.txt"
    path.parent.mkdir()
    path.write_text(_document("Third", ZUCK_C), encoding="utf-8")
    return path


def _quotes(rel) -> list[str]:
    return sorted(e.quote for e in rel.evidence)


def _founded_rows(store, **filters) -> list[tuple]:
    return [
        (r.id, r.rel.key, r.review, [e.quote for e in r.evidence])
        for r in list_facts(store, FactFilter(types=("FOUNDED",), **filters))
    ]


# -- decisions that survive re-ingest, on both stores --------------------------------------


def test_rejected_fact_stays_gone_after_reingest(store, corpus, later_article):
    assert ingest(store, [corpus], reference=False).ok
    assert _founded_rows(store) == [
        (fact_id(NEWMARK), NEWMARK, "unreviewed", [NEWMARK_A]),
        (fact_id(ZUCKERBERG), ZUCKERBERG, "unreviewed", [ZUCK_A, ZUCK_B]),
    ]

    [done] = review_facts(store, reject=[fact_id(ZUCKERBERG)[:5]], note="test")
    assert (done.action, done.key, done.evidence, done.documents) == (REJECTED, ZUCKERBERG, 2, 2)
    assert stored_relationship(store, ZUCKERBERG) is None
    [decision] = store.fact_reviews()
    assert (decision.key, decision.decision, decision.note) == (ZUCKERBERG, REJECTED, "test")
    assert _quotes(decision.fact) == sorted([ZUCK_A, ZUCK_B])

    again = ingest(store, [corpus], reference=False)
    assert again.ok and again.documents_read == 3
    assert again.summary.relationships_rejected == 1
    assert again.summary.evidence_rejected == 2
    assert (again.summary.relationships_added, again.summary.relationships_updated) == (0, 0)
    assert stored_relationship(store, ZUCKERBERG) is None
    assert ZUCKERBERG not in {r.key for r in store.iter_relationships("FOUNDED")}
    assert _founded_rows(store, reviews=("rejected",)) == [
        (fact_id(ZUCKERBERG), ZUCKERBERG, "rejected", [ZUCK_A, ZUCK_B])
    ]

    # A new version of an article (other bytes: another document) with the same sentence
    # at another place stays blocked: the same path states the same quote.
    article = corpus / "a.txt"
    article.write_text(_document("First", f"Updated. {ZUCK_A} {NEWMARK_A}"), encoding="utf-8")
    edited = ingest(store, [corpus], reference=False)
    assert edited.ok and edited.summary.relationships_rejected == 1
    assert stored_relationship(store, ZUCKERBERG) is None

    # Evidence from another document brings the fact back, with that evidence only.
    assert ingest(store, [corpus, later_article], reference=False).ok
    back = stored_relationship(store, ZUCKERBERG)
    assert back is not None and _quotes(back) == [ZUCK_C]
    assert _founded_rows(store, reviews=("reopened",)) == [
        (fact_id(ZUCKERBERG), ZUCKERBERG, "reopened", [ZUCK_C])
    ]
    # Rejecting it again blocks the old and the new evidence.
    review_facts(store, reject=[ZUCKERBERG])
    assert _quotes(store.fact_reviews()[0].fact) == sorted([ZUCK_A, ZUCK_B, ZUCK_C])
    last = ingest(store, [corpus, later_article], reference=False)
    assert (last.summary.relationships_rejected, last.summary.evidence_rejected) == (1, 3)
    assert stored_relationship(store, ZUCKERBERG) is None


def test_confirmed_fact_is_marked_and_stays_marked(store, corpus):
    assert ingest(store, [corpus], reference=False).ok
    [done] = review_facts(store, confirm=[fact_id(NEWMARK)])
    assert (done.action, done.key) == (CONFIRMED, NEWMARK)
    marked = "MATCH ()-[r:FOUNDED]->() WHERE r.confirmed = true RETURN r.key AS key, r.status AS s"
    assert store.read(marked).rows == [[NEWMARK, "established"]]  # the status is unchanged

    again = ingest(store, [corpus], reference=False)
    assert again.ok and again.summary.relationships_updated == 0
    stored = stored_relationship(store, NEWMARK)
    assert stored.confirmed is True and _quotes(stored) == sorted([NEWMARK_A, NEWMARK_FILING])
    assert store.read(marked).rows == [[NEWMARK, "established"]]
    assert [r.review for r in list_facts(store, FactFilter(reviews=("confirmed",)))] == [
        "confirmed"
    ]

    review_facts(store, undo=[fact_id(NEWMARK)])
    assert store.read(marked).rows == []
    assert store.fact_reviews() == []
    assert stored_relationship(store, NEWMARK).confirmed is None


def test_undo_restores_a_rejected_fact_and_confirm_restores_it_marked(store, corpus):
    assert ingest(store, [corpus], reference=False).ok
    before = stored_relationship(store, ZUCKERBERG)
    review_facts(store, reject=[fact_id(ZUCKERBERG)])
    [undone] = review_facts(store, undo=[fact_id(ZUCKERBERG)])
    assert undone.action == "undone"
    after = stored_relationship(store, ZUCKERBERG)
    assert after.same_content(before) and after.confirmed is None
    assert store.fact_reviews() == []

    review_facts(store, reject=[fact_id(ZUCKERBERG)])
    [done] = review_facts(store, confirm=[fact_id(ZUCKERBERG)])
    assert done.message == "restored and confirmed"
    restored = stored_relationship(store, ZUCKERBERG)
    assert restored.confirmed is True and _quotes(restored) == sorted([ZUCK_A, ZUCK_B])
    assert [(r.key, r.decision) for r in store.fact_reviews()] == [(ZUCKERBERG, CONFIRMED)]
    assert ingest(store, [corpus], reference=False).summary.relationships_rejected == 0


def test_a_merge_moves_decisions_to_the_kept_entity(store, corpus):
    assert ingest(store, [corpus], reference=False).ok
    with store.writer() as writer:
        writer.add_entity(Entity("Person", "Marc Zuckerberg", origin="curated"))
    review_facts(store, reject=[fact_id(ZUCKERBERG)])
    mark_same(store, "Marc Zuckerberg", "Mark Zuckerberg")
    moved = "person:marc-zuckerberg-FOUNDED->platform:facebook"
    assert [(r.key, r.decision) for r in store.fact_reviews()] == [(moved, REJECTED)]
    # The same sentences, now resolved to the kept entity, stay blocked.
    report = ingest(store, [corpus], reference=False)
    assert report.summary.relationships_rejected == 1
    assert stored_relationship(store, moved) is None


@pytest.mark.neo4j
def test_sync_carries_decisions_to_neo4j(embedded_store, neo4j_store, corpus):
    assert ingest(embedded_store, [corpus], reference=False).ok
    review_facts(embedded_store, reject=[fact_id(ZUCKERBERG)], confirm=[fact_id(NEWMARK)])
    sync(embedded_store, neo4j_store)
    assert {(r.key, r.decision) for r in neo4j_store.fact_reviews()} == {
        (ZUCKERBERG, REJECTED),
        (NEWMARK, CONFIRMED),
    }
    assert stored_relationship(neo4j_store, ZUCKERBERG) is None
    assert stored_relationship(neo4j_store, NEWMARK).confirmed is True
    report = ingest(neo4j_store, [corpus], reference=False)
    assert report.summary.relationships_rejected == 1
    assert stored_relationship(neo4j_store, ZUCKERBERG) is None


# -- the list and its filters ----------------------------------------------------------------


def test_listing_filters(embedded_store, corpus):
    store = embedded_store
    assert ingest(store, [corpus], reference=False).ok
    everything = _founded_rows(store, curated=True)
    assert everything == [
        (fact_id(NEWMARK), NEWMARK, "unreviewed", [NEWMARK_FILING, NEWMARK_A]),
        (fact_id(ZUCKERBERG), ZUCKERBERG, "unreviewed", [ZUCK_A, ZUCK_B]),
    ]
    # Curated evidence (fact files, the reference base) only when asked for.
    assert _founded_rows(store, curated=True, min_confidence=0.9) == [
        (fact_id(NEWMARK), NEWMARK, "unreviewed", [NEWMARK_FILING])
    ]
    assert _founded_rows(store, max_confidence=0.5) == []
    assert [row[1] for row in _founded_rows(store, documents=("b.txt",))] == [ZUCKERBERG]
    by_path = _founded_rows(store, documents=(str(corpus / "a.txt"),))
    assert by_path == [
        (fact_id(NEWMARK), NEWMARK, "unreviewed", [NEWMARK_A]),
        (fact_id(ZUCKERBERG), ZUCKERBERG, "unreviewed", [ZUCK_A]),
    ]
    assert _founded_rows(store, documents=("Second",)) == _founded_rows(store, documents=("b.txt",))
    assert _founded_rows(store, statuses=("alleged",)) == []
    assert [r[1] for r in _founded_rows(store, statuses=("established",), limit=1)] == [NEWMARK]
    mentions = list_facts(store, FactFilter(types=("MENTIONS",)))
    assert mentions and {r.rel.type for r in mentions} == {"MENTIONS"}
    assert {r.rel.type for r in list_facts(store)} == {"FOUNDED"}  # MENTIONS only on request

    review_facts(store, reject=[NEWMARK])
    assert [r[1:3] for r in _founded_rows(store, reviews=("rejected", "unreviewed"))] == [
        (NEWMARK, "rejected"),
        (ZUCKERBERG, "unreviewed"),
    ]
    with pytest.raises(FactReviewError, match="unknown relationship type 'FOUNDER'"):
        list_facts(store, FactFilter(types=("FOUNDER",)))
    with pytest.raises(FactReviewError, match=r"no document 'nowhere\.txt'"):
        list_facts(store, FactFilter(documents=("nowhere.txt",)))
    with pytest.raises(FactReviewError, match="unknown status"):
        list_facts(store, FactFilter(statuses=("rumoured",)))


def test_ids_resolve_by_prefix_key_and_say_why_not(embedded_store, corpus):
    store = embedded_store
    assert ingest(store, [corpus], reference=False).ok
    assert resolve_fact(store, fact_id(NEWMARK)[:4].upper(), {}) == NEWMARK
    assert resolve_fact(store, NEWMARK, {}) == NEWMARK
    for ref, message in [
        ("xyz!", "is not a fact id"),
        ("abc", "too short"),
        ("person:nobody-FOUNDED->platform:facebook", "no relationship has the key"),
    ]:
        with pytest.raises(FactReviewError, match=message):
            resolve_fact(store, ref, {})
    unknown = next(
        h
        for h in (hashlib.sha1(str(i).encode()).hexdigest()[:8] for i in itertools.count())
        if not any(fact_id(k).startswith(h) for k in (NEWMARK, ZUCKERBERG))
    )
    with pytest.raises(FactReviewError, match="no fact has the id"):
        resolve_fact(store, unknown, {})
    # Two decided keys whose ids share their first four digits: that prefix is ambiguous.
    seen: dict[str, str] = {}
    for i in itertools.count():
        key = f"person:p{i}-FOUNDED->platform:x"
        clash = seen.setdefault(fact_id(key)[:4], key)
        if clash != key:
            break
    reviews = {
        k: FactReview(k, REJECTED, "FOUNDED", k.split("-FOUNDED->")[0], "platform:x", "")
        for k in (clash, key)
    }
    with pytest.raises(FactReviewError, match="fits 2 facts"):
        resolve_fact(store, fact_id(key)[:4], reviews)
    assert resolve_fact(store, fact_id(key), reviews) == key


# -- the command line --------------------------------------------------------------------


def _run(runner, spec, *args):
    return runner.invoke(cli, ["--store", spec, *args])


def test_review_facts_command(tmp_path, corpus):
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    assert _run(runner, spec, "ingest", "--no-reference", str(corpus)).exit_code == 0

    listed = _run(runner, spec, "review", "facts", "--format", "json")
    assert listed.exit_code == 0, listed.output
    data = json.loads(listed.output)
    assert [(d["id"], d["source_name"], d["target_name"], d["review"]) for d in data] == [
        (fact_id(NEWMARK), "Craig Newmark", "Craigslist", "unreviewed"),
        (fact_id(ZUCKERBERG), "Mark Zuckerberg", "Facebook", "unreviewed"),
    ]
    assert [e["quote"] for e in data[1]["evidence"]] == [ZUCK_A, ZUCK_B]
    assert data[0]["evidence_total"] == 2  # the fact file's evidence is there, not listed

    table = _run(runner, spec, "review", "facts")
    assert fact_id(ZUCKERBERG) in table.output and "Mark Zuckerberg" in table.output
    assert "Decide with: lgraph review facts --reject ID" in table.output
    csv_out = _run(runner, spec, "review", "facts", "--format", "csv", "--document", "b.txt")
    lines = csv_out.output.splitlines()
    assert lines[0].startswith("id,key,type,source,source_name,target,target_name,status")
    assert len(lines) == 2 and ZUCK_B in lines[1] and ZUCKERBERG in lines[1]

    rejected = _run(runner, spec, "review", "facts", "--reject", fact_id(ZUCKERBERG))
    assert rejected.exit_code == 0, rejected.output
    assert f"Rejected {fact_id(ZUCKERBERG)} ({ZUCKERBERG}): removed" in rejected.output
    confirmed = _run(
        runner, spec, "review", "facts", "--confirm", fact_id(NEWMARK), "--format", "json"
    )
    assert json.loads(confirmed.output)[0]["action"] == "confirmed"

    again = _run(runner, spec, "ingest", "--no-reference", str(corpus))
    assert again.exit_code == 0
    assert "Kept out by review decisions: 1 rejected relationship(s), 2 piece(s)" in again.output
    report = _run(runner, spec, "ingest", "--no-reference", "--format", "json", str(corpus))
    counts = json.loads(report.output)
    assert (counts["relationships_rejected"], counts["evidence_rejected"]) == (1, 2)
    cypher = "MATCH (a)-[r:FOUNDED]->(b) RETURN a.name AS who, r.confirmed AS confirmed"
    rows = json.loads(_run(runner, spec, "cypher", cypher, "--format", "json").output)
    assert rows == [{"who": "Craig Newmark", "confirmed": True}]
    exported = json.loads(_run(runner, spec, "export", "json").output)
    founded = [link for link in exported["links"] if link["type"] == "FOUNDED"]
    assert [link["properties"].get("confirmed") for link in founded] == [True]
    gone = _run(runner, spec, "review", "facts", "--review", "rejected", "--format", "json")
    assert [d["key"] for d in json.loads(gone.output)] == [ZUCKERBERG]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--reject", "nothex"], "'nothex' is not a fact id"),
        (["--reject", "12"], "too short"),
        (["--confirm", "ffffffffff"], "no fact has the id 'ffffffffff'"),
        (["--undo", fact_id(ZUCKERBERG)], "has no decision to undo"),
        (["--reject", fact_id(ZUCKERBERG), "--confirm", fact_id(ZUCKERBERG)], "two different"),
        (["--type", "FOUNDER"], "unknown relationship type"),
        (["--document", "missing.txt"], "no document 'missing.txt'"),
    ],
)
def test_bad_ids_and_filters_fail_clearly(tmp_path, corpus, args, message):
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    assert _run(runner, spec, "ingest", "--no-reference", str(corpus)).exit_code == 0
    result = _run(runner, spec, "review", "facts", *args)
    assert result.exit_code == 1
    assert message in result.output and "Hint:" in result.output


def test_one_bad_id_stops_every_decision(tmp_path, corpus):
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    assert _run(runner, spec, "ingest", "--no-reference", str(corpus)).exit_code == 0
    result = _run(
        runner, spec, "review", "facts", "--reject", fact_id(ZUCKERBERG), "--reject", "ffff0000"
    )
    assert result.exit_code == 1
    listed = json.loads(_run(runner, spec, "review", "facts", "--format", "json").output)
    assert [d["key"] for d in listed] == [NEWMARK, ZUCKERBERG]


def test_entity_review_options_do_not_mix_with_facts(tmp_path, corpus):
    runner = CliRunner()
    spec = f"embedded:{tmp_path / 'graph'}"
    assert _run(runner, spec, "ingest", "--no-reference", str(corpus)).exit_code == 0
    result = _run(runner, spec, "review", "--type", "Person", "facts")
    assert result.exit_code == 2 and "without a subcommand" in result.output
    assert _run(runner, spec, "review", "--format", "json").exit_code == 0


def test_real_subprocess_reject_then_reingest(tmp_path, corpus, neo4j_or_embedded_env):
    lgraph = Path(sys.executable).parent / "lgraph"
    env = {**os.environ, **neo4j_or_embedded_env(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(lgraph), *args], capture_output=True, text=True, env=env)

    assert run("ingest", "--no-reference", str(corpus)).returncode == 0
    rejected = run("review", "facts", "--reject", fact_id(ZUCKERBERG)[:6])
    assert rejected.returncode == 0, rejected.stderr
    assert run("ingest", "--no-reference", str(corpus)).returncode == 0
    listed = run("review", "facts", "--format", "json")
    assert [d["key"] for d in json.loads(listed.stdout)] == [NEWMARK]
    bad = run("review", "facts", "--reject", "zzzz")
    assert bad.returncode == 1 and "is not a fact id" in bad.stderr


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def neo4j_or_embedded_env(request):
    """Environment naming a store for a subprocess: a fresh embedded folder, or the emptied
    Neo4j test server."""
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_store")  # empties the database
        env = request.getfixturevalue("neo4j_env")
        return lambda _tmp: {**env, "LGRAPH_STORE": env["NEO4J_URI"]}
    return lambda tmp: {"LGRAPH_STORE": f"embedded:{tmp / 'graph'}"}
