"""A distributive word gives each bringer of a suit its own case (issue #10): "de rechtszaken
die A en B elk tegen X hebben aangespannen" and "A and B each sued X" made one case brought by
both, where the text tells of two."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language, first, second",
    [
        (
            "De rechtbank heeft stichting Zorvex en stichting Quillo ontvankelijk verklaard in "
            "de rechtszaken die ze elk tegen Zorbix hebben aangespannen.",
            "nl",
            "Zorvex",
            "Quillo",
        ),
        (
            "Stichting Zorvex en stichting Quillo hebben elk een rechtszaak tegen Zorbix "
            "aangespannen.",
            "nl",
            "Stichting Zorvex",
            "Quillo",
        ),
        (
            "Zorvex Media and Quillo Labs each sued Zorbix in May.",
            "en",
            "Zorvex Media",
            "Quillo Labs",
        ),
    ],
)
def test_each_bringer_has_its_own_case(context, sentence, language, first, second):
    assert facts(context, sentence, language) == {
        ("PLAINTIFF_IN", first, f"{first} v. Zorbix", "established"),
        ("DEFENDANT_IN", "Zorbix", f"{first} v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", second, f"{second} v. Zorbix", "established"),
        ("DEFENDANT_IN", "Zorbix", f"{second} v. Zorbix", "alleged"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Zorvex en stichting Quillo hebben een rechtszaak tegen Zorbix aangespannen.",
        "Stichting Zorvex en stichting Quillo klagen elk jaar Zorbix aan.",
    ],
)
def test_one_suit_of_both_stays_one_case(context, sentence):
    found = facts(context, sentence, "nl")
    cases = {case for kind, _, case, _ in found if kind == "DEFENDANT_IN"}
    assert cases == {"Stichting Zorvex v. Zorbix"}
