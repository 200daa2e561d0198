"""Documents you can manage, on both stores: list them, remove one (the store then equals a
store that never read it), and re-ingest an edited file (its earlier version is replaced),
all or nothing."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from liability_graph.cli import cli
from liability_graph.graph.model import Entity, Evidence, Relationship

EDITED = "corpus/01_backpage_seized.txt"
OLD = "the two veteran newspapermen who co-founded Backpage in 2004"
NEW = "the two longtime publishers who co-founded Backpage in 2004"


def lgraph(spec: str, *args: str, ok: bool = True, env: dict | None = None):
    result = CliRunner().invoke(cli, ["--store", spec, *args], env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path):
    """A --store value on each backend, and a function emptying it."""
    if request.param == "neo4j":
        store = request.getfixturevalue("neo4j_store")
        env = request.getfixturevalue("neo4j_env")
        return store.settings.uri, store.clear, env
    folder = tmp_path / "store"
    return f"embedded:{folder}", lambda: shutil.rmtree(folder, ignore_errors=True), None


@pytest.fixture
def corpus(tmp_path):
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES, copy)
    return copy


def stats(spec: str, env=None) -> dict:
    return json.loads(lgraph(spec, "stats", "--format", "json", env=env).stdout)


def documents(spec: str, env=None) -> list[dict]:
    return json.loads(lgraph(spec, "documents", "--format", "json", env=env).stdout)


def lacey_founded_quotes(spec: str, env=None) -> list[str]:
    rows = json.loads(
        lgraph(
            spec, "cypher",
            "MATCH (:Person {id: 'person:michael-lacey'})-[r:FOUNDED]->(:Platform) RETURN r.evidence",
            "--format", "json", env=env,
        ).stdout
    )  # fmt: skip
    return [item["quote"] for item in rows[0]["r.evidence"]]


def test_documents_lists_sources_and_fact_counts(target, corpus):
    spec, _, env = target
    lgraph(spec, "ingest", str(corpus), env=env)
    listed = documents(spec, env)
    edited = [d for d in listed if (d["source"] or "").endswith(EDITED)]
    assert len(edited) == 1
    assert edited[0]["title"] == "FBI seizes Backpage as its founders face a 93-count indictment"
    assert edited[0]["facts"] >= 5 and edited[0]["mentions"] >= 5
    curated = [d for d in listed if d["kind"] == "curated"]
    assert curated and all(d["url"] for d in curated)
    table = lgraph(spec, "documents", env=env).stdout
    assert table.splitlines()[0].split() == [
        "id",
        "title",
        "source",
        "published",
        "facts",
        "mentions",
    ]


def test_edit_and_reingest_keeps_one_document_and_only_the_new_quote(target, corpus):
    spec, _, env = target
    lgraph(spec, "ingest", str(corpus), env=env)
    before = stats(spec, env)
    assert any(OLD in q for q in lacey_founded_quotes(spec, env))
    path = corpus / EDITED
    path.write_text(path.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    again = lgraph(spec, "ingest", str(corpus), "--format", "json", env=env)
    assert json.loads(again.stdout)["documents_replaced"] == 1
    versions = [d for d in documents(spec, env) if (d["source"] or "").endswith(EDITED)]
    assert len(versions) == 1
    quotes = lacey_founded_quotes(spec, env)
    assert any(NEW in q for q in quotes)
    assert not any(OLD in q for q in quotes)
    assert stats(spec, env) == before  # the same facts, from the new version
    unchanged = lgraph(spec, "ingest", str(corpus), "--format", "json", env=env)
    assert json.loads(unchanged.stdout)["documents_replaced"] == 0


@pytest.mark.parametrize(
    "name", ["corpus/05_salesforce_sued_2019.md", "corpus/22_nl_salesforce_hof.json"]
)
def test_remove_gives_the_store_that_never_read_the_file(target, corpus, name):
    spec, clear, env = target
    path = corpus / name
    text = path.read_bytes()
    path.unlink()
    lgraph(spec, "ingest", str(corpus), env=env)
    without = stats(spec, env)
    clear()
    path.write_bytes(text)
    lgraph(spec, "ingest", str(corpus), env=env)
    assert stats(spec, env) != without
    removed = lgraph(spec, "remove", str(path), "--format", "json", env=env)
    report = json.loads(removed.stdout)
    assert len(report["documents"]) == 1 and report["relationships_removed"] > 0
    assert stats(spec, env) == without
    assert not [d for d in documents(spec, env) if (d["source"] or "").endswith(name)]
    # Reference facts the document also supported stay, with their other evidence.
    chain = json.loads(lgraph(spec, "chain", "Salesforce", "--format", "json", env=env).stdout)
    assert chain and all(hop["evidence"] for c in chain for hop in c["hops"])


def test_remove_by_id_and_url_and_unknown_documents(target, corpus):
    spec, _, env = target
    lgraph(spec, "ingest", str(corpus), env=env)
    listed = documents(spec, env)
    by_url = next(d for d in listed if d["kind"] not in ("curated",) and d["url"])
    by_id = next(d for d in listed if d["id"] != by_url["id"] and d["kind"] != "curated")
    lgraph(spec, "remove", by_url["url"], by_id["id"], env=env)
    left = {d["id"] for d in documents(spec, env)}
    assert by_url["id"] not in left and by_id["id"] not in left
    missing = lgraph(spec, "remove", str(corpus / "seed-story.yaml"), ok=False, env=env)
    assert missing.exit_code == 1
    assert "no stored document is" in missing.output and "lgraph documents" in missing.output


def test_a_failed_replacement_leaves_the_old_version_whole(store, monkeypatch):
    """The removal of the old version and the writing of the new one are one transaction:
    when writing fails after the deletions were sent, nothing of either is kept."""
    doc_v1 = Entity("Document", "v1", key="document:v1",
                    properties={"source": "/tmp/a.txt", "content_hash": "1"})  # fmt: skip
    vendor = Entity("Vendor", "Acme", origin="extracted")
    platform = Entity("Platform", "Board", origin="curated")
    old = Relationship("SERVICED", vendor.key, platform.key, "alleged",
                       [Evidence("document:v1", "Acme served the board.")])  # fmt: skip
    with store.writer() as writer:
        writer.add_all([doc_v1, vendor, platform, old])
    before = store.counts()
    doc_v2 = Entity("Document", "v2", key="document:v2",
                    properties={"source": "/tmp/a.txt", "content_hash": "2"})  # fmt: skip
    other = Entity("Platform", "Other board", origin="curated")
    new = Relationship("SERVICED", vendor.key, other.key, "alleged",
                       [Evidence("document:v2", "Acme served the other board.")])  # fmt: skip

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # The last step of a batch on each backend: new relationships.
    step = "_copy_relationships" if store.dialect == "ladybug" else "_rel_statements"
    with monkeypatch.context() as patch:
        patch.setattr(store, step, fail)
        writer = store.writer(replace_documents=True)
        writer.add_all([doc_v2, other, new])
        with pytest.raises(RuntimeError, match="disk full"):
            writer.flush()
    assert store.counts() == before
    assert list(store.fetch_entities("Document", ["document:v1", "document:v2"])) == ["document:v1"]
    assert list(store.fetch_entities("Vendor", [vendor.key])) == [vendor.key]
    stored = store.fetch_relationships("SERVICED", [old])
    assert [e.quote for e in stored[old.key].evidence] == ["Acme served the board."]
    # Tried again without the failure, the replacement goes through whole.
    with store.writer(replace_documents=True) as writer:
        writer.add_all([doc_v2, other, new])
    assert list(store.fetch_entities("Document", ["document:v1", "document:v2"])) == ["document:v2"]
    assert store.fetch_relationships("SERVICED", [old]) == {}  # its only evidence was v1
    assert list(store.fetch_relationships("SERVICED", [new])) == [new.key]
    assert list(store.fetch_entities("Platform", [platform.key])) == [platform.key]  # curated
