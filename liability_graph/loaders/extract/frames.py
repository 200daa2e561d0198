"""From a trigger match to claims: pick the two ends, check negation, set status and dates.

A claim is a relationship before entity keys are settled: its ends are Options. Everything
here looks inside one sentence; what came before is asked of the Discourse.
"""

from __future__ import annotations

from functools import cache, lru_cache

from liability_graph.graph.ontology import Ontology
from liability_graph.loaders.extract.cases import resolve_case
from liability_graph.loaders.extract.cues import LAW_HEADS, described_law
from liability_graph.loaders.extract.dates import DateMention, find_dates
from liability_graph.loaders.extract.discourse import Discourse
from liability_graph.loaders.extract.lexicon import (
    AGAINST,
    AGENT_PREPS,
    CONJUNCTIONS,
    DEFINITE,
    HEAD_NOUNS_AFTER,
    HEDGE_PHRASES,
    HEDGES,
    NEGATION_BREAKERS,
    NEGATIONS,
    PASSIVE_AUX,
    ROLES,
    RULINGS,
    SPECULATION,
)
from liability_graph.loaders.extract.mentions import Mention, Option
from liability_graph.loaders.extract.rules import SUE, Rule
from liability_graph.loaders.extract.search import bisect_left, bisect_right
from liability_graph.loaders.extract.text import Sentence

_MAX_DISTANCE = 30  # tokens between a trigger and an end
_SEGMENT_BREAKS = frozenset(",;()—–:")
_TO = {"en": frozenset({"to"}), "nl": frozenset({"aan"})}
_SKIPPABLE = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "de", "het", "een", "zijn", "haar", "hun"]
)
_CASE_WORDS = frozenset(
    [
        "lawsuit",
        "lawsuits",
        "suit",
        "suits",
        "case",
        "complaint",
        "claims",
        "claim",
        "plaintiffs",
        "plaintiff",
        "defendants",
        "defendant",
        "charges",
        "charge",
        "indictment",
        "plea",
        "appeal",
        "ruling",
        "trial",
        "sue",
        "sued",
        "suing",
        "court",
        "judge",
        "prosecutors",
        "rechtszaak",
        "zaak",
        "aanklacht",
        "klacht",
        "eisers",
        "eiser",
        "gedaagde",
        "gedaagden",
        "aanklagers",
        "beroep",
        "vonnis",
        "uitspraak",
        "rechter",
        "rechtbank",
        "proces",
    ]
)
_DEFENCE = frozenset(
    ["protect", "shield", "bar", "immunity", "immune", "defence", "defense", "rely", "beschermen"]
)
_SAY = frozenset(
    [
        "say",
        "says",
        "said",
        "allege",
        "alleges",
        "claim",
        "claims",
        "zeggen",
        "zegt",
        "stellen",
        "stelt",
    ]
)
_HEDGE_SUBJECTS = frozenset(
    [
        "prosecutors",
        "plaintiffs",
        "complaint",
        "lawsuit",
        "suit",
        "indictment",
        "critics",
        "aanklagers",
        "eisers",
        "aanklacht",
        "klacht",
    ]
)
_COPULAS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "became",
        "become",
        "becomes",
        "remains",
        "remained",
        "als",
        "as",
        "werd",
        "wordt",
        "worden",
        "werden",
        "zijn",
        "bleef",
        "blijft",
        "zoals",
    ]
)
_OTHER = frozenset(["similar", "other", "such", "andere", "soortgelijke", "vergelijkbare", "zulke"])
_ADVERBS = frozenset(
    ["also", "still", "now", "ook", "nog", "nu", "inmiddels", "eveneens", "sindsdien"]
)
_COURT_WORDS = frozenset(
    ["court", "judge", "justices", "held", "found", "rechter", "hof", "rechtbank"]
)
_NP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "two",
        "three",
        "four",
        "five",
        "its",
        "their",
        "his",
        "her",
        "de",
        "het",
        "een",
        "twee",
        "drie",
        "zijn",
        "haar",
        "hun",
    ]
)
_RULING_WORDS = {language: RULINGS[language] | _COURT_WORDS for language in RULINGS}
_PARTY_RELATIONS = frozenset({"OWNS", "SHUT_DOWN", "SERVICED"})
_EVENT_TYPES = frozenset({"DEFENDANT_IN", "PLAINTIFF_IN", "SHUT_DOWN"})
_SERVICES = (
    ("database", "database"), ("crm", "CRM software"), ("customer-relationship", "CRM software"),
    ("customer-management", "CRM software"), ("software", "software"),
    ("payment", "payment processing"), ("betaling", "payment processing"),
    ("card", "card payments"), ("kaart", "card payments"), ("hosting", "hosting"),
    ("consult", "consulting"), ("advertis", "advertising"), ("marketing", "marketing tools"),
    ("cloud", "cloud services"),
)  # fmt: skip


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


_NOWHERE = 1 << 30


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
        for i in [] if starts.keys().isdisjoint(lowers) else range(len(lowers)):
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
    for kind, words in enumerate((RULINGS[language], HEDGES[language], _SAY, _HEDGE_SUBJECTS)):
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
        self.mentions = sorted(mentions, key=lambda m: (m.first, m.last))
        self.language = language
        self.anchor_year = anchor_year  # the last year named before this sentence
        self._found_dates: list[DateMention] | None = None
        self.published = published
        self.discourse = discourse
        self.ontology = ontology
        self.law_years = law_years
        self.types = {o.type for m in mentions for o in m.options}  # every reading's type
        self.frame_cases: list[tuple[int, Option]] = []  # cases made by lawsuit frames here
        self.relation = ""  # the relationship type of the rule being applied
        self._negation_at: list[int] | None = None
        self._found_cues: _Cues | None = None
        self._words: set[str] | None = None
        self._segment: list[int] | None = None
        self._enclosed: dict[int, bool] = {}
        self._service: tuple[str | None] | None = None
        self._no_speculation: bool | None = None
        self._clauses: list[int] | None = None

    # What follows is computed on first use: many sentences never need it.
    @property
    def words(self) -> set[str]:
        """Lower-case forms and lemmas of the sentence's tokens."""
        if self._words is None:
            self._words = set(self.sentence.lowers).union(self.sentence.lemmas)
        return self._words

    @property
    def segment(self) -> list[int]:
        """Each token's segment: segments are cut at , ; ( ) — – and :."""
        if self._segment is not None:
            return self._segment
        segment: list[int] = []
        enclosed: dict[int, bool] = {}
        seg = 0
        opened_by_comma = False
        for token in self.tokens:
            if token.text in _SEGMENT_BREAKS:
                enclosed[seg] = opened_by_comma and token.text == ","
                seg += 1
                opened_by_comma = token.text == ","
            segment.append(seg)
        enclosed.setdefault(seg, False)
        self._segment, self._enclosed = segment, enclosed
        return segment

    @property
    def enclosed(self) -> dict[int, bool]:
        """Segment -> is it set off by commas on both sides (an aside)?"""
        if self._segment is None:
            self.segment  # noqa: B018 - computes both
        return self._enclosed

    @property
    def dates(self) -> list[DateMention]:
        """The sentence's dates, found only when a claim needs them."""
        if self._found_dates is None:
            sentence = self.sentence
            self._found_dates = find_dates(
                sentence.text, sentence.start, self.published, self.anchor_year, self.language
            )
        return self._found_dates

    # -- scope ---------------------------------------------------------------------------
    def passive(self, t0: int) -> bool:
        aux = PASSIVE_AUX[self.language]
        trigger = self.tokens[t0]
        if self.language == "en":
            if trigger.lower.endswith("ing"):
                return False
            for j in range(t0 - 1, max(-1, t0 - 4), -1):
                if self.tokens[j].lower in aux:
                    return True
                if self.tokens[j].text in _SEGMENT_BREAKS:
                    return False
            return False
        clause = trigger.clause
        for j in range(t0 - 1, -1, -1):
            if self.tokens[j].clause != clause:
                return False
            if self.tokens[j].lower in aux:
                return True
        return False

    def negated(self, t0: int, t1: int) -> bool:
        """Is there a negation in the trigger's clause (in English, up to two tokens after
        the trigger), not followed by "only"?"""
        negations = self._negations()
        if not negations:
            return False
        clause = self.tokens[t0].clause
        lo, end = self._clause_bounds(clause)
        limit = len(self.tokens) if self.language == "nl" else min(len(self.tokens), t1 + 2)
        hi = max(t1, min(limit, end))  # from t1 on while in the clause, before limit
        for j in negations:
            if lo <= j < hi:
                nxt = self.tokens[j + 1].lower if j + 1 < len(self.tokens) else ""
                if nxt in NEGATION_BREAKERS:
                    continue
                return True
        return False

    def _negations(self) -> list[int]:
        """Indices of the sentence's negation words, found once per sentence."""
        if self._negation_at is None:
            lowers = self.sentence.lowers
            negations = NEGATIONS[self.language]
            lowered = self.sentence.text.lower()  # holds the ending of every token's lower
            if negations.isdisjoint(lowers) and "n't" not in lowered and "n’t" not in lowered:
                self._negation_at = []
            else:
                self._negation_at = [
                    j
                    for j, lower in enumerate(lowers)
                    if lower in negations or lower.endswith(("n't", "n’t"))
                ]
        return self._negation_at

    @property
    def service(self) -> str | None:
        """The kind of service the sentence's words name, if any."""
        if self._service is None:
            self._service = (_service(self.words),)
        return self._service[0]

    @property
    def no_speculation(self) -> bool:
        """Does the sentence hold no speculation word at all?"""
        if self._no_speculation is None:
            self._no_speculation = SPECULATION.isdisjoint(self.sentence.lowers)
        return self._no_speculation

    @property
    def clauses(self) -> list[int]:
        """Each token's clause number (they never go down)."""
        if self._clauses is None:
            self._clauses = [t.clause for t in self.tokens]
        return self._clauses

    def _clause_bounds(self, clause: int) -> tuple[int, int]:
        """First and after-last token index of a clause."""
        return bisect_left(self.clauses, clause), bisect_right(self.clauses, clause)

    def speculative(self, t0: int) -> bool:
        """A guess or a plan ("lawyers expect", "might take the case") states no fact."""
        if self.no_speculation:
            return False
        clause = self.tokens[t0].clause
        for j in range(t0 - 1, max(-1, t0 - 8), -1):
            if self.tokens[j].lower in SPECULATION:
                return True
            if self.tokens[j].clause != clause and self.tokens[j].text in _SEGMENT_BREAKS:
                break
        return False

    def nominal(self, t0: int) -> bool:
        """Is a verb-or-noun trigger used as a noun here ("the pimping charges")?"""
        definite = DEFINITE[self.language] | {"a", "an", "een"}
        if t0 > 0 and self.tokens[t0 - 1].lower in definite:
            return True
        if t0 > 1 and self.tokens[t0 - 2].lower in definite:
            return self.tokens[t0 - 1].lower.endswith(("ing", "al", "ed", "e"))
        return False

    def predicative(self, t0: int, t1: int) -> bool:
        """A role noun states a fact as a predicate or in apposition ("X, the owner of Y",
        "became Y's owner", "Backpage co-founder X"), not as a mere description ("the
        site's two former owners")."""
        start = t0
        while start > 0 and (
            self.tokens[start - 1].lower in _NP_WORDS
            or self.tokens[start - 1].lower in ROLES
            or (
                self.tokens[start - 1].lower in ("and", "en")
                and start > 1
                and self.tokens[start - 2].lower in ROLES
            )
            or self.tokens[start - 1].lower.endswith(("'s", "’s"))
            or self.tokens[start - 1].lower in ("former", "late", "voormalige", "gewezen", "then")
        ):
            start -= 1
        while start > 0 and self.tokens[start - 1].lower in _ADVERBS:
            start -= 1
        before = self.tokens[start - 1] if start > 0 else None
        after = self.tokens[t1] if t1 < len(self.tokens) else None
        if before is not None and (before.lower in _COPULAS or before.text in ",(—–"):
            return True
        if any(m.last == start or m.last == t0 for m in self.mentions):
            return True  # "Backpage co-founder", "Backpage's owner"
        if after is not None and after.text == "," and t1 + 1 < len(self.tokens):
            return self.tokens[t1 + 1].text[:1].isupper()  # "Its founder, Michael Pratt"
        return after is not None and after.text[:1].isupper()

    def status(self, t0: int, t1: int, default: str | None) -> str:
        """ruled, alleged or established from the cue words before the trigger's end and in
        its clause (a prefix of the sentence, since clause numbers never go down)."""
        if default == "ruled":
            return "ruled"
        end = self._clause_bounds(self.tokens[t0].clause)[1]
        scope = max(t1, end)  # the tokens in scope are tokens[:scope]
        cues = self._cues()
        if cues.ruling < scope:
            return "ruled"
        if cues.hedge < scope or cues.hedge_phrase_end <= scope:
            return "alleged"
        if cues.say < scope and cues.hedge_subject < scope:
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
            and m.option_for(types) is not None
        ]

    def _left(self, candidates: list[Mention], t0: int) -> Mention | None:
        left = [m for m in candidates if m.last <= t0 and t0 - m.last <= _MAX_DISTANCE]
        if not left:
            return None
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

    def _right(self, candidates: list[Mention], t0: int, t1: int) -> Mention | None:
        right = _strong([m for m in candidates if m.first > t0 and m.first - t1 <= _MAX_DISTANCE])
        return min(right, key=lambda m: m.first) if right else None

    def _after_marker(
        self, candidates: list[Mention], markers: frozenset[str], t0: int, either_side: bool
    ) -> Mention | None:
        found = []
        for m in candidates:
            if not either_side and m.first < t0:
                continue
            j = m.first - 1
            while j >= 0 and self.tokens[j].lower in _SKIPPABLE:
                j -= 1
            if j >= 0 and self.tokens[j].lower in markers:
                found.append(m)
        return min(found, key=lambda m: abs(m.first - t0)) if found else None

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
        if parties:  # "Backpage executives" are not Backpage (but "Backpage's owner" is)
            candidates = [
                m
                for m in candidates
                if m.last >= len(self.tokens)
                or t0 <= m.last < t1
                or self.tokens[m.last].lower not in HEAD_NOUNS_AFTER
            ]
        chosen: Mention | None = None
        if side == "left":
            chosen = self._left(candidates, t0)
        elif side == "right":
            chosen = self._right(candidates, t0, t1)
        elif side == "any":
            segment = self.segment
            own = segment[t0]
            same = _strong(
                [m for m in candidates if segment[min(m.first, len(segment) - 1)] == own]
            )
            if same:
                chosen = min(same, key=lambda m: min(abs(t0 - m.last), abs(m.first - t1)))
            else:
                chosen = self._left(candidates, t0) or self._right(candidates, t0, t1)
        elif side == "agent":
            chosen = self._after_marker(candidates, AGENT_PREPS[self.language], t0, True)
        elif side == "against":
            chosen = self._after_marker(candidates, AGAINST[self.language], t0, False)
        elif side == "to":
            chosen = self._after_marker(candidates, _TO[self.language], t0, False)
        elif side == "next":
            nxt = [
                m
                for m in candidates
                if t1 <= m.first <= t1 + 3
                and all(self.tokens[j].text.isalpha() for j in range(t1, m.first))
            ]
            chosen = min(nxt, key=lambda m: m.first) if nxt else None
        if chosen is None:
            return []
        return self._coordinated(chosen, types)

    def _coordinated(self, chosen: Mention, types: tuple[str, ...]) -> list[tuple[Mention, Option]]:
        group = [chosen]
        if chosen.group is not None:
            group = [m for m in self.mentions if m.group == chosen.group]
        ordered = self.mentions
        index = _index(ordered, chosen)
        for step in (1, -1):
            j, current, pending = index + step, chosen, []
            while 0 <= j < len(ordered):
                other = ordered[j]
                lo, hi = (current.last, other.first) if step == 1 else (other.last, current.first)
                between = [t.lower for t in self.tokens[lo:hi]]
                if hi < lo or not between or not all(w in CONJUNCTIONS for w in between):
                    break
                if other.option_for(types) is None:
                    break
                pending.append(other)
                if set(between) != {","}:  # a list is closed by "and": keep what it joins
                    group += pending
                    pending = []
                current = other
                j += step
        out, seen = [], set()
        for m in group:
            option = m.option_for(types)
            if option is not None and option.ident not in seen:
                seen.add(option.ident)
                out.append((m, option))
        return out

    # -- dates ---------------------------------------------------------------------------
    def dates_for(
        self, t0: int, ended: bool, type_name: str
    ) -> tuple[str | None, str | None, str | None]:
        """(date_on, date_from, date_to) of a claim whose trigger starts at token t0: the
        sentence's date nearest the trigger, in its role (or as the end of what ended)."""
        if self.dates:
            anchor = self.tokens[t0].start
            best = min(self.dates, key=lambda d: abs(d.start - anchor))
            role = "to" if ended else best.role
            if role == "from":
                return None, best.value, None
            if role == "to":
                return None, None, best.value
            return best.value, None, None
        if type_name in _EVENT_TYPES and self.published:
            return self.published, None, None
        return None, None, None

    def year(self, t0: int) -> int | None:
        on, start, end = self.dates_for(t0, False, "DEFENDANT_IN")
        value = on or start or end
        return int(value[:4]) if value else None

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
        parties = current.defendants | current.plaintiffs
        if self.words & _CASE_WORDS or any(
            o.ident in parties for m in self.mentions for o in m.options
        ):
            return current.option
        return None

    def described_law(self, t1: int) -> Option | None:
        heads = LAW_HEADS[self.language]
        for i in range(t1, len(self.tokens)):
            if self.tokens[i].lower in heads:
                document_year = int(self.published[:4]) if self.published else None
                years = [int(d.value[:4]) for d in self.dates]
                name = described_law(self.sentence.text, self.law_years, document_year, years)
                if name is None:
                    return None
                refs = [e for e in self.discourse.knowledge.laws() if e.name == name]
                return Option("Law", name, refs[0].key) if refs else None
        return None


def _index(mentions: list[Mention], mention: Mention) -> int:
    """mentions.index(mention), comparing the start first (equal mentions start alike)."""
    start = mention.start
    for i, other in enumerate(mentions):
        if other is mention or (other.start == start and other == mention):
            return i
    raise ValueError("mention not in list")


def _strong(mentions: list[Mention]) -> list[Mention]:
    """Known and rule-found names before unknown capitalised words, where both fit."""
    strong = [m for m in mentions if m.kind != "weak"]
    return strong or mentions


def _service(words: set[str]) -> str | None:
    for stem, label in _SERVICES:
        if any(w.startswith(stem) for w in words):
            return label
    return None


def _charges(frames: SentenceFrames, t1: int) -> str | None:
    tokens = frames.tokens
    for i in range(t1, min(len(tokens), t1 + 8)):
        if tokens[i].lower in ("for", "with", "voor", "wegens", "of"):
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


def apply_rule(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> list[Claim]:
    """The claims one trigger match makes (none if negated or an end is missing)."""
    if rule.needs and not frames.words & rule.needs:
        return []
    if "next" in (rule.source, rule.target) and not any(
        t1 <= m.first <= t1 + 3 for m in frames.mentions
    ):
        return []
    if not _may_have_ends(frames, rule):
        return []
    if frames.negated(t0, t1) or frames.speculative(t0):
        return []
    if rule.verb and frames.nominal(t0):
        return []
    if rule.noun and not frames.predicative(t0, t1):
        return []
    if rule.not_after and t0 > 0 and frames.tokens[t0 - 1].lower in rule.not_after:
        return []
    if rule.relation == SUE:
        return _lawsuit(frames, rule, t0, t1)
    rel_type = frames.ontology.relationship_type(rule.relation)
    source_types, target_types = _endpoint_types(frames.ontology, rule.relation)
    source_side, target_side = rule.source, rule.target
    if rule.flip and frames.passive(t0):
        source_side, target_side = _flipped(source_side), _flipped(target_side)
    frames.relation = rule.relation
    picked = _ends(frames, source_types, target_types, source_side, target_side, t0, t1)
    sources = [option for _, option in picked[0]]
    targets = [option for _, option in picked[1]]
    if not sources and "Case" in source_types:
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
        and (not rule.explicit_case or frames.words & _RULING_WORDS[frames.language])
    ):
        case = frames.case_from_context(t0)
        if case is not None:
            sources = [case]
    if not targets and "Law" in target_types and rule.relation != "AMENDS":
        law = frames.described_law(t1 if target_side != "left" else 0)
        if law is not None:
            targets = [law]
    pairs = [
        (source, target)
        for source in sources
        for target in targets
        if source.ident != target.ident and rel_type.allows(source.type, target.type)
    ]
    if not pairs:
        return []  # status, dates and properties are looked up only for claims
    status = frames.status(t0, t1, rule.status)
    on, start, end = frames.dates_for(t0, rule.ended, rule.relation)
    props = {}
    if rule.relation == "SERVICED":
        service = frames.service
        if service:
            props["service"] = service
    elif rule.relation == "INVOKES":
        props["claim"] = "defence" if frames.words & _DEFENCE else "claim"
    return [
        Claim(rule.relation, source, target, status, rule.id, rule.confidence,
              frames.sentence, on, start, end, dict(props))
        for source, target in pairs
    ]  # fmt: skip


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
) -> tuple[list[tuple[Mention, Option]], list[tuple[Mention, Option]]]:
    """Both ends, never one mention for both: a mention that could fill either slot goes to
    the one it fits with fewer alternatives (a domain is a platform before a vendor).
    The types come from _endpoint_types, each once."""
    parties = frames.relation in _PARTY_RELATIONS
    sources = frames.pick(source_types, source_side, t0, t1, parties=parties)
    targets = frames.pick(target_types, target_side, t0, t1, parties=parties)
    shared = {id(m) for m, _ in sources if m is not None} & {
        id(m) for m, _ in targets if m is not None
    }
    if not shared:
        return sources, targets
    mention = next(m for m, _ in sources if id(m) in shared)
    as_source = mention.options.index(mention.option_for(source_types))
    as_target = mention.options.index(mention.option_for(target_types))
    if as_target <= as_source:
        sources = frames.pick(source_types, source_side, t0, t1, exclude=(mention,))
    else:
        targets = frames.pick(target_types, target_side, t0, t1, exclude=(mention,))
    return sources, targets


def _flipped(side: str) -> str:
    return {"left": "agent", "right": "left", "agent": "left"}.get(side, side)


_PARTIES = ("Platform", "Vendor", "Organization", "Person")


def _lawsuit(frames: SentenceFrames, rule: Rule, t0: int, t1: int) -> list[Claim]:
    plaintiff_side, defendant_side = rule.source, rule.target
    if rule.flip and frames.passive(t0):
        plaintiff_side, defendant_side = "agent", "left"
    if rule.case_next and not any(
        m.option_for(("Case",)) and t1 <= m.first <= t1 + 2 for m in frames.mentions
    ):
        return []
    plaintiffs = frames.pick(("Organization", "Person"), plaintiff_side, t0, t1, parties=True)
    defendants = frames.pick(_PARTIES, defendant_side, t0, t1, parties=True)
    if not defendants and (defendant_side != "none" or not plaintiffs):
        return []  # a suit "against" someone unnamed says nothing about its plaintiff
    if t0 > 0 and frames.tokens[t0 - 1].lower in _OTHER:
        return []  # "similar suits", "andere zaken": not the case at hand
    year = frames.year(t0)
    named = frames.case_in_sentence(t0)
    info, known_defendants = resolve_case(
        frames.discourse,
        [o for _, o in defendants],
        [o for _, o in plaintiffs],
        rule.kind,
        year,
        named,
        rule.accusation,
        rule.synthesize,
    )
    if info is None:
        return []
    case = info.option
    frames.frame_cases.append((t0, case))
    status = frames.status(t0, t1, rule.status)
    on, start, end = frames.dates_for(t0, False, "DEFENDANT_IN")
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
    for mention, option in plaintiffs:
        if mention is not None and mention.kind == "group":
            option = _group_plaintiff(frames, option, case)
        info.plaintiffs.add(option.ident)
        claims.append(
            Claim("PLAINTIFF_IN", option, case, status, rule.id, rule.confidence,
                  frames.sentence, on, start, end)
        )  # fmt: skip
    return claims


def _group_plaintiff(frames: SentenceFrames, option: Option, case: Option) -> Option:
    """A group of anonymous plaintiffs is the case's known protected plaintiff, or one
    protected group person named after the case."""
    knowledge = frames.discourse.knowledge
    for key in knowledge.plaintiffs.get(case.key or "", []):
        entity = knowledge.entities.get(key)
        if entity is not None and entity.properties.get("protected"):
            return Option("Person", entity.name, key)
    return Option(
        "Person",
        f"Plaintiffs in {case.name}",
        props=(("protected", True), ("role", "plaintiffs")),
        aliases=(option.name,),
    )
