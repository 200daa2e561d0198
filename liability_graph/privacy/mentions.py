"""Where a protected person is named in a text, and what replaces the name.

The forms of one identity (see `identity_forms`):

- full: the name and each alias that reads as a name, in any case, with any run of spaces,
  hyphens, underscores, dots or %20 between the words (so URLs and file names match too),
  with and without accents; and "given surname" when there are middle names;
- initials: "M.J." (or "M. J.") of a personal name, and initials a name carries
  ("Jane Doe (G.G.)" -> "G.G."); case-sensitive, dotted;
- surname: "Jansen", "van der Berg", each part of "Quintanilla-Vex"; as written,
  Capitalised or UPPER CASE in running text, any case in URLs;
- given: the first name; only used where the Protector finds the person present and the name
  unambiguous, never on its own (see protect.py).

Placeholder words (Jane, John, Doe, Roe, …; the language packs' `privacy:` words) are never
forms on their own, so "Doe v. Twitter" keeps its caption. Keep forms, the names of other
known entities that contain a protected word ("Peter Jansen", "Jansen Logistics"), are
matched whole and left as they are.

Finding is two steps: the words of a text (`trigger_words`) pick the few forms that may occur,
then one regular expression over those forms, longest first, replaces them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from liability_graph.graph.model import strip_accents
from liability_graph.privacy.cues import load_cues
from liability_graph.privacy.vault import PSEUDONYM, URL_PSEUDONYM, pseudonym, url_pseudonym

FULL, INITIALS, SURNAME, GIVEN, KEEP = "full", "initials", "surname", "given", "keep"
#: Kinds matched in any case in running text (the others keep their capitals there).
_ANY_CASE = frozenset({FULL, KEEP})

_WORDS = re.compile(r"[^\W_]+")
_INITIAL_RUN = re.compile(r"(?<![^\W_])(?:[A-Z]\.\s?){2,}")
_ONLY_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){2,}$")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_NUMBERING = re.compile(r"\s*(?:#\s*\d+|\d+(?:\s*-\s*\d+)?|nos?\.\s*[\d\s-]+)\s*$", re.IGNORECASE)
_SEPARATOR = r"(?:[\s\u00a0_+.\-]|%20)+"
_BEFORE = r"(?<![^\W_])"
_AFTER = r"(?![^\W_])"


@dataclass(frozen=True)
class Form:
    """One way of writing a protected name (or a known name to keep), and whose it is."""

    kind: str
    text: str
    tokens: frozenset[str] = frozenset()

    def replacement(self, url: bool) -> str | None:
        """What replaces a match: the pseudonym, a generic one when several persons share the
        form, or None to keep the text."""
        if self.kind == KEEP or not self.tokens:
            return None
        if len(self.tokens) > 1:
            return URL_PSEUDONYM if url else PSEUDONYM
        (token,) = self.tokens
        return url_pseudonym(token) if url else pseudonym(token)


def fold(text: str) -> str:
    return strip_accents(text).casefold()


@lru_cache(maxsize=8192)
def trigger_words(text: str) -> frozenset[str]:
    """The folded words of a text, URL escapes decoded ("G.G." gives "g").

    Cached: pseudonymising a file asks for the words of each of its texts twice (who is
    present, then each rewrite), and names recur across files."""
    if "%" in text:
        text = unquote(text)
    return frozenset(_WORDS.findall(fold(text)))


def form_trigger(form: Form) -> str:
    """A word every match of the form contains: its longest, or an initial's letter."""
    words = _WORDS.findall(fold(form.text))
    return max(words, key=len) if words else ""


def form_words(form: Form) -> frozenset[str]:
    """Every word a match of the form contains (the `trigger_words` of any text it matches
    hold them all): "M.J." needs both "m" and "j", so a possessive "'s" alone does not make
    initials "K.S." a candidate, as their single-letter trigger "s" would."""
    return trigger_words(form.text)


# -- the forms of an identity -----------------------------------------------------------


@dataclass(frozen=True)
class NameParts:
    """A personal name cut into what people write alone: given name, surname, initials."""

    given: str | None
    surnames: tuple[str, ...]  # the surname, then its parts ("van der Berg", "Berg")
    short: str | None  # "given surname" without middle names
    initials: tuple[str, ...]


def name_parts(name: str) -> NameParts | None:
    """The parts of a personal name, or None when the name is no personal name (a group,
    a description, a placeholder such as "Jane Doe")."""
    cues = load_cues()
    core = _NUMBERING.sub("", _PARENTHESES.sub(" ", name)).strip()
    words = core.split()
    if not 1 <= len(words) <= 5 or any(any(c.isdigit() for c in w) for w in words):
        return None
    folded = [fold(w).strip(".,") for w in words]
    if any(w in cues.group_words for w in folded):
        return None
    real = [i for i, w in enumerate(words) if folded[i] not in cues.particles and w[:1].isupper()]
    if len(real) != len([w for w in folded if w not in cues.particles]):
        return None  # a lower-case word that is no particle: a description, not a name
    if all(folded[i] in cues.placeholders for i in real) or not real:
        return None
    if len(real) == 1:
        word = words[real[0]]
        return NameParts(None, _surname_forms(word, cues), None, ())
    given = words[real[0]]
    start = real[-1]
    while start > real[0] + 1 and folded[start - 1] in cues.particles:
        start -= 1
    surname = " ".join(words[start:])
    surnames = _surname_forms(surname, cues)
    if folded[real[0]] in cues.placeholders or len(given.strip(".")) < 2:
        given = None
    last = words[real[-1]]
    short = f"{words[real[0]]} {surname}" if len(real) > 2 else None
    letters = [w[0] for w in (words[i] for i in real) if w[0].isalpha()]
    initials: list[str] = []
    if given is not None and fold(last) not in cues.placeholders:
        initials.append("".join(f"{c}." for c in (letters[0], letters[-1])))
        if len(letters) > 2:
            initials.append("".join(f"{c}." for c in letters))
    return NameParts(given, surnames, short, tuple(initials))


def _surname_forms(surname: str, cues) -> tuple[str, ...]:
    """A surname and the pieces written alone: without particles, each part of a
    hyphenated name (3 letters or more); placeholders are dropped."""
    out = [surname]
    words = surname.split()
    core = " ".join(w for w in words if fold(w) not in cues.particles)
    out.append(core)
    if "-" in core:
        out += [p for p in core.split("-") if len(p) >= 3]
    return tuple(
        dict.fromkeys(f for f in out if f and fold(f) not in cues.placeholders and len(f) >= 2)
    )


def reads_as_name(text: str) -> bool:
    """An alias that names (it starts with a capital or a digit, or holds initials), rather
    than one that describes ("fifty women suing Salesforce")."""
    stripped = text.strip()
    return bool(stripped) and (
        stripped[0].isupper() or stripped[0].isdigit() or bool(_INITIAL_RUN.search(stripped))
    )


def identity_forms(names: Iterable[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """The global forms [(kind, text)] of a protected person's names, and their given names
    (used only where the person is present, see protect.py)."""
    names = list(names)
    forms: list[tuple[str, str]] = []
    given: list[str] = []
    for i, name in enumerate(names):
        name = " ".join(name.split())
        if len(name) < 2 or (i > 0 and not reads_as_name(name)):
            continue
        forms.append((FULL, name))
        for run in _INITIAL_RUN.findall(name):
            if fold(run).replace(" ", "") not in load_cues().abbreviations:
                forms.append((INITIALS, run.strip()))
        if _ONLY_INITIALS.match(_PARENTHESES.sub("", name).strip()):
            continue
        parts = name_parts(name)
        if parts is None:
            continue
        forms += [(SURNAME, s) for s in parts.surnames]
        if parts.short:
            forms.append((FULL, parts.short))
        forms += [(INITIALS, s) for s in parts.initials]
        if parts.given:
            given.append(parts.given)
    return list(dict.fromkeys(forms)), list(dict.fromkeys(given))


# -- patterns ---------------------------------------------------------------------------


def _case_variants(text: str) -> list[str]:
    variants = [text, text[:1].upper() + text[1:], text.upper()]
    stripped = strip_accents(text)
    if stripped != text:
        variants += [stripped, stripped.upper()]
    return list(dict.fromkeys(variants))


def _words_pattern(text: str) -> str:
    return _SEPARATOR.join(re.escape(w) for w in text.split())


def form_pattern(form: Form, url: bool) -> str:
    """The regular expression of one form (no capturing groups)."""
    if form.kind == INITIALS:
        letters = [c for c in form.text if c.isalpha()]
        body = r"\.\s?".join(re.escape(c) for c in letters) + r"\.?"
        return f"{_BEFORE}{body}{_AFTER}" if not url else f"{_BEFORE}(?i:{body}){_AFTER}"
    variants = [form.text]
    stripped = strip_accents(form.text)
    if stripped != form.text:
        variants.append(stripped)
    if form.kind in _ANY_CASE or url:
        body = "|".join(_words_pattern(v) for v in variants)
        return f"{_BEFORE}(?i:{body}){_AFTER}"
    body = "|".join(_words_pattern(v) for v in _case_variants(form.text))
    return f"{_BEFORE}(?:{body}){_AFTER}"


@lru_cache(maxsize=4096)
def _compiled(forms: tuple[Form, ...], url: bool) -> re.Pattern[str]:
    ordered = sorted(forms, key=lambda f: (-len(f.text), f.kind, f.text))
    return re.compile("|".join(f"({form_pattern(f, url)})" for f in ordered))


def _ordered(forms: tuple[Form, ...]) -> list[Form]:
    return sorted(forms, key=lambda f: (-len(f.text), f.kind, f.text))


def replace_forms(
    text: str, forms: Iterable[Form], url: bool = False
) -> tuple[str, list[tuple[int, int, str]]]:
    """`text` with every match of `forms` replaced; and the replaced spans of the original
    as (start, end, token), token "" where several persons share the form."""
    chosen = tuple(sorted(set(forms), key=lambda f: (f.kind, f.text, sorted(f.tokens))))
    if not chosen or not text:
        return text, []
    pattern = _compiled(chosen, url)
    ordered = _ordered(chosen)
    spans: list[tuple[int, int, str]] = []
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        form = ordered[(match.lastindex or 1) - 1]
        replacement = form.replacement(url or _in_location(text, match.start()))
        if replacement is None:
            continue
        out.append(text[last : match.start()])
        out.append(replacement)
        last = match.end()
        token = next(iter(form.tokens)) if len(form.tokens) == 1 else ""
        spans.append((match.start(), match.end(), token))
    if not spans:
        return text, []
    out.append(text[last:])
    return "".join(out), spans


def _in_location(text: str, at: int) -> bool:
    """Whether position `at` of a running text is inside a URL or a path."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
    token = text[start:at]
    return "://" in token or "/" in token


class FormIndex:
    """Forms by trigger word; a form several identities share carries all their tokens."""

    def __init__(self) -> None:
        self._forms: dict[tuple[str, str], Form] = {}
        self._by_trigger: dict[str, dict[tuple[str, str], None]] = {}
        self._needs: dict[tuple[str, str], frozenset[str]] = {}

    def add(self, kind: str, text: str, token: str | None) -> None:
        ident = (kind, fold(text) if kind in _ANY_CASE else text)
        known = self._forms.get(ident)
        tokens = frozenset(known.tokens if known else ()) | ({token} if token else set())
        if known is not None and known.tokens == tokens:
            return
        form = Form(kind, known.text if known else text, tokens)
        if kind == KEEP and known is not None and known.kind == KEEP and not tokens:
            return
        self._forms[ident] = form
        self._needs[ident] = form_words(form)
        trigger = form_trigger(form)
        if trigger:
            self._by_trigger.setdefault(trigger, {})[ident] = None

    def narrowed(self, words: AbstractSet[str]) -> FormIndex:
        """The forms that may occur in a text of these words, as an index of their own: it
        answers `candidates` as this one does for any text whose words are all in `words`
        (a file's texts, looked up one by one in the few forms the file may hold)."""
        index = FormIndex()
        for trigger in words & self._by_trigger.keys():
            for ident in self._by_trigger[trigger]:
                if self._needs[ident] <= words:
                    index._forms[ident] = self._forms[ident]
                    index._needs[ident] = self._needs[ident]
                    index._by_trigger.setdefault(trigger, {})[ident] = None
        return index

    def candidates(self, words: AbstractSet[str], whole: bool = True) -> list[Form]:
        """The forms that may occur in a text of these words: all of a form's words are
        there (`whole`), or only its trigger (words not cut as `trigger_words` cuts them)."""
        found: dict[tuple[str, str], None] = {}
        small, large = (
            (words, self._by_trigger) if len(words) < len(self._by_trigger) else (None, None)
        )
        if small is not None and large is not None:
            for word in small:
                hit = large.get(word)
                if hit:
                    found.update(hit)
        else:
            for trigger, idents in self._by_trigger.items():
                if trigger in words:
                    found.update(idents)
        if whole:
            needs = self._needs
            return [self._forms[i] for i in found if needs[i] <= words]
        return [self._forms[i] for i in found]

    def all(self) -> list[Form]:
        return list(self._forms.values())

    def __len__(self) -> int:
        return len(self._forms)
