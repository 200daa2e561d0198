"""Who won against another side in a document about a court or a case brought the suit, and
the side it won against was ruled against (issue #10, stop 38's open class "winnen van X"):
"X won vrijdag van Y bij de rechtbank", "X slaagde erin te winnen van Y" after a sentence
that tells of a court, "X won against Y at trial". A win in a text that names no court and
no case ("Ajax won van PSV", "won against Y in the final") makes no case."""

from __future__ import annotations

import pytest
from sentences import facts


def won_nl(case: str) -> set[tuple[str, ...]]:
    return {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", "Stichting Velder", case, "established"),
    }


WON_EN = {
    ("DEFENDANT_IN", "Zorbix", "Quillo Labs v. Zorbix", "ruled"),
    ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix", "established"),
}


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("Stichting Velder heeft gewonnen van Zorbix in de zaak over de app.",
         "Stichting Velder v. Zorbix"),
        # the sentence before tells of a case against the same party (stop 39: a case word
        # there counts only for a party this sentence names)
        ("Een student stapte eerst naar de rechter tegen Zorbix, maar verloor. Later slaagde "
         "Stichting Velder erin om wel te winnen van Zorbix.", "Stichting Velder v. Zorbix"),
        # "dinsdag" dates the win in the week the test document was published
        ("Stichting Velder won dinsdag van Zorbix, oordeelde de rechtbank.",
         "Stichting Velder v. Zorbix (2023)"),
    ],
)  # fmt: skip
def test_the_winner_in_a_text_about_a_court_sued_the_loser(context, text, case):
    assert facts(context, text, "nl") == won_nl(case)


@pytest.mark.parametrize(
    "text",
    [
        "Quillo Labs prevailed against Zorbix at trial.",
        "The judge ruled for Quillo Labs on Monday. Quillo Labs won against Zorbix.",
    ],
)
def test_the_winner_against_a_side_sued_it_en(context, text):
    assert facts(context, text, "en") == WON_EN


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Stichting Velder won vrijdag van Zorbix met drie punten verschil.", "nl"),
        # a prize from someone, in a text about a court, is no win against a party
        ("Stichting Velder won een prijs van Zorbix, zei de rechter.", "nl"),
        ("Quillo Labs won against Zorbix in the final of the chess tournament.", "en"),
    ],
)
def test_a_win_in_a_text_about_no_case_is_none(context, text, language):
    assert facts(context, text, language) == set()


# A one-word name that is the subject of the main verb governing the trigger as its
# infinitive is the infinitive's subject, and so the bringer ("Zorblat decided to sue X").
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Later slaagde Quillo erin om te winnen van Zorbix, zei de rechter.", "nl",
         {("DEFENDANT_IN", "Zorbix", "Quillo v. Zorbix", "ruled"),
          ("PLAINTIFF_IN", "Quillo", "Quillo v. Zorbix", "established")}),
        ("Zorblat decided to sue Quixly over the app.", "en",
         {("DEFENDANT_IN", "Quixly", "Zorblat v. Quixly", "alleged"),
          ("PLAINTIFF_IN", "Zorblat", "Zorblat v. Quixly", "established")}),
        # the object of the main verb, not its subject, is the infinitive's subject here
        # (the platform Quixly: no PLAINTIFF_IN, the case named after it)
        ("Zorblat asked Quixly to sue Blipnet.", "en",
         {("DEFENDANT_IN", "Blipnet", "Quixly v. Blipnet", "alleged")}),
    ],
)  # fmt: skip
def test_the_subject_of_a_control_verb_brings_the_suit(context, text, language, expected):
    assert facts(context, text, language) == expected


def test_a_court_elsewhere_in_the_document_makes_no_win_a_suit(context):
    """Review of stop 38: a court the document names anywhere let any "won against" be a
    suit; a case or court word in this sentence or the one before is needed."""
    text = (
        "The Supreme Court ruled on a different law in 2019. Prices rose that year. "
        "Zorbix won against Quillo in the tender for the harbour contract."
    )
    assert not any(f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") for f in facts(context, text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quillo Labs filed a complaint against Blipnet. Zorbix won against Velder in the final.",
         "en"),
        ("Quillo diende een klacht in tegen Blipnet. Stichting Velder won dinsdag van Zorbix.",
         "nl"),
        # a court's word before, with no party of the win in it
        ("Een student stapte eerst naar de rechter, maar verloor. Later slaagde Stichting "
         "Velder erin om wel te winnen van Zorbix.", "nl"),
    ],
)  # fmt: skip
def test_a_case_of_other_parties_before_makes_no_win_a_suit(context, text, language):
    """Review of stop 38: a case word in the sentence before admitted any win; it counts only
    when that sentence names a party of the win."""
    assert not any(
        f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") and "Velder" in f[2]
        for f in facts(context, text, language)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Quillo Labs sued Zorbix in May. It won against Zorbix in June.",
        "Quillo Labs sued Blipnet in May. Zorbix won against Quillo Labs in June.",
    ],
)
def test_a_case_of_the_same_party_before_keeps_the_win(context, text):
    assert any(f[0] == "DEFENDANT_IN" and f[3] == "ruled" for f in facts(context, text, "en"))
