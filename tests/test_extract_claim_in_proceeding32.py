"""The subject that demands something in a proceeding brings it (issue #10), on sentences
written for these tests with invented names: "X eist in een kort geding (tegen Y) dat ...",
"X heeft in kort geding gevorderd dat Y ...", "X is seeking damages in a lawsuit against Y"
make X the plaintiff and Y the defendant; "in" governs the proceeding the subject claims in,
not another one told of ("X said in a lawsuit against Y": no demand, no bringer read)."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names, sued


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Stichting Datarecht heeft in een kort geding tegen Klikmarkt geëist dat de berichten "
         "verdwijnen.", "nl"),
        ("Stichting Datarecht eist in een kort geding tegen Klikmarkt dat de berichten "
         "verdwijnen.", "nl"),
        ("Stichting Datarecht eist in een kort geding dat Klikmarkt de berichten verwijdert.",
         "nl"),
        ("Stichting Datarecht vordert in kort geding dat Klikmarkt wordt bevolen haar weer toe "
         "te laten.", "nl"),
        ("Stichting Datarecht heeft in kort geding gevorderd dat Klikmarkt de advertenties weer "
         "toelaat.", "nl"),
        ("Stichting Datarecht is seeking damages in a lawsuit against Klikmarkt.", "en"),
    ],
)  # fmt: skip
def test_claimant_in_its_own_proceeding(context, text, language):
    assert sued("Stichting Datarecht", "Klikmarkt") <= facts(context, text, language)


def test_saying_in_a_lawsuit_names_no_bringer(context):
    found = facts(context, "Brelco Media said in a lawsuit against Klikmarkt that it lost "
                  "money.", "en")  # fmt: skip
    assert not plaintiff_names(found)
