"""From a trigger match to claims: pick the two ends, check negation, set status and dates.

A claim is a relationship before entity keys are settled: its ends are Options. Everything
here looks inside one sentence; what came before is asked of the Discourse.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Final

from liability_graph.graph.ontology import Ontology
from liability_graph.loaders.extract.cases import case_of_other_parties, resolve_case
from liability_graph.loaders.extract.cues import LAW_HEADS, described_law
from liability_graph.loaders.extract.dates import (
    DateCues,
    DateMention,
    find_dates,
    time_opener,
    time_word,
)
from liability_graph.loaders.extract.discourse import CaseInfo, Discourse, Pending, _body
from liability_graph.loaders.extract.lexicon import (
    ACCUSATIONS,
    ADDRESSEE_VERBS,
    ADVERB_ENDINGS,
    ADVERBS,
    AGAINST,
    AGE_ENDINGS,
    AGENT_PREPS,
    ALSO_WORDS,
    AMOUNT_WORDS,
    AND,
    ANNOUNCE_VERBS,
    ARTICLES,
    ATTRIBUTIONS,
    AUTHORED_WORKS,
    AUTHORITY_HEADS,
    AUXILIARIES,
    BEHIND_NOUNS,
    BEHIND_WORDS,
    CASE_NOUN_VERBS,
    CASE_NOUNS,
    CASE_TIME_PREPS,
    CASE_VERBS,
    CASE_WORDS,
    CHARGE_PREPS,
    CIVIL_REMEDIES,
    CLAIM_BRINGERS,
    CLAIM_PREPS,
    CLAIMANT_NOUNS,
    CLAUSE_RELATIVES,
    COMITATIVE_HEADS,
    COMITATIVE_PREPS,
    COMPANY_WORDS,
    COMPLIANCE,
    CONDITION_CLAUSES,
    CONDITION_OPENERS,
    CONDITIONAL_MODALS,
    CONDITIONALS,
    CONJUNCTIONS,
    CONVICTIONS,
    COORDINATOR_FIRSTS,
    COORDINATORS,
    COPULAS,
    COREF_HEADS,
    COUNSEL_VERBS,
    COUNTED_PLURAL_ENDINGS,
    COURT_NOUNS,
    COURT_WORDS,
    CRIMINAL_NOUNS,
    CROWD_COUNTS,
    CURRENT_CLAIM_NOUNS,
    DECISION_NOUNS,
    DEFENCE,
    DEFENDANT_NOUNS,
    DEFINITE,
    DEMANDS,
    DEMONSTRATIVES,
    DESCRIPTIVE,
    DISTRIBUTIVES,
    EARLIER_ACTS,
    ECHO_OPENERS,
    ENACT_VERBS,
    ENDING_NEGATIONS,
    ENFORCER_HEADS,
    EVENT_GERUND_PREPS,
    FAVOUR_WORDS,
    FEDERAL_COUNTRY,
    FEDERAL_CUES,
    FILING_VERBS,
    FINDINGS,
    FOR_CLIENTS,
    FORMER,
    FRESH_CASE_WORDS,
    FROM,
    FUTURE_TIMES,
    GROUP_JOINING_VERBS,
    GROUP_NOUNS,
    GROUP_OPENERS,
    HEAD_NOUNS_AFTER,
    HEDGE_PHRASES,
    HEDGE_SUBJECTS,
    HEDGES,
    INDEFINITE,
    INFINITIVE_BRIDGES,
    INFINITIVE_ENDINGS,
    INFINITIVE_MARKERS,
    INQUIRY_CONDITIONALS,
    INQUIRY_OPENERS,
    INQUIRY_VERBS,
    JOINING_VERBS,
    JUDGING_VERBS,
    JURISDICTION_ADJECTIVES,
    JURISDICTION_CUES,
    JURISDICTION_PREPS,
    KIN_NOUNS,
    LAW_CASE_NOUNS,
    LAW_PREPS,
    LAWSUIT_GOVERNORS,
    LEGAL_FORMS,
    LIST_OPENERS,
    LIST_REST,
    LIST_VERBS,
    MAKER_NOUNS,
    MEMBER_NOUNS,
    MEMBER_PREPS,
    MODIFIER_ENDINGS,
    MONTHS,
    MOTIONS,
    NAMELY,
    NEGATION_BREAKERS,
    NEGATION_ENDINGS,
    NEGATION_PREPS,
    NEGATIONS,
    NOMINALIZERS,
    NON_PARTY_ROLES,
    NOT_CASE_MODIFIERS,
    NOT_NAME_START,
    NOT_ORDERED,
    NP_WORDS,
    NUMBERS,
    OBJECT_PRONOUNS,
    OF,
    OPERATOR_NOUNS,
    ORDER_DOUBTS,
    ORDERS,
    OTHER,
    OWNER_MODIFIERS,
    PARTICIPLE_ENDINGS,
    PARTITIVES,
    PARTY_IN_WORDS,
    PASSIVE_AUX,
    PAYMENT_VERBS,
    PERSON_NOUNS,
    PLACE_PREPS,
    POSSESSIVES,
    PREPOSITIONS,
    PROGRESSIVE_ENDINGS,
    PROSECUTION_NOUNS,
    PROVISION_WORDS,
    QUASH_VERBS,
    REASON_PREPS,
    RECEIVE_PASSIVE,
    RELATIVE_CLAUSE_STOPS,
    RELATIVE_DETERMINERS,
    RELATIVE_QUANTIFIERS,
    RELATIVES,
    REPEATED,
    REPORT_ADVERBS,
    REPORT_VERBS,
    REPORTED_BY,
    REPORTED_FUTURES,
    REPORTED_PRONOUNS,
    RESIDENCE_NOUNS,
    RESPECTIVELY,
    ROLE_RELATION,
    ROLES,
    RULINGS,
    SAY,
    SAY_BY_LANGUAGE,
    SEQUEL_PREPS,
    SERVICES,
    SHARED_SUBJECT,
    SKIPPABLE,
    SPECULATION,
    SPEECH_VERBS,
    SPLIT_CASE_NOUNS,
    SPLIT_SUIT_NOUNS,
    SUBORDINATORS,
    SUIT_SETTLERS,
    TEMPORAL_SUBORDINATORS,
    TO,
    TOPIC_PREPS,
    VENDOR_MODIFIERS,
    VERB_FINAL,
    adjectival,
    fronted_time,
    owner_compound,
)
from liability_graph.loaders.extract.mentions import Mention, Option, in_span_order, span_key
from liability_graph.loaders.extract.places import code, enforcer, party_option
from liability_graph.loaders.extract.recognize import without_legal_form
from liability_graph.loaders.extract.rules import SUE, Rule
from liability_graph.loaders.extract.search import bisect_left, bisect_right
from liability_graph.loaders.extract.text import Sentence, Token, pronominal_adverb
from liability_graph.loaders.extract.text import lemma as word_lemma
from liability_graph.loaders.extract.text import possessive as _possessive
from liability_graph.loaders.extract.typed import (
    past_name_head,
    relative_clause_subject,
    type_of,
)

_MAX_DISTANCE: Final = 30  # tokens between a trigger and an end
_APPOSITION_SPAN: Final = 20  # tokens of a list item's apposition before its semicolon
_SEGMENT_BREAKS: Final = frozenset(",;()—–:")
_ASIDE_REACH: Final = 12  # tokens on either side of a date read for its aside's words
#: The mark that closes an aside each mark opens.
_ASIDE_CLOSERS: Final = {",": ",", "—": "—", "–": "–", "(": ")"}
_RULING_WORDS: Final = {language: RULINGS[language] | COURT_WORDS for language in RULINGS}
#: Words that make a sentence a party's claim: accusations, reporting verbs, hedges ("the
#: state says the company violated X", "volgens de staat heeft het bedrijf X geschonden").
_CLAIM_CUES: Final = {
    language: ACCUSATIONS[language]
    | SAY
    | HEDGES[language]
    | {phrase[0] for phrase in HEDGE_PHRASES[language]}
    for language in RULINGS
}
_PARTY_RELATIONS: Final = frozenset({"OWNS", "SHUT_DOWN", "SERVICED"})
_ANY_ARTICLES: Final = ARTICLES | INDEFINITE
#: The first words of each language's future_times: a clause without one holds none.
_FUTURE_FIRST_WORDS: Final = {
    language: frozenset(phrase[0] for phrase in phrases if phrase)
    for language, phrases in FUTURE_TIMES.items()
}
#: Per language, the finite verbs that may precede a participle (auxiliaries and the
#: passive's), and those with the adverbs that may stand among them.
_AUXILIARY_VERBS: Final = {
    language: AUXILIARIES[language] | PASSIVE_AUX[language] for language in AUXILIARIES
}
_VERB_PHRASE_WORDS: Final = {
    language: verbs | ADVERBS for language, verbs in _AUXILIARY_VERBS.items()
}
#: Those with negations (between a subject and its verb: "X has not been sued") and with
#: the skippable words (between a name and the verb it is the subject of).
_NEGATED_VERB_PHRASE_WORDS: Final = {
    language: words | NEGATIONS[language] for language, words in _VERB_PHRASE_WORDS.items()
}
_SKIPPABLE_VERB_PHRASE_WORDS: Final = {
    language: words | SKIPPABLE for language, words in _VERB_PHRASE_WORDS.items()
}
_ENDABLE: Final = frozenset({"SERVICED"})
#: Sides of a trigger where a subject or object names its party (not "against", where
#: "against the operators of X" is against X).
_COMPLEMENT_SIDES: Final = frozenset(
    {"left", "subject", "indirect", "v2subject", "v2object", "vlsubject", "vlobject"}
)
_OPENERS: Final = frozenset(
    '"“‘(:—–'
)  # after these a capital letter starts a sentence  # relationships a negation may end rather than deny
_EVENT_TYPES: Final = frozenset({"DEFENDANT_IN", "PLAINTIFF_IN", "SHUT_DOWN"})


#: What opens the names a counted group stands for ("three people ran X — A, B and C").
_LIST_DASHES: Final = frozenset({"—", "–", ":"})
#: What closes a name in apposition ("its site, Quixly.tv, ...").
_APPOSITION_CLOSERS: Final = frozenset({",", ".", ";", ":", ")"})
#: How far after its trigger a "next" object may start: the article and up to four
#: modifiers ("sued the Amsterdam-based hosting company X").
NEXT_WINDOW: Final = 5
#: How many tokens a provision before its law may take ("artikel 5, lid 1, van").
_PROVISION_SPAN: Final = 7


class Claim:
    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = (
        "confidence",
        "date_from",
        "date_on",
        "date_to",
        "props",
        "rule",
        "sentence",
        "source",
        "status",
        "target",
        "type",
    )  # fmt: skip

    def __init__(
        self,
        type: str,
        source: Option,
        target: Option,
        status: str,
        rule: str,
        confidence: float,
        sentence: Sentence,
        date_on: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        props: dict | None = None,
    ) -> None:
        self.type = type
        self.source = source
        self.target = target
        self.status = status
        self.rule = rule
        self.confidence = confidence
        self.sentence = sentence
        self.date_on = date_on
        self.date_from = date_from
        self.date_to = date_to
        self.props: dict = {} if props is None else props

    def _values(self) -> tuple:
        return (
            self.type,
            self.source,
            self.target,
            self.status,
            self.rule,
            self.confidence,
            self.sentence,
            self.date_on,
            self.date_from,
            self.date_to,
            self.props,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Claim):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Claim(type={self.type!r}, source={self.source!r}, target={self.target!r}, status={self.status!r}, rule={self.rule!r}, confidence={self.confidence!r}, sentence={self.sentence!r}, date_on={self.date_on!r}, date_from={self.date_from!r}, date_to={self.date_to!r}, props={self.props!r})"


_NOWHERE: Final = 1 << 30


class _Cues:
    """First token index of each kind of status cue in a sentence (lower case or lemma),
    and the least end index of a hedge phrase; _NOWHERE if there is none. (A plain class:
    see Claim.)"""

    __slots__ = ("hedge", "hedge_phrase_end", "hedge_subject", "ruling", "say")

    def __init__(
        self, ruling: int, hedge: int, say: int, hedge_subject: int, hedge_phrase_end: int
    ) -> None:
        self.ruling = ruling
        self.hedge = hedge
        self.say = say
        self.hedge_subject = hedge_subject
        self.hedge_phrase_end = hedge_phrase_end

    @classmethod
    def of(cls, sentence: Sentence, language: str) -> _Cues:
        lowers, lemmas = sentence.lowers, sentence.lemmas
        # the first token whose form or lemma is a cue word of each kind, in one pass
        kinds = _status_cue_kinds(language)
        firsts = [_NOWHERE, _NOWHERE, _NOWHERE, _NOWHERE]
        seen = 0
        for i in range(len(lowers)):
            fresh = (kinds.get(lowers[i], 0) | kinds.get(lemmas[i], 0)) & ~seen
            if fresh:
                seen |= fresh
                for kind in range(4):
                    if fresh & (1 << kind):
                        firsts[kind] = i
                if seen == 15:
                    break
        ruling, hedge, say, hedge_subject = firsts
        starts = _hedge_phrase_starts(language)
        phrase_end = _NOWHERE
        for i in [] if starts.keys().isdisjoint(sentence.lower_set) else range(len(lowers)):
            for phrase in starts.get(lowers[i], ()):
                end = i + len(phrase)
                if end < phrase_end and tuple(lowers[i:end]) == phrase:
                    phrase_end = end
        return cls(ruling, hedge, say, hedge_subject, phrase_end)


@cache
def _status_cue_kinds(language: str) -> dict[str, int]:
    """Each status cue word with the kinds it is, as bits in _Cues order: ruling, hedge,
    say, hedge subject."""
    kinds: dict[str, int] = {}
    for kind, words in enumerate((RULINGS[language], HEDGES[language], SAY, HEDGE_SUBJECTS)):
        for word in words:
            kinds[word] = kinds.get(word, 0) | (1 << kind)
    return kinds


@cache
def _hedge_phrase_starts(language: str) -> dict[str, list[tuple[str, ...]]]:
    """Hedge phrases by their first word."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in HEDGE_PHRASES[language]:
        starts.setdefault(phrase[0], []).append(phrase)
    return starts


#: how far after a list's first name its closing conjunction may stand ("A, B, C en D")
_LIST_REACH: Final = 40
#: The types of a company at either end of a fact: an organisation or a vendor.
_COMPANY_ENDS: Final = ("Organization", "Vendor")


def _name_opens(tokens: list[Token], j: int) -> int:
    """Where a name after token j starts, over an article."""
    return j + 2 if j + 1 < len(tokens) and tokens[j + 1].lower in ARTICLES else j + 1


#: What may follow a caption's role word set off by a comma ("eiseres,", "gedaagde.").
_ROLE_CLOSERS: Final = frozenset({",", ".", ";"})


class SentenceFrames:
    """One sentence's mentions and tokens, and the rules' view of them."""

    def __init__(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        language: str,
        anchor_year: int | None,
        published: str | None,
        discourse: Discourse,
        ontology: Ontology,
        law_years: dict[str, int | None],
    ) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.mentions = (
            list(mentions) if in_span_order(mentions) else sorted(mentions, key=span_key)
        )
        self.language = language
        self.anchor_year = anchor_year  # the last year named before this sentence
        self._found_dates: list[DateMention] | None = None
        # find_dates's cue words, if the sentence cue pass found them (recognize.sentence_cues)
        self.date_cues: DateCues | None = None
        self.published = published
        self.discourse = discourse
        self.ontology = ontology
        self.law_years = law_years
        self.types = {o.type for m in mentions for o in m.options}  # every reading's type
        self.frame_cases: list[tuple[int, Option]] = []  # cases made by lawsuit frames here
        self.split_cases: set[tuple[str, str]] = set()  # one-party proceedings split here
        self.relation = ""  # the relationship type of the rule being applied
        self._negation_at: list[int] | None = None
        self._found_cues: _Cues | None = None
        self._segment: list[int] | None = None
        self._enclosed: dict[int, bool] = {}
        self._service: tuple[str | None] | None = None
        self._no_speculation: bool | None = None
        self._conditional: bool | None = None
        self._clauses: list[int] | None = None

    # What follows is computed on first use: many sentences never need it.
    @property
    def words(self) -> set[str]:
        """Lower-case forms and lemmas of the sentence's tokens (Sentence.words)."""
        return self.sentence.words

    @property
    def segment(self) -> list[int]:
        """Each token's segment: segments are cut at , ; ( ) — – and :."""
        if self._segment is not None:
            return self._segment
        segment: list[int] = []
        enclosed: dict[int, bool] = {}
        seg = 0
        opener = ""
        relative = False  # does the segment open with a relative pronoun?
        relatives = RELATIVES[self.language]
        for i, token in enumerate(self.tokens):
            if token.text in _SEGMENT_BREAKS:
                # an aside: between two commas, or a relative clause between two dashes of
                # one kind or in brackets ("X — which owns Y — sued Z"); a dash or a bracket
                # around a name alone often names the one described ("the operator (Y)")
                enclosed[seg] = _ASIDE_CLOSERS.get(opener) == token.text and (
                    opener == "," or relative
                )
                seg += 1
                opener = token.text
                nxt = self.tokens[i + 1].lower if i + 1 < len(self.tokens) else ""
                relative = nxt in relatives
            segment.append(seg)
        enclosed.setdefault(seg, False)
        self._segment, self._enclosed = segment, enclosed
        return segment

    @property
    def enclosed(self) -> dict[int, bool]:
        """Segment -> is it set off on both sides (an aside: commas, dashes, brackets)?"""
        if self._segment is None:
            self.segment  # noqa: B018 - computes both
        return self._enclosed

    @property
    def dates(self) -> list[DateMention]:
        """The sentence's dates, found only when a claim needs them."""
        if self._found_dates is None:
            sentence = self.sentence
            found = find_dates(
                sentence.text, sentence.start, self.published, self.anchor_year, self.language,
                self.date_cues,
            )  # fmt: skip
            # the year of a law's name ("the Online Safety Act 2023", "de Wet ... 2018") dates
            # no event of the sentence
            laws = [
                (m.start, m.end) for m in self.mentions if any(o.type == "Law" for o in m.options)
            ]
            if laws and found:
                found = [d for d in found if not any(lo <= d.start < hi for lo, hi in laws)]
            self._found_dates = found
        return self._found_dates

    # -- scope ---------------------------------------------------------------------------
    def relative_antecedent(self, t0: int, types: tuple[str, ...]) -> tuple[Mention, Option] | None:
        """The name a relative pronoun opening the trigger's clause stands for ("Craigslist,
        which Craig Newmark founded": Craigslist is what was founded)."""
        lo = self._clause_bounds(self.tokens[t0].clause)[0]
        if not (lo > 0 and self.tokens[lo].lower in RELATIVES[self.language]):
            return None
        end = lo - 1 if self.tokens[lo - 1].text == "," else lo
        for m in self.mentions:
            if m.last == end:
                option = m.option_for(types)
                return (m, option) if option is not None else None
        return None

    def holds_near(self, needed: frozenset[str], t0: int, t1: int) -> bool:
        """Does the stretch of the sentence between the semicolons around the match hold one
        of `needed` (a lower-case form or lemma)? A clause after a semicolon is a sentence of
        its own: "X eist tegen Y openheid; de straf voor Z volgt" demands no sentence."""
        if self.words.isdisjoint(needed):
            return False
        if ";" not in self.words:
            return True
        tokens = self.tokens
        lo = t0
        while lo > 0 and tokens[lo - 1].text != ";":
            lo -= 1
        hi = max(t0, t1 - 1)
        while hi + 1 < len(tokens) and tokens[hi + 1].text != ";":
            hi += 1
        for i in range(lo, hi + 1):
            if tokens[i].lower in needed or tokens[i].lemma in needed:
                return True
        return False

    def _claimant(self, mention: Mention) -> bool:
        """Is the name introduced by a noun of a party that exists to bring claims, or does
        its name hold one ("claimstichting X", "the X Claim Foundation")?"""
        phrases = CLAIM_BRINGERS.get(self.language)
        if not phrases:
            return False
        lowers = self.sentence.lowers
        first, last = mention.first, mention.last
        for phrase in phrases:
            size = len(phrase)
            if (  # before the name, or its own first or last words ("X Claim Foundation")
                (first >= size and tuple(lowers[first - size : first]) == phrase)
                or (last - first >= size and tuple(lowers[last - size : last]) == phrase)
                or (last - first > size and tuple(lowers[first : first + size]) == phrase)
            ):
                return True
        return False

    def future_dated(self, t0: int) -> bool:
        """Does a time still to come stand in the trigger's clause ("De claim bij X wordt
        volgende week ingediend", "X will be sued next week")? The act is a plan."""
        phrases = FUTURE_TIMES.get(self.language)
        if not phrases:
            return False
        firsts = _FUTURE_FIRST_WORDS[self.language]
        if self.sentence.lower_set.isdisjoint(firsts):
            return False
        lowers = self.sentence.lowers
        lo, hi = self._clause_bounds(self.tokens[t0].clause)
        for i in range(lo, hi):
            if lowers[i] not in firsts:
                continue
            for phrase in phrases:
                if lowers[i] == phrase[0] and tuple(lowers[i : i + len(phrase)]) == phrase:
                    return True
        return False

    def copula_after(self, t1: int) -> bool:
        """Does a copula or a verb that lists follow the trigger ("the defendants are X",
        "the defendants include X")?"""
        if t1 >= len(self.tokens):
            return False
        after = self.tokens[t1]
        return after.lower in COPULAS or after.lemma in LIST_VERBS.get(self.language, ())

    def passive(self, t0: int) -> bool:
        aux = PASSIVE_AUX[self.language]
        trigger = self.tokens[t0]
        if t0 + 1 < len(self.tokens) and self.tokens[t0 + 1].lower in AGENT_PREPS[self.language]:
            return True  # "CityXGuide.com, owned by X": a participle with its agent
        if not VERB_FINAL[self.language]:
            if trigger.lower.endswith(PROGRESSIVE_ENDINGS[self.language]):
                return False
            for j in range(t0 - 1, max(-1, t0 - 4), -1):
                if self.tokens[j].lower in aux:
                    return True
                if self.tokens[j].text in _SEGMENT_BREAKS:
                    break
            return self._delayed_agent(t0) or self._joined_passive(t0) >= 0
        clause = trigger.clause
        for j in range(t0 - 1, -1, -1):
            if self.tokens[j].clause != clause:
                return False
            if self.tokens[j].lower in aux:
                return True
        return False

    def _delayed_agent(self, t0: int) -> bool:
        """A participle whose agent follows a time or a place ("Zintchat, founded in 2009
        by X", "acquired in July 2005 by Y"): a reduced passive clause. Only prepositions,
        articles, numbers, months and place names stand between; a name of another type
        (an object) makes it an active verb."""
        tokens = self.tokens
        trigger = tokens[t0]
        endings = PARTICIPLE_ENDINGS[self.language]
        if not endings or not trigger.lower.endswith(endings) or trigger.lower == trigger.lemma:
            return False
        agents = AGENT_PREPS[self.language]
        k = next(
            (j for j in range(t0 + 1, min(len(tokens), t0 + 8)) if tokens[j].lower in agents),
            -1,
        )
        if k < 0:
            return False
        places = {
            j
            for m in self.mentions
            if m.best.type == "Jurisdiction" and t0 < m.first and m.last <= k
            for j in range(m.first, m.last)
        }
        if any(t0 < m.first < k for m in self.mentions if m.best.type != "Jurisdiction"):
            return False
        return all(
            j in places
            or tokens[j].lower in PREPOSITIONS
            or tokens[j].lower in ARTICLES
            or tokens[j].lower in MONTHS
            or tokens[j].text.isdigit()
            for j in range(t0 + 1, k)
        )

    def negated(self, t0: int, t1: int) -> bool:
        """Is there a negation in the trigger's clause (in English, up to two tokens after
        the trigger), not followed by "only"?"""
        negations = self._negations()
        if not negations:
            return False
        clause = self.tokens[t0].clause
        lo, end = self._clause_bounds(clause)
        limit = len(self.tokens) if VERB_FINAL[self.language] else min(len(self.tokens), t1 + 2)
        hi = max(t1, min(limit, end))  # from t1 on while in the clause, before limit
        for j in negations:
            if lo <= j < hi:
                nxt = self.tokens[j + 1].lower if j + 1 < len(self.tokens) else ""
                if nxt in NEGATION_BREAKERS:
                    continue
                if j >= t1 and self.tokens[j].lower in NEGATION_PREPS:
                    continue  # "beboet voor het verwerken van gegevens zonder rechtsgrond"
                if j > t1 and self.tokens[j - 1].lower in PREPOSITIONS:
                    continue  # "fined for not providing X": the failure fined, no denial
                if self._nominal_negation(j) and not t0 <= j + 1 < t1:
                    continue  # "het niet verstrekken van X" denies only its own verb
                return True
        return False

    def _nominal_negation(self, j: int) -> bool:
        """Is the negation at j part of an infinitive an article makes a noun ("aansprakelijk
        voor het niet verstrekken van gegevens", "een boete wegens het niet naleven van de
        AVG")? It names a failure, it denies nothing: a preposition before the article or
        "van" after the infinitive marks the noun."""
        tokens = self.tokens
        if not (0 < j < len(tokens) - 2) or tokens[j - 1].lower not in NOMINALIZERS[self.language]:
            return False
        infinitive = tokens[j + 1].lower
        if not infinitive.endswith(tuple(INFINITIVE_ENDINGS[self.language])):
            return False
        before = tokens[j - 2].lower if j > 1 else ""
        return before in PREPOSITIONS or before in AND or tokens[j + 2].lower in OF

    def ending_negation(self, t0: int, t1: int) -> bool:
        """Is every negation in the trigger's clause one that ends something ("no longer
        allow", "niet meer samenwerken", "geen bescherming meer"), not a denial?"""
        negations = self._negations()
        if not negations:
            return False
        clause = self.tokens[t0].clause
        lo, end = self._clause_bounds(clause)
        hi = max(t1, end)
        inside = [j for j in negations if lo <= j < hi]
        if not inside:
            return False
        for j in inside:
            window = range(j + 1, min(len(self.tokens), max(j + 6, t1 + 3), hi))
            if not any(self.tokens[k].lower in ENDING_NEGATIONS for k in window):
                return False
        return True

    def _negations(self) -> list[int]:
        """Indices of the sentence's negation words, found once per sentence."""
        if self._negation_at is None:
            lowers = self.sentence.lowers
            negations = NEGATIONS[self.language]
            lowered = self.sentence.text.lower()  # holds the ending of every token's lower
            endings = NEGATION_ENDINGS[self.language]
            if negations.isdisjoint(self.sentence.lower_set) and not any(
                e in lowered for e in endings
            ):
                self._negation_at = []
            else:
                self._negation_at = [
                    j
                    for j, lower in enumerate(lowers)
                    if lower in negations or (endings and lower.endswith(endings))
                ]
        return self._negation_at

    @property
    def service(self) -> str | None:
        """The kind of service the sentence's words name, if any."""
        if self._service is None:
            self._service = (_service(self.words, self.language),)
        return self._service[0]

    @property
    def yes_no_question(self) -> bool:
        """Is the sentence a question opened by an auxiliary ("Did the FTC go too far?",
        "Heeft de rechter gelijk?")? It states nothing."""
        tokens = self.tokens
        if not tokens or tokens[-1].text != "?":
            return False
        first = tokens[0].lower
        language = self.language
        return first in AUXILIARIES[language] or first in PASSIVE_AUX[language]

    @property
    def conditional_sentence(self) -> bool:
        """Does the sentence open with a condition ("If the regulator finds a breach, X will
        be fined", "Als blijkt dat ..., krijgt X een boete")? Neither part states an event.
        Where the verb stands second, the word after the condition's comma must be that
        verb ("Als oprichter van X, een site ..., werd Y vervolgd" is no condition)."""
        if self._conditional is None:
            self._conditional = False
            openers = CONDITION_CLAUSES.get(self.language, frozenset())
            tokens = self.tokens
            first = next((i for i, t in enumerate(tokens[:3]) if t.text[:1].isalpha()), -1)
            if first >= 0 and tokens[first].lower in openers:
                comma = next(
                    (i for i in range(first + 2, len(tokens) - 1) if tokens[i].text == ","), -1
                )
                after = tokens[comma + 1].text if comma > 0 else ""
                self._conditional = comma > 0 and (
                    not VERB_FINAL[self.language] or (after.isalpha() and after.islower())
                )
        return self._conditional

    @property
    def no_speculation(self) -> bool:
        """Does the sentence hold no speculation word at all?"""
        if self._no_speculation is None:
            lowers = self.sentence.lower_set
            self._no_speculation = (
                SPECULATION.isdisjoint(lowers)
                and CONDITION_OPENERS.isdisjoint(lowers)
                and ANNOUNCE_VERBS.get(self.language, frozenset()).isdisjoint(lowers)
                and (CONDITIONALS.isdisjoint(lowers) or CONDITIONAL_MODALS.isdisjoint(lowers))
            )
        return self._no_speculation

    @property
    def clauses(self) -> list[int]:
        """Each token's clause number (they never go down)."""
        if self._clauses is None:
            self._clauses = [t.clause for t in self.tokens]
        return self._clauses

    def _relative_clause_subject(
        self, candidates: list[Mention], t0: int, t1: int
    ) -> Mention | None:
        """The subject of a relative clause that the trigger's noun heads and its verb ends
        ("X betaalt de boete die de ACM heeft opgelegd", "the fine that the FTC imposed"):
        the one who imposes, never the main clause's subject; None when the verb is in the
        noun's own clause."""
        tokens = self.tokens
        clause = tokens[t1 - 1].clause
        if clause == tokens[t0].clause:
            return None
        lo = self._clause_bounds(clause)[0]
        if lo < len(tokens) and tokens[lo].text == ",":
            lo += 1
        if not (t0 < lo < t1 - 1 and tokens[lo].lower in RELATIVES[self.language]):
            return None
        return next(
            # a name may end right before the verb ("die de ACM oplegde": m.last is the
            # index after the name's last token); a preposition before the relative pronoun
            # governs no name of the relative clause ("vecht de boete aan die de AP oplegde")
            (
                m
                for m in candidates
                if lo < m.first
                and m.last < t1
                and not (self._governed(m) and self._over_description(m.first - 1) > lo)
            ),
            None,
        )

    def _amount_after_colon(self, t1: int, clause: int) -> int:
        """The clause a colon after the trigger opens with an amount ("imposed a fine to
        enforce the law: €90 million for breaches by X"): the fine's amount told again, and
        whom it is on with it; else `clause`."""
        tokens = self.tokens
        for k in range(t1, len(tokens) - 1):
            if tokens[k].text == ":":
                return tokens[k + 1].clause if _amount_start(tokens[k + 1].text) else clause
        return clause

    def _decision_subject(self, candidates: list[Mention], t0: int) -> Mention | None:
        """The subject of the verb whose object is the decision the trigger's participle
        follows ("the Commission adopted a final decision imposing a fine on X", "the
        authority issued its ruling fining X"): the one who decided imposes; None when no
        decision noun, its determiner and a verb before it stand right before the trigger."""
        tokens = self.tokens
        if VERB_FINAL[self.language] or t0 < 4 or tokens[t0 - 1].lower not in DECISION_NOUNS:
            return None
        openers = DEFINITE[self.language] | ARTICLES | INDEFINITE | POSSESSIVES
        k = t0 - 2
        while k > 1 and tokens[k].text.isalpha() and tokens[k].text.islower():
            if tokens[k].lower in openers:
                break
            k -= 1
        verb = tokens[k - 1]
        if (
            tokens[k].lower not in openers
            or not (verb.text.isalpha() and verb.text.islower())
            or verb.lower in PREPOSITIONS
            or verb.clause != tokens[t0].clause
        ):
            return None  # "in a decision imposing ...": no verb has the decision for object
        return self._subject(candidates, k - 1)

    def _common_subject(self, t0: int) -> bool:
        """Does the trigger's clause open with a subject of its own that names nothing, a
        noun phrase of lower-case words after a determiner or a relative ("whose conduct
        triggers", "that the law prompted", "omdat de site ... leidde")? Then no name of an
        earlier clause is the trigger's subject."""
        tokens = self.tokens
        lo = self._clause_bounds(tokens[t0].clause)[0]
        if lo < t0 and tokens[lo].text == ",":
            if any(m.last == lo for m in self.mentions):
                return False  # "Visa, the card processing giant": an apposition, no clause
            lo += 1
        language = self.language
        endings = tuple(ADVERB_ENDINGS[language])
        k = t0 - 1
        while k > lo and (
            tokens[k].lower in AUXILIARIES[language]
            or tokens[k].lower in PASSIVE_AUX[language]
            or tokens[k].lower in COPULAS
            or tokens[k].lower in ADVERBS
            or (bool(endings) and tokens[k].lower.endswith(endings))
        ):
            k -= 1
        relative = RELATIVE_DETERMINERS[language]
        openers = DEFINITE[language] | ARTICLES | INDEFINITE | relative
        j = k
        while (
            j > lo
            and tokens[j].text.isalpha()
            and tokens[j].text.islower()
            and (tokens[j].lower not in openers)
        ):
            j -= 1
        if j >= k or tokens[j].lower not in openers:
            return False  # no noun between its determiner and the verb
        subordinators = SUBORDINATORS[language]
        if j == lo + 1 and tokens[lo].lower in subordinators:
            pass  # "that the law prompted"
        elif j != lo or (tokens[lo].lower in subordinators and tokens[lo].lower not in relative):
            return False  # "the site that eventually prompted X": the relative is the subject
        return not any(j <= m.first < t0 for m in self.mentions)

    def _common_relative(self, t0: int) -> bool:
        """Does a relative pronoun right before the trigger (over auxiliaries) stand for a
        bare platform noun that no name stands for ("websites that host X")? Then that noun
        is the verb's subject."""
        tokens = self.tokens
        language = self.language
        k = t0 - 1
        while k > 0 and (
            tokens[k].lower in AUXILIARIES[language] or tokens[k].lower in PASSIVE_AUX[language]
        ):
            k -= 1
        if k < 1 or tokens[k].lower not in RELATIVES[language] | SUBORDINATORS[language]:
            return False
        noun = tokens[k - 1]
        if not (
            noun.text.isalpha()
            and noun.text.islower()
            and type_of(noun.lower, language) is not None
            and not any(m.last == k for m in self.mentions)
        ):
            return False
        # "MindGeek, the company that owns X": a name's apposition stands for the name
        j = k - 2
        while j > 0 and k - j <= 4 and tokens[j].text.isalpha() and tokens[j].text.islower():
            j -= 1
        return not (tokens[j].text == "," and any(m.last == j for m in self.mentions))

    def _clause_bounds(self, clause: int) -> tuple[int, int]:
        """First and after-last token index of a clause."""
        return bisect_left(self.clauses, clause), bisect_right(self.clauses, clause)

    def speculative(self, t0: int, announced: bool = False) -> bool:
        """A guess or a plan ("lawyers expect", "might take the case") states no fact. With
        `announced` (a vendor ending its service), a speaker's "it would" is no guess: "X said
        it would stop processing payments for Y" reports X's own announcement."""
        if self.conditional_sentence:
            return True
        if self.no_speculation:
            return False
        if self._announced_plan(t0):
            return True  # "kondigde aan een zaak te beginnen tegen X": a plan
        clause = self.tokens[t0].clause
        conditional = modal = False
        for j in range(t0 - 1, max(-1, t0 - 8), -1):
            token = self.tokens[j]
            if token.lower in SPECULATION and token.text[:1].islower():  # not the month May
                if announced and self._reported_future(j):
                    continue
                return not self._ruled_before(j) and not self._inquired_before(j)
            if token.lower in CONDITION_OPENERS and t0 - j <= _CONDITION_REACH:
                return True  # "If convicted, X faces ...", "if found guilty"
            conditional = conditional or token.lower in CONDITIONALS
            modal = modal or token.lower in CONDITIONAL_MODALS
            if conditional and modal:
                return not self._ruled_before(j)
            if token.clause != clause and token.text in _SEGMENT_BREAKS:
                break
        if VERB_FINAL[self.language]:  # "had een rechtszaak tegen X overwogen": the verb last
            end = self._clause_bounds(clause)[1]
            for token in self.tokens[t0 + 1 : end]:
                if token.lower in SPECULATION and token.text[:1].islower():
                    return not self._ruled_before(t0)
        return False

    def _announced_plan(self, t0: int) -> bool:
        """Does a verb of announcing before the trigger at t0, in its stretch of the
        sentence (over a subject of several words), take the act as an infinitive's
        object ("kondigde Stichting X al aan een zaak te beginnen")?"""
        verbs = ANNOUNCE_VERBS.get(self.language)
        if not verbs:
            return False
        for token in reversed(self.tokens[max(0, t0 - _ANNOUNCE_REACH) : t0]):
            if token.lower in verbs:
                return self._infinitive_after(t0)
            if token.text in _SEGMENT_BREAKS:
                return False
        return False

    def _infinitive_after(self, t0: int) -> bool:
        """Does an infinitive marker follow the trigger at t0 within a few words, before any
        punctuation ("een zaak te beginnen", "een rechtszaak aan te spannen")?"""
        markers = INFINITIVE_MARKERS.get(self.language, frozenset())
        for token in self.tokens[t0 + 1 : t0 + 1 + _INFINITIVE_REACH]:
            if token.lower in markers:
                return True
            if not token.text[:1].isalnum():
                return False
        return False

    def _reported_future(self, j: int) -> bool:
        """Is the modal at j a speaker's reported "will" ("X said it would ...", "X said that
        it would ...")? The pronoun right before it stands for the speaker (a mention the
        reported-pronoun pass made of it; "critics said it would be wise" has none)."""
        lowers = self.sentence.lowers
        language = self.language
        if j < 2 or lowers[j] not in REPORTED_FUTURES.get(language, frozenset()):
            return False
        if lowers[j - 1] not in REPORTED_PRONOUNS.get(language, frozenset()):
            return False
        return any(m.first == j - 1 and m.last == j for m in self.mentions)

    def _inquired_before(self, j: int) -> bool:
        """Does an inquiry's question open right before the modal at j ("proceedings to
        assess whether X may have breached ...")? The modal hedges the suspicion the
        inquiry is about, which is alleged, not guessed."""
        openers = INQUIRY_OPENERS.get(self.language, frozenset())
        conditionals = INQUIRY_CONDITIONALS.get(self.language, frozenset())
        verbs = INQUIRY_VERBS.get(self.language, frozenset())
        tokens = self.tokens
        return any(
            tokens[k].lower in openers
            or (tokens[k].lower in conditionals and k > 0 and tokens[k - 1].lower in verbs)
            for k in range(max(0, j - 6), j)
        )

    def _ruled_before(self, j: int) -> bool:
        """Does a court's ruling govern the modal at j ("ruled that the claims could
        proceed")? A ruling word before it, with no guess before that ruling ("expect a
        ruling that could ...")."""
        rulings = RULINGS[self.language]
        lowers = self.sentence.lowers
        for k in range(j - 1, -1, -1):
            if lowers[k] in rulings:
                return SPECULATION.isdisjoint(lowers[:k])
        return False

    def nominal(self, t0: int) -> bool:
        """Is a verb-or-noun trigger used as a noun here ("the pimping charges"), or a
        gerund that is a clause's subject ("sentencing was difficult")?"""
        definite = DEFINITE[self.language] | INDEFINITE
        endings = PROGRESSIVE_ENDINGS.get(self.language, ())
        if (
            endings
            and self.tokens[t0].lower.endswith(endings)
            and t0 + 1 < len(self.tokens)
            and self.tokens[t0 + 1].lower in PASSIVE_AUX[self.language]
            and (t0 == 0 or self.tokens[t0 - 1].lower not in PASSIVE_AUX[self.language])
            and not any(m.last == t0 for m in self.mentions)  # "Zorblat, suing was ..."
        ):
            return True
        if t0 > 0 and self.tokens[t0 - 1].lower in definite:
            return True
        if t0 > 1 and self.tokens[t0 - 2].lower in definite:
            # "the criminal charges", but not "his office sued": a past form is a verb
            endings = PARTICIPLE_ENDINGS.get(self.language, ())
            if endings and self.tokens[t0].lower.endswith(endings):
                return False
            if self.tokens[t0 - 1].lower in PROSECUTION_NOUNS[self.language]:
                return False  # "De justitie vervolgt X": the noun is the verb's subject
            return self.tokens[t0 - 1].lower.endswith(MODIFIER_ENDINGS)
        return False

    def predicative(self, t0: int, t1: int) -> bool:
        """A role noun states a fact as a predicate or in apposition ("X, the owner of Y",
        "became Y's owner", "Backpage co-founder X"), not as a mere description ("the
        site's two former owners")."""
        start = t0
        while start > 0 and (
            self.tokens[start - 1].lower in NP_WORDS
            or self.tokens[start - 1].lower in ROLES
            or (
                self.tokens[start - 1].lower in AND
                and start > 1
                and self.tokens[start - 2].lower in ROLES
            )
            or _possessive(self.tokens[start - 1].lower)
            or self.tokens[start - 1].lower in FORMER
            or self.tokens[start - 1].lower in VENDOR_MODIFIERS  # "its payment processor"
        ):
            start -= 1
        # "X and Y are among the plaintiffs", "X is one of the owners"
        while start > 0 and self.tokens[start - 1].lower in PARTITIVES:
            start -= 1
        while start > 0 and self.tokens[start - 1].lower in ADVERBS:
            start -= 1
        before = self.tokens[start - 1] if start > 0 else None
        after = self.tokens[t1] if t1 < len(self.tokens) else None
        if before is not None and (before.lower in COPULAS or before.text in ",(—–"):
            return True
        if after is not None and after.lower in COPULAS:
            return True  # "the defendants are X and Y", "de verdachten zijn X en Y"
        if any(m.last == start or m.last == t0 for m in self.mentions):
            return True  # "Backpage co-founder", "Backpage's owner"
        if after is not None and after.text == "," and t1 + 1 < len(self.tokens):
            return self.tokens[t1 + 1].text[:1].isupper()  # "Its founder, Michael Pratt"
        if (
            after is not None
            and type_of(after.lower, self.language)
            and t1 + 1 < len(self.tokens)
            and self.tokens[t1 + 1].text[:1].isupper()
        ):
            return True  # "and parent company MindGeek"
        if _apposed_after(self, t1, _PARTIES, set()) is not None:
            return True  # "the parent company of X, Y,", "het moederbedrijf van X, Y,"
        if after is not None and after.lower in OF:  # "Eigenaar van X is Y"
            named = next((m for m in self.mentions if t1 < m.first <= t1 + 3), None)
            if named is not None and named.last < len(self.tokens):
                # a name after the copula, not a passive's agent ("the owner of X was sued
                # by Y", "het moederbedrijf van X werd aangeklaagd door Y")
                if self.tokens[named.last].lower not in COPULAS:
                    return False
                agents = AGENT_PREPS[self.language]
                starts = {m.first for m in self.mentions}
                for k in range(named.last + 1, min(named.last + 8, len(self.tokens))):
                    if k in starts:
                        return True
                    if self.tokens[k].lower in agents:
                        return False
                return True
        return after is not None and after.text[:1].isupper()

    def copular(self, t0: int, t1: int) -> bool:
        """Is the role noun at t0:t1 the predicate of a copula ("X is the owner of Y", "Y's
        owner was X", "volgens de aanklacht is X de eigenaar"), a claim of its own, rather
        than an apposition or modifier that only identifies a party?"""
        tokens = self.tokens
        start = t0
        while start > 0 and (
            tokens[start - 1].lower in NP_WORDS
            or tokens[start - 1].lower in FORMER
            or tokens[start - 1].lower in ADVERBS
            or _possessive(tokens[start - 1].lower)
        ):
            start -= 1
        clause = tokens[t0].clause
        if any(
            tokens[j].lower in COPULAS and tokens[j].clause == clause
            for j in range(max(0, start - 3), start)
        ):
            return True
        return t1 < len(tokens) and tokens[t1].lower in COPULAS

    def status(self, t0: int, t1: int, default: str | None, rulings: bool = True) -> str:
        """ruled, alleged or established from the cue words before the trigger's end and in
        its clause (a prefix of the sentence, since clause numbers never go down). Without
        `rulings` a ruling word rules only a court's own finding ("the judge found that X
        hosted Y"): a dismissal decides a case, not who served or owned a site."""
        lo, end = self._clause_bounds(self.tokens[t0].clause)
        if default == "ruled":
            # "prosecutors sought a fine against X": a penalty asked for, not imposed
            return "alleged" if self._demanded(lo, t0) else "ruled"
        scope = max(t1, end)  # the tokens in scope are tokens[:scope]
        if self.tokens[lo].lower in TEMPORAL_SUBORDINATORS:
            return self._clause_status(lo, scope, default, rulings or self.judge_holds())
        cues = self._cues()
        ruling = cues.ruling
        if t0 <= ruling < t1:  # the trigger is the event ("held the account"), not a ruling
            ruling = self._ruling_from(t1)
        if t1 <= ruling < scope and self._own_party_ruling(t1, ruling):
            ruling = _NOWHERE  # "X was sued by A and was fined by B": B's case is ruled
        if ruling < scope and (rulings or self.judge_holds()):
            if not self._demanded(lo, ruling):
                return "ruled"
            return "alleged"  # "het OM eist een boete", "prosecutors sought a fine": asked for
        if cues.hedge < scope or cues.hedge_phrase_end <= scope:
            return "alleged"
        if cues.say < scope and cues.hedge_subject < scope:
            return "alleged"
        return default or "established"

    def _own_party_ruling(self, t1: int, ruling: int) -> bool:
        """Is the ruling word after the trigger a verb of its own that "and" joins, with an
        agent of its own that is a party, no court ("X was sued by A and was fined by the
        FTC": the fine rules the FTC's case, not A's suit; "was charged and was convicted by
        a jury" rules the one case)?"""
        if not self._joined_verb_between(t1, ruling):
            return False
        tokens = self.tokens
        agents = AGENT_PREPS[self.language]
        for k in range(ruling + 1, min(len(tokens), ruling + _AGENT_REACH)):
            if tokens[k].lower in agents:
                return any(
                    m.best.type in _PARTY_TYPES and k < m.first <= k + 3 for m in self.mentions
                )
        return False

    def _demanded(self, lo: int, ruling: int) -> bool:
        """Does a verb of demanding stand before the ruling word in its clause ("Het OM eist
        een boete", "prosecutors sought a fine")? The penalty is asked for, not imposed."""
        demands = DEMANDS.get(self.language)
        if not demands:
            return False
        lowers, lemmas = self.sentence.lowers, self.sentence.lemmas
        return any(lowers[i] in demands or lemmas[i] in demands for i in range(lo, ruling))

    def _ruling_from(self, start: int) -> int:
        """The first ruling cue at or after start (_NOWHERE if none)."""
        rulings = RULINGS[self.language]
        lowers, lemmas = self.sentence.lowers, self.sentence.lemmas
        for i in range(start, len(lowers)):
            if lowers[i] in rulings or lemmas[i] in rulings:
                return i
        return _NOWHERE

    def _clause_status(self, lo: int, hi: int, default: str | None, rulings: bool) -> str:
        """Status from the cue words of tokens[lo:hi] only (a temporal clause)."""
        language = self.language
        words = [(self.sentence.lowers[i], self.sentence.lemmas[i]) for i in range(lo, hi)]
        if rulings and any(w in RULINGS[language] or m in RULINGS[language] for w, m in words):
            return "ruled"
        if any(w in HEDGES[language] or m in HEDGES[language] for w, m in words):
            return "alleged"
        return default or "established"

    def _cues(self) -> _Cues:
        """Where the status cue words first occur in the sentence, found once."""
        if self._found_cues is None:
            self._found_cues = _Cues.of(self.sentence, self.language)
        return self._found_cues

    # -- ends ----------------------------------------------------------------------------
    def _fitting(self, types: tuple[str, ...], t0: int, t1: int) -> list[Mention]:
        """Mentions of a fitting type outside the trigger's own words (gaps may hold ends:
        "haalde Backpage offline")."""
        last = t1 - 1
        return [
            m
            for m in self.mentions
            if not (t0 <= m.first and m.last <= t0 + 1)
            and not (last <= m.first and m.last <= last + 1)
            and not (m.first <= t0 < m.last and not m.named)  # "the company (behind X)"
            and m.option_for(types) is not None
            and not self._attributed(m)
            # a counted group of businesses ("hundreds of merchants") is only a suit's party
            and not (m.kind == "group" and self.relation != SUE and m.best.type == "Organization")
        ]

    def _attributed(self, mention: Mention) -> bool:
        """Is the mention the source a statement is attributed to ("volgens het OM",
        "according to the Justice Department")?"""
        tokens = self.tokens
        attributions = ATTRIBUTIONS[self.language]
        if not attributions:
            return False
        j = mention.first - 1
        if j > 0 and tokens[j].text == "(":  # "volgens Koninklijke Horeca Nederland (KHN)"
            named = next((m for m in self.mentions if m.last == j), None)
            return named is not None and self._attributed(named)
        while j >= 0 and tokens[j].lower in SKIPPABLE:
            j -= 1
        if j >= 0 and tokens[j].lower in attributions:
            return True
        if (
            j >= 1
            and tokens[j].lower in AGENT_PREPS[self.language]
            and tokens[j - 1].lower in REPORTED_BY.get(self.language, ())
        ):
            return True  # "as reported by X", "zoals gemeld door X": the source, no party
        k = mention.last  # "as X previously reported", "X reported": the source, no party
        while k < len(tokens) and (
            tokens[k].lower in ADVERBS or tokens[k].lower in REPORT_ADVERBS.get(self.language, ())
        ):
            k += 1
        if k < len(tokens) and tokens[k].lower in REPORT_VERBS.get(self.language, ()):
            return True
        return (
            j >= 1 and tokens[j].lower in TO[self.language] and tokens[j - 1].lower in attributions
        )

    def _relative_subject(self, candidates: list[Mention], t0: int) -> Mention | None:
        """A relative pronoun with no name of its own before the verb ("Aylo, which operates X")
        is the verb's subject, so the name it stands for is the left end, even one the
        knowledge base does not know, which a known name further left would otherwise beat."""
        lo = self._clause_bounds(self.tokens[t0].clause)[0]
        if not (0 < lo < t0 and self.tokens[lo].lower in RELATIVES[self.language]):
            return None
        if any(lo < m.first and m.last <= t0 for m in candidates):
            return None  # "the site, which Zorblat operates": the clause has its own subject
        k = _over_relative_quantifier(self.tokens, lo - 1, self.language)  # "all of whom"
        end = k if self.tokens[k].text == "," else lo
        return next((m for m in candidates if m.last == end), None)

    def _left(self, candidates: list[Mention], t0: int) -> Mention | None:
        left = [m for m in candidates if m.last <= t0 and t0 - m.last <= _MAX_DISTANCE]
        if not left:
            return None
        if len(left) > 1:  # "Stichting X (Somi) diende een claim in": the name, not its
            # short form in brackets after it
            left = [m for m in left if not self._bracketed_after(m, left)] or left
        if self.relation == SUE:
            # "the labels that own the rights to songs by X are suing Y": a work's author
            left = [m for m in left if not self._authored_by(m)]
            if not left:
                return None
            # "X – ondersteund door Y – mag de belangen behartigen", "X, backed by Y, sued
            # Z": the agent of a participle before the trigger is not its subject
            left = [m for m in left if not self._agent_marked(m)] or left
        if self.relation == SUE:  # "denied Zapchat's motion to dismiss": the owner of the
            # trigger's noun, whatever stronger name stands further left (the judge)
            owner = next((m for m in left if m.last == t0 and m.last > m.first
                          and _possessive(self.tokens[m.last - 1].text)), None)  # fmt: skip
            if owner is not None:
                return owner
        if self.relation == SUE and self._role_apposed(t0):
            # "KLIKHUIS B.V., gevestigd te Utrecht, gedaagde": a judgment's caption sets the
            # role off after its party's name (and seat), the name nearest before it
            return max(_strong(left) or left, key=lambda m: m.last)
        segment = self.segment
        own = segment[t0] if t0 < len(segment) else segment[-1]
        same = _strong([m for m in left if segment[m.first] == own])
        if same:
            return max(same, key=lambda m: m.last)
        enclosed = self.enclosed
        for skip_enclosed in (True, False):
            for seg in range(own - 1, -1, -1):
                if skip_enclosed and enclosed.get(seg):
                    continue
                inside = _strong([m for m in left if segment[m.first] == seg])
                if inside:
                    return max(inside, key=lambda m: m.last)
        return max(_strong(left), key=lambda m: m.last)

    def _role_apposed(self, t0: int) -> bool:
        """Does the word at `t0` stand alone between a comma and a comma or the sentence's
        end ("..., eiseres, tegen", "..., gedaagde.")? A caption's party role, then."""
        tokens = self.tokens
        return (
            t0 > 0
            and tokens[t0 - 1].text == ","
            and (t0 + 1 == len(tokens) or tokens[t0 + 1].text in _ROLE_CLOSERS)
        )

    def _bracketed_after(self, m: Mention, others: list[Mention]) -> bool:
        """Does the name stand alone in brackets right after another of these names ("X
        (XYZ)")? It is that name's short form."""
        tokens = self.tokens
        k = m.first - 1
        if k < 1 or tokens[k].text != "(" or m.last >= len(tokens) or tokens[m.last].text != ")":
            return False
        return any(o.last == k for o in others if o is not m)

    def _governed(self, m: Mention) -> bool:
        """Does a preposition govern the name, over its articles ("door het Duitse OM", "in
        de Verenigde Staten")? Then the name is no subject of its clause."""
        j = self._over_description(m.first - 1)
        if j < 0 or self.tokens[j].text.isupper():
            return False  # "nadat het OM X had vervolgd": the office's name, no "om"
        word = self.tokens[j].lower
        return word in PREPOSITIONS or word in AGENT_PREPS[self.language]

    def _described_subject_before(self, lo: int, first: int) -> bool:
        """Does the clause open with a described subject, a definite noun phrase headed by a
        noun that stands for a party ("De Nederlandse privacytoezichthouder legt X een boete
        op", "Het bedrijf heeft X aangeklaagd"), and a verb after it, before the name at
        `first`? Then the name is the object, not the subject."""
        tokens = self.tokens
        if first - lo < 3 or tokens[lo].lower not in DEFINITE[self.language]:
            return False
        heads = COREF_HEADS.get(self.language, {})
        k = lo + 1
        while k < first and (
            tokens[k].text in JURISDICTION_ADJECTIVES
            or (tokens[k].text.islower() and tokens[k].lower.endswith("e"))
        ):
            k += 1
        if k >= first - 1:
            return False
        noun = tokens[k].lower
        if not noun.isalpha() or not tokens[k].text.islower():
            return False
        party = noun in heads or any(noun.endswith(h) and len(noun) > len(h) + 2 for h in heads)
        if not party or type_of(noun, self.language) == ("Case",):
            return False
        verb = tokens[k + 1].lower
        return (
            verb in AUXILIARIES[self.language]
            or verb in PASSIVE_AUX[self.language]
            or (tokens[k + 1].text.islower() and verb not in PREPOSITIONS and verb not in OF)
        )

    def _authored_by(self, m: Mention) -> bool:
        """Is the name, or the first of the names "and" joins it to, a work's author after
        "by" ("songs by X and Y", "compositions by X")?"""
        tokens = self.tokens
        first = m.first
        while first >= 2 and tokens[first - 1].lower in AND:
            before = next((o for o in self.mentions if o.last == first - 1), None)
            if before is None:
                break
            first = before.first
        j = self._over_articles(first - 1)
        return (
            j >= 1
            and tokens[j].lower in AGENT_PREPS[self.language]
            and tokens[j - 1].lower in AUTHORED_WORKS[self.language]
        )

    def _agent_marked(self, m: Mention) -> bool:
        """Does an agent's preposition stand right before the name, over articles?"""
        j = self._over_description(m.first - 1)
        return j >= 0 and self.tokens[j].lower in AGENT_PREPS[self.language]

    def _over_description(self, j: int) -> int:
        """The token before a name's articles, and in a verb-final language before the type
        noun and adjectives that describe it ("door de Noorse privacywaakhond X", "aan de
        datingapp Y"): where a preposition that governs the name would stand."""
        j = self._over_articles(j)
        if not VERB_FINAL[self.language] or j < 0:
            return j
        tokens = self.tokens
        word = tokens[j].text
        if not word.islower() or type_of(word, self.language) is None:
            return j
        k = j - 1
        while k >= 0 and k >= j - 2 and (
            tokens[k].text in JURISDICTION_ADJECTIVES
            or (tokens[k].text.islower() and tokens[k].lower.endswith("e")
                and tokens[k].lower not in SKIPPABLE)
        ):  # fmt: skip
            k -= 1
        return self._over_articles(k)

    def _over_articles(self, j: int) -> int:
        """The token before the articles and determiners ("het", "deze", "its") that end at
        token j."""
        tokens = self.tokens
        definite = DEFINITE[self.language]
        while j >= 0 and (tokens[j].lower in SKIPPABLE or tokens[j].lower in definite):
            j -= 1
        return j

    def _subject(self, candidates: list[Mention], t0: int) -> Mention | None:
        found = self._subject_name(candidates, t0)
        if found is None or found.group is not None:
            return found
        # "Two men accused of running X have been charged. They are A and B.": the counted
        # group that opens the clause, its members named in the next sentence, is the
        # subject, not a name of the words that describe it
        for m in candidates:
            if (
                m.group is not None
                and "members" in m.extra
                and m.last <= found.first
                and self.tokens[m.first].clause == self.tokens[found.first].clause
                and not any(
                    t.lower in AND or t.text in ",;:" for t in self.tokens[m.last : found.first]
                )
            ):
                return m
        return found

    def _subject_name(self, candidates: list[Mention], t0: int) -> Mention | None:
        """The subject of the verb at t0 ("Zorblat Inc. was sued", "Lacey and Larkin, its
        founders, were charged", "Zorblat, which was sued"): in English the name right
        before the verb's auxiliaries, an apposition set off by commas or a relative
        pronoun; in a verb-final language the first name of the clause that no preposition
        governs ("In Frankrijk wordt Varga vervolgd")."""
        tokens = self.tokens
        language = self.language
        if VERB_FINAL[language]:
            lo = self._clause_bounds(tokens[t0].clause)[0]
            for m in candidates:
                if lo <= m.first and m.last <= t0 and not self._governed(m):
                    if self._described_subject_before(lo, m.first):
                        return None  # "De Noorse privacywaakhond heeft X een boete opgelegd"
                    return self._list_head(candidates, m, t0)
            inverted = self._inverted_subject(candidates, lo, t0)
            if inverted is not None:
                return inverted
            if 0 < lo < t0 and tokens[lo].lower in RELATIVES[language]:
                # "X, dat door de AP werd beboet": a relative clause with no subject of its
                # own (its names governed) has the name it follows for subject
                end = lo - 1 if tokens[lo - 1].text == "," else lo
                antecedent = next((m for m in candidates if m.last == end), None)
                if antecedent is not None:
                    return antecedent
            if lo > 1 and tokens[lo].text == ",":  # a clause's punctuation opens it
                apposed = self._apposed_subject(candidates, lo)
                if apposed is not None:
                    return apposed
        skip = _NEGATED_VERB_PHRASE_WORDS[language]
        j = t0 - 1
        while j >= 0 and tokens[j].lower in skip:
            j -= 1
        if not VERB_FINAL[language]:
            # "Ofcom on Monday imposed a fine on X", "Ofcom, in March, fined X": the time the
            # act is told at stands between the subject and its verb
            j = self._before_time(j)
            while j >= 0 and tokens[j].lower in skip:
                j -= 1
        if j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(":
            j -= 3  # "the Data Protection Commission (DPC) has fined X": over its short form
        if j >= 2 and tokens[j].text in _CLOSING_QUOTES and tokens[j - 1].text == ",":
            j -= 1  # 'X, known online as "Grim," was charged': the comma inside the quotes
        if j >= 1 and tokens[j].lower in SHARED_SUBJECT.get(language, frozenset()):
            # "X had failed to check ages, so was fined": the subject of the clause before
            return self._shared_subject(candidates, j)
        if j >= 0 and tokens[j].lower in RELATIVES[language]:
            j -= 1
            j = _over_relative_quantifier(tokens, j, language)  # "A and B, all of whom were"
            if j >= 0 and tokens[j].text == ",":
                j -= 1
        elif j >= 1 and tokens[j].text == ",":  # ", its founders," between name and verb
            if not VERB_FINAL[language]:  # "X of Riga, Latvia, was charged": the resident
                resident = self._resident(candidates, j)
                if resident is not None:
                    return resident
            # the name before the apposition's first comma ("X, a company based in Dublin,
            # Ireland, was sued": over the commas inside it)
            for k in range(j - 1, max(-1, j - 13), -1):
                if tokens[k].text == ",":
                    found = next((m for m in candidates if m.last == k), None)
                    if found is None and not VERB_FINAL[language]:
                        # "X, 29, of Riga, Latvia, known as Y, was charged": the resident
                        found = self._resident(candidates, k)
                    if found is not None:
                        return found
                    # "X and its chief executive, Y, were sued": the role's holder is named
                    # between the commas, the role noun before the first
                    role = tokens[k - 1].lower if k > 0 else ""
                    # (also a defendant's title: "The main defendant, X, was sentenced")
                    if (
                        role in _ROLE_WORDS
                        or role.removesuffix("s") in _ROLE_WORDS
                        or role in DEFENDANT_NOUNS[language]
                    ):
                        return next((m for m in candidates if m.first > k and m.last == j), None)
            return None
        elif j >= 1 and (tokens[j].text in _DASHES or tokens[j].text == tokens[j - 1].text == "-"):
            # "a pair of apps – A and B – are being sued": the names the dashes set off,
            # whatever noun they describe
            # ("Quist Media – a chat app – was sued": the name before them)
            end = j if tokens[j].text in _DASHES else j - 1
            opening = next(
                (
                    k
                    for k in range(end - 1, max(0, end - 14), -1)
                    if tokens[k].text == tokens[j].text
                ),
                -1,
            )
            before = next((m for m in candidates if m.last == opening), None)
            if opening > 0 and tokens[j].text == "-":
                before = next((m for m in candidates if m.last == opening - 1), None)
            return before or next((m for m in candidates if m.last == end), None)
        found = next((m for m in candidates if m.last == j + 1), None)
        while (
            found is not None
            and (found.best.type == "Jurisdiction" or found.kind == "weak")
            and found.first > 1
            and tokens[found.first - 1].lower in PLACE_PREPS
            and tokens[found.first - 1].lower not in OF
        ):
            # "the operators of the bunker in Zorbland were sentenced": where the subject is
            # (a place, or a name no reading knows), not the subject; the name right before
            # the place's preposition is ("Quillo Labs in Zorbland was sued")
            at = found.first - 1
            found = next((m for m in candidates if m.last == at), None)
        if found is None and not VERB_FINAL[language]:
            found = self._resident(candidates, j + 1)
        if found is None and not VERB_FINAL[language] and j > 2:
            # "X, which sells ads was fined by Y": a relative clause that no comma closes
            # ends before the main verb's auxiliaries; its antecedent is the subject
            found = self._unclosed_relative(candidates, j)
        if found is None and not VERB_FINAL[language]:
            # "X and its executives were charged": the name the member phrase is joined to
            found = self._joined_to_members(candidates, j)
        if found is None and not VERB_FINAL[language]:
            # "A and B were arrested in Argentina and charged with fraud": a participle
            # joined to an earlier passive shares its subject
            earlier = self._joined_passive(t0)
            if earlier >= 0:
                found = self._subject(candidates, earlier)
        if found is not None and VERB_FINAL[language] and self._governed(found):
            return None  # "werden de verdachten door het OM aangeklaagd": the agent, no subject
        return found

    def _before_time(self, j: int) -> int:
        """The token before a date of the sentence that ends at token j, with the preposition
        that opens it and the commas that set it off ("X on Monday", "X, in March,"); j
        itself when no date ends there."""
        tokens = self.tokens
        if j < 1:
            return j
        comma = tokens[j].text == ","
        k = j - 1 if comma else j
        start = tokens[k].start
        date = next((d for d in self.dates if d.start <= start < d.end), None)
        if date is not None:
            while k > 0 and date.start <= tokens[k - 1].start:
                k -= 1
            if k > 0 and tokens[k - 1].lower in PREPOSITIONS:
                k -= 1
        elif time_word(tokens[k].lower):
            # a time no publication date resolves ("X on Monday fined Y" in an undated text):
            # its words, with the preposition that opens them
            while k > 0 and (time_word(tokens[k - 1].lower) or tokens[k - 1].text.isdigit()):
                k -= 1
            if k < 2 or not time_opener(tokens[k - 1].lower):
                return j
            k -= 1
        else:
            return j
        if comma:
            if k < 2 or tokens[k - 1].text != ",":
                return j
            k -= 1
        return k - 1

    def _joined_to_members(self, candidates: list[Mention], j: int) -> Mention | None:
        """The name before "and" when a phrase of the people who belong to it ends at token
        j ("X and its executives", "X and two of its founders"): the name is one of the
        subject's parties, the people unnamed."""
        tokens = self.tokens
        if j < 2 or not _member_noun(tokens[j].lower):
            return None
        k = j - 1
        while k > 0 and k >= j - _MEMBER_PHRASE and tokens[k].lower not in AND and (
            tokens[k].lower in POSSESSIVES or tokens[k].lower in OF
            or tokens[k].lower in NUMBERS or (tokens[k].text.isalpha() and tokens[k].text.islower())
        ):  # fmt: skip
            k -= 1
        if k == j - 1 or tokens[k].lower not in AND:
            return None
        return next((m for m in candidates if m.last == k), None)

    def _unclosed_relative(self, candidates: list[Mention], j: int) -> Mention | None:
        """The name before ", which" when the words from the relative pronoun to token j
        (the last before a verb's auxiliaries) are the relative clause's own: no name, no
        punctuation, no pronoun or "that" of a clause of their own, no verb of speech
        ("X, which sells ads was fined", not "X, which says its owner was fined")."""
        tokens = self.tokens
        language = self.language
        relatives = RELATIVES[language]
        stops = RELATIVE_CLAUSE_STOPS.get(language, frozenset())
        speech = SPEECH_VERBS.get(language, frozenset())
        say = SAY_BY_LANGUAGE.get(language, frozenset())
        for k in range(j, max(0, j - _UNCLOSED_RELATIVE_REACH), -1):
            token = tokens[k]
            lower = token.lower
            if lower in relatives:
                if k == j or tokens[k - 1].text != ",":
                    return None
                return next((m for m in candidates if m.last == k - 1), None)
            if (
                not token.text[:1].isalnum()
                or token.text[:1].isupper()
                or lower in stops
                or lower in speech
                or lower in say
                or any(m.first <= k < m.last for m in self.mentions)
            ):
                return None
        return None

    def _joined_passive(self, t0: int) -> int:
        """The earlier passive participle that "and" joins the word at t0 to ("were
        arrested in Argentina and charged", "was detained and later indicted"): its index,
        or -1. No party's name, ";" or relative pronoun may stand between the two."""
        tokens = self.tokens
        k = t0 - 1
        while k > 0 and tokens[k].lower in ADVERBS:
            k -= 1
        if k < 2 or tokens[k].lower not in AND:
            return -1
        aux = PASSIVE_AUX[self.language]
        endings = PARTICIPLE_ENDINGS[self.language]
        names = [m for m in self.mentions if m.best.type in _PARTY_TYPES]
        for i in range(k - 1, max(0, k - _COORDINATED_REACH), -1):
            if tokens[i].text in ";:" or tokens[i].lower in RELATIVES[self.language]:
                return -1
            if any(m.first <= i < m.last for m in names):
                return -1
            if tokens[i].lower in aux and i + 1 < k and tokens[i + 1].lower.endswith(endings):
                return i + 1
        return -1

    def _hedge_source(self, m: Mention) -> bool:
        """Is the name the source a hedge phrase cites ("according to X")? It opens the
        sentence's report, no list of the names after it."""
        tokens = self.tokens
        j = m.first
        while j > 0 and tokens[j - 1].lower in ARTICLES:
            j -= 1
        for phrase in HEDGE_PHRASES.get(self.language, ()):
            size = len(phrase)
            if j >= size and tuple(t.lower for t in tokens[j - size : j]) == phrase:
                return True
        return False

    def _resident(self, candidates: list[Mention], end: int) -> Mention | None:
        """The person a place of residence follows, when the place ends at `end` ("Ormek
        Vadim of Ohio was charged", "Ormek Vadim of Riga, Latvia was charged", "Ormek Vadim
        of Tallinn faces charges"): the name before "of", over a town that a comma parts
        from its state or country."""
        k = _residence_start(self.tokens, self.mentions, end)
        if k < 1:
            return None
        k = _resident_end(self.tokens, self.mentions, k)  # "Ormek Vadim, 35, of Riga"
        return next((m for m in candidates if m.last == k and m.best.type == "Person"), None)

    def _shared_subject(self, candidates: list[Mention], j: int) -> Mention | None:
        """The subject a predicate with none of its own shares with the clause before its
        coordinator at j ("X, which runs 18 sites, had failed to do this, so was fined"):
        the nearest name before it, when an auxiliary follows that name (over an
        apposition set off by commas). An object before it ("sued Y, and was fined") is
        followed by no auxiliary: no subject then."""
        tokens = self.tokens
        k = j - 1 if tokens[j - 1].text == "," else j
        before = [m for m in candidates if m.last <= k]
        if not before:
            return None
        m = max(before, key=lambda c: c.last)
        if (
            m.first > 1
            and tokens[m.first - 1].lower in AGENT_PREPS[self.language]
            and self.passive(m.first - 2)
        ):  # "X was founded by Y in 2014 and was sued by Z": the agent of the passive before
            # the coordinator is none; that passive's subject is the shared one
            return self._subject(candidates, m.first - 2)
        after = m.last
        if after < k and tokens[after].text == ",":  # over ", which runs 18 sites,"
            after = next((i + 1 for i in range(after + 1, min(k, after + 14))
                          if tokens[i].text == ","), after)  # fmt: skip
        verbs = _AUXILIARY_VERBS[self.language]
        return m if after < k and tokens[after].lower in verbs else None

    def _list_head(self, candidates: list[Mention], m: Mention, t0: int) -> Mention:
        """The first name of a comma list that m continues ("Kletsmaat, Praatplein en
        Babbelbox kregen een boete": the comma after Kletsmaat opens m's clause, yet the
        list's conjunction before the verb makes all three the subject), else m."""
        tokens = self.tokens
        firsts = {c.first for c in candidates}
        if not any(
            tokens[j].lower in AND and _name_opens(tokens, j) in firsts
            for j in range(m.last, min(t0, m.last + _LIST_REACH))
        ):
            return m
        head = m
        while True:
            k = head.first - 1
            if k >= 1 and tokens[k].lower in ARTICLES:
                k -= 1
            if k < 1 or tokens[k].text != ",":
                break
            before = next((c for c in candidates if c.last == k), None)
            if before is None:
                break
            head = before
        return head

    def _inverted_subject(self, candidates: list[Mention], lo: int, t0: int) -> Mention | None:
        """The subject after the finite verb of a main clause that an adverbial opens
        ("Onlangs kreeg Booking.com een boete", "In 2021 kreeg het bedrijf ..."): the verb
        stands second, its subject right after it (over an article). Only when no name
        stands before the verb in its clause, and the verb opens the trigger."""
        tokens = self.tokens
        if lo != 0:
            # "Ook in Groot-Brittannië, waar ..., kreeg X een boete", "Nadat ..., werd X
            # beboet": a fronted adverbial or clause that a comma closes right before the verb
            opening = {t.lower for t in tokens[:2]}
            if not (
                tokens[lo].text == ","
                and t0 == lo + 1
                and not (
                    PREPOSITIONS.isdisjoint(opening)
                    and SUBORDINATORS[self.language].isdisjoint(opening)
                )
            ):
                return None
        elif (
            t0 == 0
            or t0 > 4
            # a name a preposition governs is part of the adverbial ("Ook in Duitsland kreeg X")
            or any(m.first < t0 and not self._governed(m) for m in self.mentions)
            # punctuation before the verb: no single opening adverbial
            # (a hyphenated name is one word: "Ook in Groot-Brittannië kreeg X")
            or any(not (t.text.replace("-", "").isalnum() or t.text == "-") for t in tokens[lo:t0])
        ):
            return None
        clause = tokens[t0].clause
        for m in candidates:
            # over an article and a type noun ("kreeg het boekingsplatform X")
            if (
                t0 < m.first <= t0 + 3
                and tokens[m.first].clause == clause
                and all(
                    t.lower in ARTICLES or type_of(t.lower, self.language) is not None
                    for t in tokens[t0 + 1 : m.first]
                )
            ):
                return m
        return None

    def _apposed_subject(self, candidates: list[Mention], comma: int) -> Mention | None:
        """The subject of a clause that an apposition ends ("De eigenaar van Serverhuis,
        Kees de Vries, is veroordeeld"): the name before the apposition (role_apposition
        then reads the role's holder), else the apposition's name itself."""
        tokens = self.tokens
        inner = next((m for m in self.mentions if m.last == comma), None)
        if inner is None:
            return None
        if inner.first > 1 and tokens[inner.first - 1].text == ",":
            outer = next((m for m in candidates if m.last == inner.first - 1), None)
            if outer is not None:
                return outer
        outer = self._described_outer(candidates, inner.first)
        if outer is not None:
            return outer
        return inner if inner in candidates else None

    def _described_outer(self, candidates: list[Mention], first: int) -> Mention | None:
        """The name that a lower-case apposition describes ("Meta, moederbedrijf van
        Facebook en Instagram, kreeg een boete": Meta, not the platforms named inside the
        description): the apposition opens with a comma after that name and a lower-case
        word, and holds an "of" before the names at its end."""
        tokens = self.tokens
        for k in range(first - 1, max(0, first - 16), -1):
            if tokens[k].text != ",":
                continue
            opener = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if not opener[:1].islower() or opener.lower() in CONJUNCTIONS:
                return None
            if not any(t.lower in OF for t in tokens[k + 1 : first]):
                return None
            return next((m for m in candidates if m.last == k), None)
        return None

    def _role_phrase_at(self, i: int) -> Mention | None:
        """The holder named in apposition to a role phrase that starts at token i ("the
        owner of hosting company Serverhuis, Kees Vroom"), if there is one."""
        tokens = self.tokens
        while i < len(tokens) and tokens[i].lower in SKIPPABLE:
            i += 1
        for width in (2, 1):
            words = " ".join(t.lower for t in tokens[i : i + width])
            role = words in ROLES or (width == 1 and _company_role(words))
            if role and i + width < len(tokens) and tokens[i + width].lower in OF:
                after = [m for m in self.mentions if i + width < m.first <= i + width + 4]
                if after:
                    return self.role_apposition(min(after, key=lambda m: m.first))
        return None

    def role_apposition(self, mention: Mention) -> Mention | None:
        """The person a role phrase names in apposition ("de topman van Glimmerchat, Piet
        Jansen", "the owner of hosting company Serverhuis, Kees de Vries"): the party is the
        role's holder, not the company the role is of."""
        tokens = self.tokens
        comma = mention.last
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return None
        person = next(
            (m for m in self.mentions if m.first == comma + 1 and m.option_for(("Person",))),
            None,
        )
        company = None
        if person is None:  # "the maker of the app X, Y Studios": a company holds it
            company = next(
                (m for m in self.mentions
                 if m.first == comma + 1 and m.option_for(_COMPANY_ENDS)),
                None,
            )  # fmt: skip
            if company is None:
                return None
        j = mention.first - 1
        while j > max(0, mention.first - 5) and (
            tokens[j].lower in SKIPPABLE
            or type_of(tokens[j].lower, self.language) is not None
            or (tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].lower not in OF)
        ):  # "de topman van het hostingbedrijf X", "the owner of hosting company X"
            j -= 1
        if j < 1 or tokens[j].lower not in OF:
            return None
        role = tokens[j - 1].lower
        if company is not None:
            return company if _company_role(role) else None
        two = f"{tokens[j - 2].lower} {role}" if j > 1 else ""
        return person if role in ROLES or two in ROLES else None

    def inverted(self, t0: int) -> bool:
        """Does the verb at t0 stand second in a verb-second main clause, after a fronted
        adverbial, date or prepositional phrase ("In 2019 wijzigde X de Y", "Daarna haalde
        de FBI X offline")? Then its subject and object follow it."""
        if not VERB_FINAL[self.language]:
            return False
        tokens = self.tokens
        lo = self._clause_bounds(tokens[t0].clause)[0]
        if lo != 0 or not 0 < t0 <= _FRONTED or tokens[t0].lower in PREPOSITIONS:
            return False  # only a main clause opening the sentence; a verb, not "uit ..."
        first = tokens[0].lower
        if (
            first in SUBORDINATORS[self.language] and not fronted_time(first, tokens[1].lower)
        ) or first in DEFINITE[self.language]:
            return False  # "De rechtszaak rond de site leidde tot": a subject before the verb
        if first in INDEFINITE or first in PROSECUTION_NOUNS[self.language]:
            return False  # "Justitie vervolgt X": the prosecution is the subject
        definite = DEFINITE[self.language]
        for m in self.mentions:
            if lo <= m.first < t0:
                k = m.first - 1
                while k > 0 and (tokens[k].lower in definite or tokens[k].lower in INDEFINITE):
                    k -= 1  # "Onder de WAMCA begon X": the article after the preposition
                before = tokens[k].lower if k >= 0 else ""
                if (
                    before not in PREPOSITIONS
                    and before not in AGENT_PREPS[self.language]
                    and before not in LAW_PREPS
                ):
                    return False  # a subject stands before the verb
        return True

    def verb_last(self, t0: int, t1: int) -> bool:
        """Does the trigger end a subordinate clause of a verb-final language with its
        subject and object both before it ("dat X Y heeft aangeklaagd", "omdat de AP X
        beboette")? Then the clause's first name is the subject, the next one the object."""
        return len(self._verb_last_groups(t0, t1)) >= 2

    def verb_last_subject_only(self, t0: int, t1: int) -> bool:
        """Does an active verb-final clause name only its subject, right after its opening
        auxiliary or subordinator ("Daarnaast heeft de ACM vier aanbieders beboet", "omdat
        de AP twee webwinkels beboette")? The object is no name, so the name is no party
        fined. Not when a pronoun stands first ("heeft zij Zorvik beboet")."""
        groups = self._verb_last_groups(t0, t1)
        if len(groups) != 1:
            return False
        tokens = self.tokens
        lo = self._clause_bounds(tokens[t0].clause)[0]
        if tokens[lo].lower not in SUBORDINATORS[self.language]:
            opening = tokens[lo].text
            lo = self._inverted_auxiliary(lo, t0)
            if (
                lo < 0
                or not (
                    opening in NOT_NAME_START  # "Vorig jaar", "Daarom", "In maart"
                    or pronominal_adverb(opening, self.language)  # "Daarnaast"
                    or any(t.text.isdigit() for t in tokens[:lo])  # "Eind 2023"
                )
            ):
                return False  # "Ouders hebben X aangeklaagd": a subject opens the clause
        if tokens[lo].lower in PASSIVE_AUX[self.language]:
            return False
        k = lo + 1
        if k < len(tokens) and tokens[k].lower in ARTICLES:
            k += 1
        return groups[0][0].first == k

    def _verb_last_groups(self, t0: int, t1: int) -> list[list[Mention]]:
        """The ungoverned names of a verb-final subordinate clause before its verb, joined
        in groups by coordination ("dat A en B C hebben aangeklaagd": [A, B], [C]); empty
        when the clause is no such clause or a name follows the verb in it."""
        if not VERB_FINAL[self.language]:
            return []
        tokens = self.tokens
        clause = tokens[t0].clause
        lo, hi = self._clause_bounds(clause)
        if not lo < t0:
            return []
        if tokens[lo].lower not in SUBORDINATORS[self.language]:
            # "Vorige week heeft de AP X beboet": a main clause whose auxiliary stands second,
            # after a fronted part; its subject and object follow the auxiliary
            lo = self._inverted_auxiliary(lo, t0)
            if lo < 0:
                return []
        elif (
            tokens[lo].lower in RELATIVES[self.language]
            and lo > 0
            and (tokens[lo - 1].text == "," or any(m.last == lo for m in self.mentions))
        ):
            return []  # "X, dat Y ...": a relative pronoun may be the subject itself
        inside = sorted(
            (m for m in self.mentions if lo < m.first and m.last <= hi),
            key=lambda m: m.first,
        )
        if any(m.first >= t1 and not self._governed(m) for m in inside):
            return []  # a name after the verb: no verb-final clause
        groups: list[list[Mention]] = []
        last = -1
        for m in inside:
            if m.last > t0 or self._governed(m) or self._agent_marked(m):
                continue
            between = [tokens[j].lower for j in range(last, m.first)] if last >= 0 else []
            if groups and between and all(w in CONJUNCTIONS for w in between):
                groups[-1].append(m)
            else:
                groups.append([m])
            last = m.last
        return groups

    def _inverted_auxiliary(self, lo: int, t0: int) -> int:
        """The auxiliary that stands second in the sentence's opening main clause, after a
        fronted adverbial, date or prepositional phrase and before the verb at t0
        ("Vorige week heeft de AP X beboet", "In 2019 had Meta Y overgenomen"): its index,
        else -1. Not after a subject ("De AP heeft X beboet") or a name no preposition
        governs."""
        if lo != 0 or not VERB_FINAL[self.language]:
            return -1
        tokens = self.tokens
        first = tokens[0].lower
        second = tokens[1].lower if len(tokens) > 1 else ""
        language = self.language
        if (
            (first in SUBORDINATORS[language] and not fronted_time(first, second))
            or first in DEFINITE[language]
            or first in INDEFINITE
        ):
            return -1
        finite = AUXILIARIES[language] - ADVERBS
        aux = next((j for j in range(1, min(t0, _FRONTED + 1)) if tokens[j].lower in finite), -1)
        if aux < 0 or any(not t.text.replace("-", "").isalnum() for t in tokens[:aux]):
            return -1
        for m in self.mentions:
            if m.first < aux and not self._governed(m):
                return -1  # a subject stands before the auxiliary
        return aux

    def _after_inverted_verb(self, candidates: list[Mention], t0: int) -> list[Mention]:
        """The names after an inverted verb, in its clause, that no preposition governs:
        its subject, then its object (inside a split trigger too: "haalde X offline")."""
        tokens = self.tokens
        clause = tokens[t0].clause
        out = []
        for m in candidates:
            if m.first > t0 and tokens[m.first].clause == clause:
                # (a word of a name is no preposition: "het OM Zorbix", not "om")
                before = tokens[m.first - 1]
                before_word = before.lower if before.text.islower() else ""
                if (
                    before_word not in PREPOSITIONS
                    and before_word not in AGENT_PREPS[self.language]
                ):
                    out.append(m)
        return sorted(out, key=lambda m: m.first)

    def _prosecution_after(self, t0: int) -> bool:
        """Does a prosecution noun that no name holds stand right after the verb at t0, an
        article at most between ("In maart vervolgde (de) justitie X")? It is the inverted
        clause's subject."""
        tokens = self.tokens
        j = t0 + 1
        if j < len(tokens) and tokens[j].lower in DEFINITE[self.language]:
            j += 1
        return (
            j < len(tokens)
            and tokens[j].lower in PROSECUTION_NOUNS[self.language]
            and not any(m.first <= j < m.last for m in self.mentions)
        )

    def _later_verbs_agent(self, t1: int, m: Mention) -> bool:
        """Is the agent after the trigger that of a later passive verb that "and" joins to it
        ("Quixly was founded in 2014 and was sued in 2020 by X": X sued)?"""
        return m.first > t1 and self._joined_verb_between(t1, m.first)

    def _joined_verb_between(self, lo: int, hi: int) -> bool:
        """Does a coordinator in tokens[lo:hi] open a verb phrase of its own: auxiliaries or
        adverbs, then an inflected verb at or before hi ("... in 2014 and was sued")? What
        stands on either side of it belongs to a different verb ("founded and run by X", no
        auxiliary, shares its words)."""
        tokens = self.tokens
        skip = _VERB_PHRASE_WORDS[self.language]
        for i in range(max(0, lo), min(hi, len(tokens)) - 1):
            if tokens[i].lower not in AND:
                continue
            k = i + 1
            while k <= hi and k < len(tokens) and tokens[k].lower in skip:
                k += 1
            if k > i + 1 and k <= hi and k < len(tokens):
                verb = tokens[k]
                if verb.text.isalpha() and verb.text.islower() and verb.lemma != verb.lower:
                    return True
        return False

    def _possessor_of_noun(self, m: Mention) -> bool:
        """Is the name a possessive before a lower-case noun that no pack types ("by
        Zorblat's partners")? The noun is who acts; the name only says whose it is (not "by
        Ruritania's regulator", "by Zorblat's parent company": a body or company noun)."""
        tokens = self.tokens
        if m.last >= len(tokens) or not _possessive(tokens[m.last - 1].text):
            return False
        after = tokens[m.last]
        return (
            after.text.isalpha()
            and after.text.islower()
            and type_of(after.lower, self.language) is None
            and after.lower not in ROLES
            and after.lower not in OPERATOR_NOUNS
        )

    def _owns_unread(self, m: Mention) -> bool:
        """Is the name an owner's possessive before a capitalised word no mention reads
        ("against Elon Musk's X")? What it owns is the end, not the owner."""
        tokens = self.tokens
        if m.last >= len(tokens) or not _possessive(tokens[m.last - 1].text):
            return False
        after = tokens[m.last]
        return after.text[:1].isupper() and not any(o.first == m.last for o in self.mentions)

    def _right(self, candidates: list[Mention], t0: int, t1: int) -> Mention | None:
        agents = AGENT_PREPS[self.language]
        # the name right after a trigger of several words, which ends in its preposition
        # ("een onderzoek naar Zorbix door de ACM", "the investigation into Zorbix, the FTC
        # said"), is its object, also when unknown and a known name follows further on
        next_to = [
            m for m in candidates
            if m.first == t1 and m.kind == "weak" and t1 - t0 > 1
            and self.tokens[t1 - 1].text.isalpha() and self.tokens[t1 - 1].text.islower()
            # (not "tegen"/"against": that slot is read on its own, and a relative clause's
            # subject stands right of "de rechtszaak die ... tegen X")
            and self.tokens[t1 - 1].lower not in AGAINST[self.language]
            and not _possessive(self.tokens[m.last - 1].text)
        ]  # fmt: skip
        if next_to:
            return next_to[0]
        right = _strong([m for m in candidates if m.first > t0 and m.first - t1 <= _MAX_DISTANCE
                         and not self._owns_unread(m)
                         # "the complaint, filed by the FTC, accuses X": the agent within
                         # the trigger's words is not what it is about
                         and not (m.first < t1 and any(
                             t.lower in agents for t in self.tokens[t0 : m.first]))])  # fmt: skip
        # an owner's name that only qualifies a noun ("after Visa's decision") is an end
        # only when no plain name follows, or right after the trigger ("an investigation
        # into Apple's handling of ...": Apple is investigated)
        adjacent = [
            m for m in right
            if m.first == t1 and _possessive(self.tokens[m.last - 1].text)
            and m.last < len(self.tokens) and self.tokens[m.last].text[:1].islower()
        ]  # fmt: skip
        if adjacent:
            return adjacent[0]
        plain = [m for m in right if not _possessive(self.tokens[m.last - 1].text)]
        right = plain or right
        if not right:
            return None
        chosen = min(right, key=lambda m: m.first)
        if chosen.kind != "weak" and _of_maker(self, chosen):
            # "vervolgt Quillon Labs, de maker van de chatapp Quillon": the name the maker
            # noun describes, though only the app's name is typed (so strong)
            before = [m for m in candidates if t0 < m.first < chosen.first
                      and m.first - t1 <= _MAX_DISTANCE]  # fmt: skip
            if before:
                return min(before, key=lambda m: m.first)
        return chosen

    def _over_apposed_role(self, j: int, markers: frozenset[str]) -> int:
        """Where a marker stands before a role noun whose holder follows in apposition
        ("against the company's secretive parent, X", "tegen het moederbedrijf, X"): the
        marker's index, else j unchanged."""
        tokens = self.tokens
        if j < 2 or tokens[j].text != ",":
            return j
        noun = tokens[j - 1].lower
        if not (noun in DESCRIPTIVE or noun in ROLES or type_of(noun, self.language) is not None):
            return j
        for k in range(j - 2, max(-1, j - 8), -1):
            if tokens[k].lower in markers:
                return k
            if tokens[k].text in ",;:":
                return j
        return j

    def _described_head(self, j: int, markers: frozenset[str]) -> int:
        """The first of up to three words ending at j (a lower-case head noun and its
        modifiers: "online retailer", "Utah-based online retailer"), with room for an article and a marker before; -1 when
        there are none."""
        k = j
        while (
            k >= 2
            and j - k < 3
            and (
                (self.tokens[k].text.isalpha() and self.tokens[k].text.islower())
                or (k < j and adjectival(self.tokens[k].text))  # "the Utah-based online retailer"
            )
            and self.tokens[k].lower not in markers
            and self.tokens[k].lower not in PREPOSITIONS
            and self.tokens[k].lower not in ARTICLES
        ):
            if self.tokens[k - 1].lower in ARTICLES:
                return k
            k -= 1
        return -1

    def _after_marker(
        self, candidates: list[Mention], markers: frozenset[str], t0: int, either_side: bool
    ) -> Mention | None:
        found = []
        for m in candidates:
            if not either_side and m.first < t0:
                continue
            j = m.first - 1
            # "owned by the Chinese Zorblat": over a nationality that describes the name
            while j >= 0 and (
                self.tokens[j].lower in SKIPPABLE or self.tokens[j].text in JURISDICTION_ADJECTIVES
            ):
                j -= 1
            j = self._over_apposed_role(j, markers)
            # "against payment processor X": over the role noun and its modifiers
            if j >= 0 and type_of(self.tokens[j].lower, self.language) is not None:
                k = j - 1
                while (
                    k >= 0 and k >= j - 3
                    and (
                        self.tokens[k].text[:1].islower()
                        or _ACRONYM(self.tokens[k].text)
                        or adjectival(self.tokens[k].text)  # "Chinese-based company X"
                        or self.tokens[k].text in JURISDICTION_ADJECTIVES  # "de Noorse"
                    )
                    and self.tokens[k].lower not in markers
                    and not (k >= 1 and self.tokens[k].lower in OF
                             and (self.tokens[k - 1].lower in ROLES
                                  or self.tokens[k - 1].lower in OPERATOR_NOUNS))
                ):  # fmt: skip  # "against the AI startup X"
                    k -= 1
                j = k
            elif (
                (k := self._described_head(j, markers)) >= 0
                and self.tokens[k - 1].lower in ARTICLES
                and self.tokens[k - 2].lower in markers
                and m.best.type != "Person"
            ):
                j = k - 2  # "tegen de maaltijdbezorger X", "against the online retailer X": a
                # head noun the pack lacks (and a modifier before it), after the article
                # that follows the marker
            elif (
                j >= 1
                and m.best.type == "Person"
                and (
                    (self.tokens[j].text.isalpha() and self.tokens[j].text.islower())
                    or self.tokens[j].lower.endswith(AGE_ENDINGS)  # "by 46-year-old X"
                )
                and self.tokens[j - 1].lower in markers
            ):
                j -= 1  # "by programmer Aaron Vale", "door ondernemer Jan de Wit"
            elif (
                j >= 2
                and m.best.type == "Person"
                and self.tokens[j].lower.endswith(AGE_ENDINGS)
                and self.tokens[j - 1].lower in ARTICLES
                and self.tokens[j - 2].lower in markers
            ):
                j -= 2  # "tegen de 31-jarige Jan de Wit", "against the 31-year-old X"
            elif (
                j >= 1
                and m.best.type != "Person"
                and self.tokens[j].text.isalpha()
                and self.tokens[j].text.islower()
                and self.tokens[j].lower not in markers
                and self.tokens[j].lower not in PREPOSITIONS
                and self.tokens[j].lower not in ARTICLES
                and self.tokens[j - 1].lower in markers
                and self.tokens[j - 1].lower in AGAINST[self.language]
            ):
                j -= 1  # "tegen bezorgdienst X": a bare head noun the pack lacks (after
                # "against" only: "to avoid X's fees" is a verb after "to")
            # "tegen de eigenaar van het forum X, Y": over a role of X (its holder, in
            # apposition, is the party: _role_holder_apposed)
            # ("tegen de aanbieders van het platform X": over who runs X, to X)
            if (
                j >= 1
                and self.tokens[j].lower in OF
                and (
                    self.tokens[j - 1].lower in ROLES or self.tokens[j - 1].lower in OPERATOR_NOUNS
                )
            ):
                j -= 2
                while j >= 0 and self.tokens[j].lower in SKIPPABLE:
                    j -= 1
            if j >= 0 and self.tokens[j].lower in markers:
                if j >= 1 and self.tokens[j - 1].lower in AUTHORED_WORKS[self.language]:
                    continue  # "sued over compositions by X and Y": the works' authors
                found.append(m)
        if not found:
            return None
        chosen = min(found, key=lambda m: abs(m.first - t0))
        if _possessive(self.tokens[chosen.last - 1].text):
            # "a lawsuit against Zorblat Inc.'s Chatterly": what the owner's name qualifies,
            # as after a verb ("sued Meta's Instagram")
            return next((m for m in candidates if m.first == chosen.last), chosen)
        return chosen

    def _outside_asides(self, candidates: list[Mention], t0: int) -> list[Mention]:
        """The candidates for a trigger's agent but those an aside (set off on both sides)
        keeps apart from it: one before the trigger inside an aside of its own ("X, founded
        by Y in 2014, was sued": Y is the agent of the aside's participle, never of the
        trigger; "Zorbix, dat door Y werd opgericht, is aangeklaagd"), and one after a
        trigger that stands in an aside ("X, founded in 2014, was sued by Y": Y founded
        nothing)."""
        segment = self.segment
        enclosed = self.enclosed
        own = segment[min(t0, len(segment) - 1)]
        return [
            m for m in candidates
            if segment[m.first] == own
            or not enclosed.get(own if m.first > t0 else segment[m.first])
        ]  # fmt: skip

    def _described_after_marker(
        self, candidates: list[Mention], t0: int, t1: int
    ) -> Mention | None:
        """The first name after the trigger's "against" when only a description stands
        between ("tegen de Chinese webwinkel X", "tegen de marktleider in online handel X"):
        at most six words, none of them a possessive "of", an agent's "by" or a relative
        pronoun (whose name is no party), no other name, in the marker's clause."""
        markers = AGAINST[self.language]
        tokens = self.tokens
        k = next((i for i in range(t0, min(t1 + 2, len(tokens))) if tokens[i].lower in markers), -1)
        if k < 0:
            return None
        after = sorted((m for m in self.mentions if m.first > k), key=lambda m: m.first)
        while (  # a capitalised adjective is a description word ("de Chinese webwinkel")
            len(after) > 1
            and after[0] not in candidates
            and after[0].last == after[0].first + 1
            and tokens[after[0].last].text.isalpha()
            and tokens[after[0].last].text.islower()
        ):
            after = after[1:]
        if not after or after[0] not in candidates or after[0].first - k - 1 > 6:
            return None
        chosen = after[0]
        between = tokens[k + 1 : chosen.first]
        if any(
            not t.text.isalpha()
            or t.lower in OF
            or t.lower in AGENT_PREPS[self.language]
            or t.lower in RELATIVES[self.language]
            or t.clause != tokens[k].clause
            for t in between
        ):
            return None
        return chosen

    def pick(
        self,
        types: tuple[str, ...],
        side: str,
        t0: int,
        t1: int,
        exclude: tuple[Mention, ...] = (),
        parties: bool = False,
    ) -> list[tuple[Mention, Option]]:
        if side == "none" or not types:
            return []
        candidates = [m for m in self._fitting(types, t0, t1) if m not in exclude]
        if side == "within":
            # the name the trigger's own words hold ("its Quixly app", "their Quixly and
            # Vindr apps"), else the name right after them ("its chat app Quixly")
            inside = [m for m in candidates if t0 < m.first and m.last < t1]
            if inside:
                return self.coordinated(min(inside, key=lambda m: m.first), types)
            side = "next"
        if side == "person_possessor":
            # what "his"/"her" stands for: the nearest person before it in its clause ("X
            # wrote on his Quixly platform")
            clause = self.tokens[t0].clause
            people = [m for m in candidates if m.last <= t0 and m.best.type == "Person"
                      and self.tokens[m.first].clause == clause]  # fmt: skip
            if not people:
                return []
            speaker = max(people, key=lambda m: m.last)
            option = speaker.option_for(types)
            return [(speaker, option)] if option is not None else []
        if side == "apposed":
            # "its video website, Quixly.tv,": the name right after the trigger's comma,
            # closed by a comma or the sentence's end (no clause: "its site, which X hosts")
            tokens = self.tokens
            fit = [
                m for m in candidates
                if m.first == t1 and (m.last >= len(tokens) or tokens[m.last].text in _APPOSITION_CLOSERS)
            ]  # fmt: skip
            option = fit[0].option_for(types) if fit else None
            return [(fit[0], option)] if fit and option is not None else []
        if side in ("named_before", "possessive_owner"):
            # "Brelco's Quixly app": the name right before the trigger's noun, and the name
            # whose possessive stands right before that one
            named = [m for m in self.mentions if m.last == t0]
            if side == "named_before":
                fit = [m for m in candidates if m in named]
            else:
                fit = [
                    m for m in candidates
                    if any(m.last == h.first for h in named)
                    and _possessive(self.tokens[m.last - 1].text)
                ]  # fmt: skip
            if not fit:
                return []
            option = fit[0].option_for(types)
            return [(fit[0], option)] if option is not None else []
        if side == "possessor":
            # what "its" stands for: the nearest company before it, never a person nor a
            # platform (a platform owns nothing: "X, alleging that Y, its app, ...")
            # a weak name read first as a platform may be the company ("sued Zorblat over its
            # video app Quixly"); never the name a comma sets its apposition after ("Quixly,
            # its chat app")
            before = [m for m in candidates if m.last <= t0
                      and m.best.type != "Person"
                      and (m.best.type != "Platform"
                           or (m.kind == "weak" and m.option_for(("Organization",)) is not None))
                      and not (m.last == t0 and self.tokens[t0].text == ",")]  # fmt: skip
            if not before:
                return []
            chosen_owner = max(before, key=lambda m: m.last)
            option = chosen_owner.option_for(types)
            return [(chosen_owner, option)] if option is not None else []
        if parties:  # "Backpage executives" are not Backpage (but "Backpage's owner" is)
            candidates = [
                m
                for m in candidates
                if (m.last >= len(self.tokens)
                    or t0 <= m.last < t1
                    or self.tokens[m.last].lower not in HEAD_NOUNS_AFTER)
                and not _compound_modifier(self.tokens, m)
            ]  # fmt: skip
        chosen: Mention | None = None
        if side == "left":
            chosen = self._relative_subject(candidates, t0) or self._left(candidates, t0)
            if (
                chosen is not None
                and self.relation != SUE
                and chosen.last <= t0
                and self.tokens[chosen.first].clause != self.tokens[t0].clause
                and (self._common_subject(t0) or self._common_relative(t0))
            ):
                chosen = None  # "noting that ... whose conduct triggers X": the clause's own
        elif side == "right":
            chosen = self._right(candidates, t0, t1)
            if chosen is not None and self._in_relative_after(chosen, t1):
                # "onderzoek naar X, dat eigendom is van Y": Y is no object, X is, though
                # Y is the stronger name ("vervolgt Piet Kalvan, die de site Y runde")
                before = [m for m in candidates if m.first < chosen.first
                          and not self._in_relative_after(m, t1)]  # fmt: skip
                chosen = self._right(before, t0, t1) if before else None
        elif (
            side == "any"
            and self.relation == "OWNS"
            and (relative := self._relative_subject(candidates, t0)) is not None
        ):
            # "A, B and C, which acquired X": the name the relative pronoun stands for, not
            # the names listed before it
            option = relative.option_for(types)
            return [(relative, option)] if option is not None else []
        elif side == "any" and self._common_relative(t0):
            # "websites that host X": the relative stands for the bare noun before it, the
            # verb's subject; only an object after the verb is an end
            clause = self.tokens[t0].clause
            chosen = self._right(
                [m for m in candidates if self.tokens[m.first].clause == clause], t0, t1
            )
        elif side == "any":
            segment = self.segment
            own = segment[t0]
            same = _strong(
                [m for m in candidates if segment[min(m.first, len(segment) - 1)] == own]
            )
            if same:
                chosen = min(same, key=lambda m: min(abs(t0 - m.last), abs(m.first - t1)))
            else:  # a name after the trigger only from the trigger's own clause
                clause = self.tokens[t0].clause
                chosen = self._left(candidates, t0) or self._right(
                    [m for m in candidates if self.tokens[m.first].clause == clause], t0, t1
                )
        elif side == "subject":
            # ("de boete die de ACM heeft opgelegd": the relative clause's subject imposes)
            chosen = (
                self._relative_clause_subject(candidates, t0, t1)
                or self._subject(candidates, t0)
                or self._decision_subject(candidates, t0)
            )
        elif side == "indirect":
            # "X heeft Y een boete opgelegd": the indirect object, before the trigger but
            # after the subject; else after it ("een boete opgelegd aan Y")
            # the subject of the trigger's verb, also in a relative clause the trigger's
            # noun heads ("de derde boete die de ACM oplegt")
            subject = (
                self._relative_clause_subject(candidates, t0, t1)
                or self._subject(candidates, t0)
                or self._subject(candidates, t1 - 1)
                or self._decision_subject(candidates, t0)
            )
            # the subject's short form in parentheses ("the Data Protection Commission
            # (DPC) imposed a fine on X") is the subject again
            said = subject.best.name if subject is not None else None
            # (in the trigger's clause: "inquiries into X and has issued fines against the
            # giant": X is another clause's)
            # (only where objects stand before the verb: "Ofcom in a statement imposed a
            # fine on X" makes Ofcom no object when its subject is not read)
            before = [m for m in candidates if m.last <= t0 and m is not subject
                      and m.best.name != said and VERB_FINAL[self.language]
                      and self.tokens[m.first].clause == self.tokens[t0].clause]  # fmt: skip
            clause = self.tokens[t1 - 1].clause  # not a name of a clause after it ("nadat ...")
            if not any(self.tokens[m.first].clause == clause and m.first >= t1
                       for m in candidates):  # fmt: skip
                clause = self._amount_after_colon(t1, clause)
            after = [m for m in candidates if m is not subject and m.best.name != said
                     and self.tokens[m.first].clause == clause
                     and not any(self.tokens[j].lower in REASON_PREPS
                                 for j in range(t1, m.first))]  # fmt: skip
            chosen = self._left(before, t0) if before else None
            if chosen is None and not before:
                # "legt X, het moederbedrijf van Y, een boete op": the object right after
                # the verb, in the verb's clause, before an apposition that commas set off;
                # before a name after the fine ("een boete op van 5,3 miljoen euro voor
                # misbruik van het platform Z": Z is what the fine is about)
                verb_clause = self.tokens[t0].clause
                inside = [m for m in candidates if m is not subject and m.best.name != said
                          and t0 < m.first and m.last < t1
                          and self.tokens[m.first].clause == verb_clause]  # fmt: skip
                chosen = min(inside, key=lambda m: m.first) if inside else None
                if chosen is None:
                    chosen = self._right(after, t0, t1)
        elif side in ("v2subject", "v2object"):
            # counted over every name, whatever its type ("klaagde de staat Utah Zorblat
            # Inc. aan": the state is the subject, so the company is the object)
            after = self._after_inverted_verb([m for m in self.mentions if m not in exclude], t0)
            index = 0 if side == "v2subject" else 1
            if self._prosecution_after(t0):
                index -= 1  # "In maart vervolgde justitie X": the subject is no name
            chosen = after[index] if 0 <= index < len(after) else None
            if chosen is not None and chosen not in candidates:
                chosen = None
        elif side in ("vlsubject", "vlobject"):
            groups = self._verb_last_groups(t0, t1)
            index = 0 if side == "vlsubject" else 1
            chosen = groups[index][0] if len(groups) > index else None
            if chosen is not None and chosen not in candidates:
                chosen = None
        elif side == "agent":
            chosen = self._after_marker(
                self._outside_asides(candidates, t0), AGENT_PREPS[self.language], t0, True
            )
            if chosen is not None and self._later_verbs_agent(t1, chosen):
                chosen = None  # "founded in 2014 and was sued in 2020 by X": the suit's
            if chosen is not None and self._possessor_of_noun(chosen):
                chosen = None  # "websites operated by Zorblat's partners": the partners act
        elif side in ("between_first", "between_second"):
            # a case "between A and B": the first party brought the case, the one after the
            # conjunction defends it; the first alone, not as one coordination, the second
            # with the names listed after it ("tussen X en A en B": A and B defend)
            chosen = self._between(candidates, t1, side == "between_second")
            option = chosen.option_for(types) if chosen is not None else None
            if chosen is None or option is None:
                return []
            if side == "between_second":
                return [(m, o) for m, o in self.coordinated(chosen, types)
                        if m is not None and m.first >= chosen.first]  # fmt: skip
            return [(chosen, option)]
        elif side in ("against", "against_described"):
            chosen = self._after_marker(candidates, AGAINST[self.language], t0, False)
            if chosen is None and side == "against_described":
                # "een procedure tegen de Chinese webwinkel X": a head noun not in the pack
                chosen = self._described_after_marker(candidates, t0, t1)
            if chosen is not None and self._owns_unread(chosen):
                chosen = None  # "against Elon Musk's X": X is the party, unread
            if chosen is not None and self._claimant(chosen):
                chosen = None  # "de rechtszaak tegen claimstichting X": X brought it
            if parties and self.relation == SUE:
                # "against Zorblat and Quist owner Vantor": the role's holder, not the names
                # before the role (which the party filter drops when the role follows one)
                qualified = chosen or self._after_marker(
                    [m for m in self._fitting(types, t0, t1) if m not in exclude],
                    AGAINST[self.language],
                    t0,
                    False,
                )
                holder = (
                    self._premodified_holder(qualified, candidates)
                    if qualified is not None
                    else None
                )
                if holder is not None:
                    chosen = holder
            if chosen is not None:  # "against X, and against Y"
                group = self._chained(self.coordinated(chosen, types), candidates, types)
                return self._role_listed(group, candidates, types)
        elif side == "opening":
            # "eist vier jaar cel voor (de 31-jarige) X": the name that ends the noun phrase
            # right after the trigger (not "voor witwassen via X": an offence, no party)
            chosen = self._name_opening(candidates, t1)
        elif side == "to":
            chosen = self._after_marker(candidates, TO[self.language], t0, False)
        elif side == "from":
            chosen = self._after_marker(candidates, FROM[self.language], t0, False)
        elif side == "next":
            endings = PROGRESSIVE_ENDINGS[self.language]
            # a place and its "-based" ("U.S.-based"): part of a modifier, no clause
            # and a place's possessive before a court ("in Ireland's High Court")
            placed = {
                j
                for m in self.mentions
                if m.best.type == "Jurisdiction"
                and (
                    (m.last + 1 < len(self.tokens) and self.tokens[m.last].text == "-")
                    or (
                        self.relation in ("HEARD_BY", "OWNS", "INVOKES")
                        and _possessive(self.tokens[m.last - 1].text)
                    )  # "whose parent is China's Zorblat": the country qualifies the owner;
                    # "for breaking Utah's Consumer Sales Act": the state's own law
                )
                for j in range(m.first, m.last + 1)
            }
            # "op basis van artikel 7 van de AVG": the provision before the law
            provision = self._provision_after(t1) if self.relation == "INVOKES" else set()
            nxt = [
                m
                for m in candidates
                if t1 <= m.first <= t1 + NEXT_WINDOW + len(placed) + len(provision)
                and all(
                    (
                        self.tokens[j].text.replace("-", "").isalpha()  # "the file-sharing site X"
                        or j in placed
                        or (
                            self.relation == "HEARD_BY"
                            and _possessive(self.tokens[j].text)
                            and self.tokens[j].text[:1].isupper()
                        )  # "in Greene County's 5th District Court": the court's seat
                    )  # "U.S.-based internet forum X"
                    and self.tokens[j].lower not in PREPOSITIONS
                    and not (
                        endings
                        and self.tokens[j].lower.endswith(endings)
                        and type_of(self.tokens[j + 1].lower, self.language) is None
                        # "the messaging app X": a modifier after an article, no verb
                        and not (j > t1 and self.tokens[j - 1].lower in SKIPPABLE)
                    )  # "charged X with promoting", but "fined the dating app X"
                    for j in range(t1, m.first)
                    if j not in provision
                )
            ]  # the object right after the trigger ("founded the site X"), not a clause
            chosen = min(nxt, key=lambda m: m.first) if nxt else None
            if chosen is not None and _possessive(self.tokens[chosen.last - 1].text):
                # "sued Snapwave's chief executive, Lena Marsh": the role's holder; "to
                # host Parler's users' content": no name is what is served
                holder = self._role_holder_after(chosen, candidates)
                owner = chosen
                possessed = next(
                    (m for m in candidates if m.first in (owner.last, owner.last + 1)), None
                )  # "sued Meta's Instagram": the platform the owner's name qualifies
                if holder is not None:
                    chosen = holder
                elif self.relation == "SERVICED":
                    chosen = None
                elif possessed is not None:
                    chosen = possessed
            elif chosen is not None:  # "sued Backpage founder Michael Lacey": the founder
                chosen = (
                    self._role_holder_after(chosen, candidates)
                    or (self._premodified_holder(chosen, candidates) if parties else None)
                    or chosen
                )  # "sued Quist and Zorblat owner Vantor": the owner
            if chosen is None and self.relation == SUE:
                chosen = self._role_phrase_at(t1)  # "charged the owner of X, Kees Vroom,"
                if chosen is not None and chosen.option_for(types) is None:
                    chosen = None
            if chosen is None:
                # (other relations only by a colon: "hosting firms, including X" describes)
                chosen = self._included_after(t1, candidates, self.relation != SUE)
        if chosen is not None and parties and self.relation == SUE and side in _COMPLEMENT_SIDES:
            chosen = self._complement_holder(chosen, candidates, types)
        if chosen is None:
            return []
        group = self.coordinated(chosen, types)
        if len(group) > 1 and parties and self.relation == SUE and side in _COMPLEMENT_SIDES:
            # "the parent company (the company named before) of X and two other apps face
            # a suit": X only says whose parent company, it is no member of the list
            group = [p for p in group if not self._role_complement(p[0])] or group
        return group

    def _between(self, candidates: list[Mention], t1: int, second: bool) -> Mention | None:
        """The first name right after the trigger's preposition (over an article and a kind
        noun), or the name right after the conjunction that follows that first name."""
        first = self._name_opening(candidates, t1)
        if first is None and second:
            # "tussen een bekende zanger, eiser, en X": a first party described, not named;
            # the second is the name the conjunction opens
            return self._after_described_first(candidates, t1)
        if first is None or not second:
            return first
        j = first.last
        if j >= len(self.tokens) or self.tokens[j].lower not in AND:
            return None
        return self._name_opening(candidates, j + 1)

    def _after_described_first(self, candidates: list[Mention], t1: int) -> Mention | None:
        """The name right after the first conjunction of a "between" phrase whose first
        party names no one: only lower-case words and commas before that conjunction."""
        tokens = self.tokens
        for j in range(t1, min(len(tokens) - 1, t1 + _DESCRIBED_FIRST_REACH)):
            token = tokens[j]
            if token.lower in AND:
                return self._name_opening(candidates, j + 1) if j > t1 else None
            if not (token.text == "," or (token.text.isalpha() and token.text.islower())):
                return None
        return None

    def _provision_after(self, t1: int) -> set[int]:
        """The tokens of a provision opening right after a trigger ("artikel 7 van de",
        "artikel 5, lid 1, van de", "Article 5 of the"): a provision word, then numbers,
        commas and lower-case words up to "of" ("van") and an article. Empty when no such
        run stands there."""
        tokens = self.tokens
        k = t1
        if k < len(tokens) and tokens[k].lower in SKIPPABLE:
            k += 1  # "the Article 5 of ..."
        if k >= len(tokens) or tokens[k].lower not in PROVISION_WORDS:
            return set()
        run = set(range(t1, k + 1))
        for j in range(k + 1, min(len(tokens), k + _PROVISION_SPAN)):
            lower = tokens[j].lower
            if lower in OF:
                run.add(j)
                if j + 1 < len(tokens) and tokens[j + 1].lower in ARTICLES:
                    run.add(j + 1)
                return run
            if not (
                lower == ","
                or any(c.isdigit() for c in lower)
                or (lower.isalpha() and lower.islower() and lower not in PREPOSITIONS)
            ):
                return set()
            run.add(j)
        return set()

    def _name_opening(self, candidates: list[Mention], at: int) -> Mention | None:
        """The name that a noun phrase opening at `at` ends, with only an article and a
        kind noun before it; one lower-case noun the pack does not know may be that kind
        noun ("tussen de webbouwer X en Y": a party's description)."""
        tokens = self.tokens
        for m in sorted(candidates, key=lambda c: c.first):
            if not at <= m.first <= at + 3:
                continue
            unknown = [
                t for t in tokens[at : m.first]
                if t.lower not in SKIPPABLE and type_of(t.lower, self.language) is None
                and not (m.best.type == "Person" and t.lower.endswith(AGE_ENDINGS))
            ]  # fmt: skip  # "voor de 31-jarige X": an age describes a person
            if not unknown or (len(unknown) == 1 and _description_noun(unknown[0], self.language)):
                return m
        return None

    def _included_after(
        self, t1: int, candidates: list[Mention], colon_only: bool = False
    ) -> Mention | None:
        """The first name a list opener or a colon introduces after an object that names no
        one ("fined several platforms, including X, Y and Z", "sued five app makers including
        X and Y", "owns three sites: X, Y and Z"): the ends are the names listed, not the
        description."""
        tokens = self.tokens
        crossed = False  # "a dozen companies for privacy failures, including X": a phrase of
        # the description's own, which a comma then closes before the opener
        # a law the description cites is one word of it ("three sites that ignored requests
        # under the Online Safety Act: X, Y and Z"): never an end of the list
        laws = {
            j: m.last
            for m in self.mentions
            if m.best.type == "Law" and m.option_for(_PARTIES) is None
            for j in range(m.first, m.last)
        }
        end = min(len(tokens) - 1, t1 + _INCLUDED_REACH)
        for j in range(t1, len(tokens) - 1):
            if j >= end + sum(1 for k in laws if t1 <= k < j):
                break
            word = tokens[j]
            if j in laws:
                crossed = True
                continue
            colon = word.text == ":"  # "sued three companies: X, Y and Z"
            if (colon or (word.lower in LIST_OPENERS and not colon_only)) and j > t1:
                if crossed and not colon and tokens[j - 1].text != ",":
                    return None
                following = [m for m in candidates if j < m.first <= j + 2]
                return min(following, key=lambda m: m.first) if following else None
            if word.text == "," and tokens[j + 1].lower in LIST_OPENERS:
                continue
            if not word.text.replace("-", "").isalnum() or _named_at(self, j):
                return None  # (a hyphened word is one of the description: "third-party")
            if word.lower in PREPOSITIONS:
                crossed = True
        return None

    def _in_relative_after(self, chosen: Mention, t1: int) -> bool:
        """Does the name stand in a relative clause that opens after the trigger ("X, dat
        eigendom is van Y", "X, which is owned by Y")? A relative pronoun after a comma
        between them is the sign."""
        tokens = self.tokens
        relatives = RELATIVES[self.language]
        return any(
            tokens[j].lower in relatives and tokens[j - 1].text == ","
            for j in range(max(t1, 1), chosen.first)
        )

    def _chained(
        self,
        group: list[tuple[Mention, Option]],
        candidates: list[Mention],
        types: tuple[str, ...],
    ) -> list[tuple[Mention, Option]]:
        """A coordination of "against" phrases ("against Carl Ferrer, its chief executive,
        and against Michael Lacey and James Larkin"): the next phrase's names join the group
        when "and" (or a comma and "and") opens it, and the phrase right after it."""
        markers = AGAINST[self.language]
        last = max(m.last for m, _ in group)
        while True:
            j = next(
                (i for i in range(last, min(len(self.tokens), last + 8))
                 if self.tokens[i].lower in markers), -1,
            )  # fmt: skip
            if j < 1 or self.tokens[j - 1].lower not in AND:
                return group
            following = [m for m in candidates if m.first in (j + 1, j + 2)]
            if not following:
                return group
            more = self.coordinated(min(following, key=lambda m: m.first), types)
            group = group + [p for p in more if p[1].ident not in {o.ident for _, o in group}]
            last = max(m.last for m, _ in more)

    def _role_holder_after(self, owner: Mention, candidates: list[Mention]) -> Mention | None:
        """The name a possessive's role introduces ("Snapwave's chief executive, Lena
        Marsh"): only role words, articles and a comma between, at least one role word."""
        for m in sorted(candidates, key=lambda c: c.first):
            if m.first <= owner.last:
                continue
            between = [t.lower for t in self.tokens[owner.last : m.first]]
            if any(w in _ROLE_WORDS for w in between) and all(
                w == "," or w in SKIPPABLE or w in _ROLE_WORDS for w in between
            ):
                return m
            return None
        return None

    def _role_complement(self, m: Mention) -> bool:
        """Is the name only the complement of a role noun ("the parent company of X faces a
        suit", "the founders of X (“XE”) pleaded guilty")? Then whoever holds the role is
        the party, not X (the operators of a service stand for it: "against the operators
        of X" is against X)."""
        tokens = self.tokens
        first = m.first
        j = first - 1
        while j >= 0 and tokens[j].text in _BRACKET_OPENERS:
            j -= 1  # a bracketed short form stands for the name before its bracket
        if j < first - 1:
            before = next((b for b in self.mentions if b.last == j + 1), None)
            if before is not None:
                first = before.first
        j = first - 1
        while j >= 0 and tokens[j].lower in SKIPPABLE:
            j -= 1
        if j < 1 or tokens[j].lower not in OF:
            return False
        noun = tokens[j - 1].lower
        if noun in OPERATOR_NOUNS:
            return False
        return noun in _PARTY_ROLE_WORDS or self._company_role(j - 1)  # "parent company of X"

    def _company_role(self, k: int) -> bool:
        """Is the word at k a company noun after an owner modifier ("parent company",
        "holding company")?"""
        tokens = self.tokens
        return (
            0 < k < len(tokens)
            and tokens[k - 1].lower in OWNER_MODIFIERS
            and type_of(tokens[k].lower, self.language) is not None
        )

    def _complement_holder(
        self, m: Mention, candidates: list[Mention], types: tuple[str, ...]
    ) -> Mention | None:
        """The party a subject names: the name itself, or when it is a role's complement,
        the role's holder in apposition after it ("the parent company of X, Y, faces"; the
        first of the holders it lists: "the founders of X, A and B, were charged"), else no
        one."""
        if not self._role_complement(m):
            return m
        tokens = self.tokens
        if m.last < len(tokens) and tokens[m.last].text == ",":
            holder = next((c for c in candidates if c.first == m.last + 1), None)
            last = (
                max(h.last for h, _ in self.coordinated(holder, types)) if holder is not None else 0
            )
            if holder is not None and (last >= len(tokens) or tokens[last].text in ",;"):
                return holder
        return None

    def _premodified_holder(self, first: Mention, candidates: list[Mention]) -> Mention | None:
        """The name a role noun introduces after the names it qualifies ("against Zorblat
        and Quist owner Vantor", "sued Quist parent company Vantor"): Vantor is the party,
        the names before the role only say whose role it is. Only names joined by a comma or
        "and", then the role's words (a possessive is read elsewhere), then the name."""
        tokens = self.tokens
        starts = {m.first: m for m in self.mentions}
        j = first.last
        while (
            j + 1 < len(tokens)
            and (tokens[j].lower in AND or tokens[j].text == ",")
            and (joined := starts.get(j + 1)) is not None
        ):
            j = joined.last
        if j >= len(tokens) or _possessive(tokens[j - 1].text):
            return None
        k = j
        while k < len(tokens) and (
            tokens[k].lower in _PARTY_ROLE_WORDS
            or self._company_role(k)
            or (tokens[k].lower in OWNER_MODIFIERS and self._company_role(k + 1))
        ):  # "parent company", "holding company"
            k += 1
        if k == j:
            return None
        return next((m for m in candidates if m.first == k), None)

    def _role_listed(
        self,
        group: list[tuple[Mention, Option]],
        candidates: list[Mention],
        types: tuple[str, ...],
    ) -> list[tuple[Mention, Option]]:
        """A list whose members carry role nouns ("against X, its chief executive Y and two
        of its subsidiaries"): the next name joins when only a comma or "and", possessives,
        articles and the words of a role stand between."""
        tokens = self.tokens
        last = max(m.last for m, _ in group)
        idents = {o.ident for _, o in group}
        # "Meta CEO Mark Zuckerberg": a name that only qualifies a role is no member
        # (nor is "the company's" before "subsidiaries X and Y": a pointer's possessive)
        qualifiers = {
            j for m in self.mentions
            if m.last < len(tokens)
            and (
                tokens[m.last].lower in _ROLE_WORDS
                or (m.kind == "coref" and _possessive(tokens[m.last - 1].text)
                    and self._kind_word(tokens[m.last]))
            )
            for j in range(m.first, m.last)
        }  # fmt: skip
        for m in sorted(candidates, key=lambda c: c.first):
            if m.first < last or m.first in qualifiers:
                continue
            between = [t.lower for t in tokens[last : m.first]]
            if not between or not any(w == "," or w in AND for w in between):
                break
            if not all(
                t.lower == "," or t.lower in AND or t.lower in SKIPPABLE
                or t.lower in _ROLE_WORDS or self._kind_word(t) or last + i in qualifiers
                for i, t in enumerate(tokens[last : m.first])
            ):  # fmt: skip
                break
            if any(w in OF for w in between) and any(
                self._kind_word(t) for t in tokens[last : m.first]
            ):
                break  # "X, the parent company of Y": Y is described, no member
            option = m.option_for(types)
            if option is None or option.ident in idents or _possessive(tokens[m.last - 1].text):
                break  # "X, Backpage's chief executive": the owner of a role is no party
            if "," in between and self._clause_verb_after(m):
                break  # "In its complaint against X, the FTC alleged ...": the main clause
            group = [*group, (m, option)]
            idents.add(option.ident)
            last = m.last
        return group

    def _clause_verb_after(self, m: Mention) -> bool:
        """Does a reporting verb or an auxiliary follow the name ("..., the FTC alleged",
        "..., the regulator has said")? Then the name is the subject of the clause the comma
        opens, not one more member of a list before it."""
        if m.last >= len(self.tokens):
            return False
        after = self.tokens[m.last]
        words = SAY | ACCUSATIONS[self.language] | SPEECH_VERBS[self.language]
        return (
            after.lower in words
            or after.lemma in words
            or after.lower in _AUXILIARY_VERBS[self.language]
        )

    def _kind_word(self, token: Token) -> bool:
        """A word of a list member's description ("and the company's subsidiaries X and
        Y"): a type noun, its plural or its possessive."""
        word = token.lower[:-2] if _possessive(token.lower) else token.lower
        return (
            type_of(word, self.language) is not None
            or type_of(token.lemma, self.language) is not None
        )

    def coordinated(self, chosen: Mention, types: tuple[str, ...]) -> list[tuple[Mention, Option]]:
        listed = self._enumerated(chosen, types)
        if listed:
            return listed  # "Three people ran X — A, B and C": the group is the names
        group = [chosen]
        if chosen.group is not None:
            group = [m for m in self.mentions if m.group == chosen.group]
        laws = "Law" in types
        ordered = self.mentions
        if not laws:  # "A (AB) and B", "X (XYZ) en de Y": a name's bracketed short form is
            # no member of the list and no break in it (laws keep theirs, handled below)
            ends = {m.last for m in ordered}
            ordered = [
                m
                for m in ordered
                if m is chosen
                or m.first - 1 not in ends
                or not _bracketed_short_form(self.tokens, m)
            ]
        index = _index(ordered, chosen)
        for step in (1, -1):
            j, current, pending, closed = index + step, chosen, [], False
            while 0 <= j < len(ordered):
                other = ordered[j]
                if other.extra.get("adjective") and other.option_for(types) is None:
                    j += step  # "X and its Chinese parent company Y": a place adjective between
                    continue
                if not laws and self._resident_place(other):
                    j += step  # "A of Harlow and B of Dunmore": a place is no member
                    continue
                lo, hi = (current.last, other.first) if step == 1 else (other.last, current.first)
                if not laws:  # "A of Harlow and B": the place of the earlier member is no break
                    lo = _after_residence(self.tokens, self.mentions, lo, hi)
                    # "the Adlux ad network and B": the head that types a name is its own
                    lo = min(hi, past_name_head(self.tokens, lo, self.language))
                if laws and _between_brackets(self.tokens, current if step == 1 else other):
                    lo += 1  # "the X Act (XA), the Y Act": the acronym's closing bracket
                between = [t.lower for t in self.tokens[lo:hi]]
                inner = other if step == 1 else current
                if between == ["("] and laws and _between_brackets(self.tokens, inner):
                    # "de Algemene Verordening Gegevensbescherming (AVG), de Mediawet": the
                    # acronym in brackets is its name's, no break in a list of laws (parties
                    # listed so may each bring a case of their own: the party rules decide)
                    if step == -1 and other.option_for(types) is not None:
                        group.append(other)
                    current = other
                    j += step
                    continue
                if not laws and "(" in between:  # "A (AB), the B and C": a short form
                    between = _outside_brackets(between)
                if len(between) == 2 and between[0] == "," and between[1] in ARTICLES:
                    between = [","]  # "A, de Stichting B en de Stichting C": a list's comma
                if not laws:  # "A, who ran the forums, and B", "A, a moderator, and B"
                    between = _past_aside(between, self.language)
                    if self.relation == SUE:  # a suit's parties ("sued A and several
                        # hosting firms, including B"); no service ends
                        between = _past_described_members(between)
                if (
                    step == 1
                    and between
                    and _amount_start(between[0])
                    and other.last < len(self.tokens)
                    and _amount_start(self.tokens[other.last].text)
                ):  # "A €60 million, B €40 million and C ...": each its own amount
                    between = _after_amount(between, self.language)
                if hi < lo or not between or not _joins(between, self.language):
                    break
                if other.option_for(types) is None:
                    break
                if (
                    self.relation != SUE
                    and len(between) == 2
                    and between[0] == ","
                    and between[1] in AND
                    and not self._listed_before(current if step == 1 else other)
                ):  # "Aylo, the parent company of Pornhub, and Visa": a comma before "and"
                    # with no list before it closes an aside; the name after it is no member
                    break
                if relative_clause_subject(self.tokens, other.first, other.last, self.language):
                    break  # "X, the company Y co-founded, was sued": Y is no member
                if step == 1 and any(m.first == other.last for m in ordered):
                    break  # "A and Zorbix's Plimo": an owner's possessive is no member
                if step == -1 and between == [","] and self._hedge_source(other):
                    break  # "According to the Justice Department, A and B were charged"
                pending.append(other)
                # a list is closed by "and": keep what it joins; walking back from its last
                # member, the commas before the "and" belong to it too
                if set(between) != {","} or (step == -1 and closed):
                    group += pending
                    pending = []
                    closed = True
                current = other
                j += step
            if step == 1 and pending and self._rest_after(current.last):
                group += pending  # "A, B and others": the rest named closes the list
        if self.relation == SUE:  # "sued A, ...; B; and C": a suit's list of parties
            group += self._semicolon_members(max(group, key=lambda m: m.last), types)
        out, seen = [], set()
        for m in group:
            option = m.option_for(types)
            if option is not None and option.ident not in seen:
                seen.add(option.ident)
                out.append((m, option))
        return out

    def _enumerated(self, chosen: Mention, types: tuple[str, ...]) -> list[tuple[Mention, Option]]:
        """The persons a counted group stands for when a dash or a colon after it in its
        sentence opens a list of exactly as many names ("Just three people ran X — A, B, and
        C, ...", "Two men were charged: A and B"); none otherwise."""
        count = chosen.extra.get("count")
        if chosen.kind != "group" or not isinstance(count, int) or chosen.best.type != "Person":
            return []
        tokens = self.tokens
        opener = next(
            (k for k in range(chosen.last, len(tokens)) if tokens[k].text in _LIST_DASHES), -1
        )
        first = next((m for m in self.mentions if m.first == opener + 1), None)
        if opener < 0 or first is None or first.option_for(("Person",)) is None:
            return []
        members = self.coordinated(first, ("Person",))
        if len(members) != count or any(m is None or m.kind == "group" for m, _ in members):
            return []
        return [(m, o) for m, _ in members if m is not None and (o := m.option_for(types))]

    def _listed_before(self, m: Mention) -> bool:
        """Does a comma right before the name join it to a name before that ("A, B, and C",
        "the A Act, the B Act, and the C Act": over the name's article)?"""
        k = m.first - 1
        if k > 0 and self.tokens[k].lower in ARTICLES:
            k -= 1
        return k > 0 and self.tokens[k].text == "," and any(o.last == k for o in self.mentions)

    def _rest_after(self, k: int) -> bool:
        """Do "and" and a word naming the rest of a list follow token k ("A, B and others",
        "and other platforms")?"""
        tokens = self.tokens
        return (
            k + 1 < len(tokens)
            and tokens[k].lower in AND
            and tokens[k + 1].lower in LIST_REST.get(self.language, ())
        )

    def _resident_place(self, m: Mention) -> bool:
        """Is the mention the place of residence of the person named before it ("Ormek
        Vadim of Tallinn")?"""
        tokens = self.tokens
        return (
            m.first > 2
            and any(t.lower in OF for t in tokens[max(0, m.first - _RESIDENCE_WORDS - 2) : m.first])
            and _residence_start(tokens, self.mentions, m.last) > 0
        )

    def _semicolon_members(self, last: Mention, types: tuple[str, ...]) -> list[Mention]:
        """The further members of a list whose items semicolons part, each item a name with
        its own apposition ("sued A, the maker of X; its founders B and C; and D, the
        parent of A."): after each semicolon (and "and"), up to three lower-case words of a
        role ("its founders") and then the item's names, which must end their item (a
        comma, semicolon or full stop next), so that a clause after a semicolon ("; B said
        ...") adds nobody."""
        tokens, ordered, out = self.tokens, self.mentions, []
        k = last.last
        while k < len(tokens):
            if tokens[k].text == ",":  # the item's apposition, up to the next semicolon
                stop = next(
                    (i for i in range(k, min(len(tokens), k + _APPOSITION_SPAN))
                     if tokens[i].text in (";", ".", "(", ")")),
                    None,
                )  # fmt: skip
                if stop is None:
                    break
                k = stop
            if tokens[k].text != ";":
                break
            i = k + 1
            if i < len(tokens) and tokens[i].lower in AND:
                i += 1
            start = i
            while (
                i < len(tokens)
                and i - start < 3
                and tokens[i].text.isalpha()
                and tokens[i].text.islower()
            ):
                i += 1
            member = next((m for m in ordered if m.first == i and m.option_for(types)), None)
            if member is None:
                break
            members = [member]
            for other in ordered[_index(ordered, member) + 1 :]:
                between = [t.lower for t in tokens[members[-1].last : other.first]]
                if not between or not all(w in CONJUNCTIONS for w in between):
                    break
                if other.option_for(types) is None:
                    break
                members.append(other)
            end = members[-1].last
            if end < len(tokens) and tokens[end].text not in (",", ";", ".", ")"):
                break  # a verb follows: a clause of its own, no list item
            out += members
            k = end
        return out

    # -- dates ---------------------------------------------------------------------------
    def dates_for(
        self, t0: int, ended: bool, type_name: str
    ) -> tuple[str | None, str | None, str | None]:
        """(date_on, date_from, date_to) of a claim whose trigger starts at token t0: the
        sentence's date nearest the trigger, in its role (or as the end of what ended);
        none when the sentence has none (relative words are resolved when found)."""
        if self.dates:
            anchor = self.tokens[t0].start
            # a date in the trigger's own clause first ("X, who founded Y in 2013, was
            # charged on Wednesday": Wednesday)
            clause = self.tokens[t0].clause
            # not a date of an aside that tells of another act ("X, founded by Y in 2014,
            # was sued": 2014 dates the founding)
            dates = [
                d for d in self.dates
                if not self._date_of_aside(d, t0) and not self._date_of_joined_verb(d, t0)
            ]  # fmt: skip
            if not dates:
                return None, None, None
            own = [d for d in dates if self._clause_at(d.start) == clause]
            best = min(own or dates, key=lambda d: abs(d.start - anchor))
            role = "to" if ended else best.role
            if role == "from":
                return None, best.value, None
            if role == "to":
                return None, None, best.value
            return best.value, None, None
        return None, None, None  # never the publication date by default

    def _date_of_joined_verb(self, date: DateMention, t0: int) -> bool:
        """Does the date stand on the other side of a coordinated verb phrase from the
        trigger ("X was founded in 2014 and was sued by Y": 2014 dates the founding, not the
        suit; "was sued and was later fined in 2021": 2021 dates the fine)?"""
        i = min(self.sentence.token_at(date.start), len(self.tokens) - 1)
        if i < t0:
            return self._joined_verb_between(i + 1, t0)
        return self._joined_verb_between(t0 + 1, i)

    def _date_of_aside(self, date: DateMention, t0: int) -> bool:
        """Does the date stand in an aside (set off on both sides) apart from the trigger's
        segment, with words of its own besides the date and prepositions, none of them a
        case's ("X, founded by Y in 2014, was sued")? An aside that is the date alone ("X,
        in 2014, sued Y") dates the clause around it, and one that tells of the case ("The
        lawsuit, filed by Y in March 2022, accuses X") dates the case."""
        segment = self.segment
        tokens = self.tokens
        i = min(self.sentence.token_at(date.start), len(tokens) - 1)
        seg = segment[i]
        if seg == segment[min(t0, len(segment) - 1)] or not self.enclosed.get(seg):
            return False
        words = [
            tokens[j]
            for j in range(max(0, i - _ASIDE_REACH), min(len(tokens), i + _ASIDE_REACH))
            if segment[j] == seg
            and tokens[j].text.isalpha()
            and not (date.start <= tokens[j].start < date.end)
            and tokens[j].lower not in PREPOSITIONS
            and tokens[j].lower not in SKIPPABLE
        ]
        return bool(words) and not any(
            t.lower in CASE_WORDS or t.lemma in CASE_VERBS or t.lower in CASE_NOUNS for t in words
        )

    def dated_clause(self, t0: int) -> bool:
        """Does the clause of the token at t0 hold a date?"""
        clause = self.tokens[t0].clause
        return any(self._clause_at(d.start) == clause for d in self.dates)

    def _clause_at(self, char: int) -> int:
        """The clause of the token at absolute offset `char`."""
        index = min(self.sentence.token_at(char), len(self.tokens) - 1)
        return self.tokens[index].clause

    def year(self, t0: int) -> int | None:
        """The year the sentence gives the event at t0, if any."""
        on, start, end = self.dates_for(t0, False, "DEFENDANT_IN")
        value = on or start or end
        return int(value[:4]) if value else None

    def year_hint(self, t0: int) -> int | None:
        """The event's year, else the publication year: a hint for telling known cases
        apart, never a date of a fact."""
        found = self.year(t0)
        if found is None and self.published:
            return int(self.published[:4])
        return found

    # -- special ends --------------------------------------------------------------------
    def case_in_sentence(self, t0: int) -> Option | None:
        cases = [m for m in self.mentions if m.option_for(("Case",))]
        if cases:
            best = min(cases, key=lambda m: min(abs(t0 - m.last), abs(m.first - t0)))
            return best.option_for(("Case",))
        if self.frame_cases:
            return min(self.frame_cases, key=lambda fc: abs(fc[0] - t0))[1]
        return None

    def case_from_context(self, t0: int) -> Option | None:
        """The case a sentence is about: named here, made by a lawsuit frame here, or the
        document's current case when the sentence talks about a case or its parties."""
        named = self.case_in_sentence(t0)
        if named is not None:
            return named
        current = self.discourse.current_case()
        if current is None:
            return None
        if self.relation == "HEARD_BY" and (
            self._earlier_elsewhere(current) or self._other_parties_case(current)
        ):
            return None  # "Het hof oordeelde eerder dat platforms ...": another case's court
        if self.relation == "HEARD_BY" and not self.words & (CASE_WORDS - COURT_WORDS):
            of_law = not self.words.isdisjoint(LAW_HEADS[self.language]) or any(
                m.option_for(("Law",)) for m in self.mentions
            )
            if of_law and not self._names_a_party(current):
                return None  # "The Supreme Court upheld Texas's law": a ruling on a law
        if self.words & CASE_WORDS or self.judge_holds() or self._names_a_party(current):
            return current.option
        if self.relation == "HEARD_BY" and self.words & RULINGS[self.language]:
            return current.option  # "Het hof handhaafde de boete", "The court upheld the fine"
        return None

    def _earlier_elsewhere(self, case: CaseInfo) -> bool:
        """Does an adverb put the court's act before the case told of ("the Ninth Circuit
        previously ruled that ...", "het hof oordeelde eerder dat ...") in a sentence that
        names none of the case's parties and no definite case or decision noun ("the suit",
        "de zaak", "its ruling")? Then the court decided another case. An adverb of a date
        dates the act instead ("earlier this month", "eerder vandaag")."""
        earlier = EARLIER_ACTS.get(self.language, frozenset())
        if self.words.isdisjoint(earlier):
            return False
        tokens = self.tokens
        if not any(
            t.lower in earlier
            and not (i + 1 < len(tokens) and time_word(tokens[i + 1].lower))
            and not any(d.start <= t.start < d.end for d in self.dates)
            for i, t in enumerate(tokens)
        ):
            return False
        if self._names_a_party(case):
            return False
        definite = DEFINITE.get(self.language, frozenset())
        nouns = CASE_NOUNS | DECISION_NOUNS
        return not any(
            t.lower in nouns and any(u.lower in definite for u in tokens[max(0, i - 3) : i])
            for i, t in enumerate(tokens)
        )

    def _other_parties_case(self, case: CaseInfo) -> bool:
        """Does the sentence tell of a case of other parties: an indefinite case noun ("in a
        case brought by ...", "een zaak") beside a party name that is none of the case's, and
        no name of the case's parties ("the Ninth Circuit ruled against Y in a case brought
        by a mother", in a document about a suit against X)? A judge is no party."""
        tokens = self.tokens
        if not any(
            t.lower in CASE_NOUNS and any(u.lower in INDEFINITE for u in tokens[max(0, i - 2) : i])
            for i, t in enumerate(tokens)
        ):
            return False
        if self._names_a_party(case):
            return False
        return any(
            m.extra.get("role") != "judge"
            and any(
                o.type in _PARTY_TYPES and dict(o.props).get("role") != "judge" for o in m.options
            )
            for m in self.mentions
        )

    def _names_party_of(self, case: CaseInfo, options: list[Option]) -> bool:
        """Is one of these readings a party of the case, by any of its readings?"""
        parties = case.defendants | case.plaintiffs
        keys = {key for key, _ in parties if key}
        names = {name.partition(":")[2] for _, name in parties}
        return any(
            o.ident in parties or (o.key and o.key in keys) or o.ident[1].partition(":")[2] in names
            for o in options
        )

    def breaching_party(self, t0: int) -> list[Option]:
        """The readings of the name right before a breach verb in its clause ("Apple
        breached the DMA", "that Meta violated ..."): who the sentence says broke the law."""
        clause = self.tokens[t0].clause
        tokens = self.tokens
        for m in self.mentions:
            if (
                t0 - _PARTY_GAP <= m.last <= t0
                and tokens[m.first].clause == clause
                and all(not t.text[:1].isalpha() or t.lower in ADVERBS for t in tokens[m.last : t0])
            ):
                return list(m.options)
        return self._clause_subject_before(t0)

    def _clause_subject_before(self, t0: int) -> list[Option]:
        """ "X showed its terms only in English, which violates the GDPR", "..., wat in strijd
        is met de AVG": a relative standing for the clause before its comma (a copula or a
        preposition may stand between it and the breach word) makes that clause's opening
        name the breaching party; a demonstrative opening the sentence ("That violates the
        GDPR", "Dat is in strijd met de AVG") stands for the sentence before, whose opening
        name is."""
        relatives = CLAUSE_RELATIVES.get(self.language)
        if not relatives:
            return []
        tokens = self.tokens
        k = t0 - 1
        while k > max(0, t0 - 3) and (
            tokens[k].lower in COPULAS or tokens[k].lower in PREPOSITIONS
        ):
            k -= 1  # "which is in breach of"
        if k == 0 and tokens[0].lower in DEMONSTRATIVES.get(self.language, frozenset()):
            history = self.discourse.history
            before = history[-1] if history else []
            subject = next((m for m in before if m.first <= 1), None)
            return list(subject.options) if subject is not None else []
        if k < 2 or tokens[k].lower not in relatives or tokens[k - 1].text != ",":
            return []
        subject = next((m for m in self.mentions if m.first <= 1 and m.last < k - 1), None)
        return list(subject.options) if subject is not None else []

    def case_defended_by(self, options: list[Option]) -> CaseInfo | None:
        """The latest case of the document in which one of these readings is a defendant."""
        for info in reversed(self.discourse.cases):
            if self.defends(info, options):
                return info
        return None

    @staticmethod
    def defends(case: CaseInfo, options: list[Option]) -> bool:
        """Is one of these readings a defendant of the case, by any of its readings?"""
        keys = {key for key, _ in case.defendants if key}
        names = {name.partition(":")[2] for _, name in case.defendants}
        return any(
            o.ident in case.defendants
            or (o.key and o.key in keys)
            or o.ident[1].partition(":")[2] in names
            for o in options
        )

    def names_a_party(self, case: CaseInfo) -> bool:
        """Does the sentence mention a party of the case (see _names_a_party)?"""
        return self._names_a_party(case)

    def _names_a_party(self, case: CaseInfo) -> bool:
        """Does the sentence mention a party of the case, by any of its readings ("the
        company" may read the defendant as a vendor, the suit named it an organisation)?"""
        parties = case.defendants | case.plaintiffs
        keys = {key for key, _ in parties if key}
        names = {name.partition(":")[2] for _, name in parties}
        return any(
            o.ident in parties or (o.key and o.key in keys) or o.ident[1].partition(":")[2] in names
            for m in self.mentions
            for o in m.options
        )

    def judge_holds(self) -> bool:
        """Does a judge, named or pointed to, state a finding ("He found that Section 230
        bars the claims", "Rechter X oordeelde dat ...")? Then it is about the case at hand
        and what it says of a law is ruled."""
        findings = FINDINGS[self.language]
        if self.words.isdisjoint(findings):
            return False
        if any(
            m.extra.get("role") == "judge" or dict(o.props).get("role") == "judge"
            for m in self.mentions
            for o in m.options
        ):
            return True
        # "The court found that Section 230 did not apply", "de rechtbank oordeelde": a court
        # noun (or a court's name) as the finding verb's subject
        tokens = self.tokens
        court_ends = {m.last for m in self.mentions if m.best.type == "Court"}
        for i, token in enumerate(tokens):
            if token.lower not in findings:
                continue
            for j in range(i - 1, max(-1, i - 3), -1):
                word = tokens[j].lower
                if word in COURT_NOUNS or ROLES.get(word) == "judge" or j + 1 in court_ends:
                    return True
                if word not in ADVERBS and word not in AUXILIARIES[self.language]:
                    break
        return False

    def regulator_finds(self) -> bool:
        """Does the sentence name the public body that brought the document's current case
        after it decided that case ("De AP legde X een boete op. ... Dit is in strijd met de
        AVG, aldus de AP")? What it then says was breached is its finding: ruled."""
        current = self.discourse.current_case()
        if current is None or not current.decided:
            return False
        plaintiffs = current.plaintiffs
        return any(
            o.ident in plaintiffs and _authority(o) for m in self.mentions for o in m.options
        )

    def accuses_a_party(self) -> bool:
        """Does the sentence accuse a party of the case the document tells of, or report a
        claim about one ("the state alleges that Zorblat violated ...", "de toezichthouder
        verwijt het bedrijf ...", "according to the state, the company broke ...")?
        Then a law it says was broken is the one that case invokes."""
        if self.words.isdisjoint(_CLAIM_CUES[self.language]):
            return False
        current = self.discourse.current_case()
        if current is None:
            return False
        # "the plaintiffs allege a violation of X": the case's bringers, by their noun
        claimants = CLAIMANT_NOUNS.get(self.language, frozenset())
        return self._names_a_party(current) or not self.words.isdisjoint(claimants)

    def described_law(self, t1: int) -> Option | None:
        heads = LAW_HEADS[self.language]
        compounds = _COMPOUND_HEADS.get(self.language, ())
        for i in range(t1, len(self.tokens)):
            lower = self.tokens[i].lower
            if lower in heads or (compounds and lower.endswith(compounds) and lower.isalpha()):
                document_year = int(self.published[:4]) if self.published else None
                years = [int(d.value[:4]) for d in self.dates]
                name = described_law(self.sentence.text, self.law_years, document_year, years)
                if name is None:
                    return None
                refs = [e for e in self.discourse.knowledge.laws() if e.name == name]
                return Option("Law", name, refs[0].key) if refs else None
        return None


#: Law heads long enough to end a compound noun ("privacywet", "privacywetgeving").
_COMPOUND_HEADS: Final = {
    language: tuple(head for head in heads if len(head) >= 3)
    for language, heads in LAW_HEADS.items()
}


def _ACRONYM(text: str) -> bool:
    """An all-capitals modifier of a role noun ("the AI startup X", "the US unit X")."""
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


def _description_noun(token: Token, language: str) -> bool:
    """Is the token a lower-case word that may describe the name after it ("de webbouwer
    X"): no conjunction, preposition or other closed-class word?"""
    word = token.lower
    return (
        token.text.isalpha()
        and token.text.islower()
        and len(word) > 3
        and word not in AND
        and word not in PREPOSITIONS
        and word not in SKIPPABLE
    )


def _between_brackets(tokens: list[Token], mention: Mention) -> bool:
    """Does the mention stand alone in brackets ("(AVG)")?"""
    return (
        mention.first > 0
        and mention.last < len(tokens)
        and tokens[mention.first - 1].text == "("
        and tokens[mention.last].text == ")"
    )


def _bracketed_short_form(tokens: list[Token], mention: Mention) -> bool:
    """Is the mention a short form standing alone in brackets ("(TBYP)", "(SNAP)"): one
    word, no lower-case letter? (The caller checks that a name ends right before it.)"""
    return (
        _between_brackets(tokens, mention)
        and mention.last - mention.first == 1
        and not any(c.islower() for c in tokens[mention.first].text)
    )


def _index(mentions: list[Mention], mention: Mention) -> int:
    """mentions.index(mention), comparing the start first (equal mentions start alike)."""
    start = mention.start
    for i, other in enumerate(mentions):
        if other is mention or (other.start == start and other == mention):
            return i
    raise ValueError("mention not in list")


def _amount_start(word: str) -> bool:
    """Does a token open an amount ("€", "60", "1.05m")?"""
    return word[:1].isdigit() or word in _CURRENCIES


def _after_amount(between: list[str], language: str) -> list[str]:
    """The words between two listed names once the amount the first one is given is left
    out ("fined A €60 million, B €40 million and C ..."): each party's own amount, no break
    in the list."""
    words = AMOUNT_WORDS.get(language, frozenset())
    i = 0
    while i < len(between) and (_amount_start(between[i]) or between[i] in words):
        i += 1
    return between[i:]


_CURRENCIES: Final = frozenset("€£$¥")


def _strong(mentions: list[Mention]) -> list[Mention]:
    """Known and rule-found names before unknown capitalised words, where both fit."""
    strong = [m for m in mentions if m.kind != "weak"]
    return strong or mentions


def _service(words: set[str], language: str) -> str | None:
    for stem, label in SERVICES[language]:
        if any(w.startswith(stem) for w in words):
            return label
    return None


def _charges(frames: SentenceFrames, t1: int) -> str | None:
    tokens = frames.tokens
    for i in range(t1, min(len(tokens), t1 + 8)):
        if tokens[i].lower in CHARGE_PREPS:
            clause = tokens[i].clause
            j = i + 1
            while j < len(tokens) and tokens[j].clause == clause and tokens[j].text not in ".;":
                j += 1
            if j > i + 1:
                start, end = tokens[i + 1].start, tokens[j - 1].end
                text = frames.sentence.text[
                    start - frames.sentence.start : end - frames.sentence.start
                ]
                return " ".join(text.split())[:160]
            return None
    return None


_WORDS: Final = re.compile(r"\w+")


def _ordered_by_court(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Is what a party must do ("X moet de site blokkeren", "X must remove the posts") a
    court's order? A court's word in the sentence says so; without one, a verb of saying,
    thinking or demanding makes it the speaker's ("..., vindt de gemeente"), and a word of a
    future or a guess no order yet ("dat de rechter zal oordelen dat X moet ..."); else the
    sentence after it, pointing back ("Dat heeft de rechter bepaald", not "Dat eiste de
    gemeente") or bringing the proceeding before a court, or a court's noun in the sentence
    before; never a court named elsewhere in the document."""
    language = frames.language
    if not frames.words.isdisjoint(ORDER_DOUBTS.get(language, frozenset())):
        return False  # "onwaarschijnlijk dat de rechter zal oordelen dat X moet ..."
    if frames.holds_near(COURT_WORDS, t0, t1):
        return True
    voids = NOT_ORDERED.get(language, frozenset()) | ATTRIBUTIONS.get(language, frozenset())
    if not frames.words.isdisjoint(voids):
        return False  # "..., vindt de gemeente", "According to regulators, X must ..."
    after = _WORDS.findall(frames.discourse.next_text[:300].lower())
    if after and after[0] in ECHO_OPENERS.get(language, frozenset()):
        if not COURT_WORDS.isdisjoint(after):
            return True
        if not voids.isdisjoint(after):
            return False
    if _court_of_proceeding(after, language, voids):
        return True  # "X moet ... weghalen. Y had daarvoor een kort geding aangespannen bij
        # de rechtbank": the next sentence brings the proceeding before its court
    # A court named elsewhere in the document orders nothing here: "Under the new law X must
    # remove posts. The Supreme Court ruled on another law" is no order (review of stop 38).
    return not frames.discourse.last_words.isdisjoint(COURT_NOUNS)


def _court_of_proceeding(words: list[str], language: str, voids: frozenset[str]) -> bool:
    """Do these words (of the sentence after an order) bring a proceeding before a court: a
    court's noun beside a case noun or a case verb of the pack ("Y had daarvoor een kort
    geding aangespannen bij de rechtbank", "Y filed the suit in a federal court")? A verb of
    saying or a word of a guess there makes it no court's order ("Y will sue in court")."""
    if COURT_NOUNS.isdisjoint(words) or not voids.isdisjoint(words):
        return False
    if not ORDER_DOUBTS.get(language, frozenset()).isdisjoint(words):
        return False
    return any(w in CASE_NOUNS or word_lemma(w, language) in CASE_VERBS for w in words)


def _bare_gap(frames: SentenceFrames, allowed: frozenset[str], t0: int, t1: int) -> bool:
    """Do only `allowed` words (by form or lemma) or times ("dinsdag", "gisteren") stand
    between the match's first and last word?"""
    return all(
        t.lower in allowed or t.lemma in allowed or time_word(t.lower)
        for t in frames.tokens[t0 + 1 : t1 - 1]
    )


def _echoed(frames: SentenceFrames, needs: frozenset[str], too: frozenset[str]) -> bool:
    """Does the next sentence point back to this one and hold the words of both sets ("X
    heeft de wet overtreden. Dat heeft de rechter bepaald", "Dat oordeelt de rechtbank")?"""
    after = _WORDS.findall(frames.discourse.next_text[:300].lower())
    return (
        bool(after)
        and after[0] in ECHO_OPENERS.get(frames.language, frozenset())
        and (not needs or not needs.isdisjoint(after))
        and not too.isdisjoint(after)
    )


def _finding_governs(frames: SentenceFrames, words: frozenset[str], t0: int, t1: int) -> bool:
    """Does a word of `words` (a verb of finding) govern the match: one after it ("X heeft
    de wet overtreden, oordeelt de rechtbank"), or one before it with no negation between
    ("oordeelde dat X ...", not "oordeelde dat de stichting nooit heeft bewezen dat X ...")?"""
    if not frames.holds_near(words, t0, t1):
        return False
    tokens = frames.tokens
    negations = NEGATIONS[frames.language]
    for i, token in enumerate(tokens):
        if token.lower not in words and token.lemma not in words:
            continue
        if i >= t1:
            return True
        if i < t0 and not any(tokens[k].lower in negations for k in range(i + 1, t0)):
            return True
    return False


def _party_named_before(frames: SentenceFrames) -> bool:
    """Does the sentence before name a party this sentence names ("The judge ruled for X.
    X won against Y", "X sued Y in May. It won against Y"), so that its case may be theirs?
    Another party's case ("X filed a complaint. Y won against Z in the final") is none of
    this sentence's. A name counts when all its words stand in the sentence before (a name
    no list knows is not kept in the discourse's history)."""
    before = frames.discourse.last_words
    if not before:
        return False
    for mention in frames.mentions:
        for option in mention.options:
            if option.type in _PARTY_TYPES:
                words = _WORDS.findall(option.name.lower())
                if words and before.issuperset(words):
                    return True
    return False


def apply_rule(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> list[Claim]:
    """The claims one trigger match makes (none if negated or an end is missing)."""
    echoed = bool(rule.needs_too) and _echoed(frames, rule.needs, rule.needs_too)
    if rule.needs and not frames.holds_near(rule.needs, t0, t1) and not echoed:
        return []
    if rule.needs_too and not echoed and not _finding_governs(frames, rule.needs_too, t0, t1):
        return []
    if rule.needs_before and frames.discourse.last_words.isdisjoint(rule.needs_before):
        return []
    if rule.ordered and not _ordered_by_court(frames, t0, t1):
        return []
    if rule.gap_words and not _bare_gap(frames, rule.gap_words, t0, t1):
        return []  # "X won prijzengeld van Y": a noun object in the gap
    if (
        rule.needs_context
        and not frames.holds_near(rule.needs_context, t0, t1)
        and (
            frames.discourse.last_words.isdisjoint(rule.needs_context)
            or not _party_named_before(frames)
        )
    ):
        return []  # the case word of the sentence before must be about a party of this one
    if frames.yes_no_question:
        return []  # "Did the FTC sue X too early?" asks, it does not state
    if (
        "next" in (rule.source, rule.target)
        and not any(t1 <= m.first <= t1 + NEXT_WINDOW for m in frames.mentions)
        and not (rule.flip and frames.passive(t0))  # passive: the object stands left
        and not (rule.relation == SUE and frames._role_phrase_at(t1) is not None)
        # "sued more than a dozen companies for X, including Y": the names listed after
        and not (rule.relation == SUE and frames._included_after(t1, frames.mentions) is not None)
        # "three victims have sued three websites. The suit ... against X": the bringer
        # right before the verb waits for the defendants a later sentence names
        and not (rule.relation == SUE and rule.verb and _unnamed_object(frames, t0, t1))
    ):
        return []
    if not _may_have_ends(frames, rule):
        return []
    trigger = frames.tokens[t0]
    if (
        t0 > 0
        and trigger.text.rpartition("-")[2][:1].isupper()
        and frames.tokens[t0 - 1].text not in _OPENERS
    ):  # a word inside a title or a name ("Terms of Use") triggers nothing; a compound
        # whose last part is lower case is a common noun ("een AVG-boete")
        return []
    ending = rule.relation in _ENDABLE and frames.ending_negation(t0, t1)
    if rule.ended_only and not ending:
        return []
    if (not ending and not rule.negative and _denied(frames, rule, t0, t1)) or frames.speculative(
        t0, rule.ended
    ):
        return []
    if not (rule.scheduled or rule.identifying or rule.state or rule.noun) and frames.future_dated(
        t0
    ):  # "De claim bij X wordt volgende week ingediend": a plan (not what identifies a
        # party, "its Quixly app would close next month", nor a state)
        return []
    if rule.relation != SUE and _ordered(frames, t0):
        return []
    if (
        rule.relation == "FOUNDED"
        and trigger.lemma in JUDGING_VERBS[frames.language]
        and _judged_object(frames, t1)
    ):
        return []  # "an investigation found X to be hosting ...": no founding
    if rule.verb and frames.nominal(t0):
        return []
    if rule.verb and rule.relation != SUE and _inflected_after_preposition(frames, t0):
        return []  # "in relation to purchases made on ...": a noun, no verb
    pointing = _pointing_role(frames, rule, t0, t1)
    if (
        rule.noun
        and pointing is None
        and not frames.predicative(t0, t1)
        and not (rule.relation == SUE and _plaintiffs_named_after(frames, t0, t1))
        and not (
            rule.relation == SUE and rule.source == "none" and _defendants_named_after(frames, t1)
        )
    ):
        return []
    if rule.not_after and t0 > 0 and frames.tokens[t0 - 1].lower in rule.not_after:
        return []
    if rule.linked and _unlinked(frames, rule, t0, t1):
        return []  # "X confirmed the acquisition and chose Y": the noun points back
    if rule.not_before and t1 < len(frames.tokens) and frames.tokens[t1].lower in rule.not_before:
        return []  # "found that X ...": the past of find, no founding
    if rule.not_object and _names_object(frames, rule.not_object, t0, t1):
        return []  # "nam de domeinregistratie van X over": a service taken over
    if (
        rule.not_after
        and t0 > 0
        and frames.tokens[t0 - 1].lower.endswith(("'s", "’s"))
        and not POSSESSIVES.isdisjoint(rule.not_after)
    ):
        return []  # "TikTok's own algorithm": a name's possessive, as "its own"
    if rule.relation == SUE:
        if _nominalized(frames, t0) or _nominalized(frames, t1 - 1):
            return []  # "zoals het opleggen van een boete": a kind of act, no act done
        return _lawsuit(frames, rule, t0, t1)
    if _group_participle(frames, t0):
        return []  # "platforms that recommend videos to users using algorithms"
    if rule.relation == "AMENDS" and _amends_a_common_noun(frames, t1):
        return []  # "should amend the decision regarding X's breaches of the GDPR"
    rel_type = frames.ontology.relationship_type(rule.relation)
    source_types, target_types = _endpoint_types(frames.ontology, rule.relation)
    source_side, target_side = rule.source, rule.target
    if rule.flip and source_side == "subject" and _aux_beside(frames, t1 - 1):
        # "dat X uit de App Store wordt geweerd (door Y)": the subject is the object
        source_side, target_side = "agent", "subject"
    elif rule.flip and frames.passive(t0):
        source_side, target_side = _flipped(source_side), _flipped(target_side)
    elif (
        rule.relation == "OWNS"
        and source_side == "any"
        and not rule.noun
        and frames.passive(t0)
        and not _agent_after(frames, t1)
    ):
        return []  # "until after X was acquired": a passive with no agent names no owner
    elif source_side == "left" and frames.inverted(t0):  # "In 2019 wijzigde X de Y"
        source_side = "v2subject"
        if target_side == "right":
            target_side = "v2object"
    elif source_side in ("left", "subject") and target_side == "right" and frames.verb_last(t0, t1):
        source_side, target_side = "vlsubject", "vlobject"  # "omdat X Y had overgenomen"
    if (
        target_side == "any"
        and source_side in ("any", "left")
        and not rule.noun
        and frames._included_after(t1, frames.mentions, True) is not None
    ):
        target_side = "next"  # "X owns three sites: A, B and C": the names the colon lists
    frames.relation = rule.relation
    skip = _after_words(frames, rule.skip_after) if rule.skip_after else ()
    if rule.relation == "SERVICED":  # a regulator or a legislature serves no platform
        skip = skip + tuple(
            m for m in frames.mentions if _authority(m.best) or _addressee(frames, m)
        )
    elif rule.relation == "OWNS":  # a public body is neither a platform nor its owner here
        skip = skip + tuple(m for m in frames.mentions if _authority(m.best))
    skip = skip + _reported_speakers(frames, t0) + _reporting_subjects(frames, t0)
    skip = skip + _accusers(frames, t0)
    picked = _ends(
        frames, source_types, target_types, source_side, target_side, t0, t1, rule.noun, skip
    )
    if rule.relation == "HEARD_BY":
        picked = (picked[0], [(m, o) for m, o in picked[1] if not _another_decision(frames, m)])
    if rule.relation == "OWNS" and rule.noun and len(picked[0]) > 1:
        picked = (_one_holder(frames, picked, t0, t1), picked[1])
    if rule.relation == "OWNS" and frames.tokens[t0].lower in KIN_NOUNS.get(frames.language, ()):
        # "een dochter van Meta" is a subsidiary, "de dochter van investeerder X" a person's
        # child: a kin noun's person is kin, no owner
        picked = ([p for p in picked[0] if p[1].type != "Person"], picked[1])
    if rule.relation == "OWNS" and target_side == "left":
        head_at = _apposition_head(frames, t0)
        if head_at is not None:  # "Y, a rival owned by Z": what is owned is Y
            picked = (
                picked[0],
                [(m, o) for m, o in picked[1] if m is not None and m.last == head_at],
            )
        elif _participle_of_noun(frames, t0):
            # "purchases made on platforms owned by Z": what is owned is the bare noun the
            # participle follows, no name further left
            picked = (picked[0], [])
    if rule.relation == "OWNS" and len(picked[1]) > 1:
        picked = (picked[0], _relative_list(frames, picked[1], t0))
    if (
        rule.relation == "OWNS"
        and source_side == "any"
        and not rule.noun
        and not VERB_FINAL[frames.language]
        and not frames.passive(t0)
    ):  # "X bought Y Media": an active verb's owner never stands after it with the platform
        # before it (that reads the object as the owner of a name before the verb)
        picked = (
            [(m, o) for m, o in picked[0] if m is None or m.first < t0
             or not any(p is not None and p.last <= t0 for p, _ in picked[1])],
            picked[1],
        )  # fmt: skip
    if rule.relation == "SHUT_DOWN":
        # a vendor taking a site offline ends its service; an unknown name after an inverted
        # verb is no authority ("Uiteindelijk haalde AWS de website offline")
        picked = (
            [
                (m, o)
                for m, o in picked[0]
                if m is None
                or not (
                    m.best.type == "Vendor" or (source_side == "v2subject" and m.kind == "weak")
                )
            ],
            picked[1],
        )
        picked = (_authorities(frames, picked[0], picked[1]), picked[1])
        if _proceeding_of(frames, picked[1]):
            picked = (picked[0], [])  # "closed down its investigation into X": the case ends
    if rule.strict:
        picked = (
            [
                (m, o) for m, o in picked[0]
                if m is None or rule.strict == "target" or m.best.type in source_types
            ],
            [
                (m, o) for m, o in picked[1]
                if m is None or rule.strict == "source" or m.best.type in target_types
            ],
        )  # fmt: skip
    if rule.not_across:
        picked = (
            [(m, o) for m, o in picked[0] if not _across(frames, m, t0, t1, rule.not_across)],
            [(m, o) for m, o in picked[1] if not _across(frames, m, t0, t1, rule.not_across)],
        )
    if rule.relation in _BRACKETED_NO_END:
        picked = (
            [(m, o) for m, o in picked[0] if m is None or not _bracketed_apart(frames, m, t0)],
            [(m, o) for m, o in picked[1] if m is None or not _bracketed_apart(frames, m, t0)],
        )
    if not picked[1] and target_side == "next":
        antecedent = frames.relative_antecedent(t0, target_types)  # "X, which Y founded"
        if antecedent is not None:
            picked = (picked[0], [antecedent])
    if rule.relation == "IN_JURISDICTION":  # a place phrase of a case is jurisdictions.py's
        picked = (
            # an unknown acronym is a law only where a law's own verb says so ("amends")
            [
                (m, o)
                for m, o in picked[0]
                if not (m is not None and m.kind == "weak" and o.type == "Law")
            ],
            picked[1] if picked[1] and _plain_place(frames, picked[1][0][0]) else [],
        )
        if any(_own_name_place(frames, m, t) for m, _ in picked[0] for t, _ in picked[1]):
            return []  # "the Central District of California": a place in the court's own name
        picked = ([(m, o) for m, o in picked[0] if _located_there(frames, m, o, t0)], picked[1])
    if rule.relation == "PROMPTED":  # the cause and the law are the trigger's own phrases
        picked = (_own_phrase(frames, picked[0], t1), _own_phrase(frames, picked[1], t1))
    sources = [option for _, option in picked[0]]
    targets = [option for _, option in picked[1]]
    if (
        not sources
        and "Case" in source_types
        and rule.relation not in _NO_CASE_FALLBACK
        and rule.relation != "IN_JURISDICTION"  # a place phrase must follow the case's words
    ):
        case = frames.case_in_sentence(t0)
        if case is not None:
            sources = [case]
    if not sources and "Law" in source_types and rule.relation != "AMENDS":
        law = frames.described_law(0)
        if law is not None:
            sources = [law]
    if (
        not sources
        and "Case" in source_types
        and rule.relation != "IN_JURISDICTION"
        and rule.relation not in _NO_CASE_FALLBACK
        and not _another_case(frames)
        and (
            not rule.explicit_case
            or frames.words & _RULING_WORDS[frames.language]
            or frames.accuses_a_party()
            or frames.judge_holds()
            or (rule.relation == "INVOKES" and frames.regulator_finds())
        )
    ):
        case = frames.case_from_context(t0)
        if case is not None:
            sources = [case]
    breacher: list[Option] = []
    if (
        not sources
        and rule.relation == "INVOKES"
        and rule.explicit_case
        and not _another_case(frames)
    ):
        # "Apple breached the DMA": the case the breaching party defends, now or later
        breacher = frames.breaching_party(t0)
        defended = frames.case_defended_by(breacher) if breacher else None
        if defended is not None:
            sources = [defended.option]
    if not targets and rule.relation == "INVOKES":
        apposed = _apposed_law(frames, t1)
        if apposed is not None:
            targets = [apposed]
    if not targets and "Law" in target_types and rule.relation != "AMENDS":
        law = frames.described_law(t1 if target_side not in ("left", "any") else 0)
        if law is not None:
            targets = [law]
    if pointing is not None:
        sources, targets = pointing
    elif rule.noun and rule.relation in _ROLE_NOUN_RELATIONS:
        possessed = _possessed_role(frames, t0, t1, source_types, target_types)
        picked = possessed or _apposed_ends(frames, picked, t0, t1)
        sources = [option for _, option in picked[0]]
        targets = [option for _, option in picked[1]]
    maybe_owners: set[tuple[str, str]] = set()
    if rule.relation == "SERVICED":
        # a company that might as well be a vendor is a customer only if the document says
        # it owns a platform (pipeline checks: "ended its relationship with Quillmark
        # Holdings", the owner of the forum X)
        maybe_owners = {t.ident for m, t in picked[1] if not _customer(m, t)}
        targets = [t for m, t in picked[1] if _customer(m, t) or t.ident in maybe_owners]
        grouped = {id(m) for m, _ in picked[0] if m is not None}
        listed = {  # "GoDaddy, PayPal pull service": names listed together are one side
            id(m) for m in frames.mentions for s_m, _ in picked[0]
            if s_m is not None and (
                0 < m.first - s_m.last <= 1 or 0 < s_m.first - m.last <= 1
            ) and all(t.text == "," for t in frames.tokens[min(m.last, s_m.last):max(m.first, s_m.first)])
            and not _possessive(frames.tokens[m.last - 1].text)  # "PayGate, Grimchan's processor"
        }  # fmt: skip
        targets = [t for (m, t) in picked[1] if id(m) not in grouped | listed and t in targets]
    # "Aylo, which operates A and B over claims the sites hosted ...": names that one
    # conjunction joins share a role in their clause, never each other's ends
    joined = _coordinated_pairs(frames, picked, t0, t1)
    pairs = [
        (source, target)
        for source in sources
        for target in targets
        if source.ident != target.ident
        and source.name.casefold() != target.name.casefold()
        and rel_type.allows(source.type, target.type)
        and (source.ident, target.ident) not in joined
    ]
    if not pairs:
        if breacher and not sources and len(targets) == 1 and targets[0].type == "Law":
            frames.discourse.late_laws.append(
                (breacher, targets[0], rule.id, rule.confidence, frames.sentence)
            )
        return []  # status, dates and properties are looked up only for claims
    status = frames.status(t0, t1, rule.status, rule.relation not in FACT_RELATIONS)
    if rule.relation in _ESTABLISHED or (status == "ruled" and rule.relation in _STATE_NOUNS):
        # a matter of record (docs/annotation.md, section 5); a fine or a ruling in the
        # sentence decides the case, not who owns or founded the site ("the fine for the app,
        # part of the group X")
        status = "established"
    elif (
        status == "alleged" and (rule.noun or rule.identifying)
        and rule.relation in _STATE_NOUNS and not frames.copular(t0, t1)
    ):  # fmt: skip
        # "De vrouwen beschuldigen Pornhub en moederbedrijf MindGeek van ...": the hedge
        # governs the claim, not the apposition that identifies a party (section 5)
        status = "established"
    elif rule.relation == "INVOKES" and (frames.judge_holds() or frames.regulator_finds()):
        status = "ruled"  # a judge's or a fining regulator's finding on how the law applies
    elif rule.relation == "INVOKES" and breacher and status != "ruled":
        # "Meta breached the DMA" told plainly of a case a regulator or court decided (a
        # fine, a conviction): its finding
        defended = frames.case_defended_by(breacher)
        if defended is not None and defended.decided:
            status = "ruled"
    if rule.relation in _UNDATED or (rule.relation == "INVOKES" and status != "ruled"):
        dated = False  # dated only by a ruling (docs/annotation.md, section 6)
    elif (rule.noun or rule.state) and rule.relation in _STATE_NOUNS:
        # "X, the owner of Y, said on Tuesday": a state, no event (but "became Y's owner in
        # 2015" dates it in its own clause)
        dated = frames.dated_clause(t0)
    else:
        dated = True
    # the sentence's dates are found only when they may date the claim
    on, start, end = (
        frames.dates_for(t0, rule.ended or ending, rule.relation) if dated else (None, None, None)
    )
    props = {}
    if rule.relation == "SERVICED":
        service = frames.service
        if service:
            props["service"] = service
    elif rule.relation == "INVOKES":
        props["claim"] = "defence" if frames.words & DEFENCE else "claim"
    return [
        Claim(rule.relation, source, target, status, rule.id, rule.confidence,
              frames.sentence, on, start, end,
              dict(props, **{OWNER_CHECK: True}) if target.ident in maybe_owners else dict(props))
        for source, target in pairs
    ]  # fmt: skip


_ROLE_NOUN_RELATIONS: Final = frozenset({"OWNS", "FOUNDED", "SERVICED"})
#: Facts about platforms and laws, not about a case: a ruling word in their sentence decides
#: the case, so it rules them only as a court's own finding (docs/annotation.md, section 5).
FACT_RELATIONS: Final = frozenset(
    {"OWNS", "FOUNDED", "SERVICED", "SHUT_DOWN", "PROMPTED", "AMENDS"}
)
_PARTY_GAP: Final = (
    2  # tokens between a breaching party's name and the breach verb ("X also breached")
)
#: A claim property: the SERVICED customer holds only if the document says it owns a platform.
OWNER_CHECK: Final = "_owner_check"
_STATE_NOUNS: Final = frozenset({"OWNS", "FOUNDED"})  # role nouns that date nothing ("the owner")
#: Relationships whose case must stand in the rule's slot: a case the sentence or the
#: document is about does not cause a law the sentence names ("the Act, passed in response
#: to concerns about safety, gives Ofcom powers").
_NO_CASE_FALLBACK: Final = frozenset({"PROMPTED"})
_REPEATED_REACH: Final = 8  # tokens after a suit's trigger where "on several occasions" may stand
_OWN_PHRASE: Final = 6  # tokens between a trigger and the end of its own phrase


def _coordinated_pairs(
    frames: SentenceFrames,
    picked: tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]],
    t0: int,
    t1: int,
) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """The (source, target) idents of picked ends that "and" joins as members of one list
    ("A and B", "the forum A and the hosting company B", "A en B") outside the trigger's
    words: coordinated names take one role in their clause together, so neither is the
    other's vendor, owner or cause (but "Pornhub and parent company MindGeek" names the
    owner by the trigger between them)."""
    out: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    tokens = frames.tokens
    for s_m, s_o in picked[0]:
        for t_m, t_o in picked[1]:
            if s_m is None or t_m is None:
                continue
            first, second = (s_m, t_m) if s_m.first < t_m.first else (t_m, s_m)
            if first.last > second.first or first.last <= t0 < second.first:
                continue  # the trigger stands between them
            # "Bumble, the dating app, and Match Group": over the first name's apposition
            between = _past_aside(
                [t.lower for t in tokens[first.last : second.first]], frames.language
            )
            if (
                between
                and not AND.isdisjoint(between)
                and not any(m.first >= first.last and m.last <= second.first
                            for m in frames.mentions)
                and _joins(between, frames.language)
            ):  # fmt: skip
                out.add((s_o.ident, t_o.ident))
    return out


def _companies(mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a company, not by a pronoun or a body of people."""
    return [
        m for m in mentions
        if m.kind != "coref" and m.option_for(_COMPANY_ENDS) is not None
        and not _body(m)
    ]  # fmt: skip


def _pointing_role(
    frames: SentenceFrames, rule: Rule, t0: int, t1: int
) -> tuple[list[Option], list[Option]] | None:
    """ "Meta was fined ... The parent company of Facebook said", "het moederbedrijf van
    Instagram en Facebook": a definite owner noun that points back to a company (a coref
    mention around the trigger) owns the sites "of"/"van" names right after it."""
    if not (rule.noun and rule.relation == "OWNS"):
        return None
    tokens = frames.tokens
    head = next(
        (m for m in frames.mentions
         if m.kind == "coref" and m.first < t0 and t1 <= m.last <= t1 + 1),
        None,
    )  # fmt: skip
    if head is None:
        return None
    # the company told of last in the sentence before ("X sued Meta. The groups negotiated
    # with the parent company of Facebook": Meta); a company named before the noun in its
    # own sentence is another party ("X spoke with the parent company of Y": not X)
    companies = _COMPANY_ENDS
    history = frames.discourse.history
    if _companies([m for m in frames.mentions if m.last <= head.first]) or not history:
        return None
    before = _companies(history[-1])
    owner = max(before, key=lambda m: m.last) if before else None
    option = owner.option_for(companies) if owner is not None else None
    if option is None or option.ident != head.best.ident:
        return None
    if any(option.ident in case.plaintiffs for case in frames.discourse.cases):
        return None  # "X sued Meta. X talked with the parent company of Y": who sues is no owner
    j = head.last
    if j >= len(tokens) or tokens[j].lower not in OF:
        return None
    j += 1
    while j < len(tokens) and tokens[j].lower in SKIPPABLE:
        j += 1
    first = next((m for m in frames.mentions if m.first == j), None)
    if first is None or first.option_for(("Platform",)) is None:
        return None
    owned = [o for _, o in frames.coordinated(first, ("Platform",))]
    return [option], owned


def _relative_list(
    frames: SentenceFrames, owned: list[tuple[Mention, Option]], t0: int
) -> list[tuple[Mention, Option]]:
    """The owned names of a relative clause between commas ("Meta, which owns WhatsApp,
    Google and Twitter have been forced to ..."): a list that runs on into a verb without the
    comma that closes the clause is the main clause's subject after its first member."""
    tokens = frames.tokens
    relatives = RELATIVES[frames.language]
    if not (t0 >= 2 and tokens[t0 - 1].lower in relatives and tokens[t0 - 2].text == ","):
        return owned
    ordered = sorted(owned, key=lambda pair: pair[0].first)
    first, last = ordered[0][0], ordered[-1][0]
    if first.first < t0 or last.last >= len(tokens):
        return owned
    if tokens[last.last].text in _CLAUSE_CLOSERS or tokens[first.last].text != ",":
        return owned  # the clause closes after the list ("..., and Twitter, said")
    return ordered[:1]


_CLAUSE_CLOSERS: Final = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–"})
_DASHES: Final = frozenset({"—", "–"})


def _own_phrase(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]], t1: int
) -> list[tuple[Mention, Option]]:
    """Ends after the trigger only in its own phrase: articles, modifiers and "of" between
    ("led to the adoption of X", "in response to the Backpage scandal"), no other
    preposition or punctuation ("led to charges under X", "in response to concerns about
    safety, gives X")."""
    tokens = frames.tokens
    out = []
    for m, option in picked:
        if m is not None and m.first >= t1:
            between = tokens[t1 : m.first]
            if len(between) > _OWN_PHRASE or any(
                not t.text.isalpha()
                or (t.lower in PREPOSITIONS and t.lower not in OF)
                or t.lower in LAW_PREPS
                or t.lower in JURISDICTION_PREPS
                or t.lower in _law_triggers(frames.language)
                for t in between
            ):
                continue
        out.append((m, option))
    return out


_FRONTED: Final = 6  # tokens a fronted adverbial may take before a verb-second verb
_PENDING_SENTENCES: Final = 3
_ESTABLISHED: Final = frozenset(
    {"HEARD_BY", "IN_JURISDICTION"}
)  # a case's bringer waits this many sentences for its defendants
_APPOSITION_GAP: Final = 3  # tokens between a role noun and the name it is said of


def _possessed_role(
    frames: SentenceFrames,
    t0: int,
    t1: int,
    source_types: tuple[str, ...],
    target_types: tuple[str, ...],
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]] | None:
    """ "Chatterly and its owner, Zorblat Inc.": a role noun after a possessive pronoun
    belongs to the name before the pronoun (the target), and the name right after the noun
    holds the role (the source). None when the sentence is not so built."""
    tokens = frames.tokens
    j = t0 - 1
    while (
        j >= 0
        and tokens[j].lower not in POSSESSIVES
        and (tokens[j].lower in NP_WORDS or tokens[j].lower in ROLES)
    ):
        j -= 1
    if j < 1 or tokens[j].lower not in POSSESSIVES:
        return None
    holder = next(
        (m for m in frames.mentions
         if t1 <= m.first <= t1 + 1 and all(t.text == "," for t in tokens[t1 : m.first])),
        None,
    )  # fmt: skip
    owned = max(
        (m for m in frames.mentions if m.last <= j and j - m.last <= 2), key=lambda m: m.last,
        default=None,
    )  # fmt: skip
    if holder is None or owned is None:
        return None
    target = owned.option_for(target_types)
    holders = frames.coordinated(holder, source_types)  # "its owners, X and Y"
    if target is None or not holders:
        return None
    return holders, [(owned, target)]


def _noun_phrase_between(frames: SentenceFrames, a: int, b: int) -> bool:
    """Do only a noun phrase's words stand between tokens a and b ("X, the founder of",
    "X's owner", "X, one of the co-founders of", "X, who is the owner of")? Not a verb ("X
    sued the founder of Y, Z": X is the verb's subject, the role is Z's)."""
    tokens = frames.tokens
    relatives = RELATIVES[frames.language]
    return all(
        not t.text.isalpha() or t.text[:1].isupper() or t.lower in NP_WORDS or t.lower in FORMER
        or t.lower in ADVERBS or t.lower in VENDOR_MODIFIERS or t.lower in CONJUNCTIONS
        or t.lower in OF or t.lower in NUMBERS or t.lower in relatives or t.lower in COPULAS
        # "former Tinder exec and co-founder X": another noun coordinated with the role's
        or (k + 2 == b and tokens[k + 1].lower in CONJUNCTIONS)
        for k, t in enumerate(tokens[a:b], a)
    )  # fmt: skip


def _apposed_ends(
    frames: SentenceFrames,
    picked: tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]],
    t0: int,
    t1: int,
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]]:
    """A role noun ("parent company", "owner", "founder") states a fact of the names beside
    it ("X, Pornhub's parent company", "Backpage's owner X", "oprichter van de app X") or
    of the subject of its copula ("X became Backpage's owner"), not of any name in its
    sentence: other ends are dropped."""
    tokens = frames.tokens
    # "X became Backpage's owner": a copula right before the role noun's phrase
    j = t0 - 1
    while j >= 0 and (
        tokens[j].lower in NP_WORDS or tokens[j].lower in FORMER or tokens[j].lower in ADVERBS
        or tokens[j].text[:1].isupper() or _possessive(tokens[j].lower)
        or tokens[j].lower in VENDOR_MODIFIERS
    ):  # fmt: skip
        j -= 1
    copular = j >= 0 and tokens[j].lower in COPULAS
    if (
        not copular
        and t1 < len(tokens)
        and tokens[t1].lower in COPULAS
        and any(
            tokens[i].lower in RELATIVES[frames.language] and tokens[i - 1].text == ","
            for i in range(max(j, 1), t0)
        )
    ):
        copular = True  # "X, die ook de oprichter is van Y": a relative clause's last verb

    # a coordination ("X and Y, Backpage's owners") stands or falls together
    sources = (
        picked[0] if any(_near_role(frames, m, True, t0, t1, copular) for m, _ in picked[0]) else []
    )
    targets = (
        picked[1]
        if any(_near_role(frames, m, False, t0, t1, copular) for m, _ in picked[1])
        else []
    )
    if not targets and picked[1]:  # "sued the founder of the app X, Y": the "of" name
        _, target_types = _endpoint_types(frames.ontology, frames.relation)
        taken = {id(m) for m, _ in sources}
        of_names = [m for m in frames.mentions if m.first >= t1 and id(m) not in taken
                    and m.option_for(target_types)
                    and _near_role(frames, m, False, t0, t1, copular)
                    and any(t.lower in OF for t in tokens[t1 : m.first])]  # fmt: skip
        if of_names:
            first = min(of_names, key=lambda m: m.first)
            option = first.option_for(target_types)
            targets = [(first, option)] if option is not None else []
    possessor = [
        (m, o) for m, o in targets
        if m is not None and m.last <= t0 and _possessive(tokens[m.last - 1].text)
        and all(t.lower in NP_WORDS or t.lower in FORMER for t in tokens[m.last : t0])
    ]  # fmt: skip
    if possessor:  # "indicted A Ltd and B Ltd, A's founder X": the role is of A alone
        targets = possessor
    elif any(
        m.last <= t0
        and _possessive(tokens[m.last - 1].text)
        and all(t.lower in NP_WORDS or t.lower in FORMER for t in tokens[m.last : t0])
        for m in frames.mentions
    ):  # "Alphabet – Google's parent company": the role is Google's, which no end here fits
        targets = []
    if (
        len(sources) > 1
        and tokens[t1 - 1].lemma == tokens[t1 - 1].lower
        and all(m is not None and m.last <= t0 for m, _ in sources)
    ):  # "A, B and C, D's parent company": a singular role is of the name beside it alone
        sources = [max(sources, key=lambda pair: pair[0].last if pair[0] is not None else -1)]
    if not sources:  # "Zed Holdings, the parent company of X": the name beside the noun
        source_types, _ = _endpoint_types(frames.ontology, frames.relation)
        taken = {id(m) for m, _ in targets}
        beside = [
            m for m in frames.mentions
            if m.last <= t0 and t0 - m.last <= _APPOSITION_GAP and m.option_for(source_types)
            and id(m) not in taken and _noun_phrase_between(frames, m.last, t0)
        ]  # fmt: skip
        if beside:
            m = max(beside, key=lambda m: m.last)
            option = m.option_for(source_types)
            sources = [(m, option)] if option is not None else []
        else:  # "Parlomo's parent company, Quillmark," "het moederbedrijf van X, Y,"
            after = _apposed_after(frames, t1, source_types, taken)
            if after is not None:
                sources = frames.coordinated(after, source_types)
    return sources, targets


def _near_role(
    frames: SentenceFrames, m: Mention | None, subject: bool, t0: int, t1: int, copular: bool
) -> bool:
    """Does `m` stand beside the role noun at t0..t1, so that the role states a fact of
    it: right before it (over a noun phrase), as the subject of its copula, or right after
    it (over "of" and a few words)?"""
    tokens = frames.tokens
    if m is None:
        return True
    if m.last <= t0:
        if any(t.lower in AGENT_PREPS[frames.language] for t in tokens[m.last : t0]):
            return False  # "downloads via X by Altice's customers": X is no apposition
        if subject and copular:
            return True
        return t0 - m.last <= _APPOSITION_GAP and _noun_phrase_between(frames, m.last, t0)
    gap = m.first - t1
    person = next(
        (p for p in frames.mentions if t1 <= p.first and p.last <= m.first
         and p.best.type == "Person"), None,
    )  # fmt: skip
    if person is not None and not all(
        t.lower in OF or t.lower in SKIPPABLE for t in tokens[person.last : m.first]
    ):
        return False  # "volgens oprichter X is het besluit van Y": Y is no founded firm
    if gap <= _APPOSITION_GAP:
        return True
    if (
        subject
        and gap <= _APPOSITION_GAP * 3
        and any(t.lower in COPULAS for t in tokens[t1 : m.first])
    ):
        return True  # "Eigenaar van het forum X is het bedrijf Y"
    # "owner of the app X", "oprichter en eigenaar van de app X"
    return gap <= _APPOSITION_GAP * 2 and any(t.lower in OF for t in tokens[t1 : m.first])


def _authorities(
    frames: SentenceFrames,
    sources: list[tuple[Mention, Option]],
    targets: list[tuple[Mention, Option]],
) -> list[tuple[Mention, Option]]:
    """Who may shut a platform down: an authority, not a company (a name ending in a legal
    form or a company word: the owner closing its own site), not the target's owner (known,
    or named as "its owner X"), and not a name inside a phrase of another preposition ("the
    settlement with the FTC shut down X")."""
    tokens = frames.tokens
    owners = frames.discourse.knowledge.owners
    owned = {o.key for _, o in targets if o.key}
    out = []
    for m, option in sources:
        if m is not None:
            if _company(option.name):
                continue
            if option.key and any(option.key in owners.get(key, ()) for key in owned):
                continue
            j = m.first - 1
            while j >= 0 and tokens[j].lower in SKIPPABLE:
                j -= 1
            if j >= 0 and (
                ROLES.get(tokens[j].lower) == "owner"
                or tokens[j].lower in DESCRIPTIVE
                or (j > 0 and tokens[j - 1].lower in OWNER_MODIFIERS)
            ):
                continue  # "by its owner Quillon", "het moederbedrijf X", "parent company X"
            if (
                j >= 0
                and tokens[j].lower in PREPOSITIONS
                and tokens[j].lower not in AGENT_PREPS[frames.language]
            ):
                continue
        out.append((m, option))
    return out


def _amends_a_common_noun(frames: SentenceFrames, t1: int) -> bool:
    """Is the object of an amending verb a common noun phrase that names no law ("amend the
    decision", "wijzigde zijn voorwaarden")? A law named later in it ("the decision on
    breaches of the GDPR") is not what is amended."""
    tokens = frames.tokens
    determiners = DEFINITE[frames.language] | INDEFINITE | POSSESSIVES
    j = t1
    if j >= len(tokens) or tokens[j].lower not in determiners:
        return False
    j += 1
    heads = LAW_HEADS[frames.language]
    words = 0
    while j < len(tokens) and words < 3 and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].lower in heads or tokens[j].lemma in heads:
            return False
        if words and tokens[j].lower in OF:
            return False  # "narrowed the protection of Section 230": the law's own part
        if words and (tokens[j].lower in PREPOSITIONS or tokens[j].lower.endswith("ing")):
            return True  # the noun phrase ends before its own phrase ("the decision on X")
        words += 1
        j += 1
    if not words or any(m.first == j for m in frames.mentions):
        return False  # "amend the federal Communications Decency Act"
    return j >= len(tokens) or not tokens[j].text[:1].isupper()


def _authority(option: Option) -> bool:
    """Is the option a public body by its name's head ("Data Protection Commission", "U.S.
    Senate", "Autoriteit Persoonsgegevens"): no vendor and no platform."""
    return any(
        word in AUTHORITY_HEADS for name in (option.name, *option.aliases) for word in name.split()
    )


def _company(name: str) -> bool:
    """Does a name end in a legal form or a company word ("Quillon Group", "Zorblat Inc.")?"""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return False
    return words[-1].lower() in LEGAL_FORMS or words[-1] in COMPANY_WORDS


def _own_name_place(frames: SentenceFrames, source: Mention | None, place: Mention | None) -> bool:
    """Is the place part of the source's own name: inside its span, or joined to it by "of"
    alone while the entity's name ends in that place ("Central District of California")?"""
    if source is None or place is None:
        return False
    if source.first <= place.first < source.last:
        return True
    between = frames.tokens[source.last : place.first]
    if not between or not all(t.lower in OF or t.lower in SKIPPABLE for t in between):
        return False
    names = {o.name for o in source.options}
    return any(name.endswith(place.text) for name in names)


def _across(
    frames: SentenceFrames, m: Mention | None, t0: int, t1: int, words: frozenset[str]
) -> bool:
    """Does one of these words stand between the trigger and a name after it ("under the
    old DPA 1998 rather than under GDPR": GDPR is across "rather") or before it ("Ofcom
    opened investigations into sites run by X": Ofcom is across "into")?"""
    if m is None:
        return False
    if m.last <= t0:
        return any(frames.tokens[j].lower in words for j in range(m.last, t0))
    if m.first < t1:
        return False
    return any(frames.tokens[j].lower in words for j in range(t1, m.first))


def _after_words(frames: SentenceFrames, words: frozenset[str]) -> tuple[Mention, ...]:
    """The mentions right after one of these words, over articles ("bought it from X":
    the seller owns nothing)."""
    tokens = frames.tokens
    out = []
    for m in frames.mentions:
        j = m.first - 1
        while j >= 0 and tokens[j].lower in SKIPPABLE:
            j -= 1
        if j >= 0 and tokens[j].lower in words:
            out.append(m)
    return tuple(out)


def _apposed_after(
    frames: SentenceFrames, t1: int, types: tuple[str, ...], taken: set[int]
) -> Mention | None:
    """The name in apposition after a role noun's phrase: a comma, then the name, with only
    the rest of the phrase before the comma (type nouns, "of" and a name of what is owned:
    "the parent company of X, Y")."""
    tokens = frames.tokens
    j = t1
    while j < len(tokens) and j - t1 <= _APPOSITION_GAP * 2 and tokens[j].text != ",":
        j += 1
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for k in range(t1, j):
        word = tokens[k].lower
        inside = any(m.first <= k < m.last for m in frames.mentions)
        if not (inside or word in OF or word in SKIPPABLE or type_of(word, frames.language)):
            return None  # "the owner said on Monday, ...": no apposition
    return next(
        (
            m for m in frames.mentions
            if m.first == j + 1 and id(m) not in taken and m.option_for(types) is not None
        ),
        None,
    )  # fmt: skip


def _located_there(
    frames: SentenceFrames, mention: Mention | None, option: Option, t0: int
) -> bool:
    """May the place phrase at t0 locate this law, case or court? A case only when its words
    stand right before the preposition ("the case in Brazil"; "Texans ... abuses of Texas
    privacy rights" says nothing of the suit); a law not when it is itself a preposition's
    object ("took action under GDPR for ... operations in the EU"); a court not over a
    clause that a non-relative subordinator opens ("omdat het hoofdkantoor in Ierland zit")."""
    if mention is None:
        return True
    tokens = frames.tokens
    if option.type == "Case":
        return mention.last <= t0 and t0 - mention.last <= _CASE_PLACE_GAP
    if option.type == "Law":
        j = mention.first - 1
        while j >= 0 and tokens[j].lower in ARTICLES:
            j -= 1
        if j >= 0 and tokens[j].lower in LAW_PREPS:
            return False
    if option.type == "Court" and mention.last <= t0:
        subordinators = SUBORDINATORS[frames.language]
        relatives = RELATIVES[frames.language]
        return not any(
            tokens[k].lower in subordinators
            and tokens[k].lower not in relatives
            and not tokens[k + 1].text[:1].isdigit()  # "sinds 1996": a preposition
            for k in range(mention.last, t0)
        )
    return True


_CASE_PLACE_GAP: Final = 2  # tokens between a case's words and the preposition of its place


def _plain_place(frames: SentenceFrames, mention: Mention | None) -> bool:
    """A place a law, case or court is simply said to be in ("applies across the United
    Kingdom"), not an adjective ("a Texas court"), not the place of unnamed courts ("state
    courts in California") and not in the clause of a case's verb ("charges filed in
    California", which jurisdictions.py reads)."""
    if mention is None or mention.extra.get("adjective"):
        return False
    tokens = frames.tokens
    after = tokens[mention.last].lower if mention.last < len(tokens) else ""
    if after in CASE_NOUNS or after in COURT_NOUNS or after in LAW_HEADS[frames.language]:
        return False
    prep = mention.first - 1
    while prep > 0 and tokens[prep].lower in SKIPPABLE:
        prep -= 1
    if prep > 0 and (
        tokens[prep - 1].lower in COURT_NOUNS
        or tokens[prep - 1].lower.rpartition("-")[2] in COURT_NOUNS
        or tokens[prep - 1].lower in ROLES
    ):
        return False  # "state courts in California", "a judge in Texas", "het EU-hof in X"
    if not place_attaches(frames, mention):
        return False
    segment = frames.segment
    window = range(max(0, mention.first - 8), min(len(tokens), mention.last + 8))
    return not any(
        case_verb_word(tokens[i]) and segment[i] == segment[mention.first] for i in window
    )


_PLACE_PREP_REACH: Final = 3  # tokens between a place phrase's preposition and the place
_LOCATED: Final = ("Law", "Case", "Court")


def _reported_between(frames: SentenceFrames, start: int, end: int) -> bool:
    """Does a clause of what is said or alleged open between the two tokens ("the suit
    alleges that X was the largest site in the US": the place is the site's, not the
    suit's)?"""
    tokens = frames.tokens
    hedges = HEDGES.get(frames.language, frozenset())
    return any(
        tokens[k].lower in _THAT
        and any(w in SAY or w in hedges for w in (tokens[k - 1].lower, tokens[k - 1].lemma))
        for k in range(max(start, 1), end)
    )


_THAT: Final = frozenset({"that", "dat"})


def place_attaches(frames: SentenceFrames, mention: Mention) -> bool:
    """Can the place phrase of this jurisdiction say where a law, case or court is, rather
    than describe another noun ("child-safety groups in Canada", "sites in the UK",
    "juristen in Brussel")? The word before its preposition must be a name, a law's or a
    case's noun, a verb of a case, of enacting or applying a law ("filed in", "signed into
    law in", "geldt in"), an auxiliary, a relative, a number or punctuation."""
    tokens = frames.tokens
    j = mention.first - 1
    while j > 0 and tokens[j].lower in SKIPPABLE:
        j -= 1
    if j > 0 and tokens[j].lower in CONJUNCTIONS:  # "in Canada and the United Kingdom"
        earlier = next((m for m in frames.mentions if m.last == j and "place" in m.extra), None)
        if earlier is not None:
            return place_attaches(frames, earlier)
    prep = next(
        (j for j in range(mention.first - 1, max(-1, mention.first - 1 - _PLACE_PREP_REACH), -1)
         if tokens[j].lower in PREPOSITIONS or tokens[j].lower in JURISDICTION_PREPS),
        None,
    )  # fmt: skip
    if prep is None or prep == 0:
        return True
    before = tokens[prep - 1]
    if before.text == "," and any(
        m.last == prep - 1 and m.best.type == "Person" for m in frames.mentions
    ):
        return False  # "Ann Roe, of Ohio, sued X": where the person lives, set off by commas
    if not before.text.isalpha() or (before.text[:1].isupper() and prep > 1):
        return True  # a number, punctuation or a name (a sentence's first word may be any)
    if any(m.first <= prep - 1 < m.last for m in frames.mentions):
        return True
    lower, lemma = before.lower, before.lemma
    if lower in CASE_NOUNS and any(t.lower in OTHER for t in tokens[max(0, prep - 3) : prep - 1]):
        return False  # "settled a similar case in Florida": another case's place
    if lower in GROUP_NOUNS or lower in ROLES:
        return False  # "on behalf of families in Texas", "a lawyer in London"
    language = frames.language
    if any(
        m.last <= prep and m.option_for(_LOCATED) and not _reported_between(frames, m.last, prep)
        for m in frames.mentions
    ):
        return True  # the law, case or court the clause is about comes first ("the Act
        # applies to platforms in the EU", "the highest court for civil matters in Texas")
    return any(
        word in words
        for word in (lower, lemma)
        for words in (
            _event_verbs(language),  # "leidde in de VS tot strengere wetgeving"
            CASE_VERBS, ENACT_VERBS, JURISDICTION_CUES, CASE_NOUNS, LAW_HEADS[language],
            PASSIVE_AUX[language], AUXILIARIES[language], ADVERBS, COPULAS,
            SUBORDINATORS[language], NEGATIONS[language],
        )
    )  # fmt: skip


@cache
def _event_verbs(language: str) -> frozenset[str]:
    """The trigger words of the language's rules of events about laws and cases (suing,
    prompting, amending, shutting down): a place phrase after one places that event."""
    from liability_graph.loaders.extract.rules import rules_for

    return frozenset(
        word
        for rule in rules_for(language)
        if rule.relation in _EVENT_RELATIONS and not rule.noun
        for word in rule.specs[0].words
    )


@cache
def _law_triggers(language: str) -> frozenset[str]:
    """The first words of the language's INVOKES triggers ("under", "op grond van"): a
    phrase they open is a claim under a law, not the law itself."""
    from liability_graph.loaders.extract.rules import rules_for

    return frozenset(
        word for rule in rules_for(language) if rule.relation == "INVOKES"
        for word in rule.specs[0].words if " " not in word
    )  # fmt: skip


_EVENT_RELATIONS: Final = frozenset({SUE, "PROMPTED", "AMENDS", "SHUT_DOWN", "INVOKES"})


def _customer(mention: Mention | None, option: Option) -> bool:
    """A SERVICED customer: a platform, or an organisation that is only that (a known
    owner company, not a name that might as well be a vendor)."""
    if option.type != "Organization" or mention is None:
        return True
    return option.key is not None or all(o.type != "Vendor" for o in mention.options)


def _outside_brackets(words: list[str]) -> list[str]:
    """The words outside brackets ("(", "v", ")", "and" -> "and")."""
    kept, depth = [], 0
    for w in words:
        depth += (w == "(") - (w == ")")
        if depth == 0 and w != ")":
            kept.append(w)
    return kept


def _past_aside(between: list[str], language: str) -> list[str]:
    """The words between two listed names after an aside that the first one's comma opens
    and a comma closes: a relative clause or an apposition with an article ("A, who ran
    the forums, and B", "A, a moderator, and B"), with no name in it."""
    if (
        len(between) < 4
        or between[0] != ","
        or not (
            between[1] in RELATIVES[language] or between[1] in ARTICLES or between[1] in INDEFINITE
        )
    ):
        return between
    close = next((k for k in range(2, len(between)) if between[k] == ","), -1)
    return between[close:] if close > 2 else between


def _past_described_members(between: list[str]) -> list[str]:
    """ "A, B and several hosting firms, including C": the members a list describes before
    naming them ("and" or a comma, lower-case words, a comma and a list opener) join C to
    the list as its conjunction would."""
    if (
        len(between) >= 4
        and between[0] in CONJUNCTIONS
        and between[-1] in LIST_OPENERS
        and between[-2] == ","
        and all(w.isalpha() and w.islower() for w in between[1:-2])
    ):
        return [between[0]]
    return between


def _joins(between: list[str], language: str) -> bool:
    """Do these tokens join two coordinated names: conjunctions and commas, or "and" with
    a type or role noun ("Pornhub and parent company MindGeek", "X and its subsidiary Y",
    "X and its chief executive Y")?"""
    if "(" in between:  # "Visa (V) and Mastercard (MA)": a parenthesis is no break
        between = _outside_brackets(between)
        if not between:
            return False
    if len(between) > 2 and between[0] == "," and between[1] in RELATIVES[language]:
        return False  # "A, die de site B runde": B stands in A's relative clause
    if all(w in CONJUNCTIONS for w in between):
        return True
    if (
        len(between) == 2
        and between[0] in AND
        and (between[1] in ARTICLES or between[1] in INDEFINITE)
    ):  # "the X Act and the Y Act", "een 30-jarige man uit X en een 27-jarige man uit Y"
        return True  # "de AVG en de Telecommunicatiewet"
    if (
        len(between) == 3 and between[0] == "," and between[1] in AND and between[2] in ARTICLES
    ):  # "the X Act, the Y Act, and the Z Act": a list's last comma and "and" before
        return True  # the article of its last member
    # "along with (various)"; "X is samen met Y ... begonnen": over the finite verb of a
    # verb-final clause
    first = between[0]
    joined = between[1:] if first in AUXILIARIES[language] or first in COPULAS else between
    if joined and joined[0] == "," and len(joined) > 1:
        # "X, along with Y", "X heeft, samen met Y, ...": the comma opens the phrase
        joined = joined[1:]
    for phrase in COORDINATORS if joined and joined[0] in COORDINATOR_FIRSTS else ():
        size = len(phrase)
        if tuple(joined[:size]) != phrase:
            continue
        rest = joined[size:]
        if len(rest) <= 2 and all(w.isalpha() and w.islower() for w in rest):
            return True
        # "X, along with the site's founders Y": the phrase joins like "and" before a role
        between = [phrase[-1], *_possessive_nouns(rest, language)]
        return _role_introduces(between, language)
    if between[-1] == "," and len(between) > 2:  # "en de directeur, Pieter Vermolen"
        between = between[:-1]
    if (
        len(between) > 3
        and between[0] in AND
        and (between[1] in NUMBERS or between[1].isdigit())
        and between[2] in OF
    ):  # "X and two of its subsidiaries, Y and Z": the count names the members that follow
        between = [between[0], *between[3:]]
    if between[0] not in CONJUNCTIONS:
        return False
    return _role_introduces(between, language)


def _possessive_nouns(words: list[str], language: str) -> list[str]:
    """The words with a noun's possessive ("the site's", "the company’s") read as the
    possessive determiner it stands for ("its"), so a role after it introduces a party as
    after "its" ("along with the site's founders Y")."""
    possessive = next(iter(sorted(POSSESSIVES)), "")
    out: list[str] = []
    for w in words:
        stem = w[:-2] if _possessive(w) else ""
        if stem.isalpha() and possessive:
            if out and out[-1] in ARTICLES:
                out.pop()
            out.append(possessive)
        else:
            out.append(w)
    return out


def _role_introduces(between: list[str], language: str) -> bool:
    """Does this run, opened by a joining word ("and", "with"), end in a type or role noun
    that introduces the next name ("and its chief executive Y", "and parent company Y")?"""
    if len(between) > 4 and not (
        # "and its Chinese parent company": one modifier more after "and" and a possessive
        len(between) == 5 and between[1] in POSSESSIVES
    ):
        return False
    if not all(w.replace("-", "").isalpha() for w in between[1:]):
        return False
    # "X and its chief executive Y", "X en de directeur Y": a role noun introduces the next
    # party (roles that are never parties, a lawyer or a spokesperson, are dropped later)
    last = between[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    return (
        type_of(last, language) is not None
        or type_of(singular, language) is not None  # "and its subsidiaries, Y and Z"
        or any(" ".join(between[-size:]) in ROLES for size in (1, 2) if len(between) > size)
        or between[-1].removesuffix("s") in ROLES  # "X and its owners, Y and Z"
    )


def _denied(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> bool:
    """Is the trigger negated? A noun phrase only by a negation shortly before it in its
    clause, with no name between ("no lawsuit against X", "was not named as a defendant"),
    not by its clause's verb further off ("declined to rule in a lawsuit against X")."""
    if rule.relation == "INVOKES" and (_ruling_before(frames, t0) or frames.judge_holds()):
        return False  # "ruled that Section 230 did not shield X": the court applied the law
    if rule.relation == "INVOKES" and frames.tokens[t0].lemma in COMPLIANCE[frames.language]:
        return False  # "did not comply with the GDPR", "hield zich niet aan de AVG": a breach
    if rule.relation == "INVOKES" and frames.tokens[t0].lower in PREPOSITIONS:
        # "did not answer requests under the Act", "reageerde niet op vragen in het kader
        # van de wet": the clause's verb is negated, not the law its phrase cites; only a
        # negation right before the phrase denies it ("not under the Act")
        return t0 > 0 and frames.tokens[t0 - 1].lower in NEGATIONS[frames.language]
    if not rule.nominal:
        return frames.negated(t0, t1) and not _motion_denied(frames, t0)
    tokens = frames.tokens
    clause = tokens[t0].clause
    negations = NEGATIONS[frames.language]
    for j in range(t0 - 1, max(-1, t0 - _NOMINAL_NEGATION - 1), -1):
        if tokens[j].clause != clause or any(m.first <= j < m.last for m in frames.mentions):
            return False
        if tokens[j].lower in negations:
            return True
    return False


def _ruling_before(frames: SentenceFrames, t0: int) -> bool:
    """Does a ruling word stand before the trigger ("oordeelde dat ... niet beschermde")?"""
    rulings = RULINGS[frames.language]
    lowers = frames.sentence.lowers
    return any(lowers[j] in rulings for j in range(t0))


def _motion_denied(frames: SentenceFrames, t0: int) -> bool:
    """ "denied Visa's request to be dismissed from the lawsuit": a denied motion keeps what
    it asked to end. True when a motion noun stands between the clause's negation and the
    trigger (the negation is the court's, the party's request is what it denies)."""
    motions = MOTIONS[frames.language]
    tokens = frames.tokens
    for j in range(t0, max(-1, t0 - _MOTION_WINDOW), -1):  # the trigger may be the motion
        if tokens[j].lower in motions:
            return any(
                tokens[k].lower in NEGATIONS[frames.language]
                for k in range(max(0, j - _MOTION_WINDOW), j)
            )
    return False


def _reported_speakers(frames: SentenceFrames, t0: int) -> tuple[Mention, ...]:
    """The speakers whose reported pronoun stands before the trigger ("X said it had stopped
    processing payments for Y"): in the reported clause the pronoun is X, so X's own name is
    no second end there (else X and the pronoun would be read as two ends, one fact of X
    with itself, and Y left out)."""
    pronouns = [
        m for m in frames.mentions
        if m.kind == "coref" and m.extra.get("speaker") and m.last <= t0
    ]  # fmt: skip
    if not pronouns:
        return ()
    out = []
    for pronoun in pronouns:
        names = {o.name for o in pronoun.options}
        out += [
            m for m in frames.mentions
            if m.kind != "coref" and m.last <= pronoun.first and m.best.name in names
        ]  # fmt: skip
    return tuple(out)


def _reporting_subjects(frames: SentenceFrames, t0: int) -> tuple[Mention, ...]:
    """Who says what the reported clause holding the trigger tells, when that clause has a
    subject of its own ("Stichting X stelt dat Y jarenlang websites heeft gehost", "X says Y
    hosted the site"): the speaker is no end of the reported fact."""
    tokens = frames.tokens
    verbs = SAY_BY_LANGUAGE.get(frames.language, frozenset())
    if frames.words.isdisjoint(verbs):
        return ()  # no verb of saying in the sentence (issue #10's speed)
    articles = _ANY_ARTICLES
    out = []
    for m in frames.mentions:
        if m.last >= t0 or m.kind == "coref":
            continue
        say = None
        for k in range(m.last, min(t0, m.last + 3)):
            if tokens[k].lower in verbs or tokens[k].lemma in verbs:
                say = k
                break
            if not tokens[k].text.isalpha() or tokens[k].lower in articles:
                break  # "filed suit against X, alleging that ...": X is no speaker; "heeft
                # de claim van Y ...": a noun phrase, no verb of saying
        if say is None:
            continue
        if any(o is not m and say < o.first < t0 for o in frames.mentions):
            out.append(m)
    return tuple(out)


def _accusers(frames: SentenceFrames, t0: int) -> tuple[Mention, ...]:
    """Who accuses a party of the act the trigger tells ("X accuses Y of providing hosting
    to Z", "X beschuldigt Y van het hosten van Z"): the act is the accused's, the accuser
    is no end of it. The accusation's verb follows the accuser (over auxiliaries), the
    accused stands after the verb, and "of" opens the act before the trigger."""
    accusations = ACCUSATIONS.get(frames.language, frozenset())
    if frames.words.isdisjoint(accusations):
        return ()  # no verb of accusing in the sentence
    tokens = frames.tokens
    clause = tokens[t0].clause
    of = next(
        (j for j in range(t0 - 1, max(-1, t0 - 4), -1) if tokens[j].lower in OF), None
    )  # "of (illegally) providing"
    if of is None:
        return ()
    out = []
    for m in frames.mentions:
        if m.last >= of or m.kind == "coref" or tokens[m.first].clause != clause:
            continue
        verb = next(
            (k for k in range(m.last, min(of, m.last + 3)) if tokens[k].lower in accusations),
            None,
        )
        if verb is not None and any(o is not m and verb < o.first < of for o in frames.mentions):
            out.append(m)
    return tuple(out)


def _inflected_after_preposition(frames: SentenceFrames, t0: int) -> bool:
    """Does an inflected form that is neither a participle nor an -ing form follow a
    preposition ("to purchases", "of sales")? No verb stands there: it is a plural noun."""
    language = frames.language
    if VERB_FINAL[language] or t0 == 0 or frames.tokens[t0 - 1].lower not in PREPOSITIONS:
        return False  # (a verb-final clause may end in any form after a preposition's object)
    token = frames.tokens[t0]
    return (
        token.lower != token.lemma
        and not token.lower.endswith(PROGRESSIVE_ENDINGS.get(language, ()))
        and not token.lower.endswith(PARTICIPLE_ENDINGS.get(language, ()))
    )


def _participle_of_noun(frames: SentenceFrames, t0: int) -> bool:
    """Does the trigger follow a platform's or a company's common noun that no name
    stands for ("platforms owned by Z", "websites run by Z")? The participle then says
    what that noun is, and no name before it is its object."""
    tokens = frames.tokens
    if t0 == 0 or any(m.last == t0 for m in frames.mentions):
        return False  # "the site Quillchat, owned by Z", "the site owned by Z" pointed back
    word = tokens[t0 - 1]
    if not (word.text.isalpha() and word.text.islower()):
        return False
    if type_of(word.lower, frames.language) is None:
        return False
    # the noun phrase governed by a preposition other than "of" ("on platforms owned by Z";
    # not "one of several sites owned by Z", which holds the name before)
    j = t0 - 2
    while (
        j >= 0
        and t0 - j <= 4
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and (tokens[j].lower not in PREPOSITIONS)
    ):
        j -= 1
    return j >= 0 and tokens[j].lower in PREPOSITIONS and tokens[j].lower not in OF


def _apposition_head(frames: SentenceFrames, t0: int) -> int | None:
    """Where the name ends that an indefinite apposition right before the trigger describes
    ("Brelcoshield, a rival owned by Datahost": the comma after Brelcoshield), or None. The
    participle then modifies the apposition's noun, which is that name."""
    tokens = frames.tokens
    j = t0 - 1
    while j > 0 and t0 - j <= 3 and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].lower in INDEFINITE and j < t0 - 1:
            return j - 1 if tokens[j - 1].text == "," else None
        j -= 1
    return None


def _unlinked(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> bool:
    """Is the trigger a noun after an article with none of the rule's linking words right
    after it ("confirmed the takeover later that evening", "bevestigde de overname later")?
    Such a noun points back to a takeover told before; the names around it are not its
    ends ("the acquisition of X", "de overname door Y" name them)."""
    tokens = frames.tokens
    if t0 == 0:
        return False
    before = tokens[t0 - 1].lower
    if before not in DEFINITE[frames.language] and before not in INDEFINITE:
        return False
    return t1 >= len(tokens) or tokens[t1].lower not in rule.linked


def _unnamed_object(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Does a suing verb have a party right before it (over auxiliaries) and a plural noun
    of no name after it ("A and B have sued three websites", "families sued social media
    companies")? Its defendants are named later."""
    tokens = frames.tokens
    j = t0 - 1
    while j >= 0 and tokens[j].lower in AUXILIARIES[frames.language]:
        j -= 1
    clause = tokens[t0].clause
    if j < 0 or not any(
        m.last <= j + 1 and m.options and tokens[m.first].clause == clause for m in frames.mentions
    ):
        return False
    for k in range(t1, min(len(tokens), t1 + 4)):
        word = tokens[k]
        if not word.text.isalpha() or not word.text.islower() or word.lower in PREPOSITIONS:
            return False
        if word.lower.endswith(COUNTED_PLURAL_ENDINGS.get(frames.language, ("s",))):
            return True
    return False


def _may_have_ends(frames: SentenceFrames, rule: Rule) -> bool:
    """Can the sentence fill both ends of the rule at all? A quick test by type that
    apply_rule may make first: up to its lawsuit frame's picks it changes nothing, and
    without a mention of a fitting type (or a case or law to fall back on) it makes no
    claim."""
    here = frames.types
    if rule.relation == SUE:  # plaintiffs and defendants both come from _PARTIES
        return not here.isdisjoint(_PARTIES)
    source_types, target_types = _endpoint_types(frames.ontology, rule.relation)
    law_fallback = rule.relation != "AMENDS"
    can_source = (
        not here.isdisjoint(source_types)
        or "Case" in source_types
        or ("Law" in source_types and law_fallback)
    )
    can_target = not here.isdisjoint(target_types) or ("Law" in target_types and law_fallback)
    return can_source and can_target


@lru_cache(maxsize=64)
def _endpoint_types(ontology: Ontology, relation: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Source and target types of a relationship type, each once, in endpoint order."""
    endpoints = ontology.relationship_type(relation).endpoints
    sources = tuple(dict.fromkeys(s for s, _ in endpoints))
    return sources, tuple(dict.fromkeys(t for _, t in endpoints))


def _ends(
    frames: SentenceFrames,
    source_types: tuple[str, ...],
    target_types: tuple[str, ...],
    source_side: str,
    target_side: str,
    t0: int,
    t1: int,
    noun: bool = False,
    skip: tuple[Mention, ...] = (),
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]]:
    """Both ends, never one mention for both: a mention that could fill either slot goes to
    the one it fits with fewer alternatives (a domain is a platform before a vendor).
    The types come from _endpoint_types, each once; `skip` holds mentions that are no end."""
    parties = frames.relation in _PARTY_RELATIONS
    sources = frames.pick(source_types, source_side, t0, t1, exclude=skip, parties=parties)
    targets = frames.pick(target_types, target_side, t0, t1, exclude=skip, parties=parties)
    shared = {id(m) for m, _ in sources if m is not None} & {
        id(m) for m, _ in targets if m is not None
    }
    if not shared:
        return sources, targets
    mention = next(m for m, _ in sources if id(m) in shared)
    as_source = mention.options.index(mention.option_for(source_types))
    as_target = mention.options.index(mention.option_for(target_types))
    other_sources = frames.pick(source_types, source_side, t0, t1, exclude=(mention, *skip))
    other_targets = frames.pick(target_types, target_side, t0, t1, exclude=(mention, *skip))
    # the reading that fits better, unless only the other one leaves both ends filled
    # ("Veltrix Inc. handled payments for Lustro": Veltrix may be an organisation served,
    # but only as the vendor does Lustro get a place)
    if (as_target <= as_source and other_sources) or not other_targets:
        sources = other_sources
    else:
        targets = other_targets
    if source_side != "any" or target_side != "any":
        return sources, targets  # the rule's slots already say who is who
    return _by_position(frames, sources, targets, source_types, target_types, t0, noun)


def _by_position(
    frames: SentenceFrames,
    sources: list[tuple[Mention, Option]],
    targets: list[tuple[Mention, Option]],
    source_types: tuple[str, ...],
    target_types: tuple[str, ...],
    t0: int,
    noun: bool = False,
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]]:
    """When types cannot tell the ends apart (new names that may each be a vendor or a
    site), the subject is the source: the names before the trigger, or those after it in
    the passive ("Aylo owns Pornhub, YouPorn and RedTube")."""
    picked = [m for m, _ in (*sources, *targets) if m is not None]
    if len(picked) < 2 or len(picked) != len(sources) + len(targets):
        return sources, targets
    if not all(
        m.kind in ("weak", "rule") and not any(o.key for o in m.options)
        and m.option_for(source_types) is not None and m.option_for(target_types) is not None
        for m in picked
    ):  # fmt: skip
        return sources, targets
    before = [m for m in picked if m.last <= t0]
    after = [m for m in picked if m.first > t0]
    if not before or not after or len(before) + len(after) != len(picked):
        return sources, targets
    if not noun and frames.passive(t0):  # "X is eigenaar van Y": a predicate, no passive
        before, after = after, before
    elif noun and before[-1].last == t0 and after[0].first == t0 + 1:
        # "Zorblat owner Quixly": a role noun as the title of the name after it, whose
        # holder that name is; the name before says whose (what it owns, supplies)
        before, after = after, before
    new_sources = [(m, m.option_for(source_types)) for m in before]
    new_targets = [(m, m.option_for(target_types)) for m in after]
    return (
        [(m, o) for m, o in new_sources if o is not None],
        [(m, o) for m, o in new_targets if o is not None],
    )


_OBJECT_WINDOW: Final = 4  # words after a trigger that may hold its object's noun
_DESCRIBED_FIRST_REACH: Final = 8  # words of a described first party ("een bekende zanger, eiser,")


def _addressee(frames: SentenceFrames, mention: Mention) -> bool:
    """Is the name the one a statement was made to ("confirmed to Vox that ...",
    "bevestigde aan de NOS dat ..."): a newsroom or listener, no party to what is said."""
    j = mention.first - 1
    tokens = frames.tokens
    if j > 0 and tokens[j].lower in ARTICLES:
        j -= 1
    return (
        j > 0 and tokens[j].lower in TO[frames.language] and tokens[j - 1].lower in ADDRESSEE_VERBS
    )


#: Relations whose ends never stand in brackets apart from their trigger.
_BRACKETED_NO_END: Final = frozenset({"SERVICED", "OWNS", "FOUNDED"})


def _bracketed_apart(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Does the mention stand inside brackets that do not hold the trigger at t0 ("kocht
    de bunker in Kleindorp (ten noorden van Grootstad)", "designing a product (Snapchat)")?
    An aside locates or names an example; it is no end of the trigger's relation."""
    tokens = frames.tokens
    open_at = -1
    for j in range(mention.first - 1, -1, -1):
        text = tokens[j].text
        if text == ")":
            return False
        if text == "(":
            open_at = j
            break
    if open_at < 0:
        return False
    close_at = next(
        (j for j in range(mention.last, len(tokens)) if tokens[j].text in ("(", ")")), -1
    )
    if close_at < 0 or tokens[close_at].text != ")":
        return False
    if (open_at, close_at) == (mention.first - 1, mention.last) and any(
        m.last == open_at for m in frames.mentions
    ):
        return False  # "Stratus Web Services (SWS)": the name's short form, no aside
    return not open_at < t0 < close_at


def _proceeding_of(frames: SentenceFrames, targets: list[tuple[Mention, Option]]) -> bool:
    """Is the first target the object of a proceeding's noun ("closed down its investigation
    into X and Y", "sloot het onderzoek naar X")? Then what ends is the case, not X."""
    first = min((m for m, _ in targets if m is not None), key=lambda m: m.first, default=None)
    if first is None:
        return False
    tokens = frames.tokens
    j = first.first - 1
    while j >= max(0, first.first - 3) and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].lower in CASE_NOUNS:
            return j < first.first - 1  # a preposition between: "investigation into X"
        j -= 1
    return False


def _names_object(frames: SentenceFrames, words: frozenset[str], t0: int, t1: int) -> bool:
    """Does a word of the match or of the few words after it end in one of `words` (a
    Dutch compound by its last part: "domeinregistratie")? With the verb last, the object
    stands before it ("gaat de hosting van X overnemen")."""
    tokens = frames.tokens
    before = 2 * _OBJECT_WINDOW if VERB_FINAL[frames.language] else 0
    # amounts do not count ("delivered a $25 million verdict")
    end = t1 + _OBJECT_WINDOW
    j = t1
    while j < min(len(tokens), end):
        if not tokens[j].text[:1].isalpha():
            end += 1
        j += 1
    for j in range(max(0, t0 - before), min(len(tokens), end)):
        lower = tokens[j].lower
        if lower in words or lower.endswith(tuple(words)):
            return True
    return False


def _ordered(frames: SentenceFrames, t0: int) -> bool:
    """Is the trigger an infinitive under an order or a deadline ("ordered Apple to remove
    the app", "have five days to remove it")? What a party is told to do is not done yet
    (a court's order to pay is a ruling: the lawsuit frame reads that itself)."""
    tokens = frames.tokens
    language = frames.language
    markers = INFINITIVE_MARKERS.get(language, frozenset())
    k = t0 - 1
    if t0 > 0 and tokens[k].lower not in markers and tokens[t0].lower == tokens[t0].lemma:
        # "directed X to block posts and suspend accounts": a bare verb coordinated with
        # the infinitive of the order
        conjunctions = CONJUNCTIONS
        for j in range(t0 - 1, max(-1, t0 - 12), -1):
            if tokens[j].lower in markers:
                if any(t.lower in conjunctions for t in tokens[j + 1 : t0]):
                    k = j
                break
            if tokens[j].text in _SEGMENT_BREAKS:
                break
    if (
        k > 0
        and tokens[k].lemma in INFINITIVE_BRIDGES.get(language, frozenset())
        and tokens[k - 1].lower in markers
    ):
        k -= 1  # "ordered Apple and Google to help block X": the order's act is the block
    if t0 == 0 or tokens[k].lower not in markers:
        return False
    orders = ORDERS.get(language, frozenset())
    for j in range(k - 1, max(-1, k - 8), -1):
        token = tokens[j]
        if token.lower in orders or token.lemma in orders:
            return True
        if token.text in _SEGMENT_BREAKS:
            return False
    return False


def _agent_passive(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Is the trigger's verb a passive with its agent? In a verb-final language the trigger
    opens with its noun and its participle ends it ("De boete is opgelegd door de AP", "Die
    boete werd door de AP uitgedeeld"), the agent's preposition in the trigger or right
    after it; elsewhere the passive verb opens the trigger, its agent after the trigger in
    its clause ("X was handed a fine by Y", "X was slapped with a penalty by Y"). Only with
    the agent's preposition: a possessive "zijn" looks like the auxiliary ("heeft zijn boete
    opgelegd"). A verb of receiving makes the participle passive too, its agent also before
    the trigger ("X, dat door de ACM een boete kreeg opgelegd": the ACM imposes, X
    receives)."""
    tokens = frames.tokens
    agents = AGENT_PREPS[frames.language]
    if not VERB_FINAL[frames.language]:
        # "X was handed a fine by the FTC", "X was slapped with a penalty by Y": the verb
        # comes first and is passive, its agent after the trigger in its clause
        if not frames.passive(t0):
            return False
        end = frames._clause_bounds(tokens[t0].clause)[1]
        return any(tokens[j].lower in agents for j in range(t1, end))
    if t1 - 1 <= t0:
        return False
    start, end = frames._clause_bounds(tokens[t1 - 1].clause)
    if frames.passive(t1 - 1):
        return any(tokens[j].lower in agents for j in range(t0, min(end, t1 + 2)))
    receive = RECEIVE_PASSIVE[frames.language]
    return (
        bool(receive)
        and any(tokens[j].lower in receive for j in range(start, end))
        and any(tokens[j].lower in agents for j in range(start, min(end, t1 + 2)))
    )


def _nominalized(frames: SentenceFrames, i: int) -> bool:
    """Is the token at i an infinitive that an article makes a noun ("het opleggen van een
    boete", "het aanklagen van bedrijven")? It names a kind of act, which no one has done."""
    if i < 1 or frames.tokens[i - 1].lower not in NOMINALIZERS[frames.language]:
        return False
    token = frames.tokens[i]
    return token.lower.endswith(tuple(INFINITIVE_ENDINGS[frames.language])) and not any(
        m.first <= i < m.last for m in frames.mentions
    )


def _aux_beside(frames: SentenceFrames, i: int) -> bool:
    """Does a passive auxiliary stand right beside the participle at i ("wordt geweerd",
    "verwijderd is"), not a possessive that looks like one ("uit zijn App Store")?"""
    aux = PASSIVE_AUX[frames.language]
    tokens = frames.tokens
    return (i > 0 and tokens[i - 1].lower in aux) or (
        i + 1 < len(tokens) and tokens[i + 1].lower in aux
    )


def _one_holder(
    frames: SentenceFrames,
    picked: tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]],
    t0: int,
    t1: int,
) -> list[tuple[Mention, Option]]:
    """A singular role noun names one holder after it ("sued A, B's parent company C and
    D": D is another defendant, no second parent); a plural one ("its owners, X and Y")
    names them all. Names that are also the owned ends ("the parent company of A and B")
    are left to the caller."""
    sources, targets = picked
    if any(m is t for m, _ in sources for t, _ in targets):
        return sources
    tokens = frames.tokens
    head = tokens[t1 - 1]
    if t1 < len(tokens) and tokens[t1].text.isalpha() and tokens[t1].text.islower():
        head = tokens[t1]  # "parent company"
    if head.lower != head.lemma:
        return sources  # a plural noun
    after = sorted(
        (p for p in sources if p[0] is not None and p[0].first >= t1), key=lambda p: p[0].first
    )
    if len(after) < 2:
        return sources
    return [p for p in sources if p not in after[1:]]


def _agent_after(frames: SentenceFrames, t1: int) -> bool:
    """Does an agent's preposition follow the trigger in its clause ("was acquired in 2017
    by X")?"""
    tokens = frames.tokens
    hi = frames._clause_bounds(tokens[t1 - 1].clause)[1]
    agents = AGENT_PREPS[frames.language]
    return any(tokens[j].lower in agents for j in range(t1, hi))


def _judged_object(frames: SentenceFrames, t1: int) -> bool:
    """Is the trigger's object followed by an infinitive of a copula ("found X to be
    hosting ...")? Then the verb is the past of "find", a judgement, no founding."""
    tokens = frames.tokens
    markers = INFINITIVE_MARKERS.get(frames.language, frozenset())
    after = [m for m in frames.mentions if t1 <= m.first <= t1 + NEXT_WINDOW]
    if not after:
        return False
    k = min(after, key=lambda m: m.first).last
    return k + 1 < len(tokens) and tokens[k].lower in markers and tokens[k + 1].lower in COPULAS


def _flipped(side: str) -> str:
    """The slot a side moves to in the passive voice ("X founded Y": "Y was founded by X")."""
    return {"left": "agent", "right": "left", "agent": "left", "next": "left"}.get(side, side)


_PARTIES: Final = ("Platform", "Vendor", "Organization", "Person")
#: Who brings a suit or a prosecution; who brings a regulator's proceedings (an office).
_BRINGERS: Final = ("Organization", "Person")
_OFFICES: Final = ("Organization",)
_UNDATED: Final = frozenset({"HEARD_BY", "IN_JURISDICTION"})
_NOMINAL_NEGATION: Final = 4
_MOTION_WINDOW: Final = 6  # tokens between a negation, a motion noun and what the motion asks
_CRIMINAL_RULES: Final[dict[str, Rule]] = {}  # civil rules whose trigger names charges, by id
_CIVIL_RULES: Final[dict[str, Rule]] = {}  # conviction rules whose ruling is a civil remedy, by id
_REMEDY_WINDOW: Final = 10  # tokens after a ruling's trigger where the remedy it orders may stand
_ROLE_WORDS: Final = frozenset(w for role in ROLES for w in role.split())
_BRACKET_OPENERS: Final = frozenset({"(", "“", '"', "‘", "'"})
#: Words of a role that a party may hold ("owner", "chief executive", "parent"): names
#: before them only qualify the role ("against Zorblat and Quist owner Vantor": Vantor).
#: An owner modifier alone is none ("de moeder van Adam" is his mother), only before a
#: company noun ("parent company", "holding company").
_PARTY_ROLE_WORDS: Final = (
    frozenset(
        w for role, held in ROLES.items() if held not in NON_PARTY_ROLES for w in role.split()
    )
    | DESCRIPTIVE
)
_NP_REACH: Final = 7  # a noun phrase's words before its name ('de 41-jarige eigenaar van X')
_CONDITION_REACH: Final = 2  # tokens between a condition's opener and its verb
_INFINITIVE_REACH: Final = 4  # words between a planned act and its infinitive marker
_ANNOUNCE_REACH: Final = 12  # words between a verb of announcing and the act it announces
_AGENT_BEFORE: Final = 4  # tokens between a passive's agent and its clause-final verb
_COMITATIVE_REACH: Final = 16  # tokens back from a verb to a partner phrase ("X, along with Y,")
_DESCRIPTION_REACH: Final = 5  # words of a description between a copula and the names it lists
_INCLUDE: Final = frozenset({"include"})  # "the plaintiffs include A and B": a copula's list
_LIST_OPENER: Final = 3  # tokens between "and" and the next defendant of a list ("and his partner X")  # tokens before a noun trigger a negation may stand to deny it


def _modifies_role(frames: SentenceFrames, mention: Mention | None) -> bool:
    """Is the name only a modifier of a role noun after it ("accusing the Facebook and
    Instagram owner of ...")? The role's holder is the party, not the names before it."""
    if mention is None or _possessive(frames.tokens[mention.last - 1].text):
        return False  # "Snapwave's chief executive": the role's owner, handled apart
    tokens = frames.tokens
    k = mention.last
    while k < len(tokens):  # over the names coordinated with it ("Facebook and Instagram")
        if tokens[k].lower in AND or tokens[k].text == ",":
            k += 1
            continue
        after = next((m for m in frames.mentions if m.first == k), None)
        if after is None:
            break
        k = after.last
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    if word not in _ROLE_WORDS and word.removesuffix("s") not in _ROLE_WORDS:
        return False
    first = mention.first  # the group's first word follows a determiner ("the X and Y owner")
    while first > 0 and (tokens[first - 1].lower in AND or tokens[first - 1].text == ","):
        before = next((m for m in frames.mentions if m.last == first - 1), None)
        if before is None:
            break
        first = before.first
    return first > 0 and tokens[first - 1].lower in DEFINITE[frames.language]


def _group_participle(frames: SentenceFrames, t0: int) -> bool:
    """Is the trigger a participle right after a group noun ("users using X", "people
    selling Y")? The group is its subject, no name is."""
    endings = PROGRESSIVE_ENDINGS.get(frames.language, ())
    return (
        bool(endings)
        and t0 > 0
        and frames.tokens[t0].lower.endswith(endings)
        and frames.tokens[t0 - 1].lower in GROUP_NOUNS
    )


def _role_noun_of(frames: SentenceFrames, mention: Mention) -> int:
    """The index of the role, maker or member noun whose complement the name is ("the
    creator and chief operator of X", "de beheerder van X", "executives of the hosting
    company X", "twee medewerkers bij X"), over an article and the noun that types the name
    with its modifiers; -1 when there is none. The noun's holders are the parties, not X."""
    tokens = frames.tokens
    j = mention.first - 1
    while j > 0 and tokens[j].lower in SKIPPABLE:
        j -= 1
    if j > 0 and tokens[j].text.islower() and type_of(tokens[j].lower, frames.language):
        # "of the hosting company X", "van hostingbedrijf X": over the noun that types X
        # and the lower-case words that modify it
        k = j - 1
        while (
            k > 0
            and k >= j - _TYPE_MODIFIERS
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].lower not in SKIPPABLE
            and tokens[k].lower not in OF
            and tokens[k].lower not in MEMBER_PREPS
        ):
            k -= 1
        j = k
        while j > 0 and tokens[j].lower in SKIPPABLE:
            j -= 1
    if j < 1 or (tokens[j].lower not in OF and tokens[j].lower not in MEMBER_PREPS):
        return -1
    noun = tokens[j - 1].lower
    if noun in OPERATOR_NOUNS:
        return -1  # "against the operators of the chat app X": against X
    return j - 1 if _member_noun(noun) else -1


def _about_members(frames: SentenceFrames, noun: int) -> bool:
    """Does a preposition of what something is about govern the member noun at `noun`
    ("getuigen horen over de eigenaren van X")? The organisation is then what the act is
    about, no member's employer."""
    tokens = frames.tokens
    j = noun - 1
    while j >= 0 and (
        tokens[j].lower in SKIPPABLE or tokens[j].lower in NUMBERS or tokens[j].lower in FORMER
    ):
        j -= 1
    return j >= 0 and tokens[j].lower in TOPIC_PREPS


def _member_noun(word: str) -> bool:
    """Is the (lower-case) word a noun of the people who belong to an organisation
    ("executives", "medewerkers", "oud-medewerkers") or a role or maker noun?"""
    member = word.rpartition("-")[2]  # "oud-medewerkers", "ex-employees"
    return (
        member in MEMBER_NOUNS or member.removesuffix("s") in MEMBER_NOUNS or _maker_or_role(member)
    )


_TYPE_MODIFIERS: Final = 3  # lower-case words before a type noun ("classified advertising site")
_MEMBER_PHRASE: Final = 4  # words between "and" and a member noun ("and two of its executives")
_POSSESSED_PHRASE: Final = 6  # words after "X's" ("current chief executive and chairman")


def _members_named(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """The parties picked, but an organisation that only a role or member noun is of ("the
    founders of X were charged", "twee medewerkers van X zijn vervolgd", "charged X's chief
    executive") replaced by the persons an apposition after it names ("de oprichters van X,
    A en B,"), or dropped: the people are the parties, X is only where they work."""
    out: list[tuple[Mention, Option]] = []
    taken = set()
    for mention, option in picked:
        found = [(mention, option)]
        if mention is not None:
            noun = _role_noun_of(frames, mention)
            if noun >= 0 and not _about_members(frames, noun):
                found = _apposed_persons(frames, mention.last)
            elif noun < 0 and (end := _possessed_members_end(frames, mention)) >= 0:
                found = _apposed_persons(frames, end)
            elif noun < 0 and _noun_of(frames, mention):
                # "a former distributor of devices of X, A, was charged": one person set in
                # apposition after the name a noun is of names the noun's holder
                found = _closed_apposition(frames, mention) or found
        for party in found:
            if party[1].ident not in taken:
                taken.add(party[1].ident)
                out.append(party)
    return out


def _possessed_members_end(frames: SentenceFrames, mention: Mention) -> int:
    """Where the member phrase a possessive name opens ends ("X's current chief executive
    and chairman", "X's former executives"), when no name follows the phrase (that one is
    the role's holder: "X's chief executive Y"); -1 when the name opens none."""
    tokens = frames.tokens
    if not _possessive(tokens[mention.last - 1].text):
        return -1
    k = mention.last
    member = False
    while (
        k < len(tokens)
        and k - mention.last < _POSSESSED_PHRASE
        and (tokens[k].lower in AND or (tokens[k].text.isalpha() and tokens[k].text.islower()))
        and tokens[k].lower not in PREPOSITIONS
    ):  # the phrase's words up to a preposition ("X's chief executive with fraud")
        member = member or _member_noun(tokens[k].lower)
        k += 1
    if not member or tokens[k - 1].lower in AND or any(m.first == k for m in frames.mentions):
        return -1
    return k


def _apposed_persons(frames: SentenceFrames, comma: int) -> list[tuple[Mention, Option]]:
    """The persons a comma at `comma` sets in apposition ("X, A and B,")."""
    tokens = frames.tokens
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return []
    first = next(
        (m for m in frames.mentions if m.first == comma + 1 and m.option_for(("Person",))), None
    )
    if first is None:
        return []
    return [
        p for p in frames.coordinated(first, ("Person",))
        if p[0] is not None and p[0].first > comma and _may_be_party(p)
    ]  # fmt: skip


def _closed_apposition(frames: SentenceFrames, mention: Mention) -> list[tuple[Mention, Option]]:
    """The one person a comma after the name sets in an apposition that a second comma
    closes before a lower-case word ("X, A, was charged"); none in a list of names ("X, A,
    B and C")."""
    tokens = frames.tokens
    persons = _apposed_persons(frames, mention.last)
    if len(persons) != 1 or persons[0][0] is None:
        return []
    end = persons[0][0].last
    if (
        end + 1 >= len(tokens)
        or tokens[end].text != ","
        or not tokens[end + 1].text.isalpha()
        or not tokens[end + 1].text.islower()
    ):
        return []
    return persons


def _maker_or_role(word: str) -> bool:
    """Is the word a maker noun or a role word ("creator", "maker", "owner", "oprichter")?"""
    return word in MAKER_NOUNS or word in _ROLE_WORDS or word.removesuffix("s") in _ROLE_WORDS


def _noun_of(frames: SentenceFrames, mention: Mention) -> str:
    """The noun whose "of" complement the name is, over the lower-case words that describe
    the name ("maker" in "the maker of the chatbot app X"); "" when there is none."""
    tokens = frames.tokens
    j = mention.first - 1
    while j > mention.first - _MAKER_REACH and j > 0 and tokens[j].lower not in OF:
        if not tokens[j].text[:1].islower():
            return ""
        j -= 1
    if j < 1 or tokens[j].lower not in OF:
        return ""
    return tokens[j - 1].lower


def _of_maker(frames: SentenceFrames, mention: Mention) -> bool:
    """Is the name the complement of a maker or role noun ("the maker of the chatbot app
    X", "de ontwikkelaar van de app X")?"""
    return _maker_or_role(_noun_of(frames, mention))


def _company_role(word: str) -> bool:
    """Is the noun one a company holds ("maker", "operator", "owner", "eigenaar")?"""
    return word in MAKER_NOUNS or ROLE_RELATION.get(ROLES.get(word, "")) == "OWNS"


def _makers_apposed(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """ "The maker of the app X, Y Studios, was fined": the company in apposition to a
    maker's or owner's phrase is the party, not the platform the phrase is of."""
    out = []
    for mention, option in picked:
        word = _noun_of(frames, mention) if mention is not None else ""
        k = mention.last if mention is not None else 0
        if (
            word
            and _company_role(word)
            and (k + 1 < len(frames.tokens) and frames.tokens[k].text == ",")
        ):
            maker = next((m for m in frames.mentions if m.first == k + 1), None)
            company = maker.option_for(_COMPANY_ENDS) if maker is not None else None
            if maker is not None and company is not None and _may_be_party((maker, company)):
                out.append((maker, company))
                continue
        out.append((mention, option))
    return out


_MAKER_REACH: Final = 5  # words between "of" and the name ("the popular chatbot app X")


def _owned_apposed(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """ "sued Dana Vell's messaging app, Quixly", "against Brelco's photo app Quixly": the
    platform a possessive's platform noun names is the party, not its owner."""
    tokens = frames.tokens
    out = []
    for mention, option in picked:
        if mention is None or not _possessive(tokens[mention.last - 1].text):
            out.append((mention, option))
            continue
        k = mention.last
        while (
            k < len(tokens)
            and k - mention.last < _MAKER_REACH
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
        ):
            k += 1
        noun = tokens[k - 1].lower if k > mention.last else ""
        typed = bool(noun) and "Platform" in (type_of(noun, frames.language) or ())
        if typed and k < len(tokens) and tokens[k].text == ",":
            k += 1
        named = next((m for m in frames.mentions if m.first == k), None) if typed else None
        platform = named.option_for(("Platform",)) if named is not None else None
        if named is None or platform is None:
            out.append((mention, option))
        elif not any(m is named for m, _ in picked):
            out.append((named, platform))
    return out


#: Slots that read a clause's grammatical subject (or a caption's first party): a one-word
#: name there is the bringer ("Vorig jaar klaagde de Vakbond Zorbix aan").
_SUBJECT_SLOTS: Final = frozenset({"between_first", "v2subject", "vlsubject"})


def _possessed_kin(frames: SentenceFrames, m: Mention) -> bool:
    """Is the mention someone's kin named after a possessive: the kin noun itself ("her
    14-year-old son") or a name in apposition after it ("her son, X", "their daughter X")?"""
    tokens = frames.tokens
    kin = KIN_NOUNS.get(frames.language, frozenset())
    if tokens[m.last - 1].lower in kin:
        j = m.first - 1
    else:
        j = m.first - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        if j < 0 or tokens[j].lower not in kin:
            return False
        j -= 1
    # "her teenage son", "her 14-year-old son": up to two lower-case or age words between
    for _ in range(2):
        if (
            j >= 0
            and tokens[j].lower not in POSSESSIVES
            and (tokens[j].text[:1].islower() or tokens[j].lower.endswith(AGE_ENDINGS))
        ):
            j -= 1
    return j >= 0 and tokens[j].lower in POSSESSIVES


def _lawsuit(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> list[Claim]:
    plaintiff_side, defendant_side = rule.source, rule.target
    frames.relation = SUE
    if defendant_side == "none" and any(
        t.lower in MOTIONS[frames.language] for t in frames.tokens[max(0, t0 - 3) : t0]
    ):
        return []  # "a motion to dismiss filed by Visa": a party's motion, not its suit
    clause = frames.tokens[t0].clause
    if any(
        t.lower in REPEATED and t.clause == clause
        for t in frames.tokens[max(0, t0 - 3) : t1 + _REPEATED_REACH]
    ):
        return []  # "who has sued X on several occasions": many suits, none named
    if rule.harmed and not frames.passive(t0):
        return []  # "X groomed a girl on Y": the abuser is no one who sues
    prosecuted = False
    if (rule.kind in ("civil", "enforcement") or (rule.accusation and rule.kind is None)) and (
        (rule.kind == "civil" and any(t.lower in CRIMINAL_NOUNS for t in frames.tokens[t0:t1]))
        or _prosecution_before(frames, t0)
    ):  # "De Amerikaanse justitie beschuldigt X van witwassen": a prosecution's accusation;
        # "De Belgische justitie opende een onderzoek naar X": a prosecution's inquiry
        rule = _CRIMINAL_RULES.setdefault(rule.id, replace(rule, kind="criminal"))
        prosecuted = True
    elif rule.kind == "criminal" and rule.status == "ruled" and _civil_remedy(frames, t0):
        # "found X liable", "veroordeelde X tot het betalen van een schadevergoeding"
        rule = _CIVIL_RULES.setdefault(rule.id, replace(rule, kind="civil"))
    if rule.flip and (frames.passive(t0) or _headline_passive(frames, t0, t1)):
        # who arrests a suspect ("arrested by the Secret Service") brings no case
        plaintiff_side = "agent" if rule.source != "none" else "none"
        defendant_side = "subject"
    elif plaintiff_side == "subject" and _agent_passive(frames, t0, t1):
        # "De boete is opgelegd door de AP": the agent imposes, the subject (if a party) is
        # fined, or the name after "aan" ("werd aan X opgelegd door de AP")
        plaintiff_side = "agent"
        defendant_side = "to" if frames.pick(_PARTIES, "to", t0, t1) else "subject"
    elif plaintiff_side == "left" and frames.inverted(t0):  # "In 2020 klaagde X Y aan"
        plaintiff_side = "v2subject"
        if defendant_side == "right" and not rule.nominal:
            # (a noun's party follows its preposition, whatever the clause's order: "Toen
            # startte de ACM een onderzoek naar X", "Er is een onderzoek gestart naar X")
            defendant_side = "v2object"
    elif plaintiff_side == "none" and defendant_side == "left" and frames.inverted(t0):
        # "Sinds maandag staat X terecht", "In 2019 kreeg X drie jaar cel": the subject
        # follows the fronted verb
        defendant_side = "v2subject"
    elif (
        plaintiff_side in ("left", "subject")
        and defendant_side == "right"
        and frames.verb_last(t0, t1)
    ):  # "dat X Y heeft aangeklaagd", "nadat de AP X had beboet"
        plaintiff_side, defendant_side = "vlsubject", "vlobject"
    elif (
        plaintiff_side in ("left", "subject")
        and defendant_side == "right"
        and not rule.nominal
        and frames.verb_last_subject_only(t0, t1)
    ):  # "Daarnaast heeft de ACM vier aanbieders beboet": the one name is the subject
        plaintiff_side, defendant_side = "vlsubject", "none"
    elif plaintiff_side == "subject" and defendant_side == "right" and frames.inverted(t0):
        # "Onlangs beboette de AP een bedrijf": the name right after the inverted verb is
        # its subject; the party is its object, the second name
        defendant_side = "v2object"
    if (
        rule.nominal
        and plaintiff_side == "right"
        and defendant_side == "against"
        and any(frames.tokens[j].lower in AGENT_PREPS[frames.language] for j in range(t0 + 1, t1))
    ):  # "de rechtszaak die door X tegen Y is aangespannen": the agent brings it
        plaintiff_side = "agent"
    if (
        rule.verb
        and t0 > 0
        and frames.tokens[t0].lower.endswith("ing")
        and frames.tokens[t0 - 1].lower in EVENT_GERUND_PREPS[frames.language]
    ):
        return []  # "during sentencing he said ...": an event, no act on a name
    if rule.nominal and plaintiff_side == "left" and _in_time_phrase(frames, t0):
        # "X came to light during an investigation against Y": X does not bring it
        plaintiff_side = "none"
    if rule.case_next and not any(
        m.option_for(("Case",)) and t1 <= m.first <= t1 + 2 for m in frames.mentions
    ):
        return []
    # a regulator's fine or inquiry is brought by an office, never by a person: not by the
    # official quoted about it ("X, the watchdog's head of sanctions, said, when the
    # watchdog fined Y, ...")
    if rule.nominal and plaintiff_side == "agent" and _relative_after_agent(frames, t0, t1):
        return []  # "a suit filed by a woman who says X ...": the verb is the relative's
    bringers: tuple[str, ...] = _OFFICES if rule.kind == "enforcement" else _BRINGERS
    if rule.mutual:  # either side may defend: the one a settlement is "with" may be a site
        bringers = _PARTIES
    picked = [_office_of_official(frames, p)
              for p in frames.pick(bringers, plaintiff_side, t0, t1, parties=True)]  # fmt: skip
    # "Universal, Sony and Warner sued X": one-word names listed with the verb's subject
    # share its position
    listed = any(m is not None and _bringer_position(frames, m, t0, t1) for m, _ in picked)
    plaintiffs = [
        p for p in picked
        if _may_be_party(p) and not _spoken_for(frames, p[0]) and not _counsel(frames, p[0])
        # "volgens KHN hebben zich 1100 hotels aangesloten bij een claim": the source told
        and not (p[0] is not None and frames._attributed(p[0]))
        and not (p[0] is not None and p[0].extra.get("single") and not rule.mutual
                 and not listed and plaintiff_side not in _SUBJECT_SLOTS
                 and not _bringer_position(frames, p[0], t0, t1))
        and p[1].name.casefold() not in frames.discourse.non_parties
    ]  # fmt: skip
    plaintiffs = _people_modified(frames, plaintiffs, t0)
    # "the US government sued X", "the UK government fined X": the country acts through an
    # office the text does not name, so the case is told without a bringer as before; a
    # government is a party only as the one sued ("X sued the US government")
    plaintiffs = [
        p for p in plaintiffs
        if not _foreign_office(frames, p)
        and not (p[0] is not None and p[0].extra.get("rule") == "government")
    ]  # fmt: skip
    picked_defendants = [
        p
        for p in frames.pick(_PARTIES, defendant_side, t0, t1, parties=True)
        if not _foreign_office(frames, p)
    ]
    defendants = _members_named(frames, [
        p for p in _owned_apposed(frames, _makers_apposed(frames, picked_defendants))
        if _may_be_party(p) and not _modifies_role(frames, p[0]) and not _counsel(frames, p[0])
    ])  # fmt: skip
    if defendant_side == "to" and defendants and _paid_to(frames, defendants[0][0], t1):
        # "X moet een boete van 5 miljoen betalen aan de AP": the payee fined X
        payee = [p for p in defendants if p[1].type in _OFFICES]
        plaintiffs = plaintiffs or payee
        defendant_side = "subject"
        defendants = [p for p in frames.pick(_PARTIES, "subject", t0, t1, parties=True)
                      if _may_be_party(p) and p not in payee]  # fmt: skip
    if defendant_side == "left" and defendants and _paid_before(frames, defendants[0][0]):
        # "X agreed to pay the FTC $5 million to settle the charges": the payee brought them,
        # the one who pays settles
        payee = [p for p in defendants if p[1].type in _OFFICES]
        plaintiffs = plaintiffs or payee
        paid = tuple(m for m, _ in defendants[:1] if m is not None)
        defendants = [p for p in frames.pick(_PARTIES, "left", t0, t1, paid, parties=True)
                      if _may_be_party(p) and p not in payee]  # fmt: skip
    if rule.nominal and defendant_side == "right":
        defendants = [p for p in defendants if not _gap_agent(frames, p[0], t0, t1)]
    if defendant_side == "right" and t1 - t0 > 2 and _case_noun(frames.tokens[t0]):
        # "in their complaint X accuses Y of ...": a name right before the verb that ends a
        # suit noun's trigger is that verb's subject, never the one the suit is against
        defendants = [p for p in defendants if p[0] is None or p[0].last != t1 - 1]
    if rule.flip and defendant_side == "right" and t1 - t0 > 2:
        # "found X guilty", "hit X with a lawsuit": the verb's object stands inside the
        # trigger's words, not after them ("found him guilty of running Y": not Y)
        defendants = _object_inside(frames, defendants, t0, t1)
    if defendant_side == "subject":  # "werden de verdachten door het OM aangeklaagd": the
        # passive's agent is never its subject, also when the subject is no name
        defendants = [p for p in defendants if p[0] is None or not frames._agent_marked(p[0])]
    if rule.nominal and defendant_side == "next":
        # "the suit alleges that her son, X, became obsessed with Y": what a suit says tells
        # of a party's kin (whom the claim is about), no party
        defendants = [p for p in defendants if p[0] is None or not _possessed_kin(frames, p[0])]
    if rule.active:
        if not _case_says(frames, t0, t1):
            return []
        defendants = [p for p in defendants if p[0] is None or not _passive_after(frames, p[0])]
        pending = frames.discourse.pending
        if pending is None and frames.discourse.cases:
            # the claim names the defendant of a suit told without one ("X has been sued by
            # the FTC. The lawsuit alleges Y ..."), or of the first suit the document tells
            # of ("A lawsuit alleges that Y ...", "the complaint claimed Y violated ...");
            # "the suit against Meta alleges that Instagram ..." adds none: the case has its
            # defendant
            return []
        if pending is not None:
            # "Quillon Labs filed a suit. The lawsuit alleges that Quillon misled users": the
            # claim tells of the bringer itself, never its own defendant
            defendants = [p for p in defendants if not _same_party(p[1], pending.plaintiffs)]
        else:
            # the first suit's claim names its defendant as the claim's subject, never as the
            # possessor of another noun ("an indictment claimed that X's infringement caused
            # losses": what is told of X does not make it the one charged)
            defendants = [p for p in defendants
                          if p[0] is None or not _possessive(frames.tokens[p[0].last - 1].text)]  # fmt: skip
        if not defendants:
            return []
    defendants = _role_holders(frames, defendants)
    defendants = _named_members(frames, defendants)
    defendants = _counted_members(frames, defendants)
    if (
        rule.nominal
        and defendants
        and defendant_side == "right"
        and VERB_FINAL[frames.language]
        and defendants[0][0] is not None
    ):  # a noun's party follows its own preposition, in its own clause ("doorzocht in een
        # onderzoek naar fraude, zo laat Y weten": Y is no one investigated; "naar de
        # eigenaar van X, het bedrijf Y": Y is in apposition to a phrase with a name)
        defendants = [p for p in defendants if not _past_nameless_phrase(frames, p[0], t0, t1)]
    if (
        defendants
        and defendant_side == "right"
        and VERB_FINAL[frames.language]
        and not frames.passive(t0)
        and defendants[0][0] is not None
        and (
            _prepositional(frames, defendants[0][0], t0)
            or frames.tokens[defendants[0][0].first].clause != frames.tokens[t0].clause
        )
    ):  # "heeft X veroordeeld tot betaling aan Y": Y is no object of the verb, X is; "de
        # vrouwen die X aanklagen, zeggen dat Y ...": Y stands in another clause
        found = _object_before(frames, t0)
        if found is not None:
            defendants = [p for p in frames.coordinated(found, _PARTIES) if _may_be_party(p)]
            if not plaintiffs or any(m is found for m, _ in plaintiffs):
                # "X heeft Y aangeklaagd, meldt persbureau Z": Y was read as the bringer
                plaintiffs = _subject_of_object(frames, found, defendants, t0, t1)
    defendants = [_role_holder_apposed(frames, m, o) for m, o in defendants]
    if defendant_side == "right" and defendants:
        defendants = _accused_before_of(frames, defendants, t0, t1)
    if plaintiff_side == "left" and plaintiffs and _governed_noun(frames, t0):
        plaintiffs = [p for p in plaintiffs if p[0] is None or p[0].first > t0]
    if (
        not defendants
        and defendant_side == "right"
        and VERB_FINAL[frames.language]
        and not frames.passive(t0)
        and not rule.nominal
    ):  # "De Franse justitie heeft X aangeklaagd": the object before the participle (a
        # noun's party follows its preposition: "Dinsdag heeft X panden doorzocht in een
        # onderzoek naar fraude" names no one investigated)
        found = _object_before(frames, t0)
        if found is not None:
            defendants = [p for p in frames.coordinated(found, _PARTIES) if _may_be_party(p)]
            plaintiffs = _subject_of_object(frames, found, defendants, t0, t1)
    if plaintiff_side in ("left", "subject") and not rule.noun:
        plaintiffs = _comitative(frames, plaintiffs, t0)
        plaintiffs = _joined(frames, plaintiffs, t0)
    if rule.noun and defendant_side == "none":
        # "the plaintiffs are A, B and C", "awarded damages to plaintiffs A and B": the
        # names the noun introduces, not a name before it
        plaintiffs = _plaintiffs_named_after(frames, t0, t1) or plaintiffs
    if rule.noun and plaintiff_side == "none":
        # "sided with defendant X", "de gedaagde X": the names right after the noun
        defendants = _defendants_named_after(frames, t1) or defendants
    plaintiffs = [p for p in plaintiffs if p[1].name.casefold() not in frames.discourse.non_parties]
    if defendant_side == "none":  # a bringer joins the case in context: not one that
        # defends it ("X sued Y. Y's lawyers said in the lawsuit ...")
        current = frames.discourse.current_case()
        if current is not None and current.defendants:
            defending = [i[1].partition(":")[2] for i in current.defendants]
            plaintiffs = [
                p for p in plaintiffs
                if p[1].ident not in current.defendants
                and not _among_names(without_legal_form(p[1].name).casefold(), defending)
            ]  # fmt: skip
    plaintiffs = _without_named_groups(frames, plaintiffs)
    defendants = _without_named_groups(frames, defendants)
    # "fined dozens of companies", "heeft honderden hotels aangeklaagd": a counted group of
    # businesses sues together, and is no one defendant
    defendants = [p for p in defendants if p[0] is None or p[0].kind != "group"
                  or p[1].type != "Organization"]  # fmt: skip
    if any(p[0] is not None and p[0].kind == "group" for p in plaintiffs):
        plaintiffs = [p for p in plaintiffs if not _group_joining(frames, p[0], t0)]
    defendants = [p for p in defendants if not _behind_owner(frames, p[0])]
    # a party read again after the first filter ("heeft de oprichters van X aangeklaagd":
    # the object before the participle) is no member's organisation either
    defendants = _members_named(frames, defendants)
    if rule.mutual and _enforcer_of(frames, defendants) and not _enforcer_of(frames, plaintiffs):
        plaintiffs, defendants = defendants, plaintiffs  # "the FTC settled charges with X"
    elif rule.mutual and plaintiffs and not defendants:
        plaintiffs, defendants = _state_settles(frames, plaintiffs, t0, t1)
    if not plaintiffs and plaintiff_side == "agent" and t1 - t0 > 1:
        # "X settled the FTC's charges", "agreed to settle SEC charges": the authority
        # named inside the trigger's words brings them
        plaintiffs = [
            (m, o) for m in frames.mentions if t0 < m.first and m.last < t1
            and (o := m.option_for(_OFFICES)) is not None and _enforcer(frames, o)
        ]  # fmt: skip
    if not plaintiffs:  # "Utah sued X", "X was sued by the state of Utah"
        plaintiffs = _suing_states(frames, plaintiff_side, t0, t1, defendants, rule.kind)
        # "X settled claims by the state of Utah and the FTC": who is listed with the state
        plaintiffs += _beside_states(frames, plaintiffs, defendants)
        # "Kentucky and Ohio sued X": the case is named after the first state named
        plaintiffs.sort(key=lambda p: p[0].first if p[0] is not None else 0)
        _note_state_officials(frames, plaintiffs)
        if not plaintiffs and defendants and plaintiff_side != "none":
            plaintiffs = _official_state(frames, t0, t1)
    else:  # "the state of Utah and the FTC sued X"
        plaintiffs += _states_beside(frames, plaintiffs, defendants)
        plaintiffs.sort(key=lambda p: p[0].first if p[0] is not None else 0)
    if rule.harmed:  # only a person is harmed so ("a Texas girl was groomed on X")
        plaintiffs = [p for p in plaintiffs if p[1].type == "Person"]
        # "groomed on Instagram" after "Instagram owner Meta": the owner the document
        # names is sued for its platform, not the platform
        owners = frames.discourse.owners
        through_owners: list[tuple[Mention, Option]] = []
        for m, o in defendants:
            party = (m, owners.get(o.ident, o))
            if all(party[1].ident != other.ident for _, other in through_owners):
                through_owners.append(party)
        defendants = through_owners
    if rule.bringer and not plaintiffs and not prosecuted:
        return []  # "researchers investigated X": no office, no case
    if rule.office and not _enforcer_of(frames, plaintiffs):
        return []  # "the state of Ohio is investigating whether X ...": no office's case
    if defendant_side == "left" and rule.noun and frames.copula_after(t1):
        # "De verdachten zijn X en Y", "The defendants are X and Y", "...; the defendants
        # include X and Y": the names the copula lists, not a name before the noun (a role
        # noun's only: after a verb, "als" opens a clause of its own: "dat X de regels had
        # overtreden als het gaat om de apps Y en Z")
        after = [p for p in frames.pick(_PARTIES, "right", t0, t1, parties=True)
                 if _may_be_party(p) and not _counsel(frames, p[0])]  # fmt: skip
        if after or not defendants:
            defendants = after + _listed_after(frames, after)
    if not defendants and (defendant_side != "none" or not plaintiffs):
        current = frames.discourse.current_case()
        # "... aangespannen door A, B en C" where A already brought the case: the same
        # case, its other bringers listed with A
        renamed = current is not None and any(o.ident in current.plaintiffs for _, o in plaintiffs)
        # "The suit was brought by Quist, a dating app": a platform names the case told of
        # without its bringer (its PLAINTIFF_IN names the case, and is dropped at the end)
        brought_by = [o for _, o in plaintiffs] or [
            o for o in (_platform_bringer(frames, plaintiff_side, t0, t1, set()),) if o
        ]
        if (
            brought_by
            and current is not None
            and current.defendants
            and (not current.plaintiffs or renamed)
            and t0 > 0
            and (
                (
                    plaintiff_side == "agent"
                    and (
                        frames.tokens[t0 - 1].lower in DEFINITE[frames.language]
                        or _case_subject(frames, t0)
                        or _case_participle(frames, t0, renamed)
                    )
                )
                or (
                    plaintiff_side == "subject"
                    and rule.kind == "enforcement"
                    and current.kind == "enforcement"
                    and _definite_case_noun(frames, t0, t1)
                )
            )
        ):  # "X krijgt een boete. Die boete werd door de AP opgelegd", "De zaak was door X
            # aangespannen", "Toezichthouder Y legde de boete op": the agent (or the
            # subject of a fine's verb) brings the proceeding the noun points back to, told
            # of without its bringer
            brought = []
            for option in brought_by:
                current.plaintiffs.add(option.ident)
                brought.append(
                    Claim("PLAINTIFF_IN", option, current.option, "established", rule.id,
                          rule.confidence, frames.sentence)
                )  # fmt: skip
            return brought
        if (
            plaintiffs
            and defendant_side != "none"
            and (
                rule.kind
                or _case_subject(frames, t0)
                or (rule.mutual and _enforcer_of(frames, plaintiffs))
            )
        ):  # "the prosecution service starts a criminal case against two entrepreneurs",
            # "de zaak werd aangespannen door X", "the FTC reached a settlement with two
            # sites": the bringer waits for the defendants a later sentence names
            _await_defendant(frames, [o for _, o in plaintiffs], rule, t0, t1)
        return []  # a suit "against" someone unnamed says nothing about its plaintiff
    if (
        not defendants
        and plaintiffs
        and plaintiff_side == "agent"
        and frames.discourse.current_case() is None
    ):  # "the complaint, filed by the FTC, accuses X of ...": the bringer of a suit no case
        # has yet been told of waits for the defendant the sentence or the next names
        _await_defendant(frames, [o for _, o in plaintiffs], rule, t0, t1)
        return []
    if (
        t0 > 0
        and frames.tokens[t0 - 1].lower in OTHER
        and not (
            defendants
            and any(m is not None and _verb_subject(frames, m, t0) for m, _ in plaintiffs)
        )
    ):  # "similar suits", "andere zaken": not the case at hand (but "X voert vergelijkbare
        # zaken tegen A en B": the subject's own suits against the names it lists)
        return []
    if rule.kind == "civil" and _crowd_of_suits(frames, t0, t1, len(defendants)):
        return []  # "more than 70 lawsuits were filed against A, B and C": no one case
    if rule.nominal and _no_authority_modifier(frames, t0):
        return []  # "a local news investigation into X": no authority's case
    if rule.kind in ("criminal", "enforcement"):
        # "Het OM wil de verdachten vervolgen", "de FIOD doorzocht panden in een onderzoek
        # naar X": the office that prosecutes or investigates is no defendant of its case
        defendants = [p for p in defendants if not _enforcer(frames, p[1])]
        if not defendants and not plaintiffs:
            return []
    # the case is named after the first defendant the sentence names
    defendants.sort(key=lambda p: p[0].first if p[0] is not None else len(frames.tokens))
    # one name on both sides is the defendant, read once more under another type ("a
    # motion filed by Visa Inc. in a lawsuit naming the payment processor")
    sued_names = {o.name.casefold() for _, o in defendants}
    plaintiffs = [p for p in plaintiffs if p[1].name.casefold() not in sued_names]
    # "the judge dismissed the lawsuit against X on Friday": the date is the ruling's, not
    # that of the suit a noun names
    ruled_on = rule.nominal and _ruling_in_clause(frames, t0, t1)
    year = None if ruled_on else frames.year(t0)
    named = frames.case_in_sentence(t0)
    if (
        named is not None
        and rule.kind
        and _another_proceeding(
            frames,
            named,
            defendants,
            t0,
            t1,
            indefinite=rule.nominal
            and (_indefinite_before(frames, t0) or _fresh_before(frames, t0)),
            inquiry=rule.nominal and rule.kind == "enforcement",
        )
    ):
        named = None  # "the case echoes the labels' 2019 suit against X": X's own suit
    told_before = (
        next((c for c in frames.discourse.cases if c.option.ident == named.ident), None)
        if named is not None and plaintiffs and _pointed_back(frames, named)
        else None
    )
    if told_before is not None and _other_bringers(told_before, [o for _, o in plaintiffs]):
        named = None  # "the DPC said its inquiry into X": not another regulator's case
    if named is not None and _pointed_back(frames, named):
        # "in that indictment, X and Y face charges": X and Y's own known case
        named = (
            case_of_other_parties(
                frames.discourse, named, [o for _, o in defendants], rule.kind, year
            )
            or named
        )
    if (
        named is None
        and rule.nominal
        and t0 > 0
        and frames.tokens[t0 - 1].lower in DEFINITE[frames.language]
    ):  # "de zaak tegen X": the proceeding against X the document told of, of any kind
        told = [o for _, o in defendants]
        known = next(
            (c for c in reversed(frames.discourse.cases) if frames._names_party_of(c, told)
             and told and all(frames._names_party_of(c, [o]) for o in told)
             and not _other_bringers(c, [o for _, o in plaintiffs])),
            None,
        )  # fmt: skip
        if known is not None:
            named = known.option
    pending = frames.discourse.pending
    waiting = (
        pending is not None
        and (
            not plaintiffs
            # "X filed a suit. It accuses A of ...": the bringer again, pointed back to
            or (
                rule.accusation
                and {o.ident for _, o in plaintiffs} <= {o.ident for o in pending.plaintiffs}
            )
            # "Utah and the FTC settled with two sites. The state's agencies and the FTC
            # announced a consent order against X": a bringer told before, named again
            # with bodies that speak for it, names the defendant of its own case
            or (
                rule.kind == "enforcement"
                and rule.nominal
                and any(_same_party(o, pending.plaintiffs) for _, o in plaintiffs)
            )
        )
        and named is None
        and (pending.kind == rule.kind or rule.kind is None or not pending.kind)
        and frames.sentence.index - pending.sentence.index <= _PENDING_SENTENCES
    )  # fmt: skip
    count = next(
        (m.extra["count"] for m, _ in plaintiffs if m is not None and m.extra.get("count")), None
    )
    sued_now = {o.ident for _, o in defendants}
    if waiting and plaintiffs and not rule.accusation:
        plaintiffs = []  # the bringers told before bring it, not those announcing with them
    if waiting and pending is not None:  # a bringer is never its own defendant
        pending.plaintiffs = [
            o for o in pending.plaintiffs if not _same_party(o, [d for _, d in defendants])
        ]
    # "investigations into A, B and C": one proceeding per party (docs/annotation.md: "probes
    # into TikTok and X" are two); a singular noun or a verb makes one case of them all
    split_nouns = SPLIT_CASE_NOUNS.get(frames.language, frozenset())
    # a second trigger on the same parties ("investigations into whether ...") keeps the
    # proceedings the first one split, not the first of them with every party in it
    resplit = named is not None and named.ident in frames.split_cases and len(defendants) > 1
    split = (
        resplit
        # "has filed lawsuits against A, B and C": a plural suit, one per defendant
        or (
            rule.kind == "civil"
            and named is None
            and not rule.mutual  # "A and B reached a settlement of lawsuits": they settle together
            and len(defendants) > 1
            and any(t.lower in SPLIT_SUIT_NOUNS[frames.language] for t in frames.tokens[t0:t1])
        )
        or (
            rule.kind == "enforcement"
            and named is None
            and len(defendants) > 1
            and (
                # "two provisional decisions against A and B": the plural noun in the match
                (rule.nominal and any(t.lower in split_nouns for t in frames.tokens[t0:t1]))
                # "Apple en Google kregen boetes": a plural penalty, one decision per party;
                # so are fines "respectively" and a sentence's plural fines ("issued its first
                # fines, penalising A and B")
                or (
                    rule.ruling
                    and (
                        any(t.lower in split_nouns for t in frames.tokens[t0:t1])
                        or not frames.words.isdisjoint(RESPECTIVELY)
                        or not frames.words.isdisjoint(split_nouns)
                    )
                )
            )
        )
    )
    if resplit:
        named = None
    if (
        rule.kind == "enforcement"
        and (rule.ruling or rule.nominal)
        and not plaintiffs
        and not waiting
        and named is None
        and defendants
        and not any(_kind_fits_case(info, sued_now) for info in frames.discourse.cases)
    ):  # "De Commissie besliste vandaag. A en B krijgen boetes.": the regulator before;
        # "De onderzoeken naar A en B ...": the document's one regulator
        regulator = _regulator_before(frames, sued_now) if rule.ruling else None
        if regulator is None:
            regulator = _regulator_before(frames, sued_now, _REGULATOR_DOCUMENT)
        if regulator is not None:
            plaintiffs = [regulator]
    groups = [[d] for d in defendants] if split else [defendants]
    # "Quist, a dating app, sued X": a platform brings no PLAINTIFF_IN, yet the case is
    # named after it, not after a placeholder
    bringer = (
        _platform_bringer(frames, plaintiff_side, t0, t1, sued_names)
        if not plaintiffs and not waiting and defendants and rule.kind != "enforcement"
        and not rule.mutual
        else None
    )  # fmt: skip
    bringer_name = bringer.name if bringer is not None else None
    if bringer_name is None and rule.kind == "criminal":
        bringer_name = _prosecuting_country(frames)  # "France v. X"
    # "de rechtszaken die A en B elk tegen X hebben aangespannen": a suit per bringer
    distributive = bool(plaintiffs) and not split and _distributive(frames, t0)
    if distributive:
        named = None  # each bringer's own case, not the one this sentence told of first
    distributive = distributive and len(plaintiffs) > 1
    if distributive and not defendants:  # "de zaken die A en B elk tegen X aanspanden"
        defendants = _against_in_clause(frames, t0)
        if not defendants:
            return []  # "A en B hebben elk een zaak aangespannen": no one case of both
    apart = [[p] for p in plaintiffs] if distributive else []
    if apart:
        groups = [defendants] * len(apart)
    every: list[Claim] = []
    for g, defendants in enumerate(groups):
        if apart:
            plaintiffs = apart[g]
        # "X sued A on Tuesday. X filed the suit against A's parent, B": the suit told of,
        # which B joins as A did
        again = not apart and _definite_suit(frames, rule, plaintiffs, t0, t1)
        info, known_defendants = resolve_case(
            frames.discourse,
            [o for _, o in defendants],
            []
            if again
            else [_describe(m, o) for m, o in plaintiffs]
            or (pending.plaintiffs if waiting and pending else []),
            rule.kind or (pending.kind or None if waiting and pending else None),
            year,
            named,
            # an accusation names a case's defendants only in a case told of, or in the
            # suit whose bringer waits for them ("X sued on Monday. It accuses A of ..."),
            # or when an authority accuses: its accusation is its proceeding ("the Federal
            # Trade Commission accused A of ...")
            rule.accusation
            and not (waiting and plaintiffs)
            and not _enforcer_of(frames, plaintiffs)
            and not (rule.kind == "criminal" and _prosecution_before(frames, t0)),
            rule.synthesize or waiting,  # a suit whose bringer is known is a case
            frames.year_hint(t0),
            count if isinstance(count, int) else None,
            bringer_name,
            # "spande ook een zaak aan tegen X": an indefinite suit is a new one, "also" or not
            (_also(frames, t0) and not (rule.nominal and _indefinite_before(frames, t0)))
            or again
            or _same_trial(frames, rule, plaintiffs, t0)
            or _claims_of_current(frames, rule, plaintiffs, t0),
            rule.status == "ruled" and rule.kind == "criminal",
            frozenset(
                o.key for m, o in defendants if o.key and m is not None and m.group is not None
            ),
        )
        if info is None:
            continue
        case = info.option
        frames.frame_cases.append((t0, case))
        if split:
            frames.split_cases.add(case.ident)
        sued = info.defendants | {o.ident for _, o in defendants}
        plaintiffs = [p for p in plaintiffs if p[1].ident not in sued]  # never both sides
        extra_claims: list[Claim] = []
        if waiting and pending is not None and not info.plaintiffs and not info.defendants:
            for option in pending.plaintiffs:  # the bringer named a sentence before
                info.plaintiffs.add(option.ident)
                extra_claims.append(
                    Claim("PLAINTIFF_IN", option, case, "established", pending.rule,
                          pending.confidence, pending.sentence)
                )  # fmt: skip
            for court in pending.courts:  # "begon een zaak bij de rechtbank A": heard there
                extra_claims.append(
                    Claim("HEARD_BY", case, court, "established", pending.rule,
                          pending.confidence, pending.sentence)
                )  # fmt: skip
            frames.discourse.pending = None
        status = frames.status(t0, t1, rule.status)
        if rule.negative:  # "were found not guilty": still the defendants, and no more
            status = rule.status or "alleged"
        if (
            status == "ruled"
            and not rule.ruling
            and frames.words.isdisjoint(CONVICTIONS[frames.language])
        ):
            status = "alleged"  # a party stays accused when claims are dismissed or settled
        if status == "ruled" and _quashed(frames, t0):
            status = "alleged"  # "het hof vernietigde de veroordeling van X": undone
        if status == "ruled" and defendants:
            info.decided = True
        on, start, end = (
            (None, None, None) if ruled_on else frames.dates_for(t0, False, "DEFENDANT_IN")
        )
        claims = []
        charges = _charges(frames, t1) if rule.kind == "criminal" else None
        for mention, option in defendants:
            grouped = mention is not None and mention.group is not None
            if grouped and known_defendants is not None and option.key not in known_defendants:
                continue  # "the founders" of whom only some are parties to this case
            info.defendants.add(option.ident)
            props = {"charges": charges} if charges else {}
            claims.append(
                Claim("DEFENDANT_IN", option, case, status, rule.id, rule.confidence,
                      frames.sentence, on, start, end, props)
            )  # fmt: skip
        claims += extra_claims
        for mention, option in plaintiffs:
            if mention is not None and mention.kind == "group":
                option = _group_plaintiff(frames, option, case)
            info.plaintiffs.add(option.ident)
            # who brings a case is a matter of record, whatever the claims are
            claims.append(
                Claim("PLAINTIFF_IN", option, case, "established", rule.id, rule.confidence,
                      frames.sentence, on, start, end)
            )  # fmt: skip
        every += claims
    if (
        not every
        and plaintiffs
        and defendant_side == "none"
        and frames.discourse.current_case() is None
    ):  # "in de procedure die Sabam heeft aangespannen": the bringer of a suit the text
        # has not yet told against whom waits for the defendant a later sentence names
        _await_defendant(frames, [o for _, o in plaintiffs], rule, t0, t1)
    return every


def _case_participle(frames: SentenceFrames, t0: int, renamed: bool = False) -> bool:
    """Is the trigger a participle set off by a comma after a definite case noun ("in de
    zaak, aangespannen door X", "de rechtszaak tegen de bedrijven, aangespannen door X"), or
    an indefinite one when its agents name a bringer of the case already told of? It
    describes the case the noun points back to."""
    tokens = frames.tokens
    if t0 < 3 or tokens[t0 - 1].text != ",":
        return False
    for j in range(t0 - 2, max(0, t0 - _PARTICIPLE_REACH) - 1, -1):
        if _case_noun(tokens[j]):
            before = tokens[j - 1].lower if j > 0 else ""
            return before in DEFINITE[frames.language] or (renamed and before in INDEFINITE)
        if tokens[j].text in ",;:" or any(m.first <= j < m.last for m in frames.mentions):
            return False
    return False


_PARTICIPLE_REACH = 6  # tokens between a case noun and the comma before its participle


def _case_subject(frames: SentenceFrames, t0: int) -> bool:
    """Does a definite case noun open the trigger's clause as its subject ("De zaak (over X)
    was aangespannen door Y", "The lawsuit was filed by Y"), or a relative pronoun right after
    a case noun ("een zaak die was aangespannen door Y")? The verb then tells of that case,
    not of a new one against someone unnamed."""
    tokens = frames.tokens
    lo = frames._clause_bounds(tokens[t0].clause)[0]
    if lo + 1 < t0 and tokens[lo].lower in DEFINITE[frames.language] and _case_noun(tokens[lo + 1]):
        return True
    # "(in) een zaak die was aangespannen door Y": a relative clause on a case noun tells of
    # the case that noun names
    return (
        0 < lo < t0
        and tokens[lo].lower in RELATIVES.get(frames.language, frozenset())
        and _case_noun(tokens[lo - 1])
    )


def _definite_case_noun(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Does the trigger hold a case noun after a definite article ("legde de boete op",
    "stelde die boete vast")? It points back to the case told of before."""
    nouns = LAW_CASE_NOUNS.get(frames.language, frozenset())
    definite = DEFINITE[frames.language]
    tokens = frames.tokens
    return any(
        (tokens[j].lower in nouns or tokens[j].lemma in nouns) and tokens[j - 1].lower in definite
        for j in range(max(t0, 1), t1)
    )


def _paid_to(frames: SentenceFrames, mention: Mention | None, t1: int) -> bool:
    """Does a verb of paying stand between the trigger and the name its "to" gives ("een
    boete van 5 miljoen betalen aan X")? X is then paid, not fined."""
    verbs = PAYMENT_VERBS.get(frames.language)
    if not verbs or mention is None:
        return False
    return any(t.lemma in verbs for t in frames.tokens[t1 : mention.first])


def _paid_before(frames: SentenceFrames, mention: Mention | None) -> bool:
    """Is the name the indirect object of a verb of paying right before it ("pay the FTC $5
    million")? It is paid, so it is no party that settles or is fined."""
    verbs = PAYMENT_VERBS.get(frames.language)
    if not verbs or mention is None:
        return False
    tokens = frames.tokens
    j = mention.first - 1
    while j >= 0 and tokens[j].lower in SKIPPABLE:
        j -= 1
    return j >= 0 and tokens[j].lemma in verbs


_REGULATOR_SENTENCES: Final = 2  # sentences back where a fine's unnamed bringer may stand
_REGULATOR_DOCUMENT: Final = 1_000  # ... or anywhere before in the document
_REGULATOR_OPENS: Final = (
    3  # words before it when it opens its sentence ("Ook de", "Vandaag heeft de")
)


def _enforcer(frames: SentenceFrames, option: Option) -> bool:
    """Is the organisation one that brings cases as an authority: a regulator, prosecutor
    or police force the reference base knows, or a public body by its name ("Federal
    Trade Commission", "Kansspelautoriteit")?"""
    if option.type != "Organization":
        return False
    if option.key and frames.discourse.knowledge.prop(option.key, "category") in _ENFORCERS:
        return True
    heads = ENFORCER_HEADS.get(frames.language, ())
    names = (option.name, *option.aliases)
    return _authority(option) or any(w.lower().endswith(heads) for n in names for w in n.split())


_ENFORCERS: Final = frozenset({"regulator", "prosecutor", "law enforcement"})


def _enforcer_of(frames: SentenceFrames, parties: list[tuple[Mention, Option]]) -> bool:
    return any(_enforcer(frames, option) for _, option in parties)


def _kind_fits_case(info: CaseInfo, sued: set[tuple[str, str]]) -> bool:
    """Does the document already tell of a regulator's case against one of these parties?
    A fine is then that case's, whoever brought it."""
    return info.kind == "enforcement" and not info.defendants.isdisjoint(sued)


def _compound_modifier(tokens: list[Token], mention: Mention) -> bool:
    """Does the name only modify an owner's noun it is hyphened to ("Facebook-moeder Meta",
    "TikTok-parent ByteDance"), or a member's or role noun ("Telegram-baas Doerov", "de
    Zorbchat-oprichters")? The owner or the person is the party, not it."""
    text = tokens[mention.last - 1].text
    if "-" not in text or mention.text.endswith(text):
        return False
    head, _, tail = text.rpartition("-")
    return owner_compound(text) or (head[:1].isupper() and _member_noun(tail.lower()))


def _behind_owner(frames: SentenceFrames, mention: Mention | None) -> bool:
    """Is the name the platform in a description of its unnamed owner ("the firm behind the
    site X has been fined", "het bedrijf achter de site X")? The owner is the party."""
    words = BEHIND_WORDS.get(frames.language, frozenset())
    if mention is None or not words:
        return False
    tokens = frames.tokens
    for j in range(mention.first - 1, max(0, mention.first - _BEHIND_REACH) - 1, -1):
        if tokens[j].lower in words:
            return company_behind(tokens, j, frames.language)
        if tokens[j].text in _SEGMENT_BREAKS or any(m.first <= j < m.last for m in frames.mentions):
            return False
    return False


def company_behind(tokens: list[Token], at: int, language: str) -> bool:
    """Does a company noun and a word of "behind" stand at `at` ("the company behind",
    "het bedrijf achter"), the description of the owner of what follows?"""
    return (
        0 < at < len(tokens)
        and tokens[at].lower in BEHIND_WORDS.get(language, frozenset())
        and tokens[at - 1].lower in BEHIND_NOUNS.get(language, frozenset())
    )


_BEHIND_REACH: Final = 5  # words between "behind" and the platform's name ("the subscription site")


def _regulator_before(
    frames: SentenceFrames, sued: set[tuple[str, str]], back: int = _REGULATOR_SENTENCES
) -> tuple[Mention, Option] | None:
    """The one regulator that opens one of the `back` sentences before (or this one, saying
    it) as its subject, when a fine is told without its bringer ("De Europese Commissie
    greep in. Apple en Meta krijgen boetes."), or, for a fine or an investigation, that the
    whole document names (`_REGULATOR_DOCUMENT`: "De onderzoeken naar A en B" in a text
    about the Commission's findings): an organisation the reference base knows as a
    regulator, or whose name has a regulator's head ("Autoriteit", "...autoriteit",
    "Commissie"). Two regulators there: none."""
    heads = ENFORCER_HEADS.get(frames.language, ())
    if not heads:
        return None
    knowledge = frames.discourse.knowledge
    found: dict[tuple[str, str], tuple[Mention, Option]] = {}
    opens: dict[tuple[str, str], bool] = {}
    tokens = frames.tokens
    # this sentence's own opening regulator when it says so ("Ofcom said X was fined")
    saying = [
        m for m in frames.mentions
        if m.first <= _REGULATOR_OPENS and m.last < len(tokens)
        and (tokens[m.last].lower in SAY or tokens[m.last].lemma in SAY)
    ]  # fmt: skip
    for mentions in (*frames.discourse.history[-back:], saying):
        for mention in mentions:
            option = mention.option_for(("Organization",))
            if option is None or option.ident in sued or mention.kind == "weak":
                continue
            category = knowledge.prop(option.key, "category") if option.key else None
            names = (option.name, *option.aliases, mention.text)
            words = [word.lower() for name in names for word in name.split()]
            if category == "regulator" or any(w.endswith(heads) for w in words):
                found.setdefault(option.ident, (mention, option))
                opens[option.ident] = opens.get(option.ident, False) or (
                    mention.first <= _REGULATOR_OPENS or bool(mention.extra.get("v2_subject"))
                )  # the subject, not "Dat zegt X, voorzitter van de AP"
    if len(found) != 1:
        return None
    ident, picked = next(iter(found.items()))
    return picked if opens[ident] else None


def _await_defendant(
    frames: SentenceFrames,
    bringers: list[Option],
    rule: Rule,
    t0: int,
    t1: int,
) -> None:
    """Keep the bringers of a suit told without its defendant until a later sentence (or
    this one) names whom it is against, with the court its clause names after the trigger."""
    clause = frames.tokens[t0].clause
    courts = [
        o for m in frames.mentions
        if m.first >= t1 and frames.tokens[m.first].clause == clause
        and frames._governed(m)
        and (o := m.option_for(("Court",))) is not None
    ]  # fmt: skip
    frames.discourse.pending = Pending(
        bringers, rule.kind or "", frames.sentence,
        frames.status(t0, t1, rule.status), rule.id, rule.confidence, courts[:1],
    )  # fmt: skip


def _relative_after_agent(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Does a relative pronoun stand between the agent's "by" and the trigger's end ("filed
    by a woman who says X")? One before "by" ("de procedure die door X werd geopend") is
    the trigger's own."""
    agents = AGENT_PREPS[frames.language]
    relatives = RELATIVES[frames.language]
    tokens = frames.tokens
    by = next((j for j in range(t0, t1) if tokens[j].lower in agents), t1)
    return any(tokens[j].lower in relatives for j in range(by, t1))


def _apposed_law(frames: SentenceFrames, t1: int) -> Option | None:
    """ "in strijd met de Europese privacywetgeving, de AVG", "breached the bloc's privacy
    law, the GDPR": the law named in apposition to the law noun right after the trigger
    (the comma puts it in a clause of its own, where no end is otherwise looked for)."""
    tokens = frames.tokens
    heads = LAW_HEADS[frames.language]
    adjectives = {m.first for m in frames.mentions if m.extra.get("adjective")}  # "Europese"
    j = t1
    while (
        j < len(tokens)
        and j - t1 < _APPOSED_LAW_REACH
        and (tokens[j].text[:1].islower() or j in adjectives)
    ):
        word = tokens[j].lower
        if any(word.endswith(head) for head in heads):
            break
        if not word.isalpha() and not _possessive(word):
            return None
        j += 1
    else:
        return None
    j += 1
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    j += 1
    while j < len(tokens) and tokens[j].lower in ARTICLES:
        j += 1
    for m in frames.mentions:
        if m.first == j:
            return m.option_for(("Law",))
    return None


_APPOSED_LAW_REACH: Final = 4  # words from a trigger to the law noun a named law is apposed to


def _gap_agent(frames: SentenceFrames, mention: Mention | None, t0: int, t1: int) -> bool:
    """Inside a nominal trigger's gap, "van"/"of"/"by" opens who carries the inquiry out,
    not its target ("een onderzoek van de toezichthouder naar X", "an investigation by the
    regulator into X")."""
    if mention is None or not t0 < mention.first < t1:
        return False
    tokens = frames.tokens
    j = mention.first - 1
    while j > t0 and tokens[j].lower in ARTICLES:
        j -= 1
    return tokens[j].lower in OF or tokens[j].lower in AGENT_PREPS[frames.language]


def _accused_before_of(
    frames: SentenceFrames, defendants: list[tuple[Mention, Option]], t0: int, t1: int
) -> list[tuple[Mention, Option]]:
    """ "A suit accusing the payment giant of facilitating abuse on Pornhub": who is accused
    stands between the accusing verb and its "of"; a name in the "of" clause is no party."""
    tokens = frames.tokens
    verbs = ACCUSATIONS[frames.language]
    at = next((i for i in range(t1 - 1, t0 - 1, -1) if tokens[i].lower in verbs), None)
    if at is None:
        return defendants
    of_at = next(
        (i for i in range(at + 1, min(len(tokens), at + 8)) if tokens[i].lower in OF), None
    )
    if of_at is None:
        return defendants
    return [p for p in defendants if p[0].first < of_at]


def _demand_in_clause(frames: SentenceFrames, at: int) -> bool:
    """Does a verb of demanding stand in the clause of the token at `at` ("X eist in kort
    geding ...", "X heeft in een kort geding tegen Y geëist", "X is seeking damages in a
    lawsuit against Y")?"""
    demands = DEMANDS.get(frames.language)
    if not demands:
        return False
    tokens = frames.tokens
    clause = tokens[at].clause
    return any(t.clause == clause and (t.lower in demands or t.lemma in demands) for t in tokens)


def _against_in_clause(frames: SentenceFrames, t0: int) -> list[tuple[Mention, Option]]:
    """The parties named right after "tegen"/"against" in the trigger's clause."""
    tokens = frames.tokens
    clause = tokens[t0].clause
    against = AGAINST[frames.language]
    out = []
    for m in frames.mentions:
        if (
            m.first > 0
            and tokens[m.first].clause == clause
            and tokens[m.first - 1].lower in against
        ):
            option = m.option_for(_PARTIES)
            if option is not None and _may_be_party((m, option)):
                out.append((m, option))
    return out


def _subject_of_object(
    frames: SentenceFrames,
    found: Mention,
    defendants: list[tuple[Mention, Option]],
    t0: int,
    t1: int,
) -> list[tuple[Mention, Option]]:
    """The bringers of a verb-final clause whose object (`found`, with `defendants`) stands
    before the participle ("De Franse justitie heeft X aangeklaagd"): its subject, with the
    names coordinated with it ("A en B hebben X aangeklaagd")."""
    taken = {id(m) for m, _ in defendants}
    others = [
        m for m in frames._fitting(("Organization", "Person"), t0, t1)
        if id(m) not in taken and m.first < found.first
        and not (m.extra.get("single") and not _verb_subject(frames, m, t0))
    ]  # fmt: skip
    subject = frames._subject(others, t0) if others else None
    if subject is None:  # "Het OM heeft de eigenaar van X, Y, gedagvaard"
        subject = _before_auxiliary(frames, others, t0)
    option = subject.option_for(("Organization", "Person")) if subject else None
    plaintiffs = [(subject, option)] if subject is not None and option is not None else []
    if plaintiffs and subject is not None:  # "A en B hebben X aangeklaagd": both sue
        plaintiffs = [
            p for p in frames.coordinated(subject, ("Organization", "Person"))
            if id(p[0]) not in taken and p[0].last <= found.first
        ] or plaintiffs  # fmt: skip
    return [p for p in plaintiffs if _may_be_party(p)]


def _distributive(frames: SentenceFrames, t0: int) -> bool:
    """Does a distributive word ("elk", "ieder", "each") in the trigger's clause give each
    bringer its own suit: not after a preposition or an article, and before an article, a
    preposition, a name or the trigger ("die ze elk tegen X hebben aangespannen", "A and B
    each sued X"; not "elk jaar")?"""
    words = DISTRIBUTIVES.get(frames.language)
    if not words or frames.words.isdisjoint(words):
        return False
    tokens = frames.tokens
    clause = tokens[t0].clause
    after_words = ARTICLES | INDEFINITE | frozenset(PREPOSITIONS)
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower not in words or tokens[k].clause != clause:
            continue
        before = tokens[k - 1].lower not in after_words  # not "in elk geval", "voor elk bedrijf"
        after = (
            k + 1 == t0
            or tokens[k + 1].lower in after_words
            or any(m.first == k + 1 for m in frames.mentions)
            or _case_verb_after(frames, k)
        )
        if before and after:
            return True
    return False


def _case_verb_after(frames: SentenceFrames, k: int) -> bool:
    """Does a verb of bringing a case follow the distributive at k, over an auxiliary, with
    the bringers' names or an auxiliary right before it ("A and B have each filed a lawsuit
    against X", "A and B each brought suits against X"; not "dismissed each charge")?"""
    tokens = frames.tokens
    auxiliaries = AUXILIARIES[frames.language]
    if not (tokens[k - 1].lower in auxiliaries or any(m.last == k for m in frames.mentions)):
        return False
    j = k + 1
    if j + 1 < len(tokens) and tokens[j].lower in auxiliaries:
        j += 1  # "A and B each have filed"
    return case_verb_word(tokens[j])


def _prosecution_before(frames: SentenceFrames, t0: int) -> bool:
    """Does a prosecution service's noun stand before the trigger in its clause ("De Franse
    justitie heeft X aangeklaagd")? Its suit is a prosecution."""
    nouns = PROSECUTION_NOUNS[frames.language]
    tokens = frames.tokens
    start = frames._clause_bounds(tokens[t0].clause)[0]
    for mention in frames.mentions:  # "Het Belgische OM heeft X ...": another country's office
        if start <= mention.first < t0 and mention.extra.get("adjective") is None:
            option = mention.option_for(_OFFICES)
            if (
                option is not None
                and option.key
                and frames.discourse.knowledge.prop(option.key, "category") == "prosecutor"
                and _foreign_office(frames, (mention, option))
            ):
                return True
    if not nouns or frames.words.isdisjoint(nouns):
        return False
    return any(tokens[k].lower in nouns for k in range(start, t0))


def _quashed(frames: SentenceFrames, t0: int) -> bool:
    """Does a verb of undoing a ruling stand before the trigger in its clause ("Het hof
    vernietigde de veroordeling van X", "overturned the conviction of X")?"""
    quash = QUASH_VERBS[frames.language]
    if not quash or frames.words.isdisjoint(quash):
        return False
    tokens = frames.tokens
    start = frames._clause_bounds(tokens[t0].clause)[0]
    return any(tokens[k].lower in quash or tokens[k].lemma in quash for k in range(start, t0))


_FAVOUR_REACH: Final = 5  # tokens before the preposition: "sided with Quillo Labs Inc. in"


def _governed_noun(frames: SentenceFrames, t0: int) -> bool:
    """Is the lawsuit noun at t0 governed by a preposition without a comma before it
    ("MindGeek following a lawsuit that ..."): it is no bringer's own suit then."""
    tokens = frames.tokens
    j = t0 - 1
    while (
        j >= 0
        and j >= t0 - 3
        and tokens[j].text[:1].islower()
        and (tokens[j].lower in ARTICLES or type_of(tokens[j].lower, frames.language) is None)
        and tokens[j].lower not in LAWSUIT_GOVERNORS[frames.language]
        and tokens[j].lower not in SUIT_SETTLERS[frames.language]
        # "X spande in mei een rechtszaak aan": the preposition governs the month
        and tokens[j].lower not in MONTHS
    ):
        j -= 1
    if j >= 0 and j < t0 and tokens[j].lower in SUIT_SETTLERS[frames.language]:
        return True  # "X reached a settlement to resolve lawsuits accusing ...": X defends
    if not (
        j >= 1
        and tokens[j].lower in LAWSUIT_GOVERNORS[frames.language]
        and tokens[j - 1].text != ","
    ):
        return False
    if tokens[j].lower in CLAIM_PREPS[frames.language] and _demand_in_clause(frames, j):
        return False  # "X eist in een kort geding tegen Y dat ...": X claims in its own suit
    if tokens[j - 1].lower in PARTY_IN_WORDS[frames.language]:
        return False  # "X is in a legal battle with Y", "X is embroiled in a suit": a side
    joining = JOINING_VERBS[frames.language]
    start = frames._clause_bounds(tokens[j].clause)[0]
    if any(tokens[k].lemma in joining for k in range(start, j)):
        return False  # "X joined other developers in suing Y": X takes part in the suit
    favour = FAVOUR_WORDS[frames.language]
    if any(tokens[k].lemma in favour or tokens[k].lower in favour
           for k in range(max(start, j - _FAVOUR_REACH), j)):  # fmt: skip
        return False  # "stelde X in het gelijk in de zaak tegen Y": X brought that suit
    # "begon in juni een rechtszaak": the preposition governs a date, not the noun
    after = tokens[j + 1].start
    return not any(d.start == after for d in frames.dates)


def _other_bringers(info: CaseInfo, plaintiffs: list[Option]) -> bool:
    """Does the frame name its own bringers, none of them a plaintiff of a case told before
    ("the DPC said its inquiry into X ..." after Ofcom's fine of X)? Then the frame tells
    of another proceeding against the same party."""
    if not info.plaintiffs:
        return False
    bringers = {o.ident for o in plaintiffs if not dict(o.props).get("description")}
    return bool(bringers) and bringers.isdisjoint(info.plaintiffs)


def _pointed_back(frames: SentenceFrames, case: Option) -> bool:
    """Does the sentence only point back to the case ("that indictment"), not name it?"""
    return not any(
        m.named and m.option_for(("Case",)) is not None
        and m.option_for(("Case",)) == case
        for m in frames.mentions
    )  # fmt: skip


_MODIFIER_REACH: Final = 3  # tokens before a case noun where its modifiers stand


def _no_authority_modifier(frames: SentenceFrames, t0: int) -> bool:
    """Whether a word that makes the case noun at `t0` no authority's case stands right
    before it ("a news investigation into X", "een journalistiek onderzoek"). Written with
    a capital, the word counts only when it opens the sentence before a lower-case word
    ("Media investigations into X ..."): after a capitalised word or further on it ends
    a name ("Zorvex Media heeft een rechtszaak aangespannen tegen Quillo")."""
    tokens = frames.tokens
    for i in range(max(0, t0 - _MODIFIER_REACH), t0):
        token = tokens[i]
        if token.lower not in NOT_CASE_MODIFIERS:
            continue
        if token.text[:1].isupper():
            after = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if i > 0 or after[:1].isupper():
                continue
        return True
    return False


_OWN_CASE_REACH: Final = 3  # tokens before a trigger where the noun of its own case may stand


def _another_decision(frames: SentenceFrames, court: Mention | None) -> bool:
    """Is the court named as the author of an indefinite decision noun ("based on a recent
    Supreme Court decision", "een eerder arrest van de Hoge Raad")? That is another case's.
    So is a decision that a suit brought in the sentence follows ("X filed suit against Y
    following the decision by the Supreme Court ...": a suit comes after no decision of its
    own)."""
    if court is None:
        return False
    tokens = frames.tokens
    after = tokens[court.last].lower if court.last < len(tokens) else ""
    if after in DECISION_NOUNS:
        return any(
            t.lower in INDEFINITE for t in tokens[max(0, court.first - 3) : court.first]
        ) or _followed_decision(frames, court.first)
    j = court.first - 1
    while j > 0 and tokens[j].lower in SKIPPABLE:
        j -= 1
    if j > 0 and tokens[j].lower in OF and tokens[j - 1].lower in DECISION_NOUNS:
        return _indefinite_before(frames, j - 1) or _followed_decision(frames, j - 1)
    if (
        j > 0
        and tokens[j].lower in AGENT_PREPS[frames.language]
        and tokens[j - 1].lower in DECISION_NOUNS
    ):
        if _followed_decision(frames, j - 1):
            return True
        if not _indefinite_before(frames, j - 1):
            return False
        # "according to a previous ruling by the Court of Justice": another case's, unless
        # the sentence names a party of the case told of ("a ruling by X revived the suit
        # against Y")
        current = frames.discourse.current_case()
        return current is None or not frames._names_a_party(current)
    return False


def _followed_decision(frames: SentenceFrames, noun: int) -> bool:
    """Does a preposition of sequence open the decision noun's phrase at `noun` ("following
    the recent decision", "na de uitspraak") in a sentence that brings a suit (a filing
    verb)? The suit follows the decision, so the decision was another case's."""
    tokens = frames.tokens
    sequel = SEQUEL_PREPS.get(frames.language, frozenset())
    if not any(t.lower in sequel for t in tokens[max(0, noun - 3) : noun]):
        return False
    filing = FILING_VERBS.get(frames.language, frozenset())
    return any(t.lemma in filing for t in tokens)


_CROWD_REACH: Final = 4  # tokens before a trigger where its plural suit noun may stand


def _crowd_of_suits(frames: SentenceFrames, t0: int, t1: int, parties: int) -> bool:
    """Does a count make the trigger's plural suits a crowd of proceedings ("dozens of
    lawsuits against X", "more than 70 suits have been filed against A, B and C")? Each is
    a case no sentence tells apart; a count up to the number of parties is one suit each."""
    tokens = frames.tokens
    plural = SPLIT_SUIT_NOUNS[frames.language]
    for i in range(max(0, t0 - _CROWD_REACH), min(t1, len(tokens))):
        if tokens[i].lower not in plural:
            continue
        # the count right before the noun, or before its "of" ("dozens of lawsuits"); a
        # number further left counts something else ("Section 230 barred the claims")
        before = i - 2 if i >= 2 and tokens[i - 1].lower in OF else i - 1
        word = tokens[before].lower if before >= 0 else ""
        if word in CROWD_COUNTS or (word.isdigit() and int(word) > max(parties, 1)):
            return True
    return False


def _fresh_before(frames: SentenceFrames, t0: int) -> bool:
    """Does an ordinal or "new" open the trigger's noun phrase ("its first action against
    Y", "a new suit")? Like an indefinite article, it tells of a proceeding of its own."""
    return any(t.lower in FRESH_CASE_WORDS for t in frames.tokens[max(0, t0 - 2) : t0])


def _claims_of_current(
    frames: SentenceFrames, rule: Rule, plaintiffs: list[tuple[Mention, Option]], t0: int
) -> bool:
    """Are bare plural claims with no bringer ("Judge X dismissed claims against A. She
    upheld claims against B and C") the claims of the civil case the document tells of? They
    are, unless an article, an ordinal or "other" makes them a proceeding of their own."""
    nouns = CURRENT_CLAIM_NOUNS.get(frames.language, frozenset())
    if plaintiffs or not rule.nominal or rule.kind != "civil" or t0 >= len(frames.tokens):
        return False
    if frames.tokens[t0].lower not in nouns:
        return False
    before = frames.tokens[t0 - 1].lower if t0 > 0 else ""
    if before in INDEFINITE or before in FRESH_CASE_WORDS or before in OTHER:
        return False
    current = frames.discourse.current_case()
    return current is not None and bool(current.defendants) and current.kind in ("civil", None)


def _indefinite_before(frames: SentenceFrames, t0: int) -> bool:
    """Does an indefinite article open the trigger's noun phrase ("een zaak tegen X")?"""
    return any(t.lower in INDEFINITE for t in frames.tokens[max(0, t0 - 2) : t0])


def _another_proceeding(
    frames: SentenceFrames,
    case: Option,
    defendants: list[tuple[Mention, Option]],
    t0: int,
    t1: int,
    indefinite: bool = False,
    inquiry: bool = False,
) -> bool:
    """Is the case a sentence points back to ("the case", "die zaak") another proceeding
    than the one the trigger states? It is when the pointer stands outside the trigger's
    phrase and none of the trigger's defendants is a party of it ("The case echoes the
    labels' 2019 suit against X", "In 2019 werd X aangeklaagd, maar die zaak werd
    geseponeerd"); for a regulator's inquiry (`inquiry`) also when the pointer is the
    trigger's own noun: "Ofcom fined X. It expanded its investigation into Y" is another
    investigation, of Y."""
    if not defendants:
        return False
    mention = next((m for m in frames.mentions if m.option_for(("Case",)) == case), None)
    if mention is not None and mention.named:
        return False  # a caption
    if mention is None and not indefinite:
        return False  # a case a frame of this sentence made, unless "a suit against X"
    if (
        mention is not None
        and t0 - _OWN_CASE_REACH <= mention.last
        and mention.first <= t1
        and not inquiry
    ):
        return False  # "the lawsuit against X": the trigger's own noun
    info = next((c for c in frames.discourse.cases if c.option.ident == case.ident), None)
    if info is None or not info.defendants:
        return False
    return not frames._names_party_of(info, [o for _, o in defendants])


def _role_holder_apposed(
    frames: SentenceFrames, mention: Mention, option: Option
) -> tuple[Mention, Option]:
    """ "sentenced the owner of the forum X, Kees Brouwer, to": the person in apposition to
    a role of X is the party, not X."""
    tokens = frames.tokens
    j = mention.first - 1
    while (
        j >= 0
        and mention.first - j <= 3
        and (tokens[j].lower in SKIPPABLE or type_of(tokens[j].lower, frames.language) is not None)
    ):
        j -= 1
    if j < 1 or tokens[j].lower not in OF:
        return mention, option
    role = ROLES.get(tokens[j - 1].lower)
    k = mention.last
    if role is None or role in NON_PARTY_ROLES or k >= len(tokens) or tokens[k].text != ",":
        return mention, option
    for m in frames.mentions:
        person = m.option_for(("Person",)) if m.first == k + 1 else None
        if person is not None:
            return m, person
    return mention, option


def _another_case(frames: SentenceFrames) -> bool:
    """Does the sentence tell of another case than the document's ("a similar case against
    X was dismissed by ...", "in a separate case")? Then a court or law it names is not the
    document's case's."""
    tokens = frames.tokens
    return any(
        tokens[i].lower in CASE_NOUNS and tokens[i - 1].lower in OTHER
        for i in range(1, len(tokens))
    )


def _civil_remedy(frames: SentenceFrames, t0: int) -> bool:
    """Does the ruling at t0 order a civil remedy in its clause ("found X liable",
    "veroordeelde X tot het betalen van een schadevergoeding")?"""
    tokens = frames.tokens
    remedies = CIVIL_REMEDIES.get(frames.language, frozenset())
    clause = tokens[t0].clause
    return any(
        t.clause == clause and (t.lower in remedies or t.lemma in remedies)
        for t in tokens[t0 : t0 + _REMEDY_WINDOW]
    )


def _past_nameless_phrase(
    frames: SentenceFrames, mention: Mention | None, t0: int, t1: int
) -> bool:
    """Does the name after a noun's trigger stand in another clause than the trigger, past
    a comma that ends a phrase with no name after the trigger ("een onderzoek naar fraude in
    de bouw, zo laat X weten"), and opens no list of the phrase's members?"""
    tokens = frames.tokens
    if mention is None or tokens[mention.first].clause == tokens[t0].clause:
        return False
    comma = next((k for k in range(t1, mention.first) if tokens[k].text == ","), None)
    return (
        comma is not None
        and not any(t1 <= m.first < comma for m in frames.mentions)
        # "naar negen platforms, waaronder X": the list the phrase opens
        and tokens[comma + 1].lower not in LIST_OPENERS
    )


def _prepositional(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Is the name after the trigger at t0 the object of a preposition ("aan stichting
    Brein", "tegen de Nederlandse aanbieder X"), over up to three lower-case words?"""
    tokens = frames.tokens
    j = mention.first - 1
    while (
        j > t0
        and mention.first - j <= 3
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and tokens[j].lower not in PREPOSITIONS
    ):
        j -= 1
    return j > t0 and tokens[j].lower in PREPOSITIONS


def _over_relative_quantifier(tokens: list[Token], j: int, language: str) -> int:
    """Back over a quantifier and its "of" before a relative pronoun ("A, B and C, all of
    whom were convicted", "both of whom"): the clause's subject is the whole list before."""
    if (
        j >= 2
        and tokens[j].lower in OF
        and tokens[j - 1].lower in RELATIVE_QUANTIFIERS.get(language, frozenset())
    ):
        return j - 2
    return j


def _definite_suit(
    frames: SentenceFrames, rule: Rule, plaintiffs: list[tuple[Mention, Option]], t0: int, t1: int
) -> bool:
    """Is the trigger's case noun the definite one of the civil suit the document tells of
    ("X filed the suit against B" after X's suit against A), brought by its own bringers?"""
    if rule.kind != "civil" or not frames.words.isdisjoint(OTHER):
        return False
    tokens = frames.tokens
    if not any(
        _case_noun(tokens[k])
        and tokens[k - 1].lower in DEFINITE[frames.language]
        and tokens[k - 1].lower not in POSSESSIVES
        for k in range(max(1, t0), min(t1, len(tokens)))
    ):
        return False
    current = frames.discourse.current_case()
    if current is None or not current.defendants or current.kind not in ("civil", None):
        return False
    named = {o.ident for _, o in plaintiffs}
    return bool(named) and bool(current.plaintiffs) and named <= current.plaintiffs


def _also(frames: SentenceFrames, t0: int) -> bool:
    """Does an "also" word stand in the trigger's clause before it ("Ook zijn compagnon X
    werd gedagvaard", "X was also charged")?"""
    words = ALSO_WORDS.get(frames.language, frozenset())
    lowers = frames.sentence.lowers
    if any(
        lower in OTHER and not CASE_WORDS.isdisjoint(lowers[i + 1 : i + 3])
        for i, lower in enumerate(lowers)
    ):
        return False  # "X was also charged in a separate case" ("two other executives" is)
    for j in range(t0 - 1, -1, -1):  # back over appositions' commas ("Ook de X, Y, wordt")
        lower = frames.tokens[j].lower
        if lower in words:
            return True
        if lower in SUBORDINATORS[frames.language] or lower in (";", ":"):
            return False
    return False


def _case_says(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Is the case noun at `t0` the subject of the claim verb ending the match at `t1`? Not
    when the verb is a participle of another clause ("filed suit against X, alleging that
    Y ...": the filer alleges) nor when it closes a relative clause between them ("actions
    against X, which experts allege ..."): a relative clause there must end in a comma
    ("the lawsuit, which was filed Monday, alleges ...", "de rechtszaak, die maandag werd
    ingediend, beweert dat ...")."""
    tokens = frames.tokens
    verb = tokens[t1 - 1]
    endings = PROGRESSIVE_ENDINGS[frames.language]
    if endings and verb.lower.endswith(endings):
        return False
    relatives = RELATIVES[frames.language]
    opened = [j for j in range(t0 + 1, t1 - 1) if tokens[j].lower in relatives]
    return not opened or any(tokens[j].text == "," for j in range(opened[-1] + 1, t1 - 1))


def _passive_after(frames: SentenceFrames, mention: Mention) -> bool:
    """Is the name the subject of a passive verb right after it ("X was harmed", "X were
    allegedly abused")? A passive auxiliary, then a participle within two words; with the
    verb last, a passive auxiliary anywhere in the name's clause after it ("dat X door de
    app werd benadeeld")."""
    tokens = frames.tokens
    j = mention.last
    if VERB_FINAL[frames.language] and j < len(tokens):
        clause = tokens[j].clause
        aux = PASSIVE_AUX[frames.language]
        for k in range(j, len(tokens)):
            if tokens[k].clause != clause:
                return False
            if tokens[k].lower in aux:
                return True
        return False
    if j >= len(tokens) or tokens[j].lower not in PASSIVE_AUX[frames.language]:
        return False
    endings = PARTICIPLE_ENDINGS[frames.language]
    return bool(endings) and any(
        tokens[k].lower.endswith(endings) for k in range(j + 1, min(len(tokens), j + 3))
    )


def _role_holders(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """Each party that only owns a role whose holder an apposition names ("vervolgt de
    topman van X, Piet Jansen") replaced by that holder."""
    out = []
    for mention, option in picked:
        holder = frames.role_apposition(mention) if mention is not None else None
        person = holder.option_for(("Person",)) if holder is not None else None
        if holder is not None and person is not None:
            if _may_be_party((holder, person)):
                out.append((holder, person))
            continue
        out.append((mention, option))
    return out


def _named_members(
    frames: SentenceFrames, defendants: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """ "fined three companies of the X group, namely A, B and C": the names "namely"
    opens a few words after the one party picked are the parties instead."""
    if len(defendants) != 1 or defendants[0][0] is None or not NAMELY:
        return defendants
    tokens = frames.tokens
    last = defendants[0][0].last
    at = next(
        (j for j in range(last, min(len(tokens), last + _NAMELY_REACH))
         if tokens[j].lower in NAMELY), -1,
    )  # fmt: skip
    if at < 0:
        return defendants
    following = [m for m in frames.mentions if at < m.first <= at + 3 and m.option_for(_PARTIES)]
    if not following:
        return defendants
    listed = [p for p in frames.coordinated(min(following, key=lambda m: m.first), _PARTIES)
              if _may_be_party(p)]  # fmt: skip
    return listed or defendants


_NAMELY_REACH: Final = 4


def _counted_members(
    frames: SentenceFrames, defendants: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """ "investigations into X and seven file-sharing services – A, B and C": the names a
    dash or a colon lists right after a counted plural noun that ends the parties are
    parties too (the count says how many: none of them is named before)."""
    if not defendants or defendants[-1][0] is None:
        return defendants
    tokens = frames.tokens
    last = defendants[-1][0].last
    dash = -1
    for j in range(last, min(len(tokens), last + _COUNTED_REACH)):
        text = tokens[j].text
        if text in _LIST_MARKS:
            dash = j
            break
        if text in ",;.()" or any(m.first == j for m in frames.mentions):
            return defendants
    if dash < 0 or not any(
        tokens[k].lower in NUMBERS or tokens[k].text.isdigit() for k in range(last, dash)
    ):
        return defendants
    # the list's first member may be a name no reading knows ("– Im.ge, Krakenfiles and
    # Yolobit"): the first known one stands a comma later
    following = [
        m for m in frames.mentions
        if dash < m.first <= dash + _COUNTED_FIRST and m.option_for(_PARTIES)
        and all(t.text == "," or t.text[:1].isupper() for t in tokens[dash + 1 : m.first])
    ]  # fmt: skip
    if not following:
        return defendants
    taken = {id(m) for m, _ in defendants}
    listed = [
        p for p in frames.coordinated(min(following, key=lambda m: m.first), _PARTIES)
        if _may_be_party(p) and id(p[0]) not in taken
    ]  # fmt: skip
    return defendants + listed


_COUNTED_REACH: Final = 6  # "and seven file-sharing services –": "and", the count, the noun
_LIST_MARKS: Final = frozenset({"–", "—", ":"})
_COUNTED_FIRST: Final = 3  # tokens after the dash where the list's first known name stands


def _without_named_groups(
    frames: SentenceFrames, parties: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """ "two of its users, A and B, sued X": a counted group whose members the apposition
    after it names is those members, not a party of its own."""
    groups = [m for m, _ in parties if m is not None and m.kind == "group"]
    if not groups or len(groups) == len(parties):
        return parties
    tokens = frames.tokens
    named = {
        id(g)
        for g in groups
        if g.last < len(tokens) and tokens[g.last].text == ","
        and any(m is not None and m is not g and m.first == g.last + 1 for m, _ in parties)
    }  # fmt: skip
    return [p for p in parties if id(p[0]) not in named] if named else parties


def _listed_after(
    frames: SentenceFrames, defendants: list[tuple[Mention, Option]]
) -> list[tuple[Mention, Option]]:
    """The rest of a list of defendants whose members carry appositions ("X, bekend als
    bestuurder van Y, en zijn zakenpartner Z"): names of the first one's type that "and"
    opens a few words before, later in the sentence."""
    if not defendants or defendants[0][0] is None:
        return []
    first = defendants[0][0]
    kind = defendants[0][1].type
    taken = {id(m) for m, _ in defendants}
    tokens = frames.tokens
    out = []
    for m in frames.mentions:
        option = m.option_for((kind,))
        if m.first <= first.last or id(m) in taken or option is None or m.kind == "weak":
            continue
        opener = range(max(first.last, m.first - _LIST_OPENER), m.first)
        if any(tokens[j].lower in AND for j in opener) and _may_be_party((m, option)):
            out.append((m, option))
    return out


def _another_clause(frames: SentenceFrames, start: int, end: int) -> bool:
    """Whether tokens start..end open another clause: a punctuation mark, a subordinator, or
    "and" before no name ("with Y and sued Z", not "with Y and Z sued")."""
    tokens = frames.tokens
    subordinators = SUBORDINATORS[frames.language]
    for i in range(start, end):
        word = tokens[i].lower
        if tokens[i].text in ",;:" or word in subordinators or word in TEMPORAL_SUBORDINATORS:
            return True
        if word in AND and not any(
            m.first == i + 1 or (m.first == i + 2 and tokens[i + 1].lower in ARTICLES)
            for m in frames.mentions
        ):
            return True
    return False


_JOIN_REACH: Final = 4  # the partner after the joining verb: "voegde zich bij stichting Y in"


def _joined(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]], t0: int
) -> list[tuple[Mention, Option]]:
    """Both bringers of "X joined Y in suing Z": the joining verb's subject right before it
    and the partner right after it (before the preposition that takes the suit), whichever of
    them the bringer's pick took."""
    joining = JOINING_VERBS[frames.language]
    if not picked or not joining:
        return picked
    tokens = frames.tokens
    clause = tokens[t0].clause
    j = next((k for k in range(t0 - 1, -1, -1)
              if tokens[k].clause != clause or tokens[k].lemma in joining), -1)  # fmt: skip
    if j < 1 or tokens[j].lemma not in joining:
        return picked
    subject = next((m for m in frames.mentions if m.last <= j and j - m.last <= 1), None)
    partner = next(
        (m for m in frames.mentions if j < m.first <= j + _JOIN_REACH and m.last <= t0), None
    )
    if (
        subject is None
        or partner is None
        or tokens[partner.last].lower not in LAWSUIT_GOVERNORS[frames.language]
    ):
        return picked  # "in" right after the partner: "joined Y in suing Z"
    taken = {id(m) for m, _ in picked}
    if id(partner) not in taken and id(subject) not in taken:
        return picked
    out = list(picked)
    for mention in (subject, partner):
        option = mention.option_for(_BRINGERS)
        if id(mention) not in taken and option is not None and _may_be_party((mention, option)):
            out.append((mention, option))
    out.sort(key=lambda p: p[0].first if p[0] is not None else 0)
    return out


def _comitative(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]], t0: int
) -> list[tuple[Mention, Option]]:
    """Both bringers of "X, in conjunction with Y, has filed a lawsuit", "X, along with Y,
    sued", "X, joined by Y, sued": the subject before the comma and the partner the phrase
    names, whichever of them the bringer's pick took."""
    heads = COMITATIVE_HEADS.get(frames.language, frozenset())
    if not heads:
        return picked
    tokens = frames.tokens
    for j in range(t0 - 1, max(1, t0 - _COMITATIVE_REACH), -1):
        if tokens[j].text in ";:":
            break
        if tokens[j].lower not in COMITATIVE_PREPS or tokens[j - 1].lower not in heads:
            continue
        k = j - 1
        while k > 0 and (tokens[k - 1].lower in heads or tokens[k - 1].lower in ARTICLES):
            k -= 1  # "in conjunction with", "along with"
        if k < 1:
            return picked
        partner = next(
            (m for m in frames.mentions if j < m.first <= j + _JOIN_REACH and m.last <= t0), None
        )
        if partner is None:
            return picked
        if tokens[k - 1].text == ",":
            if not any(t.text == "," for t in tokens[partner.last : t0]):
                return picked  # the phrase is set off by commas: "X, along with Y, sued"
            comma = k - 1
            before = [m for m in frames.mentions if m.last <= comma and comma - m.last <= 3]
        else:
            # "X diende samen met Y een claim in": the subject right before the phrase, or
            # before the finite verb (and an adverb) that stands between, no comma or name
            before = [
                m for m in frames.mentions
                if m.last <= k and k - m.last <= 2
                and not any(t.text in ",;:" for t in tokens[m.last : k])
                and not any(m.last <= o.first < k for o in frames.mentions)
            ]  # fmt: skip
            if not before:
                return picked
            if _another_clause(frames, partner.last, t0):
                return picked  # "X worked together with Y before it sued Z": another clause's act
        head = before[-1] if before else None
        if head is not None and head.first > 0 and tokens[head.first - 1].text == "(":
            # "the Justice Department (DOJ), in conjunction with": the name before its short form
            head = next((m for m in reversed(before) if m.last < head.first), None)
        found = [m for m in (head, partner) if m is not None]
        out = [
            (m, o) for m in found
            for o in [m.option_for(_BRINGERS)] if o is not None and _may_be_party((m, o))
        ]  # fmt: skip
        if len(out) < 2:
            return picked
        seen = {o.ident for _, o in out}
        return out + [p for p in picked if p[1].ident not in seen]
    return picked


def _same_trial(
    frames: SentenceFrames, rule: Rule, plaintiffs: list[tuple[Mention, Option]], t0: int
) -> bool:
    """Is a verdict with no bringer named one more of the trial the document tells of: a
    conviction or acquittal when the current case is a criminal one that a verdict already
    decided ("Lacey was found guilty ... Spear and Brunst were found guilty, Vaught not"),
    or whose finder the sentence points back to ("the jury found X guilty")?"""
    if plaintiffs or not (rule.status == "ruled" or rule.negative):
        return False
    if not frames.words.isdisjoint(OTHER):
        return False  # "in a separate trial", "in another case"
    current = frames.discourse.current_case()
    if current is None or not current.defendants:
        return False
    if current.decided:  # a civil suit's verdict too ("X was found guilty of the claims")
        return rule.kind in ("criminal", "civil")
    if rule.kind != "criminal" or current.kind not in ("criminal", None):
        return False
    tokens = frames.tokens
    definite = DEFINITE[frames.language]
    return any(
        tokens[j].lower in COURT_NOUNS and tokens[j - 1].lower in definite for j in range(1, t0)
    )


def _case_noun(token: Token) -> bool:
    """Is the token a case noun ("lawsuit", "complaint")?"""
    return token.lower in CASE_NOUNS or token.lemma in CASE_NOUNS


def _object_inside(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]], t0: int, t1: int
) -> list[tuple[Mention, Option]]:
    """The parties a verb's object names between the verb and the rest of its trigger
    ("found X and Y guilty", "found two former Zorblat executives, A and B, guilty": the
    executives, not their company); none when that object is a pronoun the extractor does
    not resolve ("found him guilty of running X"), else the parties picked."""
    tokens = frames.tokens
    inside = [
        m for m in frames.mentions
        if t0 < m.first and m.last < t1 and m.option_for(_PARTIES) is not None
    ]  # fmt: skip
    if not inside:
        pronouns = OBJECT_PRONOUNS.get(frames.language, frozenset())
        if any(t.lower in pronouns for t in tokens[t0 + 1 : t1]):
            return []
        return picked
    first = inside[0]
    k = first.last
    while k < t1 and (
        _member_noun(tokens[k].lower)
        or (k > first.last and (tokens[k].lower in FORMER or tokens[k].lower in AND))
    ):  # "Zorblat co-founder and former CEO A": the role's words after the name
        k += 1
    if k > first.last and k + 1 < t1:
        at = k + 1 if tokens[k].text == "," else k
        holder = next((m for m in inside if m.first == at), None)
        if holder is not None and holder.option_for(("Person",)) is not None:
            # "two former Zorblat executives, A and B,", "Zorblat co-founder A": the people
            # the role words name, not their company
            first = holder
    return [
        p for p in frames.coordinated(first, _PARTIES)
        if p[0] is None or p[0].last < t1
        if _may_be_party(p) and not _counsel(frames, p[0])
    ]  # fmt: skip


def _same_party(option: Option, others: list[Option]) -> bool:
    """Is the party one of the others, by identity or by a short form of its name
    ("Quillon" of "Quillon Labs", either way round)?"""
    name = without_legal_form(option.name).casefold()
    return any(
        o.ident == option.ident
        or _among_names(name, [without_legal_form(o.name).casefold()])
        or _among_names(without_legal_form(o.name).casefold(), [name])
        for o in others
    )


def _among_names(name: str, names: list[str]) -> bool:
    """Is the case-folded name one of the names, or one of them with more words after it
    ("tolpay" of "tolpay inc.")?"""
    return any(n == name or n.startswith((name + " ", name + ",")) for n in names)


def _defendants_named_after(frames: SentenceFrames, t1: int) -> list[tuple[Mention, Option]]:
    """The names right after a defendant noun ("sided with defendant X", "the claims against
    defendants A and B", "verdachte X"): the noun is their title, as "plaintiffs A and B"
    is (its possessive, "X's motion", keeps the name the noun's)."""
    first = next((m for m in frames.mentions if m.first == t1), None)
    if first is None or first.option_for(_PARTIES) is None:
        return []
    listed = [p for p in frames.coordinated(first, _PARTIES) if _may_be_party(p)]
    return [p for p in listed if not _counsel(frames, p[0])]


def _plaintiffs_named_after(
    frames: SentenceFrames, t0: int, t1: int
) -> list[tuple[Mention, Option]]:
    """The names a plaintiff noun introduces after it: as the predicate of a copula ("the
    plaintiffs are A, B and C", "the plaintiffs were record labels, including A and B"),
    right after it ("damages to plaintiffs A and B") or after a list opener ("the
    plaintiffs, including A and B,"); the copula may follow a phrase that points back to
    the case ("the plaintiff in the lawsuit is X"). Words between a copula and the first
    name must be those of a description: a verb form or a preposition there ("the
    plaintiffs are seeking damages from X", "were represented by X") makes the name no
    plaintiff."""
    tokens = frames.tokens
    j = t1
    start = j
    if (
        j + 3 < len(tokens)
        and tokens[j].lower in PREPOSITIONS
        and tokens[j + 1].lower in DEFINITE[frames.language]
        and _case_noun(tokens[j + 2])
        and tokens[j + 3].lower in COPULAS
    ):  # "the plaintiff in the lawsuit is X", "de eiser in deze zaak is X": the case
        # pointed back to, then the copula
        j += 3
    if j < len(tokens) and (tokens[j].lower in COPULAS or tokens[j].lemma in _INCLUDE):
        start = j + 1
    elif j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower in LIST_OPENERS:
        start = j + 2
    first = next(
        (m for m in frames.mentions if start <= m.first <= start + _DESCRIPTION_REACH), None
    )
    if first is None or (start == t1 and first.first != t1):
        return []
    if _possessive(tokens[first.last - 1].text) or (
        first.last < len(tokens) and _possessive(tokens[first.last].text)
    ):
        return []  # "among the choices alleged by the plaintiffs are X's age checks"
    endings = PROGRESSIVE_ENDINGS[frames.language] + PARTICIPLE_ENDINGS[frames.language]
    for k in range(start, first.first):
        word = tokens[k].lower
        if word in LIST_OPENERS or word == ",":
            continue
        if (
            word in PREPOSITIONS
            or word in AGENT_PREPS[frames.language]
            or (endings and word.endswith(endings))
        ):
            return []
    if first.option_for(_BRINGERS) is None:
        return []
    listed = [p for p in frames.coordinated(first, _BRINGERS) if _may_be_party(p)]
    listed += _listed_after(frames, listed)
    return [p for p in listed if not _counsel(frames, p[0])]


def _bringer_position(frames: SentenceFrames, mention: Mention, t0: int, t1: int) -> bool:
    """A single unknown word ("Zorblat sued X", "X was sued by Zorblat") is a plaintiff only
    as the subject of the trigger's verb or as the agent right after it: elsewhere a lone
    capitalised word is as often a place, a product or a sentence's first word."""
    if _verb_subject(frames, mention, t0) or _control_subject(frames, mention, t0):
        return True
    tokens = frames.tokens
    near = t1 <= mention.first - 1 <= t1 + 1 or (  # "was sued by Zorblat"
        # "werd door Zorblat voor de rechter gedaagd": the agent before a clause-final verb
        VERB_FINAL[frames.language]
        and 0 <= t0 - mention.last <= _AGENT_BEFORE
        and tokens[mention.first].clause == tokens[t0].clause
    )
    return (
        near
        and mention.first > 0
        and tokens[mention.first - 1].lower in AGENT_PREPS[frames.language]
    )


#: Tokens a main verb's subject may stand before the infinitive it governs ("X slaagde er
#: vorig jaar in om wel te winnen van Y").
_CONTROL_REACH: Final = 8


def _control_subject(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Is the name the subject of the main clause whose verb governs the trigger as its
    infinitive ("Zorblat decided to sue X", "Zorblat besloot X aan te klagen", "Enkele
    maanden later slaagde Zorblat erin om te winnen van X")? The main verb's subject is
    the infinitive's: the name opens the sentence before a lower-case verb, or follows a
    verb-second verb after a fronted phrase; no comma or other name's clause between."""
    tokens = frames.tokens
    markers = INFINITIVE_MARKERS.get(frames.language, frozenset())
    if not markers or mention.last > t0 or t0 - mention.last > _CONTROL_REACH:
        return False
    if not (
        (t0 > 0 and tokens[t0 - 1].lower in markers)
        or (t0 + 1 < len(tokens) and tokens[t0 + 1].lower in markers)  # "aan te klagen"
    ):
        return False
    if any(not t.text[:1].isalnum() for t in tokens[mention.last : t0]):
        return False
    first = mention.first
    if first > 0 and tokens[first - 1].lower in DEFINITE[frames.language]:
        first -= 1
    if first == 0:  # "Zorblat besloot ...": a lower-case verb right after the name
        after = tokens[mention.last] if mention.last < len(tokens) else None
        return after is not None and after.text.isalpha() and after.text.islower()
    return first > 1 and frames.inverted(first - 1)  # "Later slaagde Zorblat erin ..."


def _verb_subject(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Does the name stand right before the trigger's verb, only auxiliaries and adverbs
    between ("Ofcom has launched", "Ofcom fined", "Zorblat sued")? A single unknown word is
    a plaintiff only there (or as the agent of a passive, _bringer_position); a platform
    that sues is typed a platform by its role noun, and then it is no PLAINTIFF_IN."""
    language = frames.language
    between = frames.tokens[mention.last : t0]
    skip = _SKIPPABLE_VERB_PHRASE_WORDS[language]
    if VERB_FINAL[language] and between and between[0].lower in AUXILIARIES[language]:
        # "De ACM heeft Klipzo een boete opgelegd": the name before the finite auxiliary
        # (verb second) is its subject, whatever objects stand before the trigger
        return mention.last <= t0
    if VERB_FINAL[language] and not between:
        # "heeft X aangeklaagd": a name right before a clause-final verb whose auxiliary
        # stands earlier in the clause is its object
        lo = frames._clause_bounds(frames.tokens[t0].clause)[0]
        auxiliaries = _AUXILIARY_VERBS[language]
        if any(t.lower in auxiliaries for t in frames.tokens[lo : mention.first]):
            return False
    if (
        between
        and between[0].text == ","
        and mention.first > 0
        and frames.tokens[mention.first - 1].text == ","
    ):  # "the French watchdog, Zorblat, fined X": a name set off as the subject's apposition
        between = between[1:]
    between = _without_noun_modifiers(_without_dates(frames, between), SKIPPABLE)
    verbs = [t for t in between if t.lower not in skip]
    # "Ofcom has launched an investigation", "X spande een rechtszaak aan": the verb that
    # governs a noun trigger
    return mention.last <= t0 and (
        not verbs
        or (len(verbs) == 1 and _case_verb(verbs[0], language))
        or _opens_case_verb_clause(frames, mention, t0)
    )


def _without_dates(frames: SentenceFrames, tokens: list[Token]) -> list[Token]:
    """The tokens outside the sentence's dates, less a preposition that opens a date and the
    commas around one ("Zorblat on Tuesday sued X", "Zorblat, in March, filed a suit"): the
    time an event is told at stands between a subject and its verb."""
    if not tokens or not frames.dates:
        return tokens
    spans = [(d.start, d.end) for d in frames.dates]
    inside = [any(lo <= t.start < hi for lo, hi in spans) for t in tokens]
    if not any(inside):
        return tokens
    kept = []
    for i, token in enumerate(tokens):
        opens = i + 1 < len(tokens) and inside[i + 1]
        closes = i > 0 and inside[i - 1]
        if inside[i] or (opens and (token.lower in PREPOSITIONS or token.text == ",")):
            continue
        if closes and token.text == ",":
            continue
        kept.append(token)
    return kept


def case_verb_word(token: Token) -> bool:
    """Is the token, by its form or its lemma, a verb that brings or decides a case ("sued",
    "aangeklaagd")?"""
    return token.lemma in CASE_VERBS or token.lower in CASE_VERBS


def _case_verb(token: Token, language: str) -> bool:
    """A verb that brings or decides a case, or governs a case noun as its object."""
    light = CASE_NOUN_VERBS.get(language, frozenset())
    return case_verb_word(token) or token.lemma in light or token.lower in light


_CASE_VERB_REACH: Final = 6  # words between a clause's case verb and the case noun it governs


def _opens_case_verb_clause(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Does the name open a verb-second clause whose verb, right after the name, governs the
    noun trigger at t0 ("X voert inmiddels vergelijkbare zaken tegen Y")? Only lower-case
    words stand before the name in its clause (and an article opening the sentence: "De
    vakbond X voert ..."), and only lower-case adverbials and modifiers between the verb and
    the trigger: no comma, no name, no second case verb."""
    tokens = frames.tokens
    language = frames.language
    verb = mention.last
    lo = frames._clause_bounds(tokens[t0].clause)[0]
    if (
        not VERB_FINAL[language]
        or not lo <= mention.first
        or not verb < t0 <= verb + _CASE_VERB_REACH
        or not _case_verb(tokens[verb], language)
    ):
        return False
    articles = DEFINITE[language] | INDEFINITE
    if any(  # "De vakbond X voert ...": only an article and a role noun before the name
        not t.text.isalpha() or not (t.text.islower() or (k == 0 and t.lower in articles))
        for k, t in enumerate(tokens[lo : mention.first], lo)
    ):
        return False
    return not any(
        not t.text.isalpha() or not t.text.islower() or _case_verb(t, language)
        for t in tokens[verb + 1 : t0]
    )


def _without_noun_modifiers(between: list[Token], articles: frozenset[str]) -> list[Token]:
    """The words before a noun trigger without the adjectives its article opens ("start
    een kort geding", "filed a new lawsuit"): one or two lower-case words after the last
    article are the noun's modifiers, no verb."""
    last = max((i for i, t in enumerate(between) if t.lower in articles), default=-1)
    tail = between[last + 1 :]
    if last < 0 or not 0 < len(tail) <= 2:
        return between
    if not all(t.text.isalpha() and t.text.islower() for t in tail):
        return between
    return between[: last + 1]


def _counsel(frames: SentenceFrames, mention: Mention | None) -> bool:
    """Is the name a party's counsel: the agent of a verb of representing ("Defendants were
    represented by Hale & Dorr", "bijgestaan door advocatenkantoor X"), or one of the names
    listed right after it?"""
    if mention is None:
        return False
    if _acting_for_clients(frames, mention):
        return True
    verbs = COUNSEL_VERBS.get(frames.language)
    if not verbs:
        return False
    tokens = frames.tokens
    for j in range(max(0, mention.first - 8), mention.first - 1):
        if tokens[j].lemma in verbs or tokens[j].lower in verbs:
            between = tokens[j + 1 : mention.first]
            if (
                between
                and between[0].lower in AGENT_PREPS[frames.language]
                and all(
                    t.text in ",&"
                    or t.lower in CONJUNCTIONS
                    or t.lower in SKIPPABLE
                    or any(m.first <= k < m.last for m in frames.mentions)
                    for k, t in enumerate(between[1:], start=j + 2)
                )
            ):
                return True
    return False


def _acting_for_clients(frames: SentenceFrames, mention: Mention) -> bool:
    """Is the name an agent of a filing listed before a phrase that names whom the agents act
    for ("filed by A and B on behalf of a minor")? Then it is counsel; one the text only
    points back to ("filed by the father on behalf of his daughter") is kin, a party."""
    phrases = FOR_CLIENTS.get(frames.language)
    if not phrases or mention.kind == "coref":
        return False
    tokens = frames.tokens
    agents = AGENT_PREPS[frames.language]
    j = mention.first - 1
    while j >= 0 and (  # back over the names listed before it to the agent's "by"
        tokens[j].text == "," or tokens[j].lower in CONJUNCTIONS
        or any(m.first <= j < m.last for m in frames.mentions)
    ):  # fmt: skip
        j -= 1
    if j < 0 or tokens[j].lower not in agents:
        return False
    k = mention.last
    while k < len(tokens) and (  # on over the names listed after it
        tokens[k].text == "," or tokens[k].lower in CONJUNCTIONS
        or any(m.first <= k < m.last for m in frames.mentions)
    ):  # fmt: skip
        k += 1
    lowers = frames.sentence.lowers
    return any(tuple(lowers[k : k + len(p)]) == p for p in phrases)


def _spoken_for(frames: SentenceFrames, mention: Mention | None) -> bool:
    """Is the name only the organisation of a non-party role ("a spokesperson for the
    European Commission", "een woordvoerder van de Commissie")? The speaker's words tell
    of a case, its organisation does not bring it by that."""
    if mention is None or mention.first < 2:
        return False
    tokens = frames.tokens
    j = mention.first - 1
    while j > 0 and tokens[j].lower in SKIPPABLE:
        j -= 1
    if tokens[j].lower not in PREPOSITIONS or j == 0:
        return False
    return ROLES.get(tokens[j - 1].lower) in NON_PARTY_ROLES


def _ruling_in_clause(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """Does a ruling word stand in the clause of the trigger at t0..t1, outside it?"""
    tokens = frames.tokens
    clause = tokens[t0].clause
    rulings = RULINGS[frames.language]
    return any(
        (token.lower in rulings or token.lemma in rulings) and token.clause == clause
        for i, token in enumerate(tokens)
        if not t0 <= i < t1
    )


def _suing_states(
    frames: SentenceFrames,
    side: str,
    t0: int,
    t1: int,
    defendants: list[tuple[Mention, Option]],
    kind: str | None = None,
) -> list[tuple[Mention, Option]]:
    """A US state named in the plaintiff's slot sues as the organisation courts caption it
    by ("State of Utah"); a country, a union or an adjective ("Utah officials") is none,
    except a union whose regulator brings its proceedings ("the EU fined X": the European
    Commission)."""
    taken = {id(m) for m, _ in defendants}
    out = []
    tokens = frames.tokens
    for mention, option in frames.pick(("Jurisdiction",), side, t0, t1, parties=True):
        if mention is None or id(mention) in taken or mention.extra.get("adjective"):
            continue
        if _attributive(frames, mention, t0):
            # "a Texas family sued X": the family sues, not the state
            described = _described_person(frames, mention, option)
            if described is not None:
                out.append((mention, described))
            continue
        j = mention.first - 1
        while j >= 0 and tokens[j].lower in SKIPPABLE:
            j -= 1
        if j >= 0 and tokens[j].lower in OF and _official_before(tokens, j) == "attorney general":
            pass  # "the attorney general of New Mexico said his office sued": the state sues
        elif j >= 0 and tokens[j].lower in OF and _official_after(tokens, mention.last):
            pass  # "the office of New York Attorney General Letitia James sued": the state sues
        elif side not in ("agent", "from") and j >= 0 and tokens[j].lower in PREPOSITIONS:
            continue  # "a judge in Texas": a place, no party
        if _city_before(tokens, j):
            continue  # "based in Austin, Texas": a seat, no party
        if _court_after(tokens, mention.last):
            continue  # "a Delaware state court", "a Texas judge": the court's place, no party
        if mention.first > 0 and tokens[mention.first - 1].text in _REGION_WORDS:
            continue  # "the U.S. District Court, Central California": a region, no party
        party = party_option(option.name)
        if party is None and kind == "enforcement":
            body = enforcer(option.name)
            party = None if body is None else Option("Organization", body)
        if party is not None:
            out.append((mention, party))
    if not out and side == "agent":
        out = _agent_office_state(frames, t1)
    return out


def _agent_office_state(frames: SentenceFrames, t1: int) -> list[tuple[Mention, Option]]:
    """ "X was sued by the attorney general of Ohio": the agent is the office of a state's
    attorney general, so the state it acts for sues, as when it stands before the role."""
    tokens = frames.tokens
    j = t1
    if j >= len(tokens) or tokens[j].lower not in AGENT_PREPS[frames.language]:
        return []
    j += 1
    while j < len(tokens) and tokens[j].lower in SKIPPABLE:
        j += 1
    for width in (2, 1):
        of = j + width
        if of >= len(tokens) or tokens[of].lower not in OF:
            continue
        if _official_before(tokens, of) != "attorney general":
            continue
        k = of + 1
        while k < len(tokens) and tokens[k].lower in SKIPPABLE:
            k += 1
        for mention in frames.mentions:
            option = mention.option_for(("Jurisdiction",))
            if mention.first == k and option is not None:
                party = party_option(option.name)
                return [] if party is None else [(mention, party)]
    return []


def _state_settles(
    frames: SentenceFrames, others: list[tuple[Mention, Option]], t0: int, t1: int
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]]:
    """ "Utah Attorney General Sean Vell reached a settlement with X", "the state of Ohio
    announced a settlement with X": a US state (or its attorney general) on the side that
    names no party settles its own case; the one the settlement is with defends it.
    (plaintiffs, defendants); the other side alone as plaintiffs when no state is there."""
    states = _suing_states(frames, "left", t0, t1, others, "civil")
    if not states:
        states = _official_state(frames, t0, t1)
    if not states:
        return others, []
    _note_state_officials(frames, states)
    return states, others


def _note_state_officials(frames: SentenceFrames, states: list[tuple[Mention, Option]]) -> None:
    """Remember a state the document shows suing and, when the sentence names one state,
    its attorney general ("Texas Attorney General Ken Paxton sued X"): a later sentence's
    "Attorney General Ken Paxton", "Paxton" or "the AG" sues for it."""
    found = {o.ident: o for _, o in states if o.type == "Organization"}
    discourse = frames.discourse
    for option in found.values():
        if all(o.ident != option.ident for o in discourse.suing_states):
            discourse.suing_states.append(option)
    if len(found) != 1:
        return
    (state,) = found.values()
    for m in frames.mentions:
        person = m.option_for(("Person",))
        if person is not None and dict(person.props).get("role") == "attorney general":
            discourse.state_officials[person.name.casefold()] = state
            discourse.state_officials[person.name.split()[-1].casefold()] = state


def note_introduced_officials(frames: SentenceFrames) -> None:
    """Remember a US state's attorney general the sentence introduces with the state ("Ohio
    Attorney General Dana Morrow said ..."), suing or not: a later sentence's "Morrow sued X"
    sues for that state (see _official_state). The state is the one the role is of."""
    mentions = frames.mentions
    base = frames.sentence.start
    officials = frames.discourse.state_officials
    for m in mentions:
        person = m.option_for(("Person",))
        role_of = m.extra.get("role_of")
        if person is None or not role_of or dict(person.props).get("role") != "attorney general":
            continue
        lo, hi = base + role_of[0], base + role_of[1]
        for j in mentions:
            place = j.option_for(("Jurisdiction",))
            if place is None or not (lo <= j.start and j.end <= hi):
                continue
            party = party_option(place.name)
            if party is not None:
                officials.setdefault(person.name.casefold(), party)
                officials.setdefault(person.name.split()[-1].casefold(), party)
            break


def _official_state(frames: SentenceFrames, t0: int, t1: int) -> list[tuple[Mention, Option]]:
    """The state an attorney general sues for when the sentence names no state: the one the
    document tied to that official by name, else, for an official not named ("the AG",
    "the state's attorney general said his office sued"), the one state the document showed
    suing. None when the document has several or none."""
    discourse = frames.discourse
    tokens = frames.tokens
    lo = max(0, t0 - _MAX_DISTANCE)
    for m in frames.mentions:
        option = m.option_for(("Person",))
        if option is None or not (lo <= m.first < t0 or t1 <= m.first < t1 + _MAX_DISTANCE):
            continue
        state = discourse.state_officials.get(option.name.casefold())
        if state is None and dict(option.props).get("role") == "attorney general":
            state = discourse.state_officials.get(option.name.split()[-1].casefold())
        if state is not None:
            return [(m, state)]
    if len(discourse.suing_states) != 1:
        return []
    state = discourse.suing_states[0]
    definite = DEFINITE.get(frames.language, frozenset())
    for at in range(lo, t0):
        for size in (2, 1):
            words = " ".join(t.lower for t in tokens[at : at + size])
            # "the AG sued X" (not a company's "AG", which a name precedes)
            ag = (
                size == 1
                and tokens[at].text == "AG"
                and at > 0
                and tokens[at - 1].lower in definite
            )
            if at + size <= t0 and (ROLES.get(words) == "attorney general" or ag):
                start, end = tokens[at].start, tokens[at + size - 1].end
                text = " ".join(t.text for t in tokens[at : at + size])
                return [(Mention(start, end, at, at + size, text, (state,), "coref"), state)]
    return []


def _described_person(frames: SentenceFrames, mention: Mention, option: Option) -> Option | None:
    """ "a Texas mother", "an Ohio family": a person (or family) the text identifies only by
    its state, named as a caption would ("Texas mother v. X"); the privacy pass decides
    whether it is protected."""
    tokens = frames.tokens
    k = _modified_noun(tokens, mention.last)
    if k is None or tokens[k].lower not in PERSON_NOUNS:
        return None
    # "a Texas mother", and a headline's or a plural's bare "Utah County family files ...",
    # "SoCal families sue X" (a place's own words kept: "Utah County", not "Utah")
    if mention.first > 0 and tokens[mention.first - 1].lower not in INDEFINITE:
        if not (tokens[k].lower in GROUP_NOUNS or tokens[k].lower.endswith("s")):
            return None
        if tokens[mention.first - 1].text.isalpha() and tokens[mention.first - 1].lower not in (
            AGENT_PREPS[frames.language] | DEFINITE[frames.language]
        ):
            return None  # "the lawyer for Texas families", "Meta's Ohio users": no bringer
    words = " ".join(t.text for t in tokens[mention.first : k])
    name = f"{words} {tokens[k].lower}"
    return Option("Person", name, props=(("description", name),))


def _people_modified(
    frames: SentenceFrames, picked: list[tuple[Mention, Option]], t0: int
) -> list[tuple[Mention, Option]]:
    """A name right before a noun of persons only modifies it ("SoCal families sue X", "a
    Brindle County mother sued X"): the persons it describes are the party, named as the
    text describes them, never the name itself."""
    out = []
    tokens = frames.tokens
    for mention, option in picked:
        k = None if mention is None else _modified_noun(tokens, mention.last)
        if k is None or k == t0 or tokens[k].lower not in PERSON_NOUNS or option.key:
            out.append((mention, option))
            continue
        described = _described_person(frames, mention, option)
        if described is not None:
            out.append((mention, described))
    return out


def _modified_noun(tokens: list, k: int) -> int | None:
    """The token of the noun a name that ends before token k modifies, over at most two
    capitalised words of the place's own name ("Utah County family" -> family); None when no
    lower-case word follows the name there, or the name is a possessor ("Adam Vale's
    parents": the kin of a person, see the pipeline's _kin_of_named)."""
    if k > 0 and (_possessive(tokens[k - 1].text) or tokens[k - 1].text[-1:] in "'’"):
        return None
    for i in range(k, min(len(tokens), k + 3)):
        word = tokens[i].text
        if not word.isalpha():
            return None
        if word.islower():
            return i
        if not word[:1].isupper() or word.isupper():
            return None
    return None


def _attributive(frames: SentenceFrames, mention: Mention, t0: int) -> bool:
    """Is a place name used as a modifier of the noun after it ("a Texas family")? Then it
    names no party."""
    tokens = frames.tokens
    k = mention.last
    if k >= len(tokens) or k == t0:
        return False
    noun = _modified_noun(tokens, k)
    if noun is not None and noun != t0 and tokens[noun].lower in PERSON_NOUNS:
        return True  # "a Texas mother has filed a lawsuit", "a Utah County family sued"
    word = tokens[k]
    language = frames.language
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower not in AUXILIARIES[language]
        and word.lower not in PASSIVE_AUX[language]
        and word.lower not in ADVERBS
        and word.lower not in CONJUNCTIONS
        and word.lower not in NEGATIONS[language]
        and word.lower not in PREPOSITIONS
        and word.lower not in SUBORDINATORS[language]
        and word.lemma not in CASE_VERBS
        and not any(m.first == k for m in frames.mentions)
        # the modified noun is the verb's subject: only auxiliaries and adverbs follow it
        # before the trigger ("a Texas family has sued X"; not "sued by Utah on Tuesday")
        and k < t0
        and all(
            t.lower in AUXILIARIES[language]
            or t.lower in PASSIVE_AUX[language]
            or t.lower in ADVERBS
            for t in tokens[k + 1 : t0]
        )
    )


def _city_before(tokens: list, j: int) -> bool:
    """Is token j the comma of a city written before its state ("in Austin, Texas"): a
    capitalised run after a preposition?"""
    if j < 1 or tokens[j].text != ",":
        return False
    k = j - 1
    while k >= 0 and tokens[k].text[:1].isupper() and j - k <= 3:
        k -= 1
    return k < j - 1 and k >= 0 and tokens[k].lower in PREPOSITIONS


#: Compass words that make a state's name a region of it ("Central California").
_REGION_WORDS: Final = frozenset(
    {"Northern", "Southern", "Eastern", "Western", "Central", "Middle"}
)


def _court_after(tokens: list, k: int) -> bool:
    """Does a court noun or a judge follow token k-1, over a lower-case word ("Delaware
    state court", "Texas jury", "Utah judge")?"""
    for i in range(k, min(len(tokens), k + 2)):
        word = tokens[i].lower
        if word in COURT_NOUNS or ROLES.get(word) == "judge":
            return True
        if not tokens[i].text.isalpha() or not tokens[i].text.islower():
            return False
    return False


def _official_before(tokens: list, j: int) -> str | None:
    """The role whose words end right before token j ("attorney general" of "the attorney
    general of Utah"), read from the packs' role nouns; None if there is none."""
    for width in (2, 1):
        if j - width >= 0:
            words = " ".join(t.lower for t in tokens[j - width : j])
            if words in ROLES:
                return ROLES[words]
    return None


def _official_after(tokens: list, k: int) -> bool:
    """Does an attorney general's role start at token k ("New York Attorney General
    Letitia James": the state's official)?"""
    for width in (2, 1):
        words = " ".join(t.lower for t in tokens[k : k + width])
        if len(tokens) >= k + width and ROLES.get(words) == "attorney general":
            return True
    return False


def _amount(text: str) -> bool:
    """A sum of money written as a token: a currency sign or a digit first ("€500", "$5m")."""
    return text[:1] in ("€", "$", "£", "¥") or text[:1].isdigit()


def _headline_passive(frames: SentenceFrames, t0: int, t1: int) -> bool:
    """ "Telegram founder Pavel Durov charged in France": a participle right after a name,
    with no object (a preposition or the end follows), is a headline's passive."""
    tokens = frames.tokens
    endings = PARTICIPLE_ENDINGS.get(frames.language, ())
    if VERB_FINAL[frames.language] or not endings or not tokens[t0].lower.endswith(endings):
        return False
    if (
        t1 < len(tokens)
        and tokens[t1].lower not in PREPOSITIONS
        and tokens[t1].text != ","
        and not (_amount(tokens[t1].text) and not _named_at(frames, t1))
        # "Apple fined €500 million"; a name written digits first ("sued 4chan") is an object
    ):
        return False
    parties = [m for m in frames.mentions if m.option_for(_PARTIES) is not None]
    if any(t0 < m.first < t1 for m in parties):
        return False  # "The FTC ordered X to pay $50,000": the object inside the trigger
    accusing = ACCUSATIONS.get(frames.language, frozenset())
    progressive = PROGRESSIVE_ENDINGS.get(frames.language, ())
    for j in range(t1, min(len(tokens) - 1, t1 + _ACCUSING_REACH)):
        word = tokens[j + 1].lower
        if (
            tokens[j].text == ","
            and word in accusing
            and progressive
            and word.endswith(progressive)
        ):
            return False  # "X sued in 2020, accusing Y of fraud": X's own suit ("accused": X's)
    return any(m.last == t0 for m in parties)


_ACCUSING_REACH: Final = 8  # tokens after a bare participle where ", accusing" may follow


def _named_at(frames: SentenceFrames, j: int) -> bool:
    """Is token j part of a name (a place's adjective, "Chinese", is none)?"""
    return any(m.first <= j < m.last and not m.extra.get("adjective") for m in frames.mentions)


def _before_auxiliary(frames: SentenceFrames, candidates: list[Mention], t0: int) -> Mention | None:
    """The subject of a verb-second clause whose participle an apposition's commas cut off
    ("Het OM heeft de eigenaar van X, Y, gedagvaard"): the first name, governed by no
    preposition, that a finite auxiliary follows."""
    tokens = frames.tokens
    auxiliaries = _AUXILIARY_VERBS[frames.language]
    for m in sorted(candidates, key=lambda c: c.first):
        before = tokens[m.first - 1].lower if m.first > 0 else ""
        if (
            m.last < t0
            and tokens[m.last].lower in auxiliaries
            and before not in PREPOSITIONS
            and before not in AGENT_PREPS[frames.language]
        ):
            return m
    return None


def _noun_phrase_start(frames: SentenceFrames, first: int, lo: int, stops: frozenset[str]) -> int:
    """The token before the words of the noun phrase a name at `first` ends ("heeft (het
    Chinese platform) X"): a stop word, another name, or the clause's start."""
    tokens = frames.tokens
    j = first - 1
    while (
        j > max(lo, first - _NP_REACH)
        and tokens[j].lower not in stops
        and (
            tokens[j].lower in SKIPPABLE
            or type_of(tokens[j].lower, frames.language) is not None
            or (tokens[j].text[:1].isalnum() and not _named_at(frames, j))
        )
    ):
        j -= 1
    return j


def _object_before(frames: SentenceFrames, t0: int) -> Mention | None:
    """In a verb-final clause, the object that stands between the finite auxiliary and the
    participle at t0 ("heeft X aangeklaagd"), the subject before the auxiliary."""
    tokens = frames.tokens
    lo = frames._clause_bounds(tokens[t0].clause)[0]
    auxiliaries = _AUXILIARY_VERBS[frames.language]
    for m in sorted(frames.mentions, key=lambda c: -c.first):
        if m.last > t0 or m.first < lo or m.option_for(_PARTIES) is None:
            continue
        j = _noun_phrase_start(frames, m.first, lo, auxiliaries)
        if j > lo and tokens[j].lower in auxiliaries:
            return m
        # "Vorige week heeft (de stichting) A (het bedrijf) X aangeklaagd": a fronted
        # adverbial puts the subject right after the auxiliary, the object after it, with
        # no conjunction or comma between (that would list two objects)
        before = next((o for o in frames.mentions if o.first <= j < o.last), None)
        if (
            before is not None
            and before.first > lo
            and not any(
                t.lower in CONJUNCTIONS or t.text == "," for t in tokens[before.last : m.first]
            )
        ):
            k = _noun_phrase_start(frames, before.first, lo, auxiliaries)
            if k > lo and tokens[k].lower in auxiliaries:
                return m
    # "heeft de eigenaar van X, Pieter de Wit, dinsdag veroordeeld": the role holder in
    # apposition, over the apposition's commas
    for a in range(t0 - 1, max(-1, t0 - _OBJECT_REACH), -1):
        if tokens[a].lower in SUBORDINATORS[frames.language]:
            break
        if tokens[a].lower in auxiliaries:
            for m in sorted(frames.mentions, key=lambda c: c.first):
                if a < m.first and m.last <= t0 and m.option_for(_PARTIES) is not None:
                    holder, _ = _role_holder_apposed(frames, m, m.best)
                    if holder is m:  # "van webwinkel X, Ahmed Yilmaz,": any noun between
                        holder = frames.role_apposition(m) or m
                    if holder is not m:
                        return holder
            break
    return None


_INCLUDED_REACH: Final = 11  # words of an object's description before "including"
_OBJECT_REACH: Final = 16  # tokens between a finite auxiliary and its clause's participle
_COORDINATED_REACH: Final = 12  # tokens between a passive's auxiliary and a participle "and" joins
_UNCLOSED_RELATIVE_REACH: Final = 10  # words of a relative clause that no comma closes
_AGENT_REACH: Final = 8  # tokens from a ruling verb to its agent's "by"
_PARTY_TYPES: Final = frozenset({"Person", "Organization", "Platform", "Vendor"})


def _states_beside(
    frames: SentenceFrames,
    plaintiffs: list[tuple[Mention, Option]],
    defendants: list[tuple[Mention, Option]],
) -> list[tuple[Mention, Option]]:
    """US states coordinated with a plaintiff ("the state of Utah and the Federal Trade
    Commission"): they sue beside it."""
    tokens = frames.tokens
    linking = AND | SKIPPABLE | {","}
    taken = {id(m) for m, _ in plaintiffs + defendants}
    out = []
    for m in frames.mentions:
        option = m.option_for(("Jurisdiction",))
        if option is None or id(m) in taken or m.extra.get("adjective"):
            continue
        if frames._resident_place(m):
            continue  # "A of Lemberg, Ohio, B and C sued X": where A lives
        party = party_option(option.name)
        if party is None:
            continue
        # "New Jersey AG Dana Vell and the Division of X sued Y": the state's official,
        # named after the state and the role, is the one listed, for the state
        spans = [(m.first, m.last)]
        official = _official_name_end(tokens, m.last)
        if official:
            spans.append((m.first, official))
        if any(_listed_with(tokens, p, span, linking) for p, _ in plaintiffs for span in spans):
            out.append((m, party))
    return out


def _in_time_phrase(frames: SentenceFrames, t0: int) -> bool:
    """Does a preposition of time govern the noun phrase of the trigger at t0 ("during an
    investigation", "amid the federal probe")?"""
    tokens = frames.tokens
    preps = CASE_TIME_PREPS[frames.language]
    for j in range(t0 - 1, max(-1, t0 - 5), -1):
        lower = tokens[j].lower
        if lower in preps:
            return True
        if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            return False
    return False


def _listed_with(
    tokens: list[Token], p: Mention | None, span: tuple[int, int], linking: frozenset
) -> bool:
    """Are the name p and the words of span listed together: at most three words between
    them, all commas, "and" or skippable words, with a comma or an "and" among them?"""
    if p is None:
        return False
    first, last = span
    lo, hi = (p.last, first) if p.last <= first else (last, p.first)
    between = [t.lower for t in tokens[lo:hi]]
    return (
        0 < len(between) <= 3
        and all(w in linking for w in between)
        and any(w in AND or w == "," for w in between)
    )


def _official_name_end(tokens: list[Token], k: int) -> int:
    """After-last index of the name of an attorney general whose role starts at token k
    ("New Jersey AG Dana Vell", "Utah Attorney General Sean Vell"), 0 if there is none."""
    width = next(
        (w for w in (2, 1) if ROLES.get(" ".join(t.lower for t in tokens[k : k + w]))
         == "attorney general"),
        1 if k < len(tokens) and tokens[k].text == "AG" else 0,
    )  # fmt: skip
    end = k + width
    while (
        width
        and end < len(tokens)
        and tokens[end].text[:1].isupper()
        and tokens[end].text.isalpha()
    ):
        end += 1
    return end if width and end > k + width else 0


def _beside_states(
    frames: SentenceFrames,
    states: list[tuple[Mention, Option]],
    defendants: list[tuple[Mention, Option]],
) -> list[tuple[Mention, Option]]:
    """Bodies listed with "and" after a suing state ("claims by the state of Utah and the
    Federal Trade Commission"): they sue beside it, as `_states_beside` has a state beside
    them; a person set off after the state ("the attorney general of Ohio, Dara Vell") is
    its official, no party."""
    tokens = frames.tokens
    linking = AND | SKIPPABLE | {","}
    taken = {id(m) for m, _ in states + defendants}
    out: list[tuple[Mention, Option]] = []
    for s, _ in states:
        if s is None:
            continue
        current = s
        for m in frames.mentions:
            if m.first < current.last or id(m) in taken:
                continue
            option = m.option_for(_OFFICES)
            between = [t.lower for t in tokens[current.last : m.first]]
            if (
                option is None
                or not 0 < len(between) <= 3
                or not all(w in linking for w in between)
                or not any(w in AND for w in between)
            ):
                break
            out.append((m, option))
            taken.add(id(m))
            current = m
    return out


def _prosecuting_country(frames: SentenceFrames) -> str | None:
    """The country a prosecution with no named bringer belongs to, as courts caption it
    ("France v. X"): the one country the sentence names or describes."""
    countries = {
        option.name
        for m in frames.mentions
        if "place" in m.extra and not _residence_of(frames, m)
        for option in m.options
        if option.type == "Jurisdiction" and dict(option.props).get("kind") == "country"
    }
    if len(countries) == 1:
        return next(iter(countries))
    if not countries and not FEDERAL_CUES.get(frames.language, frozenset()).isdisjoint(
        frames.sentence.lowers
    ):  # "a federal grand jury indicted X": United States v. X
        return FEDERAL_COUNTRY.get(frames.language) or None
    return None


#: The most capitalised words a place of residence after "of" spans ("of Port Arvel, Ohio").
_RESIDENCE_WORDS: Final = 4


def _residence_start(tokens: list[Token], mentions: list[Mention], end: int) -> int:
    """The "of" of a place of residence that ends at token `end` (exclusive) and that a
    person's name stands before ("Ormek Vadim of Riga, Latvia", "of Tallinn"): its token
    index, or -1. The place is a known jurisdiction, or up to four capitalised words and
    commas; a name no list knows ("of Tallinn") may be a mention of any type or none."""
    place = next((m for m in mentions if m.last == end and m.best.type == "Jurisdiction"), None)
    first = place.first if place is not None else end
    if place is None:
        if _person_ends_at(mentions, end):
            return -1  # "A of Harlow, B and C": B is the next person, no place
        k = end - 1
        while k > 0 and end - k <= _RESIDENCE_WORDS and tokens[k].text[:1].isupper():
            k -= 1
        if k == end - 1 or tokens[k].text == ",":
            return -1  # a town's comma is followed by its known state or country
        first = k + 1
    k = _of_before_place(tokens, first)
    return k if k > 0 and _resident_end(tokens, mentions, k) >= 0 else -1


def _of_before_place(tokens: list[Token], first: int) -> int:
    """The "of" right before a place that starts at token `first`, over a town a comma
    parts from it ("of Riga, Latvia"): its index, or -1."""
    k = first - 1
    if k > 1 and tokens[k].text == ",":  # "of Riga, Latvia": over the town's name
        k -= 1
        start = k
        while k > 0 and tokens[k].text[:1].isupper() and k > start - 4:
            k -= 1
    return k if k >= 1 and tokens[k].lower in OF else -1


#: Quotation marks that may close a quote a comma ends inside ('known as "Grim," was').
_CLOSING_QUOTES: Final = frozenset({'"', "”", "’"})


def _person_ends_at(mentions: list[Mention], last: int) -> bool:
    return any(m.last == last and m.best.type == "Person" for m in mentions)


def _resident_end(tokens: list[Token], mentions: list[Mention], k: int) -> int:
    """Where the person's name ends whose place of residence the "of" at k opens: right
    before it, or before an age set off by commas ("Ormek Vadim, 35, of Riga, Latvia");
    -1 when no person's name stands there."""
    if _person_ends_at(mentions, k):
        return k
    if (
        k > 3
        and tokens[k - 1].text == ","
        and tokens[k - 2].text.isdigit()
        and tokens[k - 3].text == ","
        and _person_ends_at(mentions, k - 3)
    ):
        return k - 3
    return -1


def _after_residence(tokens: list[Token], mentions: list[Mention], lo: int, hi: int) -> int:
    """`lo`, or the token after the place of residence that follows the name ending at `lo`
    and ends before `hi` ("Ormek Vadim of Tallinn and ...", "of Riga, Latvia, ...")."""
    if lo >= hi or tokens[lo].lower not in OF:
        return lo
    end = lo + 1
    while end < hi and end - lo <= _RESIDENCE_WORDS + 2:
        if tokens[end].text[:1].isupper():
            end += 1
        elif tokens[end].text == "," and end + 1 < hi and tokens[end + 1].text[:1].isupper():
            end += 2
        else:
            break
    if end > lo + 1 and _residence_start(tokens, mentions, end) == lo:
        return end
    return lo


def _residence_of(frames: SentenceFrames, place: Mention) -> bool:
    """Does the place say where a person lives ("Ormek Vadim of Riga, Latvia", "a
    resident of Kleve, Germany"): after "of" (over a town a comma parts from it) that a
    person's name or a noun of residence stands before?"""
    tokens = frames.tokens
    if place.last < len(tokens) and tokens[place.last].lower in RESIDENCE_NOUNS:
        return True  # "Russian nationals A and B"
    k = _of_before_place(tokens, place.first)
    if k < 0:
        return False
    return tokens[k - 1].lower in RESIDENCE_NOUNS or _resident_end(tokens, frames.mentions, k) >= 0


_ACT_NAME: Final = re.compile(r"\S \bAct(?: (?:of )?\d{4})?$")


def _foreign_office(frames: SentenceFrames, picked: tuple[Mention, Option]) -> bool:
    """Is a known office of one country named with another country's adjective ("Het Franse
    OM vervolgt X": the French prosecution, no Dutch Openbaar Ministerie)? It is then none of
    the parties: the country's own prosecution is read as it is without a named bringer."""
    mention, option = picked
    if mention is None or not option.key or mention.first == 0:
        return False
    country = frames.discourse.knowledge.prop(option.key, "country")
    if not country:
        return False
    for other in frames.mentions:
        if other.last == mention.first and other.extra.get("adjective"):
            place = other.option_for(("Jurisdiction",))
            said = code(place.name) if place is not None else None
            return said is not None and said != country
    return False


def _office_of_official(
    frames: SentenceFrames, picked: tuple[Mention, Option]
) -> tuple[Mention, Option]:
    """An official named after the office's own title in one run ("Officier van justitie
    Jan de Wit eiste ...", the title read as the Openbaar Ministerie) acts for the office: the
    office is the bringer, the official no party."""
    mention = picked[0]
    if mention is None or mention.extra.get("role") not in NON_PARTY_ROLES:
        return picked
    for other in frames.mentions:
        if other.last == mention.first:
            office = other.option_for(_OFFICES)
            return (other, office) if office is not None else picked
    return picked


def _may_be_party(picked: tuple[Mention, Option]) -> bool:
    """Judges, lawyers, spokespeople and officials are never parties to a case, nor is a
    law read as a name ("a challenge against the Online Safety Act")."""
    mention, option = picked
    if "Act" in option.name and _ACT_NAME.search(option.name):
        return False
    role = dict(option.props).get("role")
    if role in NON_PARTY_ROLES:
        return False
    return mention is None or mention.extra.get("role") not in NON_PARTY_ROLES


def _platform_bringer(
    frames: SentenceFrames,
    side: str,
    t0: int,
    t1: int,
    sued: set[str],
) -> Option | None:
    """The platform in a suit's bringer slot ("Quist, a dating app, sued X", "Quist
    responded by filing a lawsuit against X"): the ontology has no PLAINTIFF_IN from a
    platform, but the case is named after it (docs/annotation.md, platforms as plaintiffs).
    Never one of the names sued (case-folded)."""
    for mention, option in frames.pick(("Platform",), side, t0, t1, parties=True):
        if (
            option.type == "Platform"
            and option.name.casefold() not in sued
            and _may_be_party((mention, option))
            and not _spoken_for(frames, mention)
            and not _counsel(frames, mention)
            and not (mention is not None and frames._attributed(mention))
            and _people_modified(frames, [(mention, option)], t0) == [(mention, option)]
        ):
            return option
    return None


def _describe(mention: Mention | None, option: Option) -> Option:
    """A plaintiff group's reading with its description for the case's name ("fifty
    women" from "about fifty women")."""
    if mention is None or mention.kind != "group":
        return option
    return Option(option.type, option.name, option.key,
                  (*option.props, ("description", _without_openers(mention.text))),
                  option.aliases)  # fmt: skip


def _group_joining(frames: SentenceFrames, mention: Mention | None, t0: int) -> bool:
    """Is the plaintiff a counted group of businesses that joins the claim ("300 hotels
    hebben zich aangesloten bij de massaclaim", "10,000 hotels joined the claim")? Its
    members join a claim another brings."""
    if mention is None or mention.kind != "group" or mention.best.type != "Organization":
        return False
    joining = GROUP_JOINING_VERBS[frames.language]
    return any(t.lower in joining or t.lemma in joining for t in frames.tokens[mention.last : t0])


def group_in_case(description: str, case_name: str) -> str:
    """The name of a group of anonymous plaintiffs, after the case it joins ("Seven families
    in X v. Y"): the graph's naming (docs/annotation.md), the same in every language."""
    return f"{description} in {case_name}"


def _group_plaintiff(frames: SentenceFrames, option: Option, case: Option) -> Option:
    """A group of anonymous plaintiffs is the case's known protected plaintiff, or one
    protected group person named after the case; a group of businesses is an organisation
    named by its description ("Honderden Duitse hotels")."""
    if option.type == "Organization":
        return Option("Organization", _describe_text(option.name))
    knowledge = frames.discourse.knowledge
    for key in knowledge.plaintiffs.get(case.key or "", []):
        entity = knowledge.entities.get(key)
        if entity is not None and entity.properties.get("protected"):
            return Option("Person", entity.name, key)
    return Option(
        "Person",
        group_in_case(_describe_text(option.name), case.name),
        props=(("protected", True), ("role", "plaintiffs")),
        aliases=(option.name, _describe_text(option.name)),
    )


def _without_openers(text: str) -> str:
    """A group's words without those before its count ("fifty women" of "about fifty
    women"), two words left at the least."""
    words = text.split()
    while len(words) > 2 and words[0].lower() in GROUP_OPENERS:
        words = words[1:]
    return " ".join(words)


def _describe_text(text: str) -> str:
    out = _without_openers(text)
    return out[:1].upper() + out[1:]
