"""A person with a surname particle, or a compound epithet, is a person the next sentences
point back to (issue #10, stop 38's open Dutch class "John de Mol"-type names): "Jan de Vlam
zat in de zaal. De ondernemer klaagde Zorbix aan." gave a suit without its bringer (a name
with "de" inside was no person's run for the discourse), and "Piet Kalvan ... De
mediaondernemer klaagde Zorbix aan." too (a compound of a person's epithet pointed nowhere).
Kin compounds point to no one: a "grootmoeder" is another person than the "moeder"."""

from __future__ import annotations

import pytest
from sentences import facts


def suit(plaintiff: str) -> set[tuple[str, ...]]:
    case = f"{plaintiff} v. Zorbix"
    return {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("Jan de Vlam zat in de zaal. De ondernemer klaagde Zorbix aan.", "Jan de Vlam"),
        ("Piet Kalvan zat in de zaal. De mediaondernemer klaagde Zorbix aan.", "Piet Kalvan"),
        ("Mark van der Wiel zat in de zaal. De techmiljardair klaagde Zorbix aan.",
         "Mark van der Wiel"),
    ],
)  # fmt: skip
def test_an_epithet_points_back_to_the_person(context, text, plaintiff):
    assert facts(context, text, "nl") == suit(plaintiff)


def test_the_court_order_and_the_suit_of_a_particle_name(context):
    text = (
        "Zorbix moet de valse advertenties met Jan de Vlam weghalen. De mediaondernemer had "
        "daarvoor een kort geding aangespannen bij de rechtbank in Amsterdam."
    )
    case = "Jan de Vlam v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", "Jan de Vlam", case, "established"),
        ("HEARD_BY", case, "Rechtbank Amsterdam", "established"),
    }


def test_a_kin_compound_is_another_person(context):
    text = "Els Kalvan zat in de zaal. De grootmoeder klaagde Zorbix aan."
    assert ("PLAINTIFF_IN", "Els Kalvan", "Els Kalvan v. Zorbix", "established") not in facts(
        context, text, "nl"
    )
