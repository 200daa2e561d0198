"""Fact model: stable keys, deterministic merges, validation against the ontology."""

from __future__ import annotations

import pytest

from liability_graph.errors import OntologyError
from liability_graph.graph.model import (
    Document,
    Entity,
    Evidence,
    Relationship,
    entity_key,
    evidence_from_json,
    evidence_to_json,
    normalize_name,
    slugify,
    validate_entity,
    validate_relationship,
)
from liability_graph.graph.ontology import load_ontology

ONTOLOGY = load_ontology()


def ev(quote: str, document: str = "document:a", status: str | None = None, start=None) -> Evidence:
    return Evidence(document=document, quote=quote, status=status, start=start)


def test_keys_are_stable_and_accent_insensitive():
    assert entity_key("Vendor", "Salesforce") == "vendor:salesforce"
    assert entity_key("Law", "Wet op de Digitale Diensten") == "law:wet-op-de-digitale-diensten"
    assert entity_key("Person", "Zoë Ångström") == "person:zoe-angstrom"
    assert normalize_name("  SALESFORCE.com ") == "salesforce.com"
    assert slugify("'''").startswith("x") and len(slugify("'''")) == 11
    long = slugify("a" * 300)
    assert len(long) < 100 and long != slugify("a" * 301)


def test_aliases_are_unique_case_insensitively_and_exclude_the_name():
    entity = Entity(
        "Vendor", "Salesforce", aliases=["salesforce", "Salesforce.com", "SALESFORCE.COM"]
    )
    assert entity.aliases == ["Salesforce.com"]
    assert entity.lookup == ["salesforce", "salesforce.com"]


def test_entity_merge_keeps_stored_spelling_and_never_loses_protection():
    stored = Entity("Person", "Jane Doe 1", aliases=["J.D."], properties={"protected": True})
    incoming = Entity(
        "Person",
        "jane doe 1",
        aliases=["Plaintiff 1"],
        properties={"protected": False, "role": "plaintiff"},
    )
    merged = stored.merged_with(incoming)
    assert merged.name == "Jane Doe 1"
    assert merged.aliases == ["J.D.", "Plaintiff 1"]
    assert merged.properties == {"protected": True, "role": "plaintiff"}


def test_relationship_merge_unions_evidence_takes_strongest_status_and_widest_dates():
    a = Relationship(
        "SERVICED",
        "vendor:s",
        "platform:b",
        "alleged",
        [ev("one", status="alleged")],
        date_from="2013",
        date_to="2015",
    )
    b = Relationship(
        "SERVICED",
        "vendor:s",
        "platform:b",
        "ruled",
        [ev("one", status="alleged"), ev("two", status="ruled")],
        date_from="2011",
        date_to="2018",
    )
    merged = a.merged_with(b)
    assert [e.quote for e in merged.evidence] == ["one", "two"]
    assert merged.status == "ruled"
    assert (merged.date_from, merged.date_to) == ("2011", "2018")
    assert merged.merged_with(b).same_content(merged)  # merging again changes nothing


def test_validation_errors_name_the_problem():
    with pytest.raises(OntologyError, match="unknown node type 'Vendr'"):
        validate_entity(Entity("Vendr", "X"), ONTOLOGY)
    with pytest.raises(OntologyError, match="has no property 'bogus'"):
        validate_entity(Entity("Vendor", "X", properties={"bogus": 1}), ONTOLOGY)
    with pytest.raises(OntologyError, match="SERVICED cannot go from Platform to Vendor"):
        validate_relationship(
            Relationship("SERVICED", "platform:b", "vendor:s", "alleged", [ev("q")]), ONTOLOGY
        )
    with pytest.raises(OntologyError, match="unknown status 'rumoured'"):
        validate_relationship(
            Relationship("SERVICED", "vendor:s", "platform:b", "rumoured", [ev("q")]), ONTOLOGY
        )
    with pytest.raises(OntologyError, match="has no evidence"):
        validate_relationship(
            Relationship("SERVICED", "vendor:s", "platform:b", "alleged", []), ONTOLOGY
        )
    with pytest.raises(OntologyError, match="date must be YYYY"):
        validate_relationship(
            Relationship(
                "SERVICED", "vendor:s", "platform:b", "alleged", [ev("q")], date_on="April"
            ),
            ONTOLOGY,
        )


def test_validation_coerces_and_fills_evidence_status():
    person = validate_entity(Entity("Person", "X", properties={"protected": "yes"}), ONTOLOGY)
    assert person.properties["protected"] is True
    rel = validate_relationship(
        Relationship("PROMPTED", "platform:b", "law:f", "established", [ev("q")], date_on=2018),
        ONTOLOGY,
    )
    assert rel.date_on == "2018" and rel.evidence[0].status == "established"


def test_a_validated_relationship_has_every_field_and_its_key():
    """validate_relationship builds its result without __init__: no field may be left out."""
    from dataclasses import fields

    given = Relationship(
        "SERVICED", "vendor:s", "platform:b", "alleged", [ev("q", status="ruled")],
        date_on="2019-04", date_from="2018", date_to="2020-01-02", confirmed=True,
    )  # fmt: skip
    for _ in range(2):  # the second time, the dates are known normal forms
        rel = validate_relationship(given, ONTOLOGY)
        assert {f.name for f in fields(Relationship)} == {f.name for f in fields(rel)}
        assert rel == given and rel.key == "vendor:s-SERVICED->platform:b" == given.key
        assert [getattr(rel, f.name) for f in fields(rel)] == [
            getattr(given, f.name) for f in fields(given)
        ]
    with pytest.raises(OntologyError, match="unknown status 'hearsay'"):
        validate_relationship(
            Relationship(
                "SERVICED", "vendor:s", "platform:b", "alleged", [ev("q", status="hearsay")]
            ),
            ONTOLOGY,
        )


def test_a_validated_entity_keeps_every_field():
    """validate_entity builds its result positionally: a field added to Entity and not
    passed there would be silently reset. The list below must grow with Entity, and each
    field is given a value other than its default."""
    from dataclasses import fields

    assert [f.name for f in fields(Entity)] == [
        "type", "name", "aliases", "description", "properties", "sources", "key",
        "distinct_from", "origin",
    ]  # fmt: skip
    given = Entity(
        "Person", "Ana Vale", aliases=["A. Vale"], description="a plaintiff",
        properties={"protected": True}, sources=["doc:1"], key="person:custom",
        distinct_from=["person:other"], origin="curated",
    )  # fmt: skip
    defaults = Entity("Vendor", "Someone Else")
    assert all(getattr(given, f.name) != getattr(defaults, f.name) for f in fields(Entity))
    validated = validate_entity(given, ONTOLOGY)
    assert [getattr(validated, f.name) for f in fields(Entity)] == [
        getattr(given, f.name) for f in fields(Entity)
    ]


def test_document_key_is_the_content_hash_or_url():
    assert (
        Document(title="T", content_hash="abc").key
        == Document(title="Other", content_hash="abc").key
    )
    assert Document(title="T", url="https://x").key != Document(title="T", url="https://y").key


def test_merging_many_versions_at_once_equals_merging_them_in_turn():
    """Writer merges a batch's repeats of one fact in one pass (merged_with_all): the result
    must be what merging them one by one gives, evidence order, status, dates and all."""
    import random

    ontology = load_ontology()
    rng = random.Random(13)

    def version() -> Relationship:
        evidence = [
            Evidence(
                f"document:d{rng.randint(0, 3)}",
                f"quote {rng.randint(0, 5)}",
                start=rng.choice([None, 1, 2]),
                status=rng.choice([None, "alleged", "established", "ruled"]),
            )
            for _ in range(rng.randint(1, 3))
        ]
        names = rng.sample(["role", "amount", "note"], rng.randint(0, 2))
        return Relationship(
            "SERVICED", "vendor:acme", "platform:board",
            rng.choice(["alleged", "established", "ruled"]), evidence,
            rng.choice([None, "2019", "2018-03"]), rng.choice([None, "2017"]),
            rng.choice([None, "2020", "2021"]),
            {name: rng.choice([None, "a", "b"]) for name in names}, rng.choice([None, True]),
        )  # fmt: skip

    def content(rel: Relationship) -> tuple:
        return (rel.status, [(e.identity(), e.status) for e in rel.evidence], rel.date_on,
                rel.date_from, rel.date_to, list(rel.properties.items()), rel.confirmed)  # fmt: skip

    statuses = set()
    for _ in range(500):
        versions = [version() for _ in range(rng.randint(1, 6))]
        in_turn = versions[0]
        for other in versions[1:]:
            in_turn = in_turn.merged_with(other, ontology)
        at_once = versions[0].merged_with_all(versions[1:], ontology)
        assert content(at_once) == content(in_turn)
        statuses.add(at_once.status)
    assert statuses == {"alleged", "established", "ruled"}


def test_facts_survive_pickling_with_every_field():
    """Ingest's workers pickle every fact they read (loaders/parallel.py); each class lists
    its fields for pickle by hand, so a field left out would be lost on the way."""
    import dataclasses
    import pickle

    evidence = Evidence(
        "document:0a1b", "Ortwell Pay stopped serving Quillo.", "notes/q.md", 4, 39,
        "pattern", 0.75, "alleged", "2023-05-02",
    )  # fmt: skip
    entity = Entity(
        "Vendor", "Ortwell Pay", ["Ortwell"], "a payment firm", {"domain": "ortwell.example"},
        ["notes/q.md"], "vendor:ortwell-pay-x", ["vendor:ortwell"], "curated",
    )  # fmt: skip
    rel = Relationship(
        "SERVICED", "vendor:ortwell-pay-x", "platform:quillo", "established", [evidence],
        "2023-05-02", "2021-01-01", "2023-05-02", {"service": "payments"}, True,
    )  # fmt: skip
    for fact in (evidence, entity, rel):
        back = pickle.loads(pickle.dumps(fact, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(fact)
        for field in dataclasses.fields(fact):
            assert getattr(back, field.name) == getattr(fact, field.name), field.name
    assert pickle.loads(pickle.dumps(entity)).key == "vendor:ortwell-pay-x"  # kept, not rebuilt
    assert pickle.loads(pickle.dumps(rel)).key == "vendor:ortwell-pay-x-SERVICED->platform:quillo"


def test_evidence_json_keeps_the_field_order_and_orjson_fast_path():
    """Evidence is written as JSON for every stored relationship: orjson takes its fast path
    for a dataclass with a __dict__ (a slotted one cost a bulk load 0.7 CPU s per million),
    and the text stays the fields in declared order, also after a field is set again."""
    pieces = [
        Evidence("document:f00d", 'Brindle said "late" \\ twice\n', None, 4, 11, "curated"),
        Evidence("document:beef", "Osric Vale paid.", "https://example.org/p", method="bench"),
    ]
    pieces[1].status = "confirmed"
    assert evidence_to_json(pieces) == (
        '[{"document":"document:f00d","quote":"Brindle said \\"late\\" \\\\ twice\\n",'
        '"source":null,"start":4,"end":11,"method":"curated","confidence":1.0,"status":null,'
        '"date":null},{"document":"document:beef","quote":"Osric Vale paid.",'
        '"source":"https://example.org/p","start":null,"end":null,"method":"bench",'
        '"confidence":1.0,"status":"confirmed","date":null}]'
    )
    assert evidence_from_json(evidence_to_json(pieces)) == pieces
    assert not hasattr(Evidence, "__slots__")


def test_strip_accents_removes_every_combining_mark_and_only_those():
    """strip_accents deletes the marks found among a text's distinct characters in one pass;
    it must give what testing each character of the decomposed text gives."""
    import random
    import unicodedata

    from liability_graph.graph.model import strip_accents

    def one_by_one(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    rng = random.Random(7)
    alphabet = "aeoncAEZ ß'’“”–æøåÅçÇñÑïüÜéÉèàâôûşğİıǅﬁ½²\u0301\u0308\u20dd\u05b7\u0e49한글日本"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert strip_accents(text) == one_by_one(text), text
    assert strip_accents("Ferrière Müller Ångström") == "Ferriere Muller Angstrom"
    assert strip_accents("plain ascii") == "plain ascii"
