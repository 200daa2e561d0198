"""What a party must do is a court's order when the document puts a court to it (issue #10,
stop 38's open class: a court order told without the word court): "X moet de advertenties
weren. Dat heeft de rechtbank in Amsterdam bepaald", "Providers X en Y moeten de site
blokkeren" with the court two sentences on, "X must remove the posts, a judge ruled".
A speaker's demand ("..., vindt de gemeente", "Dat heeft de gemeente geëist"), a future or a
guess ("dat de rechter zal oordelen dat X moet ...") and the site that must be blocked are
no order against a party."""

from __future__ import annotations

import pytest
from sentences import facts

ORDERED = ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "ruled")


@pytest.mark.parametrize(
    "text",
    [
        "Zorbix moet de advertenties weren. Dat oordeelt de voorzieningenrechter.",
        "Zorbix moet de berichten over Jan Klaver verwijderen. Dat heeft de kantonrechter "
        "dinsdag besloten.",
        "Volgens de rechter moet Zorbix de advertenties weren.",
    ],
)
def test_an_order_the_next_sentence_gives_to_a_court(context, text):
    assert facts(context, text, "nl") == {ORDERED}


def test_the_court_that_decides_hears_the_case(context):
    text = "Zorbix moet de advertenties weren. Dat heeft de rechtbank in Amsterdam bepaald."
    assert facts(context, text, "nl") == {
        ORDERED,
        ("HEARD_BY", "Plaintiffs v. Zorbix", "Rechtbank Amsterdam", "established"),
    }


def test_parties_ordered_before_the_court_and_the_winner_are_named(context):
    text = (
        "De providers Zorbix en Blipnet moeten het filmportaal Quixly blokkeren. Op het portaal "
        "staan illegale films. Stichting Quillo eiste een blokkade en kreeg dinsdag gelijk van "
        "de Haagse rechtbank."
    )
    case = "Stichting Quillo v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("DEFENDANT_IN", "Blipnet", case, "ruled"),
        ("PLAINTIFF_IN", "Stichting Quillo", case, "established"),
        ("HEARD_BY", case, "Rechtbank Den Haag", "established"),
    }


def test_an_order_a_judge_gives_in_english(context):
    text = "Zorbix must remove the posts, a judge ruled."
    assert facts(context, text, "en") == {ORDERED}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorbix moet de berichten weghalen, vindt de gemeente.", "nl"),
        ("Zorbix moet alle berichten verwijderen. Dat heeft de gemeente vrijdag geëist.", "nl"),
        ("Zorbix moet de berichten weghalen.", "nl"),
        ("Het is onwaarschijnlijk dat de rechter zal oordelen dat Zorbix de advertenties "
         "van Quillo weer moet toelaten.", "nl"),
        ("De rechter besloot dat de site Quixly moest worden geblokkeerd.", "nl"),
        ("Zorbix must remove the posts, the city says, and a judge will decide.", "en"),
    ],
)  # fmt: skip
def test_a_demand_a_guess_or_a_blocked_site_is_no_order(context, text, language):
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, language))
