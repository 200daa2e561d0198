"""Precision classes found on real articles (issue #10), on sentences written for these
tests (names invented): each test asserts the relationships a sentence must give and those
it must not."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    """A fresh context per row, with and without the reference base."""
    return reference_context(request.param)


# -- an article's nationality adjective before a company's full legal name ------------------

NATIONALITY = [
    ("The Spanish Consumer Authority fined the Irish Zorblat Services Limited 2 million euros.",
     "en", "Zorblat Services Limited", "Irish Zorblat Services Limited"),
    ("De Spaanse Consumentenautoriteit beboette het Ierse Zorblat Services Limited.",
     "nl", "Zorblat Services Limited", "Ierse Zorblat Services Limited"),
    ("The regulator fined the Italian Quillon Media Srl last week.",
     "en", "Quillon Media Srl", "Italian Quillon Media Srl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "company", "wrong"), NATIONALITY)
def test_the_nationality_adjective_is_no_part_of_a_legal_name(
    context, text, language, company, wrong
) -> None:
    found = facts(context, text, language)
    defendants = {f[1] for f in found if f[0] == "DEFENDANT_IN"}
    assert company in defendants
    assert wrong not in {f[1] for f in found}


# -- "found that": the past of find founds nothing -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regulator Quillon Watch found that Zorblat broke the privacy rules.",
        "Mara Vex found that Zorblat had misled its users.",
    ],
)
def test_found_that_is_no_founding(context, text) -> None:
    assert not [f for f in facts(context, text, "en") if f[0] == "FOUNDED"]


def test_founded_still_founds(context) -> None:
    found = facts(context, "Mara Vex founded Zorblat in 2010.", "en")
    assert ("FOUNDED", "Mara Vex", "Zorblat", "established") in found


# -- common capitalised words and a place's people are no party ------------------------------

NO_PARTY = [
    ("Regulators handle many privacy complaints against Big Tech, and fined Zorblat in May.",
     "en", "Big Tech"),
    ("Toezichthouders onderzoeken klachten tegen Big Tech en beboetten Zorblat in mei.",
     "nl", "Big Tech"),
    ("Zorblat sued Virginians over the app.", "en", "Virginians"),
    ("Quillon sued Europeans over the app's design.", "en", "Europeans"),
    ("If there is more information you can provide on how Zorblat will moderate violations of "
     "our ToS, we will call.", "en", "ToS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "word"), NO_PARTY)
def test_a_common_word_is_no_party(context, text, language, word) -> None:
    found = facts(context, text, language)
    assert word not in {f[1] for f in found} | {f[2] for f in found}
