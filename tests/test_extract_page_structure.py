"""How real web pages are laid out (issue #10): a page's text keeps one paragraph per line,
with headlines and headings on lines of their own and no full stop after them, so such a
line ends where its line ends; a hard-wrapped text's line breaks fall inside its sentences.
Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context
from liability_graph.loaders.extract.text import split_sentences

_LONG = (
    "The court holds that the claims fail on every count, and it grants the motion to "
    "dismiss the complaint against Zorblat in full, because nothing in the record shows the "
    "company designed its service to harm anyone."
)


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_headline_line_is_a_sentence_of_its_own():
    text = f"Zorblat Wins Dismissal in Doe v. Zorblat\n{_LONG}\nJudge Mara Quint\nShe wrote more."
    assert _sentences(text) == [
        "Zorblat Wins Dismissal in Doe v. Zorblat",
        _LONG,
        "Judge Mara Quint",
        "She wrote more.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a hard-wrapped text: every line is short, its breaks fall inside sentences
        "The federal plea was entered in United States v. Ferrer before the U.S. District\n"
        "Court for the District of Arizona on Monday.",
        # a line that a comma leaves open, and a line that goes on in lower case
        f"{_LONG} Prosecutors named Zorblat, Chatterly,\nQuorra and Blorp as well.",
        f"{_LONG} Zorblat has been\ncharged since.",
    ],
)
def test_a_break_inside_a_sentence_is_no_end(text):
    assert len(_sentences(text)) == (1 if text.startswith("The federal") else 2)


def test_a_caption_in_a_headline_ends_with_its_line(context):
    found = facts(context, f"Zorblat Wins Dismissal in Doe v. Zorblat\n{_LONG}", "en")
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert cases == {"Doe v. Zorblat"}


def test_a_weekday_after_a_name_is_no_part_of_it(context):
    found = facts(context, "The State of Texas sued Zorblat Inc. in Harrow County District Court "
                  "Tuesday.", "en")  # fmt: skip
    assert {c for t, _, c, _ in found if t == "HEARD_BY"} == {"Harrow County District Court"}


def test_a_courts_rules_name_no_court(context):
    found = facts(context, "Zorblat Inc. was fined under the Federal Court Rules 2011 after the "
                  "court heard the case.", "en")  # fmt: skip
    assert ("DEFENDANT_IN", "Zorblat Inc.") in {(t, s) for t, s, _, _ in found}
    assert not any(t == "HEARD_BY" for t, _, _, _ in found)


def test_a_caption_party_may_open_in_lower_case():
    context = reference_context(reference=True)
    found = facts(context, "The ruling in eSafety Commissioner v Zorblat Inc. came after the "
                  "hearing.", "en")  # fmt: skip
    assert ("PLAINTIFF_IN", "eSafety Commissioner", "eSafety Commissioner v. Zorblat Inc.",
            "established") in found  # fmt: skip
    assert not any(s == "Safety Commissioner" for _, s, _, _ in found)


@pytest.mark.parametrize(
    "text, defendants",
    [
        ("A judge let the lawsuit against Zorblat Inc.’s Chatterly and AI startup Quorra go "
         "ahead.", {"Chatterly", "Quorra"}),
        ("A judge let the lawsuit against Zorblat's Chatterly go ahead.", {"Chatterly"}),
        ("Regulators sued Zorblat Inc.'s chief executive, Dana Whitfield, on Monday.",
         {"Dana Whitfield"}),
    ],
)  # fmt: skip
def test_what_an_owners_possessive_qualifies_is_the_party(context, text, defendants):
    found = facts(context, text, "en")
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == defendants


@pytest.mark.parametrize(
    "text, name",
    [
        ("Judge Liam O'Grady denied a request from Zorblat Inc.", "Liam O'Grady"),
        ("Judge Sean O’Brien denied a request from Zorblat Inc.", "Sean O’Brien"),
        ("Judge Mary McCarthy denied a request from Zorblat Inc.", "Mary McCarthy"),
        ("Judge Ron DeVries denied a request from Zorblat Inc.", "Ron DeVries"),
    ],
)
def test_a_surname_with_a_prefix_is_whole(context, text, name):
    entities, _ = extracted(context, text, "en")
    assert name in {e.name for e in entities.values() if e.type == "Person"}


@pytest.mark.parametrize(
    "text, language",
    [
        ('"We will appeal," Zorblat said in a statement provided to Chatterly.', "en"),
        ('"We are unhappy," said Zorblat statement provided to Newsbeam', "en"),
        ('"We gaan in beroep," zei Zorblat in een verklaring verstrekt aan Chatterly.', "nl"),
    ],
)
def test_a_statement_handed_to_an_outlet_is_no_service(context, text, language):
    assert not any(t == "SERVICED" for t, _, _, _ in facts(context, text, language))


@pytest.mark.parametrize(
    "text, language, plaintiff",
    [
        ("A complaint went to the Office of the Privacy Watchdog (“OPW”) about Zorblat Inc. "
         "The OPW sued Zorblat Inc. in March.", "en", "Office of the Privacy Watchdog"),
        ('Een klacht ging naar de Autoriteit Digitale Markten ("ADM") over Zorblat. De ADM '
         "daagde Zorblat in maart voor de rechter.", "nl", "Autoriteit Digitale Markten"),
    ],
)  # fmt: skip
def test_a_short_form_in_quotes_and_brackets_names_the_same_body(context, text, language,
                                                                 plaintiff):  # fmt: skip
    found = facts(context, text, language)
    assert {s for t, s, _, _ in found if t == "PLAINTIFF_IN"} == {plaintiff}
