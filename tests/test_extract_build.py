"""The compiled extractor (mypyc, built by setup.py) and its pure-Python sources give the
same facts; stale compiled modules are never used; the search shortcuts that make
extraction fast find exactly what the plain searches find."""

from __future__ import annotations

import functools
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import ahocorasick
import pytest
from conftest import in_ci

from liability_graph.loaders.extract import BUILD, _compiled
from liability_graph.loaders.extract import recognize as R
from liability_graph.loaders.extract.lexicon import GROUP_NOUNS, ROLES
from liability_graph.loaders.extract.text import split_sentences

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "examples" / "corpus"

# Extracts the corpus (and the seed, if given) as `lgraph ingest` would on an empty store
# and prints every fact, serialised, one JSON document per file.
_EXTRACT_ALL = """
import json, sys
from pathlib import Path
from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Entity, Relationship
from liability_graph.loaders.base import loader_for
from liability_graph.loaders import extract as package
context = reference_context()
out = {"build": package.BUILD, "files": {}}
for path in sorted(Path(sys.argv[1]).iterdir()) + [Path(p) for p in sys.argv[2:]]:
    if not path.is_file() or path.name.startswith("."):
        continue
    facts = loader_for(path)(path, context)
    out["files"][path.name] = [
        repr(f) for f in facts if isinstance(f, (Entity, Relationship))
    ]
    for fact in context.resolver.resolve_facts(facts):
        if isinstance(fact, Entity):
            context.names.add(fact)
print(json.dumps(out))
"""


def _extract_all(seed: Path | None, pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "LGRAPH_PURE_PYTHON"}
    if pure:
        env["LGRAPH_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALL, str(CORPUS), *([str(seed)] if seed else [])],
        capture_output=True, text=True, env=env, check=True, timeout=600,
    )  # fmt: skip
    return json.loads(done.stdout)


def _spliced(rng: random.Random, sentences: list[str], pieces: list[str]) -> str:
    """A corpus sentence with one to three pieces put between its words at random: text
    that is real around the spots a pattern's quick test must not miss."""
    words = rng.choice(sentences).split(" ")
    for _ in range(rng.randint(1, 3)):
        words.insert(rng.randint(0, len(words)), rng.choice(pieces))
    return " ".join(words)


def test_compiled_and_pure_python_extract_the_same_facts(seed_path):
    if BUILD != "compiled":
        message = "the extractor is not compiled here (run `make compile`)"
        if in_ci():
            pytest.fail(message)  # `make test` installs it compiled: CI must test that
        pytest.skip(message)
    compiled = _extract_all(seed_path, pure=False)
    pure = _extract_all(seed_path, pure=True)
    assert (compiled["build"], pure["build"]) == ("compiled", "pure")
    assert compiled["files"].keys() == pure["files"].keys()
    assert len(compiled["files"]) >= 21  # the corpus and the seed
    for name, facts in compiled["files"].items():
        assert facts == pure["files"][name], name
    seed_facts = compiled["files"][seed_path.name]
    assert any("'SERVICED'" in fact and "vendor:salesforce" in fact for fact in seed_facts)


def _fake_build(folder: Path, sources: dict[str, str]) -> None:
    """A folder as setup.py leaves it: sources, a compiled module, the record of hashes."""
    import hashlib
    import importlib.machinery

    for name, text in sources.items():
        (folder / name).write_text(text)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (folder / f"frames{suffix}").write_bytes(b"not really a module")
    record = "".join(
        f"{hashlib.sha256(text.encode()).hexdigest()}  {name}\n" for name, text in sources.items()
    )
    (folder / "_compiled_sources.txt").write_text(record)


def test_an_edited_source_makes_the_compiled_modules_stale(tmp_path):
    assert _compiled.stale_sources(tmp_path) == []  # nothing compiled: nothing stale
    _fake_build(tmp_path, {"frames.py": "A = 1\n", "text.py": "B = 2\n"})
    assert _compiled.compiled_names(tmp_path) == {"frames"}
    assert _compiled.stale_sources(tmp_path) == []
    (tmp_path / "text.py").write_text("B = 3\n")
    assert _compiled.stale_sources(tmp_path) == ["text.py"]
    (tmp_path / "frames.py").unlink()
    assert _compiled.stale_sources(tmp_path) == ["frames.py", "text.py"]
    (tmp_path / "_compiled_sources.txt").unlink()
    assert _compiled.stale_sources(tmp_path) == ["(no record of the compiled sources)"]


def test_the_package_reports_which_build_runs():
    env = {**os.environ, "LGRAPH_PURE_PYTHON": "1"}
    script = (
        "import liability_graph.loaders.extract as e, liability_graph.loaders.extract.frames as f;"
        "print(e.BUILD, f.__file__.endswith('.py'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["pure", "True"]


def _sentences() -> list[str]:
    out = []
    for path in sorted(CORPUS.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            text = path.read_text(encoding="utf-8", errors="replace")
            out += [text[s:e] for s, e in split_sentences(text, 0)]
    return out


def _odd_or_corpus_texts(seed: int, alphabet: str, count: int, shortest: int, longest: int):
    """`count` texts, alternately a corpus sentence and a random string of `alphabet`'s
    characters (the odd ones a shortcut must treat as the plain pattern does)."""
    rng = random.Random(seed)
    sentences = _sentences()
    for i in range(count):
        if i % 2:
            yield "".join(rng.choice(alphabet) for _ in range(rng.randint(shortest, longest)))
        else:
            yield rng.choice(sentences)


def _found(items: list) -> list:
    return [(f.start, f.end, f.options, f.rule, f.extra) for f in items]


def test_role_and_group_rules_find_what_a_full_scan_finds():
    """_people and _groups try their patterns only near role words and group nouns; on
    sentences with such phrases put in at random places, they find exactly what a plain
    finditer over the whole sentence finds, and the cue test never skips a sentence that
    the old word test let through."""
    rng = random.Random(20261129)
    sentences = _sentences()
    phrases = [*ROLES, *(r.title() for r in ROLES), *GROUP_NOUNS, "fifty women",
               "at least 12 of the victims", "Backpage co-founder", "eBay founder",
               "een vijftigtal vrouwen", "zo'n 40 meisjes", "(fifty women", "Backpage's CEO",
               "Meta-CEO", "about  three\nparents", "Jane Doe", "John Does 1-5", "dozens of",
               "documents", "abusers", "CEO's", "(Ten users", "often users", "x-dozens of men",
               "tientallen meisjes", "the many women", "2 users", "een vrouwen", "one women"]  # fmt: skip
    names = ["Michael Lacey", "Carl Ferrer", "Jan de Vries", "Anna Smith-Jones", "Ö Zsa"]
    checked = found = 0
    for _ in range(4000):
        words = rng.choice(sentences).split(" ")
        for _ in range(rng.randint(1, 4)):
            tail = rng.choice(["", " " + rng.choice(names), ", " + rng.choice(names)])
            words.insert(rng.randint(0, len(words)), rng.choice(phrases) + tail)
        text = " ".join(words)
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        cues = R.sentence_cues(text, lowered, "en")
        assert cues is not None
        any_role, any_group, role_at, group_at = (
            cues.any_role, cues.any_group, cues.role_at, cues.group_at
        )  # fmt: skip
        counted = R._any_counted_noun(text, cues.group_at, cues.count_at, R.has_digit(text))
        words_in = set(R._WORDS.findall(lowered))
        assert any_role or not words_in & R._ROLE_FIRST_WORDS, text
        assert any_group or not words_in & R._GROUP_WORDS, text
        people = _found(R._people(text)) if any_role else []
        near = _found(R._people(text, role_at, cues.last_role)) if any_role else []
        assert near == people, text
        groups = _found(R._groups(text, "en")) if any_group else []
        near = _found(R._groups(text, "en", group_at if counted else [])) if any_group else []
        assert near == groups, text
        checked += 1
        found += len(people) + len(groups)
    assert checked > 3500 and found > 1000


def test_capitalised_runs_match_the_plain_pattern():
    """_RUN begins with one character class so that re can skip ahead; it matches exactly
    what the plain pattern (_CAP first, never inside a word unless one or two lower-case
    letters open the word: "eBay") matches, also on odd letters and digits."""
    opened = r"(?<![\w.'’@/#-])"
    start = rf"(?:(?<!\w)|(?<={opened}[a-z])(?=[A-Z])|(?<={opened}[a-z]{{2}})(?=[A-Z]))"
    plain = re.compile(rf"{start}{R._CAP}(?:[ \t\n]+(?:{R._CONN}[ \t\n]+)*{R._CAP})*")
    alphabet = (
        "AbC.1st 2nd Dd ÉéK\u212a\u0130ſ''’&-\n\t_ of the van 3rd 42 U.S. X.Y.Z. Inc. ٣٤th"
        " eBay iQ @x/y#z"
    )
    without_digits = 0
    for text in _odd_or_corpus_texts(7, alphabet, 20000, shortest=1, longest=40):
        spans = [m.span() for m in R._RUN.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        if not R.has_digit(text):  # the pattern for text without digits finds the same
            assert [m.span() for m in R._RUN_LETTER.finditer(text)] == spans, text
            without_digits += 1
    # and in text whose every digit is made a letter (odd letters and all)
    for text in _odd_or_corpus_texts(8, alphabet.translate(_LETTERED), 6000, 1, 40):
        text = text.translate(_LETTERED)
        assert not R.has_digit(text), text
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in R._RUN_LETTER.finditer(text)] == spans, text
    assert without_digits > 5000


#: Every decimal digit of the test alphabets and corpus made a capital or lower-case letter.
_LETTERED = {ord(d): ("Q" if i % 2 else "q") for i, d in enumerate("0123456789٣٤")}


def test_date_patterns_tried_near_cue_words_find_what_a_full_scan_finds():
    """find_dates tries its month patterns only near month names and the relative-date
    pattern only near its cue words; that finds exactly what finditer finds."""
    from liability_graph.loaders.extract import dates as D
    from liability_graph.loaders.extract.search import START_WORD, finditer_near, occurrences

    rng = random.Random(11)
    sentences = _sentences()
    phrases = ["last year", "vorig jaar", "the following\nyear", "three years ago",
               "drie jaren geleden", "a year later", "het jaar daarop", "on Monday",
               "op maandag", "yesterday", "vandaag", "earlier this month", "LAST YEAR",
               "birthday", "dagblad", "jaarverslag", "12 March 2019", "on 3 mei 2021",
               "March 12, 2019", "Sept. 2020", "in april", "begin juni", "29th of July 2022",
               "mayor", "market", "decision", "Jane", "12 mrt"]  # fmt: skip
    checked = 0
    for _ in range(3000):
        text = _spliced(rng, sentences, phrases)
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        relative_at = [i for w in D._RELATIVE_CUES for i in occurrences(lowered, w)]
        month_at = [i for w in D._MONTH_NAMES for i in occurrences(lowered, w)]
        searches = [(D._RELATIVE, relative_at, 2), (D._MONTH_ALONE, month_at, 1)]
        searches += [(p, month_at, n) for p, _, n in D._PATTERNS if n is not None]
        for pattern, cues, words_before in searches:
            near = finditer_near(pattern, text, cues, words_before, START_WORD)
            assert [m.span() for m in near] == [m.span() for m in pattern.finditer(text)], text
        checked += 1
    assert checked > 2500


def test_captions_tried_before_v_find_what_a_full_scan_finds():
    """_captions tries _CAPTION only in the stretch of names before each " v." or " vs.";
    that finds exactly what finditer over the whole sentence finds."""
    from liability_graph.loaders.extract.search import (
        START_CAPITAL_DIGIT_HASH,
        finditer_within,
        run_back,
    )

    rng = random.Random(5)
    sentences = _sentences()
    phrases = ["Doe v. Backpage.com, LLC", "Jane Does 1-50 v. Salesforce", "eBay v. X",
               "(Doe v. Twitter)", "A.M. v. Omegle.com LLC", "Doe #1 v. Twitter, Inc.",
               "People\tv.\nFerrer", "J.B. vs. G6 Hospitality", "In re Facebook, Inc.",
               "the 3rd v. the 4th", "US v.", "Fleites v. MindGeek S.à r.l.", "12-34 v. Z",
               "Ó Sullivan v. Ireland", "٣ v. Q"]  # fmt: skip
    checked = found = 0
    for _ in range(3000):
        text = _spliced(rng, sentences, phrases)
        if " v." not in text and " vs." not in text:
            continue
        windows = []
        for cue in ("v.", "vs."):
            at = text.find(cue)
            while at >= 0:
                if at > 0 and text[at - 1] in " \t\n":
                    windows.append((run_back(text, at, R._CAPTION_PARTY_CHARS), at))
                at = text.find(cue, at + 1)
        full = [m.span() for m in R._CAPTION.finditer(text)]
        near = finditer_within(R._CAPTION, text, windows, START_CAPITAL_DIGIT_HASH)
        assert [m.span() for m in near] == full, text
        checked += 1
        found += len(full)
    assert checked > 2500 and found > 2500


def test_tokens_from_whitespace_chunks_equal_one_regex_scan():
    """tokenize splits at whitespace and sends only chunks that are not a plain word through
    _TOKEN; on corpus sentences and random strings of odd characters (Unicode spaces and
    digits, "_", "§", apostrophes) its tokens and offsets equal one scan of the sentence."""
    from liability_graph.loaders.extract import text as T

    spaced = re.compile(r"(\s*)(" + T._TOKEN.pattern + ")")
    alphabet = "ab Z1_§.,-'’&()“”\u00a0\u2009\u3000\x1c\n\t٣éÉ ß ﬁ"
    for text in _odd_or_corpus_texts(3, alphabet, 20000, shortest=0, longest=30):
        expected, position = [], 100
        for space, word in spaced.findall(text):
            position += len(space)
            expected.append((word, position, position + len(word)))
            position += len(word)
        tokens = T.tokenize(text, 100, "en")
        assert [(t.text, t.start, t.end) for t in tokens] == expected, repr(text)


def test_date_cue_shortcuts_answer_as_the_patterns_do():
    """find_dates finds its cue words in one automaton pass, tests month names only where
    they start, and searches _FROM and _TO only after one of their last words; each answers
    exactly as the plain substring tests and searches do."""
    from liability_graph.loaders.extract import dates as D
    from liability_graph.loaders.extract.search import occurrences

    rng = random.Random(29)
    sentences = _sentences()
    pieces = ["since", "Since ", "beginning\tin ", "starting  in", "begin", "from", "VANAF",
              "sinds\n", "until after", "tot na ", "tot", "into", "through", "to", "na",
              "ſince", "Kin", "\u0130n", "market", "mei", "dec.", "Maart", "vandaag", "jaren",
              "yesterday", "2019", " ", "\n", "x", "in"]  # fmt: skip
    for i in range(20000):
        if i % 2:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        else:
            text = rng.choice(sentences)[: rng.randint(0, 60)]
        for last_words, pattern in ((D._FROM_LAST, D._FROM), (D._TO_LAST, D._TO)):
            expected = pattern.search(text) is not None
            assert D._ends_with_cue(text, last_words, pattern) == expected, repr(text)
        lowered = text.lower()
        if len(lowered) != len(text) or any(c in text for c in D._ODD_CASE):
            continue
        cues = D.DateCues(lowered)
        for kind, words in ((D._DATE_WORD, D._DATE_WORDS), (D._MONTH_NAME, D._MONTH_NAMES),
                            (D._RELATIVE_WORD, D._RELATIVE_WORDS)):  # fmt: skip
            assert bool(cues.kinds & kind) == any(w in lowered for w in words), repr(text)
        months = sorted(i for w in D._MONTH_NAMES for i in occurrences(lowered, w))
        assert sorted(cues.month_at) == months
        relative = sorted(i for w in D._RELATIVE_CUES for i in occurrences(lowered, w))
        assert sorted(cues.relative_at) == relative
        anchored = any(D._MONTH_WORD.match(text, at) for at in cues.month_at)
        assert anchored == (D._MONTH_WORD.search(text) is not None), repr(text)


def _split_by_scanning(text: str) -> list[tuple[int, int]]:
    """split_sentences as first written: _HEADING_END and _END tried at every character."""
    from itertools import pairwise

    from liability_graph.loaders.extract import text as T

    spans, cuts = [], [0]
    for match in T._PARAGRAPH.finditer(text):
        if not T.runs_on(text, match.start(), match.end()):
            cuts += [match.start(), match.end()]
    cuts += [match.end() - 1 for match in T._HEADING_END.finditer(text)]
    lines = text.split("\n")
    if max(len(line) for line in lines) >= T._UNWRAPPED_LINE:  # a line of its own ends
        at = -1
        for i, (line, following) in enumerate(pairwise(lines)):
            at += len(line) + 1
            opener = following.lstrip(" \t")[:1]
            last = line.rstrip(" \t\r")[-1:] or ("\n" if i else "")
            if (
                opener
                and (opener.isupper() or opener.isdigit() or opener in T._LINE_OPENERS)
                and last
                and last not in T._OPEN_LINE_ENDS
                and not T.runs_on(text, at, at + 1)
            ):
                cuts.append(at)
    cuts = sorted({*cuts, len(text)})
    for begin, stop in pairwise(cuts):
        pos = begin
        for match in T._END.finditer(text, begin, stop):
            if T._is_boundary(text, match.start(), match.end()):
                spans.append((pos, match.end()))
                pos = match.end()
        spans.append((pos, stop))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped and any(c.isalnum() for c in stripped):
            start += len(chunk) - len(chunk.lstrip())
            out.append((start, start + len(stripped)))
    return out


def test_sentence_ends_tried_at_punctuation_equal_a_full_scan():
    """split_sentences tries _END only where a run of . ! ? starts and finds headings from
    their "#"; on corpus documents cut and spliced at random, and on random strings of
    the characters that matter, it gives the spans of the full scan."""
    rng = random.Random(41)
    documents = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.iterdir())
                 if p.is_file() and not p.name.startswith(".")]  # fmt: skip
    alphabet = ["A", "b", ".", "!", "?", "...", " ", "\n", "\n\n", "#", " #", "\t", '"', "”",
                ")", "Inc.", "U.S.", "J.", "1.", "- ", "é", "\u00a0"]  # fmt: skip
    for i in range(6000):
        if i % 2:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        else:
            document = rng.choice(documents)
            a = rng.randint(0, len(document))
            text = document[a : a + rng.randint(0, 1500)] + rng.choice(alphabet)
        assert split_sentences(text, 0) == _split_by_scanning(text), repr(text)


def test_domain_and_suffix_shortcuts_find_what_a_full_scan_finds():
    """Domains are tried only back from a dot that starts a known ending, and a legal
    suffix after a run only where a comma or space and a suffix's first letter follow;
    both find what the plain searches find."""
    from liability_graph.loaders.extract.search import START_ANYWHERE, finditer_within

    rng = random.Random(17)
    sentences = _sentences()
    pieces = ["Backpage.com", "www.pornhub.com", "x-omegle.tv", "a.io", "@mail.com",
              "/path.org", "foo_bar.nl", "é-bar.eu", ".app", "ab.co.uk", "Salesforce", ",",
              " ", "  ", "\n", " Inc.", ", LLC", " Corp", " S.à r.l.", " plc", " Holdings",
              " Co.", " ltd", "Ltd", "www.x", ".", "com"]  # fmt: skip
    checked = 0
    for i in range(20000):
        if i % 2:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        else:
            words = rng.choice(sentences).split(" ")
            words.insert(rng.randint(0, len(words)), rng.choice(pieces))
            text = " ".join(words)
        dots = R._domain_dots(text)
        assert bool(dots) == any(tld in text for tld in R._TLDS), repr(text)
        windows = R._domain_windows(text, dots)
        near = [m.span() for m in finditer_within(R._DOMAIN, text, windows, START_ANYWHERE)]
        assert near == [m.span() for m in R._DOMAIN.finditer(text)], repr(text)
        for end in range(len(text) + 1):
            if R._COMMA_SUFFIX.match(text, end):
                assert R._may_have_suffix(text, end), repr(text[end:])
        checked += 1
    assert checked == 20000


def test_credit_masks_tried_after_their_quick_tests_blank_what_the_plain_patterns_blank():
    """mask_credits runs the dateline patterns only where an agency's bracket and dash
    stand, and the ticker pattern only where a ticker's dot and exchange code stand; on
    corpus sentences and made-up wire copy it blanks exactly what the patterns alone blank."""
    from liability_graph.loaders.extract import pipeline as P

    def plain(text: str) -> str:
        text = P._DATELINE.sub(lambda m: " " * len(m.group(0)), text)
        text = P._DATED_AGENCY.sub(P._blank_agency, text)
        text = P._TICKER.sub(lambda m: " " * len(m.group(0)), text)
        if ":" not in text and "\n" not in text:
            return text
        return P._CREDIT_LINE.sub(lambda m: " " * len(m.group(0)), text)

    rng = random.Random(53)
    sentences = _sentences()
    pieces = ["OSLO (Reuters) -", "PHOENIX (AP) —", "March 14 (UPI) --", "3 May (Reuters) - ",
              "(Reuters)", ") -", ")\t–", "(AFP)—", "Meta FB.O", "TWTR.N,", "bought AAPL.O.",
              "L.L.C.", "J.K.", "(X.PA)", "Zorblat ZRB.DE", " ZZ.HK", ".OQ", ".Ox", ".O.b", "\n",
              "\n\n", "Photo: Lin Oakes", "By Tam Ruel", "a.T", "U.N.", "e.g. ", "(", ")"]  # fmt: skip
    blanked = 0
    for i in range(12000):
        if i % 2:
            text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        else:
            text = _spliced(rng, sentences, pieces)
        masked = P.mask_credits(text)
        assert masked == plain(text), repr(text)
        blanked += masked != text
    assert blanked > 2000


def test_has_digit_answers_as_the_digit_pattern():
    from liability_graph.loaders.extract.search import has_digit

    rng = random.Random(2)
    alphabet = "ab 0 9 ٣ ² ½ é x\u00a0"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert has_digit(text) == (re.search(r"\d", text) is not None), repr(text)


def test_compiled_bisect_equals_the_bisect_module():
    import bisect

    from liability_graph.loaders.extract import search

    rng = random.Random(8)
    for _ in range(3000):
        values = sorted(rng.randint(0, 20) for _ in range(rng.randint(0, 12)))
        x = rng.randint(-1, 21)
        assert search.bisect_left(values, x) == bisect.bisect_left(values, x)
        assert search.bisect_right(values, x) == bisect.bisect_right(values, x)


def test_learned_names_stay_within_their_document():
    """A name extraction learns from a document's chunk is found in that document's later
    chunks, never in another document nor in a second pass over the same one: what a
    document yields depends on it and the anchors alone (so workers agree, issue #13)."""
    from liability_graph.graph.model import Entity
    from liability_graph.loaders.base import LoadContext
    from liability_graph.loaders.extract import gazetteer as G
    from liability_graph.loaders.extract.mentions import Option

    context = LoadContext()
    gazetteer = G.Gazetteer(context.names)
    text = "Today Quintessa Vandermolen spoke."
    name = "Quintessa Vandermolen"
    key = Entity("Person", name).key

    def found() -> set[str]:
        return {text[h.start : h.end] for h in gazetteer.find(text, 0, "en")}

    gazetteer.begin("document:a", 0)
    gazetteer.learn(Option("Person", name), key)
    gazetteer.begin("document:a", 5000)  # a later chunk of the same document
    assert found() == {name}
    gazetteer.begin("document:b", 0)  # another document
    assert found() == set()
    gazetteer.begin("document:a", 0)
    gazetteer.learn(Option("Person", name), key)
    gazetteer.begin("document:a", 0)  # the same document read again from its start
    assert found() == set()
    context.names.add(Entity("Person", name))  # an anchor (curated): every document
    gazetteer.begin("document:c", 0)
    assert found() == {name}


def test_a_document_yields_the_same_facts_whatever_was_read_before_it(tmp_path):
    """Extraction in one process, as ingest and `lgraph extract` read (loader, then the
    resolver): the dev corpus's documents, and two that write one new name in two
    spellings, each read alone (a fresh process's view) and after all the others, give
    the same facts."""
    from liability_graph.loaders.mapstep import names_context
    from liability_graph.loaders.parallel import load_file

    def facts_of(path, context):
        return sorted(repr(f) for f in load_file(path, context).facts)

    story = "The Federal Trade Commission sued Zorvik Media, the company that runs the video "
    for name, site in (("a.md", "PinTrail"), ("b.md", "Pintrail")):
        (tmp_path / name).write_text(f"{story}site {site}, in federal court on Tuesday.\n")
    paths = [
        *sorted((Path(__file__).resolve().parent.parent / "examples" / "corpus").glob("*.*")),
        tmp_path / "a.md",
        tmp_path / "b.md",
    ]
    shared, _ = names_context()
    after_others = {p.name: facts_of(p, shared) for p in paths}
    assert "Pintrail" in repr(after_others["b.md"])
    for path in [*paths[:: max(1, len(paths) // 6)], tmp_path / "b.md"]:
        alone, _ = names_context()
        assert facts_of(path, alone) == after_others[path.name], path.name


# Extracts the corpus twice with the cyclic collector off, then collects: every object
# of the extractor that only the collector could free was left in a reference cycle.
_CYCLES_LEFT = """
import collections, gc, json, sys
from pathlib import Path
from liability_graph.evaluation import reference_context
from liability_graph.loaders.base import loader_for
from liability_graph.loaders import extract as package
paths = [p for p in sorted(Path(sys.argv[1]).iterdir()) if p.is_file() and not p.name.startswith(".")]
context = reference_context()
for path in paths:  # warm caches: their first fill may make cycles once
    loader_for(path)(path, context)
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
for path in paths:
    loader_for(path)(path, context)
gc.collect()
left = collections.Counter(
    type(o).__module__ + "." + type(o).__qualname__ for o in gc.garbage
    if type(o).__module__.startswith("liability_graph") or type(o).__name__.endswith("_env")
)
print(json.dumps({"build": package.BUILD, "documents": len(paths), "left": dict(left)}))
"""


def test_extraction_leaves_no_reference_cycles():
    """In the compiled build a nested function keeps its enclosing call's locals in an
    environment object that also holds the function: a cycle that only the cyclic
    collector frees. One such call per sentence kept every sentence's tokens and mentions
    until a full collection (a 50 MB document peaked at 850 MB instead of 450 MB). Run in
    whichever build is installed: CI compiles it."""
    done = subprocess.run(
        [sys.executable, "-c", _CYCLES_LEFT, str(CORPUS)],
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    found = json.loads(done.stdout)
    assert found["documents"] >= 10
    assert found["left"] == {}, found


def test_the_extractor_defines_no_nested_functions():
    """mypyc turns a function defined inside another into a reference cycle (see above);
    the extractor's modules define helpers at module level instead."""
    import ast

    extract_dir = REPO / "liability_graph" / "loaders" / "extract"
    nested = []
    for path in sorted(extract_dir.glob("*.py")):
        for outer in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(outer, (ast.FunctionDef, ast.AsyncFunctionDef)):
                nested += [
                    f"{path.name}:{inner.lineno} {inner.name} in {outer.name}"
                    for inner in ast.walk(outer)
                    if inner is not outer
                    and isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef))
                ]
    assert nested == []


def test_the_extractor_type_checks_as_mypyc_needs():
    """`pip install` compiles the extractor with mypyc, which refuses code that does not
    type-check: then the install fails. Checked here with the flags setup.py passes, so a
    change that would break the install fails fast in the extract tests."""
    extract_dir = REPO / "liability_graph" / "loaders" / "extract"
    sources = sorted(
        str(p) for p in extract_dir.glob("*.py") if p.name not in ("__init__.py", "_compiled.py")
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent",
         "--no-incremental", *sources],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_described_courts_tried_near_cue_words_find_what_a_full_scan_finds():
    """The described-court patterns are tried only a few words before a cue word (in text
    that lowering keeps aligned and that holds no letter re's IGNORECASE reads as another:
    "ſ"), and the alias pattern only where an alias's first word stands; on sentences with
    court phrases put in at random places (spaced oddly, in any case), each finds exactly
    what finditer over the whole sentence finds; so does a pattern tried only at word
    starts (all its places and phrases open with a word character), next to a seat that
    opens with an apostrophe or a hyphen, and one tried only where a word its places and
    phrases open with stands (in any case, as the phrases' own case is ignored)."""
    rng = random.Random(41)
    sentences = _sentences()
    pieces = ["a federal judge in Utah", "Manhattan federal court", "the Court of Appeal in The\nHague",
              "het Haagse hof", "de rechtbank Rotterdam", "a FEDERAL  COURT in New York",
              "the Dutch Supreme Court", "Brazil's top court", "the Supreme Court of the United States",
              "het Amerikaanse Hooggerechtshof", "a state judge in\tCalifornia", "(federal court",
              "gerechtshof Den Haag", "the Court of Justice", "the EU's General Court", "ECHR",
              "Europe’s top court", "a jury in Texas", "an appeals panel in San Francisco",
              "court", "courtroom", "Utah", "federal", "in", "rechter", "Hof", "appeals",
              "rechtbank 's-Hertogenbosch", "'s-Hertogenbosch", "x-rechtbank Utrecht",
              "_Utah court", "Den Haag-rechtbank", "UTAH federal court", "Utahn federal court",
              "New Yorker federal court", "U.S. District Judge Ann Bell in Santa Ana",
              "FEDERAL JUDGE in Utah", "St. Louis federal court", "“a federal judge in Utah”",
              "the ſupreme court", "a Texaſ federal court", "İstanbul court", "Zoë’s federal court"]  # fmt: skip
    courts_of = {language: R._DescribedCourts(language) for language in ("en", "nl")}
    checked = found = 0
    for i in range(4400):
        courts = courts_of[("en", "nl")[i % 2]]
        text = _spliced(rng, sentences, pieces)
        lowered = text.lower()
        cues = R.sentence_cues(text, lowered, ("en", "nl")[i % 2])
        if courts.alias_pattern is not None:  # find tries it only at its first words
            at = [(a, a) for w in courts.alias_starts for a in R.occurrences(text, w)]
            near = R.finditer_within(courts.alias_pattern, text, at, R.START_ANYWHERE)
            assert [m.span() for m in near] == [
                m.span() for m in courts.alias_pattern.finditer(text)
            ], text
            # the sentence's cue pass finds the same places as a search per first word
            assert sorted(courts.alias_starts_in(text, cues)) == sorted(at), text
            assert courts.aliases_cued
        starts = courts.cue_starts(text, lowered)
        if starts is None:
            continue
        assert courts.cues_cued
        assert sorted(courts.cue_starts(text, lowered, cues) or []) == sorted(starts), text
        searches = [
            (courts.top_pattern, courts.top_words_before, courts.top_starts, courts.top_openers)
        ]
        searches += [(p, n, may, words) for _, p, n, may, words in courts.patterns]
        for pattern, words_before, may_start, openers in searches:
            assert pattern is not None
            full = [m.span() for m in pattern.finditer(text)]
            near = R._finditer_near(pattern, text, starts, words_before, may_start, openers)
            assert [m.span() for m in near] == full, text
            found += len(full)
        checked += 1
    assert checked > 3000 and found > 1400


def test_initial_dot_never_skips_an_initial():
    """_initial_dot lets _INITIAL_SURNAME run on every text it can match in."""
    pieces = ["Bab K.", "Reinier van E.", "Jan (34) B.", "Anna\u00a0Z.,", "Piet\tQ. zei", "K.",
              "U.S.", "Ms. Doe", "A.B.", " X."]  # fmt: skip
    rng = random.Random(43)
    sentences = _sentences()
    matched = 0
    for _ in range(6000):
        words = rng.choice(sentences).split(" ")
        words.insert(rng.randint(0, len(words)), rng.choice(pieces))
        text = " ".join(words)
        if R._INITIAL_SURNAME.search(text):
            assert R._initial_dot(text), text
            matched += 1
    assert matched > 1000


def test_given_name_written_alone_as_the_plain_pattern_finds():
    """_written_alone answers as a search of "\\bgiven\\b(?!\\s+surname\\b)" does, for words
    of _NAME_WORD, on texts built of the names, odd neighbours and corpus sentences."""
    from liability_graph.loaders.extract import pipeline as P

    rng = random.Random(47)
    sentences = _sentences()
    names = [
        ("Nikolai", "Varga"),
        ("Zoë", "D'arcy"),
        ("Dana", "Whitfield"),
        ("Jo", "Li"),
        ("Dana'", "Jones'"),
    ]
    pieces = [" ", "\n", "\u00a0", "_", "x", "9", "-", "'", ".", ",", "é", "Nikolai", "Varga",
              "Zoë", "Zoëy", "D'arcy", "Jones'", "Dana'", "Dana", "Whitfield", "Danal", "Jo", "Li", "Lin"]  # fmt: skip
    checked = found = 0
    for i in range(20000):
        given, surname = rng.choice(names)
        assert P._NAME_WORD.match(given) and P._NAME_WORD.match(surname)
        if i % 2:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        else:
            text = _spliced(rng, sentences, pieces)
        plain = re.search(rf"\b{re.escape(given)}\b(?!\s+{re.escape(surname)}\b)", text)
        assert P._written_alone(text, given, surname) == (plain is not None), repr(text)
        checked += 1
        found += plain is not None
    assert checked == 20000 and found > 1000


def test_capital_first_document_patterns_find_what_the_plain_patterns_find():
    """_names_elsewhere's patterns start with the capital (look-behind after it); on corpus
    sentences and odd strings they find what the plain patterns find."""
    from liability_graph.loaders.extract import pipeline as P

    plain_name = re.compile(r"(?<=[a-z,;] )[A-Z][\w&-]{2,}")
    plain_acronym = re.compile(r"\b[A-Z]{3,5}\b")
    alphabet = "aZ ,;B&-_9é\u00a0\nCDEFGHx"
    for text in _odd_or_corpus_texts(53, alphabet, 20000, shortest=0, longest=30):
        assert P._MID_SENTENCE_NAME.findall(text) == plain_name.findall(text), repr(text)
        assert P._ACRONYM.findall(text) == plain_acronym.findall(text), repr(text)


def test_names_elsewhere_in_one_pass_finds_what_three_patterns_find():
    """_names_elsewhere reads mid-sentence names and acronyms from one pass and brands from
    where digits stand; on corpus texts, odd strings and texts with such words put in, it
    gives what the three plain patterns give, each over the whole text."""
    from liability_graph.loaders.extract import pipeline as P

    plain_name = re.compile(r"(?<=[a-z,;] )[A-Z][\w&-]{2,}")
    plain_acronym = re.compile(r"\b[A-Z]{3,5}\b")
    plain_brand = re.compile(r"(?<![\w.-])\d+[A-Za-z]{3,}\w*(?![\w-])")

    def plain(text: str) -> frozenset[str]:
        words = set(plain_name.findall(text)) | set(plain_brand.findall(text))
        acronyms = plain_acronym.findall(text)
        return frozenset(words | {a for a in acronyms if acronyms.count(a) > 1})

    pieces = ["QRX", "and QRX-Vell", "so Plum&ZTK", ", ZTKW said", "Vell-QRX", "; QRXAB",
              "9zork", "x 12abcd", "a.7bobs", "22 FOO", "and FO", "ab Zq-QRX&QRX", "é 3élan",
              "tot ABCDEF", "or Ab_QRX", "(QRX)", "\u00a0QRX", "and Ü"]  # fmt: skip
    rng = random.Random(67)
    sentences = _sentences()
    texts = list(_odd_or_corpus_texts(71, "aZ ,;QRX&-_9é\u00a0\n.Bx", 6000, 0, 40))
    texts += [_spliced(rng, sentences, pieces) for _ in range(6000)]
    texts += [" ".join(rng.sample(texts, 8)) for _ in range(400)]
    named = 0
    for text in texts:
        assert P._names_elsewhere(text) == plain(text), repr(text)
        named += bool(P._names_elsewhere(text))
    assert named > 5000


def test_a_digit_first_pattern_tried_where_digits_stand_finds_what_finditer_finds():
    """search.finditer_at_digits finds what finditer finds for a pattern whose matches open
    with a digit, in ASCII and other text."""
    from liability_graph.loaders.extract.search import finditer_at_digits

    patterns = [R.DIGIT_BRAND, re.compile(r"\d+(?:[.,]\d+)*"), re.compile(r"\d\d?[a-z]*")]
    texts = list(_odd_or_corpus_texts(73, "a1 9.,x-_Z0é٣\n", 6000, 0, 30))
    texts += list(_odd_or_corpus_texts(79, "a1 9?,x-’Z0é\n", 6000, 0, 30))
    matched = 0
    for text in texts:
        for pattern in patterns:
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in finditer_at_digits(pattern, text)] == want
            matched += bool(want)
    assert matched > 3000


def test_unaged_persons_found_only_where_a_town_word_stands():
    """The unaged-person rule (a noun and a town word before a town) finds its persons when
    the sentence holds the town word, and nothing without one."""
    found = [
        f for aged in R._AGED_PERSONS for f in aged.find("Later a mother from Brinkham spoke.")
    ]
    assert [(f.start, f.end, f.options[0].name) for f in found] == [(8, 28, "mother from Brinkham")]
    found = [
        f for aged in R._AGED_PERSONS for f in aged.find("Toen zei een vader uit Velderom niets.")
    ]
    assert [(f.start, f.end, f.options[0].name) for f in found] == [(13, 31, "vader uit Velderom")]
    assert not [f for aged in R._AGED_PERSONS for f in aged.find("A mother of Brinkham spoke.")]


def test_rules_indexed_by_first_token_match_as_trying_every_rule_everywhere():
    """The matcher tries a rule only at tokens whose lemma or form is one of its pattern's
    first words (an index built from the rules, so it covers rules added later); on the dev
    corpus and sentences written to hold each pack's triggers, it finds exactly the matches
    that trying every rule at every token finds."""
    from liability_graph.loaders.extract import matcher as M
    from liability_graph.loaders.extract.pipeline import _matcher
    from liability_graph.loaders.extract.rules import rules_for
    from liability_graph.loaders.extract.text import sentences

    own = [
        "Zorblat Inc. was sued by the FTC, which also charged its founder, in 2021.",
        "Quillmark Holdings owns the forum Grimchan and hosted it until May.",
        "De ACM heeft Zorblat een boete opgelegd; het OM klaagde Blorp B.V. aan.",
        "Die Staatsanwaltschaft hat gegen Zorblat Anklage erhoben.",
        "PayGate stopped processing payments for Grimchan after the ruling.",
    ]
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted(CORPUS.iterdir()) if path.is_file()] + own  # fmt: skip
    checked = found = 0
    for language in ("en", "nl", "de"):
        rules = rules_for(language)
        if not rules:
            continue
        matcher = _matcher(language)
        for text in texts:
            for sentence in sentences(text, 0, language):
                tokens = sentence.tokens
                everywhere = sorted(
                    (rule.id, i, end)
                    for i in range(len(tokens))
                    for rule in rules
                    if (end := M._match(tokens, rule.specs, 0, i, matcher._stops)) is not None
                )
                indexed = sorted((rule.id, i, end) for rule, i, end in matcher(tokens))
                assert indexed == everywhere, sentence.text
                checked += 1
                found += len(indexed)
    assert checked > 900 and found > 1500


def test_digit_and_capital_first_patterns_find_what_the_plain_patterns_find():
    """The brand, U.S.C., initial and role patterns start with their digit or capital (look-behind
    after it, so re skips ahead to one); on corpus sentences with such names put in, and on
    odd strings, they find what the plain patterns (look-behind or optional prefix first)
    find."""

    plain_brand = re.compile(r"(?<![\w.-])\d+[A-Za-z]{3,}\w*(?![\w-])")
    plain_usc = re.compile(
        r"\b(\d+)\s+U\.?\s?S\.?\s?C\.?\s*(?:A\.?\s*)?(?:§+|[Ss]ec(?:tion|\.)?)?\s*"
        r"(\d+[a-z]?(?:\([a-z0-9]+\))*)"
    )
    plain_word = (
        r"(?:[A-Z](?:[a-z]{1,2}|['’])(?=[A-Z]))?"
        r"[A-Z](?:[a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|-[A-Z][a-zà-ÿ'’]+)"
    )
    plain_initial = re.compile(
        R._INITIAL_SURNAME.pattern.replace("[A-Z](?<!\\w[A-Z])", "\\b[A-Z]", 1)
    )
    assert plain_initial.pattern.startswith("\\b[A-Z][a-z")
    plain_after = re.compile(R._ROLE_AFTER.pattern.replace(R._NAME_WORD, plain_word))
    plain_before = re.compile(R._ROLE_BEFORE.pattern.replace(R._NAME_WORD, plain_word))
    assert plain_after.pattern != R._ROLE_AFTER.pattern
    pieces = ["7chan", "x7chan", ".9gag", "-42abc", "12 U.S.C. § 5", "b12 USC 5", "_3 U.S.C. 9",
              "DeVries, CEO of Blorp", "O'Hara, a lawyer for Zin", "McTavish, chief executive",
              "CEO Tam McKee said", "Oq'Dell, founder and CEO of Qux", "Bab K.", "xBab K.",
              "Reinier van E.", "_Jan Q. zei", "Piet\tQ. zei"]  # fmt: skip
    rng = random.Random(59)
    sentences = _sentences()
    texts = list(_odd_or_corpus_texts(61, "aZ 1 9x-._,é\u00a0McO'’B U.S.C.§ 4chan", 6000, 0, 40))
    texts += [_spliced(rng, sentences, pieces) for _ in range(6000)]

    def found(pattern: re.Pattern[str], text: str) -> list:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    matched = 0
    for text in texts:
        assert found(R.DIGIT_BRAND, text) == found(plain_brand, text), repr(text)
        assert (R.DIGIT_BRAND.match(text) is None) == (plain_brand.match(text) is None)
        assert found(R._USC, text) == found(plain_usc, text), repr(text)
        assert found(R._ROLE_AFTER, text) == found(plain_after, text), repr(text)
        assert found(R._ROLE_BEFORE, text) == found(plain_before, text), repr(text)
        assert found(R._INITIAL_SURNAME, text) == found(plain_initial, text), repr(text)
        matched += bool(R.DIGIT_BRAND.search(text)) + bool(R._ROLE_AFTER.search(text))
    assert matched > 1200


def test_a_short_name_found_as_the_plain_pattern_finds():
    """_short_written's pattern starts with the name's first character (look-behind after
    it) and the text is case-folded once per text; it gives what the plain pattern,
    look-behind first, gives, also as one emitter reads text after text."""
    from liability_graph.graph.model import Document
    from liability_graph.loaders.base import LoadContext
    from liability_graph.loaders.extract.emit import _LEGAL, _VARIANT, Emitter
    from liability_graph.loaders.extract.gazetteer import Gazetteer
    from liability_graph.loaders.extract.mentions import Option

    def plain(text: str, short: str) -> str | None:
        alone = re.compile(
            r"(?<![\w.])" + re.escape(short) + r"(?!\w|\.\w|,?\s+" + _LEGAL + ")",
            re.IGNORECASE if short.islower() else 0,
        )
        for found in alone.finditer(text):
            if found.group() == short or found.group()[:1].isupper():
                return found.group()
        return None

    names = ["Dataveld B.V.", "pornhub.com", "Zorblat Inc.", "qux.nl", "Blorp Ltd"]
    pieces = ["Dataveld", "dataveld", ".Dataveld", "xDataveld", "Dataveld B.V.", "Pornhub",
              "pornhub", "PORNHUB", "pornhub.com", "Zorblat", "Zorblat, Inc.", "Qux", "qux",
              "Blorp", "Blorps", "_Blorp"]  # fmt: skip
    rng = random.Random(67)
    sentences = _sentences()
    context = LoadContext()
    emitter = Emitter(Document(title="t", source="s"), context, Gazetteer(context.names))
    answered = 0
    for _ in range(3000):
        text = _spliced(rng, sentences, pieces)
        emitter.text = text
        name = rng.choice(names)
        short = _VARIANT.sub("", name)
        got = emitter._short_written(Option("Organization", name))
        want = (
            plain(text, short) if len(short) >= 3 and short.casefold() in text.casefold() else None
        )
        assert got == want, (name, text)
        answered += want is not None
    assert answered > 400


def test_full_name_tried_before_the_surname_finds_what_a_full_scan_finds():
    """_full_name tries its pattern only up to two words before each place the surname is
    written; it gives the name a scan of the whole text gives."""
    from liability_graph.loaders.extract import pipeline as P

    def plain(text: str, surname: str) -> str | None:
        best = None
        for match in re.finditer(
            rf"((?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:{P._ONE_BREAK}(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.))?)"
            rf"{P._ONE_BREAK}{re.escape(surname)}\b",
            text,
        ):
            given = [w for w in match.group(1).split() if w != surname]
            while given and (given[0] in P.NOT_NAME_START or given[0].lower() in P.ROLES):
                given = given[1:]
            if given and (best is None or len(given) > len(best.split()) - 1):
                best = " ".join([*given, surname])
        return best

    pieces = ["Tamsin Quell", "Tamsin R. Quell", "J. Quell", "Judge Quell", "(Ora Quell",
              "Ora\nQuell", "Ora\n\nQuell", "Quell", "Quells", "xQuell", "Ora  Vex Quell",
              "Plaintiff Ora Quell", "Vex\tQuell,", "Quell Quell"]  # fmt: skip
    rng = random.Random(71)
    sentences = _sentences()
    named = 0
    for _ in range(3000):
        text = "\n".join(_spliced(rng, sentences, pieces) for _ in range(rng.randint(1, 3)))
        want = plain(text, "Quell")
        assert P._full_name(text, "Quell") == want, repr(text)
        named += want is not None
    assert named > 1000


def test_law_cue_stems_found_by_substring_search_as_their_pattern_finds():
    """cues.score looks for each group's stems by substring search, with no letter a-z just
    before; on folded corpus sentences with stems put in (inside words too), every group of
    every law answers as the pattern "(?<![a-z])(?:stem|...)" does."""
    from liability_graph.loaders.extract import cues
    from liability_graph.loaders.extract.text import fold

    groups = {g for c in cues.LAW_CUES.values() for g in (c.distinctive, *c.groups)}
    pieces = [*sorted({s for g in groups for s in g}), "xprivacy", "Privacy", "2eu-", "(eu "]
    rng = random.Random(47)
    sentences = _sentences()
    hits = 0
    for _ in range(1500):
        folded = fold(_spliced(rng, sentences, pieces))
        for group in groups:
            expected = re.search(r"(?<![a-z])(?:" + "|".join(map(re.escape, group)) + ")", folded)
            assert cues._holds_stem(group, folded) == (expected is not None), (group, folded)
            hits += expected is not None
    assert hits > 1500


def test_credit_lines_blanked_line_by_line_as_a_whole_text_sub_blanks_them():
    """mask_credits tries the credit-line pattern only at line starts whose first word may
    open a label or byline; on texts of corpus sentences and caption, credit and byline
    lines (with and without a last newline, in any case), it blanks what re's sub over the
    whole text blanks."""
    from liability_graph.loaders.extract import pipeline

    lines = ["Photo: Ann Bell/Reuters", "  (Foto: ANP)", "By Dana Holt", "Reporting by Quinn",
             "Lees ook: de zaak", "read more", "By the way, X sued Y.", "credit : x", "",
             "Caption:", "door Piet Jansen", "Zie ook", "Photos: A", "Photographer: B",
             "Moreover: C", " ((Foto: ANP)", "ſee also: D", "BY JANE DOE", "Bypass", "\tby\tX"]  # fmt: skip
    rng = random.Random(53)
    sentences = _sentences()
    blanked = 0
    for _ in range(800):
        parts = [rng.choice(lines if rng.random() < 0.5 else sentences) for _ in range(6)]
        text = rng.choice(["\n", "\n\n", " "]).join(parts) + rng.choice(["", "\n"])
        whole = pipeline._CREDIT_LINE.sub(lambda m: " " * len(m.group(0)), text)
        blanks = pipeline._blank_lines(pipeline._CREDIT_LINE, text, pipeline._CREDIT_OPENINGS)
        assert blanks == whole, text
        blanked += whole != text
    assert blanked > 300


def test_law_names_searched_only_in_text_that_holds_what_each_match_holds():
    """A pack's law-name pattern runs only on text holding one of its law_needs; on corpus
    sentences with law names put in, every sentence it matches in holds one."""
    rng = random.Random(59)
    sentences = _sentences()
    pieces = ["Wet op het financieel toezicht", "de Telecommunicatiewet", "Wetboek van Strafrecht",
              "Mediawetboek", "WET", "wetgeving", "Auteurswet II"]  # fmt: skip
    matched = 0
    for _ in range(1500):
        text = _spliced(rng, sentences, pieces)
        for patterns in R._NAME_PATTERNS:
            if patterns.law.search(text) is not None:
                assert any(need in text for need in patterns.law_needs), text
                matched += 1
    assert matched > 500


def test_span_cues_searched_from_the_last_words_find_what_a_whole_search_finds():
    """dates._ends_with_cue searches the text before a date only from the first of the last
    words a "from" or "to" cue may span; on 24-character windows of corpus sentences with
    cue words and phrases put in (odd spacing and case too), it answers as the pattern's
    search over the whole window does."""
    from liability_graph.loaders.extract import dates

    pieces = ["from", "Since", "beginning in", "starting\u00a0 in", "until after", "tot na",
              "vanaf", "to", "xfrom", "\nuntil", "ſince", "through\n", "TOT  NA"]  # fmt: skip
    rng = random.Random(61)
    sentences = _sentences()
    said = 0
    for _ in range(3000):
        text = _spliced(rng, sentences, pieces)
        end = rng.randint(0, len(text))
        if rng.random() < 0.5:  # a window that ends with a piece
            text = text[:end] + " " + rng.choice(pieces)
            end = len(text)
        before = (text[max(0, end - 24) : end] + rng.choice(["", " ", "  ", "\n"]))[-24:]
        for last, pattern in ((dates._FROM_LAST, dates._FROM), (dates._TO_LAST, dates._TO)):
            whole = pattern.search(before) is not None
            assert dates._ends_with_cue(before, last, pattern) == whole, before
            said += whole
    assert said > 1000


def test_role_after_a_name_tried_only_where_its_comma_and_role_follow():
    """_people runs _ROLE_AFTER ("X, CEO of Y") only when its part after the name
    (_ROLE_AFTER_TAIL) matches at one of the text's commas: a name holds no comma. On
    sentences with names, commas and roles put in, the test says yes wherever the
    pattern finds a match."""
    rng = random.Random(3001)
    sentences = _sentences()
    names = ["Vorn Ellick", "Jan de Vries", "Tessa O'Brien", "Ana Q. Lindqvist", "Mo Ruys-Tal"]
    tails = [", CEO of Blorp", ", a lawyer for Zin", ", its chief executive", ", founder",
             ", Blorp's general counsel,", ",  former director", ",\nCEO", ", the CEO Tam",
             ", ceo.", ",", ", and", ", former", ", de advocaat van Quix"]  # fmt: skip
    pieces = [n + t for n in names for t in tails] + [*ROLES, ", ", "Vorn", "X,"]
    texts = [_spliced(rng, sentences, pieces) for _ in range(6000)]
    texts += list(_odd_or_corpus_texts(3002, "aZ ,\n.'VornCEO", 2000, 0, 40))
    matched = 0
    for text in texts:
        if R._ROLE_AFTER.search(text) is not None:
            assert R._role_after_comma(text), repr(text)
            matched += 1
    assert matched > 2000


def test_name_suffix_shortcuts_answer_as_their_patterns_do():
    """without_legal_form, emit's _without_variant, _clean and _dated answer most names
    and sentences with a suffix or substring test before their pattern; they give what
    the plain patterns give."""
    from liability_graph.loaders.extract import emit as E
    from liability_graph.loaders.extract.lexicon import LEGAL_FORM_SPELLINGS

    rng = random.Random(3003)
    sentences = _sentences()
    pieces = [*LEGAL_FORM_SPELLINGS, ",", " ", "  ", "\n", "\t", "\u00a0", "Quix", "Blorp",
              ".com", ".be", ".nl", "x.org", "Inc", "inc.", "S.à  r.l.", "Ltd.\n", " in ",
              " on ", "May", "Monday", "in", "on", "Tuesday", "\u2003", "."]  # fmt: skip

    def plain_without_legal_form(name: str) -> str:
        found = R._COMMA_SUFFIX.search(name)
        return name[: found.start()] if found is not None and found.end() == len(name) else name

    def plain_dated(text: str) -> bool:
        return R._MONTH_OR_DAY.search(text) is not None and any(
            R._month_or_day(w) for w in text.split()
        )

    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(10000)]
    texts += [_spliced(rng, sentences, pieces) for _ in range(4000)]
    changed = 0
    for text in texts:
        assert R.without_legal_form(text) == plain_without_legal_form(text), repr(text)
        assert E._without_variant(text) == E._VARIANT.sub("", text), repr(text)
        assert R._clean(text) == R._SPACES.sub(" ", text).strip(), repr(text)
        assert R._dated(text) == plain_dated(text), repr(text)
        changed += R.without_legal_form(text) != text
        changed += E._without_variant(text) != text
    assert changed > 1500


def test_vendor_heads_looked_up_by_first_word_find_what_trying_every_head_finds():
    """typed._vendor_head_length finds a pack's vendor name heads ("ad network", "hosting
    provider") through their first word (issue #10's speed: trying every head at every token
    cost a fifth of the extractor's time); on random runs of the heads' words and others it
    answers what trying every head, longest first, answers."""
    from liability_graph.loaders.extract import typed
    from liability_graph.loaders.extract.lexicon import VENDOR_NAME_HEADS
    from liability_graph.loaders.extract.text import Token

    rng = random.Random(31)
    for language, words in sorted(VENDOR_NAME_HEADS.items()):
        heads = sorted((tuple(w.split("_")) for w in words), key=lambda h: (-len(h), h))
        vocabulary = sorted({w for h in heads for w in h} | {"the", "network", "Tovex", "ad"})
        index = typed._vendor_heads(language)
        for _ in range(2000):
            lowers = [rng.choice(vocabulary).lower() for _ in range(rng.randint(0, 6))]
            tokens = [Token(w, w, w, 0, len(w)) for w in lowers]
            for i in range(len(tokens) + 1):
                plain = next((len(h) for h in heads if tuple(lowers[i : i + len(h)]) == h), 0)
                assert typed._vendor_head_length(tokens, i, index) == plain, (lowers, i)


def test_word_numbers_and_glued_digits_tried_at_digits_find_what_a_full_scan_finds():
    """pipeline._word_numbers ("Zorvex 12") tries _WORD_NUMBER only at a capital before a
    lower-case run, a space and a digit, and mask_footnotes tries _GLUED_DIGITS ("Zorbix1")
    only when a digit follows a lower-case letter (issue #10's speed: both patterns open
    with a look-behind or \\b, which re tries at every character); on corpus sentences
    with such pieces put in, and on random strings of their characters, they find what the
    full scans find."""
    from liability_graph.loaders.extract import pipeline as P

    rng = random.Random(43)
    sentences = _sentences()
    pieces = ["Zorvex 12", "Zorbix1", "Ab 3", "Abc 7", "ABc 4", "xAbc 5", "Abcé 6", "é", "٣",
              "Abc ٣", "Tele2", "-Abc 9", " ", "  ", "12", "1", ".", ",", "'", "’", "-", "Q",
              "abc", "Abc", "Abc 10,000", "Abc 3.5", "Abc 10%", "Mp3", "Article 17", "\n"]  # fmt: skip
    for i in range(20000):
        if i % 2:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        else:
            words = rng.choice(sentences).split(" ")
            for _ in range(rng.randint(1, 3)):
                words.insert(rng.randint(0, len(words)), rng.choice(pieces))
            text = " ".join(words)
        plain = [m.span() for m in P._WORD_NUMBER.finditer(text)]
        assert [m.span() for m in P._word_numbers(text)] == plain, repr(text)
        if not P._may_glue_digits(text):
            assert P._GLUED_DIGITS.search(text) is None, repr(text)


def _public_fields(value) -> list[str]:
    """The data attributes of an object, in the pure and the compiled build alike."""
    return [n for n in dir(value) if not n.startswith("_") and not callable(getattr(value, n))]


@functools.cache
def _cue_word_automaton() -> ahocorasick.Automaton:
    """The role, group and court cue words (recognize._cue_word_kinds) in an automaton of
    their own; a word's value is (its kinds, its length)."""
    automaton = ahocorasick.Automaton()
    for word, kinds in sorted(R._cue_word_kinds().items()):
        automaton.add_word(word, (kinds, len(word)))
    automaton.make_automaton()
    return automaton


def _cue_positions_alone(lowered: str) -> R.SentenceCues:
    """The role, group and court cue words of `lowered` found in a pass of their own, as
    the extractor found them before the one sentence cue pass (recognize.sentence_cues)."""
    cues = R.SentenceCues()
    for end, (kinds, length) in _cue_word_automaton().iter(lowered):
        R._note_cue(cues, lowered, kinds, end + 1 - length, end + 1)
    return cues


def test_one_sentence_cue_pass_finds_what_the_three_passes_find():
    """recognize.sentence_cues finds the role, group and court cue words (those an automaton
    of their own finds, _cue_positions_alone),
    find_dates's cue words (dates.DateCues) and the jurisdiction forms find_places's own
    automaton finds, case-sensitively, in one pass over the lower-case text: the same
    positions in the same order, on corpus sentences with pieces put in (forms in other
    cases, inside words, month names, roles, courts, odd letters)."""
    from liability_graph.loaders.extract import dates as D
    from liability_graph.loaders.extract import places as P

    rng = random.Random(37)
    sentences = _sentences()
    pieces = ["the U.S. government", "u.s.", "US", "us", "Us", "the EU's", "eu", "EUropean",
              "Texas", "TEXAS", "texas", "Texasville", "Amerikaanse", "AMERIKAANSE", "Frankrijk",
              "French", "french", "New York", "the United States of America", "Verenigde Staten",
              "in March 2021", "mar", "last week", "vorig jaar", "Friday", "a federal judge",
              "attorney general", "dozens of women", "Jane Doe", "the Court of Justice", "hof",
              "İstanbul", "ſ", "Σ", "Zoë", "Île-de-France", "-Texas", "Texas-", "_Utah"]  # fmt: skip
    checked = placed = 0
    for i in range(6000):
        language = ("en", "nl")[i % 2]
        text = _spliced(rng, sentences, pieces)
        lowered = text.lower()
        cues = R.sentence_cues(text, lowered, language)
        if len(lowered) != len(text):
            assert cues is None
            continue
        assert cues is not None and cues.dates is not None and cues.places is not None
        alone = _cue_positions_alone(lowered)
        for field in _public_fields(cues):  # (a compiled class has no __slots__ to read)
            if field not in ("dates", "places"):
                assert getattr(cues, field) == getattr(alone, field), (field, text)
        dated = D.DateCues(lowered)
        assert (cues.dates.kinds, cues.dates.month_at, cues.dates.relative_at) == (
            dated.kinds, dated.month_at, dated.relative_at
        ), text  # fmt: skip
        automaton = P._automaton(language)
        written = [(last + 1 - w.length, last + 1, w) for last, w in automaton.iter(text)]
        assert cues.places == written, text
        plain = [vars_of(p) for p in P.find_places(text, language)]
        assert [vars_of(p) for p in P.find_places(text, language, cues.places)] == plain
        checked += 1
        placed += len(written)
    assert checked > 5000 and placed > 3000


def vars_of(item: object) -> tuple:
    """An object's fields, in the pure and the compiled build alike."""
    return tuple(getattr(item, field) for field in _public_fields(item))


def test_word_places_found_once_give_what_finditer_within_finds_at_word_starts():
    """search.finditer_at_words, from the word places (search.WordPlaces) of windows that
    reach further back, finds what finditer_within finds trying START_WORD places itself:
    the described-court patterns near their cue words, and short patterns (which match
    inside and across words, and may match nothing) in random windows, with and without
    openers, on text with odd letters, digits, underscores and hyphens."""
    from liability_graph.loaders.extract import search as S

    rng = random.Random(38)
    sentences = _sentences()
    pieces = ["a federal judge in Utah", "Manhattan federal court", "the Court of Appeal in The\nHague",
              "het Haagse hof", "de rechtbank Rotterdam", "the Dutch Supreme Court", "état",
              "x-rechtbank Utrecht", "_Utah court", "Zoë’s federal court", "4th court", "a_b c"]  # fmt: skip
    courts_of = {language: R._DescribedCourts(language) for language in ("en", "nl")}
    short = [re.compile(p) for p in (r"\w", r"[a-z]+ [A-Z]", r"(?:de|the)\s+\w+", r"x?", r"\w-\w")]
    checked = found = 0
    for i in range(3000):
        courts = courts_of[("en", "nl")[i % 2]]
        text = _spliced(rng, sentences, pieces)
        starts = courts.cue_starts(text, text.lower()) or [
            rng.randrange(len(text)) for _ in range(rng.randint(1, 4))
        ]
        reach = max(courts.word_reach, 3)
        shared = S.WordPlaces(text, [(S.words_back(text, a, reach), a) for a in starts])
        searches = [(p[1], p[2], p[4]) for p in courts.patterns if p[3] == S.START_WORD]
        searches += [(p, rng.randint(0, reach), rng.choice([None, frozenset({"de", "the"})]))
                     for p in short]  # fmt: skip
        for pattern, words_before, openers in searches:
            windows = [(S.words_back(text, a, words_before), a) for a in starts]
            plain = S.finditer_within(pattern, text, windows, S.START_WORD, openers)
            near = S.finditer_at_words(pattern, text, windows, shared, openers)
            assert [m.span() for m in near] == [m.span() for m in plain], (pattern, text)
            checked += 1
            found += len(plain)
    assert checked > 20000 and found > 5000


def test_each_start_rule_allows_the_places_its_pattern_finds():
    """may_start and the pattern finditer_within skips ahead with (search._START_PLACES)
    allow the same places, for every START_* rule, on text with odd letters, digits,
    hyphens, apostrophes and line ends; and the described-court patterns tried only after
    neither a word character nor a hyphen (START_NOT_AFTER_WORD: each alternative opens
    with that look-behind) are those whose openers do not all open a word."""
    from liability_graph.loaders.extract import search as S

    rng = random.Random(39)
    alphabet = "aZ9_-'’ \n.#ſİéÉ٣x"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        for rule, skip in S._START_PLACES.items():
            allowed = [at for at in range(len(text)) if S.may_start(rule, text, at)]
            found = [m.start() for m in skip.finditer(text)]
            assert allowed == found, (rule, text)
    rules = {p[3] for language in ("en", "nl") for p in R._DescribedCourts(language).patterns}
    assert S.START_NOT_AFTER_WORD in rules and S.START_ANYWHERE not in rules
