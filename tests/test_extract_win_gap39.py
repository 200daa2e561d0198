"""A noun object between "won" and "van" makes it another act than a win against a party
(issue #10, review mend of stop 38): "X won prijzengeld van Y, zei de rechter" is a prize
from Y, no suit. Only an adverb or a time may stand in the gap ("X won dinsdag van Y",
"X won ook van Y")."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Stichting Velder won prijzengeld van Zorbix, zei de rechter.",
        "Stichting Velder won goud van Zorbix in de zaak over de app.",
        "Stichting Velder wint reclamegeld van Zorbix, oordeelde de rechtbank.",
    ],
)
def test_a_noun_in_the_gap_is_no_win_against_a_party(context, text):
    assert facts(context, text, "nl") == set()


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("Stichting Velder won ook van Zorbix, oordeelde de rechtbank.",
         "Stichting Velder v. Zorbix"),
        ("Stichting Velder won opnieuw van Zorbix, oordeelde de rechtbank.",
         "Stichting Velder v. Zorbix"),
        # a time dates the win in the week the test document was published
        ("Stichting Velder won gisteren van Zorbix, oordeelde de rechtbank.",
         "Stichting Velder v. Zorbix (2023)"),
        ("Stichting Velder won dinsdag van Zorbix, oordeelde de rechtbank.",
         "Stichting Velder v. Zorbix (2023)"),
    ],
)  # fmt: skip
def test_an_adverb_or_a_time_in_the_gap_keeps_the_win(context, text, case):
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", "Stichting Velder", case, "established"),
    }
