"""Claims and mentions to facts: settle entity keys, merge claims into relationships with
their evidence, and add one MENTIONS edge per entity the document names.

A new name is resolved by the context's resolver when there is one (exact or fuzzy match
to a known entity), else by an exact look-up in the name index (also without its legal
suffix or web domain), else it becomes a new entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from liability_graph.errors import LiabilityGraphError
from liability_graph.graph.model import Document, Entity, Evidence, Relationship, entity_key
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.extract.frames import Claim
from liability_graph.loaders.extract.gazetteer import Gazetteer
from liability_graph.loaders.extract.mentions import Option
from liability_graph.loaders.extract.text import Sentence

_STATUS_RANK: Final = {"alleged": 0, "established": 1, "ruled": 2}
_LEGAL: Final = (
    r"(?:Inc\.?|Corp\.?|LLC|Ltd\.?|N\.V\.|B\.V\.|S\.à\s?r\.l\.|S\.A\.R\.L\.|plc|GmbH"
    r"|Holdings|Limited|LLP|Co\.)"
)
_VARIANT: Final = re.compile(r",?\s+" + _LEGAL + r"$|\.(?:com|net|org|nl|be)$")
#: How a name that _VARIANT shortens ends (its "$" also matches before a final newline).
_VARIANT_ENDS: Final = (
    "Inc", "Inc.", "Corp", "Corp.", "LLC", "Ltd", "Ltd.", "N.V.", "B.V.", "r.l.", "S.A.R.L.",
    "plc", "GmbH", "Holdings", "Limited", "LLP", "Co.", ".com", ".net", ".org", ".nl", ".be",
    "\n",
)  # fmt: skip


def _without_variant(name: str) -> str:
    """_VARIANT.sub("", name): the name without its legal form or web domain; most names
    end with neither, which a suffix test answers without the regex's scan."""
    return _VARIANT.sub("", name) if name.endswith(_VARIANT_ENDS) else name


@dataclass
class Emitter:
    document: Document
    context: LoadContext
    gazetteer: Gazetteer
    keys: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    first_seen: dict[str, Sentence] = field(default_factory=dict)
    #: The text read: "Pornhub.com" is the "Pornhub" that the same text also writes,
    #: "Nimbus Pay Inc." its "Nimbus Pay".
    text: str = ""
    #: text.casefold(), and the text it was made of (see _folded)
    folded: str = ""
    folded_of: str = ""

    def _folded(self) -> str:
        """The text read, case-folded once per text (every new name asks)."""
        if self.folded_of is not self.text:
            self.folded = self.text.casefold()
            self.folded_of = self.text
        return self.folded

    def key_of(self, option: Option) -> str:
        """The entity key of an option, resolving new names once per document."""
        if option.key:
            key, name = option.key, option.name
        else:
            found = self.keys.get(option.ident)
            if found is None:
                found = self._resolve(option)
                self.keys[option.ident] = found
            key, name = found
        entity = self.entities.get(key)
        if entity is None:
            self.entities[key] = self._entity(option, key, name)
        elif option.aliases and option.key is None:  # "DSA": an alias the document taught
            entity.aliases += [a for a in option.aliases if a not in entity.aliases and a != name]
        return key

    def _resolve(self, option: Option) -> tuple[str, str]:
        resolver = self.context.resolver
        if resolver is not None:
            try:
                resolved = resolver.resolve(option.type, option.name)
            except LiabilityGraphError:
                resolved = None
            if resolved is not None and (resolved.key or self._short_written(option) is None):
                name = resolved.name or option.name
                return resolved.key or entity_key(option.type, name), name
        names = self.context.names
        short = _without_variant(option.name)
        # the short form only when it differs: the same name finds the same entities
        for variant in (option.name, short) if short != option.name else (option.name,):
            refs = names.find(variant, [option.type])
            if refs:
                return refs[0].key, refs[0].name
        written = self._short_written(option, short)
        if written:
            return entity_key(option.type, written), written
        return entity_key(option.type, option.name), option.name

    def _short_written(self, option: Option, short: str | None = None) -> str | None:
        """The name without its legal form or domain (`short`, if known), as the document
        also writes it ("Pornhub" for "pornhub.com", "Dataveld" for "Dataveld B.V."), if it
        does."""
        if short is None:
            short = _without_variant(option.name)
        if short == option.name or len(short) < 3 or short.casefold() not in self._folded():
            return None
        # "(?<![\w.])short(?!...)", written to start with short's first character (the
        # look-behind after it) so that re skips ahead to it instead of trying every character
        first = re.escape(short[0])
        alone = re.compile(
            first + r"(?<![\w.]" + first + ")" + re.escape(short[1:])
            + r"(?!\w|\.\w|,?\s+" + _LEGAL + ")",
            re.IGNORECASE if short.islower() else 0,  # a domain in lower case: any case
        )  # fmt: skip
        for found in alone.finditer(self.text):
            if found.group() == short or found.group()[:1].isupper():  # a name, no word
                return found.group()
        return None

    def _entity(self, option: Option, key: str, name: str) -> Entity:
        known = key in self.context.names or option.key is not None
        if known:
            ref = self.context.names.get(key)
            # positional (type, name, aliases, description, properties, sources, key): see evidence
            return Entity(option.type, ref.name if ref else name, [], None, {}, [], key)
        allowed = self.context.ontology.node_type(option.type).properties
        props = {k: v for k, v in option.props if k in allowed and v is not None}
        aliases = [a for a in (option.name, *option.aliases) if a != name]
        entity = Entity(option.type, name, aliases, None, props, [], key)
        self.gazetteer.learn(Option(option.type, name, key, aliases=tuple(aliases)), key)
        return entity

    def note(self, key: str, sentence: Sentence) -> None:
        """Remember the first sentence that names or relates an entity (for MENTIONS)."""
        seen = self.first_seen.get(key)
        if seen is None or sentence.start < seen.start:
            self.first_seen[key] = sentence

    def evidence(
        self, sentence: Sentence, method: str, confidence: float, status: str, date: str | None
    ) -> Evidence:
        # positional: a dataclass's __init__ takes keywords several times slower
        return Evidence(
            self.document.key,  # document
            sentence.text,  # quote
            self.document.source or self.document.url,  # source
            sentence.start,
            sentence.end,
            method,
            round(confidence, 3),
            status,
            date or self.document.published,
        )

    def relationships(self, claims: list[Claim]) -> list[Relationship]:
        merged: dict[tuple[str, str, str], Relationship] = {}
        #: (type, source name, target name) -> the first fact's ident: a name that a later
        #: sentence types again by its trade ("sued Zelvo LLC", then "held the payment
        #: processor liable": a Vendor) is still one party of the document, and one fact
        named: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        for claim in claims:
            source, target = self.key_of(claim.source), self.key_of(claim.target)
            source_name = self.entities[source].name.casefold()
            target_name = self.entities[target].name.casefold()
            if source_name == target_name:
                continue  # one name both ends ("Backpage.com" is the "Backpage" it served)
            ident = named.setdefault(
                (claim.type, source_name, target_name), (claim.type, source, target)
            )
            source, target = ident[1], ident[2]
            self.note(source, claim.sentence)
            self.note(target, claim.sentence)
            date = claim.date_on or claim.date_from or claim.date_to
            rel = merged.get(ident)
            if rel is None:
                evidence = self.evidence(
                    claim.sentence, claim.rule, claim.confidence, claim.status, date
                )
                merged[ident] = Relationship(
                    claim.type, source, target, claim.status, [evidence],
                    claim.date_on, claim.date_from, claim.date_to, dict(claim.props),
                )  # fmt: skip
                continue
            if all(e.start != claim.sentence.start for e in rel.evidence):
                rel.evidence.append(
                    self.evidence(claim.sentence, claim.rule, claim.confidence, claim.status, date)
                )
            stronger = _STATUS_RANK[claim.status] > _STATUS_RANK[rel.status]
            if stronger:
                rel.status = claim.status
            if stronger and (claim.date_on or claim.date_from or claim.date_to):
                # the date of the clause that gives the fact its status (docs/annotation.md,
                # section 6): a fine's day, not the day the inquiry opened
                rel.date_on, rel.date_from, rel.date_to = (
                    claim.date_on,
                    claim.date_from,
                    claim.date_to,
                )
            elif (
                stronger
                or _STATUS_RANK[claim.status] == _STATUS_RANK[rel.status]
                or not (rel.date_on or rel.date_from or rel.date_to)
            ):
                rel.date_on = _pick(min, rel.date_on, claim.date_on)
                rel.date_from = _pick(min, rel.date_from, claim.date_from)
                rel.date_to = _pick(max, rel.date_to, claim.date_to)
            for name, value in claim.props.items():
                rel.properties.setdefault(name, value)
        return list(merged.values())

    def mentions(self) -> list[Relationship]:
        out = []
        for key, sentence in self.first_seen.items():
            evidence = self.evidence(sentence, "mention", 1.0, "established", None)
            out.append(Relationship("MENTIONS", self.document.key, key, "established", [evidence]))
        return out


def _pick(choose, a: str | None, b: str | None) -> str | None:
    values = [v for v in (a, b) if v]
    return choose(values) if values else None
