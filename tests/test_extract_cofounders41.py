"""A partner a comitative phrase adds to a founding clause founded it too (issue #10):
"X founded Y with Z", "X, who founded Y with his brother Z", "X richtte Y op samen met Z"
(the particle before the phrase, not at the clause's end). Money, help or an agent are no
partner: "with money from Z", "with Z's help", "founded by Z"."""

from __future__ import annotations

import pytest
from sentences import facts


def _founders(context, text: str, language: str) -> set[str]:
    return {f[1] for f in facts(context, text, language) if f[0] == "FOUNDED"}


@pytest.mark.parametrize(
    ("language", "text", "founders"),
    [
        ("en", "Jan Dekkers founded Quillchat with Eva Mol in 2015.", {"Jan Dekkers", "Eva Mol"}),
        (
            "en",
            "Jan Dekkers, who founded the app Quillchat with his brother Bram in 2013, was "
            "arrested.",
            {"Jan Dekkers", "Bram Dekkers"},
        ),
        (
            "nl",
            "Jan Dekkers richtte Quillchat in 2013 op samen met zijn broer Bram.",
            {"Jan Dekkers", "Bram Dekkers"},
        ),
        (
            "nl",
            "In 2013 richtte Jan Dekkers de app Quillchat op samen met Eva Mol.",
            {"Jan Dekkers", "Eva Mol"},
        ),
    ],
)
def test_the_partner_of_a_founding_clause_founded_it(context, language, text, founders):
    assert _founders(context, text, language) == founders


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Jan Dekkers founded Quillchat with money from Eva Mol."),
        ("en", "Jan Dekkers founded Quillchat with Eva Mol's help."),
        ("nl", "Jan Dekkers richtte de app Quillchat op met geld van zijn vader."),
    ],
)
def test_money_or_help_is_no_partner(context, language, text):
    assert _founders(context, text, language) == {"Jan Dekkers"}
