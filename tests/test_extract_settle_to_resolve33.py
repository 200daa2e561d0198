"""Who settles to resolve suits defends them, and no party sues itself (issue #10), on
sentences written for these tests with invented names: "Zorbix and Quillon Labs have
reached a settlement to resolve lawsuits accusing the companies of ..." and "... een
schikking getroffen om rechtszaken af te wikkelen waarin ..." make both companies
defendants, never the bringers of the suits they settle; a later "The lawsuits allege that
Quillon's design ..." names no case in which Quillon Labs sues Quillon."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorbix and the chat startup Quillon Labs have reached a tentative settlement to "
            "resolve several lawsuits accusing the companies of exposing teenagers to harm. "
            "The lawsuits allege that Quillon's app design deceived teenage users.",
            "en",
        ),
        (
            "Zorbix en het chatbedrijf Quillon Labs hebben een voorlopige schikking getroffen "
            "om rechtszaken af te wikkelen waarin de bedrijven worden beschuldigd van het "
            "schaden van tieners. De rechtszaken stellen dat het ontwerp van Quillon tieners "
            "misleidde.",
            "nl",
        ),
    ],
)
def test_the_settling_companies_defend(context, text, language):
    found = facts(context, text, language)
    assert defendant_names(found) == {"Zorbix", "Quillon Labs"}
    assert plaintiff_names(found) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Quillon Labs filed a lawsuit on Tuesday. The lawsuit alleges that Quillon "
            "deceived teenage users.",
            "en",
        ),
        (
            "Quillon Labs heeft dinsdag een rechtszaak aangespannen. De klacht stelt dat "
            "Quillon tieners misleidde.",
            "nl",
        ),
    ],
)
def test_a_bringer_is_never_its_own_defendant(context, text, language):
    found = facts(context, text, language)
    assert not plaintiff_names(found) & defendant_names(found)
    assert "Quillon Labs" not in defendant_names(found)


def test_the_claim_still_names_another_party(context):
    found = facts(
        context,
        "Quillon Labs filed a lawsuit on Tuesday. The lawsuit alleges that Brindle deceived "
        "teenage users.",
        "en",
    )
    assert plaintiff_names(found) == {"Quillon Labs"}
    assert defendant_names(found) == {"Brindle"}
