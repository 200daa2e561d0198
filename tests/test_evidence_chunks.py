"""Evidence added to a stored relationship is appended, never rewritten (issue #13).

The embedded store keeps the evidence that a later batch adds to a stored relationship in
chunks of its own (graph/embedded.py, EVIDENCE_CHUNKS): the stored JSON moves once into
chunk 0, each later batch adds one chunk, and no chunk is written again. Every read gives
the evidence whole, as before; removing a document takes its evidence out of the chunks too.
"""

from __future__ import annotations

import shutil

from liability_graph.graph.documents import remove_documents
from liability_graph.graph.embedded import EVIDENCE_CHUNKS, EmbeddedStore
from liability_graph.graph.model import Document, Entity, Evidence, Relationship, evidence_to_json
from liability_graph.loaders.ingest import ingest
from liability_graph.queries import run_named

VENDOR = Entity("Vendor", "Quillmoor Hosting")
PLATFORM = Entity("Platform", "Brackenfold Market")


def document(number: int) -> Document:
    return Document(f"Filing {number}", url=f"https://filings.example/{number}")


def serviced(number: int, status: str = "alleged") -> Relationship:
    quote = f"Filing {number} says Quillmoor Hosting kept Brackenfold Market online."
    item = Evidence(document(number).key, quote, None, 0, len(quote), "", 0.75, status)
    return Relationship("SERVICED", VENDOR.key, PLATFORM.key, status, [item])


def chunks(store: EmbeddedStore) -> dict[str, str]:
    rows = store._run(
        f"MATCH (x:`{EVIDENCE_CHUNKS}`) RETURN x.chunk_id, x.chunk_evidence ORDER BY x.chunk_id"
    ).rows
    return {key: text for key, text in rows}


def write(store: EmbeddedStore, number: int, status: str = "alleged") -> None:
    with store.writer() as writer:
        writer.add_entity(VENDOR)
        writer.add_entity(PLATFORM)
        writer.add_document(document(number))
        writer.add_relationship(serviced(number, status))


def test_a_new_document_appends_one_chunk_and_rewrites_none(tmp_path):
    key = f"{VENDOR.key}-SERVICED->{PLATFORM.key}"
    with EmbeddedStore(tmp_path / "store") as store:
        write(store, 1)
        assert chunks(store) == {}  # a new relationship is written whole
        write(store, 2)
        first = chunks(store)
        assert sorted(first) == [f"{key}#0", f"{key}#1"]  # the stored JSON moved, the new piece
        assert "Filing 1 says" in first[f"{key}#0"] and "Filing 2 says" in first[f"{key}#1"]
        write(store, 3, status="ruled")
        after = chunks(store)
        assert len(after) == 3  # one more row
        assert {k: after[k] for k in first} == first  # and none written again
        assert "Filing 3 says" in after[f"{key}#2"]
        write(store, 3, status="ruled")  # the same document again adds nothing
        assert chunks(store) == after

        rel = store.fetch_relationships("SERVICED", [serviced(1)])[key]
        assert [e.quote.split(" says")[0] for e in rel.evidence] == [
            "Filing 1",
            "Filing 2",
            "Filing 3",
        ]
        assert rel.status == "ruled"  # the strongest of its evidence, set on the relationship
        (listed,) = [r for r in store.iter_relationships("SERVICED") if r.key == key]
        assert listed.evidence == rel.evidence
        # Every read gives the evidence JSON whole: the same text as one JSON list.
        rows = store.read("MATCH ()-[r:SERVICED]->() RETURN r.key AS key, r.evidence AS e").rows
        assert rows == [[key, evidence_to_json(rel.evidence)]]
        whole = store.read("MATCH ()-[r:SERVICED]->() RETURN r").rows[0][0]
        assert whole["evidence"] == evidence_to_json(rel.evidence)


def test_removing_a_document_takes_its_evidence_out_of_the_chunks(tmp_path):
    key = f"{VENDOR.key}-SERVICED->{PLATFORM.key}"
    with EmbeddedStore(tmp_path / "store") as store:
        for number in (1, 2, 3):
            write(store, number, status="ruled" if number == 3 else "alleged")
        assert len(chunks(store)) == 3
        remove_documents(store, [document(3).key])
        rel = store.fetch_relationships("SERVICED", [serviced(1)])[key]
        assert [e.document for e in rel.evidence] == [document(1).key, document(2).key]
        assert rel.status == "alleged"  # recomputed from what is left
        assert chunks(store) == {}  # rewritten whole: no chunk (nor quote) of it is left
        write(store, 4)  # and appending starts again
        assert len(chunks(store)) == 2
        remove_documents(store, [document(1).key, document(2).key, document(4).key])
        assert store.fetch_relationships("SERVICED", [serviced(1)]) == {}
        assert chunks(store) == {}


def test_deleting_an_entity_deletes_the_chunks_of_its_relationships(tmp_path):
    with EmbeddedStore(tmp_path / "store") as store:
        for number in (1, 2):
            write(store, number)
        assert len(chunks(store)) == 2
        store.delete_entities([PLATFORM.key])
        assert chunks(store) == {}
        write(store, 3)  # the same relationship again: new, written whole
        assert chunks(store) == {}
        write(store, 4)
        key = f"{VENDOR.key}-SERVICED->{PLATFORM.key}"
        rel = store.fetch_relationships("SERVICED", [serviced(1)])[key]
        assert [e.document for e in rel.evidence] == [document(3).key, document(4).key]


def _ingest_examples(folder, chunked: bool, monkeypatch, examples, vault) -> dict:
    """examples ingested in small groups (so that later groups add to stored relationships),
    then again, then one document removed; what the store answers after each step."""
    if not chunked:
        update = EmbeddedStore._update_relationships
        monkeypatch.setattr(
            EmbeddedStore,
            "_update_relationships",
            lambda self, rels, appended=None: update(self, rels),
        )
    answers = {}
    with EmbeddedStore(folder) as store:
        ingest(store, [examples], group_facts=60, vault=vault)
        answers["chunks"] = len(chunks(store))
        ingest(store, [examples], group_facts=60, vault=vault)
        answers["again"] = len(chunks(store))
        answers["rels"] = sorted(
            (r.key, r.status, evidence_to_json(r.evidence), r.date_from, r.date_to)
            for r in store.iter_relationships()
        )
        answers["cases_against"] = run_named(store, "cases_against", {"entity": "MindGeek"}).rows
        answers["outgoing"] = run_named(store, "outgoing", {"entity": "Visa"}).rows
        answers["raw"] = store.read(
            "MATCH (a)-[r]->(b) RETURN r.key AS k, r.evidence AS e ORDER BY k"
        ).rows
        documents = sorted(e.key for e in store.iter_entities("Document"))
        remove_documents(store, documents[:3])
        answers["removed"] = sorted(
            (r.key, r.status, evidence_to_json(r.evidence)) for r in store.iter_relationships()
        )
        answers["chunks_left"] = len(chunks(store))
    return answers


def test_examples_give_the_same_answers_with_and_without_chunks(tmp_path, monkeypatch):
    from conftest import EXAMPLES

    vault = tmp_path / "one.vault"  # the same pseudonyms in both stores
    base = tmp_path / "base"
    with EmbeddedStore(base) as store:
        ingest(store, [], vault=vault)  # the reference knowledge base
    for name in ("plain", "chunked"):
        shutil.copytree(base, tmp_path / name)
    chunked = _ingest_examples(tmp_path / "chunked", True, monkeypatch, EXAMPLES, vault)
    plain = _ingest_examples(tmp_path / "plain", False, monkeypatch, EXAMPLES, vault)
    assert chunked["chunks"] > 20 and plain["chunks"] == 0  # later groups did add evidence
    assert chunked["again"] == chunked["chunks"]  # re-ingesting adds nothing
    for answer in ("rels", "cases_against", "outgoing", "raw", "removed"):
        assert chunked[answer] == plain[answer], answer
    assert chunked["cases_against"] and chunked["outgoing"]
    assert chunked["chunks_left"] < chunked["chunks"]


def test_ad_hoc_cypher_filters_on_the_whole_evidence(tmp_path):
    """What the engine computes from `r.evidence` in an ad-hoc query (a filter, a function)
    sees the whole evidence, as on Neo4j, not the marker a chunked relationship holds."""
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        for number in (1, 2, 3):
            write(store, number)
        assert len(chunks(store)) == 3  # the relationship's column holds a marker
        whole = evidence_to_json(
            store.fetch_relationships("SERVICED", [serviced(1)]).popitem()[1].evidence
        )
    with EmbeddedStore(path, read_only=True) as store:

        def query(text: str, **params) -> list[list]:
            return store.query(text, params).rows

        # A piece of evidence in chunk 2 only, and one in chunk 0 only.
        for quote in ("Filing 3 says", "Filing 1 says"):
            text = "MATCH ()-[r:SERVICED]->() WHERE r.evidence CONTAINS $q RETURN count(*) AS n"
            assert query(text, q=quote) == [[1]]
        assert (
            query("MATCH ()-[r:SERVICED]->() WHERE r.evidence CONTAINS 'Filing 9' RETURN r.key")
            == []
        )
        assert query("MATCH ()-[r:SERVICED]->() RETURN size(r.evidence) AS n") == [[len(whole)]]
        # Backticked names, a returned value, and text that only looks like a property read.
        rows = query(
            "MATCH ()-[`r`:SERVICED]->() WITH `r`.`evidence` AS e "
            "RETURN e STARTS WITH '[{\"document\"' AS plain, 'r.evidence' AS text, e"
        )
        assert rows == [[True, "r.evidence", whole]]
        columns = store.query("MATCH ()-[r:SERVICED]->() RETURN r.evidence").columns
        assert columns == ["r.evidence"]  # named as written, not by the function read through
