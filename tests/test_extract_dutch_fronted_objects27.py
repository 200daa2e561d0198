"""A Dutch clause may open with its prepositional object ("Aan X heeft de ACM een boete
opgelegd") and a name may carry its web address in brackets ("Zorvik (www.zorvik.nl)")
(issue #10), on invented sentences:

- a capitalised preposition opening a sentence ("Aan", "Tegen", "Over") is no part of the
  name after it, so the name keeps its role: the fined party, not the regulator;
- a web address in brackets right after a name is part of that name's clause, as a short
  form in brackets is ("Autoriteit Consument en Markt (ACM)"): the subject before it still
  governs the verb after it.

Company names and web addresses are invented; the regulators are the reference base's.
"""

from __future__ import annotations

import pytest
from sentences import entity_types
from sentences import facts as _facts

ACM = "Autoriteit Consument en Markt"
FTC = "Federal Trade Commission"


def parties(context, text: str, language: str = "nl") -> set[tuple[str, str]]:
    """(type, source) of every party fact, whatever the case is named."""
    return {
        (kind, source)
        for kind, source, _, _ in _facts(context, text, language)
        if kind in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


FRONTED_OBJECTS = [
    ("Aan Zorvik Limited heeft de ACM een boete opgelegd.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Zorvik Limited")}),
    ("Aan Quillora heeft de Kansspelautoriteit een last onder dwangsom opgelegd.",
     {("PLAINTIFF_IN", "Kansspelautoriteit"), ("DEFENDANT_IN", "Quillora")}),
    ("Aan Zorvik heeft de toezichthouder ACM vorige week een boete van 75.000 euro gegeven.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Zorvik")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED_OBJECTS)
def test_a_fronted_indirect_object_is_the_fined_party(context, text, expected):
    assert parties(context, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aan Zorvik Limited heeft de ACM een boete opgelegd.", "Zorvik Limited"),
        ("Tegen Quillora B.V. heeft Stichting Datavrij bezwaar gemaakt.", "Quillora B.V."),
        ("Over Zorvik Limited zegt de ACM niets.", "Zorvik Limited"),
    ],
)
def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_a_name(context, text, name):
    found = entity_types(context, text, "nl")
    assert name in found
    assert not any(key.split()[0] in ("Aan", "Tegen", "Over") for key in found)


BRACKETED_ADDRESSES = [
    ("De ACM heeft Zorvik Limited (www.zorvik.nl) beboet.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Zorvik Limited")}),
    ("Aan Zorvik (www.zorvik.nl) heeft de ACM in mei een dwangsom opgelegd.",
     {("PLAINTIFF_IN", ACM), ("DEFENDANT_IN", "Zorvik")}),
    ("Stichting Datavrij (datavrij.org) heeft Quillora Holding aangeklaagd.",
     {("PLAINTIFF_IN", "Stichting Datavrij"), ("DEFENDANT_IN", "Quillora Holding")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BRACKETED_ADDRESSES)
def test_a_web_address_in_brackets_stays_in_the_clause_of_its_name(context, text, expected):
    assert parties(context, text) == expected


def test_a_web_address_in_brackets_in_english(context):
    text = "Zorvik Inc. (www.zorvik.com) was fined by the FTC."
    assert parties(context, text, "en") == {("PLAINTIFF_IN", FTC), ("DEFENDANT_IN", "Zorvik Inc.")}
