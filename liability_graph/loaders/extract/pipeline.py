"""The extraction run over one chunk of a document: sentences, mentions, rules, facts.

A sentence with no known name, no name a rule finds, no surname met before and no head
noun that could point back cannot hold a mention, so it is not tokenised: only its years
(which anchor relative dates) and an empty turn in the discourse history are kept.
"""

from __future__ import annotations

import re
from functools import cache

from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.extract.dates import YEAR_AFTER
from liability_graph.loaders.extract.discourse import Discourse
from liability_graph.loaders.extract.emit import Emitter
from liability_graph.loaders.extract.frames import Claim, SentenceFrames, apply_rule
from liability_graph.loaders.extract.gazetteer import Hit, gazetteer_for
from liability_graph.loaders.extract.knowledge import Knowledge, reference_knowledge
from liability_graph.loaders.extract.lexicon import (
    COREF_HEADS,
    FOUNDER_HEADS,
    LANGUAGES,
    ROLE_RELATION,
    ROLES,
    SUBORDINATORS,
)
from liability_graph.loaders.extract.matcher import Matcher
from liability_graph.loaders.extract.mentions import Mention, Option
from liability_graph.loaders.extract.recognize import Found, recognize
from liability_graph.loaders.extract.rules import SUE, Rule, rules_for
from liability_graph.loaders.extract.search import bisect_left
from liability_graph.loaders.extract.text import (
    Sentence,
    detect_language,
    split_sentences,
    tokenize,
)

#: Aliases the reference knowledge base lacks but news text uses, keyed by canonical name.
EXTRA_ALIASES = {"United States": ["US", "VS", "America", "Amerika"]}
_PLACE_PREPS = frozenset(["in", "at", "from", "near", "of", "te", "uit", "naar", "bij", "nabij"])
_CAPTION = "caption"
_CAPTION_PARTS = re.compile(
    r"^(?:(?:de\s+)?(?:straf)?zaak(?:-|\s+))?(?P<a>.+?)\s+(?:v\.|vs\.|tegen)\s+(?P<b>.+)$", re.S
)
_PARTY_TAIL = re.compile(r",?\s+et\s+al\.?$")
_LEGAL_TAIL = re.compile(
    r",?\s+(?:Inc\.?|Corp\.?|LLC|Ltd\.?|S\.à\s?r\.l\.|S\.A\.R\.L\.|Holdings)$|\.com$"
)
_ANONYMOUS = re.compile(r"^(?:(?:Jane|John)\s+)?Does?\b|^(?:[A-Z]\.){2,3}$")
_YEAR = re.compile(r"(?:19[89]\d|20[0-4]\d)" + YEAR_AFTER)


def _may_hold_year(text: str) -> bool:
    """A cheap necessary condition for _YEAR, which needs "19" or "20"."""
    return "19" in text or "20" in text


def _lawsuits_first(match: tuple[Rule, int, int]) -> bool:
    """Sort key: lawsuit frames run before the rules that may point to their cases."""
    return match[0].relation != SUE


@cache
def _matcher(language: str) -> Matcher:
    return Matcher(rules_for(language), SUBORDINATORS.get(language, frozenset()))


_law_years_of: tuple[Knowledge, dict[str, int | None]] | None = None


def _law_years(knowledge: Knowledge) -> dict[str, int | None]:
    """Each reference law's year, read once per knowledge base (shared, never changed)."""
    global _law_years_of
    if _law_years_of is None or _law_years_of[0] is not knowledge:
        years = {e.name: knowledge.year(e.key, "enacted", "effective") for e in knowledge.laws()}
        _law_years_of = (knowledge, years)
    return _law_years_of[1]


def _span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Token span of the characters start..end: from the token holding or following
    `start` up to the last token starting before `end` (at least one token)."""
    first = sentence.token_at(start)
    last = max(first, bisect_left(sentence.starts, end))  # token starts only grow
    return first, max(last, first + 1)


def _text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


@cache
def _pointing_heads(language: str) -> tuple[str, ...]:
    """The head nouns coreference resolution looks for (see Discourse.resolve)."""
    return (*COREF_HEADS.get(language, {}), *FOUNDER_HEADS)


_DESCRIPTIVE = frozenset(ROLES) | frozenset(
    ["moederbedrijf", "parent", "dochterbedrijf", "subsidiary", "eigenaar", "owner"]
)


def _descriptive(mention: Mention) -> bool:
    """An alias that describes ("moederbedrijf van Pornhub", "Backpage co-founder Michael
    Lacey") rather than names: the names inside it count as named too."""
    words = mention.text.lower().replace("-", " ").split()
    return mention.text[:1].islower() or any(w in _DESCRIPTIVE for w in words)


def _contains(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def build_mentions(
    sentence: Sentence,
    hits: list[Hit],
    language: str,
    found_by_rules: tuple[Found, ...] | None = None,
) -> list[Mention]:
    """Known names and rule-found names of one sentence, without overlaps: the longest span
    wins; a rule span holding a known name of a fitting type becomes that entity.
    `found_by_rules` is recognize()'s answer for the sentence, if the caller has it."""
    known: list[Mention] = []
    inner_names: list[Mention] = []
    for hit in hits:
        first, last = _span(sentence, hit.start, hit.end)
        mention = Mention(
            hit.start, hit.end, first, last, _text(sentence, hit.start, hit.end), hit.options
        )
        (inner_names if hit.inner else known).append(mention)
    found: list[Mention] = []
    if found_by_rules is None:
        found_by_rules = recognize(sentence.text, language)
    for item in found_by_rules:
        found.append(_from_rule(sentence, item))
    accepted: list[Mention] = []
    for mention in sorted(known + found, key=lambda m: (-(m.end - m.start), m.kind != "name")):
        inner = [k for k in known if _contains(mention, k) and k is not mention]
        if mention.kind != "name" and inner:
            if mention.kind == "weak":
                continue
            types = {o.type for o in mention.options}
            fitting = [k for k in inner if k.best.type in types]
            if len(fitting) > 1:
                continue  # the known names inside say more than the rule's span
            if fitting and not _same_thing(mention, fitting[0]):
                fitting = []  # "New York Supreme Court" is not the (US) Supreme Court
                mention.extra["inner"] = inner
            if fitting:
                mention.options = fitting[0].options
                mention.kind = "name"
            elif mention.extra.get("rule") == _CAPTION:
                mention.extra["inner"] = inner
        if any(not (mention.end <= a.start or mention.start >= a.end) for a in accepted):
            continue
        accepted.append(mention)
    for mention in inner_names:  # named inside a descriptive alias: both are named
        if any(a.kind == "name" and _contains(a, mention) and _descriptive(a) for a in accepted):
            accepted.append(mention)
    accepted.sort(key=lambda m: m.start)
    return accepted


_GENERIC = frozenset(
    [
        "U.S.",
        "US",
        "United",
        "States",
        "Federal",
        "District",
        "Court",
        "Courts",
        "Circuit",
        "Appeals",
        "Appeal",
        "Superior",
        "County",
        "of",
        "for",
        "the",
        "The",
        "Court's",
        "Inc.",
        "Inc",
        "LLC",
        "Ltd.",
        "Corp.",
        "Act",
        "Section",
    ]
)


def _same_thing(outer: Mention, inner: Mention) -> bool:
    """Does a rule's longer name add only generic words to the known name inside it?"""
    extra = outer.text[: inner.start - outer.start] + " " + outer.text[inner.end - outer.start :]
    return all(w in _GENERIC or not w[:1].isupper() for w in extra.replace(",", " ").split())


def _from_rule(sentence: Sentence, item: Found) -> Mention:
    start, end = sentence.start + item.start, sentence.start + item.end
    first, last = _span(sentence, start, end)
    kind = "rule"
    if item.rule == "name":
        kind = "weak"
        if first > 0 and sentence.tokens[first - 1].lower in _PLACE_PREPS:
            kind = "skip"
    elif item.extra.get("group"):
        kind = "group"
    extra = dict(item.extra)
    extra["rule"] = item.rule
    mention = Mention(
        start, end, first, last, _text(sentence, start, end), item.options, kind, extra=extra
    )
    return mention


class Run:
    """One call of extract(): the document's discourse, claims and emitted facts."""

    def __init__(self, document: Document, context: LoadContext, language: str) -> None:
        self.document = document
        self.context = context
        self.language = language
        self.published = (
            normalize_date(document.published, "published") if document.published else None
        )
        self.knowledge = reference_knowledge()
        self.discourse = Discourse(self.knowledge)
        self.gazetteer = gazetteer_for(context.names, EXTRA_ALIASES)
        self.emitter = Emitter(document, context, self.gazetteer)
        self.claims: list[Claim] = []
        self.named: list[tuple[Mention, Sentence]] = []
        self.surnames: dict[str, Option] = {}
        self.anchor_year: int | None = None
        self.law_years = _law_years(self.knowledge)

    def process(self, text: str, offset: int) -> list[Entity | Relationship]:
        hits = self.gazetteer.find(text, offset, self.language)
        position = 0
        for index, (start, end) in enumerate(split_sentences(text, offset)):
            while position < len(hits) and hits[position].start < start:
                position += 1
            mine = []
            while position < len(hits) and hits[position].end <= end:
                mine.append(hits[position])
                position += 1
            body = text[start - offset : end - offset]
            found = recognize(body, self.language)
            if mine or found or self._may_refer(body):
                tokens = tokenize(body, start, self.language)
                self._sentence(Sentence(index, start, end, body, tokens), mine, found)
            else:  # nothing that could name or point to an entity: no need for tokens
                self._update_anchor(body)
                self.discourse.history.append([])
        return self._facts()

    def _may_refer(self, text: str) -> bool:
        """Could a sentence without names still hold a mention: a surname met earlier, or
        a head noun that points back (a cheap test on the text, before tokenising)?"""
        if any(surname in text for surname in self.surnames):
            return True
        lowered = text.lower()  # every token's lower case is a slice of it
        return any(word in lowered for word in _pointing_heads(self.language))

    def _update_anchor(self, text: str) -> None:
        """The last year a sentence names anchors relative dates in the next ones."""
        years = _YEAR.findall(text) if _may_hold_year(text) else []
        if years:
            self.anchor_year = int(years[-1])

    def _sentence(self, sentence: Sentence, hits: list[Hit], found: tuple[Found, ...]) -> None:
        mentions = [
            m for m in build_mentions(sentence, hits, self.language, found) if m.kind != "skip"
        ]
        surnames = self._surnames(sentence, mentions)
        if surnames:
            spans = {(m.first, m.last) for m in surnames}
            mentions = [
                m for m in mentions if not (m.kind == "weak" and (m.first, m.last) in spans)
            ]
            mentions += surnames
        mentions += self.discourse.resolve(
            sentence, [m for m in mentions if m.kind != "weak"], self.language
        )
        mentions.sort(key=lambda m: (m.first, m.last))
        self.named += [(m, sentence) for m in mentions if m.named]
        for mention in mentions:
            if mention.named and mention.best.type == "Case":
                self.discourse.case_for(mention.best).named = True
        anchor = self.anchor_year  # relative dates here are read against the years before
        self._update_anchor(sentence.text)
        if mentions:
            frames = SentenceFrames(
                sentence, mentions, self.language, anchor, self.published, self.discourse,
                self.context.ontology, self.law_years,
            )  # fmt: skip
            matches: list[tuple[Rule, int, int]] = _matcher(self.language)(
                sentence.tokens, sentence.lowers, sentence.lemmas
            )
            matches.sort(key=_lawsuits_first)
            for rule, t0, t1 in matches:
                self.claims += apply_rule(frames, rule, t0, t1)
            self.claims += self._role_claims(frames, mentions, found)
            self.claims += self._caption_claims(frames, mentions)
        self.discourse.history.append([m for m in mentions if m.kind != "weak"])

    def _surnames(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """A person named in full earlier is later called by surname ("Ferrer pleaded")."""
        for mention in mentions:
            person = mention.best
            if mention.kind in ("name", "rule") and person.type == "Person":
                parts = person.name.split()
                surface = mention.text.split()
                for words in (parts, surface):
                    if len(words) >= 2 and words[-1][:1].isupper():
                        self.surnames.setdefault(words[-1], person)
        out: list[Mention] = []
        if not any(surname in sentence.text for surname in self.surnames):
            return out
        taken = {i for m in mentions if m.kind != "weak" for i in range(m.first, m.last)}
        for i, token in enumerate(sentence.tokens):
            word = token.text.removesuffix("'s").removesuffix("’s")
            option: Option | None = self.surnames.get(word)
            if option is None or i in taken:
                continue
            out.append(Mention(token.start, token.start + len(word), i, i + 1, word, (option,)))
        return out

    def _role_claims(
        self, frames: SentenceFrames, mentions: list[Mention], found: tuple[Found, ...]
    ) -> list[Claim]:
        """ "Backpage co-founder Michael Lacey", "X, oprichter van Y": the role states it."""
        claims = []
        mentions = [*mentions, *self._swallowed_roles(frames.sentence, mentions, found)]
        for mention in mentions:
            role_of = mention.extra.get("role_of")
            relation = ROLE_RELATION.get(mention.extra.get("role", ""))
            if not role_of or not relation or mention.best.type != "Person":
                continue
            start = frames.sentence.start + role_of[0]
            rel_type = self.context.ontology.relationship_type(relation)
            targets = rel_type.target_types()
            owner = next(
                (m for m in mentions if m.start <= start < m.end and m.option_for(targets)), None
            )
            owned = owner.option_for(targets) if owner is not None else None
            if owner is None or owned is None or frames.negated(mention.first, mention.last):
                continue
            t0 = min(mention.first, owner.first)
            on, start, end = frames.dates_for(t0, False, relation)
            claims.append(
                Claim(relation, mention.best, owned,
                      frames.status(t0, mention.last, None), f"{self.language}.role.{relation.lower()}",
                      0.85, frames.sentence, on, start, end)
            )  # fmt: skip
        return claims

    def _swallowed_roles(
        self, sentence: Sentence, mentions: list[Mention], found: tuple[Found, ...]
    ) -> list[Mention]:
        """Role phrases that a known alias covers whole ("Backpage co-founder Michael
        Lacey"): the person is the alias's entity, the organisation is looked up by name."""
        out = []
        for item in found:
            if item.rule != "role" or "role_of" not in item.extra:
                continue
            start, end = sentence.start + item.start, sentence.start + item.end
            holder = next((m for m in mentions if m.start <= start and end <= m.end), None)
            if holder is None or holder.best.type != "Person":
                continue
            lo, hi = item.extra["role_of"]
            org_text = sentence.text[lo:hi]
            refs = self.context.names.find(org_text)
            if not refs:
                continue
            org_start = sentence.start + lo
            first, last = _span(sentence, org_start, sentence.start + hi)
            org = Mention(org_start, sentence.start + hi, first, last, org_text,
                          tuple(Option(r.type, r.name, r.key) for r in refs))  # fmt: skip
            person = Mention(holder.start, holder.end, holder.first, holder.last, holder.text,
                             holder.options, "coref", extra=dict(item.extra))  # fmt: skip
            person.extra["role_of"] = (lo, hi)
            mentions_with_org = [org]
            out += [person, *mentions_with_org]
        return out

    def _caption_claims(self, frames: SentenceFrames, mentions: list[Mention]) -> list[Claim]:
        """ "Doe v. Backpage.com", "zaak Doe tegen Twitter": a caption names its parties.
        A party is linked when its name is known (or a surname met earlier); anonymous
        plaintiffs ("Doe", "G.G.") are the known case's protected plaintiffs."""
        claims = []
        for mention in mentions:
            case = mention.best
            if case.type != "Case" or not mention.named:
                continue
            match = _CAPTION_PARTS.match(mention.text)
            if match is None:
                continue
            for relation, text in (("PLAINTIFF_IN", match["a"]), ("DEFENDANT_IN", match["b"])):
                for option in self._parties(text, case, relation):
                    status = "alleged" if relation == "DEFENDANT_IN" else "established"
                    claims.append(
                        Claim(relation, option, case, status, f"{self.language}.caption", 0.7,
                              frames.sentence)
                    )  # fmt: skip
        return claims

    def _parties(self, text: str, case: Option, relation: str) -> list[Option]:
        text = _PARTY_TAIL.sub("", text.strip())
        if _ANONYMOUS.match(text):
            if relation != "PLAINTIFF_IN" or not case.key:
                return []
            out = []
            for key in self.knowledge.plaintiffs.get(case.key, []):
                entity = self.knowledge.entities.get(key)
                if entity is not None and entity.properties.get("protected"):
                    out.append(Option("Person", entity.name, key))
            return out
        allowed = self.context.ontology.relationship_type(relation).source_types()
        for variant in (text, _LEGAL_TAIL.sub("", text)):
            refs = [r for r in self.context.names.find(variant) if r.type in allowed]
            if refs:
                return [Option(refs[0].type, refs[0].name, refs[0].key)]
        if text in self.surnames and "Person" in allowed:
            return [self.surnames[text]]
        return []

    def _facts(self) -> list[Entity | Relationship]:
        relationships = self.emitter.relationships(self.claims)
        used = {(o.name.casefold(), o.type): o for c in self.claims for o in (c.source, c.target)}
        by_name: dict[str, Option] = {}
        for option in used.values():
            by_name.setdefault(option.name.casefold(), option)
        for mention, sentence in self.named:
            # a name read as several types is the type the document's facts gave it
            option = next(
                (used[(o.name.casefold(), o.type)] for o in mention.options
                 if (o.name.casefold(), o.type) in used),
                by_name.get(mention.best.name.casefold(), mention.best),
            )  # fmt: skip
            self.emitter.note(self.emitter.key_of(option), sentence)
        mentions = self.emitter.mentions()
        return [*self.emitter.entities.values(), *relationships, *mentions]


def extract(
    text: str,
    document: Document,
    context: LoadContext,
    *,
    offset: int = 0,
    language: str | None = None,
) -> list[Entity | Relationship]:
    """Entities, relationships (with evidence) and MENTIONS edges stated in `text`.

    `text` is the document text from `offset` on (a chunk of its body); evidence offsets
    are absolute, so ``full_text[e.start:e.end] == e.quote``. `language` is "en" or "nl",
    or None to detect it from the text.
    """
    if not text or not text.strip():
        return []
    if language not in LANGUAGES:
        language = detect_language(text)
    return Run(document, context, language).process(text, offset)


__all__ = ["Option", "extract"]
