"""A correlative "and" joins two names as "and" does (issue #10, set42nl): "De AP heeft zowel
Zorbix als Quillo beboet" gave no fact, and "Zowel Zorbix als Quillo kregen een boete" only
Quillo's, because "als" opened a clause of its own between the two names (and "Zowel" joined
the first name). The pack's correlative pair now reads the second word as the pack's "and"
in the opener's clause, when a name (or an article, or a short description before a name)
follows it; "zowel in Nederland als in België" is left as it was. English "both X and Y"
needs nothing: its "and" is the list's already."""

from __future__ import annotations

import pytest
from sentences import facts

AP = "Autoriteit Persoonsgegevens"
FINED = {
    ("PLAINTIFF_IN", AP, f"{AP} v. Zorbix", "established"),
    ("DEFENDANT_IN", "Zorbix", f"{AP} v. Zorbix", "ruled"),
    ("DEFENDANT_IN", "Quillo", f"{AP} v. Zorbix", "ruled"),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Autoriteit Persoonsgegevens heeft zowel Zorbix als Quillo beboet.", "nl"),
        ("De Autoriteit Persoonsgegevens heeft zowel Zorbix als Quillo een boete opgelegd.", "nl"),
        ("Zowel Zorbix als Quillo kregen een boete van de Autoriteit Persoonsgegevens.", "nl"),
        ("De Autoriteit Persoonsgegevens heeft zowel provider Zorbix als sociaal netwerk Quillo "
         "beboet.", "nl"),
        ("The Autoriteit Persoonsgegevens fined both Zorbix and Quillo.", "en"),
    ],
)  # fmt: skip
def test_both_correlated_names_are_fined(context, text, language):
    assert facts(context, text, language) == FINED


def test_correlated_bringers_bring_one_suit(context):
    text = (
        "Zowel Stichting Quillo als de Consumentenbond hebben een rechtszaak tegen Zorbix "
        "aangespannen."
    )
    case = "Stichting Quillo v. Zorbix"
    assert facts(context, text, "nl") == {
        ("PLAINTIFF_IN", "Stichting Quillo", case, "established"),
        ("PLAINTIFF_IN", "Consumentenbond", case, "established"),
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
    }


def test_correlated_defendants_of_a_summons(context):
    case = "Stichting Quillo v. Zorbix"
    assert facts(
        context, "Stichting Quillo heeft zowel Zorbix als Blovia voor de rechter gedaagd.", "nl"
    ) == {
        ("PLAINTIFF_IN", "Stichting Quillo", case, "established"),
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("DEFENDANT_IN", "Blovia", case, "alleged"),
    }


def test_correlated_places_are_no_list_of_names(context):
    found = facts(
        context,
        "De rechtbank Amsterdam heeft Zorbix veroordeeld, zowel in Nederland als in België.",
        "nl",
    )
    assert ("IN_JURISDICTION", "Rechtbank Amsterdam", "Belgium", "established") not in found
    assert ("DEFENDANT_IN", "Zorbix", "Prosecution v. Zorbix", "ruled") in found
