"""Dutch clauses that open with an adverbial put the subject right after the finite verb and
the object right after the subject (issue #10), on invented sentences:

- a bare name (no legal form, no type noun) right after a known subject is a name of its
  own, not part of the subject ("Vorig jaar heeft de ACM Zorvik beboet": Zorvik is fined);
- a pronominal adverb ("Daarnaast", "Hierdoor", "Daarmee") opening a sentence is an
  ordinary word, never a party;
- an active clause that names only its subject ("heeft de ACM vier aanbieders beboet") fines
  no named party: the regulator is not the one fined.

Company names are invented; the regulators are the reference base's.
"""

from __future__ import annotations

import pytest
from sentences import entity_types
from sentences import facts as _facts

ACM = "Autoriteit Consument en Markt"
OM = "Openbaar Ministerie"


def parties(context, text: str) -> set[tuple[str, str]]:
    """(type, source) of every party fact, whatever the case is named."""
    return {
        (kind, source)
        for kind, source, _, _ in _facts(context, text, "nl")
        if kind in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


BARE_OBJECTS = [
    ("Vorig jaar heeft de ACM Zorvik beboet.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Zorvik")}),
    ("Vorige week legde de ACM Quillora een boete op van twee ton.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Quillora")}),
    ("In maart heeft de Kansspelautoriteit Betvaro een last onder dwangsom opgelegd.",
     {("PLAINTIFF_IN", "Kansspelautoriteit"), ("DEFENDANT_IN", "Betvaro")}),
    ("Eerder had de ACM Lumispin, Kroonbet en Tarvello al beboet.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Lumispin"), ("DEFENDANT_IN", "Kroonbet"),
      ("DEFENDANT_IN", "Tarvello")}),
    ("Daarom heeft het OM Zorvik vervolgd.", {("PLAINTIFF_IN", OM), ("DEFENDANT_IN", "Zorvik")}),
    # a subordinate clause puts them side by side before its final verb
    ("De toezichthouder meldde dat de ACM Quillora had beboet.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Quillora")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BARE_OBJECTS)
def test_a_bare_name_after_the_inverted_subject_is_the_object(context, text, expected):
    assert parties(context, text) == expected


def test_the_bare_name_is_not_swallowed_by_the_known_subject(context):
    found = entity_types(context, "Vorig jaar heeft de ACM Zorvik beboet.", "nl")
    assert "Zorvik" in found
    assert ACM in found


NOT_A_BARE_NAME = [
    "Vorig jaar heeft de ACM Europese regels voor webwinkels gemaakt.",  # an adjective
    "Vorig jaar heeft de ACM De Telegraaf geantwoord.",  # an article opens the next name
]


@pytest.mark.parametrize("text", NOT_A_BARE_NAME)
def test_no_party_from_words_that_are_no_bare_name(context, text):
    assert parties(context, text) == set()


# -- a pronominal adverb opens the sentence; the clause names only its subject ---------------

SUBJECT_ONLY = [
    "Daarnaast heeft de ACM vorige maand ook vier aanbieders beboet.",
    "Hierdoor heeft de ACM twee webwinkels een boete opgelegd.",
    "Vorig jaar heeft de ACM vijf aanbieders beboet.",
    "De toezichthouder zegt dat de ACM twee webwinkels beboette.",
]


@pytest.mark.parametrize("text", SUBJECT_ONLY)
def test_a_clause_naming_only_its_subject_fines_no_named_party(context, text):
    found = parties(context, text)
    assert ("DEFENDANT_IN", ACM) not in found
    assert not any(source in ("Daarnaast", "Hierdoor") for _, source in found)


@pytest.mark.parametrize("word", ["Daarnaast", "Hierdoor", "Daarmee", "Waardoor"])
def test_a_pronominal_adverb_is_no_name(context, word):
    text = f"{word} kreeg Zorvik Limited een boete van de ACM."
    assert word not in entity_types(context, text, "nl")
