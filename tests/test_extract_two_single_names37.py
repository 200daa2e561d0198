"""Two unknown one-word names side by side after a definite article, in the place of a
verb-second clause's subject (issue #10, a known open Dutch class): "In 2021 daagde de
Consumentenbond Zorbix voor de rechter" read "Consumentenbond Zorbix" as one person and gave
nothing. A person's name takes no article, and the subject and the object stand side by
side, so they are two names; a one-word name in the subject slot after the inverted verb
brings the suit."""

from __future__ import annotations

import pytest
from sentences import facts


def _sued(plaintiff: str, defendant: str, year: int) -> set[tuple[str, ...]]:
    case = f"{plaintiff} v. {defendant} ({year})"
    return {
        ("DEFENDANT_IN", defendant, case, "alleged"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2021 daagde de Klantenbond Zorbix voor de rechter.", 2021),
        ("In 2021 sleepte de Klantenbond Zorbix voor de rechter.", 2021),
        ("Vorig jaar klaagde de Klantenbond Zorbix aan.", 2022),
    ],
)
def test_two_names_after_the_article_are_subject_and_object(context, sentence, year):
    assert facts(context, sentence, "nl") == _sued("Klantenbond", "Zorbix", year)


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective before its noun: one name
        "Vorig jaar vergaderde de Tweede Kamer over Zorbix.",
        # an organisation's head word opens one name
        "In 2021 daagde de Stichting Quillo Zorbix voor de rechter.",
    ],
)
def test_one_name_stays_one(context, sentence):
    found = facts(context, sentence, "nl")
    names = {f[1] for f in found}
    assert "Tweede" not in names and "Stichting" not in names


def test_an_inflected_adjective_opens_no_name(context):
    """A capitalised word with an ending of the pack's inflected_adjective_endings ("-e") is
    an adjective before its noun, no name of its own: "de Nieuwe Zorbix" is not the party
    "Nieuwe" suing Zorbix (which the sentence gives with no such ending in the pack)."""
    assert facts(context, "Vorig jaar klaagde de Nieuwe Zorbix aan.", "nl") == set()
