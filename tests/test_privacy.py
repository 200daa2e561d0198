"""Privacy by design (docs/privacy.md): the vault, opaque keys, pseudonymisation at ingest,
the victim pass, repair of what was stored earlier, reveal, sync. The end-to-end check of
every output path is tests/test_privacy_canary.py."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from liability_graph.cli import cli
from liability_graph.errors import VaultError
from liability_graph.graph.model import Document, Entity, Evidence, Relationship, entity_key
from liability_graph.loaders.factsfile import fact_to_dict
from liability_graph.privacy.mentions import identity_forms, replace_forms
from liability_graph.privacy.protect import Protector
from liability_graph.privacy.vault import Vault
from liability_graph.privacy.victims import protect_victims

# -- the vault -------------------------------------------------------------------------------


def test_a_token_is_a_keyed_hash_stable_with_its_vault_and_opaque_without(tmp_path):
    basis = entity_key("Person", "Maria Jansen")
    first = Vault(tmp_path / "a.vault").token(basis)
    assert Vault(tmp_path / "a.vault").token(basis) == first  # the same secret, re-read
    assert Vault(tmp_path / "b.vault").token(basis) != first  # another vault, another token
    assert first not in hashlib.sha256(basis.encode()).hexdigest()  # no unkeyed hash
    assert len(first) == 12 and "jansen" not in first
    assert stat.S_IMODE(os.stat(tmp_path / "a.vault").st_mode) == 0o600


def _secret_of(path: str) -> str:
    return Vault(path).secret.hex()


def test_racing_processes_create_one_vault(tmp_path):
    path = str(tmp_path / "deep" / "race.vault")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        secrets = pool.map(_secret_of, [path] * 8)
    assert len(set(secrets)) == 1
    assert secrets[0] == Vault(path).secret.hex()
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["race.vault"]  # no temp left


def _protected_key(path: str) -> str:
    person = Entity("Person", "Maria Jansen", properties={"protected": True})
    [out] = Protector(Vault(path)).protect([person])
    Vault(path)  # nothing to flush: the identity's record is pending only in that process
    return out.key


def test_parallel_workers_need_no_coordination_for_pseudonyms(tmp_path):
    path = str(tmp_path / "shared.vault")
    Vault(path).secret  # noqa: B018 - the vault exists before the workers start
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        keys = pool.map(_protected_key, [path] * 3)
    assert len(set(keys)) == 1 and keys[0].startswith("person:protected-")


def test_names_a_vault_made_by_another_run_brings_in_are_hidden_too(tmp_path):
    """Two runs start on one new vault. The later one reads the first's file, with its
    identities, when it first needs the secret; a person of those whom it meets afterwards
    must be hidden in its texts as well."""
    path = tmp_path / "new.vault"
    late = Protector(Vault(path))  # made while there is no vault yet
    tess = Entity("Person", "Tess Halloran", properties={"protected": True})
    ines = Entity("Person", "Ines Vandermolen", properties={"protected": True})
    first = Protector(Vault(path))
    first.protect([tess, ines])
    first.vault.flush()  # the other run wins the vault's creation, its identities in it
    case = Entity("Case", "Vandermolen v. Chirpline")
    doc = Document(title="Two suits", url="https://news.example/two-suits")
    quote = "Ines Vandermolen and Tess Halloran sued Chirpline; Vandermolen was 16."
    rel = Relationship(
        "PLAINTIFF_IN", ines.key, case.key, "alleged", [Evidence(doc.key, quote, doc.url, 0, 16)]
    )
    out = late.protect([doc, tess, ines, case, rel])
    text = json.dumps([fact_to_dict(f) for f in out])
    assert "Vandermolen" not in text and "Halloran" not in text and "Ines" not in text
    assert out[4].evidence[0].quote.count("Protected person") == 3
    assert late.redact_text("a letter from Vandermolen") != "a letter from Vandermolen"
    assert late.new_tokens == {o.key.removeprefix("person:protected-") for o in out[1:3]}


def test_a_torn_last_line_is_ignored_and_a_readable_vault_refused(tmp_path):
    vault = Vault(tmp_path / "v.vault")
    protector = Protector(vault)
    protector.protect([Entity("Person", "Maria Jansen", properties={"protected": True})])
    vault.flush()
    with open(vault.path, "a", encoding="utf-8") as out:
        out.write('{"identity": "abc", "na')  # a writer killed mid-line
    again = Vault(vault.path).load()
    assert [i.name for i in again.identities.values()] == ["Maria Jansen"]
    os.chmod(vault.path, 0o644)
    with pytest.raises(VaultError, match="can be read by other users"):
        Vault(vault.path).load()


def test_revealing_without_the_vault_fails_clearly(tmp_path):
    with pytest.raises(VaultError, match="no vault at"):
        Vault(tmp_path / "missing.vault").require()


# -- mentions --------------------------------------------------------------------------------


def test_the_forms_of_a_name():
    forms, given = identity_forms(["Wendelin van Achterberg", "W. van Achterberg"])
    assert ("full", "W. van Achterberg") in forms
    assert ("surname", "van Achterberg") in forms and ("surname", "Achterberg") in forms
    assert ("initials", "W.A.") in forms and given == ["Wendelin"]
    assert identity_forms(["Jane Doe (G.G.)"])[0] == [
        ("full", "Jane Doe (G.G.)"),
        ("initials", "G.G."),
    ]  # placeholders alone are no forms: "Doe v. Twitter" keeps its caption
    assert identity_forms(["Jane Does 1-50", "fifty women suing Salesforce"])[0] == [
        ("full", "Jane Does 1-50")
    ]  # a describing alias is no name


def _protect(*facts):
    return Protector(Vault.in_memory()).protect(list(facts))


def test_every_mention_is_replaced_and_other_names_are_kept():
    maria = Entity("Person", "Maria Jansen", properties={"protected": True})
    peter = Entity("Person", "Peter Jansen")
    case = Entity("Case", "Jansen v. Parler")
    quote = (
        "Jansen, whose father Peter Jansen testified, said M.J. was her name in court; "
        "Maria was 15. See https://news.example/maria-jansen-sues and JANSEN's filing."
    )
    doc = Document(title="Maria Jansen sues Parler", url="https://news.example/maria-jansen-sues")
    rel = Relationship(
        "PLAINTIFF_IN", maria.key, case.key, "alleged", [Evidence(doc.key, quote, doc.url, 5, 9)]
    )
    out = _protect(doc, maria, peter, case, rel)
    doc2, maria2, peter2, case2, rel2 = out
    token = maria2.key.removeprefix("person:protected-")
    pseudonym = f"Protected person {token.upper()}"
    assert maria2.name == pseudonym and maria2.aliases == [] and "jansen" not in maria2.key
    assert peter2 == peter  # another person with her surname keeps his name
    assert case2.name == f"{pseudonym} v. Parler" and "jansen" not in case2.key
    assert (rel2.source, rel2.target) == (maria2.key, case2.key)
    [item] = rel2.evidence
    assert item.quote == (
        f"{pseudonym}, whose father Peter Jansen testified, said {pseudonym} was her name in "
        f"court; {pseudonym} was 15. See https://news.example/protected-person-{token}-sues "
        f"and {pseudonym}'s filing."
    )
    assert (item.start, item.end) == (5, 9)  # offsets still point into the original
    assert doc2.title == f"{pseudonym} sues Parler"
    assert doc2.url == f"https://news.example/protected-person-{token}-sues"
    assert item.document == doc2.key != doc.key  # a URL-keyed document gets a new key


def test_a_given_name_is_replaced_only_where_it_is_unambiguous():
    maria = Entity("Person", "Maria Jansen", properties={"protected": True})
    other = Entity("Person", "Maria Gonzalez")
    ev = [Evidence("document:x", "Maria Gonzalez met Maria.")]
    rel = Relationship("FOUNDED", other.key, entity_key("Platform", "X"), "alleged", ev)
    out = _protect(maria, other, Entity("Platform", "X"), rel)
    assert out[-1].evidence[0].quote == "Maria Gonzalez met Maria."  # two Marias: ambiguous
    alone = Relationship("FOUNDED", maria.key, entity_key("Platform", "X"), "alleged", ev[:0])
    alone.evidence = [Evidence("document:x", "Maria said so.")]
    assert "Maria" not in _protect(maria, Entity("Platform", "X"), alone)[-1].evidence[0].quote


# -- the victim pass --------------------------------------------------------------------------


def _plaintiff(name: str, quote: str, **props) -> list:
    person = Entity("Person", name, properties=props)
    case = Entity("Case", f"{name} v. Flarebook")
    rel = Relationship(
        "PLAINTIFF_IN", person.key, case.key, "alleged", [Evidence("document:x", quote)]
    )
    return [person, case, rel]


@pytest.mark.parametrize(
    ("name", "quote", "props", "protected"),
    [
        ("Lucinda Marchetti", "Lucinda Marchetti sued over her sex trafficking.", {}, True),
        ("Femke Oosterwijk", "Femke Oosterwijk klaagde aan wegens mensenhandel.", {}, True),
        ("Femke Oosterwijk", "Femke Oosterwijk klaagde aan wegens contractbreuk.", {}, False),
        ("Anna Vogelsang", "Anna Vogelsang klagte wegen Menschenhandels.", {}, True),
        ("Anna Vogelsang", "Anna Vogelsang klagte wegen Vertragsbruchs.", {}, False),
        (
            "Ken Paxton",
            "Ken Paxton sued over child exploitation.",
            {"role": "attorney general"},
            False,
        ),
        ("Ann Baker", "Ann Baker sued over a breach of contract.", {}, False),
        ("Jane Doe 3", "Jane Doe 3 sued.", {}, True),
        ("G.G.", "G.G. sued.", {}, True),
        ("the minor and her mother", "The minor and her mother sued.", {}, True),
    ],
)
def test_victim_role_plaintiffs_are_protected(name, quote, props, protected):
    person = protect_victims(_plaintiff(name, quote, **props))[0]
    assert person.protected is protected


def test_german_cues_come_from_the_german_pack():
    case = "Anna Vogelsang klagte, sie sei als Minderjährige ausgebeutet worden."
    person = protect_victims(_plaintiff("Anna Vogelsang", case), language="de")[0]
    assert person.protected
    plain = "Anna Vogelsang klagte wegen eines Mietstreits."
    assert not protect_victims(_plaintiff("Anna Vogelsang", plain), language="de")[0].protected


def test_a_person_called_a_minor_is_protected():
    person = Entity("Person", "Maria Jansen")
    quote = "Maria Jansen, then 15, met the site's founder."
    rel = Relationship(
        "MENTIONS", "document:x", person.key, "established", [Evidence("document:x", quote)]
    )
    assert protect_victims([person, rel])[0].protected
    adult = "Maria Jansen, then 35, met the site's founder."
    rel.evidence = [Evidence("document:x", adult)]
    assert not protect_victims([person, rel])[0].protected


def test_the_fleites_plaintiff_extracted_from_an_article_is_protected(tmp_path):
    store = f"embedded:{tmp_path / 'graph'}"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--store", store, "ingest", str(EXAMPLES / "corpus" / "07_fleites_visa.html")]
    )
    assert result.exit_code == 0, result.output
    hidden = runner.invoke(cli, ["--store", store, "export", "json"]).output
    assert "Serena" not in hidden and "Fleites" not in hidden and "fleites" not in hidden
    shown = runner.invoke(cli, ["--store", store, "export", "json", "--reveal-protected"])
    assert "Serena Fleites filed the suit in 2021" in shown.output


# -- what was stored before a person became protected -----------------------------------------

ARTICLE = """\
---
title: Flarebook hires a new safety team
language: en
---
Maria Jansen founded Flarebook in 2015. Jansen now lives abroad.
"""

LATER = """\
entities:
  - {type: Person, name: Maria Jansen, properties: {protected: true}}
"""


def test_a_person_protected_later_is_pseudonymised_in_what_was_stored(tmp_path):
    store = f"embedded:{tmp_path / 'graph'}"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "article.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "victim.yaml").write_text(LATER, encoding="utf-8")
    runner = CliRunner()
    (tmp_path / "a" / "0-flarebook.yaml").write_text(
        "entities: [{type: Platform, name: Flarebook}]", encoding="utf-8"
    )
    ingest = ["--store", store, "ingest", "--no-reference"]
    assert runner.invoke(cli, [*ingest, str(tmp_path / "a")]).exit_code == 0
    before = runner.invoke(cli, ["--store", store, "export", "json"]).output
    assert "Maria Jansen founded Flarebook" in before  # not protected yet
    assert runner.invoke(cli, [*ingest, str(tmp_path / "b")]).exit_code == 0
    after = runner.invoke(cli, ["--store", store, "export", "json"]).output
    assert "Jansen" not in after and "jansen" not in after and "Maria" not in after
    data = json.loads(after)
    persons = [n for n in data["nodes"] if n["type"] == "Person"]
    assert len([p for p in persons if p["id"].startswith("person:protected-")]) == 1
    founded = [link for link in data["links"] if link["type"] == "FOUNDED"]
    assert founded and founded[0]["source"].startswith("person:protected-")
    again = runner.invoke(cli, [*ingest, str(tmp_path / "a")])
    assert again.exit_code == 0 and "Entities: 0 added, 0 updated" in again.output
    assert runner.invoke(cli, ["--store", store, "export", "json"]).output == after


# -- the vault beside the store ---------------------------------------------------------------


def test_reingest_is_identical_and_a_lost_vault_stops_ingest(tmp_path):
    store = f"embedded:{tmp_path / 'graph'}"
    runner = CliRunner()
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "entities: [{type: Person, name: Maria Jansen, properties: {protected: true}}]",
        encoding="utf-8",
    )
    assert runner.invoke(cli, ["--store", store, "ingest", str(facts)]).exit_code == 0
    first = runner.invoke(cli, ["--store", store, "export", "json"]).output
    assert runner.invoke(cli, ["--store", store, "ingest", str(facts)]).exit_code == 0
    assert runner.invoke(cli, ["--store", store, "export", "json"]).output == first
    vault = tmp_path / "graph.vault"
    vault.rename(tmp_path / "elsewhere.vault")
    lost = runner.invoke(cli, ["--store", store, "ingest", str(facts)])
    assert lost.exit_code == 1
    assert "protected person(s), but their vault" in lost.output and "Hint:" in lost.output
    moved = ["--store", store, "--vault", str(tmp_path / "elsewhere.vault")]
    assert runner.invoke(cli, [*moved, "ingest", str(facts)]).exit_code == 0
    shown = runner.invoke(cli, [*moved, "export", "json", "--reveal-protected"]).output
    assert "Maria Jansen" in shown


def test_sync_brings_the_vault_along(tmp_path):
    source, target = f"embedded:{tmp_path / 'a'}", f"embedded:{tmp_path / 'b'}"
    runner = CliRunner()
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "entities: [{type: Person, name: Maria Jansen, properties: {protected: true}}]",
        encoding="utf-8",
    )
    assert (
        runner.invoke(cli, ["--store", source, "ingest", "--no-reference", str(facts)]).exit_code
        == 0
    )
    result = runner.invoke(cli, ["sync", "--from", source, "--to", target])
    assert result.exit_code == 0, result.output
    copied = tmp_path / "b.vault"
    assert stat.S_IMODE(os.stat(copied).st_mode) == 0o600
    assert Vault(copied).secret == Vault(tmp_path / "a.vault").secret  # the same pseudonyms
    shown = runner.invoke(cli, ["--store", target, "export", "json", "--reveal-protected"])
    assert "Maria Jansen" in shown.output
    # a later ingest into the copy gives the person the same key as in the source
    assert runner.invoke(cli, ["--store", target, "ingest", str(facts)]).exit_code == 0
    keys = [
        {
            n["id"]
            for n in json.loads(runner.invoke(cli, ["--store", s, "export", "json"]).output)[
                "nodes"
            ]
        }
        for s in (source, target)
    ]
    assert keys[0] <= keys[1]


def test_the_default_vault_lives_beside_the_store_or_on_this_machine(tmp_path, monkeypatch):
    from liability_graph.settings import resolve_store, resolve_vault

    embedded = resolve_store(f"embedded:{tmp_path / 'graph'}")
    assert resolve_vault(embedded) == tmp_path / "graph.vault"
    neo4j = resolve_store("bolt://user:secret@db.example:7688", database="cases")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = resolve_vault(neo4j)
    assert path == tmp_path / "data" / "lgraph" / "vaults" / "db.example-7688-cases.vault"
    assert "secret" not in str(path) and "user" not in str(path)
    monkeypatch.setenv("LGRAPH_VAULT", str(tmp_path / "env.vault"))
    assert resolve_vault(embedded) == tmp_path / "env.vault"
    assert resolve_vault(embedded, tmp_path / "flag.vault") == tmp_path / "flag.vault"


def test_replace_forms_reports_the_spans_of_the_original():
    from liability_graph.privacy.mentions import Form

    forms = [Form("surname", "Jansen", frozenset({"abc"}))]
    text, spans = replace_forms("Ms Jansen spoke.", forms)
    assert text == "Ms Protected person ABC spoke." and spans == [(3, 9, "abc")]


def test_initials_are_looked_for_only_where_all_their_letters_are_words():
    """A form is a candidate only where every word of it is: initials "K.S." are not
    searched for in each text with a possessive "'s" (the repair scan of a store looked at
    nearly every quote), and are still found and replaced where they occur."""
    from liability_graph.privacy.mentions import trigger_words
    from liability_graph.privacy.repair import _Triggers

    protector = Protector(Vault.in_memory())
    kim = Entity("Person", "Kim Sorensen", properties={"protected": True})
    protector.discover([kim])
    token = protector.identity_of(kim).token
    possessive = "Flarebook's moderators ignored the reports."
    named = "K.S. told the court that Flarebook's moderators ignored her."
    assert [f.text for f in protector.forms.candidates(trigger_words(possessive))] == []
    assert "K.S." in [f.text for f in protector.forms.candidates(trigger_words(named))]
    triggers = _Triggers(protector, {token})
    assert not triggers(possessive) and not triggers("Meta's ads for kids")
    assert triggers(named) and triggers("the Sorensen family") and triggers("Kim said")
    doc = Document(title="A suit against Flarebook", url="https://news.example/suit")
    rel = Relationship(
        "SUED", kim.key, "platform:flarebook", "alleged", [Evidence(doc.key, named, None, 0, 4)]
    )
    other = Relationship(
        "SUED", "person:x", "platform:flarebook", "alleged", [Evidence(doc.key, possessive)]
    )
    _, _, rel2, other2 = protector.protect([doc, kim, rel, other])
    assert rel2.evidence[0].quote.startswith("Protected person ")
    assert "K.S." not in rel2.evidence[0].quote
    assert other2 is other  # nothing to hide: the same object
