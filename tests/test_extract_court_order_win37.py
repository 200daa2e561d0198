"""A suit told only by its outcome gives the case with its parties (issue #10): a court's
order ("De rechter verplicht X om ...", "De rechtbank heeft X opgedragen ...") rules
against the party it binds and is heard by the court it names; who wins a suit ("X kreeg
gelijk van de rechtbank in de zaak tegen Y", "X won its case against Y") brought it, and
its defendant is ruled against; a winner or the party a court sided with, named without
the other side, is the bringer of the case the document tells of."""

from __future__ import annotations

import pytest
from sentences import facts

ORDERED = ("DEFENDANT_IN", "Quillo B.V.", "Plaintiffs v. Quillo B.V.", "ruled")


@pytest.mark.parametrize(
    "sentence",
    [
        "De rechter verplicht Quillo B.V. om de advertenties te verwijderen.",
        "De kantonrechter gelastte Quillo B.V. de filmpjes offline te halen.",
        "De rechtbank heeft Quillo B.V. opgedragen de berichten te verwijderen.",
    ],
)
def test_a_court_order_rules_against_the_party_it_binds(context, sentence):
    assert facts(context, sentence, "nl") == {ORDERED}


def test_a_law_that_obliges_is_no_order(context):
    assert facts(context, "De nieuwe wet verplicht Quillo B.V. om de berichten te verwijderen.",
                 "nl") == set()  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Ook verplicht de voorzieningenrechter in Utrecht het bedrijf Quillo om de teksten te weren.",
        "Quillo moet van de rechtbank in Utrecht de berichten verwijderen.",
        "De voorzieningenrechter in Utrecht beveelt Quillo de berichten te verwijderen.",
    ],
)
def test_the_ordering_court_hears_the_case(context, sentence):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Quillo", "Plaintiffs v. Quillo", "ruled"),
        ("HEARD_BY", "Plaintiffs v. Quillo", "Rechtbank Midden-Nederland", "established"),
    }


def _won(plaintiff: str, defendant: str) -> set[tuple[str, ...]]:
    case = f"{plaintiff} v. {defendant}"
    return {
        ("DEFENDANT_IN", defendant, case, "ruled"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Stichting Zorbix won de rechtszaak tegen Quillo B.V.."),
        ("nl", "Stichting Zorbix heeft de zaak tegen Quillo B.V. gewonnen."),
        ("nl", "Stichting Zorbix kreeg gelijk in de zaak tegen Quillo B.V.."),
        ("en", "Zorbix Media won its case against Quillo Inc.."),
        ("en", "Zorbix Media won an injunction against Quillo Inc.."),
    ],
)
def test_who_wins_a_suit_brought_it(context, language, sentence):
    plaintiff = "Stichting Zorbix" if language == "nl" else "Zorbix Media"
    defendant = "Quillo B.V." if language == "nl" else "Quillo Inc."
    assert facts(context, sentence, language) == _won(plaintiff, defendant)


def test_a_won_ban_heard_by_the_named_court(context):
    found = facts(
        context,
        "Stichting Zorbix eiste een verbod tegen Quillo B.V. en kreeg dinsdag gelijk bij de "
        "Utrechtse rechtbank.",
        "nl",
    )
    case = "Stichting Zorbix v. Quillo B.V. (2023)"  # dated by "dinsdag"
    assert found == {
        ("DEFENDANT_IN", "Quillo B.V.", case, "ruled"),
        ("PLAINTIFF_IN", "Stichting Zorbix", case, "established"),
        ("HEARD_BY", case, "Rechtbank Midden-Nederland", "established"),
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Quillo B.V. moet van de rechter de berichten verwijderen. Stichting Zorbix had "
            "dat geëist en kreeg gelijk.",
        ),
        (
            "en",
            "A judge ordered Quillo Inc. to take down the videos. The court sided with "
            "Zorbix Media, which had asked for the order.",
        ),
        ("en", "A judge ordered Quillo Inc. to take down the videos. Zorbix Media won its case."),
    ],
)
def test_the_winner_brings_the_ordered_case(context, language, text):
    plaintiff = "Stichting Zorbix" if language == "nl" else "Zorbix Media"
    defendant = "Quillo B.V." if language == "nl" else "Quillo Inc."
    assert facts(context, text, language) == _won(plaintiff, defendant)


def test_a_defendant_that_wins_brings_nothing(context):
    found = facts(
        context, "Zorbix Media sued Quillo Inc. in March. The court sided with Quillo Inc..", "en"
    )
    case = "Zorbix Media v. Quillo Inc. (2023)"
    assert found == {  # the suit as its bringer filed it, the winner still its defendant
        ("DEFENDANT_IN", "Quillo Inc.", case, "alleged"),
        ("PLAINTIFF_IN", "Zorbix Media", case, "established"),
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Quillo B.V. moet van de rechter de berichten verwijderen. Stichting Zorbix won "
            "een zaak tegen een ander bedrijf.",
        ),
        (
            "en",
            "A judge ordered Quillo Inc. to take down the videos. Zorbix Media won a case "
            "last year.",
        ),
    ],
)
def test_a_won_case_of_its_own_is_not_the_case_told_of(context, language, text):
    defendant = "Quillo B.V." if language == "nl" else "Quillo Inc."
    assert facts(context, text, language) == {  # the order alone, its bringer unknown
        ("DEFENDANT_IN", defendant, f"Plaintiffs v. {defendant}", "ruled")
    }
