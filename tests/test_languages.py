"""Language packs (liability_graph/loaders/languages): one per language, one list of
languages, one detector; a language is added by adding a pack (the German one proves it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from liability_graph.errors import InputError
from liability_graph.evaluation import evaluate, reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders import languages
from liability_graph.loaders.extract import extract

REPO = Path(__file__).resolve().parent.parent
EXTRACT = REPO / "liability_graph" / "loaders" / "extract"


def test_one_list_of_languages_read_from_the_packs():
    assert languages.LANGUAGES == ("de", "en", "es", "fr", "it", "nl", "pt")
    assert languages.EXTRACTION_LANGUAGES == ("de", "en", "nl")
    assert languages.DEFAULT_LANGUAGE == "en"
    from liability_graph.loaders import documents
    from liability_graph.loaders.extract import lexicon

    assert documents.EXTRACTION_LANGUAGES is languages.EXTRACTION_LANGUAGES
    assert lexicon.LANGUAGES is languages.EXTRACTION_LANGUAGES


def test_no_extractor_module_names_a_language():
    """Language knowledge lives in the packs: no module compares with a language code."""
    codes = "|".join(languages.LANGUAGES)
    code = re.compile(rf"""["'](?:{codes})["']""")
    for path in sorted(EXTRACT.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not code.search(line), f"{path.name}:{number}: {line.strip()}"


def test_the_privacy_passes_take_their_words_from_the_packs():
    """Victim cues are language knowledge too: every extraction pack carries its own, and no
    privacy module or data file names a language."""
    from liability_graph.privacy.cues import load_cues

    assert set(load_cues().languages) == set(languages.EXTRACTION_LANGUAGES)
    for code in languages.EXTRACTION_LANGUAGES:
        words = languages.pack(code).privacy()
        assert words["sensitive"] and words["victim_nouns"] and words["minor"], code
    privacy = REPO / "liability_graph" / "privacy"
    codes = "|".join(languages.LANGUAGES)
    quoted, section = re.compile(rf"""["'](?:{codes})["']"""), re.compile(rf"^\s*(?:{codes}):")
    for path in sorted(privacy.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not quoted.search(line), f"{path.name}:{number}: {line.strip()}"
    for number, line in enumerate((privacy / "cues.yaml").read_text("utf-8").splitlines(), 1):
        assert not section.search(line), f"cues.yaml:{number}: {line.strip()}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company said on Monday that it had stopped processing the payments of the site.",
            "en",
        ),
        (
            "Het bedrijf zei maandag dat het de betalingen van de site niet meer zou verwerken.",
            "nl",
        ),
        (
            "Das Unternehmen sagte am Montag, dass es die Zahlungen der Seite nicht mehr abwickelt.",
            "de",
        ),
        ("La société a déclaré lundi qu'elle ne traiterait plus les paiements du site.", "fr"),
        ("Too short.", None),
    ],
)
def test_the_one_detector(text, expected):
    assert languages.detect_language(text).language == expected


def test_a_pack_is_checked_when_read(tmp_path):
    bad = tmp_path / "xx.yaml"
    bad.write_text("code: xx\ndetect: a b c\nextract: true\nwords: {}\nlexicon: {}\n")
    with pytest.raises(InputError, match=r"unknown keys.*lexicon") as caught:
        languages._load(bad)
    assert str(bad) in str(caught.value)
    bad.write_text("code: yy\ndetect: a b c\n")
    with pytest.raises(InputError, match="whose code is 'xx'"):
        languages._load(bad)
    bad.write_text("code: xx\ndetect: a b c\nextract: true\n")
    with pytest.raises(InputError, match="needs rules"):
        languages._load(bad)


def test_every_rule_of_every_pack_is_built():
    from liability_graph.loaders.extract.rules import SUE, rules_for

    for code in languages.EXTRACTION_LANGUAGES:
        rules = rules_for(code)
        relations = {r.relation for r in rules}
        assert {SUE, "SERVICED", "OWNS", "FOUNDED", "AMENDS", "SHUT_DOWN"} <= relations, code
        assert all(r.id.startswith(f"{code}.") for r in rules)


def _facts(text: str, language: str | None, published: str | None = None) -> set[tuple]:
    context = reference_context()
    document = Document(title="t", source="t", published=published, content_hash=text[:40])
    facts = extract(text, document, context, language=language)
    names = {f.key: f.name for f in facts if isinstance(f, Entity)}
    return {
        (f.type, names.get(f.source, f.source), names.get(f.target, f.target), f.status)
        for f in facts
        if isinstance(f, Relationship) and f.type != "MENTIONS"
    }


def test_german_sentences_from_the_german_pack():
    text = (
        "Das FBI hat am vergangenen Freitag die Seite Backpage.com beschlagnahmt. "
        "Die Gründer Michael Lacey und James Larkin müssen sich in Arizona verantworten. "
        "Wenige Tage später unterzeichnete Präsident Donald Trump das Gesetz FOSTA. "
        "Es ändert Section 230 des Communications Decency Act."
    )
    facts = _facts(text, None, "2018-04-12")  # detected as German
    assert facts == {
        ("SHUT_DOWN", "Federal Bureau of Investigation", "Backpage", "established"),
        ("FOUNDED", "Michael Lacey", "Backpage", "established"),
        ("FOUNDED", "James Larkin", "Backpage", "established"),
        ("DEFENDANT_IN", "Michael Lacey", "United States v. Lacey", "alleged"),
        ("DEFENDANT_IN", "James Larkin", "United States v. Lacey", "alleged"),
        ("AMENDS", "FOSTA", "Section 230", "established"),
    }


def test_the_german_example_document_yields_its_gold_facts():
    report = evaluate(REPO / "examples" / "corpus", REPO / "examples" / "corpus.gold.yaml")
    german = [m for m in report.false_negatives + report.false_positives if "29_de" in m.document]
    assert german == []


def test_a_german_date_line_is_not_a_sentence_end():
    from liability_graph.loaders.extract.text import split_sentences

    text = "WASHINGTON, 12. April 2018 — Das FBI hat die Seite beschlagnahmt. Sie ist offline."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "WASHINGTON, 12. April 2018 — Das FBI hat die Seite beschlagnahmt.",
        "Sie ist offline.",
    ]


def test_the_recogniser_takes_legal_forms_and_court_words_from_the_packs():
    """The legal forms a name may end with are the packs' spellings, each taken whole."""
    from liability_graph.loaders.extract import discourse, recognize
    from liability_graph.loaders.languages import union

    spellings = {w.replace("_", " ") for w in union("legal_form_spellings")}
    assert {"Inc.", "B.V.", "Pty Ltd", "GmbH", "Corporation"} <= spellings
    assert all(recognize.legal_form(form) for form in spellings)
    assert not recognize.legal_form("Labs")
    assert recognize.without_legal_form("Quillon Labs Corporation") == "Quillon Labs"
    assert recognize.without_legal_form("Vantor Pty\nLtd") == "Vantor"
    assert recognize.without_legal_form("Serverhuis B.V.") == "Serverhuis"
    assert union("generic_court_words") == discourse.GENERIC_COURT_WORDS
    assert (
        recognize._BEFORE_COURT.search(" Acme and Borel to the Federal Court").group(0)
        == " to the "
    )


#: Function words of the packs (conjunctions, "of", articles, prepositions) that a string in
#: an extractor module may hold only where listed below.
_FUNCTION_WORD_LISTS = (
    "and", "of", "conjunctions", "articles", "prepositions", "definite", "indefinite", "to",
    "against", "agent_preps", "place_preps",
)  # fmt: skip
#: How many strings of each extractor module hold each such word. Messages and reprs
#: (_compiled, matcher, rules, frames' "date_from=") are no language knowledge, nor are the
#: graph's own names (cases' " and ", discourse's "Founders of "); the rest are leftovers
#: still to move into the packs (issue #10). The counts may only go down.
_FUNCTION_WORDS_LEFT = {
    "_compiled.py": {"its": 1, "of": 1, "the": 3},
    "cases.py": {"and": 1},
    "dates.py": {"of": 1},
    "discourse.py": {"of": 1},
    "frames.py": {"from": 1, "in": 2, "of": 1, "to": 1},
    "matcher.py": {"and": 1, "in": 1},
    "pipeline.py": {"and": 1, "of": 2, "the": 1},
    "recognize.py": {
        "and": 4, "de": 3, "den": 2, "der": 2, "en": 1, "in": 4, "of": 12, "the": 7, "to": 1,
        "van": 1, "von": 1,
    },
    "rules.py": {"in": 2, "the": 1},
}  # fmt: skip


def _module_strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module but its docstrings, with their lines."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_the_extractor_holds_no_function_words_of_a_language():
    """ "State of {}", " of ", " and ", "attorney general of|procureur-generaal van": a
    language's function words in the extractor's strings are knowledge of that language,
    which belongs in its pack (a key name such as "of" is no such string)."""
    from liability_graph.loaders.languages import union

    words = {w for key in _FUNCTION_WORD_LISTS for w in union(key) if len(w) > 1 and w.isalpha()}
    assert {"and", "of", "the", "en", "van", "de"} <= words
    more = []
    for path in sorted(EXTRACT.glob("*.py")):
        counts: dict[str, int] = {}
        where: dict[str, list[str]] = {}
        for number, text in _module_strings(path):
            if re.fullmatch(r"[\w.-]*", text):
                continue
            for word in set(re.findall(r"(?<![A-Za-z\\])[a-z]+(?![A-Za-z])", text)) & words:
                counts[word] = counts.get(word, 0) + 1
                where.setdefault(word, []).append(f"{number}: {text!r}")
        allowed = _FUNCTION_WORDS_LEFT.get(path.name, {})
        more += [
            f"{path.name} {word!r} in {n} strings (allowed {allowed.get(word, 0)}): {where[word]}"
            for word, n in sorted(counts.items())
            if n > allowed.get(word, 0)
        ]
    assert more == []


def test_a_resident_of_a_town_from_the_pack():
    """The residence words of a capitalised run ("A of Harlow and B of Dunmore") are the
    pack's: `residence` and `and`."""
    from liability_graph.loaders.extract import recognize

    homes = {(h.code, h.of, h.ands) for h in recognize._RESIDENCES}
    assert homes == {("en", " of ", (" and ",))}
    text = "Tam Oduya of Harlow and Pell Wrasse of Dunmore were charged."
    assert [run for _, _, run in recognize._runs(text)] == [
        "Tam Oduya",
        "Harlow",
        "Pell Wrasse of Dunmore",
    ]  # fmt: skip  (the second person's place is the sentence's frames' to read)


def test_a_state_sues_under_the_names_of_the_pack():
    from liability_graph.loaders.extract import places

    option = places.party_option("Utah")
    assert option is not None
    assert (option.name, option.aliases) == ("State of Utah", ("Utah Attorney General",))
    assert places.party_option("France") is None
    found = places.find_places("De procureur-generaal van New York klaagde X aan.", "nl")
    assert [(p.name, p.kind) for p in found] == [("New York", "state")]


def test_the_extractor_holds_no_word_of_these_pack_lists():
    """ "Jane|John", "Does?", ("-old", "-jarige"): the names of anonymous parties and the
    endings of age words are the packs' (`anonymous_first`, `anonymous_last`,
    `age_endings`), read from them, never written again in an extractor's string."""
    from liability_graph.loaders.languages import union

    words = union("anonymous_first") | union("anonymous_last") | union("age_endings")
    assert {"Jane", "Doe", "-old", "-jarige"} <= words
    stems = {w.rstrip("s") for w in words}  # "Does?" holds "Doe"
    found = [
        f"{path.name}:{number}: {text!r}"
        for path in sorted(EXTRACT.glob("*.py"))
        for number, text in _module_strings(path)
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?!\w)", text) for w in stems)
    ]
    assert found == []


def test_described_laws_are_told_by_the_packs_stems():
    """The stems that describe a reference law without naming it ("legislation that holds
    platform operators liable for posts that promote prostitution": FOSTA) are every
    pack's `law_cues`, pooled by group; no extractor module writes one."""
    from liability_graph.loaders.extract import cues

    stems: set[str] = set()
    shapes = {}
    for code in ("en", "nl"):
        for law, entry in languages.pack(code).mapping("law_cues").items():
            stems |= set(entry["distinctive"]) | {s for g in entry["groups"] for s in g}
            shapes.setdefault(law, set()).add((len(entry["groups"]), entry["minimum"]))
    assert {"sex traffick", "sekshandel", "duty of care", "zorgplicht"} <= stems
    assert all(len(shape) == 1 for shape in shapes.values()), shapes
    assert set(cues.LAW_CUES) == set(shapes)
    found = [
        f"{path.name}:{number}: {text!r}"
        for path in sorted(EXTRACT.glob("*.py"))
        for number, text in _module_strings(path)
        if text in stems
    ]
    assert found == []
    fosta = cues.LAW_CUES["FOSTA"]
    assert {"sex trade", "mensenhandel"} <= set(fosta.distinctive)
    assert cues.score(fosta, "zoekertjes op de website over prostitutie: aansprakelijk") == 4


def test_a_dutch_caption_and_a_group_of_officials_read_with_the_packs_words():
    from liability_graph.loaders.extract import pipeline, recognize

    match = pipeline._CAPTION_PARTS.match("de strafzaak Jansen tegen Serverhuis B.V.")
    assert match is not None
    assert (match.group("a"), match.group("b")) == ("Jansen", "Serverhuis B.V.")
    found = recognize._official_groups("Thirty-three of the state attorneys general sued X.")
    assert [(f.start, f.end, f.options[0].name, f.extra) for f in found] == [
        (0, 43, "33 attorneys general", {"count": 33})
    ]


def test_the_names_the_reference_base_lacks_are_the_packs():
    """ "US", "VS", "America", "Amerika" link to the reference base's United States: each
    pack's `reference_aliases` of a jurisdiction, written in no extractor module."""
    from liability_graph.loaders.extract import pipeline
    from liability_graph.loaders.extract.lexicon import COUNTRY_CODES

    aliases = {
        str(alias)
        for item in languages.extraction_packs()
        for entry in item.jurisdictions().values()
        for alias in entry.get("reference_aliases") or ()
    }
    assert {"US", "VS", "America", "Amerika"} <= aliases
    assert sorted(pipeline.EXTRA_ALIASES["United States"]) == sorted(aliases)
    words = aliases - set(COUNTRY_CODES.values())  # "US" is also an ISO code
    found = [
        f"{path.name}:{number}: {text!r}"
        for path in sorted(EXTRACT.glob("*.py"))
        for number, text in _module_strings(path)
        if text in words
    ]
    assert found == []
