"""Names that no list knows, typed by the noun that introduces them (open-world entities).

News introduces a new organisation or site with a role noun: "payment processor X",
"hosting company X", "the site X", "betaaldienst X", "hostingbedrijf X", "X, a cloud
provider", "its network and security provider, Cloudflare,". The pack's `type_nouns` say
which node types each noun gives; Dutch and German compounds count by their last part
("pornowebsite", "Kleinanzeigenseite"). A name so introduced keeps its types for the rest
of the document (Run.typed), and a rule's slot still picks the reading that fits it.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from liability_graph.loaders.extract.lexicon import (
    ADJECTIVE_ENDINGS,
    APPOSITION_DETERMINERS,
    ARTICLES,
    CAPITALISED_NOUNS,
    COMPANY_WORDS,
    COMPOUNDS,
    CONJUNCTIONS,
    INDEFINITES,
    INFINITIVE_MARKERS,
    JURISDICTION_ADJECTIVES,
    LAW_HEADS,
    LIST_OPENER_PHRASES,
    NAME_CONNECTORS_IN,
    NAME_HEAD_MODIFIERS,
    NAME_HEADS,
    NOT_NAME_START,
    OF,
    OPERATOR_NOUNS,
    ORGANIZATION_NAME_HEADS,
    OWNER_MODIFIERS,
    POSSESSIVES,
    SHORT_COMPOUND_HEADS,
    TITLE_ARTICLES,
    TYPE_COPULAS,
    TYPE_NOUNS,
    VENDOR_KIND_NOUNS,
    VENDOR_MODIFIERS,
    VENDOR_NAME_HEADS,
    VERB_FINAL,
    adjectival,
    owner_compound,
)
from liability_graph.loaders.extract.mentions import Mention, Option
from liability_graph.loaders.extract.recognize import legal_form, lower_brand, without_legal_form
from liability_graph.loaders.extract.text import Sentence, Token, possessive, sentence_adverb

_MIN_COMPOUND: Final = 4  # a compound's head noun is at least this long ("site" in "pornosite")
_SHORT_HEAD_STEM: Final = 4  # letters before a short head the pack lists ("datingapp", not "kapp")
_MAX_MODIFIERS: Final = 5  # lower-case words between a determiner and the type noun


#: type_of's answers by (word, language): every token of every sentence asks, twice.
#: Per language, a word -> its types (or _NO_TYPE); keyed by the word alone, as a look-up
#: by a (word, language) tuple hashes a new tuple every time.
_TYPE_CACHE: Final[dict[str, dict[str, tuple[str, ...]]]] = {}
_TYPE_CACHE_LIMIT: Final = 200_000
_NO_TYPE: Final[tuple[str, ...]] = ("(no type)",)  # cached for a word that gives none


def type_of(word: str, language: str) -> tuple[str, ...] | None:
    """The types a (lower-case) noun gives, whole or as the last part of a compound."""
    cache = _TYPE_CACHE.get(language)
    if cache is None:
        cache = _TYPE_CACHE[language] = {}
    found = cache.get(word)
    if found is None:
        if len(cache) >= _TYPE_CACHE_LIMIT:
            cache.clear()
        typed = _type_of(word, language)
        found = cache[word] = _NO_TYPE if typed is None else typed
    return None if found is _NO_TYPE else found


def _type_of(word: str, language: str) -> tuple[str, ...] | None:
    nouns = TYPE_NOUNS.get(language)
    if not nouns:
        return None
    found = nouns.get(word)
    if found is not None:
        return found or None  # listed with no type: no compound of another noun either
    head = word.rpartition("-")[2]
    if head != word and len(word) - len(head) > 3 and COMPOUNDS.get(language):
        return nouns.get(head)  # "socialemedia-app": a hyphen marks the head, however short
    if not COMPOUNDS.get(language):
        return None
    for cut in range(3, len(word) - _MIN_COMPOUND + 1):  # the longest head first
        found = nouns.get(word[cut:])
        if found is not None:
            return found
    for head in SHORT_COMPOUND_HEADS.get(language, ()):  # "datingapp", "chatapp"
        if word.endswith(head) and len(word) - len(head) >= _SHORT_HEAD_STEM and word.isalpha():
            return nouns.get(head)
    return None


def _vendor_modified(tokens: list[Token], i: int) -> bool:
    """ "hosting company", "payment services company": a vendor's kind before the noun."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].lower
        if word in VENDOR_MODIFIERS:
            return True
        if not word.replace("-", "").isalpha():
            return False
    return False


def _name_token(token: Token) -> bool:
    """Can the token be part of a name: capitalised, or a brand with digits ("8chan")?"""
    text = token.text
    first = text[:1]
    if first.isupper():
        return not adjectival(text)  # "the Utah-based app maker X"
    if first.islower():
        return lower_brand(text)  # "payment processor eVendr"
    return first.isdigit() and any(c.isalpha() for c in text) and text.isalnum()


def _name_end(tokens: list[Token], j: int, language: str) -> int:
    """After-last index of the name starting at token j (j if there is none)."""
    if j >= len(tokens) or not _name_token(tokens[j]):
        return j
    if tokens[j].text in NOT_NAME_START and not (
        j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() and tokens[j].text == "The"
    ):
        return j
    k = j + 1
    while k < len(tokens):
        if _name_token(tokens[k]) and tokens[k].text not in NOT_NAME_START:
            k += 1
        elif (
            tokens[k].lower in POSSESSIVES
            and k + 1 < len(tokens)
            and _name_token(tokens[k + 1])
            and tokens[k + 1].text not in NOT_NAME_START
        ):
            k += 2  # "stichting Take Back Your Privacy": a pronoun inside a name
        elif (
            tokens[k].lower in NAME_CONNECTORS_IN
            and k + 1 < len(tokens)
            and tokens[k + 1].text[:1].isupper()
        ):
            k += 2
        else:
            break
    if (
        k > j + 1
        and k < len(tokens)
        and tokens[k].text == "."
        and tokens[k].start == tokens[k - 1].end
        and legal_form(tokens[k - 1].text + ".")
    ):
        k += 1  # "Serverhuis B.V.": the legal form's own full stop
    return k


def _inside_name(tokens: list[Token], i: int, language: str) -> bool:
    """Is the type noun at i a word of a capitalised name ("the App Store", "de Play Store
    en App Store"): capitalised inside a sentence, in a language whose nouns are not, and
    followed by a capitalised word?"""
    return (
        0 < i < len(tokens) - 1
        # a compound whose last part is lower case is a common noun ("Quillo-dochter X")
        and tokens[i].text.rpartition("-")[2][:1].isupper()
        and tokens[i + 1].text[:1].isupper()
        # not a title in title case (a capitalised owner before the noun, "tegen Apples App
        # Store", still stands in running text)
        and (
            tokens[i - 1].text[:1].islower()
            or (i > 1 and tokens[i - 2].text[:1].islower())
            # "Brelco's App Vault ..." opening a sentence: an owner's possessive before
            or possessive(tokens[i - 1].text)
        )
        and not CAPITALISED_NOUNS.get(language, False)
    )


def _a_person(mentions: list[Mention], first: int, last: int) -> bool:
    """Is the name at first..last read only as a person ("Kees de Vries")?"""
    covering = _covering(mentions, first, last)
    return covering is not None and all(o.type == "Person" for o in covering.options)


def _holds_person(mentions: list[Mention], first: int, last: int) -> bool:
    """Does a name found only as a person's stand inside first..last (a run of capitalised
    words that a type noun would otherwise read as one name of its type)?"""
    return any(
        first <= m.first and m.last <= last and m.kind == "rule" and _a_person([m], m.first, m.last)
        for m in mentions
    )


def _heads_a_name(mentions: list[Mention], i: int, token: Token) -> bool:
    """Is the capitalised noun at i the first word of an organisation's name that a rule
    found ("De Autoriteit Persoonsgegevens", "Autoriteit Consument en Markt"): a word of
    the name, not a role noun that introduces the next word, also at a sentence's start."""
    return token.text[:1].isupper() and any(
        (m.first == i and m.last > i + 1 and m.extra.get("rule") == "organization")
        or m.first < i < m.last  # "Meta Platforms Inc.": a word inside a name found
        for m in mentions
    )


def _covering(mentions: list[Mention], first: int, last: int) -> Mention | None:
    for m in mentions:
        if m.first <= first and last <= m.last:
            return m
    return None


_OWNER_COMPOUND_TYPES: Final = ("Organization", "Vendor")
_OPERATED_TYPES: Final = ("Platform",)


def _operated(tokens: list[Token], i: int, language: str) -> bool:
    """Does a name follow the operator noun at i and its "of" ("the operator of X")?"""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].lower in OF
        and _name_end(tokens, i + 2, language) > i + 2
    )


def typed_names(
    sentence: Sentence, mentions: list[Mention], language: str
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(first token, after-last token, types) of every name a type noun introduces."""
    tokens = sentence.tokens
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for i in range(len(tokens)):
        token = tokens[i]
        types = type_of(token.lower, language)  # a cached look-up: most tokens stop here
        if types is None and token.lower in OPERATOR_NOUNS and _operated(tokens, i, language):
            # "Zorblat Inc., the operator of Quillchat,": what an operator runs is a service
            found.append((i + 2, _name_end(tokens, i + 2, language), _OPERATED_TYPES))
            continue
        if types is None:
            if "-" in token.text and owner_compound(token.text):
                # "Fortnite-maker Quillo", "TikTok-parent Zorblat": the name after the
                # compound is its owner (its first part the platform owned)
                end = _name_end(tokens, i + 1, language)
                if end > i + 1 and not _holds_person(mentions, i + 1, end):
                    found.append((i + 1, end, _OWNER_COMPOUND_TYPES))
            continue
        initial = token.text[:1]
        if not initial.islower() and not initial.isupper():
            continue
        if i > 0 and tokens[i - 1].lower in INFINITIVE_MARKERS.get(language, ()):
            continue  # "to host Parler's users": a verb, no type noun
        if _inside_name(tokens, i, language) or _heads_a_name(mentions, i, token):
            continue
        if (
            ("Vendor" in types or token.lower in VENDOR_KIND_NOUNS)
            and types[0] != "Vendor"
            and _vendor_modified(tokens, i)
        ):
            types = ("Vendor", *(t for t in types if t != "Vendor"))
        elif i > 0 and tokens[i - 1].lower in OWNER_MODIFIERS:
            types = ("Organization",)  # "the parent company of X"
        # "payment processor X", "companies including X and Y", "its provider, X,"
        j = i + 1
        opener = _list_opener(tokens, j)
        if opener:
            j += opener
        elif j < len(tokens) and tokens[j].text == "," and _apposed(tokens, i, language):
            j += 1
        elif (
            j + 1 < len(tokens)
            and tokens[j].text in TITLE_ARTICLES.get(language, ())
            and tokens[j + 1].text[:1].isupper()
            and _determiner_before(tokens, i, language) is None
            and not any(o.key for m in mentions if m.first == j + 1 for o in m.options)
        ):
            j += 1  # "neo-Nazi website the Daily Stormer": a title's own article
        elif _quoted_name(tokens, j, language):
            j += 1  # "the online marketplace 'Silk Road'": the name inside the quotes
        end = _name_end(tokens, j, language)
        if (
            j > i + 1
            and tokens[j - 1].text == ","
            and (types[0] != "Platform" or _of_before(tokens, i))
            and _a_person(mentions, j, end)
        ):
            end = j  # "de medeoprichter van het bedrijf, Lisa Vos,": the person of a role
            # (a site's own apposition names the site: "another forum site, Blip Chat,")
        if end > j and j == i + 1 and _relative_subject(tokens, i, end, language):
            end = j  # "X, the company Y co-founded": Y is the subject of a clause that
            # leaves out its "that", no company
        while end > j:
            if "Person" not in types and _holds_person(mentions, j, end):
                break  # "platforms, including Ohio AG Dana Reyes's suit": no listed platform
            j = _after_owner(tokens, j, end)
            found.append((j, end, types))
            k = end
            if (
                k + 1 < len(tokens)
                and tokens[k].lower in CONJUNCTIONS
                and (tokens[k].text != "," or _listed(tokens, k, language))
            ):
                nxt = _name_end(tokens, k + 1, language)
                if tokens[k].text == "," and _a_person(mentions, k + 1, nxt):
                    break  # "het hostingbedrijf X, Kees de Vries,": an apposition
                if nxt > k + 1:
                    j, end = k + 1, nxt
                    continue
            break
        # "X, a web-based dating app", "Parler, the social media platform"
        start = _determiner_before(tokens, i, language)
        copula = _copula_subject(tokens, start, language)
        if copula is not None and start is not None:  # "FOSTA is a federal law"
            found.append((copula, start - 1, types))
            continue
        if start is not None and start >= 2 and tokens[start - 1].text == ",":
            name_last = start - 1
            covering = _covering(mentions, name_last - 1, name_last)
            if covering is not None and covering.last == name_last:
                found.append((covering.first, covering.last, types))
            else:
                first = name_last
                while first > 0 and _name_token(tokens[first - 1]):
                    first -= 1
                adverb = first == 0 and name_last == 1 and sentence_adverb(tokens[0].text, language)
                if first < name_last and tokens[first].text not in NOT_NAME_START and not adverb:
                    found.append((first, name_last, types))  # not "Additionally, the ..."
    return found


#: An opening quotation mark and the mark that closes it.
_QUOTE_PAIRS: Final = {"‘": "’", "“": "”", '"': '"', "'": "'"}


def _quoted_name(tokens: list[Token], j: int, language: str) -> bool:
    """Does a quotation mark at j open a name that the matching mark closes right after it
    ("the site 'Silk Road'", "the app “Quillchat”")?"""
    if j + 2 >= len(tokens) or tokens[j].text not in _QUOTE_PAIRS:
        return False
    end = _name_end(tokens, j + 1, language)
    return end > j + 1 and end < len(tokens) and tokens[end].text == _QUOTE_PAIRS[tokens[j].text]


@cache
def _object_verbs(language: str) -> frozenset[str]:
    """The trigger words of the language's verb rules of founding and owning ("found",
    "co-found", "acquire", "run"): a name between a type noun and one of them may be the
    subject of a relative clause whose object the noun is ("the company Y co-founded")."""
    from liability_graph.loaders.extract.rules import rules_for

    return frozenset(
        word
        for rule in rules_for(language)
        if rule.relation in _RELATIVE_OBJECT_RELATIONS and not rule.noun
        for word in rule.specs[0].words
        if word.isalpha() or "-" in word
    )


_RELATIVE_OBJECT_RELATIONS: Final = frozenset({"FOUNDED", "OWNS"})


def relative_clause_subject(tokens: list[Token], first: int, last: int, language: str) -> bool:
    """Is the name at first..last the subject of an object relative clause without its
    "that", right after the type noun the clause describes ("X, the company Y co-founded,
    was sued": Y is no second name of the company, nor a member of a list with X)?"""
    return (
        first > 1
        and type_of(tokens[first - 1].lower, language) is not None
        and _relative_subject(tokens, first - 1, last, language)
    )


def _relative_subject(tokens: list[Token], i: int, end: int, language: str) -> bool:
    """Is the name after the type noun at i (ending at `end`) the subject of an object
    relative clause without its "that" ("X, the company Y co-founded, ...", "the site Y
    bought in 2019")? The noun phrase stands in apposition (its determiner after a comma:
    "The app Y launched in 2016" names the app Y), a verb of founding or owning follows the
    name, and no object follows the verb (an article or a name would be one: "X, the
    company Y acquired the app Z" names the company Y). Not in a verb-final language, whose
    clauses end in their verb after the object ("nadat de investeerder X kocht")."""
    if VERB_FINAL.get(language) or end >= len(tokens):
        return False
    start = _determiner_before(tokens, i, language)
    if start is None or start < 2 or tokens[start - 1].text != ",":
        return False
    verb = tokens[end]
    if not verb.text.replace("-", "").isalpha() or not verb.text.islower():
        return False
    verbs = _object_verbs(language)
    if verb.lower not in verbs and verb.lemma not in verbs:
        return False
    if end + 1 >= len(tokens):
        return True
    after = tokens[end + 1]
    return not (
        after.lower in ARTICLES
        or after.lower in POSSESSIVES
        or _name_token(after)
        or after.lower in INDEFINITES.get(language, ())
    )


def _after_owner(tokens: list[Token], j: int, end: int) -> int:
    """The first token of the name a type noun introduces at j..end after an owner's
    possessive inside the run ("platforms, including Brelco's Quixly and Zorbix's Plimo"):
    the noun types the name owned, never the owner with it."""
    for k in range(end - 2, j - 1, -1):
        if possessive(tokens[k].text):
            return k + 1
    return j


def _list_opener(tokens: list[Token], j: int) -> int:
    """How many tokens from j open a list of names after a plural type noun: "including",
    "such as", "zoals", also after a comma ("three platforms, including X"); 0 if none."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    for phrase in LIST_OPENER_PHRASES:
        end = k + len(phrase)
        if end < len(tokens) and all(tokens[k + m].lower == w for m, w in enumerate(phrase)):
            return end - j
    return 0


def _of_before(tokens: list[Token], i: int) -> bool:
    """Is the noun at i the complement of "of"/"van" ("the CEO of the site, X,": X is the
    role's person)?"""
    return any(tokens[k].lower in OF for k in range(max(0, i - _MAX_MODIFIERS - 1), i))


def _listed(tokens: list[Token], k: int, language: str) -> bool:
    """Does the comma at k go on with a list that a word ("and", "or") closes ("the sites A,
    B and C"), rather than open an apposition ("the forum A, Kees Brouwer, ...")?"""
    while k + 1 < len(tokens) and tokens[k].text == ",":
        end = _name_end(tokens, k + 1, language)
        if end == k + 1:
            return False
        k = end
    return k + 1 < len(tokens) and tokens[k].lower in CONJUNCTIONS and tokens[k].text != ","


def _copula_subject(tokens: list[Token], start: int | None, language: str) -> int | None:
    """The first token of the name before "is a"/"is een" whose indefinite determiner is
    at `start` (the name must start the sentence or follow a comma or conjunction)."""
    if start is None or start < 2 or tokens[start].lower not in INDEFINITES.get(language, ()):
        return None
    if tokens[start - 1].lower not in TYPE_COPULAS.get(language, ()):
        return None
    first = start - 1
    while first > 0 and _name_token(tokens[first - 1]) and start - 1 - first < 4:
        first -= 1
    if first == start - 1 or tokens[first].text in NOT_NAME_START:
        return None
    if (
        first > 0
        and tokens[first - 1].text not in (",", ";")
        and tokens[first - 1].lower not in CONJUNCTIONS
    ):
        return None
    return first


def _apposed(tokens: list[Token], i: int, language: str) -> bool:
    """Is the type noun at i in a definite or possessive phrase ("its provider, X")?"""
    return _determiner_before(tokens, i, language) is not None


def _determiner_before(tokens: list[Token], i: int, language: str) -> int | None:
    """Index of the determiner of the noun at i, over up to _MAX_MODIFIERS lower-case
    words, hyphenated words and "and" ("its network and security provider")."""
    determiners = APPOSITION_DETERMINERS.get(language, frozenset())
    named = False  # capitalised words between: a modifier only after "a"/"een"
    for j in range(i - 1, max(-1, i - 1 - _MAX_MODIFIERS), -1):
        word = tokens[j]
        if word.lower in determiners:
            if named and word.lower not in INDEFINITES.get(language, ()):
                return None  # "the Nimbus Pay website": the site's own name
            return j
        if word.text[:1].isupper() and possessive(word.text) and j < i - 1:
            return j  # "PayGate, Grimchan's payment processor,": a possessive determines
        if _name_token(word) and word.text not in NOT_NAME_START:
            named = True  # "X, a Bay Area site": the place the site is in
        elif (
            not word.text[:1].islower()
            and not word.text[:1].isdigit()
            and not place_adjective(word.text, language)
        ):
            return None
    return None


def place_adjective(word: str, language: str) -> bool:
    """A capitalised adjective of a place ("Amsterdamse", "Virginia-based"): its noun's
    modifier, no name."""
    endings = ADJECTIVE_ENDINGS.get(language)
    if not endings:
        return False
    return word[:1].isupper() and len(word) > 5 and word.endswith(endings)


def _compound_names(
    sentence: Sentence, mentions: list[Mention], language: str
) -> list[tuple[int, int, int, int, tuple[str, ...]]]:
    """(first token, after-last token, start, end, types) of names the pack's `name_heads`
    right after them type: "de Parler-app" (one hyphenated word) and "the Tallow app", "the
    Nimbus Pay website" (after a determiner). Platform nouns only: "the Visa network" or
    "the Nimbus company" say less than "the company Nimbus". A hyphened institution noun
    (`organization_name_heads`: "het Haga-ziekenhuis") types its name an organisation."""
    tokens = sentence.tokens
    heads = NAME_HEADS.get(language, frozenset())
    if not heads:
        return []
    vendor_heads = _vendor_heads(language)
    org_heads = ORGANIZATION_NAME_HEADS.get(language, frozenset())
    determiners = APPOSITION_DETERMINERS.get(language, frozenset())
    law_heads = LAW_HEADS.get(language, frozenset())
    modifiers = NAME_HEAD_MODIFIERS.get(language, frozenset())
    out: list[tuple[int, int, int, int, tuple[str, ...]]] = []
    for i, token in enumerate(tokens):
        text = token.text
        if "-" in text and text[:1].isupper():
            if i == 0 and len(tokens) > 1 and tokens[1].text[:1].isupper():
                continue  # "Video-app Chatterbox ...": a sentence's first word, a type noun
            head, _, tail = text.rpartition("-")
            if head and "-" not in head and head not in NOT_NAME_START:
                if tail in heads:
                    out.append((i, i + 1, token.start, token.start + len(head), ("Platform",)))
                elif (tail,) in vendor_heads.get(tail, ()):  # "de Gravik-hostingprovider"
                    out.append((i, i + 1, token.start, token.start + len(head), ("Vendor",)))
                elif tail in org_heads:  # "het Haga-ziekenhuis": the hospital Haga
                    out.append((i, i + 1, token.start, token.start + len(head), ("Organization",)))
                elif tail.lower() in law_heads and head.isupper():  # "de FOSTA-wet"
                    out.append((i, i + 1, token.start, token.start + len(head), ("Law",)))
            continue
        kind = ("Platform",)
        if (
            i >= 2
            and text not in heads
            and token.lower in vendor_heads
            and _vendor_head_at(tokens, i, vendor_heads)
        ):
            kind = ("Vendor",)  # "the Adlux ad network", "the Gravik hosting provider"
        elif i < 2 or text not in heads:
            continue
        stem = i  # "the Tallow dating app": the kind's words between the name and its head
        while (
            stem > 1
            and tokens[stem - 1].lower in modifiers
            and tokens[stem - 1].text.islower()  # "the Quixly Social app": a name's word
            and i - stem < 3
        ):
            stem -= 1
        if stem < i and not _name_token(tokens[stem - 1]):
            stem = i
        first = stem
        while (
            first > 0
            and _name_token(tokens[first - 1])
            and not possessive(tokens[first - 1].text)
            and stem - first < 3
        ):
            first -= 1
        if first < stem and first > 0 and possessive(tokens[first - 1].text):
            # "Brelco Labs's Quixly app": the owner's possessive opens the platform's name
            # as a determiner would, and the owner is a name too (an organisation)
            owner = first - 1
            while owner > 0 and _name_token(tokens[owner - 1]) and first - owner < 4:
                owner -= 1
            if _name_token(tokens[first - 1]) and tokens[owner].text not in NOT_NAME_START:
                covering = _covering(mentions, first, stem)
                if covering is None or (covering.first, covering.last) == (first, stem):
                    end = tokens[first - 1].end - 2
                    out.append((owner, first, tokens[owner].start, end, ("Organization",)))
                    out.append((first, stem, tokens[first].start, tokens[stem - 1].end, kind))
            continue
        if first == stem or first == 0 or tokens[first - 1].lower not in determiners:
            continue
        if tokens[first - 1].lower in INDEFINITES.get(language, ()):
            continue  # "a Bay Area site", "een Haagse app": what kind of site, not its name
        if tokens[first].text in NOT_NAME_START:
            continue
        if stem - first == 1 and tokens[first].text in JURISDICTION_ADJECTIVES:
            continue  # "the Chinese shopping app": what kind of app, not its name
        covering = _covering(mentions, first, stem)
        if covering is not None and (covering.first, covering.last) != (first, stem):
            continue  # part of a longer name ("the Play Store app")
        out.append((first, stem, tokens[first].start, tokens[stem - 1].end, kind))
    return out


_VENDOR_HEADS: Final[dict[str, dict[str, list[tuple[str, ...]]]]] = {}


def _vendor_heads(language: str) -> dict[str, list[tuple[str, ...]]]:
    """The pack's vendor name heads as word tuples ("ad_network": ("ad", "network")), by
    their first word, so that a token which opens none costs one dict look-up (issue #10:
    trying every head at every token cost a fifth of the extractor's time). Longest first,
    so a head that starts another never hides it."""
    found = _VENDOR_HEADS.get(language)
    if found is None:
        found = {}
        heads = (tuple(words.split("_")) for words in VENDOR_NAME_HEADS.get(language, ()))
        for head in sorted(heads, key=lambda h: (-len(h), h)):
            found.setdefault(head[0], []).append(head)
        _VENDOR_HEADS[language] = found
    return found


def _vendor_head_at(tokens: list[Token], i: int, heads: dict[str, list[tuple[str, ...]]]) -> bool:
    """Does a vendor name head start at token `i`?"""
    return _vendor_head_length(tokens, i, heads) > 0


def _vendor_head_length(
    tokens: list[Token], i: int, heads: dict[str, list[tuple[str, ...]]]
) -> int:
    """The number of words of the vendor name head starting at token `i` (0: none)."""
    if i >= len(tokens):
        return 0
    starting = heads.get(tokens[i].lower)
    if starting is None:
        return 0
    for head in starting:
        n = len(head)
        if i + n > len(tokens):
            continue
        k = 1
        while k < n and tokens[i + k].lower == head[k]:
            k += 1
        if k == n:
            return n
    return 0


def past_name_head(tokens: list[Token], j: int, language: str) -> int:
    """The token after the name head that starts at `j` ("Tallow app", "Adlux ad network":
    the words that type the name before them), or `j` when none does."""
    if j >= len(tokens):
        return j
    if tokens[j].text in NAME_HEADS.get(language, frozenset()):
        return j + 1
    return j + _vendor_head_length(tokens, j, _vendor_heads(language))


NameSpans = tuple[
    list[tuple[int, int, int, int, tuple[str, ...]]], list[tuple[int, int, tuple[str, ...]]]
]


def name_spans(sentence: Sentence, mentions: list[Mention], language: str) -> NameSpans:
    """The spans type nouns and name heads give a sentence: they depend only on its tokens
    and mentions, so the pipeline's two passes over a sentence can share them."""
    return (
        _compound_names(sentence, mentions, language),
        typed_names(sentence, mentions, language),
    )


def typed_mentions(
    sentence: Sentence,
    mentions: list[Mention],
    language: str,
    memory: dict[str, tuple[str, ...]],
    spans_found: NameSpans | None = None,
) -> list[Mention]:
    """Mentions for the names type nouns introduce here (known names keep their entity)
    and for names introduced so earlier in the document; `memory` learns the new ones.
    `spans_found` is name_spans() of these very mentions, when the caller has it."""
    tokens = sentence.tokens
    out: list[Mention] = []
    if spans_found is None:
        spans_found = name_spans(sentence, mentions, language)
    compounds, spans = spans_found
    for first, last, start, end, types in compounds:
        covering = _covering(mentions, first, last)
        if covering is not None and any(o.key for o in covering.options):
            continue  # a known name keeps its entity
        text = sentence.text[start - sentence.start : end - sentence.start]
        memory[text.casefold()] = types
        out.append(_mention(start, end, first, last, text, types))
    for first, last, types in spans:
        covering = _covering(mentions, first, last)
        if (
            covering is not None
            and covering.first == first
            and covering.last > last
            and all(tokens[k].text.isdigit() for k in range(last, covering.last))
        ):
            last = covering.last  # "the publisher Zorvex 12": the name holds its number
        if covering is not None and (
            covering.kind not in ("weak", "rule") or any(o.key for o in covering.options)
        ):
            continue  # a known name keeps its entity
        if (
            covering is not None
            and covering.kind == "rule"
            and (covering.first, covering.last) != (first, last)
            and covering.option_for(types) is None
        ):
            continue  # a word of a longer name of another type ("rechtbank Rotterdam")
        start, end = tokens[first].start, tokens[last - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        if possessive(text) and len(text) > 3:  # "processor Nimbacard's decision"
            text, end = text[:-2], end - 2
        types = _remember(memory, text.casefold(), types)
        short = without_legal_form(text)
        if short != text and len(short) >= 3:  # "Serverhuis B.V." is "Serverhuis" later
            memory.setdefault(short.casefold(), types)
        out.append(_mention(start, end, first, last, text, types))
    if memory:
        taken = [(m.first, m.last) for m in out]
        for m in mentions:
            if m.kind == "weak" and m.text.casefold() in memory and (m.first, m.last) not in taken:
                out.append(
                    _mention(m.start, m.end, m.first, m.last, m.text, memory[m.text.casefold()])
                )
                taken.append((m.first, m.last))
        out += _remembered_inside(sentence, mentions, memory, taken)
    return out


def _remembered_inside(
    sentence: Sentence,
    mentions: list[Mention],
    memory: dict[str, tuple[str, ...]],
    taken: list[tuple[int, int]],
) -> list[Mention]:
    """Names a type noun introduced that stand inside a longer capitalised run here
    ("Payments for Parlomo were ...", "Via Kletsmaat"): the run is no name, the typed name
    in it is. Only where no known or rule-found name covers the words."""
    lowered = sentence.text.casefold()
    if len(lowered) != len(sentence.text):
        return []  # offsets would not line up
    tokens = sentence.tokens
    out: list[Mention] = []
    for name, types in memory.items():
        short = len(name) < 3  # "X": a one-letter platform, only as that capital word
        # (looked for in capitals, not at every "x" of the sentence)
        haystack, needle = (sentence.text, name.upper()) if short else (lowered, name)
        if needle not in haystack or (short and not name.isalpha()):
            continue
        at = haystack.find(needle)
        while at >= 0:
            start, end = sentence.start + at, sentence.start + at + len(name)
            first = next((i for i, t in enumerate(tokens) if t.start == start), None)
            last = next((i + 1 for i, t in enumerate(tokens) if t.end == end), None)
            at = haystack.find(needle, at + 1)
            if first is None or last is None or not tokens[first].text[:1].isupper():
                continue
            if short and (last != first + 1 or not tokens[first].text.isupper()):
                continue
            if (first, last) in taken or any(
                not (m.last <= first or m.first >= last)
                and (
                    m.kind != "weak"
                    or (m.first, m.last) == (first, last)
                    or m.text.split()[-1] in COMPANY_WORDS
                )
                for m in mentions
            ):
                # a name of its own covers it ("Quillon Labs", the company that makes the
                # app Quillon, is no run around the app's name), or the memory pass took it
                continue
            text = sentence.text[start - sentence.start : end - sentence.start]
            out.append(_mention(start, end, first, last, text, types))
            taken.append((first, last))
    return out


def _remember(
    memory: dict[str, tuple[str, ...]], key: str, types: tuple[str, ...]
) -> tuple[str, ...]:
    """Learn the types a noun gives a name; a platform or a vendor stays one when a later
    noun says only that it is a company ("the app Vibely" ... "Vibely, a subsidiary of
    X"). Returns the name's types here."""
    known = memory.get(key)
    if known and known[0] in _SPECIFIC and types[0] not in _SPECIFIC:
        types = (*known, *(t for t in types if t not in known))
    memory[key] = types
    return types


_SPECIFIC: Final = frozenset({"Platform", "Vendor"})


def _mention(
    start: int, end: int, first: int, last: int, text: str, types: tuple[str, ...]
) -> Mention:
    options = tuple(Option(t, text) for t in types)
    return Mention(start, end, first, last, text, options, "rule", extra={"rule": "typed"})
