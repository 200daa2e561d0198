"""What a document has said so far, for coreference: "the company", "de site", "the
lawsuit", "its founders" point back to an entity named earlier.

Resolution is by type and salience: a definite noun phrase with a known head ("het
bedrijf": a vendor, organisation or platform) takes the nearest earlier fitting mention in
its own sentence, else the first (subject-like) fitting mention of the closest earlier
sentence, vendors before platforms where the head allows both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Final

from liability_graph.loaders.extract.knowledge import Knowledge
from liability_graph.loaders.extract.lexicon import (
    AGE_ENDINGS,
    AGED_POINTERS,
    AND,
    ARTICLES,
    ATTRIBUTIONS,
    AUTHORITY_NOUNS,
    CASE_ABOUT,
    CIVIC_NOUNS,
    COMPANY_WORDS,
    COMPOUNDS,
    CONJUNCTIONS,
    COPULAS,
    COREF_HEADS,
    COUNTED_PLURAL_ENDINGS,
    DEFINITE,
    ENFORCER_HEADS,
    FOUNDER_HEADS,
    GENERIC_COURT_WORDS,
    GROUP_NOUNS,
    INDEFINITE,
    LIST_OPENERS,
    MEMBER_LISTS,
    NUMBERS,
    OF,
    OF_IT,
    ORG_HEADS,
    OWNER_TAILS,
    PASSIVE_AUX,
    PERSON_COMPOUND_HEADS,
    PLURAL_VERBS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLE_RELATION,
    ROLES,
    SAY,
    SPEECH_VERBS,
    SUBORDINATORS,
    VENDOR_MODIFIERS,
)
from liability_graph.loaders.extract.mentions import Mention, Option
from liability_graph.loaders.extract.recognize import (
    national_courts,
    top_courts,
    without_legal_form,
)
from liability_graph.loaders.extract.text import (
    POSSESSIVE_ENDINGS,
    Sentence,
    Token,
    possessive,
    without_possessive,
)
from liability_graph.loaders.extract.typed import type_of

_LOOKBACK: Final = 5  # sentences
#: A weak name that a fact of its sentence read as a platform ("Regulators fined Quillo"):
#: "the app" may point back to it, a company noun not (it may be the company).
CLAIMED_SITE: Final = "claimed_site"


#: The words that end a verb group between a subject and its object, per language.
_CLAUSE_STOPS: Final[dict[str, frozenset[str]]] = {}


def _clause_subject(
    tokens: list[Token], mentions: list[Mention], det: int, language: str
) -> Mention | None:
    """The name right before the definite noun phrase at `det` when only a verb group of
    lower-case words stands between them, with no comma, article, copula, conjunction, speech
    verb or clause opener ("Zorvex then sued the company", "Zorvex daagde het bedrijf"): the
    subject of the clause whose object the noun phrase is, which it never points back to
    (a name would stand there, or "itself"). "Zorvex said the company ..." opens a clause."""
    nearest: Mention | None = None  # the first of those ending last before `det`
    for mention in mentions:
        if mention.last <= det and (nearest is None or mention.last > nearest.last):
            nearest = mention
    if nearest is None or not 0 < det - nearest.last <= 4:
        return None
    stops = _CLAUSE_STOPS.get(language)
    if stops is None:  # built once per language (issue #10's speed)
        stops = _CLAUSE_STOPS[language] = (
            ARTICLES  # "filed by X in a lawsuit naming the company": X is no subject there
            | SAY
            | SPEECH_VERBS.get(language, frozenset())
            | SUBORDINATORS.get(language, frozenset())
            | RELATIVES.get(language, frozenset())
            | CONJUNCTIONS
            | COPULAS
        )
    for token in tokens[nearest.last : det]:
        if not token.text.isalpha() or not token.text.islower() or token.lower in stops:
            return None
    return nearest


_PRONOUN_LOOKBACK: Final = 1  # a sentence-opening pronoun points into the sentence before
#: a person's pronoun ("hij", "hem") points to the person last named, across sentences that
#: name no person ("X mag worden uitgeleverd. Dat besliste de rechter. Justitie verdenkt hem")
_PERSON_PRONOUN_LOOKBACK: Final = 3
_FOUNDED_TYPES: Final = ("Platform", "Vendor", "Organization")


@dataclass
class CaseInfo:
    option: Option
    kind: str | None
    defendants: set[tuple[str, str]] = field(default_factory=set)  # option idents seen here
    plaintiffs: set[tuple[str, str]] = field(default_factory=set)
    named: bool = False  # named in this document (not only inferred)
    #: a court or a regulator decided it against a defendant (a conviction, a fine)
    decided: bool = False


class Pending:
    """The bringer of a case whose defendants the text names only later."""

    __slots__ = ("confidence", "courts", "kind", "plaintiffs", "rule", "sentence", "status")

    def __init__(
        self,
        plaintiffs: list[Option],
        kind: str,
        sentence: Sentence,
        status: str,
        rule: str,
        confidence: float,
        courts: list[Option] | None = None,
    ) -> None:
        self.plaintiffs = plaintiffs
        #: the courts the bringer's sentence names after its verb ("begon een zaak bij de
        #: rechtbank Amsterdam"): where the case is heard
        self.courts = courts or []
        self.kind = kind
        self.sentence = sentence
        self.status = status
        self.rule = rule
        self.confidence = confidence


@dataclass
class Discourse:
    knowledge: Knowledge
    history: list[list[Mention]] = field(default_factory=list)  # mentions per sentence
    cases: list[CaseInfo] = field(default_factory=list)
    next_group: int = 0
    pending: Pending | None = None
    #: Names (and surnames) of persons the document gives a role that is never a party
    #: ("attorney Annie McAdams" ... "agreed with McAdams, allowing the suit").
    non_parties: set[str] = field(default_factory=set)
    #: Keys of the known entities the document names anywhere: a known case fits a suit
    #: only on evidence beyond its defendant, such as its caption, plaintiff or court.
    named_keys: set[str] = field(default_factory=set)
    #: The courts the document names (keys, or names of courts the base does not know).
    courts_named: set[str] = field(default_factory=set)
    #: US states the document shows suing ("State of Utah"), and the names (and surnames)
    #: of their attorneys general: "the AG", "his office" or "Attorney General X" alone in a
    #: later sentence sues for that state.
    #: The owner company the document names for a platform ("Zed Inc., the parent company
    #: of the app Quist"): "the company" after them is the owner, not its platform.
    owners: dict[tuple[str, str], Option] = field(default_factory=dict)
    suing_states: list[Option] = field(default_factory=list)
    state_officials: dict[str, Option] = field(default_factory=dict)
    #: Breaches told before the case they belong to ("The Commission found that X breached
    #: the DMA. ... it fined X"): the party's readings, the law, the rule, its confidence and
    #: the sentence; pipeline.py gives each the case the party turns out to defend.
    late_laws: list[tuple[list[Option], Option, str, float, Sentence]] = field(default_factory=list)
    #: The lower-case forms and lemmas of the sentence read last (empty when it was skipped):
    #: what a pronoun opening the next sentence may point to (rules' needs_before).
    last_words: set[str] = field(default_factory=set)
    #: The text of the sentence after the one being read ("" at the end): a court's order
    #: may be told before the court ("X moet Y weren. Dat heeft de rechter bepaald").
    next_text: str = ""

    def current_case(self) -> CaseInfo | None:
        return self.cases[-1] if self.cases else None

    def case_for(self, option: Option) -> CaseInfo:
        for info in self.cases:
            if info.option.ident == option.ident:
                self.cases.remove(info)
                self.cases.append(info)
                return info
        kind = dict(option.props).get("kind")
        info = CaseInfo(option, kind if isinstance(kind, str) else None)
        self.cases.append(info)
        return info

    def antecedent(
        self,
        types: tuple[str, ...],
        before: list[Mention],
        position: int,
        body: bool = False,
        possessive: bool = False,
    ) -> Option | None:
        """Nearest fitting earlier mention: this sentence first, then earlier ones. A name
        here that only might be of the type ("Bluewater Ltd. bought the site": a company
        read as a site) comes after one read first so before. A company noun ("het
        bedrijf", "the company": a head that may be a vendor) never points back to a public
        body named by its head ("Autoriteit Persoonsgegevens", "Federal Trade Commission"),
        and a public body's (`body`: "the regulator", "de toezichthouder") never to a
        company or a platform."""
        company = "Vendor" in types
        rank = {t: i for i, t in enumerate(types)}
        if types[:1] == ("Platform",):  # "Twitter users alerted it": no site pointed back to
            before = [m for m in before if not m.extra.get("qualifies")]
        here = [
            m for m in before
            if m.last <= position and m.option_for(types)
            and not (company and (self._a_body(m) or m.extra.get(CLAIMED_SITE)))
        ]  # fmt: skip
        if here and not any(m.best.type in rank for m in here):
            earlier = self._earlier(types, best=True, company=company)
            if earlier is not None:
                return earlier
        if here and types[0] == "Platform" and not any(m.best.type == "Platform" for m in here):
            if possessive:
                # "Visa ... over its international network": the network is the vendor's
                # own, named in this sentence, never a site told of before
                return None
            # "Stripe and Joyent suspended the network": a site noun points back to the
            # site told of before, not to the vendors beside it that a second reading fits
            earlier = self._earlier(types[:1], best=True)
            if earlier is not None:
                return earlier
        if here:
            readings = [(m, m.option_for(types)) for m in here]
            _, option = min(
                ((m, o) for m, o in readings if o is not None),
                key=lambda pair: (rank[pair[1].type], position - pair[0].last),
            )
            return option
        if types == ("Case",) and self.cases:
            # "that case", "the lawsuit": the proceeding the document told of last, also one
            # a frame made from a sentence that named no case ("X faces a lawsuit from Y")
            return self.cases[-1].option
        earlier = self._earlier(types, company=company, body=body)
        if earlier is not None:
            return earlier
        if "Case" in types and self.cases:
            # "the complaint", "de zaak": the proceeding the document tells of, also when a
            # lawsuit frame made it and no sentence named it
            return self.cases[-1].option
        return None

    def _a_body(self, mention: Mention) -> bool:
        """Is the mention a public body's, by its name's head or as the reference base knows
        it ("Ofcom": a regulator)? A company noun never points back to one."""
        if _body(mention) or mention.extra.get("rule") == "officials":
            return True  # "14 attorneys general": a group of public offices, no company
        if mention.best.type != "Organization":
            return False
        category = self._category(mention.best.key)
        return category is not None and category in _BODY_CATEGORIES

    def _no_body(self, mention: Mention) -> bool:
        """Is the mention surely no public body: read first as a platform or a vendor, named
        as a company, or known to the reference base by a kind that is no public body's
        ("Meta Platforms": a holding company)?"""
        best = mention.best
        if best.type in ("Platform", "Vendor") or _company_named(mention):
            return True
        category = self._category(best.key)
        return category is not None and category not in _BODY_CATEGORIES

    def _category(self, key: str | None) -> str | None:
        """The kind the reference base gives the entity of this key ("category": "regulator",
        "holding company"), if it knows the entity and gives it one."""
        if not key:
            return None
        category = self.knowledge.prop(key, "category")
        return category if isinstance(category, str) else None

    def _earlier(
        self, types: tuple[str, ...], best: bool = False, company: bool = False, body: bool = False
    ) -> Option | None:
        """The fitting mention of the sentences before: the preferred type first, then the
        most recent sentence; with `best`, only a mention read first as that type. A name read
        first as one of the types keeps that reading ("Taxibedrijf Uber ... Het bedrijf":
        the organisation, not a vendor reading of the same name)."""
        site = types[:1] == ("Platform",)
        for only_best in (True,) if best else (True, False):
            for type_name in types:
                for mentions in reversed(self.history[-_LOOKBACK:]):
                    fitting = [
                        m for m in mentions
                        if m.option_for((type_name,))
                        and (not only_best or m.best.type == type_name)
                        and not (site and m.extra.get("qualifies"))
                        and not (company and (self._a_body(m) or m.extra.get(CLAIMED_SITE)))
                        and not (body and self._no_body(m))
                    ]  # fmt: skip
                    if fitting:
                        found = min(fitting, key=lambda m: m.first).option_for((type_name,))
                        if company and found is not None and "Organization" in types:
                            # "Zed Inc., the parent company of the app Quist. The company
                            # ...": the owner the document names, not its platform
                            return self.owners.get(found.ident, found)
                        return found
        return None

    def resolve(self, sentence: Sentence, named: list[Mention], language: str) -> list[Mention]:
        """Coreference mentions of one sentence, resolved against what came before."""
        heads = COREF_HEADS.get(language, {})
        tokens = sentence.tokens
        # a token outside _pointing_forms is neither kind of head: skip those
        forms = _pointing_forms(language)
        candidates = [i for i, lower in enumerate(sentence.lowers) if lower in forms]
        pronoun = self._pronoun(sentence, named, language) + self._aged(sentence, named, language)
        pronoun += self._role_of_named(sentence, named, language)
        definite = DEFINITE.get(language, frozenset())
        # a compound after a definite article points back by its last part ("de reiswebsite",
        # "het socialemediabedrijf")
        compound: dict[int, str] = {}
        if COMPOUNDS.get(language):
            lowers = sentence.lowers
            for i in range(1, len(lowers)):
                if lowers[i - 1] in definite and lowers[i] not in forms:
                    head = _compound_head(lowers[i], language)
                    if head is not None:
                        compound[i] = head
            candidates = sorted([*candidates, *compound])
        if not candidates:
            return pronoun
        taken = {i for m in named for i in range(m.first, m.last)}
        found: list[Mention] = list(pronoun)
        for i in candidates:
            if i in taken:
                continue
            token = tokens[i]
            if token.lower in FOUNDER_HEADS:
                found += self._founders(sentence, i, named + found, language)
                continue
            types = heads.get(compound.get(i) or without_possessive(token.lower))
            if types is None:
                continue
            det = _determiner(tokens, i, definite, "Case" in types or "Law" in types)
            if det is None:
                continue
            if det > 0 and tokens[det - 1].text == "," and any(m.last == det - 1 for m in named):
                continue  # "Zed Holdings, the parent company of X" describes, not points back
            if _apposed_name(tokens, i, named, types):
                continue  # "the federal trafficking law, 18 U.S.C. § 1595": the name follows
            if "Case" not in types and any(
                det < m.first and m.last <= i and m.best.type != "Jurisdiction" for m in named
            ):
                continue  # "the Bytedance Ltd group": the name it holds is what it names
            if types == ("Case",) and i + 1 < len(tokens) and tokens[i + 1].lower in CASE_ABOUT:
                continue  # "the case against X" describes a case, it does not point back
            if any(tokens[j].lower in VENDOR_MODIFIERS for j in range(det + 1, i)):
                types = ("Vendor",)
            # "the Commission", capitalised as a name's short form, is the entity named
            # before whose name holds it ("European Commission"), not the nearest body
            held = (
                self._holding(token.lower, types)
                if token.text[:1].isupper() and det < i and "Case" not in types
                else None
            )
            before = named + found
            subject = _clause_subject(tokens, before, det, language)
            if subject is not None:
                # "Zorvex sued the company": the object is not its own clause's subject
                before = [m for m in before if m is not subject]
            body = token.lower in AUTHORITY_NOUNS or token.lower in CIVIC_NOUNS
            if body:
                # "X was fined by the regulator", "De organisatie spande een zaak aan": a
                # public or civic body's noun never points back to a company or a platform
                before = [m for m in before if not self._no_body(m)]
            option = held or self.antecedent(
                types, before, det, body, tokens[det].lower in POSSESSIVES
            )
            if option is None:
                continue
            if (
                types == ("Court",)
                and token.lower not in ROLES
                and token.lower not in (option.name.lower())
            ):
                continue  # "het hof" is no "Rechtbank Amsterdam" (but "de rechter" any court)
            options = [option]
            start, end = tokens[det].start, token.end
            found.append(
                Mention(start, end, det, i + 1, sentence_text(sentence, start, end),
                        tuple(options), "coref")
            )  # fmt: skip
        return found

    def definite_names(
        self, sentence: Sentence, mentions: list[Mention], language: str
    ) -> list[Mention]:
        """ "the Commission", "de Commissie": a capitalised head after a definite article,
        read as a new name, is the entity named earlier whose name holds that head
        ("European Commission"); the mention points back to it."""
        heads = COREF_HEADS.get(language, {})
        definite = DEFINITE.get(language, frozenset())
        tokens = sentence.tokens
        out: list[Mention] = []
        for m in mentions:
            head = tokens[m.last - 1].lower if m.last - m.first == 2 else ""
            types = heads.get(head)
            if (
                types is None
                or m.kind not in ("rule", "weak")
                or any(o.key for o in m.options)
                or tokens[m.first].lower not in definite
            ):
                out.append(m)
                continue
            option = self._holding(head, types)
            if option is None:
                out.append(m)
                continue
            out.append(m.with_options((option,), "coref", {}))
        return [self._shortened_court(m, mentions) for m in out]

    def _shortened_court(self, mention: Mention, sentence: list[Mention]) -> Mention:
        """ "the Supreme Court" after "the U.S. Supreme Court": a court's generic name written
        short, opening the name of a court named before, is that court."""
        court = mention.option_for(("Court",))
        if (
            court is None
            or mention.kind == "coref"
            or mention.last - mention.first < 2
            or any(o.key for o in mention.options)
        ):
            return mention
        written = top_courts()[2].get(court.name.lower())
        if written is not None:  # "a Brazilian Supreme Court justice": read whole as a name
            return mention.with_options((Option("Court", written),), "", {})
        if court.name in national_courts():  # "the Federal Court" (of one country)
            return self._country_top_court(mention, court, sentence)
        short = f" {court.name.lower()} "
        if not set(short.split()) <= GENERIC_COURT_WORDS:
            return mention  # only a generic name ("Supreme Court"), no court of a place
        for mentions in reversed(self.history):  # the court named anywhere before
            for m in mentions:
                option = m.option_for(("Court",))
                if (
                    option is not None
                    and m.named
                    and len(option.name) > len(short) - 2
                    # "Supreme Court of the United States", not "New York Supreme Court"
                    and f" {option.name.lower()} ".startswith(short)
                ):
                    return mention.with_options((option,), "coref", {})
        return self._country_top_court(mention, court, sentence)

    def _country_top_court(
        self, mention: Mention, court: Option, sentence: list[Mention]
    ) -> Mention:
        """ "The Supreme Court ordered ... in Brazil": a bare highest-court phrase is the
        highest court of the one country (or union) the sentence names, else of the one the
        document named before; with none or several it stays generic."""
        phrases, top, _ = top_courts()
        if court.name.lower() not in phrases:
            # "the Federal Court" in a text about Australia: the Federal Court of Australia
            top = national_courts().get(court.name) or {}
            if not top:
                return mention
        for mentions in (sentence, [m for ms in self.history for m in ms]):
            places = {
                o.name
                for m in mentions
                for o in m.options[:1]
                if o.type == "Jurisdiction" and o.name in top
            }
            if len(places) == 1:
                option = Option("Court", top[places.pop()])
                return mention.with_options((option,), "coref", {})
            if places:
                return mention  # several countries: no one court fits
        return mention

    def _aged(self, sentence: Sentence, named: list[Mention], language: str) -> list[Mention]:
        """A person described by age points back ("een 41-jarige man uit Zwolle ... de man",
        "de verdachte", "de 41-jarige"): a definite noun of the earlier description (its
        noun, or a suspect word of `names.aged_persons.points_back`), or the same age after
        a definite article, stands for the person described before."""
        earlier = [
            m
            for mentions in self.history[-_LOOKBACK:]
            for m in mentions
            if m.extra.get("rule") == "aged"
        ]
        if not earlier:
            return []
        tokens = sentence.tokens
        definite = DEFINITE.get(language, frozenset())
        suspects = AGED_POINTERS.get(language, frozenset())
        out = []
        for m in named:  # "de 41-jarige verdachte": the same age, named again
            if (
                m.extra.get("rule") != "aged"
                or m.first == 0
                or tokens[m.first - 1].lower not in definite
            ):
                continue
            age = m.extra.get("age")
            same = [e for e in earlier if e.extra.get("age") == age]
            if same:
                m.options = (same[-1].best,)
        taken = {i for m in named for i in range(m.first, m.last)}
        for i, token in enumerate(tokens):
            if i == 0 or i in taken or tokens[i - 1].lower not in definite:
                continue
            if token.lower in suspects:
                fitting = earlier
            else:
                fitting = [e for e in earlier if e.extra.get("noun") == token.lower]
            if fitting:
                option = fitting[-1].best
                start = tokens[i - 1].start
                out.append(Mention(start, token.end, i - 1, i + 1,
                                   sentence_text(sentence, start, token.end), (option,), "coref"))  # fmt: skip
        return out

    def _role_of_named(
        self, sentence: Sentence, named: list[Mention], language: str
    ) -> list[Mention]:
        """ "De Talpa-oprichter stapte naar de rechter", "the Quillo founder said": a definite
        role of a founder or an owner, joined to a name and followed by no name of its own,
        points back to the person named before; the role is that person's (its name the
        company or platform the role is of)."""
        tokens = sentence.tokens
        definite = DEFINITE.get(language, frozenset())
        out: list[Mention] = []
        if "-" not in sentence.text and _RELATION_ROLES.isdisjoint(sentence.lower_set):
            return out  # most sentences: no role word and no compound that may hold one
        for i in range(1, len(tokens)):
            text = tokens[i].text
            if "-" not in text and tokens[i].lower not in _RELATION_ROLES:
                continue  # most tokens: no role of a founder or an owner
            if "-" in text and text[:1].isupper():
                det = i - 1
                head, _, tail = text.rpartition("-")
                first = tokens[i].start
            else:
                det = i - 2
                head, tail = tokens[i - 1].text, tokens[i].lower
                first = tokens[i - 1].start
                if det < 0 or not head[:1].isupper() or "-" in head:
                    continue
            role = ROLES.get(tail.lower())
            if role is None or role not in ROLE_RELATION or not head.replace("-", "").isalnum():
                continue
            if tokens[det].lower not in definite:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                continue  # "de Talpa-oprichter Jan Klaver": the role of the name after it
            if any(m.first <= det < m.last or m.first == i + 1 for m in named):
                continue
            if any(m.best.type == "Person" and m.first > det for m in named if m.first <= i):
                continue
            option = self.antecedent(("Person",), named, det)
            if option is None or option.type != "Person":
                continue
            if option.name.casefold() in self.non_parties:
                continue  # a judge or a lawyer named before founded nothing
            start = tokens[det].start
            lo = first - sentence.start
            extra = {"role": role, "role_of": (lo, lo + len(head))}
            out.append(Mention(start, tokens[i].end, det, i + 1,
                               sentence_text(sentence, start, tokens[i].end), (option,),
                               "coref", None, extra))  # fmt: skip
        return out

    def _holding(self, head: str, types: tuple[str, ...]) -> Option | None:
        """The most recent earlier entity of these types whose name has the word head."""
        for mentions in reversed(self.history[-_LOOKBACK:]):
            for m in mentions:
                option = m.option_for(types)
                if (
                    option is not None
                    and m.named
                    and (
                        head in option.name.lower().split()
                        or any(head in alias.lower().split() for alias in option.aliases)
                        or head in m.text.lower().split()  # "de Europese Commissie"
                    )
                ):
                    return option
        return None

    def _pronoun(self, sentence: Sentence, named: list[Mention], language: str) -> list[Mention]:
        """A pronoun that opens a sentence ("It amends Section 230", "Es ändert ...")
        stands for an entity of the sentences before: one reading per type it may have,
        the most recently named first, so a rule's slot takes the reading that fits it."""
        tokens = sentence.tokens
        pronouns = PRONOUNS.get(language, {})
        at = 0
        types = pronouns.get(sentence.lowers[0]) if tokens else None
        if types is None and tokens:
            at = _person_pronoun(sentence, named, PERSON_PRONOUNS.get(language, frozenset()))
            types = pronouns.get(sentence.lowers[at]) if at else None
        if not types or any(m.first == at for m in named):
            return []
        if (
            "Person" not in types  # "Ze worden verdacht", "Zij is": a person's may be one
            and len(tokens) > 1
            and (
                sentence.lowers[1] in COPULAS or sentence.lowers[1] in PASSIVE_AUX.get(language, ())
            )
        ):
            return []  # "It is too early to say", "Es gibt": no entity ("He was" is a person)
        if (
            "Person" in types
            and at + 1 < len(tokens)
            and sentence.lowers[at + 1] in PLURAL_VERBS.get(language, ())
        ):
            # "Ze worden verdacht": a plural verb, so the persons named before, not a company
            types = ("Person", *(t for t in types if t != "Person"))
        readings: list[tuple[int, int, Option]] = []
        lookback = _PERSON_PRONOUN_LOOKBACK if types == ("Person",) else _PRONOUN_LOOKBACK
        for type_name in types:
            for age, mentions in enumerate(reversed(self.history[-lookback:])):
                fitting = [
                    m for m in mentions
                    if (m.named or type_name == "Person") and m.option_for((type_name,))
                ]  # fmt: skip
                # "the brother of X, Nikolai. He ...": he is the sibling, not X
                fitting.sort(key=lambda m: bool(m.extra.get("kin_anchor")))
                if fitting:
                    option = fitting[0].option_for((type_name,))
                    if option is not None:
                        readings.append((age, types.index(type_name), option))
                    break
        if not readings:
            return []
        readings.sort(key=lambda r: (r[0], r[1]))
        options = tuple(dict.fromkeys(option for _, _, option in readings))
        token = tokens[at]
        return [Mention(token.start, token.end, at, at + 1, token.text, options, "coref",
                        extra={"pronoun": True})]  # fmt: skip

    def _founders(
        self, sentence: Sentence, i: int, before: list[Mention], language: str
    ) -> list[Mention]:
        """ "its founders", "Backpage's founders", "de oprichters ervan": the people who
        founded the nearest platform, from the knowledge base, or one group person."""
        tokens = sentence.tokens
        target: Option | None = None
        if i > 0 and possessive(tokens[i - 1].lower):
            owner = [
                m for m in before if m.last == i or (m.end >= tokens[i - 1].start and m.first < i)
            ]
            if owner:
                target = owner[-1].option_for(_FOUNDED_TYPES)
        if target is None and i + 1 < len(tokens) and tokens[i + 1].lower in OF:
            after = [m for m in before if m.first in (i + 2, i + 3)]
            if after:
                target = after[0].option_for(_FOUNDED_TYPES)
        if target is None:
            has_det = i > 0 and tokens[i - 1].lower in DEFINITE.get(language, frozenset()) | (
                POSSESSIVES
            )
            follows_of_it = i + 1 < len(tokens) and tokens[i + 1].lower in OF_IT
            if not (has_det or follows_of_it):
                return []
            target = self.antecedent(("Platform",), before, i) or self.antecedent(
                _FOUNDED_TYPES, before, i
            )
        if target is None:
            return []
        first = i - 1 if i > 0 and tokens[i - 1].lower in DEFINITE.get(language, ()) else i
        last = i + 2 if i + 1 < len(tokens) and tokens[i + 1].lower in OF_IT else i + 1
        start, end = tokens[first].start, tokens[last - 1].end
        surface = sentence_text(sentence, start, end)
        people = self.knowledge.founders.get(target.key or "", [])
        self.next_group += 1
        if people:
            out = []
            for key in people:
                entity = self.knowledge.entities.get(key)
                if entity is None:
                    continue
                option = Option("Person", entity.name, key)
                out.append(
                    Mention(
                        start,
                        end,
                        first,
                        last,
                        surface,
                        (option,),
                        "coref",
                        self.next_group,
                        {"founders_of": target},
                    )
                )
            return out
        if any(m.first == i + 1 and m.option_for(("Person",)) is not None for m in before):
            return []  # "its founders Dana Vale and Tom Ray": the names follow, no group
        group = Option("Person", f"Founders of {target.name}", props=(("role", "founders"),))
        return [
            Mention(
                start,
                end,
                first,
                last,
                surface,
                (group,),
                "group",
                self.next_group,
                {"founders_of": target},
            )
        ]


#: Endings of a regulator's one-word name ("Kansspelautoriteit"), every pack's.
_ENFORCER_ENDINGS: Final = tuple(sorted({h for heads in ENFORCER_HEADS.values() for h in heads}))


#: Role nouns whose holder the role relates to what the role is of ("founder", "oprichter").
_RELATION_ROLES: Final = frozenset(word for word, role in ROLES.items() if role in ROLE_RELATION)
#: The reference base's kinds of public bodies ("category"): what "the regulator" may be.
_BODY_CATEGORIES: Final = frozenset({"regulator", "prosecutor", "law enforcement"})


def _company_named(mention: Mention) -> bool:
    """Does the mention's name end in a legal form or a company word ("Zorbix Media",
    "Quillo Labs Inc.")?"""
    name = mention.best.name
    words = name.split()
    return without_legal_form(name) != name or (len(words) > 1 and words[-1] in COMPANY_WORDS)


def _body(mention: Mention) -> bool:
    """Is the mention a public body's or foundation's name, by the head word that opens or
    ends it ("Autoriteit Persoonsgegevens", "Stichting Somi", "Federal Trade Commission"),
    or that ends its one compound word ("Kansspelautoriteit": a regulator's head),
    or follows its one modifier ("Ierse Autoriteit Persoonsgegevens"),
    in the text's spelling or the graph's ("Justice Department" for the U.S. Department of
    Justice), or that opens its "of" phrase ("Department of Justice")?"""
    for name in (mention.best.name, mention.text):
        words = name.split()
        if len(words) > 1 and (
            words[0] in ORG_HEADS
            or words[-1] in ORG_HEADS
            # after one modifier: "Ierse Autoriteit Persoonsgegevens"
            or (len(words) > 2 and words[1] in ORG_HEADS)
            or any(words[i] in ORG_HEADS and words[i + 1] == "of" for i in range(len(words) - 1))
        ):
            return True
        if (
            len(words) == 1
            and name[:1].isupper()
            and any(name.lower().endswith(h) and len(name) > len(h) + 2 for h in _ENFORCER_ENDINGS)
        ):
            return True  # one compound word that a regulator's head ends ("Kansspelautoriteit")
    return False


@cache
def _compound_heads(language: str) -> tuple[str, ...]:
    """Coreference heads of sites and companies that may close a compound, longest first
    (a compound of a body's head, "privacytoezichthouder", is left to the names), and the
    epithets of a person that may ("mediaondernemer", "techmiljardair"; not kin: a
    "grootmoeder" is another person than the "moeder")."""
    heads = COREF_HEADS.get(language, {})
    epithets = PERSON_COMPOUND_HEADS.get(language, frozenset())
    return tuple(
        sorted(
            (
                h
                for h, types in heads.items()
                if (len(h) >= 4 and {"Platform", "Vendor"} & set(types)) or h in epithets
            ),
            key=len,
            reverse=True,
        )
    )


def _compound_head(word: str, language: str) -> str | None:
    """The coreference head a compound ends in ("reiswebsite": website), if any."""
    if not word.isalpha():
        return None
    for head in _compound_heads(language):
        if len(word) >= len(head) + 3 and word.endswith(head):
            return head
    return None


@cache
def _pointing_forms(language: str) -> frozenset[str]:
    """Every token (lower case) that resolve() treats as a head: a founders head, or a
    coreference head with or without "'s" or "’s" (it strips those, in that order)."""
    heads = COREF_HEADS.get(language, {})
    forms = {head + end for head in heads for end in ("", "'s", "’s", "’s's")}
    return frozenset(forms | FOUNDER_HEADS)


def sentence_text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def _determiner(
    tokens: list[Token], i: int, definite: frozenset[str], sized: bool = False
) -> int | None:
    """Index of the definite determiner of the noun at i (up to three modifiers between,
    "the popular social media app", besides an owner's adjective: "the Zorblat-owned social
    media company"; none behind an indefinite article); with `sized` (a case's or law's
    noun), a hyphened count is a modifier too ("the 40-page complaint")."""
    lowest = max(-1, i - 5)
    for j in range(i - 1, -1, -1):
        if j <= lowest:
            return None
        word = tokens[j].lower
        if word in definite:
            return j
        if word in INDEFINITE:
            return None  # "de stichting spande ook een zaak aan": the noun's own article
        bare = tokens[j].text.replace("-", "")
        if not bare.isalpha() and not (
            sized and "-" in word and bare.isalnum() and not bare.isdigit()
        ):
            return None
        if word.rpartition("-")[2] in OWNER_TAILS and word[:1] != "-":
            lowest = max(-1, lowest - 1)
    return None


def _apposed_name(
    tokens: list[Token], i: int, named: list[Mention], types: tuple[str, ...]
) -> bool:
    """Does a name of a fitting type stand right after the head at i, or after a comma
    ("the law, 18 U.S.C. § 1595", "the site Tallow")? Then the noun phrase describes that
    name and points back to nothing."""
    if i + 1 < len(tokens) and tokens[i + 1].text == ",":
        after = i + 2
    elif tokens[i].text.islower():
        after = i + 1
    else:
        return False  # "de App Store": the head is a word of the name
    return any(m.first == after and m.option_for(types) for m in named)


#: Per language, the pronouns that stand for a person only ("he", "hij").
PERSON_PRONOUNS: Final = {
    language: frozenset(w for w, types in pronouns.items() if types == ("Person",))
    for language, pronouns in PRONOUNS.items()
}


def _person_pronoun(sentence: Sentence, named: list[Mention], persons: frozenset[str]) -> int:
    """Index of a person pronoun (one of `persons`) inside a sentence that names no person
    ("Eerder had hij VKontakte opgericht", "In 2023 he also let a claim go forward"); 0 if
    none."""
    if any(m.option_for(("Person",)) for m in named):
        return 0
    lowers = sentence.lowers
    for i in range(1, len(lowers)):
        if lowers[i] in persons:
            return i
    return 0


def counted_members(
    sentence: Sentence,
    mentions: list[Mention],
    following: Sentence | None,
    later: list[Mention],
    language: str,
    discourse: Discourse,
) -> list[Mention]:
    """ "Two Ruritanian nationals have been charged. They are A and B.", "De Commissie
    onderzoekt of vier datingsites ... Het gaat om A, B, C en D.", "... charged two men. The
    two, A and B, ...": a counted group of this sentence whose members the next sentence
    lists, as many as the count says, stands for them: one mention per member over the
    group's words, grouped, so that a rule's slot the group fills takes every member. The
    members must fit the group's noun ("datingsites": platforms; a noun of no type: persons).
    Persons may also open the next sentence as its subject, with no opener ("According to the
    indictment, A and B ran the site")."""
    if following is None or len(later) < 2:
        return []
    listed, bare = _listed_members(following, later, language)
    if len(listed) < 2:
        return []
    found = _counted_group(sentence, mentions, len(listed), language)
    if found is None:
        return []
    first, last = found
    head = sentence.tokens[last - 1]
    types = type_of(head.lemma, language) or type_of(head.lower, language) or ("Person",)
    if bare and (
        types != ("Person",)
        or any(m.best.type == "Person" and (m.last <= first or m.first >= last) for m in mentions)
    ):
        return []  # bare persons name a group of persons in a sentence that names none
    options = [m.option_for(types) for m in listed]
    if any(o is None for o in options):
        return []
    if len({o.ident for o in options if o is not None}) != len(options):
        return []
    discourse.next_group += 1
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last - 1].end
    text = sentence_text(sentence, start, end)
    return [
        Mention(start, end, first, last, text, (option,), "coref", discourse.next_group,
                {"members": following.index})
        for option in options
        if option is not None
    ]  # fmt: skip


_APPOSED_LIST: Final = frozenset({",", ":", "–", "—", "("})
_COUNT_REACH: Final = 3  # words from a count to its plural noun ("two Ruritanian nationals")
#: Words that end what may stand between a count and its plural noun ("two of the users":
#: no counted group).
_COUNT_STOPS: Final = ARTICLES | CONJUNCTIONS | PREPOSITIONS | COPULAS
_LIST_OPENING: Final = 2  # words between a list's opener and its first name ("de sites")
_ATTRIBUTION_REACH: Final = 8  # words of an opening attribution ("According to X, A and B ...")


def _aged(token: Token) -> bool:
    """Is the token an age word ("33-year-old", "41-jarige")?"""
    return token.lower.endswith(AGE_ENDINGS) and token.lower[:1].isdigit()


def _listed_members(
    sentence: Sentence, mentions: list[Mention], language: str
) -> tuple[list[Mention], bool]:
    """The names a sentence lists as a counted group's members, and whether they stand bare:
    after an opener ("They are A and B", "Het gaat om A, B en C") to the sentence's end, in
    apposition to a count that opens it ("The two, A and B, were arrested"), or bare, as the
    persons that open it or follow its opening attribution ("According to the indictment, A
    and B ran ..."): one list of names joined by commas and "and" (an age word before each
    allowed), no other words between."""
    lowers = sentence.lowers
    tokens = sentence.tokens
    start = -1
    expected = 0
    bare = False
    for phrase in MEMBER_LISTS.get(language, ()):
        if tuple(lowers[: len(phrase)]) == phrase:
            start = len(phrase)
            break
    if start < 0:
        i = 1 if lowers and lowers[0] in DEFINITE.get(language, frozenset()) else 0
        if i < len(lowers) and NUMBERS.get(lowers[i], 0) >= 2:
            expected = NUMBERS[lowers[i]]
            j = i + 1
            while j < len(tokens) and j <= i + 2 and tokens[j].text.isalpha():
                j += 1  # "The two men, A and B"
            if j >= len(tokens) or tokens[j].text != ",":
                return [], False
            start = j + 1
        else:
            bare = True
            start = 0
            if lowers and lowers[0] in ATTRIBUTIONS.get(language, frozenset()):
                comma = next((j for j in range(1, min(len(tokens), _ATTRIBUTION_REACH))
                              if tokens[j].text == ","), -1)  # fmt: skip
                if comma < 0:
                    return [], False
                start = comma + 1
    by_start: dict[int, Mention] = {}
    for m in mentions:
        if m.options and (m.first not in by_start or m.last > by_start[m.first].last):
            by_start[m.first] = m
    first = next(
        (by_start[j] for j in range(start, min(len(tokens), start + _LIST_OPENING + 1))
         if j in by_start), None,
    )  # fmt: skip
    if first is None or any(
        not (_aged(t) or (t.text.islower() and not bare)) for t in tokens[start : first.first]
    ):
        return [], False
    listed = [first]
    joined = False
    while True:
        last = listed[-1].last
        nxt = next((by_start[j] for j in range(last + 1, min(len(tokens), last + 4))
                    if j in by_start), None)  # fmt: skip
        if nxt is None:
            break
        between = [t.lower for t in tokens[last : nxt.first] if not _aged(t)]
        if between == [","] and not joined:
            listed.append(nxt)
            continue
        if between and between[-1] in ARTICLES:
            between = between[:-1]  # "A en de Stichting B"
        if between and between[-1] in AND and set(between[:-1]) <= {","}:
            listed.append(nxt)
            joined = True
        break
    if not joined:
        return [], False
    end = listed[-1].last
    if bare:
        if any(o.type != "Person" for m in listed for o in m.options[:1]):
            return [], False
        if end < len(tokens) and tokens[end].text in POSSESSIVE_ENDINGS:
            return [], False
    elif expected:
        if len(listed) != expected or end >= len(tokens) or tokens[end].text != ",":
            return [], False
    elif end < len(tokens) and tokens[end].text not in ".;":
        return [], False  # "They are A and B of Quillo": more than a list
    return listed, bare


def included_count(sentence: Sentence) -> int | None:
    """The count of a counted plural noun phrase that a list opener after a comma follows
    ("nine platforms, including X", "negen platforms, waaronder X"): the group numbers that
    many, and the names the list gives may be fewer; none if the sentence has no such
    phrase, or more than one."""
    tokens, lowers = sentence.tokens, sentence.lowers
    counts: list[int] = []
    for i, lower in enumerate(lowers):
        value = NUMBERS.get(lower)
        if value is None and lower.isdigit() and len(lower) < 3:
            value = int(lower)
        if value is None or value < 2:
            continue
        for j in range(i + 1, min(len(tokens) - 2, i + 1 + _COUNT_REACH)):
            if not tokens[j].text.replace("-", "").isalpha() or lowers[j] in _COUNT_STOPS:
                break
            if tokens[j + 1].text == "," and lowers[j + 2] in LIST_OPENERS:
                counts.append(value)
                break
    return counts[0] if len(counts) == 1 else None


def _counted_group(
    sentence: Sentence, mentions: list[Mention], count: int, language: str
) -> tuple[int, int] | None:
    """The token span of the first counted plural noun phrase of the sentence whose count is
    `count` ("two men", "vier grote datingsites", "Two Ruritanian nationals"), outside any
    name (a counted group a recogniser read, "Two men", and an adjective such as "Russian"
    may be inside it)."""
    tokens = sentence.tokens
    lowers = sentence.lowers
    endings = COUNTED_PLURAL_ENDINGS.get(language, ())
    for i, lower in enumerate(lowers):
        value = NUMBERS.get(lower)
        if value is None and lower.isdigit() and len(lower) < 3:
            value = int(lower)
        if value != count:
            continue
        if any(
            m.first < i < m.last or (m.first == i and (lower.isdigit() or m.best.key))
            for m in mentions
        ):
            continue  # the count inside a name ("Route 66"); a run a number word opens is
            # a misread count ("Two Ruritanian nationals"), no name
        for j in range(i + 1, min(len(tokens), i + 1 + _COUNT_REACH)):
            word = lowers[j]
            if not tokens[j].text.replace("-", "").isalpha() or word in _COUNT_STOPS:
                break
            if word in GROUP_NOUNS or (len(word) > 3 and word.endswith(endings)):
                if j + 2 < len(tokens) and tokens[j + 1].text in _APPOSED_LIST:
                    return None  # "two executives, A and B,": the members are named here
                return i, j + 1
    return None
