"""Ingesting curated files: valid files stored, bad ones reported with file and line, idempotent."""

from __future__ import annotations

import json

import pytest
from factfiles import write_bad, write_valid

from liability_graph.errors import StoreError
from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.graph.model import Entity, Evidence, Relationship
from liability_graph.loaders.ingest import ingest

EXPECTED_NODES = {"Vendor": 2, "Platform": 2, "Law": 1, "Organization": 1, "Person": 1, "Case": 1}
EXPECTED_RELS = {"SERVICED": 2, "PROMPTED": 1, "SHUT_DOWN": 1, "PLAINTIFF_IN": 1}


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def test_valid_files_are_stored_with_their_evidence(embedded_store, tmp_path):
    folder = write_valid(tmp_path / "facts")
    report = ingest(embedded_store, [folder], reference=False)
    assert report.ok, report.skipped
    assert report.documents_read == 4
    counts = embedded_store.counts()
    assert {k: v for k, v in nonzero(counts["nodes"]).items() if k != "Document"} == EXPECTED_NODES
    assert counts["nodes"]["Document"] == 4  # opinion, police, complaint, news
    assert {
        k: v for k, v in nonzero(counts["relationships"]).items() if k != "MENTIONS"
    } == EXPECTED_RELS
    serviced = {r.key: r for r in embedded_store.iter_relationships("SERVICED")}
    acme = serviced["vendor:acme-cloud-SERVICED->platform:listings-board"]
    assert acme.status == "alleged" and acme.date_from == "2013"
    assert acme.properties == {"service": "CRM software"}
    [evidence] = acme.evidence
    assert evidence.quote == "Acme Cloud sold the board its customer database."
    assert (evidence.start, evidence.end, evidence.source) == (
        10,
        58,
        "https://example.org/opinion",
    )
    assert evidence.date == "2023-08-16"
    paylink = serviced["vendor:paylink-SERVICED->platform:chatter-box"]
    assert paylink.evidence[0].quote == "Paylink processed payments for Chatter Box."
    assert embedded_store.fetch_entities("Vendor", ["vendor:paylink"])[
        "vendor:paylink"
    ].aliases == ["Paylink Inc."]


def test_ingesting_twice_changes_nothing(embedded_store, tmp_path):
    folder = write_valid(tmp_path / "facts")
    first = ingest(embedded_store, [folder], reference=False)
    before = embedded_store.counts()
    exported = sorted(
        r.key + json.dumps([e.to_dict() for e in r.evidence])
        for r in embedded_store.iter_relationships()
    )
    second = ingest(embedded_store, [folder], reference=False)
    assert embedded_store.counts() == before
    assert second.summary.as_dict() == {
        "entities_added": 0, "entities_updated": 0, "relationships_added": 0, "relationships_updated": 0,
        "entities_removed": 0, "relationships_removed": 0, "documents_replaced": 0,
    }  # fmt: skip
    assert first.summary.relationships_added == sum(before["relationships"].values())
    again = sorted(
        r.key + json.dumps([e.to_dict() for e in r.evidence])
        for r in embedded_store.iter_relationships()
    )
    assert again == exported


def test_bad_files_are_reported_with_file_and_line_and_the_rest_is_stored(embedded_store, tmp_path):
    folder = write_valid(tmp_path / "mixed")
    expected_lines = write_bad(folder)
    report = ingest(embedded_store, [folder], reference=False)
    assert not report.ok
    assert report.documents_read == 4
    lines = {}
    for item in report.skipped:
        lines.setdefault(item.path.rsplit("/", 1)[-1], []).append((item.line, item.reason))
    assert set(lines) == set(expected_lines)
    for name, line in expected_lines.items():
        assert line in [found for found, _ in lines[name]], (name, lines[name])
    reasons = {name: " ".join(r for _, r in found) for name, found in lines.items()}
    assert "malformed YAML" in reasons["malformed.yaml"]
    assert "unknown node type 'Spaceship'" in reasons["unknown-type.yaml"]
    assert "SERVICED cannot go from Law to Court" in reasons["bad-endpoints.yaml"]
    assert "invalid UTF-8" in reasons["latin1.yaml"]
    assert "binary file" in reasons["picture.yaml"]
    counts = embedded_store.counts()
    assert {k: v for k, v in nonzero(counts["nodes"]).items() if k != "Document"} == EXPECTED_NODES
    # unknown-type.yaml is all or nothing: its valid entity "Fine Co" was not stored either
    assert not embedded_store.fetch_entities("Vendor", ["vendor:fine-co"])


def test_nothing_already_stored_is_lost_when_a_later_file_fails(embedded_store, tmp_path):
    folder = write_valid(tmp_path / "ok")
    ingest(embedded_store, [folder], reference=False)
    before = embedded_store.counts()
    write_bad(tmp_path / "bad")
    report = ingest(embedded_store, [tmp_path / "bad"], reference=False)
    assert report.documents_read == 0 and len({s.path for s in report.skipped}) == 5
    assert embedded_store.counts() == before


class FailingRelationshipCopy(EmbeddedStore):
    """A real store whose relationship COPY fails after the batch's nodes were written."""

    def _copy_relationships(self, rels):
        super()._copy_relationships(rels)
        raise StoreError("injected failure after the relationship COPY")


def test_a_failed_batch_leaves_no_partial_write(tmp_path):
    store = FailingRelationshipCopy(tmp_path / "store")
    try:
        writer = store.writer()
        writer.add_entity(Entity("Vendor", "Acme"))
        writer.add_entity(Entity("Platform", "Board"))
        writer.add_relationship(
            Relationship(
                "SERVICED",
                "vendor:acme",
                "platform:board",
                "alleged",
                [Evidence("document:x", "q")],
            )
        )
        with pytest.raises(StoreError, match="injected failure"):
            writer.flush()
        counts = store.counts()
        assert not any(counts["nodes"].values()) and not any(counts["relationships"].values())
    finally:
        store.close()
    # The store stays healthy: the same keys can be written afterwards.
    healthy = EmbeddedStore(tmp_path / "store")
    try:
        with healthy.writer() as writer:
            writer.add_entity(Entity("Vendor", "Acme"))
            writer.add_entity(Entity("Platform", "Board"))
            writer.add_relationship(
                Relationship(
                    "SERVICED",
                    "vendor:acme",
                    "platform:board",
                    "alleged",
                    [Evidence("document:x", "q")],
                )
            )
        counts = healthy.counts()
        assert counts["nodes"]["Vendor"] == 1 and counts["relationships"]["SERVICED"] == 1
    finally:
        healthy.close()


class FailingLastCopy(EmbeddedStore):
    """A real store whose last COPY of a batch fails, after earlier transactions committed."""

    fail = True

    def _copy_relationships(self, rels):
        super()._copy_relationships(rels)
        if self.fail and rels and self._in_final_part:
            raise StoreError("injected failure in the batch's last transaction")

    def _mark_copies(self, rels):
        parts = self._copy_parts(self._batch_rels)
        self._in_final_part = rels is parts[-1] or rels == parts[-1]
        super()._mark_copies(rels)

    def write_batch(self, batch):
        self._batch_rels = batch.relationships_new
        super().write_batch(batch)


def test_a_batch_written_in_several_transactions_is_undone_whole(tmp_path):
    """The reference base fills more relationship tables than one transaction takes: a
    failure in its last transaction undoes the committed ones, and the store stays usable."""
    from liability_graph.graph.embedded import COPY_TABLES_PER_TRANSACTION
    from liability_graph.loaders.base import LoadContext
    from liability_graph.loaders.reference import reference_facts

    facts = list(reference_facts(LoadContext()))
    store = FailingLastCopy(tmp_path / "store")
    try:
        writer = store.writer()
        writer.add_all(facts)
        tables = {(r.type, store.ontology.type_of_key(r.source), store.ontology.type_of_key(r.target))
                  for r in facts if isinstance(r, Relationship)}  # fmt: skip
        assert len(tables) > 2 * COPY_TABLES_PER_TRANSACTION  # several transactions
        with pytest.raises(StoreError, match="injected failure"):
            writer.flush()
        counts = store.counts()
        assert not any(counts["nodes"].values()) and not any(counts["relationships"].values())
        store.fail = False
        with store.writer() as again:
            again.add_all(facts)
        written = store.counts()
    finally:
        store.close()
    clean = EmbeddedStore(tmp_path / "clean")
    try:
        with clean.writer() as writer:
            writer.add_all(facts)
        assert written == clean.counts()
        assert sum(written["relationships"].values()) > 100
    finally:
        clean.close()


def test_a_relationship_to_a_missing_entity_is_refused_before_writing(embedded_store):
    writer = embedded_store.writer()
    writer.add_entity(Entity("Vendor", "Acme"))
    writer.add_relationship(
        Relationship(
            "SERVICED", "vendor:acme", "platform:nowhere", "alleged", [Evidence("document:x", "q")]
        )
    )
    with pytest.raises(Exception, match="platform:nowhere"):
        writer.flush()
    assert not any(embedded_store.counts()["nodes"].values())


def test_lgraphignore_and_hidden_files_are_skipped_silently(embedded_store, tmp_path):
    folder = write_valid(tmp_path / "facts")
    (folder / "notes.txt.bak").write_text("x", encoding="utf-8")
    (folder / ".hidden.yaml").write_text(":::", encoding="utf-8")
    (folder / ".lgraphignore").write_text("# comment\n*.bak\nb-more.json\n", encoding="utf-8")
    report = ingest(embedded_store, [folder], reference=False)
    assert report.ok and report.documents_read == 3


OWNED = "MindGeek owns Pornhub.\n"  # the reference base knows MindGeek as Aylo


def owners(store) -> list[str]:
    return sorted(r.source for r in store.iter_relationships("OWNS") if "pornhub" in r.target)


def test_a_store_built_without_the_reference_base_stays_so(store, tmp_path):
    """A later run follows the store: the same sentence gives what it gave at the start,
    not what the reference base would add; a contrary flag is refused."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "first.txt").write_text(OWNED, encoding="utf-8")
    (tmp_path / "two" / "second.txt").write_text(OWNED, encoding="utf-8")
    assert ingest(store, [tmp_path / "one"], reference=False).ok
    assert not store.holds_reference()
    assert owners(store) == ["organization:mindgeek"]  # not linked to the reference Aylo
    later = ingest(store, [tmp_path / "two"])
    assert later.ok and not later.reference_loaded
    assert owners(store) == ["organization:mindgeek"] and not store.holds_reference()
    with pytest.raises(StoreError, match="built without the reference knowledge base"):
        ingest(store, [tmp_path / "two"], reference=True)


def test_a_store_with_the_reference_base_follows_it(store, tmp_path):
    """A later plain run keeps using the reference base; asking for none is honoured (a
    facts or FtM file may bring reference entities into a store built without it)."""
    (tmp_path / "first.txt").write_text(OWNED, encoding="utf-8")
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "again.txt").write_text(OWNED, encoding="utf-8")
    assert ingest(store, [tmp_path / "first.txt"]).reference_loaded
    assert store.holds_reference()
    assert owners(store) == ["organization:aylo"]
    assert ingest(store, [tmp_path / "second"]).ok
    assert owners(store) == ["organization:aylo"]  # still linked by the reference base


def test_cli_no_reference_follows_the_store(tmp_path):
    """`ingest --no-reference` builds the store; a plain `ingest` and `extract --names-from`
    then run without the reference base too."""
    from click.testing import CliRunner

    from liability_graph.cli import cli

    (tmp_path / "first.txt").write_text(OWNED, encoding="utf-8")
    (tmp_path / "second.txt").write_text(OWNED, encoding="utf-8")
    spec = str(tmp_path / "store")
    runner = CliRunner()
    built = runner.invoke(
        cli, ["--store", spec, "ingest", "--no-reference", str(tmp_path / "first.txt")]
    )
    assert built.exit_code == 0, built.output
    again = runner.invoke(cli, ["--store", spec, "ingest", str(tmp_path / "second.txt")])
    assert again.exit_code == 0, again.output
    facts = tmp_path / "facts.jsonl"
    mapped = runner.invoke(
        cli, ["extract", str(tmp_path / "second.txt"), "--names-from", spec, "-o", str(facts)]
    )
    assert mapped.exit_code == 0, mapped.output
    assert "organization:aylo" not in facts.read_text(encoding="utf-8")
    assert "organization:mindgeek" in facts.read_text(encoding="utf-8")
    with EmbeddedStore(tmp_path / "store", read_only=True) as stored:
        assert owners(stored) == ["organization:mindgeek"]
