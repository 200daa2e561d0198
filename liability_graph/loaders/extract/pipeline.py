"""The extraction run over one chunk of a document: sentences, mentions, rules, facts.

A sentence with no known name, no name a rule finds, no surname met before and no head
noun that could point back cannot hold a mention, so it is not tokenised: only its years
(which anchor relative dates) and an empty turn in the discourse history are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from liability_graph.graph.model import Document, Entity, Relationship, entity_key
from liability_graph.graph.ontology import normalize_date
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.extract.dates import YEAR_AFTER
from liability_graph.loaders.extract.discourse import (
    CLAIMED_SITE,
    PERSON_PRONOUNS,
    Discourse,
    counted_members,
    included_count,
)
from liability_graph.loaders.extract.emit import Emitter
from liability_graph.loaders.extract.frames import (
    OWNER_CHECK,
    Claim,
    SentenceFrames,
    _authority,
    apply_rule,
    company_behind,
    group_in_case,
    note_introduced_officials,
)
from liability_graph.loaders.extract.gazetteer import Gazetteer, Hit, gazetteer_for
from liability_graph.loaders.extract.jurisdictions import jurisdiction_claims
from liability_graph.loaders.extract.knowledge import Knowledge, reference_knowledge
from liability_graph.loaders.extract.lexicon import (
    ACCUSATIONS,
    ADJECTIVE_JURISDICTION,
    AGE_ENDINGS,
    AGENT_PREPS,
    AND,
    ARTICLES,
    AUTHORITY_NOUNS,
    AUXILIARIES,
    BEHIND_WORDS,
    BODY_NOUNS,
    CAPITALISED_NOUNS,
    CAPTION_LABELS,
    CAPTION_OPENERS,
    CAPTION_PROSECUTORS,
    CAPTION_VERSUS,
    CASE_NOUNS,
    CASE_WORDS,
    COMITATIVE_PREPS,
    COMPANY_WORDS,
    CONJUNCTIONS,
    COPULAS,
    COREF_HEADS,
    COUNTRY_CODES,
    COURT_WORDS,
    CREDIT_OPENERS,
    DEFINITE,
    DESCRIPTIVE,
    FILING_VERBS,
    FINDINGS,
    FIRST_PERSON,
    FORMERLY,
    FOUNDER_HEADS,
    FRESH_CASE_WORDS,
    GOVERNMENT_NOUNS,
    HEAD_NOUNS_AFTER,
    HEDGES,
    INDEFINITE,
    INDEFINITES,
    INFINITIVE_ENDINGS,
    INFLECTED_ADJECTIVE_ENDINGS,
    JOINING_VERBS,
    JURISDICTION_ADJECTIVES,
    KIN_NOUNS,
    KNOWN_AS,
    LANGUAGES,
    LAW_CASE_NOUNS,
    LAW_CLAIM_NOUNS,
    LAW_FIRM_HEADS,
    LAW_FIRM_NOUNS,
    LAW_FIRM_ROLES,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NEWS_NOUNS,
    NON_PARTY_ROLES,
    NOT_NAME_START,
    NOT_OWNER_MODIFIERS,
    NUMBERED_NOUNS,
    OF,
    OF_OBJECTS,
    OF_WORDS,
    ORG_HEADS,
    OTHER,
    OWNED_COMPOUND_TAILS,
    OWNER_TAILS,
    PARTICLE_FOLLOWERS,
    PASSIVE_AUX,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLURAL_REFERENTS,
    POINTING_SUBJECTS,
    POSSESSIVES,
    PREPOSITIONS,
    PRODUCTS,
    PRONOUNS,
    PSEUDONYM_NOUNS,
    REPORTED_PRONOUN_FOLLOWERS,
    REPORTED_PRONOUNS,
    ROLE_RELATION,
    ROLES,
    SAY,
    SERVICE_OBJECTS,
    SIBLING_NOUNS,
    SPEECH_VERBS,
    STATE_TITLES,
    SUBORDINATORS,
    SUBSIDIARY_NOUNS,
    VENDOR_MODIFIERS,
    VERB_FINAL,
    fronted_time,
)
from liability_graph.loaders.extract.matcher import Matcher
from liability_graph.loaders.extract.mentions import (
    Mention,
    Option,
    in_span_order,
    shares_head,
    span_key,
)
from liability_graph.loaders.extract.places import Place, PlaceWord, find_places, government_option
from liability_graph.loaders.extract.places import kinds as jurisdiction_kinds
from liability_graph.loaders.extract.recognize import (
    DIGIT_BRAND,
    DOE_FIRST,
    DOE_LAST,
    Found,
    SentenceCues,
    _alternation,
    generic_trial_courts,
    legal_form,
    recognize,
    recognize_sentence,
    without_legal_form,
)
from liability_graph.loaders.extract.rules import SUE, Rule, rules_for
from liability_graph.loaders.extract.search import (
    START_CAPITAL_OR_WORD,
    bisect_left,
    digit_places,
    finditer_at_digits,
    finditer_near,
    is_word_char,
    occurrences,
    opening_words,
    word_at,
)
from liability_graph.loaders.extract.text import (
    POSSESSIVE_ENDINGS,
    Sentence,
    Token,
    bracketed_list_end,
    is_known_word,
    possessive,
    pronominal_adverb,
    sentence_adverb,
    split_sentences,
    tokenize,
    without_possessive,
)
from liability_graph.loaders.extract.typed import (
    NameSpans,
    name_spans,
    place_adjective,
    type_of,
    typed_mentions,
)
from liability_graph.loaders.languages import detect_language, extraction_packs


def _reference_aliases() -> dict[str, list[str]]:
    """Names the reference knowledge base lacks but news text uses, keyed by canonical name:
    every pack's `reference_aliases` of its jurisdictions ("US", "VS", "America") and of its
    `names` (an office by its officials' title: "officier van justitie")."""
    out: dict[str, list[str]] = {}
    for item in extraction_packs():
        for name, entry in item.jurisdictions().items():
            for alias in entry.get("reference_aliases") or ():
                out.setdefault(name, []).append(str(alias))
        for name, aliases in (item.names("reference_aliases") or {}).items():
            for alias in aliases or ():
                out.setdefault(str(name), []).append(str(alias))
    return out


#: Aliases the reference knowledge base lacks but news text uses, keyed by canonical name.
EXTRA_ALIASES: Final = _reference_aliases()


def _language_aliases() -> dict[str, dict[str, list[str]]]:
    """Aliases read only in texts of their pack's language (`names.language_aliases`: "AP"
    is the Autoriteit Persoonsgegevens in Dutch, never the Associated Press of English
    text), by language and canonical name."""
    out: dict[str, dict[str, list[str]]] = {}
    for item in extraction_packs():
        for name, aliases in (item.names("language_aliases") or {}).items():
            out.setdefault(item.code, {})[str(name)] = [str(a) for a in aliases or ()]
    return out


#: Aliases by language, read only in texts of that language.
LANGUAGE_ALIASES: Final = _language_aliases()

_CAPTION: Final = "caption"
_PARTY_TYPES = frozenset({"DEFENDANT_IN", "PLAINTIFF_IN"})
_QUOTE_OPENERS: Final = frozenset("\"“‘'(:—–-")
_CAPTION_PARTS: Final = re.compile(
    rf"^(?:(?:{_alternation(CAPTION_OPENERS)})(?:-|\s+))?(?P<a>.+?)"
    rf"\s+(?:v\.?|vs\.|{_alternation(CAPTION_VERSUS)})\s+(?P<b>.+)$",
    re.S,
)
_PARTY_TAIL: Final = re.compile(r",?\s+et\s+al\.?$")
_LEGAL_TAIL: Final = re.compile(
    r",?\s+(?:Inc\.?|Corp\.?|Co\.|LLC|Ltd\.?|Limited|S\.à\s?r\.l\.|S\.A\.R\.L\.|Holdings)$|\.com$"
)
#: A provision by itself ("Section 230") and with its Act (as recognize names them).
_SHORT_SECTION: Final = re.compile(r"Section \S+")
_LONG_SECTION: Final = re.compile(r"(Section \S+) of the ")
_ANONYMOUS: Final = re.compile(rf"^(?:(?:{DOE_FIRST})\s+)?(?:{DOE_LAST})\b|^(?:[A-Z]\.){{2,3}}$")
_YEAR: Final = re.compile(r"(?:19[89]\d|20[0-4]\d)" + YEAR_AFTER)


def _may_hold_year(text: str) -> bool:
    """A cheap necessary condition for _YEAR, which needs "19" or "20"."""
    return "19" in text or "20" in text


def _lawsuits_first(match: tuple[Rule, int, int]) -> bool:
    """Sort key: lawsuit frames run before the rules that may point to their cases."""
    return match[0].relation != SUE


@cache
def _matcher(language: str) -> Matcher:
    stops = SUBORDINATORS.get(language, frozenset()) | PARTICLE_FOLLOWERS.get(language, frozenset())
    return Matcher(rules_for(language), stops)


_law_years_of: tuple[Knowledge, dict[str, int | None]] | None = None
_NO_KNOWLEDGE: Final = Knowledge()


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


_DESCRIPTIVE: Final = frozenset(ROLES) | DESCRIPTIVE


def _descriptive(mention: Mention) -> bool:
    """An alias that describes ("moederbedrijf van Pornhub", "Backpage co-founder Michael
    Lacey") rather than names: the names inside it count as named too."""
    words = mention.text.lower().replace("-", " ").split()
    return mention.text[:1].islower() or any(w in _DESCRIPTIVE for w in words)


def _contains(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Mention, b: Mention) -> bool:
    return not (a.end <= b.start or a.start >= b.end)


def _before_final_verb(sentence: Sentence, mention: Mention, language: str) -> bool:
    """Does the name close the names of a verb-final subordinate clause: the clause opens
    with a subordinator and an auxiliary or the clause's last word follows the name ("dat
    A B heeft aangeklaagd", "omdat A B beboette.")?"""
    tokens = sentence.tokens
    if not VERB_FINAL.get(language, False) or mention.last + 1 > len(tokens):
        return False
    clause = tokens[mention.first].clause
    lo = mention.first
    while lo > 0 and tokens[lo - 1].clause == clause:
        lo -= 1
    if lo >= mention.first or tokens[lo].lower not in SUBORDINATORS[language]:
        return False
    if mention.last >= len(tokens):
        return False
    after = tokens[mention.last]
    if not after.text.islower():
        return False
    if after.lower in AUXILIARIES[language] or after.lower in PASSIVE_AUX[language]:
        return True
    return mention.last + 1 == len(tokens) or not tokens[mention.last + 1].text.isalnum()


def _finite_verb(token: Token, language: str) -> bool:
    """Does the word read as a finite verb: an auxiliary, a verb of saying or finding, or a
    word whose lemma is another word with an infinitive's ending ("legde": leggen)?"""
    lower = token.lower
    if not token.text.isalpha() or not token.text.islower():
        return False
    if lower in AUXILIARIES[language] or lower in PASSIVE_AUX[language]:
        return True
    if lower in SPEECH_VERBS.get(language, ()) or lower in FINDINGS.get(language, ()):
        return True
    endings = tuple(INFINITIVE_ENDINGS.get(language, ()))
    return bool(endings) and token.lemma != lower and token.lemma.endswith(endings)


def _after_inverted_verb(sentence: Sentence, mention: Mention, language: str) -> bool:
    """Does the name follow the finite verb of a main clause that opens with another part
    ("Vorige week legde de AP TikTok een boete op", "In maart heeft de ACM Zorvik beboet"),
    a lower-case word after it? The subject stands right after the verb, the object right
    after the subject, so a known name and the name beside it are two."""
    if not _name_run_ends(sentence.tokens, mention.last):
        return False
    return v2_subject(sentence, mention.first, language)


def v2_subject(sentence: Sentence, first: int, language: str) -> bool:
    """Does a name at `first` stand right after (an article after) the finite verb of a
    main clause that opens with another part ("Vorige week heeft de Kansspelautoriteit
    ...", ", zo meldt de Ksa")? Then it is the clause's subject. The verb stands second,
    after at least one word, in a clause no subordinator opens."""
    tokens = sentence.tokens
    if not VERB_FINAL.get(language, False) or first >= len(tokens):
        return False
    verb = first - 1
    if verb >= 1 and tokens[verb].lower in ARTICLES:
        verb -= 1
    if verb < 1 or not _finite_verb(tokens[verb], language):
        return False
    clause = tokens[verb].clause
    lo = verb
    while lo > 0 and tokens[lo - 1].clause == clause:
        lo -= 1
    return lo < verb and (
        tokens[lo].lower not in SUBORDINATORS[language]
        or (lo == 0 and fronted_time(tokens[0].lower, tokens[1].lower))
    )


def _after_known_head(sentence: Sentence, mention: Mention, inner: list[Mention]) -> Mention | None:
    """The new name after a known one that a rule's name ran on into ("dat Meta Zorvik
    heeft aangeklaagd": Zorvik), a name of the rule's types."""
    if len(inner) != 1 or inner[0].start != mention.start or inner[0].end >= mention.end:
        return None
    start = inner[0].end
    while start < mention.end and sentence.text[start - sentence.start] in " ,":
        start += 1
    text = _text(sentence, start, mention.end)
    if not text[:1].isupper() or text.split()[0] in NOT_NAME_START:
        return None
    first, last = _span(sentence, start, mention.end)
    options = tuple(Option(o.type, text) for o in mention.options if o.key is None)
    if not options:
        return None
    return Mention(start, mention.end, first, last, text, options, kind=mention.kind)


def _national_arm(sentence: Sentence, mention: Mention, inner: list[Mention]) -> bool:
    """Is a rule's name a known name followed only by a country's name or code and legal
    forms ("Facebook Ireland Limited", "Google Netherlands B.V."): a company's national
    arm, one name, neither the known name nor a second name after it?"""
    if len(inner) != 1 or inner[0].start != mention.start or inner[0].end >= mention.end:
        return False
    rest = _text(sentence, inner[0].end, mention.end).replace(",", " ").split()
    if not rest or not _country_word(rest[0]):
        return False
    return all(_legal_form_word(word) or _country_word(word) for word in rest[1:])


def _legal_form_word(word: str) -> bool:
    """A legal form, also in a caption's capitals ("LIMITED")."""
    return legal_form(word) or (word.isupper() and legal_form(word.capitalize()))


def _with_national_arms(sentence: Sentence, accepted: list[Mention]) -> list[Mention]:
    """Known company or platform names that a country's name or code follows ("Twitter NL",
    "Google Ireland"): the company's national arm, one new name in place of the known name
    and the country (no second name, no jurisdiction)."""
    tokens = sentence.tokens
    out = accepted
    for known in accepted:
        if known.kind != "name" or known.best.type not in _BARE_TYPES:
            continue
        j = known.last
        if j >= len(tokens) or not _country_word(tokens[j].text):
            continue
        while j < len(tokens) and (
            _country_word(tokens[j].text) or _legal_form_word(tokens[j].text)
        ):
            j += 1
        if j < len(tokens) and (
            tokens[j].text[:1].isupper() or tokens[j].text in POSSESSIVE_ENDINGS
        ):
            continue  # "Google Ireland Quorra", "Google Ireland's": no arm's name ends here
        start, end = known.start, tokens[j - 1].end
        text = _text(sentence, start, end)
        arm = Mention(start, end, known.first, j, text, (Option("Organization", text),), "rule")
        out = [m for m in out if m.end <= start or m.start >= end] + [arm]
    return out if out is accepted else sorted(out, key=lambda m: m.start)


def _country_word(word: str) -> bool:
    """A country's name, also in a caption's capitals, or its two-letter code ("Ireland",
    "IRELAND", "NL")."""
    if word in _COUNTRY_CODE_WORDS:
        return True
    return jurisdiction_kinds().get(word.title() if word.isupper() else word) == "country"


#: Two-letter country codes as names write them ("Twitter NL"), with the UK's usual one.
_COUNTRY_CODE_WORDS: Final = frozenset(COUNTRY_CODES.values()) | {"UK"}


def _two_known(mention: Mention, inner: list[Mention]) -> bool:
    """Is a rule's name two known names side by side, one opening it and one closing it
    (a subject and an object before a final verb)?"""
    return any(k.start == mention.start for k in inner) and any(
        k.end == mention.end and k.start > mention.start for k in inner
    )


def _before_known_tail(
    sentence: Sentence, mention: Mention, inner: list[Mention]
) -> Mention | None:
    """A rule's name that runs on into a known name after it, in a language that puts the
    subject and the object side by side before a final verb ("dat de Consumentenbond TikTok
    heeft aangeklaagd"): two names, the rule's own cut before the known one. Only when what
    is left is a name by itself, not a head noun alone ("Stichting Bits of Freedom")."""
    if len(inner) != 1 or inner[0].end != mention.end or inner[0].start <= mention.start:
        return None  # (names known on both sides: the known names win as they are)
    tail = inner[0]
    head = _text(sentence, mention.start, tail.start).rstrip()
    words = head.split()
    if not words or not words[-1][:1].isupper() or words[-1][-1:] in ",-&":
        return None
    if words[0] in NOT_NAME_START and len(words) == 1:
        return None
    if not any(w[:1].isupper() and w not in ORG_HEADS and w not in NOT_NAME_START for w in words):
        return None
    end = mention.start + len(head)
    first, last = _span(sentence, mention.start, end)
    options = tuple(Option(o.type, head) for o in mention.options if o.key is None)
    if not options or any(o.name != mention.text for o in mention.options):
        return None  # a rule's reading of another name than its span
    return Mention(mention.start, end, first, last, head, options, kind=mention.kind)


#: The types of a bare name no rule typed: a company, a site or a service's seller.
_BARE_TYPES: Final = ("Platform", "Organization", "Vendor")


def _bare_name_word(token: Token, language: str) -> bool:
    """A capitalised word that may be part of a name standing bare in a clause: no
    function word, no word that never starts a name, no demonym or place adjective."""
    text = token.text
    return (
        text[:1].isupper()
        and text.replace("-", "").isalnum()
        and text not in NOT_NAME_START
        and token.lower not in ARTICLES
        and not place_adjective(text, language)
    )


def _names_after_known_subject(
    sentence: Sentence, accepted: list[Mention], language: str
) -> list[Mention]:
    """Bare names right after a known name that is the subject of a verb-second or
    verb-final clause ("Vorig jaar heeft de ACM Zorvik beboet", "omdat de AP Quillora
    beboette"): the subject and the object stand side by side, so capitalised words after
    the known subject, before a lower-case word or a comma, are a name of their own. Only
    in a language whose nouns are lower case."""
    tokens = sentence.tokens
    out: list[Mention] = []
    for known in accepted:
        if known.kind != "name" or known.last >= len(tokens):
            continue
        if not tokens[known.last].text[:1].isupper():
            continue
        if not (
            v2_subject(sentence, known.first, language)
            or _after_subordinator(sentence, known.first, language)
        ):
            continue
        j = known.last
        while j < len(tokens) and _bare_name_word(tokens[j], language):
            j += 1
        if j == known.last or not _name_run_ends(tokens, j):
            continue
        start, end = tokens[known.last].start, tokens[j - 1].end
        if any(not (end <= a.start or start >= a.end) for a in accepted):
            continue
        text = _text(sentence, start, end)
        options = tuple(Option(t, text) for t in _BARE_TYPES)
        extra: dict[str, object] = {"rule": "name", "weak": True, "single": j - known.last == 1}
        out.append(Mention(start, end, known.last, j, text, options, "weak", extra=extra))
    return out


#: Punctuation that may close the object of a verb-second clause ("In maart vervolgde het OM
#: Zorbix.", "Vorig jaar beboette de AP Zorbix; ...").
_OBJECT_CLOSERS: Final = frozenset(",.;:!?")


def _name_run_ends(tokens: list[Token], j: int) -> bool:
    """Does a run of capitalised words before token j end there: at a lower-case word, at
    punctuation that closes the clause, or at the sentence's end?"""
    return j >= len(tokens) or tokens[j].text.islower() or tokens[j].text in _OBJECT_CLOSERS


def _company_end_word(word: str) -> bool:
    """A word that may end a company's name: a company word or a legal form ("Labs",
    "Holding", "B.V.")."""
    return word in COMPANY_WORDS or _legal_form_word(word)


#: The cuts _split_mentions makes (a rule number rather than a callback: compiled, a call
#: through a function object costs more than the test).
_CUT_AT_COMPANY_WORD: Final = 0
_CUT_TWO_WORDS: Final = 1


def _split_mentions(
    sentence: Sentence, found: list[Mention], language: str, cut: int
) -> list[Mention]:
    """The names with each one the cut splits replaced by its two names (`found` itself
    when none is split):

    - _CUT_AT_COMPANY_WORD (_company_cut): weak names that run a company's name ending in a
      company word or a legal form on into a second name, in the place of a verb-second or
      verb-final clause's subject ("Volgens de krant heeft Quillo Labs Zorbix aangeklaagd",
      "dat Quillo Holding Zorbix beboette"): the subject and the object stand side by side,
      so the company's name ends at its company word and the words after it are a name of
      their own;
    - _CUT_TWO_WORDS (_two_words_cut): two unknown one-word names side by side after a
      definite article, in the place of a verb-second or verb-final clause's subject ("In
      2021 daagde de Consumentenbond Zorbix voor de rechter", "omdat de Vakbond Quillo
      beboette"): a person's name takes no article, and the subject and the object stand
      side by side, so they are two names."""
    out: list[Mention] | None = None
    for at, mention in enumerate(found):
        if cut == _CUT_AT_COMPANY_WORD:
            pair = _company_cut(sentence, mention, language)
        else:
            pair = _two_words_cut(sentence, mention, language)
        if pair is None:
            if out is not None:
                out.append(mention)
            continue
        if out is None:
            out = found[:at]
        out += pair
    return found if out is None else out


def _company_cut(sentence: Sentence, mention: Mention, language: str) -> list[Mention] | None:
    """_split_mentions's _CUT_AT_COMPANY_WORD for one name: the two names, or None."""
    tokens = sentence.tokens
    if mention.kind != "weak" or mention.last - mention.first < 3:
        return None
    if mention.last >= len(tokens) or not tokens[mention.last].text.islower():
        return None
    cut = 0
    for k in range(mention.first + 1, mention.last - 1):
        if _company_end_word(tokens[k].text) and not _company_end_word(tokens[k + 1].text):
            cut = k + 1
            break
    if not cut or not all(
        _bare_name_word(t, language) and not _country_word(t.text)
        for t in tokens[cut : mention.last]
    ):
        return None
    if not (
        v2_subject(sentence, mention.first, language)
        or _after_subordinator(sentence, mention.first, language)
    ):
        return None
    head_end, tail_start = tokens[cut - 1].end, tokens[cut].start
    head = _text(sentence, mention.start, head_end)
    tail = _text(sentence, tail_start, mention.end)
    extra: dict[str, object] = {"rule": "name", "weak": True, "single": mention.last - cut == 1}
    return [
        Mention(
            mention.start, head_end, mention.first, cut, head,
            tuple(Option(o.type, head) for o in mention.options), "weak",
            extra=dict(mention.extra),
        ),
        Mention(
            tail_start, mention.end, cut, mention.last, tail,
            tuple(Option(t, tail) for t in _BARE_TYPES), "weak", extra=extra,
        ),
    ]  # fmt: skip


def _two_words_cut(sentence: Sentence, mention: Mention, language: str) -> list[Mention] | None:
    """_split_mentions's _CUT_TWO_WORDS for one name: the two names, or None."""
    tokens = sentence.tokens
    first = mention.first
    if mention.kind != "weak" or mention.last - first != 2 or first == 0:
        return None
    before = tokens[first - 1].lower
    if before not in DEFINITE[language] or before in SUBORDINATORS[language]:
        return None  # (not "dat Mira Jansen ...": the subordinator, no article)
    head, tail = tokens[first], tokens[first + 1]
    if not all(_bare_name_word(t, language) and not _country_word(t.text) for t in (head, tail)):
        return None
    if (
        head.text in ORG_HEADS
        # "de Tweede Kamer": an adjective inflected before its noun
        or head.lower.endswith(INFLECTED_ADJECTIVE_ENDINGS[language])
        or _company_end_word(tail.text)
        or not _name_run_ends(tokens, mention.last)
    ):
        return None
    if not (
        v2_subject(sentence, first, language) or _after_subordinator(sentence, first, language)
    ):
        return None
    extra: dict[str, object] = {"rule": "name", "weak": True, "single": True}
    return [
        Mention(head.start, head.end, first, first + 1, head.text,
                tuple(Option(t, head.text) for t in _BARE_TYPES), "weak", extra=dict(extra)),
        Mention(tail.start, tail.end, first + 1, first + 2, tail.text,
                tuple(Option(t, tail.text) for t in _BARE_TYPES), "weak", extra=dict(extra)),
    ]  # fmt: skip


def _after_subordinator(sentence: Sentence, first: int, language: str) -> bool:
    """Does a name at `first` open a subordinate clause, right after (an article after) its
    subordinator ("omdat de AP ...")?"""
    tokens = sentence.tokens
    k = first - 1
    if k >= 1 and tokens[k].lower in ARTICLES:
        k -= 1
    return (
        k >= 0
        and tokens[k].lower in SUBORDINATORS[language]
        and tokens[k].clause == tokens[first].clause
    )


def _without_bracketed_domains(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Without a domain in brackets right after a name ("Zorvik (www.zorvik.nl)"): the
    name's own website, written beside it, is no second party between the clause's names."""
    text, base = sentence.text, sentence.start
    out = []
    for m in mentions:
        if m.extra.get("rule") == "domain":
            before = text[: m.start - base].removesuffix("www.").rstrip()
            after = text[m.end - base :].lstrip()
            if before.endswith("(") and after.startswith(")"):
                named = before[:-1].rstrip()
                last = named.rpartition(" ")[2]
                if last[:1].isupper() or any(
                    o is not m and o.end - base == len(named) for o in mentions
                ):
                    continue  # after a name, even one no rule read ("G-star (g-star.com)")
        out.append(m)
    return out


def build_mentions(
    sentence: Sentence,
    hits: list[Hit],
    language: str,
    found_by_rules: tuple[Found, ...] | None = None,
    names_elsewhere: frozenset[str] = frozenset(),
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
        found.append(
            _from_rule(
                sentence, item, CAPITALISED_NOUNS.get(language, False), names_elsewhere, language
            )
        )
    accepted: list[Mention] = []
    if VERB_FINAL.get(language, False):
        found = _split_mentions(sentence, found, language, _CUT_AT_COMPANY_WORD)
        found = _split_mentions(sentence, found, language, _CUT_TWO_WORDS)
    for mention in sorted(known + found, key=lambda m: (-(m.end - m.start), m.kind != "name")):
        inner = [k for k in known if _contains(mention, k) and k is not mention]
        if (
            inner
            and mention.kind in ("rule", "weak")
            and not _national_arm(sentence, mention, inner)
            and (
                _before_final_verb(sentence, mention, language)
                or _after_inverted_verb(sentence, mention, language)
            )
        ):
            # a subordinate clause's subject and object side by side before its verb: a
            # known name and the name beside it are two ("dat het Openbaar Ministerie
            # Telegram vervolgt", "dat de Zorgbond TikTok heeft aangeklaagd", "dat Meta
            # Zorvik heeft aangeklaagd")
            if _two_known(mention, inner):
                continue
            trimmed = _before_known_tail(sentence, mention, inner)
            if trimmed is not None:
                mention, inner = trimmed, []
            else:
                rest = _after_known_head(sentence, mention, inner)
                if rest is not None and not any(_overlaps(rest, a) for a in accepted):
                    accepted.append(rest)
                continue
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
    if VERB_FINAL.get(language, False) and not CAPITALISED_NOUNS.get(language, False):
        accepted += _names_after_known_subject(sentence, accepted, language)
    accepted = _with_national_arms(sentence, accepted)
    bodies = BODY_NOUNS.get(language)
    if bodies and any(noun in sentence.text for noun in _BODY_WORDS[language]):
        accepted = [_with_body_noun(sentence, m, bodies) for m in accepted]
    if "(" in sentence.text:
        accepted = _without_bracketed_domains(sentence, accepted)
    accepted.sort(key=lambda m: m.start)
    return _without_sections_of_known_laws(sentence, accepted)


#: What stands between an article number and the law it is of ("artikel 12 van de AVG",
#: "artikel 5, lid 4, van de DMA", "Article 17 of the GDPR").
_SECTION_OF: Final = re.compile(
    r"\s*(?:,\s*(?:lid|paragraph|para\.?)\s+\d+\s*,)?\s*(\w+)\s+(?:(\w+)\s+)?$"
)


#: Each language's body nouns with the space after them, as a sentence holds one.
_BODY_WORDS: Final = {
    code: tuple(f"{noun} " for noun in nouns) for code, nouns in BODY_NOUNS.items()
}


def _with_body_noun(sentence: Sentence, mention: Mention, bodies: frozenset[str]) -> Mention:
    """A public body's name a lower-case noun opens ("de gemeente Bodegraven", "de provincie
    Zeland"): the noun and the name, capitalised, are one organisation ("Gemeente
    Bodegraven"), no place and no company of the name alone."""
    first = mention.first
    if first == 0 or mention.kind not in ("weak", "rule"):
        return mention
    noun = sentence.tokens[first - 1]
    if noun.lower not in bodies or not noun.text.islower():
        return mention
    if not any(o.type == "Organization" for o in mention.options):
        return mention
    name = f"{noun.text.capitalize()} {mention.text}"
    return Mention(noun.start, mention.end, first - 1, mention.last,
                   _text(sentence, noun.start, mention.end), (Option("Organization", name),),
                   "rule", extra={"rule": "organization"})  # fmt: skip


def _without_sections_of_known_laws(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """An unknown bare article number of a known law ("artikel 12 van de AVG") is that law:
    the law's mention names the provision; no law "Section 12" of its own."""
    drop: set[int] = set()
    for i in range(len(mentions) - 1):
        m, law = mentions[i], mentions[i + 1]
        if (
            m.extra.get("rule") != "section"
            or not m.options
            or m.options[0].key is not None
            or not _SHORT_SECTION.fullmatch(m.options[0].name)
            or law.best.type != "Law"
            or law.best.key is None
        ):
            continue
        between = _SECTION_OF.fullmatch(_text(sentence, m.end, law.start))
        if between is None or between.group(1).lower() not in OF:
            continue
        if between.group(2) is not None and between.group(2).lower() not in ARTICLES:
            continue
        drop.add(i)
    for i in range(len(mentions) - 2, -1, -1):  # "artikel 5, artikel 6 en artikel 7 van de
        # DMA": a bare article listed before a dropped one is of the same law
        m = mentions[i]
        if (
            i + 1 in drop
            and m.extra.get("rule") == "section"
            and m.options
            and m.options[0].key is None
            and _SHORT_SECTION.fullmatch(m.options[0].name)
            and _text(sentence, m.end, mentions[i + 1].start).strip().lower() in _LIST_JOINS
        ):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


#: What joins the articles of one list ("artikel 12 en artikel 17", "Articles 12, 17").
_LIST_JOINS: Final = frozenset([",", *CONJUNCTIONS])


_GENERIC: Final = frozenset(
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
    """Does a rule's longer name add only generic words to the known name inside it, or
    only the adjective of the country the known body belongs to ("de Nederlandse Autoriteit
    Persoonsgegevens" is the AP; "de Ierse Autoriteit Persoonsgegevens" is not)?"""
    extra = outer.text[: inner.start - outer.start] + " " + outer.text[inner.end - outer.start :]
    words = extra.replace(",", " ").split()
    if all(w in _GENERIC or not w[:1].isupper() for w in words):
        return True
    named = [w for w in words if w[:1].isupper()]
    if len(named) != 1 or named[0] not in ADJECTIVE_JURISDICTION:
        return False
    code = COUNTRY_CODES.get(ADJECTIVE_JURISDICTION[named[0]])
    key = inner.best.key
    return (
        code is not None and key is not None and reference_knowledge().prop(key, "country") == code
    )


def _from_rule(
    sentence: Sentence,
    item: Found,
    capitalised_nouns: bool = False,
    names_elsewhere: frozenset[str] = frozenset(),
    language: str = "",
) -> Mention:
    start, end = sentence.start + item.start, sentence.start + item.end
    first, last = _span(sentence, start, end)
    options = item.options
    kind = "rule"
    if item.rule == "name":
        kind = "weak"
        if (
            first > 0
            and sentence.tokens[first - 1].lower in PLACE_PREPS
            and not any(
                t.lower in CASE_NOUNS
                or t.lower in LAW_CASE_NOUNS.get(language, ())
                or t.lemma in JOINING_VERBS.get(language, ())
                for t in sentence.tokens[max(0, first - 4) : first]
            )  # "de boete ging naar X": the fined party; "voegde zich bij X": a partner
            # "Die ging naar X": a demonstrative opening the sentence points back to what
            # went there (a fine, a claim), and X is who received it, no place
            and not (first == 3 and sentence.tokens[0].lower in POINTING_SUBJECTS.get(language, ()))
            and not _brand_shaped(sentence.text[item.start : item.end])
            and not _of_a_company(sentence, first, item, language)
        ):  # "naar Rotterdam" is a place, "onderzoek naar X" names the investigated
            # ("at TrafficJunky", "op 4chan": no place is written so)
            kind = "skip"
        elif _placed_by_adjective(sentence, first, language):
            kind = "skip"  # "in het Duitse Traben-Trarbach": a town, no party
        elif (
            " " not in sentence.text[item.start : item.end]
            and _product_modifier(sentence, last, language)
            and any(c.isupper() for c in sentence.text[item.start + 1 : item.end])
        ):
            kind = "skip"  # "CDN and DDoS protection services", "CRM software": a product
        elif (
            item.extra.get("acronym")
            and sentence.text[item.start : item.end] not in names_elsewhere
            and not _the_acronym(sentence, first)
        ):
            # an acronym the document does not repeat (nor writes "the FBI"); one of four
            # or five letters may still be a law where a law's verb needs one ("In 2018
            # FOSTA amended Section 230")
            if item.end - item.start >= 4:
                options = tuple(o for o in options if o.type == "Law")
            kind = "weak" if options else "skip"
        elif (
            item.extra.get("single")
            and (
                capitalised_nouns
                or (  # "een Amsterdamse hostingprovider": an adjective of a place, no name
                    place_adjective(sentence.text[item.start : item.end], language)
                    and last < len(sentence.tokens)
                    and sentence.tokens[last].text[:1].islower()
                )
                or (
                    first > 0
                    and sentence.tokens[first - 1].lower in ARTICLES
                    and not item.extra.get("acronym")
                )
                or (
                    (first == 0 or sentence.tokens[first - 1].text in _QUOTE_OPENERS)
                    and not _unknown_word(sentence.text[item.start : item.end], language)
                    and (first > 0 or sentence.text[item.start : item.end] not in names_elsewhere)
                    and not _joined_to_name(sentence, last)
                )
            )
        ):
            # a capitalised word that starts a sentence need not be a name, and a brand
            # takes no article ("de bestorming van het Capitool")
            kind = "skip"
        elif (
            item.extra.get("single")
            and first == 0
            and last < len(sentence.tokens)
            and sentence.tokens[last].text == ","
            and sentence_adverb(sentence.text[item.start : item.end], language)
        ):
            kind = "skip"  # "Additionally, ...": a sentence adverb, no brand
        elif _modifies_a_noun(sentence, first, last, options, language):
            kind = "skip"  # "a Bay Area site", "een Den Haag bedrijf": no person
    elif item.extra.get("group"):
        kind = "group"
    extra = dict(item.extra)
    extra["rule"] = item.rule
    mention = Mention(
        start, end, first, last, _text(sentence, start, end), options, kind, extra=extra
    )
    return mention


def _modifies_a_noun(
    sentence: Sentence, first: int, last: int, options: tuple[Option, ...], language: str
) -> bool:
    """Is a name read only as a person's written between an indefinite article and a
    lower-case noun ("a Bay Area site")? It says what kind of thing the noun is; nobody
    writes a person so."""
    tokens = sentence.tokens
    return (
        first > 0
        and last < len(tokens)
        and all(o.type == "Person" for o in options)
        and tokens[first - 1].lower in INDEFINITES.get(language, ())
        and tokens[last].text.isalpha()
        and tokens[last].text.islower()
    )


def _joined_to_name(sentence: Sentence, last: int) -> bool:
    """Is a sentence's capitalised first word joined by "and" to a capitalised word ("Apple
    and Google removed the app", "Stripe en PayPal stopten")? Two ordinary words do not
    open a sentence so: the first is a name as much as the second."""
    tokens = sentence.tokens
    return (
        last + 1 < len(tokens)
        and tokens[last].lower in AND
        and tokens[last + 1].text[:1].isupper()
        and tokens[last + 1].text.isalpha()
    )


def _product_modifier(sentence: Sentence, last: int, language: str) -> bool:
    """Does a product noun follow the name ending before token `last`, right after it or
    after coordinated names ("CDN services", "CDN and DDoS protection")?"""
    tokens = sentence.tokens
    products = PRODUCTS.get(language, frozenset())
    for j in range(last, min(len(tokens), last + 4)):
        word = tokens[j]
        if word.lower in CONJUNCTIONS or not word.text.islower():
            continue
        return word.lower in products
    return False


def _of_a_company(sentence: Sentence, first: int, item: Found, language: str) -> bool:
    """A name after "of"/"van" that is no place: one with a company word ("a subsidiary of
    Kestrel Networks"), or one a type or role noun governs ("the owner of Velora", "een
    dochterbedrijf van Dataveld")."""
    if first < 2 or sentence.tokens[first - 1].lower not in OF:
        return False
    if any(o.type == "Vendor" for o in item.options) and not any(
        o.type == "Platform" for o in item.options
    ):
        return True  # typed by a company word
    noun = sentence.tokens[first - 2].lower
    return (
        type_of(noun, language) is not None
        or noun in ROLES
        or noun in DESCRIPTIVE
        or noun in SERVICE_OBJECTS  # "the domain registration of X": a vendor's customer
        or noun in OF_OBJECTS  # "the acquisition of X", "its purchase of X"
    )


def _known_as(tokens: list, j: int) -> int:
    """The index of the short form that follows a name ending before token j with an
    optional comma and one to three `known_as` words ("known as", "ook wel"), else 0."""
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].lower in KNOWN_AS:
        k += 1
    return k if j < k < len(tokens) else 0


def _brand_shaped(name: str) -> bool:
    """A word no place name is written like: a capital or a digit inside one word
    ("TrafficJunky", "eSafety", "4chan")."""
    return " " not in name and any(c.isupper() or c.isdigit() for c in name[1:])


def _abbreviates(acronym: str, name: str) -> bool:
    """Is `acronym` (2 to 6 capitals) made of initials of `name`'s words, in order ("FBI":
    Federal Bureau of Investigation, "FOSTA": Allow States and Victims to Fight Online Sex
    Trafficking Act, "WOOV": Wet op de online veiligheid)?"""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
        return False
    initials = [w[0].upper() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    position = 0
    for letter in acronym:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


#: What an acronym the text never spells out may stand for (_learn_implied_acronyms).
_IMPLIED_ACRONYM_TYPES: Final = frozenset({"Law", "Organization"})


def _initials_of(name: str, acronym: str) -> bool:
    """Is `acronym` exactly the initials of `name`'s words ("DOJ": Department of Justice),
    or of its capitalised words ("DSA": Digital Services Act)?"""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    return acronym in (every, capitalised)


def _initialled_organisation(sentence: Sentence, mention: Mention) -> None:
    """A name of two or more capitalised words that the text shortens to their initials in
    parentheses right after it ("The Privacy Collective (TPC)", "Stop Online Fraude (SOF)")
    is an organisation's, not a person's: the weak mention becomes one (with a capitalised
    word before it that the initials need: "The")."""
    tokens = sentence.tokens
    j = mention.last
    if not (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"):
        return
    short = tokens[j + 1].text
    if len(short) < 3 or len(mention.text.split()) < 2:
        return
    if all(o.type != "Person" for o in mention.options):
        return  # read as a company or a site already
    first, start, name = mention.first, mention.start, mention.text
    if not _abbreviates(short, name):
        before = tokens[first - 1] if first > 0 else None
        if before is None or not before.text[:1].isupper() or not before.text.isalpha():
            return
        name = f"{before.text} {name}"
        if not _abbreviates(short, name) or short[0] != name[0]:
            return
        first, start = first - 1, before.start
    mention.first, mention.start, mention.text = first, start, name
    mention.options = (Option("Organization", name),)
    mention.kind = "rule"
    mention.extra.pop("weak", None)


def _contracts(short: str, name: str) -> bool:
    """Is `short` (2 to 6 letters, a capital first) a one-word name cut short, its letters
    in order inside the word and its first the word's ("Ksa": Kansspelautoriteit, "Bipt")?"""
    if not 2 <= len(short) <= 6 or not short.isalpha() or not short[0].isupper():
        return False
    word = name.lower()
    if " " in word or len(word) <= len(short) or word[0] != short[0].lower():
        return False
    position = 1
    for letter in short[1:].lower():
        position = word.find(letter, position) + 1
        if position == 0:
            return False
    return True


#: The year a case's name ends with ("X v. Y (2021)").
_CASE_YEAR: Final = re.compile(r" \(\d{4}\)$")


def _short_name(word: str, mention: Mention) -> bool:
    """Is `word` the short name a text gives a company right after its full name, its first
    word ("Kick Online Entertainment S.A (Kick)", "Zorblat Media Ltd (Zorblat)")?"""
    words = mention.text.split()
    return (
        len(words) >= 2
        and word == words[0]
        and word[:1].isupper()
        and word.isalpha()
        and mention.best.type in ("Organization", "Vendor")
    )


def _one_company(vendor: str, customer: str, text: str) -> bool:
    """Is the customer a part or brand of the vendor itself ("Amazon" and "Amazon Web
    Services", or "AWS" where the document writes "Amazon Web Services")? A company does
    not service itself, so such a SERVICED fact is a misreading."""
    for a, b in ((vendor, customer), (customer, vendor)):
        if b.startswith(a + " "):
            return True
        if 2 <= len(b) <= 6 and b.isupper() and b[0] == a[:1]:
            pattern = re.escape(a) + r"(?:\s+(?:[A-Z][\w-]*|of|and|for|&))+"
            if any(_abbreviates(b, m.group(0)) for m in re.finditer(pattern, text)):
                return True
    return False


def _non_party_role_before(sentence: Sentence, mention: Mention) -> bool:
    """Does a role that is never a party stand right before the name ("attorney Annie
    McAdams", "their lawyer, Annie McAdams")?"""
    j = mention.first - 1
    if j >= 0 and sentence.tokens[j].text == ",":
        j -= 1
    return j >= 0 and ROLES.get(sentence.lowers[j]) in NON_PARTY_ROLES


def _non_party_role_after(sentence: Sentence, mention: Mention) -> bool:
    """Does an apposition that ends in a role that is never a party follow the name ("Jan
    Vorst, the Manhattan district attorney, indicted X", "X, a federal prosecutor,")? The
    apposition opens with an article and holds at most three words before its role."""
    lowers = sentence.lowers
    at = mention.last
    if at + 2 >= len(lowers) or lowers[at] != ",":
        return False
    if lowers[at + 1] not in ARTICLES and lowers[at + 1] not in INDEFINITE:
        return False
    end = at + 2
    while end < len(lowers) and end - at <= 5 and lowers[end] not in _APPOSITION_ENDS:
        end += 1
    if end >= len(lowers) or lowers[end] not in _APPOSITION_ENDS or end - at > 5:
        return False
    last = lowers[end - 1]
    pair = f"{lowers[end - 2]} {last}"
    return ROLES.get(pair, ROLES.get(last)) in NON_PARTY_ROLES


_APPOSITION_ENDS: Final = frozenset({",", ".", ";"})


def _law_firm(sentence: Sentence, mention: Mention, mentions: list[Mention], language: str) -> bool:
    """Is the name a law firm's ("law firm Quellman Rhode", "Quellman Rhode law firm", "the
    Online Harms Law Center", "advocatenkantoor X") or that of a person at one ("Dana Holt,
    principal of Holt Law Group")? Counsel is never a party (docs/annotation.md)."""
    nouns = LAW_FIRM_NOUNS.get(language, ())
    if not nouns or _LAW_FIRM_FIRST_WORDS[language].isdisjoint(sentence.lower_set):
        return False  # a law firm's noun or head starts with one of these words
    lowers = sentence.lowers
    if _firm_named(sentence, mention, language):
        return True
    last = mention.last
    if last >= len(lowers) or sentence.tokens[last].text != ",":
        return False
    start = last + 1
    while start < len(lowers) and lowers[start] in ARTICLES:  # ", a partner at"
        start += 1
    for role in LAW_FIRM_ROLES.get(language, ()):
        if tuple(lowers[start : start + len(role)]) == role:
            at = start + len(role)
            while at < len(lowers) and lowers[at] in ARTICLES:
                at += 1
            return any(
                m.first == at and m is not mention and _firm_named(sentence, m, language)
                for m in mentions
            )
    return False


#: Per language, the first words of its law firms' nouns and heads: _firm_named finds
#: nothing in a sentence with none of them.
_LAW_FIRM_FIRST_WORDS: Final = {
    code: frozenset(
        phrase[0]
        for phrase in (*LAW_FIRM_NOUNS.get(code, ()), *LAW_FIRM_HEADS.get(code, ()))
        if phrase
    )
    for code in LAW_FIRM_NOUNS
}


def _firm_named(sentence: Sentence, mention: Mention, language: str) -> bool:
    """Does the name itself, or a noun right before or after it, make it a law firm?"""
    lowers = sentence.lowers
    own = tuple(lowers[mention.first : mention.last])
    for noun in LAW_FIRM_NOUNS.get(language, ()):
        n = len(noun)
        if own[:n] == noun or tuple(lowers[mention.last : mention.last + n]) == noun:
            return True
        if mention.first >= n and tuple(lowers[mention.first - n : mention.first]) == noun:
            return True
    tokens, last = sentence.tokens, mention.last
    for head in LAW_FIRM_HEADS.get(language, ()):
        if own[-len(head) :] == head:
            return True
        if (  # "Holt Law Group" read as the name "Holt": the capitalised head goes on
            tuple(lowers[last : last + len(head)]) == head and tokens[last].text[:1].isupper()
        ):
            return True
    return False


def _kind_of_noun(sentence: Sentence, t0: int, t1: int, language: str) -> bool:
    """Is a one-word verb trigger only the kind of a type noun after it ("a hosting
    company", "its payment processor")? It then describes a name, states no fact."""
    return (
        t1 - t0 == 1
        and t1 < len(sentence.tokens)
        and sentence.lowers[t0] in VENDOR_MODIFIERS
        and type_of(sentence.lowers[t1], language) is not None
    )


def _the_acronym(sentence: Sentence, first: int) -> bool:
    """ "the FBI", "de FIOD": an acronym after a definite article names an organisation
    (not a role: "the CEO")."""
    if first == 0:
        return False
    before = sentence.tokens[first - 1].lower
    return before in ARTICLES and sentence.tokens[first].lower not in ROLES


def _who(option: Option) -> str:
    """Who an option is, across its spellings: its key, else its folded name."""
    return option.key or option.name.casefold()


def _one_direction(claims: list[Claim]) -> list[Claim]:
    """One sentence's claims without a fact stated both ways ("A owns B" and "B owns A"
    from two triggers, or from names whose types could not tell the ends apart): the more
    confident reading stays; when neither is, neither does."""

    best: dict[tuple[str, str, str], float] = {}
    for claim in claims:
        ident = (claim.type, _who(claim.source), _who(claim.target))
        best[ident] = max(best.get(ident, 0.0), claim.confidence)
    out = []
    for claim in claims:
        reverse = best.get((claim.type, _who(claim.target), _who(claim.source)))
        if reverse is None or claim.confidence > reverse:
            out.append(claim)
    return out


def _unknown_word(word: str, language: str) -> bool:
    """A capitalised word that is no ordinary word of the language ("Cloudflare", not
    "Today"): a name even where capitals say nothing, at a sentence's or a quote's start."""
    return (
        bool(language)
        and not is_known_word(word.lower(), language)
        and not pronominal_adverb(word, language)
    )


_QUOTES: Final = frozenset('"“”')
_SPEAKER_TYPES: Final = ("Vendor", "Platform", "Organization")


def _speaker_pronouns(sentence: Sentence, mentions: list[Mention], language: str) -> list[Mention]:
    """ "We are terminating 8chan as a customer," wrote Cloudflare CEO Matthew Prince: a
    first-person pronoun inside a quote stands for the organisation that speaks (named
    outside the quote, by itself or as the company of the person who speaks)."""
    first_person = FIRST_PERSON.get(language, frozenset())
    lowers = sentence.lowers
    pronouns = [i for i, w in enumerate(lowers) if w in first_person]
    if not pronouns or not any(w in SPEECH_VERBS.get(language, ()) for w in lowers):
        return []
    inside = [False] * len(lowers)
    quoted = False
    for i, token in enumerate(sentence.tokens):
        if token.text in _QUOTES:
            quoted = not quoted if token.text == '"' else token.text == "“"
            continue
        inside[i] = quoted
    speaker: tuple[Option, ...] = ()
    for mention in mentions:
        if mention.kind == "weak" or any(inside[mention.first : mention.last]):
            continue
        option = mention.option_for(_SPEAKER_TYPES)
        role_of = mention.extra.get("role_of")
        if option is not None:
            speaker = (option,)
            break
        if role_of and mention.best.type == "Person":  # "Cloudflare CEO Matthew Prince"
            lo, hi = role_of
            name = sentence.text[lo:hi]
            known = next((m for m in mentions if m.text == name), None)
            speaker = (
                known.options
                if known is not None
                else tuple(Option(t, name) for t in ("Vendor", "Organization"))
            )
            break
    if not speaker:
        return []
    out = []
    for i in pronouns:
        if inside[i] and not any(m.first <= i < m.last for m in mentions):
            token = sentence.tokens[i]
            out.append(Mention(token.start, token.end, i, i + 1, token.text, speaker, "coref",
                               extra={"speaker": True}))  # fmt: skip
    return out


def _reported_pronouns(sentence: Sentence, mentions: list[Mention], language: str) -> list[Mention]:
    """ "Ofcom said it had opened an investigation", "Ofcom zegt dat het een onderzoek is
    gestart": a third-person pronoun opening the reported clause stands for the
    organisation that speaks (named right before the speech verb)."""
    pronouns = REPORTED_PRONOUNS.get(language, frozenset())
    verbs = SPEECH_VERBS.get(language, frozenset())
    lowers = sentence.lowers
    if pronouns.isdisjoint(sentence.lower_set) or verbs.isdisjoint(sentence.lower_set):
        return []
    openers = SUBORDINATORS.get(language, frozenset())
    out = []
    for i, word in enumerate(lowers[:-1]):
        if word not in verbs:
            continue
        j = i + 1
        if lowers[j] in openers:
            j += 1
        if j >= len(lowers) - 1 or lowers[j] not in pronouns:
            continue
        if lowers[j + 1] not in REPORTED_PRONOUN_FOLLOWERS.get(language, frozenset()):
            continue  # "dat het onderzoek ...": an article, no pronoun
        speaker = next((m for m in mentions if m.last == i), None)
        if speaker is None or any(m.first <= j < m.last for m in mentions):
            continue
        options = tuple(o for o in speaker.options if o.type in _SPEAKER_TYPES)
        if not options:
            continue
        token = sentence.tokens[j]
        out.append(Mention(token.start, token.end, j, j + 1, token.text, options, "coref",
                           extra={"speaker": True}))  # fmt: skip
    return out


# "(?<=[a-z,;] )[A-Z][\w&-]{2,}" and "\b[A-Z]{3,5}\b", written to start with the capital
# (the look-behind after it) so that re skips ahead to capitals instead of trying every
# character of the document (tests/test_extract_build.py checks they are the same)
_MID_SENTENCE_NAME: Final = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[\w&-]{2,}")
#: A person's name of two or three capitalised words and the word after it ("Dana Holt said").
_PERSON_RUN: Final = re.compile(r"(?<![\w.’'])([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}) ([a-z]+)\b")
_ACRONYM: Final = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,4}\b")


def _same_mentions(before: list[Mention], now: list[Mention]) -> bool:
    """Are these the very mention objects the first pass typed (no acronym replaced)?"""
    return len(before) == len(now) and all(a is b for a, b in zip(before, now, strict=True))


#: _MID_SENTENCE_NAME, else _ACRONYM, at a capital: both in one pass over the text.
_NAME_OR_ACRONYM: Final = re.compile(
    r"[A-Z](?:(?<=[a-z,;] [A-Z])[\w&-]{2,}|(?<!\w[A-Z])[A-Z]{2,4}\b)"
)
#: What stands before the space before a mid-sentence name (_MID_SENTENCE_NAME's look-behind).
_MID_SENTENCE_BEFORE: Final = frozenset("abcdefghijklmnopqrstuvwxyz,;")


#: A capitalised word, a space and a number of one to three digits that ends there (not
#: "10,000", "3.5", "10%", "10-year"): a name that may hold its number ("Zorvex 12").
_WORD_NUMBER: Final = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,}) (\d{1,3})(?![\w%/-]|[.,:]\d)")


def _digit_names(text: str) -> dict[str, str]:
    """The names of the text written with a number ("Zorvex 12 sued Quillo"), as word ->
    number: a capitalised word that the text writes at least twice, always with the same
    number after it and at least once inside a sentence (so no sentence opener, "About 40
    firms"), and that is no month, weekday or noun that labels a number ("Article 17",
    pack `numbered_nouns`)."""
    numbers: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    inside: set[str] = set()
    for match in _word_numbers(text):
        word = match.group(1)
        if word in NOT_NAME_START or word in NUMBERED_NOUNS:
            continue
        numbers.setdefault(word, set()).add(match.group(2))
        counts[word] = counts.get(word, 0) + 1
        at = match.start()
        if at >= 2 and text[at - 1] == " " and text[at - 2] in _MID_SENTENCE_BEFORE:
            inside.add(word)
    out: dict[str, str] = {}
    for word in sorted(numbers):
        if len(numbers[word]) != 1 or counts[word] < 2 or word not in inside:
            continue
        if len(re.findall(rf"(?<![\w.’'-]){word}\b", text)) != counts[word]:
            continue  # the word stands without its number too: a word of its own
        out[word] = next(iter(numbers[word]))
    return out


def _word_numbers(text: str) -> list[re.Match[str]]:
    """_WORD_NUMBER.finditer(text), tried only where a match can start (issue #10's speed:
    its look-behind made re try it at every character): a match holds a lower-case letter,
    a space and a digit, and starts at the capital right before that letter's run of
    lower-case letters (tests/test_extract_build.py checks it against the full scan)."""
    places = digit_places(text)
    if places is None:
        return list(_WORD_NUMBER.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for at in places:
        if at < 3 or text[at - 1] != " " or not "a" <= text[at - 2] <= "z":
            continue
        run = at - 2
        while run > 0 and "a" <= text[run - 1] <= "z":
            run -= 1
        start = run - 1
        if start < 0 or start < end or at - 1 - run < 2 or not "A" <= text[start] <= "Z":
            continue
        match = _WORD_NUMBER.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _with_digit_names(
    body: str, found: tuple[Found, ...], names: dict[str, str]
) -> tuple[Found, ...]:
    """`found` with each name that ends in a word of `names` (_digit_names) stretched over
    the number after it: "Zorvex" -> "Zorvex 12"."""
    out: list[Found] = []
    changed = False
    for item in found:
        name = body[item.start : item.end]
        last = name.rsplit(" ", 1)[-1]
        number = names.get(last)
        if number is not None and body.startswith(" " + number, item.end):
            end = item.end + 1 + len(number)
            if end >= len(body) or not body[end].isalnum():
                options = tuple(
                    Option(o.type, f"{o.name} {number}", o.key, o.props, o.aliases)
                    if o.name.endswith(last)
                    else o
                    for o in item.options
                )
                item = Found(item.start, end, options, item.rule, item.extra)
                changed = True
        out.append(item)
    return tuple(out) if changed else found


def _names_elsewhere(text: str) -> frozenset[str]:
    """Capitalised words the text writes inside a sentence (so one that opens a sentence
    is a name too: "Google removed Parler"), brands written digits first ("4chan"), and
    acronyms it repeats ("AWS").

    The names and the acronyms come from one pass (_NAME_OR_ACRONYM): a match after the
    look-behind of a mid-sentence name is one, and the acronyms inside it (at its start, or
    after its "-" or "&", the only places inside it where one may start) are read from it;
    any other match is an acronym. The same as finding each with its own pattern
    (tests/test_extract_build.py checks it), for one pass over the text instead of two."""
    words: set[str] = set()
    acronyms: list[str] = []
    for match in _NAME_OR_ACRONYM.finditer(text):
        word = match.group()
        at = match.start()
        if at >= 2 and text[at - 1] == " " and text[at - 2] in _MID_SENTENCE_BEFORE:
            words.add(word)
            if "A" <= word[1] <= "Z" or "-" in word or "&" in word:
                acronyms += _ACRONYM.findall(word)
        else:
            acronyms.append(word)
    words.update(match.group() for match in finditer_at_digits(DIGIT_BRAND, text))
    seen: set[str] = set()
    for acronym in acronyms:  # the acronyms written more than once
        if acronym in seen:
            words.add(acronym)
        seen.add(acronym)
    return frozenset(words)


_JURISDICTION: Final = ("Jurisdiction",)


def _with_places(
    sentence: Sentence,
    mentions: list[Mention],
    language: str,
    written: list[tuple[int, int, PlaceWord]] | None = None,
) -> list[Mention]:
    """The sentence's mentions with the jurisdictions it names or describes ("France",
    "French", "the EU's"): a place inside a longer name is that name's word ("Superior
    Court of California"), a known name keeps its entity, and an unknown capitalised word
    read weakly ("Utah") is the place. An adjective ("French law", "U.S. legislation") is
    no name of its own (kind "coref"); every such mention carries its Place in extra.
    `written`: the sentence cue pass's jurisdiction forms (find_places), if it found them."""
    places = find_places(sentence.text, language, written)
    if not places:
        return mentions
    out = list(mentions)
    text = sentence.text
    for place in places:
        start, end = sentence.start + place.start, sentence.start + place.end
        covering = [m for m in mentions if m.start < end and start < m.end]
        same = next((m for m in covering if m.start == start and m.end == end), None)
        if same is not None and same.kind != "weak" and not _unknown_organisation(same):
            if same.option_for(_JURISDICTION) is not None:
                same.extra["place"] = place
            continue
        if any(
            (m.kind != "weak" and m is not same) or m.start < start or end < m.end for m in covering
        ):
            continue  # a word of a longer name
        out = [m for m in out if not any(m is c for c in covering)]
        first, last = _span(sentence, start, end)
        if place.kind and not place.adjective:
            first = _titled(sentence, first, place.kind, language)
            start = sentence.tokens[first].start
        option = Option(
            "Jurisdiction", place.name, props=(("kind", place.kind),) if place.kind else ()
        )
        adjective = (
            place.adjective
            and not place.possessive
            and (not place.named or _word_follows(text, place.end))
        )  # "U.S. legislation" describes, "in the U.S." names
        out.append(Mention(start, end, first, last, _text(sentence, start, end), (option,),
                           "coref" if adjective else "rule",
                           extra={"rule": "place", "place": place, "adjective": adjective}))  # fmt: skip
    out.sort(key=lambda m: m.start)
    _name_state_laws(sentence, out)
    return out


def _with_governments(sentence: Sentence, mentions: list[Mention], language: str) -> list[Mention]:
    """A country's adjective or name with a government noun after it ("the US government",
    "de Amerikaanse overheid"), or after the noun and "of" ("the government of the United
    Kingdom"), is one organisation, the country's government as a party
    (places.government_option); the place's mention gives way to it."""
    nouns = GOVERNMENT_NOUNS.get(language)
    if not nouns:
        return mentions
    tokens = sentence.tokens
    lowers = sentence.lowers
    out: list[Mention] | None = None
    for mention in mentions:
        place = mention.extra.get("place")
        if not isinstance(place, Place) or place.kind != "country":
            continue
        first, last = mention.first, mention.last
        if last < len(tokens) and lowers[last] in nouns:
            last += 1  # "the US government"
        else:
            j = first - 1
            if j >= 0 and lowers[j] in ARTICLES:
                j -= 1
            if j < 1 or lowers[j] not in OF or lowers[j - 1] not in nouns:
                continue
            first = j - 1  # "the government of the United Kingdom"
        option = government_option(place.name)
        if option is None:
            continue
        start, end = tokens[first].start, tokens[last - 1].end
        government = Mention(start, end, first, last, _text(sentence, start, end), (option,),
                             "rule", extra={"rule": "government"})  # fmt: skip
        if out is None:
            out = list(mentions)
        out = [m for m in out if m.last <= first or m.first >= last]
        out.append(government)
    if out is None:
        return mentions
    out.sort(key=lambda m: m.start)
    return out


def _pseudonym(sentence: Sentence, mention: Mention) -> bool:
    """Is the name one a person goes by, right after a pseudonym noun (and an opening
    quote): "ran the site under the pseudonym 'Grey Fox'"? It is that person's other name,
    never a party of its own (no owner, no defendant beside the person)."""
    j = mention.first - 1
    if j >= 0 and sentence.tokens[j].text in _QUOTE_OPENERS:
        j -= 1
    return j >= 0 and sentence.lowers[j] in PSEUDONYM_NOUNS


def _name_state_laws(sentence: Sentence, mentions: list[Mention]) -> None:
    """ "Arkansas' Deceptive Trade Practices Act" is the state's act, which the document may
    also write "the Arkansas Deceptive Trade Practices Act": a new law after a US state's
    possessive is named with the state in front (the bare name stays an alias), so both
    spellings are one law; the possessive still places it (jurisdictions.py)."""
    tokens = sentence.tokens
    for place in mentions:
        info = place.extra.get("place")
        if not isinstance(info, Place) or not info.possessive or info.kind != "state":
            continue
        at = place.last
        if at < len(tokens) and tokens[at].text in ("'", "’"):
            at += 1
        joined = [
            law
            for law in mentions
            if any(other.first == at and shares_head(other, law, tokens) for other in mentions)
        ]  # "Utah's Fair Trading and Data Privacy acts": the second Act is the state's too
        for law in mentions:
            if law.first != at and law not in joined:
                continue
            options = []
            for option in law.options:
                if (
                    option.type == "Law"
                    and option.key is None
                    and not option.name.startswith(info.name)
                ):
                    option = Option("Law", f"{info.name} {option.name}", None, option.props,
                                    (*option.aliases, option.name))  # fmt: skip
                options.append(option)
            law.options = tuple(options)


def _unknown_organisation(mention: Mention) -> bool:
    """A name no list knows that a rule read as an organisation only by its words ("European
    Union"): where it is a jurisdiction's name, the jurisdiction it is."""
    return mention.kind == "rule" and all(
        o.key is None and o.type == "Organization" for o in mention.options
    )


def _titled(sentence: Sentence, first: int, kind: str, language: str) -> int:
    """The first token of a US state written with its title ("the state of Utah", "de staat
    Utah"): the title noun and the word "of" between them belong to it."""
    titles = STATE_TITLES.get(language, frozenset())
    if kind != "state" or not titles or first == 0:
        return first
    lowers = sentence.lowers
    j = first - 1
    if lowers[j] in OF and j > 0:
        j -= 1
    return j if lowers[j] in titles else first


def _cited(frames: SentenceFrames, caption: Mention, court: Mention) -> bool:
    """Does the court stand in the citation's parentheses after the caption ("Herrick v.
    Grindr, LLC, 2017 WL 744605 (S.D.N.Y. 2017)")?"""
    if court.first <= caption.last:
        return False
    between = [t.text for t in frames.tokens[caption.last : court.first]]
    return "(" in between and ")" not in between[between.index("(") :]


def _written_alone(text: str, given: str, surname: str) -> bool:
    """Does `text` write `given` as a word without `surname` after it? As
    re.search(r"\\bgiven\\b(?!\\s+surname\\b)", text) answers for a given name and a surname
    that start with a letter, with str.find: a pattern made for each name would be
    compiled for each name, and re would try it at every character of the document."""
    at = text.find(given)
    while at >= 0:
        end = at + len(given)
        if _word_boundary(text, at) and _word_boundary(text, end):
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            if not (
                after > end
                and text.startswith(surname, after)
                and _word_boundary(text, after + len(surname))
            ):
                return True
        at = text.find(given, at + 1)
    return False


def _word_boundary(text: str, i: int) -> bool:
    """Does "\\b" match at offset i: a word character on one side only?"""
    before = i > 0 and is_word_char(text[i - 1])
    return before != (i < len(text) and is_word_char(text[i]))


#: A given name or surname: no inner capitals, but for an initial's hyphen ("K-Brooks").
_NAME_WORD: Final = re.compile(r"[A-Z](?:[a-zà-ÿ'’-]+|-[A-Z][a-zà-ÿ'’]+)$")


def _person_run(mention: Mention) -> bool:
    """A weak run only a person can be, shaped like a name ("Pavel Durov"): a pronoun of
    the next sentence ("hij", "he") may stand for it."""
    words = mention.text.split()
    return (
        len(words) >= 2
        and all(o.type == "Person" for o in mention.options)
        and bool(_NAME_WORD.match(words[0]))
        and bool(_NAME_WORD.match(words[-1]))
        # a surname's particles between ("Jan de Vlam", "Mark van der Berg")
        and all(_NAME_WORD.match(w) or w in NAME_PARTICLES for w in words[1:-1])
    )


def _company_run(mention: Mention) -> bool:
    """A weak run read first as a company, whose last word is a company word ("Quillo
    Labs", "Zorvex Media"): "the company" of a later sentence may stand for it, as for a
    name with a legal form."""
    words = mention.text.split()
    return (
        len(words) >= 2
        and mention.best.type in ("Organization", "Vendor")
        and words[-1] in COMPANY_WORDS
    )


def _people_of_claims(
    mentions: list[Mention], claims: list[Claim], known: dict[str, Option]
) -> list[Mention]:
    """A capitalised run a fact read as a person ("Nikolai Varga founded ...") is that
    person for the sentences after it ("He was charged"), as a named person would be.
    One a fact read as a platform ("Regulators fined Quillo") is the site that "the app"
    of a later sentence points back to; it may still be a company, so no company noun
    points back to it (discourse.Discourse.antecedent). `known` keeps the names facts read
    so for the whole document: the same bare name in a later sentence ("Toen kreeg Quillo
    problemen") is that entity too, so that "het platform" after it points to it."""
    for claim in claims:
        for c in (claim.source, claim.target):
            if c.type in ("Person", "Platform") and not c.key:
                known.setdefault(c.name, c)
    if not known:
        return mentions
    out = []
    for m in mentions:
        option = known.get(m.text) if m.kind == "weak" else None
        if option is not None and option.type == "Person":
            m = m.with_options((option,), "rule")
        elif option is not None:
            m = m.with_options((option,), "rule", {**m.extra, CLAIMED_SITE: True})
        out.append(m)
    return out


def _anonymous_group(option: Option) -> bool:
    """A protected group of plaintiffs ("two teenage boys", "fifty women")."""
    return option.type == "Person" and any(
        (name, value) in option.props
        for name, value in (("role", "plaintiffs"), ("protected", True))
    )


def _anonymous_caption(name: str) -> bool:
    """Is a caption's first party anonymous ("Doe v. Twitter", "A.M. v. Omegle"), or has
    it none ("In re Facebook")?"""
    if _IN_RE_PARTY.match(name):
        return True
    match = _CAPTION_PARTS.match(name)
    return match is not None and _ANONYMOUS.match(match.group("a").strip()) is not None


_IN_RE_PARTY: Final = re.compile(r"^In re\s+(.+)$")
_ONE_BREAK: Final = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # spaces, or one line break


def _placed_by_adjective(sentence: Sentence, first: int, language: str) -> bool:
    """Does a place preposition and an article stand before the name, with a place's
    adjective or a place noun between ("in het Duitse Traben-Trarbach", "in de stad X",
    "in de Belgische stad X")? Then it names a town."""
    tokens = sentence.tokens
    j = first - 1
    noun = j >= 0 and tokens[j].lower in PLACE_NOUNS
    if noun:
        j -= 1
    if j >= 0 and place_adjective(tokens[j].text, language):
        j -= 1
    elif not noun:
        return False
    j += 1  # the article and the preposition before the adjective (or the place noun)
    return (
        j >= 2
        and tokens[j - 1].lower in ARTICLES
        and tokens[j - 2].lower in PLACE_PREPS
        # "onderzoek naar het Duitse X": the investigated, no place
        and not (j >= 3 and tokens[j - 3].lower in CASE_NOUNS)
    )


def _kin_word(text: str, name: str, kin: frozenset[str], of: list[str]) -> tuple[str, str] | None:
    """The kin noun that makes a name the one whose kin are meant ("Adam Vale's parents",
    "the parents of Adam Vale", "de ouders van Adam"), when the sentence writes the name
    once, with the name the kin are named after: the first of a list the kin noun opens
    ("the families of Ann Vell, Bo Marsh and Cy Trent": one group, "families of Ann Vell")."""
    at = text.find(name)
    if at < 0 or text.find(name, at + 1) >= 0:
        return None
    after = text[at + len(name) :]
    if after[:2] in POSSESSIVE_ENDINGS:
        word = after[2:].split(maxsplit=1)[:1]
        if word and word[0].lower() in kin:
            return word[0].lower(), name
    before = text[:at].split()
    first = len(before)
    # back over the names listed before it: capitalised words, commas and "and"
    while first > 0 and (
        before[first - 1].lower() in AND
        or (before[first - 1][:1].isupper() and before[first - 1].lower() not in kin)
        or before[first - 1] == ","
    ):
        first -= 1
    for end in sorted({len(before), first}, reverse=True):
        if end >= 2 and before[end - 1].lower() in of and before[end - 2].lower() in kin:
            if end == len(before):
                return before[end - 2].lower(), name
            listed = " ".join(before[end:])
            if not any(w.lower() in AND or w.endswith(",") for w in before[end:]):
                continue  # "the family of Ann Vell Bo Marsh": no list
            ands = "|".join(re.escape(w) for w in sorted(AND))
            head = re.split(rf",|\s(?:{ands})\s", listed + " ")[0].strip()
            if head:
                return before[end - 2].lower(), head
    return None


def _joined_by_and(text: str, given: str, full: str) -> bool:
    """Does the text write "<given> and <full>" ("Tom and Ana Vale"), with a word of `AND`?"""
    at = text.find(f"{given} ")
    while at >= 0:
        rest = text[at + len(given) + 1 :]
        word, _, after = rest.partition(" ")
        if word in AND and after.startswith(full) and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.find(f"{given} ", at + 1)
    return False


def _described(option: Option) -> bool:
    """A person named by a description ("41-jarige man uit Zwolle", "Texas mother"): its
    last word is a town or a noun, no surname that names it again."""
    return any(key == "description" for key, _ in option.props)


def _full_name(text: str, surname: str) -> str | None:
    """The fullest personal name the document writes with this surname ("Matthew Herrick"
    for "Herrick"): one or two capitalised given names (or initials) right before it that
    start no sentence's function words and no role ("Judge Herrick", "Plaintiff Herrick")."""
    best = None
    pattern = re.compile(
        rf"((?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:{_ONE_BREAK}(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.))?){_ONE_BREAK}{re.escape(surname)}\b"
    )  # one paragraph ("... reach Reddit\n\nReddit cannot" names no "Reddit Reddit")
    # a match starts at a capital at most two words before the surname: tried only there
    # (the whole document's capitals cost far more)
    for match in finditer_near(pattern, text, occurrences(text, surname), 2, START_CAPITAL_OR_WORD):
        given = [w for w in match.group(1).split() if w != surname]
        while given and (
            given[0] in NOT_NAME_START
            or given[0].lower() in ROLES
            or given[0].lower().endswith(AGE_ENDINGS)  # "Ten-year-old X": an age, no name
        ):
            given = given[1:]
        if given and (best is None or len(given) > len(best.split()) - 1):
            best = " ".join([*given, surname])
    return best


def _word_follows(text: str, end: int) -> bool:
    """Does a word follow position `end` after one space ("U.S. law")?"""
    return end + 1 < len(text) and text[end] in " -" and text[end + 1].isalpha()


class Run:
    """One call of extract(): the document's discourse, claims and emitted facts."""

    def __init__(self, document: Document, context: LoadContext, language: str) -> None:
        self.document = document
        self.context = context
        self.language = language
        self.published = (
            normalize_date(document.published, "published") if document.published else None
        )
        # without the reference base (ingest --no-reference), no reference facts are known
        self.knowledge = reference_knowledge() if context.reference else _NO_KNOWLEDGE
        self.discourse = Discourse(self.knowledge)
        self.gazetteer = gazetteer_for(context.names, EXTRA_ALIASES, LANGUAGE_ALIASES)
        self.emitter = Emitter(document, context, self.gazetteer)
        self.claims: list[Claim] = []
        #: the case idents whose filing a sentence dates without naming its parties
        self.filed_on: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
        self.named: list[tuple[Mention, Sentence]] = []
        self.surnames: dict[str, Option] = {}
        #: Bare names a fact read as a person or a platform (_people_of_claims)
        self.claimed_names: dict[str, Option] = {}
        #: "u.s. district court" -> the one federal district court the document names
        self.trial_courts: dict[str, Option] = {}
        #: "Steadfast" of "Steadfast Networks LLC": a company by the first word of its name
        self.company_shorts: dict[str, Option] = {}
        self.typed: dict[str, tuple[str, ...]] = {}  # names a type noun introduced
        self.acronyms: dict[str, Option] = {}  # "DSA" -> the Digital Services Act's reading
        #: "Kick" of "Kick Online Entertainment S.A (Kick)": a short name the text gives
        self.short_names: set[str] = set()
        self.short_acronyms: set[str] = set()  # the two-letter ones among them ("AP")
        self.sentences_read: list[Sentence | None] = []  # None: one without names
        self.text = ""
        self.offset = 0
        self.names_elsewhere: frozenset[str] = frozenset()
        self.anchor_year: int | None = None
        self.law_years = _law_years(self.knowledge)
        self.text = ""
        self.caption_parties: list[Claim] = []  # unknown caption parties, named at the end
        # the first pass's mentions and name spans of each sentence, by index
        self.spans_of: dict[int, tuple[list[Mention], NameSpans]] = {}

    def process(self, text: str, offset: int) -> list[Entity | Relationship]:
        self.text = text
        hits = self.gazetteer.find(text, offset, self.language)
        self.discourse.named_keys |= {o.key for hit in hits for o in hit.options if o.key}
        self.names_elsewhere = _names_elsewhere(text)
        digit_names = _digit_names(text)
        self.emitter.text = text
        self.text, self.offset = text, offset
        # First the sentences that name something, with their mentions, so that a name a
        # role noun types anywhere in the text ("de Parler-app", "the site Tallow") is typed
        # in the sentences before that too; then every sentence in order.
        read: list[
            tuple[int, int, str, Sentence | None, list[Hit], tuple[Found, ...], SentenceCues | None]
        ] = []
        mentions_of: dict[int, list[Mention]] = {}
        position = 0
        for index, (start, end) in enumerate(split_sentences(text, offset)):
            while position < len(hits) and hits[position].start < start:
                position += 1
            mine = []
            while position < len(hits) and hits[position].end <= end:
                mine.append(hits[position])
                position += 1
            body = text[start - offset : end - offset]
            found, cues = recognize_sentence(body, self.language)
            if digit_names and found:
                found = _with_digit_names(body, found, digit_names)
            sentence = None
            if mine or found:
                sentence = Sentence(index, start, end, body, tokenize(body, start, self.language))
                mentions = self._mentions(sentence, mine, found)
                self.discourse.courts_named |= {
                    m.best.key or m.best.name for m in mentions if m.best.type == "Court"
                }
                spans_found = name_spans(sentence, mentions, self.language)
                self.spans_of[index] = (mentions, spans_found)
                typed_mentions(sentence, mentions, self.language, self.typed, spans_found)
                _learn_former_names(sentence, mentions, self.typed)
                self._learn_acronyms(sentence, mentions)
                mentions_of[index] = mentions
            read.append((start, end, body, sentence, mine, found, cues))
        for index in sorted(mentions_of):  # full names first: a headline may use a surname
            self._learn_surnames(mentions_of[index])
        names = {m.text for ms in mentions_of.values() for m in ms if m.kind != "weak"}
        for index in sorted(mentions_of):
            self._learn_weak_surnames(mentions_of[index], names)
        self._learn_company_shorts(mentions_of)
        self._learn_trial_courts(mentions_of)
        for index, (start, end, body, sentence, mine, found, cues) in enumerate(read):
            if sentence is None and self._may_refer(body):
                sentence = Sentence(index, start, end, body, tokenize(body, start, self.language))
            if sentence is not None:
                prepared = mentions_of.get(index)
                if prepared is None:
                    prepared = self._mentions(sentence, mine, found)
                # the next sentence: its text (a court's order told before the court) and,
                # if it names something, the first pass's sentence (what it lists)
                after = read[index + 1] if index + 1 < len(read) else None
                self.discourse.next_text = after[2] if after is not None else ""
                self._sentence(sentence, prepared, found, cues, after[3] if after else None)
                self.sentences_read.append(sentence)
            else:  # nothing that could name or point to an entity: no need for tokens
                self._update_anchor(body)
                self.discourse.history.append([])
                self.discourse.last_words = set()
                self.sentences_read.append(None)
        self._judgment_court(mentions_of)
        return self._facts()

    def _judgment_court(self, mentions_of: dict[int, list[Mention]]) -> None:
        """A published judgment names the court that gave it on a line of its own above the
        caption ("Rechtbank Noord-Holland", "Instantie: Rechtbank Den Haag"): the one
        proceeding such a document tells of, brought after that line, is heard by that
        court (unless a sentence names its court)."""
        heading: tuple[int, Option] | None = None
        for index in sorted(mentions_of):
            sentence = self.sentences_read[index] if index < len(self.sentences_read) else None
            if sentence is None:
                continue
            whole = [
                m for m in mentions_of[index]
                if m.best.type == "Court" and _own_line(sentence, m)
            ]  # fmt: skip
            if whole:
                heading = (index, whole[0].best)
                break
        if heading is None:
            return
        parties = [c for c in self.claims if c.type in ("PLAINTIFF_IN", "DEFENDANT_IN")]
        cases = {c.target.ident for c in parties}
        if len(cases) != 1 or any(c.type == "HEARD_BY" for c in self.claims):
            return
        if min(c.sentence.index for c in parties) <= heading[0]:
            return
        at = self.sentences_read[heading[0]]
        if at is not None:
            self.claims.append(
                Claim("HEARD_BY", parties[0].target, heading[1], "established",
                      f"{self.language}.judgment.court", 0.65, at)
            )  # fmt: skip

    def _link_back(self, sentence: Sentence, mentions: list[Mention], claims: list[Claim]) -> None:
        """A fact whose end this sentence only points to ("It", "the company") and the
        sentence before names: its evidence is both sentences, which together state it."""
        before = self.discourse.history[-1]
        previous = self.sentences_read[-1] if self.sentences_read else None
        if not before or previous is None or previous.end > sentence.start:
            return
        named = {o.ident for m in mentions if m.named for o in m.options}
        pointed = {o.ident for m in mentions if not m.named and m.kind != "weak" for o in m.options}
        earlier = {o.ident for m in before if m.named or m.kind == "weak" for o in m.options}
        self._join_evidence(sentence, claims, (pointed - named) & earlier, previous, sentence)

    def _link_ahead(
        self, sentence: Sentence, following: Sentence, members: list[Mention], claims: list[Claim]
    ) -> None:
        """A fact of a counted group's member that the next sentence names ("Two men were
        charged. They are A and B."): its evidence is both sentences."""
        idents = {o.ident for m in members for o in m.options}
        self._join_evidence(sentence, claims, idents, sentence, following)

    def _join_evidence(
        self,
        sentence: Sentence,
        claims: list[Claim],
        ends: set[tuple[str, str]],
        first: Sentence,
        last: Sentence,
    ) -> None:
        """The sentence's claims with an end in `ends` get as their evidence the text from
        `first`'s start to `last`'s end (one joined sentence, with this one's tokens)."""
        joined: Sentence | None = None
        for claim in claims:
            if claim.sentence is not sentence:
                continue
            if claim.source.ident in ends or claim.target.ident in ends:
                if joined is None:
                    text = self.text[first.start - self.offset : last.end - self.offset]
                    joined = Sentence(first.index, first.start, last.end, text, sentence.tokens)
                claim.sentence = joined

    def _learn_acronyms(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """ "the Digital Services Act (DSA)", "FOSTA, the Allow States ... Act": the
        acronym is that name for the whole document (its letters are the name's initials)."""
        tokens = sentence.tokens
        for mention in mentions:
            if mention.kind == "weak" and not mention.extra.get("acronym"):
                _initialled_organisation(sentence, mention)
            if mention.kind == "weak" or mention.extra.get("acronym"):
                continue
            j = mention.last
            if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
                acronym = tokens[j + 1].text
            elif (
                j + 4 < len(tokens)
                and tokens[j].text == "("
                and tokens[j + 1].text in _QUOTES
                and tokens[j + 3].text in _QUOTES
                and tokens[j + 4].text == ")"
            ):  # "the Office of the Privacy Commissioner (“OPC”)": a defined term's quotes
                acronym = tokens[j + 2].text
            elif _known_as(tokens, j):  # "... Act, known as FOSTA", "..., kortweg DSA"
                k = _known_as(tokens, j)
                acronym = tokens[k].text
                if (
                    k + 1 < len(tokens)
                    and tokens[k + 1].text == "Act"
                    and tokens[mention.last - 1].text == "Act"
                ):  # "... Parental Empowerment Act, or SCOPE Act": the short title whole
                    acronym = f"{acronym} Act"
            elif (
                mention.first >= 3
                and tokens[mention.first - 1].lower in ARTICLES
                and tokens[mention.first - 2].text == ","
            ):
                acronym = tokens[mention.first - 3].text
            else:
                continue
            letters = acronym.removesuffix(" Act")
            short = _short_name(acronym, mention) or _contracts(acronym, mention.text)
            if short or (letters != acronym and _abbreviates(letters, mention.text)):
                self.short_names.add(acronym)
            if acronym not in self.acronyms and (short or _abbreviates(letters, mention.text)):
                option = mention.best
                self.acronyms[acronym] = Option(
                    option.type, option.name, option.key, option.props,
                    (*option.aliases, acronym),
                )  # fmt: skip
                if len(acronym) == 2 and acronym.isupper():
                    self.short_acronyms.add(acronym)

    def _learn_implied_acronyms(self, mentions: list[Mention]) -> None:
        """ "the Digital Services Act" ... "since the DSA took effect": an acronym the text
        never spells out is the one law or organisation named before it whose words'
        initials it is, exactly (all of them, or those of its capitalised words). The
        reference base knows the usual ones; this serves the names it does not know."""
        for mention in mentions:
            text = mention.text
            if (
                text in self.acronyms
                or any(o.key for o in mention.options)
                or not (3 <= len(text) <= 6 and text.isalpha() and text.isupper())
            ):
                continue
            found = {
                option.name: option
                for named, _ in self.named
                for option in named.options[:1]
                if option.type in _IMPLIED_ACRONYM_TYPES and _initials_of(option.name, text)
            }
            if len(found) == 1:
                option = next(iter(found.values()))
                self.acronyms[text] = Option(
                    option.type, option.name, option.key, option.props, (*option.aliases, text)
                )

    def _with_short_acronyms(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """ "De Autoriteit Persoonsgegevens (AP) ... aldus de AP": a two-letter acronym is
        no name candidate of its own (too many words are written so), but once the
        document has spelt it out, it names that entity where no other name covers it."""
        out = list(mentions)
        for i, token in enumerate(sentence.tokens):
            if token.text not in self.short_acronyms:
                continue
            if any(m.first <= i < m.last for m in mentions):
                continue
            option = self.acronyms[token.text]
            out.append(Mention(token.start, token.end, i, i + 1, token.text, (option,),
                               "name" if option.key else "rule", extra={"rule": "acronym"}))  # fmt: skip
        if len(out) > len(mentions):
            out.sort(key=lambda m: m.start)
        return out

    def _acronym(self, mention: Mention) -> Mention:
        """A weak acronym the document spelt out is the spelt-out name; so is a short name
        the text gave in parentheses, wherever it is written."""
        if (mention.kind != "weak" or not mention.extra.get("acronym")) and not (
            mention.text in self.short_names
            and mention.kind in ("weak", "rule")
            and not any(o.key for o in mention.options)
        ):
            return mention
        option = self.acronyms.get(mention.text)
        if option is None:
            return mention
        kind = "name" if option.key else "rule"
        return mention.with_options((option,), kind, {"rule": "acronym"})

    def _short_sections(self) -> None:
        """ "Section 230 of the Communications Decency Act" and "Section 230" in one text
        are one provision: named by its short form, the long one an alias."""
        options = [o for c in self.claims for o in (c.source, c.target)]
        options += [o for m, _ in self.named for o in m.options]
        shorts = {o.name for o in options if o.type == "Law" and _SHORT_SECTION.fullmatch(o.name)}
        for option in options:
            if option.type != "Law" or option.key or option.ident in self.emitter.keys:
                continue
            match = _LONG_SECTION.match(option.name)
            if match and match.group(1) in shorts:
                short = match.group(1)
                self.emitter.keys[option.ident] = (entity_key("Law", short), short)

    def _known_caption(self, mention: Mention) -> Mention:
        """A caption that writes a known case's plaintiff in full ("Serena Fleites v.
        MindGeek") or its defendant's legal form differently is that known case, when the
        caption without the plaintiff's given names or the legal form is one of its names."""
        option = mention.options[0] if mention.options else None
        if option is None or option.type != "Case" or option.key or not mention.named:
            return mention
        match = _CAPTION_PARTS.match(option.name)
        if match is None:
            return mention
        plaintiff = match["a"].split()
        defendant = match["b"].strip()
        plaintiffs = [plaintiff[-1]] if len(plaintiff) > 1 else []
        defendants = [defendant, _LEGAL_TAIL.sub("", defendant)]
        for a in [match["a"].strip(), *plaintiffs]:
            for b in dict.fromkeys(defendants):
                if a == match["a"].strip() and b == defendant:
                    continue
                refs = self.context.names.find(f"{a} v. {b}", ["Case"])
                if len(refs) == 1:
                    known = Option("Case", refs[0].name, refs[0].key)
                    return Mention(
                        mention.start, mention.end, mention.first, mention.last,
                        mention.text, (known,), mention.kind, mention.group, mention.extra,
                    )  # fmt: skip
        return mention

    def _news_outlet(self, sentence: Sentence, mention: Mention, news: frozenset[str]) -> Mention:
        """A known name right after a news outlet's noun ("persbureau AP") is that outlet, a
        new organisation under the text's name and no party, not the office the reference
        base knows by the same letters (the Autoriteit Persoonsgegevens)."""
        if (
            mention.first == 0
            or mention.kind == "coref"
            or sentence.lowers[mention.first - 1] not in news
            or not any(o.key for o in mention.options)
        ):
            return mention
        self.discourse.non_parties.add(mention.text.casefold())
        outlet = Option("Organization", mention.text)
        return mention.with_options((outlet,), "rule", {"rule": "news"})

    def _typed_acronym(self, mention: Mention) -> Mention:
        """A typed name that is an acronym the document spelt out is the spelt-out name,
        when the types agree."""
        option = self.acronyms.get(mention.text)
        if option is None or mention.option_for((option.type,)) is None:
            return mention
        kind = "name" if option.key else "rule"
        return mention.with_options((option,), kind, {"rule": "acronym"})

    def _mentions(
        self, sentence: Sentence, hits: list[Hit], found: tuple[Found, ...]
    ) -> list[Mention]:
        return [
            m
            for m in build_mentions(sentence, hits, self.language, found, self.names_elsewhere)
            if m.kind != "skip"
        ]

    def _may_refer(self, text: str) -> bool:
        """Could a sentence without names still hold a mention: a surname met earlier, or
        a head noun that points back (a cheap test on the text, before tokenising)?"""
        if any(surname in text for surname in self.surnames):
            return True
        lowered = text.lower()  # every token's lower case is a slice of it
        if lowered.split(None, 1)[:1] and lowered.split(None, 1)[0] in PRONOUNS.get(
            self.language, {}
        ):
            return True
        persons = PERSON_PRONOUNS.get(self.language, frozenset())
        if any(p in lowered for p in persons) and not persons.isdisjoint(
            w.strip(_WORD_PUNCTUATION) for w in lowered.split()
        ):  # "Justitie verdenkt hem van witwassen": a person named before
            return True
        siblings = SIBLING_NOUNS.get(self.language, frozenset())
        if any(s in lowered for s in siblings) and not siblings.isdisjoint(
            w.strip(_WORD_PUNCTUATION) for w in lowered.split()
        ):  # "the brother of X, Nikolai": a person by given name (Run._siblings)
            return True
        return any(word in lowered for word in _pointing_heads(self.language))

    def _update_anchor(self, text: str) -> None:
        """The last year a sentence names anchors relative dates in the next ones."""
        years = _YEAR.findall(text) if _may_hold_year(text) else []
        if years:
            self.anchor_year = int(years[-1])

    def _sentence(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        found: tuple[Found, ...],
        cues: SentenceCues | None = None,
        following: Sentence | None = None,
    ) -> None:
        """`cues`: the sentence cue pass recognize made (its dates and places serve here);
        `following`: the first pass's next sentence, if it names something."""
        computed = self.spans_of.get(sentence.index)
        self._learn_implied_acronyms(mentions)
        if self.acronyms:
            mentions = [self._acronym(m) for m in mentions]
            if self.short_acronyms:
                mentions = self._with_short_acronyms(sentence, mentions)
        mentions = [self._known_caption(m) for m in mentions]
        spans_found: NameSpans | None = None
        if computed is not None and _same_mentions(computed[0], mentions):
            spans_found = computed[1]  # the first pass's spans, for the same mentions
        typed = typed_mentions(sentence, mentions, self.language, self.typed, spans_found)
        if typed and self.acronyms:  # "FOSTA is a federal law": still the spelt-out Act
            typed = [self._typed_acronym(m) for m in typed]
        if typed:  # a name a type noun introduces replaces the weak reading of its words
            mentions = [
                m for m in mentions
                if not any(not (m.last <= t.first or m.first >= t.last) for t in typed)
            ] + typed  # fmt: skip
        mentions = _with_places(
            sentence, mentions, self.language, cues.places if cues is not None else None
        )
        mentions = _with_governments(sentence, mentions, self.language)
        pseudonyms: list[Mention] = []
        if not PSEUDONYM_NOUNS.isdisjoint(sentence.lowers):
            pseudonyms = [m for m in mentions if _pseudonym(sentence, m)]
        if self.surnames:
            mentions = [self._titled_surname(m) for m in mentions]
        surnames = self._surnames(sentence, mentions)
        if surnames:
            spans = {(m.first, m.last) for m in surnames}
            initials = {m.first for m in surnames if m.last - m.first == 2}
            mentions = [
                m for m in mentions
                if not (m.kind == "weak" and (m.first, m.last) in spans)
                and not (m.first in initials and m.last - m.first == 1)
            ]  # fmt: skip
            mentions += surnames
        if not SIBLING_NOUNS.get(self.language, frozenset()).isdisjoint(sentence.lowers):
            siblings = self._siblings(sentence, mentions)
            if siblings:  # the given name's weak reading gives way
                spans = {(m.first, m.last) for m in siblings}
                mentions = [
                    m for m in mentions if not (m.kind == "weak" and (m.first, m.last) in spans)
                ] + siblings
        if self.company_shorts:
            mentions = [self._company_short(m) for m in mentions]
        if self.trial_courts:
            mentions = [self._trial_court(m) for m in mentions]
        if pseudonyms:  # no party by any of its words ("the alias Night Owl": not "Owl")
            mentions = [
                m for m in mentions
                if all(m.last <= p.first or m.first >= p.last for p in pseudonyms)
            ]  # fmt: skip
        for mention in mentions:  # "Twitter users", "a Google spokesperson": a modifier
            if (
                mention.last < len(sentence.tokens)
                and mention.kind != "coref"
                and (sentence.lowers[mention.last] in HEAD_NOUNS_AFTER)
            ):
                mention.extra["qualifies"] = True
        news = NEWS_NOUNS.get(self.language)
        if news and not news.isdisjoint(sentence.lowers):
            mentions = [self._news_outlet(sentence, m, news) for m in mentions]
        for mention in mentions:  # "attorney Annie McAdams": never a party, by any name
            if mention.options and (
                _non_party_role_before(sentence, mention)
                or _non_party_role_after(sentence, mention)
            ):
                words = mention.options[0].name.split()
                if len(words) >= 2:
                    self.discourse.non_parties.update(
                        {mention.options[0].name.casefold(), words[-1].casefold()}
                    )
        for mention in mentions:  # "Quellman Rhode law firm, which is suing X": counsel
            if (
                mention.options
                and mention.kind != "coref"
                and _law_firm(sentence, mention, mentions, self.language)
            ):
                self.discourse.non_parties.add(mention.options[0].name.casefold())
        mentions = self.discourse.definite_names(sentence, mentions, self.language)
        mentions += self.discourse.resolve(
            sentence, [m for m in mentions if m.kind != "weak"], self.language
        )
        mentions += _speaker_pronouns(sentence, mentions, self.language)
        mentions += _reported_pronouns(sentence, mentions, self.language)
        members: list[Mention] = []
        if following is not None:  # "Two men were charged. They are A and B."
            members = counted_members(
                sentence, mentions, following, self.spans_of[following.index][0],
                self.language, self.discourse,
            )  # fmt: skip
            if members:
                lo, hi = members[0].first, members[0].last
                mentions = [
                    m for m in mentions
                    if m.last <= lo or m.first >= hi or m.extra.get("adjective")
                ] + members  # fmt: skip
        if not in_span_order(mentions):
            mentions.sort(key=span_key)
        self.named += [(m, sentence) for m in mentions if m.named]
        for mention in mentions:
            if mention.named and mention.best.type == "Case":
                self.discourse.case_for(mention.best).named = True
        anchor = self.anchor_year  # relative dates here are read against the years before
        self._update_anchor(sentence.text)
        if mentions:
            frame_mentions = mentions
            listed: list[tuple[Option, Option]] = []
            if "(" in sentence.text:
                listed_spans, listed = _bracketed_platforms(sentence, mentions)
                if listed_spans:  # the names listed after a name are no ends of its clause
                    frame_mentions = [
                        m for m in mentions
                        if not any(lo <= m.first and m.last <= hi for lo, hi in listed_spans)
                    ]  # fmt: skip
            frames = SentenceFrames(
                sentence, frame_mentions, self.language, anchor, self.published,
                self.discourse, self.context.ontology, self.law_years,
            )  # fmt: skip
            if cues is not None:
                frames.date_cues = cues.dates
            note_introduced_officials(frames)
            matches: list[tuple[Rule, int, int]] = _matcher(self.language)(
                sentence.tokens, sentence.lowers, sentence.lemmas, sentence.words
            )
            matches.sort(key=_lawsuits_first)
            before = len(self.claims)
            for rule, t0, t1 in matches:
                if not rule.noun and _kind_of_noun(sentence, t0, t1, self.language):
                    continue
                self.claims += apply_rule(frames, rule, t0, t1)
            self.claims += _law_modifiers(frames, self.claims[before:])
            if len(self.claims) - before > 1:
                self.claims[before:] = _one_direction(self.claims[before:])
                _ruled_laws(self.claims[before:])
            if not FILING_VERBS.get(self.language, frozenset()).isdisjoint(frames.words):
                filed = _filing_date(frames, self.claims[before:])
                if filed is not None:
                    self.filed_on.setdefault(filed[0], filed[1])
            for claim in self.claims[before:]:  # a new person in a fact: later by surname
                for option in (claim.source, claim.target):
                    words = option.name.split()
                    if (
                        option.type == "Person"
                        and not option.key
                        and 2 <= len(words) <= 4
                        and not _described(option)
                    ):
                        self.surnames.setdefault(words[-1], option)
            self.claims += self._role_claims(frames, mentions, found)
            self.claims += self._founder_appositions(frames, mentions)
            owned = _possessive_owners(frames, mentions, self.language)
            behind = {
                c.target.ident: c.source.ident for c in owned if c.rule.endswith(_BEHIND_OWNS)
            }
            if behind:  # "the company behind X was sued by Y": the company owns X, not Y
                self.claims[before:] = [
                    c for c in self.claims[before:]
                    if c.type != "OWNS" or behind.get(c.target.ident, c.source.ident) == c.source.ident
                ]  # fmt: skip
            self.claims += owned
            for owner, platform in listed:
                self.claims.append(
                    Claim("OWNS", owner, platform, "established",
                          f"{self.language}.bracket.owns", 0.75, sentence)
                )  # fmt: skip
            self.claims += self._caption_claims(frames, mentions)
            self.claims += jurisdiction_claims(frames)
            self.claims += _cofounders(frames, mentions, self.claims[before:])
            if len(self.claims) > before and self.discourse.history:
                self._link_back(sentence, mentions, self.claims[before:])
            if members and following is not None:
                self._link_ahead(sentence, following, members, self.claims[before:])
            for claim in self.claims[before:]:  # "X Inc., the parent of the app Y"
                if claim.type == "OWNS" and claim.source.type == "Organization":
                    self.discourse.owners[claim.target.ident] = claim.source
            mentions = _people_of_claims(mentions, self.claims[before:], self.claimed_names)
        for mention in mentions:  # "Vorige week heeft de Ksa ...": a subject after its verb
            if mention.first > 1 and v2_subject(sentence, mention.first, self.language):
                mention.extra["v2_subject"] = True
        self.discourse.history.append(
            [m for m in mentions if m.kind != "weak" or _person_run(m) or _company_run(m)]
        )
        self.discourse.last_words = sentence.words  # read only, never changed

    def _learn_surnames(self, mentions: list[Mention]) -> None:
        """The surname of each person these mentions name in full ("Pavel Durov")."""
        for mention in mentions:
            person = mention.best
            if (
                mention.kind in ("name", "rule")
                and person.type == "Person"
                and not _described(person)
            ):
                parts = person.name.split()
                surface = mention.text.split()
                if mention.extra.get("rule") == "honorific":
                    surface = parts  # "Mr. Lasarow": the title is no given name
                for words in (parts, surface):
                    if len(words) >= 2 and words[-1][:1].isupper():
                        self.surnames.setdefault(words[-1], person)

    def _learn_weak_surnames(self, mentions: list[Mention], names: set[str]) -> None:
        """A two-word run only a person can be ("Nikolai Varga", read by no role) whose
        given name the document never writes without the surname, and whose surname is no
        name of its own in the document ("Via OnlyFans"): its surname alone ("Prosecutors
        charged Varga") is that person too."""
        for mention in mentions:
            words = mention.text.split()
            if (
                mention.kind != "weak"
                or len(words) != 2
                or any(o.type != "Person" for o in mention.options)
                or mention.text.casefold() in self.typed
                or words[1] in self.surnames
                or words[1] in names
                or words[0] in NOT_NAME_START
                or not all(_NAME_WORD.match(w) for w in words)  # "OnlyFans": a brand
                # a sentence's first word may be any word ("Via Chatterbox kunnen ...")
                or (mention.first == 0 and not _unknown_word(words[0], self.language))
                or words[1].casefold() in self.typed
            ):
                continue
            given, surname = words
            if not _written_alone(self.text, given, surname):
                self.surnames[surname] = mention.best

    def _learn_company_shorts(self, mentions_of: dict[int, list[Mention]]) -> None:
        """The first word of a company's name that no list knows, which ends in a legal form
        or a company word ("Steadfast Networks LLC", "Zorbix Media"): the text's later
        "Steadfast" is that company, as a person's surname is the person. Not a word that
        opens two companies' names, nor a person's surname."""
        found: dict[str, Option | None] = {}
        for index in sorted(mentions_of):
            for mention in mentions_of[index]:
                option = mention.best
                words = mention.text.split()
                if (
                    mention.kind not in ("rule", "weak")
                    or option.key is not None
                    or option.type not in ("Organization", "Vendor")
                    or len(words) < 2
                    or not (words[-1] in COMPANY_WORDS or words[-1].lower() in LEGAL_FORMS)
                ):
                    continue
                first = words[0]
                if len(first) < 3 or not first.isalpha() or not first[:1].isupper():
                    continue
                known = found.get(first, option)
                if known is None or _bare(known.name) != _bare(option.name):
                    found[first] = None  # two companies open with the word: neither
                elif first not in found:
                    found[first] = option
        self.company_shorts = {
            word: option
            for word, option in found.items()
            if option is not None and word not in self.surnames and word not in NOT_NAME_START
        }

    def _learn_trial_courts(self, mentions_of: dict[int, list[Mention]]) -> None:
        """The one trial court of a system the document names by its district ("the
        Southern District of New York", also in a prosecutor's title): the court a generic
        "U.S. District Court" of the document stands for (recognize.generic_trial_courts).
        With none or several named, the generic name stays."""
        generic = generic_trial_courts()
        starts = set(generic.values())
        named: dict[str, dict[str, Option]] = {}
        for mentions in mentions_of.values():
            for mention in mentions:
                option = mention.option_for(("Court",))
                if option is None:
                    continue
                lower = option.name.lower()
                for start in starts:
                    if lower.startswith(start):
                        named.setdefault(start, {})[lower] = option
        self.trial_courts = {
            written: next(iter(named[start].values()))
            for written, start in generic.items()
            if len(named.get(start, {})) == 1
        }

    def _trial_court(self, mention: Mention) -> Mention:
        """A generic trial court's name (see _learn_trial_courts): the one court named."""
        court = mention.option_for(("Court",))
        if court is None or court.key is not None:
            return mention
        option = self.trial_courts.get(court.name.lower())
        if option is None:
            return mention
        return mention.with_options((option,))

    def _company_short(self, mention: Mention) -> Mention:
        """A one-word name that is the first word of a company's name learnt above: that
        company, in each company reading of the mention, read first (its other readings
        stay after them)."""
        if mention.last - mention.first != 1 or mention.kind not in ("rule", "weak"):
            return mention
        word = without_possessive(mention.text)
        full = self.company_shorts.get(word)
        if full is None or any(o.key for o in mention.options):
            return mention
        renamed = tuple(
            Option(o.type, full.name, None, o.props, (*o.aliases, word))
            for o in mention.options
            if o.type in ("Organization", "Vendor")
        )
        if not renamed:
            return mention  # "the site Steadfast": read only as a site
        # the company's readings first, as the full name reads ("sued Zorbix": the company)
        options = (
            *renamed,
            *(o for o in mention.options if o.type not in ("Organization", "Vendor")),
        )
        return mention.with_options(options)

    def _titled_surname(self, mention: Mention) -> Mention:
        """ "Mr. Lasarow" in a document that names Avrom Lasarow: that person."""
        if mention.extra.get("rule") != "honorific":
            return mention
        option = self.surnames.get(mention.best.name)
        if option is None or option is mention.best:
            return mention
        return mention.with_options((option,))

    def _surnames(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """A person named in full elsewhere in the document is called by surname
        ("Ferrer pleaded"), also in a headline above the full name ("Durov charged")."""
        self._learn_surnames(mentions)
        out: list[Mention] = []
        if not any(surname in sentence.text for surname in self.surnames):
            return out
        taken = {
            i for m in mentions if m.kind != "weak" or m.last - m.first > 1
            for i in range(m.first, m.last)
        }  # fmt: skip
        tokens = sentence.tokens
        inner = {i for m in mentions for i in range(m.first + 1, m.last)}  # "Bab K.": its K
        for i, token in enumerate(tokens):
            word = without_possessive(token.text)
            option: Option | None = self.surnames.get(word)
            if option is None and _initial_token(tokens, i) and i not in inner:
                # "Bab K. ... K. wordt vervolgd": a suspect named by the initial of the
                # surname is called by that initial, whatever one-letter name it spells
                option = self.surnames.get(f"{word}.")
                if option is not None:
                    out.append(
                        Mention(token.start, tokens[i + 1].end, i, i + 2, f"{word}.", (option,))
                    )
                continue
            if option is None or i in taken:
                continue
            out.append(Mention(token.start, token.start + len(word), i, i + 1, word, (option,)))
        return out

    def _siblings(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """A sibling called by the given name alone beside the person it is kin of ("X's
        brother Nikolai", "the brother of X, Nikolai", "his brother, Nikolai", "de broer
        van X, Nikolaj"): a person with that given name and the surname of X (the person
        named last in the document for a possessive pronoun)."""
        tokens = sentence.tokens
        siblings = SIBLING_NOUNS.get(self.language, frozenset())
        out: list[Mention] = []
        for i, token in enumerate(tokens):
            if token.lower not in siblings:
                continue
            kin: Option | None = None
            j = i + 1
            before = next((m for m in mentions if m.last == i), None)
            anchor = None
            if before is not None and possessive(tokens[i - 1].text):
                kin, anchor = self._person_named(before), before  # "X's brother Nikolai"
            elif i > 0 and tokens[i - 1].lower in POSSESSIVES:
                # "his brother Nikolai": the person named before it in the sentence, or else
                # the person the sentences before named last
                here = [
                    m for m in mentions
                    if m.last < i and m.kind != "coref" and m.best.type == "Person"
                ]  # fmt: skip
                kin = here[-1].best if here else self._last_person()
            elif j < len(tokens) and tokens[j].lower in OF:
                # "the brother of X, Nikolai" (X a name found, or a surname alone)
                after = next((m for m in mentions if m.first == j + 1), None)
                k = after.last if after is not None else j + 2
                if k >= len(tokens) or tokens[k].text != ",":
                    continue
                if after is not None:
                    kin, anchor = self._person_named(after), after
                else:
                    kin = self._person_by_surname(tokens[j + 1].text)
                j = k
            if kin is None or kin.type != "Person" or len(kin.name.split()) < 2:
                continue
            if j < len(tokens) and tokens[j].text == ",":
                j += 1
            given = tokens[j] if j < len(tokens) else None
            if (
                given is None
                or not given.text.isalpha()
                or not given.text[:1].isupper()
                or (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper())
                or any(m.first <= j < m.last and m.kind != "weak" for m in mentions)
            ):
                continue  # one capitalised word: a given name alone, no name of its own
            if anchor is not None:  # a pronoun after points to the sibling, not to X
                anchor.extra["kin_anchor"] = True
            option = Option("Person", f"{given.text} {kin.name.split()[-1]}")
            out.append(Mention(given.start, given.start + len(given.text), j, j + 1,
                               given.text, (option,)))  # fmt: skip
        return out

    def _person_named(self, mention: Mention) -> Option | None:
        """The person a mention names: its own reading, or the person of the sentences
        before whose surname it is ("Jan Dekkers ... de broer van Dekkers")."""
        if mention.best.type == "Person":
            return mention.best
        return self._person_by_surname(without_possessive(mention.text))

    def _person_by_surname(self, word: str) -> Option | None:
        """The person of the sentences before, latest first, whose surname the word is."""
        for mentions in reversed(self.discourse.history):
            for m in reversed(mentions):
                if m.best.type == "Person" and m.best.name.split()[-1] == word:
                    return m.best
        return None

    def _last_person(self) -> Option | None:
        """The person the sentences before named last (what "his" or "zijn" stands for)."""
        for mentions in reversed(self.discourse.history):
            persons = [m for m in mentions if m.best.type == "Person"]
            if persons:
                return persons[-1].best
        return None

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
            # an unknown name a role is of is read as a site first ("founder of Megaupload")
            targets = sorted(rel_type.target_types(), key=lambda t: t != "Platform")
            owner = next(
                (m for m in mentions if m.start <= start < m.end and m.option_for(targets)), None
            )
            owned = owner.option_for(targets) if owner is not None else None
            if owner is None:
                owned = self._role_owner(frames.sentence, role_of, targets)
            if owned is None or frames.negated(mention.first, mention.last):
                continue
            t0 = min(mention.first, owner.first if owner else frames.sentence.token_at(start))
            on, start, end = frames.dates_for(t0, False, relation)
            claims.append(
                Claim(relation, mention.best, owned,
                      _role_status(frames, t0, mention.last),
                      f"{self.language}.role.{relation.lower()}",
                      0.85, frames.sentence, on, start, end)
            )  # fmt: skip
        return claims

    def _role_owner(
        self, sentence: Sentence, role_of: tuple[int, int], targets: list[str] | tuple[str, ...]
    ) -> Option | None:
        """The company of a role that no list knows ("Telegram-oprichter X", "Zorblat
        founder X"): one capitalised word, joined to the role by a hyphen, or a word that
        is a name elsewhere in the text or no ordinary word; typed by the relation's slot."""
        lo, hi = role_of
        name = sentence.text[lo:hi]
        if (
            not name[:1].isupper()
            or not name.replace("-", "").isalnum()
            or name in NOT_NAME_START
            or not targets
        ):
            return None
        if place_adjective(name, self.language) and sentence.text[hi + 1 : hi + 2].islower():
            return None  # "de eigenaar van het Bergse hotel": a place's adjective, no name
        hyphen = sentence.text[hi : hi + 1] == "-"
        if (
            not hyphen
            and name not in self.names_elsewhere
            and not _unknown_word(name, self.language)
        ):
            return None
        return Option(targets[0], name)

    def _founder_appositions(self, frames: SentenceFrames, mentions: list[Mention]) -> list[Claim]:
        """ "its founders, Michael Lacey and James Larkin", "Die Gründer X und Y": the names
        right after a founders head (which points to what was founded) founded it."""
        claims: list[Claim] = []
        tokens = frames.tokens
        done: set[int] = set()
        for mention in mentions:
            target = mention.extra.get("founders_of")
            if not isinstance(target, Option) or mention.last in done:
                continue
            done.add(mention.last)
            j = mention.last
            while j < len(tokens) and tokens[j].text in (",", ":"):
                j += 1
            first = next(
                (m for m in mentions if m.first == j and m.kind != "group"
                 and "founders_of" not in m.extra and m.option_for(("Person",)) is not None),
                None,
            )  # fmt: skip
            if first is None or frames.negated(mention.first, first.last):
                continue
            on, start, end = frames.dates_for(mention.first, False, "FOUNDED")
            status = frames.status(mention.first, first.last, None, False)
            for _, option in frames.coordinated(first, ("Person",)):
                claims.append(
                    Claim("FOUNDED", option, target, status, f"{self.language}.apposition.founded",
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
            for court in mentions:  # "Herrick v. Grindr, LLC, ... (S.D.N.Y. 2017)"
                option = court.option_for(("Court",))
                if option is not None and _cited(frames, mention, court):
                    claims.append(
                        Claim("HEARD_BY", case, option, "established",
                              f"{self.language}.caption.court", 0.7, frames.sentence)
                    )  # fmt: skip
            match = _CAPTION_PARTS.match(mention.text)
            if match is None:
                continue
            for relation, text in (("PLAINTIFF_IN", match["a"]), ("DEFENDANT_IN", match["b"])):
                status = "alleged" if relation == "DEFENDANT_IN" else "established"
                options = self._parties(text, case, relation)
                if not options and self._unknown_party(text):
                    # named at the end, when the whole document is read ("Herrick" is
                    # "Matthew Herrick" a sentence later)
                    self.caption_parties.append(
                        Claim(relation, Option("Person", text), case, status,
                              f"{self.language}.caption.open", 0.65, frames.sentence)
                    )  # fmt: skip
                for option in options:
                    claims.append(
                        Claim(relation, option, case, status, f"{self.language}.caption", 0.7,
                              frames.sentence)
                    )  # fmt: skip
        return claims

    def _name_late_plaintiffs(self) -> None:
        """A case first told without its bringer ("Meta fined €17m by Ireland's data
        watchdog") whose plaintiff a later sentence names ("The Data Protection Commission
        has imposed a fine on Meta") is called after that plaintiff, as a caption would be."""
        first: dict[tuple[str, str], Option] = {}
        for claim in self.claims:
            case = claim.target
            if (
                claim.type == "PLAINTIFF_IN"
                and not case.key
                and case.name.startswith(_UNNAMED_BRINGER)
                and case.ident not in first
            ):
                first[case.ident] = claim.source
        if not first:
            return
        renamed: dict[tuple[str, str], Option] = {}
        for ident, plaintiff in first.items():
            case = next(c.target for c in self.claims if c.target.ident == ident)
            # a group of plaintiffs is named after the case it joined ("Seven families in
            # Plaintiffs v. X"): the case takes the group's description, the group the
            # case's new name ("Seven families in Seven families v. X")
            own = group_in_case("", case.name)
            rest = case.name[len(_UNNAMED_BRINGER) - len(" v. ") :]  # " v. X (2023)"
            name = plaintiff.name.removesuffix(own) + rest
            renamed[ident] = Option(case.type, name, None, case.props, case.aliases)
            for claim in self.claims:
                group = claim.source
                if claim.target.ident == ident and not group.key and group.name.endswith(own):
                    renamed[group.ident] = Option(
                        group.type, group_in_case(group.name.removesuffix(own), name), None,
                        group.props, group.aliases,
                    )  # fmt: skip
        for claim in self.claims:
            if claim.source.ident in renamed:
                claim.source = renamed[claim.source.ident]
            if claim.target.ident in renamed:
                claim.target = renamed[claim.target.ident]

    def _name_described_plaintiffs(self) -> None:
        """A case's one plaintiff first told by a description ("a Florida mother has sued
        X") whom a later sentence names as the one who says or alleges something of the suit
        ("In a lawsuit filed Tuesday, Dana Holt said X ...") is that named person."""
        described: dict[tuple[str, str], Option] = {}
        for claim in self.claims:
            if claim.type == "PLAINTIFF_IN" and not claim.source.key and _described(claim.source):
                described.setdefault(claim.target.ident, claim.source)
        for case, plaintiff in described.items():
            bringers = {c.source.ident for c in self.claims
                        if c.type == "PLAINTIFF_IN" and c.target.ident == case}  # fmt: skip
            defendants = [c.source.name for c in self.claims
                          if c.type == "DEFENDANT_IN" and c.target.ident == case]  # fmt: skip
            named_bringers = [
                c.source for c in self.claims
                if c.type == "PLAINTIFF_IN" and c.target.ident == case
                and c.source.ident != plaintiff.ident
            ]  # fmt: skip
            if named_bringers and all(
                o.type == "Person" and o.key is None and not _described(o) for o in named_bringers
            ):
                # "A Texas mother has sued X. The lawsuit was filed by Dana Holt": the
                # persons the suit's filing names are the ones described
                self.claims = [
                    c for c in self.claims
                    if not (c.type == "PLAINTIFF_IN" and c.target.ident == case
                            and c.source.ident == plaintiff.ident)
                ]  # fmt: skip
                continue
            named = self._claiming_person(defendants)
            if named is None or not bringers <= {plaintiff.ident, named.ident}:
                continue  # (the named one may be a plaintiff already: "Y accuses X")
            for claim in self.claims:
                if claim.source.ident == plaintiff.ident:
                    claim.source = named

    def _kin_of_named(self) -> None:
        """A person named only to say whose kin act ("Adam Vale's parents sued X", "de
        ouders van Adam Vale klagen X aan") is no plaintiff and owns nothing: the kin bring
        the suit, a group described by that kinship ("parents of Adam Vale"), which the
        persons the document names as plaintiffs of the same case already are."""
        kin = KIN_NOUNS.get(self.language, frozenset())
        of = sorted(OF_WORDS.get(self.language, frozenset()))
        if not kin or not of:
            return
        groups: dict[int, Option] = {}
        dropped: set[int] = set()
        for index, claim in enumerate(self.claims):
            source = claim.source
            if claim.type not in ("PLAINTIFF_IN", "OWNS") or source.key is not None:
                continue
            # (a lone given name may read as a company: "de moeder van Adam")
            if source.type != "Person" and not (
                source.type == "Organization" and " " not in source.name
            ):
                continue
            text = claim.sentence.text
            kin_of = _kin_word(text, source.name, kin, of)
            if kin_of is None:
                continue
            if claim.type == "OWNS":  # "X's parents said Y ...": no parent company
                dropped.add(index)
                continue
            word, first = kin_of
            name = f"{word} {of[0]} {first}"
            groups[index] = Option("Person", name, props=(("description", name),))
        if not groups and not dropped:
            return
        persons: dict[tuple[str, str], int] = {}  # case -> other person plaintiffs
        for index, claim in enumerate(self.claims):
            if (
                claim.type == "PLAINTIFF_IN"
                and index not in groups
                and claim.source.type == "Person"
            ):
                persons[claim.target.ident] = persons.get(claim.target.ident, 0) + 1
        kept = []
        cases: dict[tuple[str, str], Option] = {}  # "Adam Vale v. X": "parents of Adam Vale v. X"
        for index, claim in enumerate(self.claims):
            if index in dropped:
                continue
            group = groups.get(index)
            if group is not None:
                if persons.get(claim.target.ident):
                    continue  # the kin are the persons the case names as its plaintiffs
                case = claim.target
                if not case.key and case.name.startswith(f"{claim.source.name} v. "):
                    rest = case.name[len(claim.source.name) :]
                    cases[case.ident] = Option(case.type, group.name + rest, None, case.props)
                claim.source = group
            kept.append(claim)
        for claim in kept:
            if claim.target.ident in cases:
                claim.target = cases[claim.target.ident]
            if claim.source.ident in cases:
                claim.source = cases[claim.source.ident]
        self.claims = kept

    def _shared_surnames(self) -> None:
        """A given name joined by "and" to the full name of a person on the same side of the
        same case ("Tom and Ana Vale sued X", "aangespannen door Matt en Maria Raine") is
        one of a couple or a family who share the surname: "Tom Vale", not "Tom"."""
        full: dict[tuple[str, tuple[str, str]], list[str]] = {}  # (type, case) -> 2+ word names
        for claim in self.claims:
            source = claim.source
            if claim.type in _PARTY_TYPES and source.type == "Person" and " " in source.name:
                full.setdefault((claim.type, claim.target.ident), []).append(source.name)
        if not full:
            return
        renamed: dict[tuple[str, str], Option] = {}
        for claim in self.claims:
            source = claim.source
            if (
                claim.type not in _PARTY_TYPES
                or source.key is not None
                # a lone given name may read as a company; one the text writes only here
                or not (
                    source.type == "Person"
                    or (source.type == "Organization" and self.text.count(source.name) == 1)
                )
                or " " in source.name
                or not source.name[:1].isupper()
            ):
                continue
            for other in full.get((claim.type, claim.target.ident), []):
                given, _, surname = other.partition(" ")
                if given == source.name or not _joined_by_and(self.text, source.name, other):
                    continue
                renamed[source.ident] = Option("Person", f"{source.name} {surname}")
                break
        if not renamed:
            return
        for claim in self.claims:
            if claim.source.ident in renamed:
                claim.source = renamed[claim.source.ident]

    def _claiming_person(self, defendants: list[str]) -> Option | None:
        """The first person the document names (two or three capitalised words, no role, no
        known name) as the subject of a claim verb right after the name, in a sentence
        about the suit that names one of its defendants."""
        verbs = SAY | ACCUSATIONS.get(self.language, frozenset())
        for sentence in self.sentences_read:
            if (
                sentence is None
                or CASE_WORDS.isdisjoint(sentence.lower_set)
                or not any(name in sentence.text for name in defendants)
            ):
                continue
            for match in _PERSON_RUN.finditer(sentence.text):
                name, after = match.group(1), match.group(2).lower()
                prior = sentence.text[: match.start()].rstrip()
                before = prior.rstrip(",").rpartition(" ")[2]  # "Her lawyer, X": a role
                if (
                    after in verbs
                    and not any(w.lower() in ROLES or w in NOT_NAME_START for w in name.split())
                    and before.lower() not in ROLES
                    and not (before[:1].isupper() and not prior.endswith(","))
                    and not self.context.names.find(name)
                    and not any(name in d or d in name for d in defendants)
                    and name.casefold() not in self.discourse.non_parties
                ):
                    return Option("Person", name)
        return None

    def _short_company_names(self) -> None:
        """A party named once in full and later by its first word ("Cox Communications ...
        Cox was found liable") is one entity: a new one-word name of a company or site that
        is the first word of exactly one new longer name of the same kind in the document's
        parties takes that name."""
        companies = ("Organization", "Vendor", "Platform")
        longer: dict[str, set[Option]] = {}
        # "Stichting Zorg & Recht ... Zorg & Recht vraagt": the name without its head word
        headless: dict[str, set[Option]] = {}
        replaced: dict[str, str] = {}
        for claim in self.claims:
            if claim.type not in _PARTY_TYPES:
                continue
            option = claim.source
            words = option.name.split()
            if option.key is None and option.type in companies and len(words) >= 2:
                longer.setdefault(words[0].casefold(), set()).add(option)
                if words[0] in ORG_HEADS:
                    headless.setdefault(" ".join(words[1:]).casefold(), set()).add(option)
        if not longer:
            return
        for claim in self.claims:
            if claim.type not in _PARTY_TYPES:
                continue
            option = claim.source
            if option.key is not None or option.type not in companies:
                continue
            if " " in option.name:
                full = headless.get(option.name.casefold(), set())
            else:
                full = longer.get(option.name.casefold(), set())
            if len({o.name for o in full}) == 1:
                claim.source = next(iter(full))
                replaced[option.name] = claim.source.name
        self._join_cases_of_short_names(replaced)

    def _join_cases_of_short_names(self, replaced: dict[str, str]) -> None:
        """A case named after a party's short name ("Zorg & Recht v. X", "AP v. Clearview")
        is the case named after its full name with the same other party ("Stichting Zorg &
        Recht v. X", "AP v. Clearview AI")."""
        if not replaced:
            return
        cases = {c.target.name: c.target for c in self.claims if c.target.type == "Case"}
        undated = {_CASE_YEAR.sub("", name): case for name, case in cases.items()}
        moved: dict[tuple[str, str], Option] = {}
        for name, case in cases.items():
            plaintiff, sep, defendant = _CASE_YEAR.sub("", name).partition(" v. ")
            if not sep or (plaintiff not in replaced and defendant not in replaced):
                continue
            plaintiff = replaced.get(plaintiff, plaintiff)
            full = undated.get(f"{plaintiff} v. {replaced.get(defendant, defendant)}")
            if full is not None and full.ident != case.ident:
                moved[case.ident] = full
        self._move_cases(moved)

    def _move_cases(self, moved: dict[tuple[str, str], Option]) -> None:
        """Point every claim at a case `moved` maps to another at that other case."""
        if not moved:
            return
        for claim in self.claims:
            if claim.source.ident in moved:
                claim.source = moved[claim.source.ident]
            if claim.target.ident in moved:
                claim.target = moved[claim.target.ident]

    def _merge_unnamed_cases(self) -> None:
        """A case the text first describes ("the case against Wilhan Martono") and later
        names by its caption ("United States v. Martono") is one case: an unnamed case
        without plaintiffs of its own joins the one named case that shares a defendant."""
        defendants: dict[tuple[str, str], set[str]] = {}
        plaintiffs: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for c in self.claims:
            if c.type == "DEFENDANT_IN":  # by name: a caption's party may be read as
                # another type than the same name elsewhere
                defendants.setdefault(c.target.ident, set()).add(c.source.name.casefold())
            elif c.type == "PLAINTIFF_IN" and not _anonymous_group(c.source):
                plaintiffs.setdefault(c.target.ident, set()).add(c.source.ident)
        # a group of anonymous plaintiffs is the "Doe" of a caption; named plaintiffs are not
        named_only = {
            i.option.ident for i in self.discourse.cases if (i.named or i.option.key)
            and not _anonymous_caption(i.option.name)
        }  # fmt: skip
        for info in self.discourse.cases:  # "In re Facebook": Facebook is its party
            match = _IN_RE_PARTY.match(info.option.name)
            if match and (info.named or info.option.key):
                party = _LEGAL_TAIL.sub("", match.group(1).strip()).casefold()
                defendants.setdefault(info.option.ident, set()).add(party)
        grouped_plaintiffs = {
            c.target.ident for c in self.claims
            if c.type == "PLAINTIFF_IN" and _anonymous_group(c.source)
        }  # fmt: skip
        named = [i.option for i in self.discourse.cases if i.named or i.option.key]
        moved: dict[tuple[str, str], Option] = {}
        for info in self.discourse.cases:
            case = info.option
            own = plaintiffs.get(case.ident, set())
            if info.named or case.key:
                continue
            grouped = case.ident in grouped_plaintiffs
            # an unnamed case with plaintiffs joins a caption that names the same ones
            # ("The DPC has fined Meta" and a heading "DPC v Meta")
            sharing = [
                n for n in named
                if n.ident != case.ident
                and defendants.get(n.ident, set()) & defendants.get(case.ident, set())
                and not (grouped and n.ident in named_only)
                and own <= plaintiffs.get(n.ident, set())
            ]  # fmt: skip
            if len(sharing) == 1:
                moved[case.ident] = sharing[0]
        self._move_cases(moved)

    def _fill_counted_cases(self) -> None:
        """A proceeding against a counted group of which its sentence names fewer ("an
        investigation into nine platforms, including X") is one case with the later cases
        of the document that the same plaintiffs bring and whose defendants fill the rest of
        the count ("it is also investigating seven file hosts: A, B, ..."): such a case, of
        the same kind, joins it while its defendants fit in the places still open."""
        defendants: dict[tuple[str, str], set[str]] = {}
        plaintiffs: dict[tuple[str, str], set[tuple[str, str]]] = {}
        told: dict[tuple[str, str], Sentence] = {}
        for c in self.claims:
            if c.type == "DEFENDANT_IN":
                defendants.setdefault(c.target.ident, set()).add(c.source.name.casefold())
                first = told.get(c.target.ident)
                if first is None or c.sentence.index < first.index:
                    told[c.target.ident] = c.sentence
            elif c.type == "PLAINTIFF_IN":
                plaintiffs.setdefault(c.target.ident, set()).add(c.source.ident)
        kinds = {i.option.ident: i.kind for i in self.discourse.cases}
        order = sorted(told, key=lambda ident: told[ident].index)
        moved: dict[tuple[str, str], Option] = {}
        options = {c.target.ident: c.target for c in self.claims if c.target.ident in told}
        for at, ident in enumerate(order):
            if ident in moved or not plaintiffs.get(ident):
                continue
            count = included_count(told[ident])
            open_places = (count or 0) - len(defendants[ident])
            for later in order[at + 1 :]:
                if open_places <= 0:
                    break
                if (
                    later not in moved
                    and plaintiffs.get(later) == plaintiffs[ident]
                    and kinds.get(later) == kinds.get(ident)
                    and told[later].index > told[ident].index
                    and len(defendants[later]) <= open_places
                ):
                    moved[later] = options[ident]
                    open_places -= len(defendants[later])
        self._move_cases(moved)

    def _platform_names(self) -> frozenset[str]:
        """Names the document reads as a platform (a fact's end, or a name a type noun
        introduced as one): a platform that sues is no PLAINTIFF_IN, whatever reading of its
        name a lawsuit frame took (docs/annotation.md, section 3)."""
        names = {
            o.name.casefold()
            for c in self.claims
            for o in (c.source, c.target)
            if o.type == "Platform"
        }
        names.update(name for name, types in self.typed.items() if types[:1] == ("Platform",))
        return frozenset(names)

    def _unknown_party(self, text: str) -> bool:
        """May a caption's party be a new entity: not anonymous, not a name the document or
        the reference base gives a type that cannot be a party, not a prosecuting state?"""
        text = _PARTY_TAIL.sub("", text.strip())
        if (
            _ANONYMOUS.match(text)
            or text in CAPTION_PROSECUTORS
            or not (text[:1].isupper() or DIGIT_BRAND.match(text))
        ):
            return False
        if self.context.names.find(text) or self.context.names.find(_LEGAL_TAIL.sub("", text)):
            return False  # known, of a type that is no party here (a platform suing)
        if (
            find_places(text, self.language)
            and _LEGAL_TAIL.search(text) is None
            and text.split()[-1] not in ORG_HEADS
        ):
            # "United States v. X": a prosecution, its state is no party; a company with a
            # legal form is one, whatever place its name holds ("Facebook Ireland Limited"),
            # and so is an office ("Australian Competition and Consumer Commission v. X")
            return False
        return text.casefold() not in self.typed

    def _caption_party(self, claim: Claim) -> Claim | None:
        """A caption's unknown party, once the document is read: the name as the document's
        other sentences read it, the person whose surname it is (the fullest name the
        document writes with that surname), an organisation with a legal form, or a person
        plaintiff of two or three words; else none."""
        text = _PARTY_TAIL.sub("", claim.source.name.strip())
        words = text.split()
        option: Option | None = None
        allowed = self.context.ontology.relationship_type(claim.type).source_types()
        bare = _LEGAL_TAIL.sub("", text).casefold()
        for mention, _ in self.named:  # the name as the document's other sentences read it
            # ("DPC", the short form the text gave "the Data Protection Commission")
            if mention.best.name.casefold() in (text.casefold(), bare) or (
                mention.text == text and mention.best.type != "Case"
            ):
                fitting = mention.option_for(tuple(allowed))
                if fitting is None:
                    return None  # a platform suing: no PLAINTIFF_IN (docs/annotation.md)
                option = fitting
                break
        types = self.typed.get(bare) or self.typed.get(text.casefold())
        if option is None and types:
            fitting_types = [t for t in types if t in allowed]
            if not fitting_types:
                return None
            option = Option(fitting_types[0], _LEGAL_TAIL.sub("", text))
        if option is None:  # the end the document's facts already read the name as
            option = next(
                (c.source for c in self.claims if c.source.type in allowed
                 and c.source.name.casefold() in (text.casefold(), bare)),
                None,
            )  # fmt: skip
        if option is None and len(words) == 1 and not DIGIT_BRAND.match(text):
            # (a brand written digits first is nobody's surname: "Santana v. 23andMe")
            surname = self.surnames.get(text)
            if surname is not None:
                option = surname
            else:
                full = _full_name(self.text, text)
                if full is not None:
                    option = Option("Person", full)
        if (
            option is None
            and len(words) == 1
            and claim.type == "DEFENDANT_IN"
            and "Platform" in allowed
            and text in self.names_elsewhere
        ):  # "Doe v. Reddit", and "Reddit" a name elsewhere: a brand, the usual defendant
            option = Option("Platform", text)
        if option is None and _LEGAL_TAIL.search(text) is not None:
            option = Option("Organization", _LEGAL_TAIL.sub("", text))
        elif option is None and len(words) >= 2 and words[-1] in ORG_HEADS:
            # "Australian Competition and Consumer Commission v Zorblat": an office's head
            option = Option("Organization", text)
        elif option is None and 2 <= len(words) <= 3 and claim.type == "PLAINTIFF_IN":
            option = Option("Person", text)  # a single word may be a surname or a brand
        if option is None:
            return None
        return Claim(claim.type, option, claim.target, claim.status, claim.rule,
                     claim.confidence, claim.sentence)  # fmt: skip

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

    def _late_laws(self) -> None:
        """A breach told before the case it belongs to ("The Commission found that X breached
        the DMA. ... The Commission fined X."): the case the breaching party turns out to
        defend invokes the law, ruled when a court or regulator decided that case."""
        if not self.discourse.late_laws:
            return
        have = {(c.source.ident, c.target.ident) for c in self.claims if c.type == "INVOKES"}
        for options, law, rule, confidence, sentence in self.discourse.late_laws:
            info = next(
                (c for c in reversed(self.discourse.cases) if SentenceFrames.defends(c, options)),
                None,
            )
            if info is None or (info.option.ident, law.ident) in have:
                continue
            have.add((info.option.ident, law.ident))
            status = "ruled" if info.decided else "alleged"
            claim = Claim("INVOKES", info.option, law, status, rule, confidence, sentence)
            claim.props["claim"] = "claim"
            self.claims.append(claim)

    def _laws_of_siblings(self) -> None:
        """ "Ofcom opened investigations into X and Y. ... it is investigating these services
        for breaches of the OSA": a law that a sentence speaking of several parties at once
        names for one case is that of each case told of in the same sentence as it."""
        words = PLURAL_REFERENTS.get(self.language, frozenset())
        if not words:
            return
        told: dict[tuple[str, str], int] = {}  # case -> the sentence its first party is in
        for claim in self.claims:
            if claim.type in _PARTY_TYPES:
                told.setdefault(claim.target.ident, claim.sentence.start)
        by_sentence: dict[int, list[Option]] = {}
        seen: set[tuple[str, str]] = set()
        for claim in self.claims:
            if claim.type in _PARTY_TYPES and claim.target.ident not in seen:
                seen.add(claim.target.ident)
                by_sentence.setdefault(told[claim.target.ident], []).append(claim.target)
        have = {(c.source.ident, c.target.ident) for c in self.claims if c.type == "INVOKES"}
        extra: list[Claim] = []
        for claim in self.claims:
            if claim.type != "INVOKES" or claim.source.ident not in told:
                continue
            if words.isdisjoint(claim.sentence.lowers):
                continue
            for sibling in by_sentence[told[claim.source.ident]]:
                if (sibling.ident, claim.target.ident) in have:
                    continue
                have.add((sibling.ident, claim.target.ident))
                extra.append(
                    Claim("INVOKES", sibling, claim.target, claim.status, claim.rule,
                          claim.confidence, claim.sentence, claim.date_on, claim.date_from,
                          claim.date_to, dict(claim.props))
                )  # fmt: skip
        self.claims += extra

    def _date_filed_parties(self) -> None:
        """The parties of a case that no clause of their own dates take the date of the
        sentence that dates its filing ("Louisiana is suing X. The attorney general filed
        the lawsuit Thursday."): the other dated clause (docs/annotation.md, section 6)."""
        if not self.filed_on:
            return
        dated = {
            (c.type, c.source.ident, c.target.ident)
            for c in self.claims
            if c.date_on or c.date_from or c.date_to
        }
        for claim in self.claims:
            if (
                claim.type in _PARTY_TYPES
                and claim.target.ident in self.filed_on
                and (claim.type, claim.source.ident, claim.target.ident) not in dated
            ):
                claim.date_on, claim.date_from, claim.date_to = self.filed_on[claim.target.ident]

    def _reconcile_types(self) -> None:
        """One new name, one type per document, given by its role: a name that served a
        platform is a vendor, one that was served, owned or shut down a platform, also where
        another sentence read it as an organisation ("Dataveld B.V. leverde de software";
        "Dataveld werd aangeklaagd"). A legal form makes no other name."""
        roles: dict[str, str] = {}
        for claim in self.claims:
            if claim.type == "SERVICED" and not claim.source.key:
                roles.setdefault(_bare(claim.source.name), claim.source.type)
        for claim in self.claims:
            target = claim.target
            if claim.type in _PLATFORM_ROLES and not target.key and target.type == "Platform":
                roles.setdefault(_bare(target.name), "Platform")
        if not roles:
            return
        ontology = self.context.ontology
        for claim in self.claims:
            source, target = claim.source, claim.target
            # the ends that give a role keep their type; the others take it
            new_source = source if claim.type == "SERVICED" else _retyped(source, roles)
            new_target = target if claim.type in _PLATFORM_ROLES else _retyped(target, roles)
            if new_source is source and new_target is target:
                continue
            if ontology.relationship_type(claim.type).allows(new_source.type, new_target.type):
                claim.source, claim.target = new_source, new_target

    def _authority_names(self) -> set[str]:
        """Names an authority noun introduces ("the watchdog, CNIL,", "regulator Ofcom",
        "Ofcom, the UK regulator,"): public bodies, whatever type their name reads as."""
        found: set[str] = set()
        if not AUTHORITY_NOUNS:
            return found
        for index, (mentions, _) in self.spans_of.items():
            sentence = self.sentences_read[index] if index < len(self.sentences_read) else None
            if sentence is not None:
                found |= _authorities_in(sentence.tokens, mentions)
        return found

    def _facts(self) -> list[Entity | Relationship]:
        for pending in self.caption_parties:
            claim = self._caption_party(pending)
            if claim is not None:
                self.claims.append(claim)
        self._short_company_names()
        self._late_laws()
        self._date_filed_parties()
        self._laws_of_siblings()
        self._merge_unnamed_cases()
        self._fill_counted_cases()
        self._name_late_plaintiffs()
        self._kin_of_named()
        self._name_described_plaintiffs()
        self._shared_surnames()
        self._short_sections()
        platforms = self._platform_names()
        self.claims = [
            c for c in self.claims
            if c.type != "PLAINTIFF_IN" or c.source.key or c.source.name.casefold() not in platforms
        ]  # fmt: skip
        self.claims = [
            c for c in self.claims
            if c.type != "SERVICED" or not _one_company(c.source.name, c.target.name, self.text)
        ]  # fmt: skip
        self.claims = _no_owner_shutdowns(self.claims)
        self.claims = _customers_that_own(self.claims)
        self.claims = _owners_serve_nothing(self.claims)
        if any(c.type == "SERVICED" for c in self.claims):  # it only ever drops SERVICED
            self.claims = _enforcers_serve_nothing(self.claims, self._authority_names())
        self.claims = _laws_are_no_companies(self.claims)
        self._reconcile_types()
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
        # an entity no fact names is no node: a name a later sentence typed again by its
        # trade gave its facts to its first type (Emitter.relationships), not a second node
        named = {m.target for m in mentions}
        named.update(k for r in relationships for k in (r.source, r.target))
        entities = [e for key, e in self.emitter.entities.items() if key in named]
        return [*entities, *relationships, *mentions]


_PLATFORM_ROLES: Final = frozenset({"SERVICED", "OWNS", "SHUT_DOWN"})
#: How a case the text tells without its bringer is named (loaders/extract/cases.py).
_UNNAMED_BRINGER: Final = "Plaintiffs v. "
#: What may stick to a word split at spaces ("hem.", "(hij").
_WORD_PUNCTUATION: Final = ".,;:!?\"'()[]“”‘’"
_OWNER_TYPES: Final = ("Organization", "Person", "Vendor")
_FUNCTION_WORDS: Final = (
    CONJUNCTIONS
    | PREPOSITIONS
    | COPULAS
    | frozenset(w for words in (*AUXILIARIES.values(), *PASSIVE_AUX.values()) for w in words)
)
_POSSESSIVE_GAP: Final = 4  # modifiers and a platform noun between an owner's name and its platform


def _law_modifiers(frames: SentenceFrames, claims: list[Claim]) -> list[Claim]:
    """ "a GDPR fine", "opened a DSA investigation into X", "DMA breaches": a law's name
    right before a case noun names the law of the case this sentence's own claims make
    (the fine's, the investigation's), never another case ("other Section 230 suits")."""
    nouns = LAW_CASE_NOUNS.get(frames.language)
    claim_nouns = LAW_CLAIM_NOUNS.get(frames.language, frozenset())
    if not nouns:
        return []
    tokens = frames.tokens
    cases = {c.target.ident: c.target for c in claims if c.type == "DEFENDANT_IN"}
    if len(cases) > 1:
        return []  # several cases: which one the law is of is not said here
    case = next(iter(cases.values())) if cases else None
    out: list[Claim] = []
    for mention in frames.mentions:
        law = mention.option_for(("Law",))
        j = mention.last
        if law is None or mention.kind == "weak" or j > len(tokens):
            continue
        # "een AVG-boete", "het DSA-onderzoek": the law's name is the compound's first part
        tail = tokens[j - 1].lower.rpartition("-")[2]
        joined = tail in nouns or tail in claim_nouns
        # "section 1591(a)(2) claim": the subsection's brackets stand between law and noun
        while j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            j += 3
        noun = tail if joined else (tokens[j].lower if j < len(tokens) else "")
        if not joined and noun not in nouns and noun not in claim_nouns:
            continue
        if tokens[mention.first - 1].lower in OTHER:
            continue
        target = case
        if target is None:
            # "her Section 1595 claim", "de AVG-claim": a claim under the law is one of the
            # case the document tells of (a fine or an investigation needs its own parties)
            current = frames.discourse.current_case()
            if noun not in claim_nouns or current is None:
                continue
            target = current.option
        if any(c.type == "INVOKES" and c.target.ident == law.ident for c in claims + out):
            continue
        status = "ruled" if case is None and frames.judge_holds() else "alleged"
        if (
            status == "alleged"
            and not frames.words.isdisjoint(COURT_WORDS)
            and frames.status(mention.first, mention.last, None) == "ruled"
        ):  # "the judge dismissed the FOSTA claims": a court decided the claims under the law
            status = "ruled"
        out.append(
            Claim("INVOKES", target, law, status, f"{frames.language}.invokes.modifier", 0.7,
                  frames.sentence, props={"claim": "claim"})
        )  # fmt: skip
    return out


_PARTY_TYPES = frozenset({"DEFENDANT_IN", "PLAINTIFF_IN"})


def _filing_date(
    frames: SentenceFrames, claims: list[Claim]
) -> tuple[tuple[str, str], tuple[str | None, str | None, str | None]] | None:
    """ "Attorney General X filed the lawsuit Thursday", "the suit was filed on May 3": a
    sentence that dates the filing of "the" case at hand (a definite case noun by a filing
    verb, the date in the verb's clause) without making parties of its own; never "a
    similar lawsuit" or another case."""
    if any(c.type in _PARTY_TYPES for c in claims):
        return None  # its own lawsuit frame dated its parties
    current = frames.discourse.current_case()
    if current is None or _another(frames):
        return None
    tokens = frames.tokens
    verbs = FILING_VERBS.get(frames.language, frozenset())
    definite = DEFINITE.get(frames.language, frozenset())
    for i, token in enumerate(tokens):
        if token.lemma not in verbs or not frames.dated_clause(i):
            continue
        for k in range(max(1, i - 4), min(len(tokens), i + 4)):
            if tokens[k].lower in CASE_NOUNS and tokens[k - 1].lower in definite:
                return current.option.ident, frames.dates_for(i, False, "DEFENDANT_IN")
    return None


def _another(frames: SentenceFrames) -> bool:
    """Does the sentence tell of another case ("a similar lawsuit", "another suit")?"""
    return not OTHER.isdisjoint(frames.words)


def _ruled_laws(claims: list[Claim]) -> None:
    """A law that a sentence's fine or conviction applies is ruled on ("Ofcom imposed a
    penalty on X for failing its duties under the Online Safety Act", "fined X for breaching
    the GDPR"): the decision on the defendant is the regulator's or court's decision on how
    the law applies to the case (docs/annotation.md, section 5), dated by that decision."""
    decided: dict[tuple[str, str], Claim] = {}
    for claim in claims:
        if claim.type == "DEFENDANT_IN" and claim.status == "ruled":
            decided.setdefault(claim.target.ident, claim)
    if not decided:
        return
    for claim in claims:
        if claim.type == "INVOKES" and claim.status != "ruled":
            ruling = decided.get(claim.source.ident)
            if ruling is not None:
                claim.status = "ruled"
                claim.date_on = ruling.date_on
                claim.date_from = ruling.date_from


def _own_line(sentence: Sentence, mention: Mention) -> bool:
    """Does the mention stand on a line of its own ("Instantie\nRechtbank Den Haag\nDatum")?"""
    before = sentence.text[: mention.start - sentence.start].rstrip(" \t")
    after = sentence.text[mention.end - sentence.start :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _initial_token(tokens: list[Token], i: int) -> bool:
    """Is the token at i a capital letter with its dot after it, before a lower-case word or
    a comma ("K. wordt", "X., die"): the initial a Dutch report names a suspect by?"""
    word = tokens[i].text
    return (
        len(word) == 1
        and "A" <= word <= "Z"
        and i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and (tokens[i + 2].text[:1].islower() or tokens[i + 2].text == ",")
    )


def _bracketed_platforms(
    sentence: Sentence, mentions: list[Mention]
) -> tuple[list[tuple[int, int]], list[tuple[Option, Option]]]:
    """ "Meta (Facebook, Instagram, WhatsApp)", "X Corp (Twitter, Vine)": a list of names in
    brackets right after a name (text.bracketed_list_end). Returns the lists' spans, whose
    names are no ends of the clause around them ("heeft Apple en Meta (A, B) boetes
    opgelegd"), and (owner, platform) for each listed platform after a company: the
    platforms it runs."""
    tokens = sentence.tokens
    spans: list[tuple[int, int]] = []
    owned: list[tuple[Option, Option]] = []
    for i, token in enumerate(tokens):
        if token.text != "(":
            continue
        close = bracketed_list_end(tokens, i)
        if close < 0:
            continue
        spans.append((i + 1, close))
        inside = [m for m in mentions if i < m.first and m.last <= close]
        owner = next((m for m in mentions if m.last == i), None)
        option = None if owner is None else owner.option_for(("Organization", "Vendor"))
        if option is None or owner is None or owner.best.type == "Platform":
            continue
        if _authority(option) or not inside:
            continue
        if all(m.best.type == "Platform" for m in inside):
            owned += [(option, m.best) for m in inside]
    return spans, owned


def _hyphen_owners(frames: SentenceFrames, mentions: list[Mention], language: str) -> list[Claim]:
    """ "the ByteDance-owned app Vibely": the name before an owner tail owns the platform
    that follows (with only lower-case modifiers between)."""
    tokens = frames.tokens
    claims: list[Claim] = []
    if "-" not in frames.sentence.text and SUBSIDIARY_NOUNS.isdisjoint(frames.sentence.lower_set):
        return claims  # most sentences: neither a compound nor a subsidiary noun
    for i, token in enumerate(tokens):
        if "-" not in token.text:
            if token.lower in SUBSIDIARY_NOUNS and i > 0:
                claims += _subsidiary_compound(frames, mentions, language, i)
            continue  # most tokens: no owner tail
        head, dash, tail = token.text.rpartition("-")
        if dash and tail.lower() in OWNED_COMPOUND_TAILS and head[:1].isupper():
            claims += _compound_owner(frames, mentions, language, i, head)
            continue
        if dash and tail.lower() in SUBSIDIARY_NOUNS and head[:1].isupper():
            if head.replace("-", "").replace(".", "").isalnum():
                claims += _subsidiary_of(
                    frames, mentions, language, i, Option("Organization", head)
                )
            continue
        if not dash or tail.lower() not in OWNER_TAILS or not head[:1].isupper():
            continue
        if not head.replace("-", "").replace(".", "").isalnum() or head in JURISDICTION_ADJECTIVES:
            continue  # "the Chinese-owned retailer X": a nationality, no owner
        platform = next((m for m in mentions if i < m.first <= i + _POSSESSIVE_GAP + 2), None)
        if platform is None:
            # "the Zorblat-owned social network": a noun that points back to the platform
            claims += _hyphen_owned_coref(frames, mentions, language, i, head)
            continue
        if platform.best.type != "Platform":
            continue
        # "Meta-owned companies (such as A and B)": lower-case words and a bracket between
        between = tokens[i + 1 : platform.first]
        if not all(t.text[:1].islower() or t.text == "(" for t in between):
            continue
        if len(between) > _POSSESSIVE_GAP and not any(t.text == "(" for t in between):
            continue
        # a plural noun or a bracket lists the platforms owned ("Meta-owned apps A and B");
        # a singular one names one ("the X-owned app A and the site B")
        listed = any(t.text == "(" or (t.text.isalpha() and t.lower != t.lemma) for t in between)
        owner = Option("Organization", head)  # a known name is linked when emitted
        if frames.negated(i, platform.last):
            continue
        status = frames.status(i, platform.last, None, False)
        group = frames.coordinated(platform, ("Platform",)) if listed else []
        for owned in [o for _, o in group] or [platform.best]:
            claims.append(
                Claim("OWNS", owner, owned, status, f"{language}.hyphen.owns", 0.75,
                      frames.sentence)
            )  # fmt: skip
    return claims


def _hyphen_owned_coref(
    frames: SentenceFrames, mentions: list[Mention], language: str, i: int, head: str
) -> list[Claim]:
    """ "the Zorblat-owned social network said ...": an owner's adjective inside a noun
    phrase that points back to a platform names that platform's owner."""
    pointing = next((m for m in mentions if m.kind == "coref" and m.first < i < m.last), None)
    owned = pointing.option_for(("Platform",)) if pointing is not None else None
    if pointing is None or owned is None or frames.negated(i, pointing.last):
        return []
    status = _role_status(frames, pointing.first, pointing.last)
    owner = Option("Organization", head)  # a known name is linked when emitted
    return [Claim("OWNS", owner, owned, status, f"{language}.hyphen.owns", 0.75, frames.sentence)]


#: The end of the rule name of _behind_owners's claims (after the language's code), by which
#: the sentence's reading drops the other owners of the platform such a claim gives.
_BEHIND_OWNS: Final = ".behind.owns"


def _behind_owners(frames: SentenceFrames, mentions: list[Mention], language: str) -> list[Claim]:
    """ "The company behind the game Blipster was fined", "nadat het bedrijf achter de game
    Blipster bezwaar had gemaakt": a company noun that points back to a company the document
    named, described by the platform it runs, names that platform's owner."""
    words = BEHIND_WORDS.get(language, frozenset())
    if not words or frames.words.isdisjoint(words):
        return []
    tokens = frames.tokens
    claims: list[Claim] = []
    for owner in mentions:
        at = owner.last
        if owner.kind != "coref" or not company_behind(tokens, at, language):
            continue
        option = owner.option_for(_OWNER_TYPES)
        platform = next((m for m in mentions if at < m.first <= at + _POSSESSIVE_GAP + 1), None)
        if option is None or platform is None or platform.best.type != "Platform":
            continue
        if not all(t.text[:1].islower() for t in tokens[at + 1 : platform.first]):
            continue  # "the company behind it, Zed, ...": no platform described
        if frames.negated(at, platform.last):
            continue
        status = _role_status(frames, owner.first, platform.last)
        claims.append(
            Claim("OWNS", option, platform.best, status, language + _BEHIND_OWNS, 0.75,
                  frames.sentence)
        )  # fmt: skip
    return claims


def _compound_owner(
    frames: SentenceFrames, mentions: list[Mention], language: str, i: int, head: str
) -> list[Claim]:
    """ "Facebook-moeder Meta", "TikTok-eigenaar ByteDance": the name right after the
    compound owns the platform its first part names (a known one, or a name no list knows,
    read as the platform the compound makes it)."""
    if not head.replace("-", "").replace(".", "").isalnum():
        return []
    owner = next((m for m in mentions if m.first == i + 1), None)
    option = owner.option_for(_OWNER_TYPES) if owner is not None else None
    if owner is None or option is None or owner.best.type == "Platform":
        return []
    inside = next((m for m in mentions if m.first == i and m.last == i + 1), None)
    platform = inside.option_for(("Platform",)) if inside is not None else None
    if inside is not None and platform is None:
        return []  # "Quilloraad-eigenaar X": the first part names no platform
    if frames.negated(i, owner.last):
        return []
    status = frames.status(i, owner.last, None, False)
    owned = platform or Option("Platform", head)  # a known name is linked when emitted
    return [
        Claim("OWNS", option, owned, status, f"{language}.compound.owns", 0.75, frames.sentence)
    ]


def _subsidiary_compound(
    frames: SentenceFrames, mentions: list[Mention], language: str, i: int
) -> list[Claim]:
    """ "Zorblat subsidiary Quixly": the name before the subsidiary's noun owns the name
    after it; "Zorblat's Quixly subsidiary": the possessive before the platform owns it."""
    tokens = frames.tokens
    before = next((m for m in mentions if m.last == i), None)
    holder = None
    if before is not None:
        holder = next(
            (m for m in mentions if m.last == before.first and possessive(tokens[m.last - 1].text)),
            None,
        )
    if before is not None and holder is not None:
        owner = holder.option_for(_OWNER_TYPES)
        platform = before.option_for(("Platform",))
        if owner is None or platform is None or frames.negated(holder.first, i):
            return []
        status = frames.status(holder.first, i + 1, None, False)
        rule = f"{language}.subsidiary.owns"
        return [Claim("OWNS", owner, platform, status, rule, 0.75, frames.sentence)]
    owner = _named_before(frames, mentions, i)
    return [] if owner is None else _subsidiary_of(frames, mentions, language, i, owner)


def _named_before(frames: SentenceFrames, mentions: list[Mention], i: int) -> Option | None:
    """The owner named right before the noun at i, with nothing between ("Zorblat
    subsidiary X"): a name found there that may own, or else the capitalised words there
    that no other reading takes (a place, a demonym, a sentence's opening word is none)."""
    before = next((m for m in mentions if m.last == i), None)
    if before is not None:
        return before.option_for(_OWNER_TYPES)
    tokens = frames.tokens
    first = i
    while first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.isalnum():
        first -= 1
    if first == i or any(m.first < i and m.last > first for m in mentions):
        return None
    words = [t.text for t in tokens[first:i]]
    if words[0] in NOT_NAME_START or words[0].lower() in NOT_NAME_START:
        return None
    if any(w in JURISDICTION_ADJECTIVES for w in words):
        return None  # "the Chinese subsidiary X": where the parent is, not who
    return Option("Organization", " ".join(words))


def _subsidiary_of(
    frames: SentenceFrames, mentions: list[Mention], language: str, i: int, owner: Option
) -> list[Claim]:
    """ "Zorblat subsidiary Quixly", "Zorblat-dochter Quixly": the name before the
    subsidiary's noun owns the name right after it, a known platform or a name no list knows,
    read as the platform the compound makes it (not a name known as another type, and not a
    company's, whose legal form or company word at its end says so: "Zorblat subsidiary
    Pellix Ltd")."""
    owned = next((m for m in mentions if m.first == i + 1), None)
    if owned is None or frames.negated(i, owned.last):
        return []
    platform = owned.option_for(("Platform",))
    if platform is None:
        best = owned.best
        if best.key or best.type != "Organization" or _company_end_word(best.name.split()[-1]):
            return []
        platform = Option("Platform", best.name)
    status = frames.status(i, owned.last, None, False)
    return [
        Claim("OWNS", owner, platform, status, f"{language}.subsidiary.owns", 0.75, frames.sentence)
    ]


def _role_status(frames: SentenceFrames, t0: int, t1: int) -> str:
    """The status of what a role phrase states ("the co-owner of X, Dana Vale", "Quillo
    founder Tamsin Orr"): it identifies a person, so a hedge or a ruling of the clause around
    it governs that clause's claim, not the role (docs/annotation.md, section 5); only a
    hedge inside the phrase ("the alleged owner of X") makes it alleged."""
    hedges = HEDGES.get(frames.language, frozenset())
    lowers, lemmas = frames.sentence.lowers, frames.sentence.lemmas
    if any(lowers[j] in hedges or lemmas[j] in hedges for j in range(max(0, t0 - 3), t1)):
        return frames.status(t0, t1, None, False)
    return "established"


def _paired_possessives(
    tokens: list[Token], mentions: list[Mention], owner: Mention, platform: Mention
) -> bool:
    """Does the owner's possessive pair stand in a list of such pairs ("Zorblat's Quixly,
    Brelco's Tallow and Vindr", "Brelco's Tallow and Zorblat's Quixly")? A list of names,
    each after its own possessor, names who runs each; one pair alone ("Brelco's Quixly has
    many users") may name a product or a person."""
    starts = {m.first: m for m in mentions}
    k = platform.last
    while k < len(tokens) and (tokens[k].text == "," or tokens[k].lower in AND):
        k += 1
    while k in starts:
        named = starts[k]
        if possessive(tokens[named.last - 1].text):
            return named.last in starts
        k = named.last
        while k < len(tokens) and (tokens[k].text == "," or tokens[k].lower in AND):
            k += 1
    ends = {m.last: m for m in mentions}
    k = owner.first
    while k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].lower in AND):
        k -= 1
    while k < owner.first and k in ends:
        named = ends[k]
        if named.first > 0 and possessive(tokens[named.first - 1].text):
            return True
        k = named.first
        while k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].lower in AND):
            k -= 1
    return False


def _possessive_owners(
    frames: SentenceFrames, mentions: list[Mention], language: str
) -> list[Claim]:
    """A company's or a person's possessive before a platform's name ("Elon Musk's
    platform Chirpa", "Meta's Instagram") states who owns it: only with a platform noun
    between or a platform known as one, and not when the platform's name only modifies a
    noun after it ("Parler's Amazon account"). An owner that may be a platform owns
    nothing: a platform's possessive names its features."""
    tokens = frames.tokens
    claims: list[Claim] = _hyphen_owners(frames, mentions, language)
    claims += _behind_owners(frames, mentions, language)
    for owner in mentions:
        # "Meta social media platforms Facebook and Instagram": a known company's name before
        # a platform noun and the platforms' names, as its possessive would be
        bare = (
            owner.best.type == "Organization"
            and owner.kind != "weak"
            and not _authority(owner.best)
            and not possessive(tokens[owner.last - 1].text)
        )
        if not bare and not possessive(tokens[owner.last - 1].text):
            continue
        option = owner.option_for(_OWNER_TYPES)
        if option is None:
            continue
        platform = next(
            (m for m in mentions if owner.last <= m.first <= owner.last + _POSSESSIVE_GAP), None
        )
        if platform is None and not bare and owner.best.type == "Person":
            claims += _possessed_platform_before(frames, mentions, language, owner, option)
            continue
        if platform is None or platform.best.type != "Platform":
            continue
        between = tokens[owner.last : platform.first]
        if len(between) > 1 and between[-1].text == "," and possessive(tokens[owner.last - 1].text):
            # "Elon Musk's social media platform, X": the name in apposition to the noun
            between = between[:-1]
        # a platform known, or one a type noun introduced elsewhere in the document
        # ("the platform X ... Elon Musk's X"), needs no noun between
        known = platform.best.key or platform.extra.get("rule") == "typed"
        # "Brelco's Quixly", "Zorblat's Vexchan and Quixly": a name no list knows right after
        # a possessive (no noun after it) is what the possessor runs
        unknown = (
            not between
            and platform.kind == "weak"
            and platform.last - platform.first == 1
            and not possessive(tokens[platform.last - 1].text)
            and not _authority(owner.best)
            and _paired_possessives(tokens, mentions, owner, platform)
        )
        if owner.best.type == "Platform" and not (
            owner.kind == "weak" and not between and (known or unknown)
        ):
            continue  # a platform's possessive names its features; an unknown name's first
            # reading is a guess, and it owns the platform the document names right after it
        if not all(t.text[:1].islower() and t.text.replace("-", "").isalpha() for t in between):
            continue
        if any(t.lower in _FUNCTION_WORDS or t.lower in NOT_OWNER_MODIFIERS for t in between):
            continue  # "Dana's favourite app is X": a clause, or a modifier naming no owner
        typed = any("Platform" in (type_of(t.lower, language) or ()) for t in between)
        if not typed and not ((known or unknown) and not between):
            continue  # an owner owns only with a platform noun between
            # ("Brelco Labs's messaging app Quixly") or right before a platform the
            # document knows or names as one ("the app Quixly ... Brelco's Quixly")
        if bare and not (
            platform.best.type == "Platform"
            and between
            and "Platform" in (type_of(between[-1].lower, language) or ())
            and not any(t.lower in _FUNCTION_WORDS or t.lower in ARTICLES for t in between)
        ):
            continue  # a bare name needs a platform noun right before the name, no "tegen de"
        after = tokens[platform.last] if platform.last < len(tokens) else None
        if (
            after is not None
            and after.text.isalpha()
            and after.text[:1].islower()
            and after.lemma == after.lower  # an inflected verb ("said", "was") goes on
            and after.lower not in _FUNCTION_WORDS
        ):
            continue  # "Parler's Amazon account": the name modifies a noun
        if frames.negated(owner.first, platform.last):
            continue
        status = frames.status(owner.first, platform.last, None, False)
        # "Meta's platforms Facebook and Instagram": every platform the noun lists
        listed = [platform]
        if typed or not between:
            # "Meta's Facebook and Instagram": the names "and" joins to it, up to another
            # possessive ("Zorblat's Quixly and Brelco's Tallow")
            listed = [m for m, _ in frames.coordinated(platform, ("Platform",))]
            if not typed:
                # up to a comma or another possessive ("Zorblat's Quixly and Brelco's Tallow",
                # "Brelco's Tallow, and Vindr")
                chain = [platform]
                for m in listed:
                    last = chain[-1]
                    if m.first <= last.first:
                        continue
                    joint = tokens[last.last : m.first]
                    if (
                        len(joint) != 1
                        or joint[0].lower not in AND
                        or last.last == 0
                        or possessive(tokens[last.last - 1].text)
                        or possessive(tokens[m.last - 1].text)
                    ):
                        break
                    chain.append(m)
                listed = chain
        for named in listed:
            if named.first < platform.first or named.best.type != "Platform":
                continue
            claims.append(
                Claim("OWNS", option, named.best, status, f"{language}.possessive.owns", 0.75,
                      frames.sentence)
            )  # fmt: skip
    return claims


#: Tokens after a founding clause's last end that a partner's phrase may begin within.
_COFOUNDER_REACH: Final = 8


def _cofounders(
    frames: SentenceFrames, mentions: list[Mention], claims: list[Claim]
) -> list[Claim]:
    """ "X founded Y with his brother Z", "X richtte Y op samen met Z": the person a
    comitative phrase after a founding clause adds founded Y too (not a person's possessive
    there: "with Z's help"; not the agent of a passive: "founded by Z")."""
    language = frames.language
    preps = COMITATIVE_PREPS - AGENT_PREPS.get(language, frozenset())
    if preps.isdisjoint(frames.words):
        return []  # most sentences
    tokens = frames.tokens
    subordinators = SUBORDINATORS.get(language, frozenset())
    out: list[Claim] = []
    for claim in claims:
        if claim.type != "FOUNDED" or claim.source.type != "Person":
            continue
        ends = [
            m for m in mentions
            if any(o.ident in (claim.source.ident, claim.target.ident) for o in m.options)
        ]  # fmt: skip
        if len(ends) < 2:
            continue
        start = max(m.last for m in ends)
        for j in range(start, min(len(tokens), start + _COFOUNDER_REACH)):
            if tokens[j].text in ",;:" or tokens[j].lower in subordinators:
                break
            if tokens[j].lower not in preps:
                continue
            partner = next(
                (m for m in mentions if j < m.first <= j + _POSSESSIVE_GAP and m.kind != "coref"),
                None,
            )  # not "zijn" in "samen met zijn broer X": a pronoun that points back
            if (
                partner is None
                or partner.best.type != "Person"
                or partner.best.ident == claim.source.ident
                or possessive(tokens[partner.last - 1].text)
                or not all(
                    t.text.isalpha() and t.text.islower() for t in tokens[j + 1 : partner.first]
                )
            ):
                break
            out.append(
                Claim("FOUNDED", partner.best, claim.target, claim.status,
                      f"{language}.comitative.founded", claim.confidence, frames.sentence,
                      claim.date_on, claim.date_from, claim.date_to)
            )  # fmt: skip
            break
    return out


def _possessed_platform_before(
    frames: SentenceFrames, mentions: list[Mention], language: str, owner: Mention, option: Option
) -> list[Claim]:
    """ "Elon Musk's social media platform" with no name of its own: the phrase points back
    to the platform told of before, as "the platform" would, and the person whose
    possessive it is owns it (a company's "website" is its own, no platform told of).
    Only a singular platform noun after lower-case modifiers, ending the noun phrase (not
    "Musk's platform accounts", "Meta's platforms"); not a modifier that names another's
    platform ("Dana's favourite app")."""
    tokens = frames.tokens
    j = owner.last
    while j < len(tokens) and j - owner.last < _POSSESSIVE_GAP:
        token = tokens[j]
        if not token.text.isalpha() or not token.text.islower():
            return []
        if token.lower in _FUNCTION_WORDS or token.lower in NOT_OWNER_MODIFIERS:
            return []
        if token.lower in OTHER or token.lower in FRESH_CASE_WORDS:
            return []  # "Musk's new platform", "his other app": not the one told of
        if (type_of(token.lower, language) or ("",))[0] == "Platform":
            break
        j += 1
    else:
        return []
    noun = tokens[j]
    if noun.lemma != noun.lower:
        return []  # a plural noun ("Meta's platforms") names no one platform
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and (
        after.text[:1].isupper()
        or (
            after.text.isalpha()
            and after.lower not in _FUNCTION_WORDS
            and not after.lower.endswith(("ing", "ed"))
        )
    ):
        return []  # a name follows (read as such elsewhere), or the noun modifies another
        # ("Musk's social media posts"); a participle or a clause's word ends the phrase
    before = [m for m in mentions if m.last <= owner.first and m.kind != "weak"]
    platform = frames.discourse.antecedent(("Platform",), before, owner.first)
    if platform is None or platform.type != "Platform" or frames.negated(owner.first, j + 1):
        return []
    status = _role_status(frames, owner.first, j + 1)
    return [
        Claim("OWNS", option, platform, status, f"{language}.possessive.owns", 0.7, frames.sentence)
    ]


_COMPANY_TYPES: Final = frozenset({"Organization", "Platform", "Vendor"})


def _bare(name: str) -> str:
    """A name's key for telling one company by its roles: no legal form, no case."""
    return without_legal_form(name).casefold()


def _retyped(option: Option, roles: dict[str, str]) -> Option:
    """An organisation reading of a new name as the type its role in the document gives."""
    if option.key or option.type not in _COMPANY_TYPES:
        return option
    kind = roles.get(_bare(option.name))
    if kind is None or kind == option.type:
        return option
    return Option(kind, option.name, None, option.props, option.aliases)


def _learn_former_names(
    sentence: Sentence, mentions: list[Mention], memory: dict[str, tuple[str, ...]]
) -> None:
    """ "X, formerly Twitter", "X (previously Twitter)", "X, voorheen Twitter": the new
    name is the same kind of entity as the former one, for the whole document: a one-letter
    name, which nothing else would find, or one whose former name a noun or the reference
    base types."""
    if FORMERLY.isdisjoint(sentence.lower_set):
        return  # most sentences: no word of a former name
    tokens = sentence.tokens
    for i in range(2, len(tokens) - 1):
        if tokens[i].lower not in FORMERLY:
            continue
        j = i - 1
        if tokens[j].text not in ",(":
            continue
        name = tokens[j - 1]
        if not name.text[:1].isupper() or name.text in NOT_NAME_START:
            continue
        k = i + 1
        while k < len(tokens) and (tokens[k].lower in KNOWN_AS or tokens[k].lower in ARTICLES):
            k += 1  # "formerly known as", "voorheen bekend als"
        former = next((m for m in mentions if m.first == k), None)
        if former is None or former.best.type not in _COMPANY_TYPES:
            continue
        first = j - 1
        while (
            first > 0
            and tokens[first - 1].text[:1].isupper()
            and not possessive(tokens[first - 1].text)  # "Karl Vance's Q"
            and j - first < 3
        ):
            first -= 1
        text = sentence.text[tokens[first].start - sentence.start : name.end - sentence.start]
        if possessive(text) or (former.kind == "weak" and len(text) > 2):
            continue  # a longer new name is found as it is; a weak former name types it
            # no surer than that
        memory.setdefault(text.casefold(), (former.best.type,))


def _authorities_in(tokens: list[Token], mentions: list[Mention]) -> set[str]:
    """The names of these mentions that an authority noun introduces: right before them
    (also across a comma) or in an apposition of at most four words after them."""
    nouns = AUTHORITY_NOUNS
    ends = tuple(nouns)  # a Dutch compound by its end ("privacytoezichthouder")
    found: set[str] = set()
    for mention in mentions:
        j = mention.first - 1
        k = mention.last
        if j > 0 and tokens[j].text == ",":
            # "the French watchdog, CNIL,", closed by a comma (not "according to the
            # regulator, Meta failed ...")
            j = j - 1 if k < len(tokens) and tokens[k].text == "," else -1
        introduced = j >= 0 and tokens[j].lower.endswith(ends)
        if not introduced and k + 2 < len(tokens) and tokens[k].text == ",":
            for word in tokens[k + 1 : min(len(tokens), k + 6)]:
                if word.text in ",.;()":
                    break
                if word.lower in nouns:  # "Ofcom, the UK regulator,"
                    introduced = True
                    break
        if introduced:
            found.add(_bare(mention.best.name))
    return found


def _enforcers_serve_nothing(claims: list[Claim], authorities: set[str]) -> list[Claim]:
    """A name that brings an enforcement case in the document (a regulator that fines, an
    authority that investigates) or that an authority noun introduces is no vendor and no
    customer: "working with CNIL", "providing documents to Ofcom" is compliance, not a
    service. Without the reference base the regulator's name is new, so the document's own
    words are what tell."""
    enforcers = authorities | {
        _bare(c.source.name)
        for c in claims
        if c.type == "PLAINTIFF_IN" and dict(c.target.props).get("kind") == "enforcement"
    }
    if not enforcers:
        return claims
    return [
        c for c in claims
        if c.type != "SERVICED"
        or (_bare(c.source.name) not in enforcers and _bare(c.target.name) not in enforcers)
    ]  # fmt: skip


_LAW_RELATIONS: Final = frozenset({"INVOKES", "AMENDS"})


def _laws_are_no_companies(claims: list[Claim]) -> list[Claim]:
    """A new name the document invokes or amends as a law ("under the GDPR") is no vendor,
    customer, owner or platform elsewhere in it: an unknown acronym may be read as either,
    and the law's own verb is the surer reading."""
    laws = {
        _bare(o.name)
        for c in claims
        if c.type in _LAW_RELATIONS
        for o in (c.source, c.target)
        if o.type == "Law" and not o.key
    }
    if not laws:
        return claims
    return [
        c for c in claims
        if c.type not in _PLATFORM_ROLES
        or (_bare(c.source.name) not in laws and _bare(c.target.name) not in laws)
    ]  # fmt: skip


def _customers_that_own(claims: list[Claim]) -> list[Claim]:
    """A company that might as well be a vendor is a SERVICED customer only as the owner
    of a platform the document names ("Ashgrove Bank ended its relationship with Quillmark
    Holdings", Tallowboard's parent company)."""
    owners = {_bare(c.source.name) for c in claims if c.type == "OWNS"}
    out = []
    for claim in claims:
        if claim.props.pop(OWNER_CHECK, None) and _bare(claim.target.name) not in owners:
            continue
        out.append(claim)
    return out


def _owners_serve_nothing(claims: list[Claim]) -> list[Claim]:
    """The company that the document says owns or operates a platform is not its vendor too
    ("Kick, which operates the site Y ... hosting of illegal content on its site"): its
    SERVICED claims on that platform are dropped."""
    owned: dict[str, list[str]] = {}
    for c in claims:
        if c.type == "OWNS":
            owned.setdefault(_bare(c.target.name), []).append(_bare(c.source.name))
    if not owned:
        return claims
    return [
        c for c in claims
        if c.type != "SERVICED"
        or not _owned_by(owned.get(_bare(c.target.name), ()), _bare(c.source.name))
    ]  # fmt: skip


def _owned_by(owners: Iterable[str], vendor: str) -> bool:
    """Is `vendor` one of `owners`, by its name or a short form of it ("Kick" of "Kick
    Online Entertainment")?"""
    return any(
        o == vendor or o.startswith(vendor + " ") or vendor.startswith(o + " ") for o in owners
    )


def _no_owner_shutdowns(claims: list[Claim]) -> list[Claim]:
    """A company closing its own platform is no shutdown by an authority: SHUT_DOWN claims
    whose source the document says owns or founded the target, or whose name is a
    company's (a legal form or a company word at its end), are dropped."""
    owners = {
        (_bare(c.source.name), _bare(c.target.name))
        for c in claims
        if c.type in ("OWNS", "FOUNDED")
    }
    out = []
    for claim in claims:
        if claim.type == "SHUT_DOWN" and not claim.source.key:
            name = claim.source.name
            if (_bare(name), _bare(claim.target.name)) in owners:
                continue
            if without_legal_form(name) != name or name.split()[-1] in COMPANY_WORDS:
                continue
        out.append(claim)
    return out


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
    are absolute, so ``full_text[e.start:e.end] == e.quote``. `language` is one of
    the extraction languages (loaders/languages), or None to detect it from the text.
    """
    if not text or not text.strip():
        return []
    if language not in LANGUAGES:
        language = detect_language(text).best_of(LANGUAGES)
    run = Run(document, context, language)
    run.gazetteer.begin(document.key, offset)  # names learned elsewhere do not count here
    return run.process(mask_footnotes(mask_credits(text), run.gazetteer, language), offset)


#: A capitalised name ending in a lower-case letter with one or two digits glued to it and
#: no letter or digit after ("TikTok1", "Zorbix12."): perhaps a footnote marker.
_GLUED_DIGITS: Final = re.compile(r"\b([A-Z][A-Za-z]*[a-z])(\d{1,2})(?![\w-])")


def mask_footnotes(text: str, gazetteer: Gazetteer, language: str) -> str:
    """The text with the footnote markers glued to names blanked (offsets kept): "het
    platform TikTok1" names TikTok. Digits are a marker only when the name without them is
    known or the text writes it bare elsewhere; "Tele2" and "050MEDIA" stay whole."""
    if not _may_glue_digits(text):
        return text
    found = list(_GLUED_DIGITS.finditer(text))
    if not found:
        return text
    chars = list(text)
    for match in found:
        bare = match.group(1)
        if _bare_known(bare, gazetteer, language) or re.search(
            rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text
        ):
            for i in range(match.start(2), match.end(2)):
                chars[i] = " "
    return "".join(chars)


def _may_glue_digits(text: str) -> bool:
    """Can _GLUED_DIGITS match in `text`? Only where a digit follows a lower-case letter
    (issue #10's speed: its \\b made re try it at every character of every document)."""
    places = digit_places(text)
    if places is None:
        return True
    return any(at > 0 and "a" <= text[at - 1] <= "z" for at in places)


def _bare_known(bare: str, gazetteer: Gazetteer, language: str) -> bool:
    """Is `bare` itself a known name (the gazetteer finds it whole)?"""
    return any(h.start == 0 and h.end == len(bare) for h in gazetteer.find(bare, 0, language))


def _credit_line() -> re.Pattern[str]:
    """A line that is a caption, a credit, a byline or a "read more" link (every pack's
    labels; a byline has no full stop): it states no relationship (docs/annotation.md,
    section 1)."""
    labels = "|".join(sorted((re.escape(w) for w in CAPTION_LABELS), key=len, reverse=True))
    openers = "|".join(sorted((re.escape(w) for w in CREDIT_OPENERS), key=len, reverse=True))
    return re.compile(
        rf"^[ \t(]*(?:(?:{labels})[ \t]*:[^\n]*|(?:{openers})\b[^\n.]{{0,80}})$",
        re.IGNORECASE | re.MULTILINE,
    )


_CREDIT_LINE: Final = _credit_line()

#: A news dateline opening a paragraph, with its agency ("NEW YORK (Reuters) - ",
#: "PHOENIX (AP) — "): where and by whom the story was filed, no party to it.
_DATELINE: Final = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}[ \t]*\([^()\n]{1,60}\)[ \t]*[-–—]+",
    re.MULTILINE,
)


#: A dateline that opens with the day instead of the place ("March 14 (UPI) -- ",
#: "3 May (Reuters) - "), or with its agency alone ("(NewsNation) — "): only the agency is
#: blanked, a date stays readable.
_DATED_AGENCY: Final = re.compile(
    r"^[ \t]*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?[ \t]*)?"
    r"(\([^()\n]{1,60}\)[ \t]*[-–—]+)",
    re.MULTILINE,
)


def _blank_agency(match: re.Match[str]) -> str:
    start, end = match.span(1)
    whole = match.group(0)
    offset = match.start(0)
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]


#: A Reuters instrument code after a name ("Meta FB.O", "Twitter TWTR.N", "Apple AAPL.O"):
#: capitals, a dot and an exchange suffix, never followed by more of a word or an initial
#: ("L.L.C.", "J.K." are no codes)
_TICKER: Final = re.compile(r"(?<=[a-z.,)]) [A-Z]{1,5}\.(?:OQ|O|N|K|L|PA|DE|AS|T|HK)(?!\w|\.\w)")
#: The end of every _TICKER match, from its dot: a pattern that opens with a literal, which
#: re finds fast, where _TICKER's lookbehind makes re try every character of the text.
_TICKER_END: Final = re.compile(r"\.(?:OQ|O|N|K|L|PA|DE|AS|T|HK)(?!\w|\.\w)")
#: What every _DATELINE and _DATED_AGENCY match holds: its agency's closing bracket and dash.
_AGENCY_END: Final = re.compile(r"\)[ \t]*[-–—]")


def mask_credits(text: str) -> str:
    """The text with its caption, credit and byline lines and its datelines blanked
    (offsets kept)."""
    if "(" in text and _AGENCY_END.search(text) is not None:
        text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
        text = _DATED_AGENCY.sub(_blank_agency, text)
    if "." in text and _TICKER_END.search(text) is not None:
        # wire stories' stock codes after a company ("Meta FB.O, which owns")
        text = _TICKER.sub(lambda m: " " * len(m.group(0)), text)
    if ":" not in text and "\n" not in text:
        return text
    return _blank_lines(_CREDIT_LINE, text, _CREDIT_OPENINGS)


#: What a credit line's label or opener opens with (after spaces, tabs and brackets).
_CREDIT_OPENINGS: Final = opening_words([*CAPTION_LABELS, *CREDIT_OPENERS])


def _blank_lines(
    pattern: re.Pattern[str], text: str, openings: frozenset[str] | None = None
) -> str:
    """pattern.sub(blanks as long as each match, text) for a pattern whose every match starts
    a line (it opens with ^ under re.MULTILINE) and ends within it: tried only at the line
    starts, where re's sub would try every character of the document, and there only if the
    line's first word after spaces, tabs and "(" is one of `openings` (search.opening_words;
    always when that word is not ASCII, which re.IGNORECASE may read as another)."""
    parts: list[str] = []
    last = at = 0
    size = len(text)
    while True:
        first = at
        while first < size and text[first] in " \t(":
            first += 1
        word = word_at(text, first)
        if openings is None or word in openings or not word.isascii():
            match = pattern.match(text, at)
        else:
            match = None
        if match is not None:
            start, at = match.span()
            parts.append(text[last:start])
            parts.append(" " * (at - start))
            last = at
        newline = text.find("\n", at)
        if newline < 0:
            break
        at = newline + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


__all__ = ["Option", "extract"]
