"""A defendant named by its title (issue #10), on sentences written for these tests with
invented names: "the judge sided with defendant Tovex", "the claims against defendants
Tovex and Quarrelnet" and "de rechter stelde gedaagde Tovex in het gelijk" make the names
after the noun defendants of the suit in context, as "plaintiffs A and B" makes plaintiffs;
a possessive of the noun ("the defendant's lawyer, X") names no party."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts

SUIT_EN = "Harlow Press sued Quarrel Hosting last year. "
SUIT_NL = "Harlow Press daagde vorig jaar Quarrel Hosting voor de rechter. "


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        (SUIT_EN + "In October, the judge sided with defendant Tovex.", "en", {"Tovex"}),
        (
            SUIT_EN + "The judge dismissed the claims against defendants Tovex and Quarrelnet.",
            "en",
            {"Tovex", "Quarrelnet"},
        ),
        (SUIT_NL + "De rechter stelde gedaagde Tovex in het gelijk.", "nl", {"Tovex"}),
    ],
)
def test_names_after_the_defendant_noun_defend_the_suit(context, text, language, named):
    cases = defendant_cases(facts(context, text, language))
    assert set(cases) == {"Quarrel Hosting"} | named
    assert len(set(cases.values())) == 1


def test_the_defendants_lawyer_is_no_party(context):
    text = SUIT_EN + "The defendant's lawyer, John Smith, said nothing."
    assert set(defendant_cases(facts(context, text, "en"))) == {"Quarrel Hosting"}
