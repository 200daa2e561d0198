"""Pseudonymise what a store already holds, when a person becomes protected later.

An ingest learns a new protected person from a document (the victim pass) or a curated
file after earlier files of the same run, or earlier runs, were written: the reference
knowledge base's case "Fleites v. MindGeek" is stored before a document makes its plaintiff
a protected person. `repair_store` then rewrites, through the same Protector, every stored
entity and relationship that names one of the new persons or uses a key they renamed:
texts are replaced in place, and an entity whose key changes is merged into its new key
(its relationships move with it) and deleted.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liability_graph.graph.model import Entity, Relationship
from liability_graph.graph.store import WriteBatch
from liability_graph.privacy.mentions import KEEP, fold, form_trigger, form_words, trigger_words
from liability_graph.privacy.protect import Protector
from liability_graph.privacy.vault import Vault, token_of_key

if TYPE_CHECKING:
    from liability_graph.graph.store import Store


@dataclass
class RepairSummary:
    entities_rewritten: int = 0
    entities_moved: int = 0
    relationships_rewritten: int = 0
    #: Moved entities and relationships that joined one this run had already stored under
    #: the pseudonymous key: a run that knew the person from the start wrote them once.
    entities_merged: int = 0
    relationships_merged: int = 0

    def __bool__(self) -> bool:
        return bool(self.entities_rewritten or self.entities_moved or self.relationships_rewritten)


class RepairMark:
    """One ingest's promise to rewrite, before it ends, what it stored before it knew every
    person it protects (a victim found in its 500th document may be named in its 10th).

    The mark is opened in the vault before the run's first write and closed after its repair.
    A run killed in between leaves it open, and the next ingest of the store then repairs it
    for every identity the vault holds, since it cannot know which ones came late: stored
    text never keeps a protected name because a writer died.
    """

    def __init__(self, vault: Vault, store: Store, empty: bool) -> None:
        self.vault = vault
        self.store = store_location(store)
        self.run: str | None = None
        self.died = vault.open_repairs(self.store)  # earlier runs killed before their repair
        #: The identities known when this run first wrote or, if the store held anything,
        #: those the store is recorded as written or repaired knowing (Vault.covered_tokens):
        #: what was written earlier may name any other in clear. Not every identity of the
        #: vault: another store sharing the vault may have protected a person this one
        #: stored in clear, as a speaker or a witness.
        self.known: set[str] | None = None if empty else vault.covered_tokens(self.store)
        self._caught_up = False

    def open(self) -> None:
        """Called before each write: the first one opens the mark."""
        if self.run is not None:
            return
        if self.known is None:
            self.known = set(self.vault.identities)
        self.run = secrets.token_hex(8)
        self.vault.mark_repair(self.store, self.run, True)
        self.vault.flush()

    def catch_up(self, store: Store, protector: Protector) -> None:
        """Repair, once, before this run's first group of files is written, what the store
        holds for the persons protected since it was written (by this run's files read so
        far, or by a run that died): the scan then covers only what was stored before the
        run, and the repair at its end only persons found after its first write (a run whose
        victims all come early, as most do, scans the store it grew only if a key moved).
        The store is left as a run that knew these persons from the start would find it."""
        if self._caught_up:
            return
        late = self.late_tokens()
        if needs_repair(store, protector, late):
            repair_store(store, protector, late)
        self.known = set(self.vault.identities)
        self._caught_up = True

    def late_tokens(self) -> set[str]:
        """The identities that stored text may still name in clear."""
        if self.died and not self._caught_up:
            return set(self.vault.identities)
        if self.known is None:  # an empty store this run has not written
            return set()
        return set(self.vault.identities) - self.known

    def close(self) -> None:
        """The repair is done: close this run's mark and those of the runs that died, and
        record that the store names none of the vault's identities in clear."""
        for run in [*self.died, *([self.run] if self.run else [])]:
            self.vault.mark_repair(self.store, run, False)
        if self.known is not None:
            self.vault.mark_covered(self.store, self.vault.identities)
        self.vault.flush()


def store_location(store: Store) -> str:
    """Where a store lives, to tell its repair marks from other stores' in a shared vault:
    the embedded store's folder, or the Neo4j server and database (never credentials)."""
    settings = getattr(store, "settings", None)
    if getattr(settings, "kind", None) == "neo4j":
        from liability_graph.settings import split_credentials

        bare = split_credentials(settings.uri or "")[0]
        return f"{bare}#{settings.database or 'neo4j'}"
    return os.path.abspath(str(getattr(store, "path", "lgraph-data")))


def needs_repair(store: Store, protector: Protector, tokens: Iterable[str]) -> bool:
    """Whether persons protected after the store was first written may be named in it, or a
    key renamed by this run is still stored."""
    if set(tokens):
        return True
    by_type: dict[str, list[str]] = {}
    for old in protector.new_rekeys:
        type_name = _type_of(store, old)
        if type_name:
            by_type.setdefault(type_name, []).append(old)
    return any(store.existing_entity_keys(t, keys) for t, keys in by_type.items())


def repair_store(store: Store, protector: Protector, tokens: Iterable[str]) -> RepairSummary:
    """Rewrite stored facts naming the identities `tokens` or using a renamed key."""
    tokens = set(tokens)
    words = _Triggers(protector, tokens)
    renamed = dict(protector.new_rekeys)
    for old, rekey in protector.vault.rekeys.items():
        renamed.setdefault(old, rekey.new)
    bases = {protector.vault.identities[t].basis for t in tokens if t in protector.vault.identities}
    summary = RepairSummary()
    changed_entities: list[Entity] = []
    moved: dict[str, Entity] = {}
    for entity in store.iter_entities():
        if not _may_change_entity(entity, words, renamed, bases, protector):
            continue
        [new] = protector.protect([entity])
        if new.key != entity.key:
            moved[entity.key] = new
        elif not new.same_content(entity):
            changed_entities.append(new)
    changed_rels: list[Relationship] = []
    for rel in store.iter_relationships():
        if rel.source in moved or rel.target in moved:
            continue  # moved with its entity below
        if not _may_change_relationship(rel, words, renamed, bases):
            continue
        [new] = protector.protect([rel])  # its ends did not move: its key stays
        if new.key == rel.key and (not new.same_content(rel) or _texts_differ(new, rel)):
            changed_rels.append(new)
    protector.vault.flush()  # the vault first: the store never holds what it cannot reveal
    if changed_entities:
        store.write_batch(WriteBatch(entities_changed=changed_entities))
    if changed_rels:
        store.write_batch(WriteBatch(relationships_changed=changed_rels))
    if moved:
        summary.entities_merged, summary.relationships_merged = _move(store, protector, moved)
    summary.entities_rewritten = len(changed_entities)
    summary.entities_moved = len(moved)
    summary.relationships_rewritten = len(changed_rels)
    return summary


def _move(store: Store, protector: Protector, moved: dict[str, Entity]) -> tuple[int, int]:
    """Merge each moved entity into its new key, with its relationships, and delete it, in
    one batch. What was stored under the old key was written first, so it merges before
    whatever this run already wrote under the new key, as it would have in a run that knew
    the person from the start: evidence keeps that run's order, and the graph is the same."""
    entities: dict[str, Entity] = {}
    for entity in moved.values():
        known = entities.get(entity.key)
        entities[entity.key] = known.merged_with(entity) if known else entity
    rels: dict[str, Relationship] = {}
    seen: set[str] = set()
    for old in moved:
        for rel in store.relationships_of(old):
            if rel.key in seen:  # between two moved entities: once
                continue
            seen.add(rel.key)
            [new] = protector.protect([rel])
            if new.source == new.target:
                continue
            known_rel = rels.get(new.key)
            rels[new.key] = known_rel.merged_with(new, store.ontology) if known_rel else new
    batch = WriteBatch(entities_deleted=sorted(moved))
    for type_name in sorted({e.type for e in entities.values()}):
        group = [e for e in entities.values() if e.type == type_name]
        stored = store.fetch_entities(type_name, [e.key for e in group if e.key not in moved])
        for entity in group:
            current = stored.get(entity.key)
            if current is None:
                batch.entities_new.append(entity)
            else:
                batch.entities_changed.append(entity.merged_with(current))
    for type_name in sorted({r.type for r in rels.values()}):
        group = [r for r in rels.values() if r.type == type_name]
        stored_rels = store.fetch_relationships(type_name, group)
        for rel in group:
            current_rel = stored_rels.get(rel.key)
            if current_rel is None:
                batch.relationships_new.append(rel)
            else:
                batch.relationships_changed.append(rel.merged_with(current_rel, store.ontology))
    store.write_batch(batch)
    return len(batch.entities_changed), len(batch.relationships_changed)


def _texts_differ(a: Relationship, b: Relationship) -> bool:
    return [(e.quote, e.source, e.document) for e in a.evidence] != [
        (e.quote, e.source, e.document) for e in b.evidence
    ]


class _Triggers:
    """Which texts may name one of some identities: those holding every word of one of
    their forms, or one of their given names. A form is looked up by its longest word, then
    all its words are required: initials "K.S." are looked for only in texts with both
    letters as words, not in every text with a possessive "'s"."""

    def __init__(self, protector: Protector, tokens: set[str]) -> None:
        self.needs: dict[str, set[frozenset[str]]] = {}
        for form in protector.forms.all():
            if form.kind != KEEP and form.tokens & tokens:
                self._add(form_trigger(form), form_words(form))
        for token in tokens:
            for given in protector.given.get(token, []):
                word = fold(given)
                self._add(word, frozenset({word}))

    def _add(self, trigger: str, needs: frozenset[str]) -> None:
        self.needs.setdefault(trigger, set()).add(needs | {trigger})

    def __bool__(self) -> bool:
        return bool(self.needs)

    def __call__(self, text: str | None) -> bool:
        """Whether `text` may name one of the identities."""
        if not text or not self.needs:
            return False
        words = trigger_words(text)
        for word in words & self.needs.keys():
            if any(needs <= words for needs in self.needs[word]):
                return True
        return False


def _entity_texts(entity: Entity) -> Iterable[str]:
    yield entity.name
    yield from entity.aliases
    if entity.description:
        yield entity.description
    yield from entity.sources
    yield from (v for v in entity.properties.values() if isinstance(v, str))


def _may_change_entity(
    entity: Entity, words: _Triggers, renamed: dict[str, str], bases: set[str], p: Protector
) -> bool:
    if entity.key in renamed or entity.key in bases:
        return True
    if entity.type == "Person" and p.identity_of(entity) is not None:
        return token_of_key(entity.key) is None or bool(entity.aliases)
    return bool(words) and any(words(t) for t in _entity_texts(entity))


def _may_change_relationship(
    rel: Relationship, words: _Triggers, renamed: dict[str, str], bases: set[str]
) -> bool:
    ends = {rel.source, rel.target}
    if ends & renamed.keys() or ends & bases:
        return True
    for item in rel.evidence:
        if item.document in renamed:
            return True
        if words and (words(item.quote) or words(item.source)):
            return True
    return bool(words) and any(words(v) for v in rel.properties.values() if isinstance(v, str))


def _type_of(store: Store, key: str) -> str | None:
    try:
        return store.ontology.type_of_key(key)
    except Exception:  # a key of no known type cannot be stored
        return None
