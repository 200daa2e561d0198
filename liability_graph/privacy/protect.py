"""Pseudonymise facts before they are written: the graph holds only pseudonyms.

`Protector(vault).protect(facts)` takes one file's facts (after extraction, resolution and
the victim pass) and returns them with every protected person replaced:

- a protected Person becomes "Protected person TOKEN" with the key person:protected-token
  (vault.py: TOKEN is a keyed hash, so the same person gets the same key every time); its
  real names go to the vault, not to the graph;
- every text that is stored (names and aliases of other entities, descriptions, string
  properties, document titles, URLs and paths, evidence quotes and sources) has each
  mention replaced: full name, aliases, surname, initials everywhere (mentions.py), and
  the given name alone in the files where the person is present, when nobody else there
  has it;
- an entity whose key was made from a protected name (a case "Maria Jansen v. Parler", a
  document keyed by a URL with her name) gets the key of its pseudonymised name, and the
  old key is remembered in the vault, so later facts using it land on the same node;
- evidence offsets still point into the original document; the original of every changed
  text, with the replaced spans, is kept in the vault for `--reveal-protected`.

`discover(facts)` registers the protected persons of a file without rewriting anything, so
that an ingest can learn every identity of a group of files before writing any of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from liability_graph.errors import VaultError
from liability_graph.graph.model import (
    Document,
    Entity,
    Evidence,
    Relationship,
    document_key,
    entity_key,
    normalize_name,
    slugify,
)
from liability_graph.privacy.cues import load_cues
from liability_graph.privacy.mentions import (
    FULL,
    GIVEN,
    INITIALS,
    KEEP,
    SURNAME,
    Form,
    FormIndex,
    fold,
    form_trigger,
    identity_forms,
    replace_forms,
    trigger_words,
)
from liability_graph.privacy.vault import (
    PSEUDONYM,
    Identity,
    Rekey,
    Vault,
    token_of_key,
)

#: Types whose own names are never kept whole: a caption names its parties.
_CAPTIONED = frozenset({"Case"})
_UNNAMED = frozenset({"Document"})


def is_pseudonym(name: str) -> bool:
    return name.startswith(PSEUDONYM)


def is_protected_key(key: str) -> bool:
    return token_of_key(key) is not None


def _looks_like_location(text: str) -> bool:
    """URLs and file paths get URL-style pseudonyms ("protected-person-…")."""
    return "://" in text or (("/" in text or "\\" in text) and " " not in text.strip())


class Protector:
    """Pseudonymises facts with the identities of one vault (see the module docstring)."""

    def __init__(self, vault: Vault, known_names: Iterable[tuple[str, str, str]] = ()) -> None:
        """`known_names` are (name, type, key) of entities already known (a name index's):
        those holding a protected word are kept whole in texts (see `know`)."""
        self.vault = vault.load()
        self.forms = FormIndex()
        self.given: dict[str, list[str]] = {}
        self._by_name: dict[str, str] = {}  # normalised real name -> token
        self._words: set[str] = set()  # folded surnames and given names of identities
        self._known_by_word: dict[str, list[str]] = {}
        self._kept: set[str] = set()
        #: Tokens and rekeys added since this protector was made (for the repair of a store).
        self.new_tokens: set[str] = set()
        self.new_rekeys: dict[str, str] = {}
        self._surnames: dict[tuple[str, ...], list[str]] = {}
        self._learned: set[str] = set()  # tokens whose forms are in self.forms
        self._learn_vault(new=False)
        self.know(known_names)

    def _learn_vault(self, new: bool = True) -> None:
        """Learn every identity of the vault not learned yet. The vault can gain identities
        it did not hold when this protector was made: when another process creates the
        vault first, its file, identities included, is read at the first need of the
        secret, and a name of those would otherwise stay in clear in this run's texts.
        Such identities are `new_tokens` too, so a repair also hides them in what was stored."""
        if len(self._learned) == len(self.vault.identities):
            return
        for identity in list(self.vault.identities.values()):
            if identity.token not in self._learned:
                self._learn(identity)
                if new:
                    self.new_tokens.add(identity.token)

    def know(self, names: Iterable[tuple[str, str, str]]) -> None:
        """Learn names of other entities (name, type, key); any holding a protected word
        ("Peter Jansen", "Jansen Logistics") is kept whole in texts."""
        added: set[str] = set()
        for name, type_name, key in names:
            if type_name in _CAPTIONED or type_name in _UNNAMED or is_protected_key(key):
                continue
            for word in trigger_words(name):
                self._known_by_word.setdefault(word, []).append(name)
                added.add(word)
        for word in added & self._words:
            for name in self._known_by_word[word]:
                self._add_keep(name)

    def know_index(self, index: Any) -> None:
        """`know` the names of a loaders.names.NameIndex."""
        self.know((name, ref.type, ref.key) for name, ref in index.names())

    # -- identities --------------------------------------------------------------------------
    def _learn(self, identity: Identity) -> None:
        self._learned.add(identity.token)
        forms, given = identity_forms(n for n in identity.names if not is_pseudonym(n))
        added_words = set()
        for kind, text in forms:
            self.forms.add(kind, text, identity.token)
            if kind in (SURNAME, INITIALS):
                added_words.add(form_trigger(Form(kind, text)))
        self.given[identity.token] = given
        added_words.update(fold(g) for g in given)
        for name in identity.names:
            self._by_name[normalize_name(name)] = identity.token
        new_words = added_words - self._words
        self._words |= added_words
        for word in new_words:
            for name in self._known_by_word.get(word, []):
                self._add_keep(name)

    def _add_keep(self, name: str) -> None:
        """A keep form, unless the name holds a protected full name or initials, or has no
        word of its own beside protected ones ("Jansen" alone is her surname)."""
        folded = fold(name)
        if folded in self._kept or normalize_name(name) in self._by_name:
            return
        load = load_cues()
        own = trigger_words(name) - self._words - load.placeholders - load.particles
        if not own:
            return
        globals_ = [f for f in self.forms.candidates(trigger_words(name)) if f.kind != KEEP]
        if (
            any(f.kind in (FULL, INITIALS) for f in globals_)
            and replace_forms(name, [f for f in globals_ if f.kind in (FULL, INITIALS)])[1]
        ):
            return
        self._kept.add(folded)
        self.forms.add(KEEP, name, None)

    def surnames(self, identity: Identity) -> list[str]:
        """The surname forms of an identity's names (asked for each file naming the person:
        worked out once per set of names)."""
        names = tuple(identity.names)
        found = self._surnames.get(names)
        if found is None:
            found = [text for kind, text in identity_forms(names)[0] if kind == SURNAME]
            self._surnames[names] = found
        return found

    def identity_of(self, entity: Entity) -> Identity | None:
        """The known identity a Person entity stands for, by key or by real name."""
        if entity.type != "Person":
            return None
        key = entity.key
        if is_protected_key(key):
            return self.vault.identity(token_of_key(key) or "")
        token = self.vault.by_basis.get(key)
        if token is None and key in self.vault.rekeys:
            token = token_of_key(self.vault.rekeys[key].new)
        if token is None:
            for name in (entity.name, *entity.aliases):
                token = self._by_name.get(normalize_name(name))
                if token is not None:
                    break
        return self.vault.identity(token) if token else None

    def discover(self, facts: Iterable[Any]) -> None:
        """Register the protected persons among `facts` (and new names of known ones)."""
        for fact in facts:
            if not isinstance(fact, Entity) or fact.type != "Person":
                continue
            identity = self.identity_of(fact)
            real = [n for n in (fact.name, *fact.aliases) if n and not is_pseudonym(n)]
            if identity is None:
                if not fact.protected or is_protected_key(fact.key):
                    continue
                token = self.vault.token(fact.key)
                identity = Identity(
                    token,
                    fact.key,
                    fact.type,
                    real[0] if real else fact.name,
                    real[1:],
                    fact.origin,
                )
                identity = self.vault.add_identity(identity)
                self.new_tokens.add(token)
                self._learn(identity)
                continue
            known = {normalize_name(n) for n in identity.names}
            fresh = [n for n in real if normalize_name(n) not in known]
            stronger = fact.origin in ("curated", "reference") and identity.origin != fact.origin
            if fresh or stronger:
                update = Identity(
                    identity.token, identity.basis, identity.type, identity.name, fresh, fact.origin
                )
                self._learn(self.vault.add_identity(update))
        self._learn_vault()

    def add_names_to(self, index: Any) -> None:
        """Let a name index (loaders.names.NameIndex) resolve the real names the store no
        longer holds, to the keys they had before pseudonymisation (a person's basis key, a
        renamed case's old key): extraction then sees the same keys as in the run that first
        stored them, and `protect` maps them to the pseudonymous ones. Only identities and
        renamed entities of reference or curated origin, as the store's index holds anchors."""
        for identity in self.vault.identities.values():
            if identity.origin in ("curated", "reference"):
                index.add_names(identity.basis, identity.type, identity.name, identity.aliases)
        for rekey in self.vault.rekeys.values():
            if rekey.origin not in ("curated", "reference") or not rekey.names:
                continue
            type_name = _type_of(rekey.old)
            if not type_name or type_name in _UNNAMED or index.get(rekey.new) is None:
                continue
            # only the names pseudonymisation changed: the others still name the new key
            lost = [n for n in rekey.names if all(r.key != rekey.new for r in index.find(n))]
            if lost:
                index.add_names(rekey.old, type_name, lost[0], lost[1:])

    def index_anchor(self, entity: Entity, index: Any) -> None:
        """Add a curated or reference entity to a name index, a protected person under its
        basis key (see `add_names_to`)."""
        identity = self.identity_of(entity)
        if identity is None:
            index.add(entity)
            return
        index.add_names(identity.basis, identity.type, identity.name, identity.aliases)

    def foreign(self, facts: Iterable[Any]) -> bool:
        """Whether `facts` hold a pseudonymised person this vault does not know (a facts file
        written with another vault: its pseudonyms could never be revealed here)."""
        for fact in facts:
            if isinstance(fact, Entity) and fact.type == "Person":
                token = token_of_key(fact.key)
                if token is not None and token not in self.vault.identities:
                    return True
        return False

    # -- rewriting ---------------------------------------------------------------------------
    def protect(self, facts: list[Any]) -> list[Any]:
        """The facts with every protected person pseudonymised (see the module docstring)."""
        self.discover(facts)
        if not len(self.forms) and not self.vault.rekeys:
            return facts
        file = _FileView(self, facts)
        out = [file.rewrite(fact) for fact in facts]
        for old, new in file.remap.items():
            if old != new:
                self.new_rekeys[old] = new
        return out

    def redact_text(self, text: str | None, url: bool = False, given: bool = False) -> str | None:
        """A text with every known identity's forms replaced, their given names too if asked
        (for output that is not stored, such as `lgraph eval`'s)."""
        if not text:
            return text
        self._learn_vault()
        words = trigger_words(text)
        forms = self.forms.candidates(words)
        if given:
            forms += [
                Form(GIVEN, name, frozenset({token}))
                for token, names in self.given.items()
                for name in names
                if fold(name) in words
            ]
        return replace_forms(text, forms, url)[0] if forms else text


def _type_of(key: str) -> str | None:
    prefix = key.partition(":")[0]
    return prefix[:1].upper() + prefix[1:] if prefix else None


class _FileView:
    """One file's facts while they are rewritten: who is present, the file's own forms, and
    the keys that change."""

    def __init__(self, protector: Protector, facts: list[Any]) -> None:
        self.p = protector
        self.vault = protector.vault
        self.remap: dict[str, str] = {}
        self.persons: dict[str, Identity] = {}
        self._cache: dict[tuple[str, bool, bool], str] = {}
        words: set[str] = set().union(*(trigger_words(t) for f in facts for t in _fact_texts(f)))
        loose: list[Entity] = []  # persons who are no known identity
        for fact in facts:
            if isinstance(fact, Entity) and fact.type == "Person":
                identity = protector.identity_of(fact)
                if identity is not None:
                    self.persons[fact.key] = identity
                    self.remap[fact.key] = identity.key
                else:
                    loose.append(fact)
            elif isinstance(fact, Entity) and fact.type not in _CAPTIONED | _UNNAMED:
                for name in (fact.name, *fact.aliases):
                    if trigger_words(name) & protector._words:
                        protector._add_keep(name)
            if isinstance(fact, Relationship):
                for key in (fact.source, fact.target):
                    token = self._token_of_key(key)
                    if token:
                        self.persons.setdefault(key, self.vault.identities[token])
        present = {i.token for i in self.persons.values()}
        named = [form for form in protector.forms.candidates(words) if form.kind != KEEP]
        for form in named:
            present |= form.tokens  # candidates hold all their words
        # A person named only by a present person's surname or given name is that person.
        alone: dict[str, set[str]] = {}
        for token in present:
            parts = protector.surnames(self.vault.identities[token])
            for part in [*parts, *protector.given.get(token, [])]:
                alone.setdefault(fold(part), set()).add(token)
        others: set[str] = set()  # name words of persons who are not protected
        for person in loose:
            owners = alone.get(fold(person.name), set())
            if len(owners) == 1 and not person.aliases:
                identity = self.vault.identities[next(iter(owners))]
                self.persons[person.key] = identity
                self.remap[person.key] = identity.key
                continue
            for name in (person.name, *person.aliases):
                others |= trigger_words(name)
                protector._add_keep(name)
        given_owners: dict[str, set[str]] = {}
        for token in present:
            for name in protector.given.get(token, []):
                given_owners.setdefault(name, set()).add(token)
        self.given_forms = [
            Form(GIVEN, name, frozenset(tokens))
            for name, tokens in given_owners.items()
            if len(tokens) == 1 and fold(name) not in others
        ]
        self.words = words
        #: No text of the file can name anyone (most files): texts are kept without looking
        #: them up one by one; keys may still change (a person's, a renamed one).
        self.quiet = not self.given_forms and not named
        #: The forms the file's texts may hold (keep forms too), to look each text up in.
        self.forms = protector.forms if self.quiet else protector.forms.narrowed(words)

    def _token_of_key(self, key: str) -> str | None:
        token = token_of_key(key)
        if token is not None:
            return token if token in self.vault.identities else None
        token = self.vault.by_basis.get(key)
        if token is None and key in self.vault.rekeys:
            return self._token_of_key(self.vault.rekeys[key].new)
        return token

    # -- texts ------------------------------------------------------------------------------
    def text(self, value: str | None, *, url: bool | None = None, given: bool = True) -> Any:
        if not value or not isinstance(value, str) or self.quiet:
            return value
        as_url = _looks_like_location(value) if url is None else url
        cache_key = (value, as_url, given)
        done = self._cache.get(cache_key)
        if done is not None:
            return done
        words = trigger_words(value)
        # every text of the file is among its words; anything else looks in every form
        forms = (self.forms if words <= self.words else self.p.forms).candidates(words)
        if given:
            forms += [f for f in self.given_forms if fold(f.text) in words]
        # Keep forms only stop other forms matching inside them: alone they change nothing.
        if not any(form.kind != KEEP for form in forms):
            self._cache[cache_key] = value
            return value
        redacted, spans = replace_forms(value, forms, as_url)
        if spans:
            self.vault.add_text(redacted, value, spans)
        self._cache[cache_key] = redacted
        return redacted

    def _texts(self, values: Iterable[str], **how: Any) -> list[str]:
        return [self.text(v, **how) for v in values]

    def _props(self, props: dict[str, Any]) -> dict[str, Any]:
        return {k: self.text(v) if isinstance(v, str) else v for k, v in props.items()}

    def key(self, key: str) -> str:
        """Where a key points now: renamed in this file, a protected person, or an old key."""
        if key in self.remap:
            return self.remap[key]
        token = self._token_of_key(key)
        if token is not None:
            return self.vault.identities[token].key
        rekey = self.vault.rekeys.get(key)
        return rekey.new if rekey is not None else key

    def _key_names_someone(self, key: str) -> bool:
        """Whether a name-made key holds a protected name ("case:g-g-v-salesforce…")."""
        slug = key.partition(":")[2]
        padded = f"-{slug}-"
        for form in self.p.forms.candidates(set(slug.split("-")), whole=False):
            if form.kind != KEEP and f"-{slugify(form.text)}-" in padded:
                return True
        return False

    # -- facts ------------------------------------------------------------------------------
    def rewrite(self, fact: Any) -> Any:
        if isinstance(fact, Relationship):
            return self._relationship(fact)
        if isinstance(fact, Document):
            return self._document(fact)
        if isinstance(fact, Entity):
            if fact.key in self.persons and fact.type == "Person":
                return self._person(fact, self.persons[fact.key])
            return self._entity(fact)
        return fact

    def _person(self, person: Entity, identity: Identity) -> Entity:
        props = self._props(person.properties)
        props["protected"] = True
        return Entity(
            "Person",
            identity.pseudonym,
            [],
            self.text(person.description),
            props,
            self._texts(person.sources),
            identity.key,
            [self.key(k) for k in person.distinct_from],
            person.origin,
        )

    def _entity(self, entity: Entity) -> Entity:
        given = entity.type in _CAPTIONED
        url = None if entity.type == "Document" else False  # a document may be titled by URL
        name = self.text(entity.name, url=url, given=given)
        aliases = [self.text(a, url=url, given=given) for a in entity.aliases]
        props = self._props(entity.properties)
        if entity.type == "Document":
            for field in ("url", "source"):
                if isinstance(entity.properties.get(field), str):
                    props[field] = self.text(entity.properties[field], url=True)
        key = self.key(entity.key)
        if key == entity.key:
            if entity.type == "Document":
                basis = _document_basis(entity.properties)
                if basis and not entity.properties.get("content_hash"):
                    new_basis = _document_basis(props)
                    if new_basis != basis and entity.key == document_key(basis):
                        key = document_key(new_basis)
            elif (name != entity.name and entity.key == entity_key(entity.type, entity.name)) or (
                self._key_names_someone(entity.key)
            ):
                key = entity_key(entity.type, name)
        if key != entity.key:
            self._rekey(entity.key, key, [entity.name, *entity.aliases], entity.origin)
        description, sources = self.text(entity.description), self._texts(entity.sources)
        distinct = [self.key(k) for k in entity.distinct_from]
        if (name, aliases, description, props, sources, key, distinct) == (
            entity.name,
            entity.aliases,
            entity.description,
            entity.properties,
            entity.sources,
            entity.key,
            entity.distinct_from,
        ):
            return entity  # nothing to hide: the same object (a big file's facts stay single)
        return Entity(
            entity.type,
            name,
            aliases,
            description,
            props,
            sources,
            key,
            distinct,
            entity.origin,
        )

    def _document(self, document: Document) -> Document:
        title = self.text(document.title)
        url = self.text(document.url, url=True)
        source = self.text(document.source)
        key = self.key(document.key)
        if key == document.key and not document.content_hash:
            basis = document.url or document.source or document.title
            new_basis = url or source or title
            if basis and new_basis != basis and document.key == document_key(basis):
                key = document_key(new_basis)
        if key != document.key:
            self._rekey(document.key, key, [], None)
        return Document(
            title,
            source,
            url,
            document.published,
            document.language,
            self.text(document.author),
            document.kind,
            document.content_hash,
            key,
        )

    def _relationship(self, rel: Relationship) -> Relationship:
        evidence = [self._evidence(e) for e in rel.evidence]
        source, target, props = (
            self.key(rel.source),
            self.key(rel.target),
            self._props(rel.properties),
        )
        if (
            source == rel.source
            and target == rel.target
            and props == rel.properties
            and all(new is old for new, old in zip(evidence, rel.evidence, strict=True))
        ):
            return rel  # nothing to hide: the same object
        return Relationship(
            rel.type,
            source,
            target,
            rel.status,
            evidence,
            rel.date_on,
            rel.date_from,
            rel.date_to,
            props,
            rel.confirmed,
        )

    def _evidence(self, item: Evidence) -> Evidence:
        quote = self.text(item.quote, url=False)
        source = self.text(item.source)
        document = self.key(item.document)
        if (quote, source, document) == (item.quote, item.source, item.document):
            return item
        return replace(item, quote=quote, source=source, document=document)

    def _rekey(self, old: str, new: str, names: list[str], origin: str | None) -> None:
        self.remap[old] = new
        if not is_protected_key(new):
            real = [n for n in names if n and not is_pseudonym(n)]
            self.vault.add_rekey(Rekey(old, new, real, origin))


def _document_basis(props: dict[str, Any]) -> str | None:
    return (
        props.get("content_hash") or props.get("url") or props.get("source") or props.get("title")
    )


def _fact_texts(fact: Any) -> Iterable[str]:
    """Every text of a fact that is stored."""
    if isinstance(fact, Relationship):
        for item in fact.evidence:
            yield item.quote
            if item.source:
                yield item.source
        yield from (v for v in fact.properties.values() if isinstance(v, str))
    elif isinstance(fact, Document):
        yield from (t for t in (fact.title, fact.url, fact.source, fact.author) if t)
    elif isinstance(fact, Entity):
        yield fact.name
        yield from fact.aliases
        if fact.description:
            yield fact.description
        yield from fact.sources
        yield from (v for v in fact.properties.values() if isinstance(v, str))


def count_protected(store: Any) -> int:
    """How many protected persons a store holds."""
    result = store.read("MATCH (n:`Person`) WHERE n.protected = true RETURN count(n) AS n")
    return int(result.rows[0][0]) if result.rows else 0


def check_vault(store: Any, vault: Vault) -> None:
    """Refuse to add to a store that holds protected persons when their vault is missing:
    a new vault would give the same persons new pseudonyms."""
    if vault.exists():
        vault.load()
        return
    count = count_protected(store)
    if count:
        raise VaultError(
            f"the store holds {count} protected person(s), but their vault {vault.path} "
            "does not exist; a new one would give them new pseudonyms",
            hint="Point --vault or LGRAPH_VAULT at the vault written when the store was filled.",
        )
