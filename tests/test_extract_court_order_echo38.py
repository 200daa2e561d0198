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


def test_a_court_two_sentences_on_orders_nothing(context):
    """A court named further away is no court of this order (review of stop 38: the fallback
    "a court the document names" made any "must" in an article about a court a ruling)."""
    text = (
        "De providers Zorbix en Blipnet moeten het filmportaal Quixly blokkeren. Op het portaal "
        "staan illegale films. Stichting Quillo eiste een blokkade en kreeg dinsdag gelijk van "
        "de Haagse rechtbank."
    )
    assert facts(context, text, "nl") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under the new law, platforms such as Zorbix must remove illegal posts within a day. "
         "The Supreme Court ruled on a different law in 2019.", "en"),
        ("The Supreme Court ruled on a different law in 2019. According to regulators, the app "
         "Zorbix must stop collecting data.", "en"),
        ("Researchers found fake profiles on the app. Zorbix must remove them quickly, the "
         "report concludes.", "en"),
        ("De Hoge Raad oordeelde vorig jaar over een andere wet. Zorbix moet volgens de minister "
         "de advertenties weren.", "nl"),
        ("De rechtbank sprak eerder een vonnis uit. Zorbix moet de advertenties weren, aldus de "
         "ACM.", "nl"),
    ],
)  # fmt: skip
def test_a_court_elsewhere_or_a_speaker_makes_no_order(context, text, language):
    assert facts(context, text, language) == set()


def test_a_month_named_may_is_no_doubt(context):
    text = "Zorbix must remove the posts, a judge ruled in May."
    assert facts(context, text, "en") == {ORDERED}


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


@pytest.mark.parametrize(
    ("text", "language", "plaintiff", "court"),
    [
        ("Zorbix moet de nepadvertenties met Els Kalvan weghalen. Stichting Quillo had daarvoor "
         "een zaak aangespannen bij de rechtbank Utrecht.", "nl", "Stichting Quillo",
         "Rechtbank Utrecht"),
        ("Zorbix must remove the fake ads of Els Kalvan. Quillo Ltd had filed the lawsuit in "
         "the District Court of Utrecht.", "en", "Quillo Ltd", "District Court of Utrecht"),
    ],
)  # fmt: skip
def test_the_next_sentence_brings_the_proceeding_before_its_court(
    context, text, language, plaintiff, court
):
    """The order's court may come in the next sentence with the proceeding it decides (stop
    39: a case noun or a case verb of the pack beside a court's noun there)."""
    got = facts(context, text, language)
    defendant = [f for f in got if f[0] == "DEFENDANT_IN"]
    assert [(f[1], f[3]) for f in defendant] == [("Zorbix", "ruled")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a court's noun without a proceeding
        ("Zorbix moet de advertenties weghalen. De rechtbank in Utrecht was dinsdag gesloten.",
         "nl"),
        ("Zorbix must remove the posts. The District Court of Utrecht was closed on Tuesday.",
         "en"),
        # a proceeding yet to come, or one a speaker tells of
        ("Zorbix must remove the posts. Quillo will file a lawsuit in the District Court of "
         "Utrecht.", "en"),
        ("Zorbix moet de advertenties weghalen. Quillo zegt een zaak te beginnen bij de "
         "rechtbank Utrecht.", "nl"),
    ],
)  # fmt: skip
def test_a_court_in_the_next_sentence_without_its_proceeding_orders_nothing(
    context, text, language
):
    assert not any(
        f[0] == "DEFENDANT_IN" and f[1] == "Zorbix" for f in facts(context, text, language)
    )
