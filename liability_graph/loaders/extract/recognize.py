"""Rules that find names the gazetteer does not know: companies, domains, case captions,
laws and citations, courts, organisations, people introduced by a role, plaintiff groups.

Each rule proposes a span and its possible readings; the sentence's known names win where
spans clash, and a rule span that contains a known name of a fitting type becomes that
entity ("U.S. District Court for the District of Arizona" -> the known court).
"""

from __future__ import annotations

import re

import ahocorasick

from liability_graph.loaders.extract.lexicon import (
    COMPANY_WORDS,
    GROUP_NOUNS,
    GROUP_QUANTIFIERS,
    NOT_NAME_START,
    NUMBERS,
    ORG_HEADS,
    ROLES,
)
from liability_graph.loaders.extract.mentions import Option
from liability_graph.loaders.extract.search import (
    START_ANYWHERE,
    START_CAPITAL_DIGIT_HASH,
    START_CAPITAL_OR_WORD,
    START_WORD,
    finditer_near,
    finditer_within,
    has_digit,
    is_word_char,
    occurrences,
    run_back,
    words_back,
)


class Found:
    """A span found by a rule (offsets relative to the sentence)."""

    # A plain class rather than a dataclass: compiled with mypyc, a dataclass keeps its
    # generated __init__ interpreted, which makes creating one six times as slow.
    __slots__ = ("end", "extra", "options", "rule", "start")

    def __init__(
        self,
        start: int,
        end: int,
        options: tuple[Option, ...],
        rule: str,
        extra: dict | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.options = options
        self.rule = rule
        self.extra: dict = {} if extra is None else extra

    def _values(self) -> tuple:
        return (
            self.start,
            self.end,
            self.options,
            self.rule,
            self.extra,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Found):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq

    def __repr__(self) -> str:
        return f"Found(start={self.start!r}, end={self.end!r}, options={self.options!r}, rule={self.rule!r}, extra={self.extra!r})"


_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&-]*(?:\.[A-Za-z]+)*\.?|\d+(?:st|nd|rd|th)\b)"
_CONN = r"(?:of|for|the|and|on|in|to|&|van|voor|de|het|der|des|du|la|le)"
#: _CAP written to begin with one character class, which lets re skip ahead to the next
#: capital or digit instead of trying the pattern at every character (40% faster search).
_CAP_FIRST = (
    r"(?:[A-Z\d](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])[\w'’&-]*(?:\.[A-Za-z]+)*\.?"
    r"|(?<=\d)\d*(?:st|nd|rd|th)\b))"
)
_RUN = re.compile(rf"{_CAP_FIRST}(?:[ \t\n]+(?:{_CONN}[ \t\n]+)*{_CAP})*")
_SUFFIX = (
    r"(?:Inc\.?|Corp\.?|Corporation|LLC|L\.L\.C\.|Ltd\.?|Limited|LLP|plc|PLC|N\.V\.|B\.V\.|"
    r"GmbH|AG|S\.A\.|S\.à\s?r\.l\.|S\.A\.R\.L\.|Co\.|Holdings)"
)
_COMMA_SUFFIX = re.compile(rf",?\s+{_SUFFIX}(?![\w])")
#: The first character of every _SUFFIX alternative.
_SUFFIX_FIRST = frozenset(alternative.lstrip("\\")[0] for alternative in _SUFFIX[3:-1].split("|"))
_KEEP_DOT = re.compile(
    r"(?:\b[A-Z]\.|Inc\.|Corp\.|Co\.|Ltd\.|Cir\.|Jr\.|Sr\.|N\.V\.|B\.V\.|S\.A\.|L\.L\.C\.)$"
)
_SUFFIX_END = re.compile(rf"(?:^|\s){_SUFFIX}$")
_DOMAIN = re.compile(
    r"(?<![@/\w.])(?:www\.)?([A-Za-z][\w-]{2,}\.(?:com|net|org|nl|be|io|co|tv|eu|fm|app))\b"
)
_PARTY_CONN = r"(?:of|the|and|&|van|de|der)"
_CAPTION = re.compile(
    rf"(?P<a>(?:{_CAP}|Does?|\d+(?:-\d+)?|#\d+)(?:[ \t\n]+(?:{_PARTY_CONN}[ \t\n]+)*(?:{_CAP}|\d+(?:-\d+)?|#\d+))*)"
    rf"[ \t\n]+v(?:s)?\.[ \t\n]+"
    rf"(?P<b>{_CAP}(?:[ \t\n]+(?:{_PARTY_CONN}[ \t\n]+)*{_CAP})*(?:,?\s+{_SUFFIX}|,?\s+et\s+al\.)?)"
)
_IN_RE = re.compile(rf"\bIn re[ \t\n]+(?P<b>{_CAP}(?:[ \t\n]+{_CAP})*(?:,?\s+{_SUFFIX})?)")
_SECTION = re.compile(
    r"\b(?:Section|Sec\.|Sectie|[Aa]rtikel)\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\([a-z0-9]+\))*)"
    r"(?:\s+(?:of|van)\s+(?:the\s+|de\s+)?((?:[A-Z][\w'’-]*\s+){1,8}Act))?"
)
_USC = re.compile(
    r"\b(\d+)\s+U\.?\s?S\.?\s?C\.?\s*(?:A\.?\s*)?(?:§+|[Ss]ec(?:tion|\.)?)?\s*(\d+[a-z]?(?:\([a-z0-9]+\))*)"
)
_ACT_YEAR = re.compile(r"(?:\s+of)?\s+(\d{4})\b")
_EU_ACT = re.compile(
    r"\b(?:Regulation|Directive|Verordening|Richtlijn)\s+(?:\((?:EU|EG|EC|EEG)\)\s+)?(?:No\.?\s+|nr\.?\s+)?\d{2,4}/\d{1,4}(?:/(?:EU|EG|EC|EEG))?"
)
_EU_ACT_WORDS = ("Regulation", "Directive", "Verordening", "Richtlijn")
_NL_WET = re.compile(
    r"\b(Wet(?:\s+(?:op|inzake|tot|ter|van|de|het|der|en)){0,3}(?:\s+[a-z][a-z-]+){1,3}"
    r"(?:\s+[IVX]+)?)\b|\b([A-Z][a-z]+wet(?:boek)?)\b|\b(Wetboek\s+van\s+[A-Z][a-z]+)\b"
)
_NL_WET_STOP = frozenset(
    [
        "is",
        "was",
        "werd",
        "wordt",
        "zijn",
        "die",
        "dat",
        "en",
        "of",
        "maar",
        "om",
        "te",
        "aan",
        "in",
        "op",
        "voor",
        "door",
        "met",
        "niet",
        "al",
        "ook",
        "nog",
        "heeft",
        "hebben",
        "had",
        "kan",
        "moet",
        "zal",
        "zou",
        "van",
        "de",
        "het",
        "een",
    ]
)
_NL_COURT = re.compile(
    r"\b(?:[Rr]echtbank|[Gg]erechtshof|[Aa]rbeidshof|[Hh]of\s+van\s+[Bb]eroep)"
    r"(?:\s+(?:van|in|te))?\s+((?:'s-)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r"|\b(Hoge Raad|Raad van State|Grondwettelijk Hof|Hof van Cassatie|"
    r"Europees Hof voor de Rechten van de Mens|Hof van Justitie(?: van de Europese Unie)?)\b"
)
_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
_PERSON = (
    rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|(?:van|de|der|den|von|da|di|le|la|du)(?:\s+(?:der|den|de))?))*"
    rf"(?:\s+{_NAME_WORD}){{1,2}}"
)
_ROLE_WORDS = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
_ROLE_BEFORE = re.compile(
    rf"(?:(?P<org>[A-Z][\w.'’&-]*)(?:'s|’s|-|\s+))?\b(?P<role>(?i:{_ROLE_WORDS}))\s+(?P<name>{_PERSON})"
)
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_PERSON}),\s+(?:(?:the|a|an|de|het|een|its|his|her)\s+)?"
    rf"(?:(?:former|long-time|longtime|then|voormalig|voormalige|gewezen)\s+)?"
    rf"(?:(?P<org>[A-Z][\w.'’&-]*)(?:'s|’s)\s+)?(?P<role>(?i:{_ROLE_WORDS}))\b"
    rf"(?:\s+(?:of|van)\s+(?P<org2>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*))?"
)
_DOE = re.compile(r"\b(?:Jane|John)\s+Does?(?:\s+#?\d+(?:\s*-\s*\d+)?)?\b")
_GROUP = re.compile(
    r"\b(?:(?:een|a|an|about|ongeveer|zo'n|some|at\s+least|minstens)\s+)?"
    r"(?P<count>\d+|[a-z]+tal|[a-z]+)\s+(?:(?:of|van)\s+)?(?:[a-z-]+\s+)??"
    r"(?P<noun>" + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_IN_PLACE = re.compile(r"\s+in\s+")
_OF_THE = re.compile(r"(\s+of\s+(?:the\s+)?)")
_AND = re.compile(r"\b(?:and|en)\b")
_NAME_PARTS = re.compile(r"[^\s,&]+(?:\s+[^\s,&]+)*")
_IN_NAME = re.compile(r"\b(?:of|for|the|on|in|to|van|voor|de|het|der)\b")
_WORDS = re.compile(r"[\w'’-]+")
_ROLE_FIRST_WORDS = frozenset(r.split()[0] for r in ROLES) | frozenset(
    r.split("-")[-1] for r in ROLES
)
_GROUP_WORDS = GROUP_NOUNS | {"doe", "does"}


#: Count words a plaintiff group may start with ("fifty women", "dozens of users"): the
#: numbers of two and more and the quantifiers (see _groups; digits are tested apart).
_COUNT_WORDS = frozenset(w for w, n in NUMBERS.items() if n >= 2) | (
    GROUP_QUANTIFIERS - {w for w, n in NUMBERS.items() if n < 2}
)


def _cue_automaton() -> ahocorasick.Automaton:
    """The words that let the role and group rules run, found in one pass over a sentence's
    lower-case text. A word's value is (its kinds, its length); the kinds are "role" (a
    role phrase's first word, or the part after its hyphen), "group" (a group noun or
    Doe) and "count" (a word a group's count may be)."""
    kinds: dict[str, list[str]] = {}
    for kind, words in (
        ("role", _ROLE_FIRST_WORDS),
        ("group", _GROUP_WORDS),
        ("count", _COUNT_WORDS),
    ):
        for word in words:
            kinds.setdefault(word, []).append(kind)
    automaton = ahocorasick.Automaton()
    for word in sorted(kinds):
        automaton.add_word(word, (tuple(kinds[word]), len(word)))
    automaton.make_automaton()
    return automaton


_CUES = _cue_automaton()
#: A group phrase ("at least fifty of the women") starts at most this many whitespace-
#: separated words before its noun; a role phrase's organisation ("Backpage co-founder")
#: at most one word before the role.
_GROUP_WORDS_BEFORE = 5
_ROLE_WORDS_BEFORE = 1


class _Cues:
    """What one pass over a sentence's lower-case text tells the role and group rules."""

    __slots__ = ("any_group", "any_role", "count_at", "group_at", "last_role", "role_at")

    def __init__(self) -> None:
        self.any_role = False  # a role word anywhere, also inside a longer word
        self.last_role = -1  # where the last role word starts, also inside a longer word
        self.any_group = False  # a group word anywhere, also inside a longer word
        self.role_at: list[int] = []  # where a role phrase may start
        self.group_at: list[int] = []  # where a group noun may start
        self.count_at: list[int] = []  # where a count word stands as a group's count can


def _cue_positions(lowered: str) -> _Cues:
    """Does `lowered` hold a role word, a group word (anywhere, also inside longer words:
    whether the rules run at all), where may a role phrase and a group noun start, and is
    there a count word where a group's count could stand?

    A role phrase starts at a word boundary and its first word is followed by whitespace
    (the rest of the phrase, or the name); a group noun follows whitespace and ends at a
    word boundary; a group's count starts at a word boundary and is followed by whitespace.
    Other occurrences ("men" in "documents") cannot be part of a match."""
    cues = _Cues()
    size = len(lowered)
    for end, (kinds, length) in _CUES.iter(lowered):
        start = end + 1 - length
        after = end + 1
        # a role phrase's first word and a count both start a word and end before a space
        opens = (start == 0 or not is_word_char(lowered[start - 1])) and (
            after < size and lowered[after].isspace()
        )
        for kind in kinds:
            if kind == "role":
                cues.any_role = True
                cues.last_role = max(cues.last_role, start)
                if opens:
                    cues.role_at.append(start)
            elif kind == "group":
                cues.any_group = True
                if (start > 0 and lowered[start - 1].isspace()) and (
                    after == size or not is_word_char(lowered[after])
                ):
                    cues.group_at.append(start)
            elif opens:
                cues.count_at.append(start)
    return cues


#: Every _DOMAIN match holds one of these (".co" covers ".com").
_TLDS = (".co", ".net", ".org", ".nl", ".be", ".io", ".tv", ".eu", ".fm", ".app")


def _domain_dots(text: str) -> list[int]:
    """Where a "." starts one of _TLDS: every _DOMAIN match holds one (found from the dots,
    which are few, rather than by a substring search per ending)."""
    found = []
    at = text.find(".")
    while at >= 0:
        if text.startswith(_TLDS, at):
            found.append(at)
        at = text.find(".", at + 1)
    return found


def _domain_windows(text: str, dots: list[int]) -> list[tuple[int, int]]:
    """Where a _DOMAIN match may start: its name runs back from the dot before its ending
    over word characters and "-", with "www." perhaps before it."""
    return [(max(0, run_back(text, dot, "-") - 4), dot) for dot in dots]


_COURT_HEADS = frozenset({"Court", "Circuit", "Tribunal"})
_CACHE_LIMIT = 50_000
#: A run's shape (see _run_shape), by run.
_RUN_SHAPES: dict[str, tuple[int, tuple[Found, ...]]] = {}
_RUN_CORES: dict[str, tuple[str, int]] = {}
_MONTHS_DAYS = NOT_NAME_START


def _strip_leading(text: str, start: int) -> tuple[str, int]:
    """Drop capitalised function words that start a run ("The", "In", "Under")."""
    while True:
        head, _, rest = text.partition(" ")
        if rest and (head in NOT_NAME_START or head.islower()):
            start += len(head) + 1
            text = rest.lstrip()
            continue
        return text, start


def _trim_end(text: str) -> str:
    if text.endswith(".") and not _KEEP_DOT.search(text):
        return text[:-1]
    return text


def _runs(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in _RUN.finditer(text):
        found = _RUN_CORES.get(match.group())
        if found is None:
            found = _run_core(match.group())
        run, skipped = found
        if not run or run in NOT_NAME_START:
            continue
        start = match.start() + skipped
        end = start + len(run)
        suffix = _COMMA_SUFFIX.match(text, end) if _may_have_suffix(text, end) else None
        if suffix:
            end = suffix.end()
            run = text[start:end]
        out.append((start, end, run))
    return out


def _may_have_suffix(text: str, end: int) -> bool:
    """Can _COMMA_SUFFIX match at `end`: an optional comma, whitespace, then the first
    character of a legal suffix? (Most runs are followed by an ordinary word.)"""
    size = len(text)
    if end < size and text[end] == ",":
        end += 1
    if end >= size or not text[end].isspace():
        return False
    while end < size and text[end].isspace():
        end += 1
    return end < size and text[end] in _SUFFIX_FIRST


def _run_core(matched: str) -> tuple[str, int]:
    """A run without its leading function words and trailing dot, and how many characters
    went from its start; cached, as capitalised runs recur."""
    if len(_RUN_CORES) >= _CACHE_LIMIT:
        _RUN_CORES.clear()
    run, start = _strip_leading(matched, 0)
    found = _RUN_CORES[matched] = (_trim_end(run.rstrip()), start)
    return found


def _clean(name: str) -> str:
    return _SPACES.sub(" ", name).strip()


def recognize(text: str, language: str) -> tuple[Found, ...]:
    """Every rule's proposals in a sentence. Not cached by sentence: the pipeline asks once
    per sentence and passes the answer on (a cache keyed by text would only pay off where
    documents repeat each other's sentences, as the bench's articles do)."""
    return tuple(_recognize(text, language))


def _recognize(text: str, language: str) -> list[Found]:
    """Every rule's proposals in a sentence, longest first where they overlap. A rule runs
    only on sentences that hold what each of its matches holds (cheap tests first)."""
    found: list[Found] = []
    lowered = text.lower()
    role_at: list[int] | None
    group_at: list[int] | None
    last_role: int | None
    digits = has_digit(text)
    if len(lowered) == len(text):  # offsets in the lower-case copy are offsets in text
        cues = _cue_positions(lowered)
        run_roles, run_groups = cues.any_role, cues.any_group
        role_at, last_role = cues.role_at, cues.last_role
        counted = _any_counted_noun(text, cues.group_at, cues.count_at, digits)
        group_at = cues.group_at if counted else []
    else:  # a letter whose lower case is longer: no offsets, the rules try everywhere
        words = set(_WORDS.findall(lowered))
        run_roles, run_groups = bool(words & _ROLE_FIRST_WORDS), bool(words & _GROUP_WORDS)
        role_at = group_at = last_role = None
    if " v." in text or " vs." in text or "In re " in text:
        found += _captions(text)
    if digits:
        found += _citations(text)
    if "wet" in lowered or "rechtbank" in lowered or "hof" in lowered or "raad" in lowered:
        found += _dutch(text)
    if run_roles:
        found += _people(text, role_at, last_role)
    if run_groups:
        found += _groups(text, language, group_at)
    for start, end, run in _runs(text):
        found += _classify_run(text, start, end, run)
    domain_dots = _domain_dots(text)
    if domain_dots:
        for match in finditer_within(
            _DOMAIN, text, _domain_windows(text, domain_dots), START_ANYWHERE
        ):
            name = match.group(1)
            found.append(
                Found(
                    match.start(1),
                    match.end(1),
                    (
                        Option("Platform", name),
                        Option("Vendor", name),
                        Option("Organization", name),
                    ),
                    "domain",
                )
            )
    return found


#: What the plaintiff side of a caption may hold besides word characters.
_CAPTION_PARTY_CHARS = "'’&-.# \t\n"


def _captions(text: str) -> list[Found]:
    """Case captions ("Doe v. Backpage.com, LLC"). A caption's plaintiff side is a stretch
    of names, numbers and connectors right before " v." or " vs.", so the pattern is tried
    only in such stretches rather than at every capital of the sentence."""
    out = []
    windows = []
    for cue in ("v.", "vs."):
        for at in occurrences(text, cue):
            if at > 0 and text[at - 1] in " \t\n":
                windows.append((run_back(text, at, _CAPTION_PARTY_CHARS), at))
    # a caption starts with a name's capital, a number or "#"
    for match in finditer_within(_CAPTION, text, windows, START_CAPITAL_DIGIT_HASH):
        a, a_start = _strip_leading(match.group("a"), match.start("a"))
        b = _trim_end(match.group("b"))
        name = _clean(text[a_start : match.start("b") + len(b)])
        parties = {
            "plaintiff": (a_start, a_start + len(a)),
            "defendant": (match.start("b"), match.start("b") + len(b)),
        }
        out.append(Found(a_start, a_start + len(name), (Option("Case", name),), "caption", parties))
    for match in _IN_RE.finditer(text):
        b = _trim_end(match.group("b"))
        name = _clean(text[match.start() : match.start("b") + len(b)])
        out.append(
            Found(match.start(), match.start() + len(name), (Option("Case", name),), "caption")
        )
    return out


def _citations(text: str) -> list[Found]:
    out = []
    for match in _USC.finditer(text) if "U" in text else ():
        name = f"{match.group(1)} U.S.C. § {match.group(2)}"
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", name, props=(("kind", "provision"),)),),
                "citation",
            )
        )
    for match in _SECTION.finditer(text) if "Sec" in text or "rtikel" in text else ():
        act = match.group(2)
        name = f"Section {match.group(1)}" + (f" of the {_clean(act)}" if act else "")
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", name, props=(("kind", "provision"),)),),
                "section",
            )
        )
    for match in _EU_ACT.finditer(text) if any(w in text for w in _EU_ACT_WORDS) else ():
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Law", _clean(match.group()), props=(("kind", "regulation"),)),),
                "eu-act",
            )
        )
    return out


def _dutch(text: str) -> list[Found]:
    out = []
    for match in _NL_WET.finditer(text):
        if match.group(1):
            words = match.group(1).split()
            while len(words) > 1 and words[-1] in _NL_WET_STOP:
                words.pop()
            for i, word in enumerate(words[1:], 1):
                if word in _NL_WET_STOP - {"op", "van", "de", "het", "en"}:
                    words = words[:i]
                    break
            if len(words) < 2:
                continue
            name = " ".join(words)
            start = match.start(1)
            out.append(Found(start, start + len(name), (Option("Law", name),), "wet"))
        else:
            group = 2 if match.group(2) else 3
            name = match.group(group)
            if name.lower() in ("wet", "wetboek"):
                continue
            out.append(Found(match.start(group), match.end(group), (Option("Law", name),), "wet"))
    for match in _NL_COURT.finditer(text):
        if match.group(2):
            name = match.group(2)
        else:
            head = match.group().split()[0]
            name = f"{head[0].upper()}{head[1:]} {match.group(1)}"
        out.append(Found(match.start(), match.end(), (Option("Court", _clean(name)),), "court-nl"))
    return out


def _role_name(role: str) -> str:
    return ROLES.get(role.lower(), role.lower())


def _people(
    text: str, role_at: list[int] | None = None, last_role: int | None = None
) -> list[Found]:
    """People introduced by a role; `role_at`, if known, holds where role phrases may start
    and `last_role` where the last role word starts (_ROLE_AFTER, "X, CEO of Y", needs a
    comma before its role word, so without one before the last it is not searched)."""
    out = []
    before = (
        _ROLE_BEFORE.finditer(text)
        if role_at is None
        # at an organisation name's capital, or at the role word
        else finditer_near(_ROLE_BEFORE, text, role_at, _ROLE_WORDS_BEFORE, START_CAPITAL_OR_WORD)
    )
    for match in before:
        name = _clean(match.group("name"))
        if name.split()[0] in NOT_NAME_START:
            continue
        role = _role_name(match.group("role"))
        org = match.group("org")
        extra: dict[str, object] = {"role": role}
        if org and org not in NOT_NAME_START and org[0].isupper():
            extra["role_of"] = (match.start("org"), match.end("org"))
        out.append(
            Found(
                match.start("name"),
                match.end("name"),
                (Option("Person", name, props=(("role", role),)),),
                "role",
                extra,
            )
        )
    after = last_role is None or "," in text[:last_role]
    for match in _ROLE_AFTER.finditer(text) if after else ():
        name = _clean(match.group("name"))
        if name.split()[0] in NOT_NAME_START:
            continue
        role = _role_name(match.group("role"))
        extra = {"role": role}
        for group in ("org", "org2"):
            if match.group(group):
                extra["role_of"] = (match.start(group), match.end(group))
        out.append(
            Found(
                match.start("name"),
                match.end("name"),
                (Option("Person", name, props=(("role", role),)),),
                "role",
                extra,
            )
        )
    return out


def _any_counted_noun(text: str, noun_at: list[int], count_at: list[int], digits: bool) -> bool:
    """Does a group noun have a count word (or a digit) among the three words before it?

    A group phrase's count is one to three words before its noun, and _groups drops a
    phrase whose count is no number of two or more or quantifier; without such a noun no
    phrase is kept, so the search can be skipped."""
    for noun in noun_at:
        first = words_back(text, noun, 3)
        if any(first <= at < noun for at in count_at) or (digits and has_digit(text[first:noun])):
            return True
    return False


def _groups(text: str, language: str, noun_at: list[int] | None = None) -> list[Found]:
    """Plaintiff groups and Does; `noun_at`, if known, holds where group nouns start (none
    when no noun has a count before it: see _any_counted_noun)."""
    out = []
    for match in _DOE.finditer(text) if "Doe" in text else ():  # every match holds "Doe"
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Person", _clean(match.group()), props=(("protected", True),)),),
                "doe",
                {"group": True},
            )
        )
    groups = (
        _GROUP.finditer(text)
        if noun_at is None
        else finditer_near(_GROUP, text, noun_at, _GROUP_WORDS_BEFORE, START_WORD)
    )
    for match in groups:
        count, noun = match.group("count").lower(), match.group("noun").lower()
        if noun not in GROUP_NOUNS:
            continue
        number = int(count) if count.isdigit() else NUMBERS.get(count)
        if number is None and count not in GROUP_QUANTIFIERS:
            continue
        if number is not None and number < 2:
            continue
        surface = match.group()
        out.append(
            Found(
                match.start(),
                match.end(),
                (Option("Person", _clean(surface), props=(("protected", True),)),),
                "group",
                {"group": True, "count": number},
            )
        )
    return out


_COURTISH = frozenset(
    [
        "U.S.",
        "US",
        "United",
        "States",
        "Federal",
        "Supreme",
        "Superior",
        "District",
        "Circuit",
        "Court",
        "Courts",
        "Appeals",
        "High",
        "County",
        "State",
        "Bankruptcy",
        "Magistrate",
        "Tribunal",
    ]
)


def _court(start: int, run: str) -> list[Found]:
    """A court name, without a person before it ("Judge X of the ...") or a place after it
    ("... Court in Nassau County")."""
    cut = _IN_PLACE.search(run)
    if cut:
        run = run[: cut.start()]
    parts = _OF_THE.split(run)
    while len(parts) > 2 and not any(w in _COURTISH for w in parts[0].split()):
        start += len(parts[0]) + len(parts[1])
        parts = parts[2:]
    name = "".join(parts)
    if len(name.split()) < 2:
        return []
    return [Found(start, start + len(name), (Option("Court", _clean(name)),), "court")]


def _classify_run(text: str, start: int, end: int, run: str) -> list[Found]:
    """What a capitalised run names; `end` is start + len(run). Only an Act's year looks
    past the run, so the rest is worked out once per distinct run (names recur)."""
    shape = _RUN_SHAPES.get(run)
    if shape is None:
        if len(_RUN_SHAPES) >= _CACHE_LIMIT:
            _RUN_SHAPES.clear()
        shape = _RUN_SHAPES[run] = _run_shape(run)
    act, founds = shape
    if act:
        year = _ACT_YEAR.match(text, end) if act == _ACT else None
        if year:
            end = year.end()
        name = _clean(text[start:end])
        return [Found(start, end, (Option("Law", name, props=(("kind", "statute"),)),), "act")]
    return [Found(start + f.start, start + f.end, f.options, f.rule, dict(f.extra)) for f in founds]


#: A run that names an Act ("Communications Decency Act", which a year may follow) or an
#: Act with its year ("... Act 2023"); see _run_shape.
_ACT, _ACT_WITH_YEAR = 1, 2


def _run_shape(run: str) -> tuple[int, tuple[Found, ...]]:
    """(whether and how the run names an Act, else its Founds at offset 0)."""
    words = run.replace(",", " ").split()
    if not words:
        return 0, ()
    last = words[-1]
    if last == "Act" or (len(words) > 2 and words[-2] == "Act" and words[-1].isdigit()):
        if len(words) < 2:
            return 0, ()
        return (_ACT if last == "Act" else _ACT_WITH_YEAR), ()
    return 0, tuple(_classify_named(0, len(run), run, words))


def _classify_named(start: int, end: int, run: str, words: list[str]) -> list[Found]:
    """_classify_run for a run that names no Act: a law code, court, company,
    organisation or (weakly) a person or platform."""
    last = words[-1]
    if last in ("Code", "Wetboek") and len(words) >= 2:
        return [
            Found(start, end, (Option("Law", _clean(run), props=(("kind", "statute"),)),), "code")
        ]
    if any(w in _COURT_HEADS for w in words):
        return _court(start, run)
    if _SUFFIX_END.search(run) and len(words) >= 2:
        name = _clean(run)
        return [
            Found(
                start,
                end,
                (Option("Organization", name), Option("Vendor", name), Option("Platform", name)),
                "company",
            )
        ]
    if any(w in ORG_HEADS for w in words) and len(words) >= 2:
        return [Found(start, end, (Option("Organization", _clean(run)),), "organization")]
    return _weak_people(start, run)


def _weak_people(start: int, run: str) -> list[Found]:
    """Unknown capitalised names, typed by their shape, that only a rule needing such an end
    may use: "YouPorn" (one CamelCase word: a platform or company), "Fenix International" (a
    company word: an organisation or vendor), "Steve Huffman" (a person or organisation).
    "Steve Huffman and Alexis Ohanian" gives two."""
    out = []
    for part in _NAME_PARTS.finditer(_AND.sub(lambda m: "&" * len(m.group()), run)):
        words = part.group().split()
        if not words or any(w in _MONTHS_DAYS for w in words):
            continue
        if not all(w[0].isupper() and w.replace("-", "").replace("'", "").isalnum() for w in words):
            continue
        if any(w.isupper() and len(w) > 1 for w in words):
            continue
        if len(words) == 1:
            if not any(c.isupper() for c in words[0][1:]):
                continue
            types: tuple[str, ...] = ("Platform", "Organization", "Vendor")
        elif any(w in COMPANY_WORDS for w in words):
            types = ("Organization", "Vendor")
        elif len(words) <= 3 and all(w.isalpha() for w in words) and not _IN_NAME.search(run):
            types = ("Person",)
        else:
            continue
        lo = start + part.start()
        name = _clean(part.group())
        options = tuple(Option(t, name) for t in types)
        out.append(Found(lo, lo + len(part.group()), options, "name", {"weak": True}))
    return out
