"""A sibling called by the given name alone beside the person it is kin of (issue #10):
"X's brother Bram", "his sister, Eva", "the brother of X, Bram", "de broer van X, Bram",
"zijn zus Eva" name a person with that given name and X's surname, and a pronoun in the
next sentence stands for the sibling, not for X named inside the phrase."""

from __future__ import annotations

import pytest
from sentences import facts


def _founders(context, text: str, language: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(context, text, language) if f[0] == "FOUNDED"}


@pytest.mark.parametrize(
    ("language", "text", "sibling"),
    [
        ("en", "Jan Dekkers was arrested. His brother Bram co-founded Quillchat.", "Bram Dekkers"),
        ("en", "Jan Dekkers was arrested. His sister, Eva, co-founded Quillchat.", "Eva Dekkers"),
        (
            "en",
            "Jan Dekkers was arrested. Dekkers's brother Bram is a co-founder of Quillchat.",
            "Bram Dekkers",
        ),
        (
            "en",
            "Jan Dekkers was arrested. A warrant was also issued for the brother of Dekkers, "
            "Bram. He co-founded Quillchat.",
            "Bram Dekkers",
        ),
        (
            "nl",
            "Jan Dekkers werd aangehouden. Zijn zus Eva is medeoprichter van Quillchat.",
            "Eva Dekkers",
        ),
        (
            "nl",
            "Jan Dekkers werd aangehouden. Er is ook een bevel tegen de broer van Dekkers, "
            "Bram. Hij is medeoprichter van Quillchat.",
            "Bram Dekkers",
        ),
    ],
)
def test_a_sibling_by_given_name_takes_the_surname(context, language, text, sibling):
    assert _founders(context, text, language) == {(sibling, "Quillchat")}


@pytest.mark.parametrize(
    ("language", "text", "founder"),
    [
        # a full name after the noun is the sibling's own
        ("en", "Jan Dekkers was arrested. His brother Bram Vos co-founded Quillchat.", "Bram Vos"),
        # a name of more than one word after the comma is an apposition of its own
        (
            "en",
            "Jan Dekkers was arrested. His brother, Quillchat founder Bram Vos, said nothing.",
            "Bram Vos",
        ),
    ],
)
def test_a_sibling_named_in_full_keeps_the_name(context, language, text, founder):
    assert _founders(context, text, language) == {(founder, "Quillchat")}


def test_no_sibling_without_a_person_to_take_the_surname_from(context):
    text = "Quillchat was fined. Its brother app Blipster was co-founded by Jan Dekkers."
    assert _founders(context, text, "en") == {("Jan Dekkers", "Blipster")}
