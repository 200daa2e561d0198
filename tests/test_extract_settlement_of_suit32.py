"""Who agrees to a settlement of a suit defends it (issue #10), on sentences written for
these tests with invented names: "Tolpay has accepted a settlement of the privacy
lawsuit" and "Tolpay heeft ingestemd met een schikking van 2 miljoen in een
massaclaim" make Tolpay the suit's defendant, and the users who brought suit its plaintiffs.
Not the bringer settling its own suit, and not a regulator that settles."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ad firm Tolpay has accepted a settlement of the privacy lawsuit.",
            "en",
        ),
        ("Tolpay reached a settlement in the case on Monday.", "en"),
        (
            "Het advertentiebedrijf Tolpay heeft ingestemd met een schikking van 2 miljoen in "
            "een massaclaim.",
            "nl",
        ),
        ("Tolpay trof maandag een schikking in de rechtszaak.", "nl"),
    ],
)
def test_the_settler_defends(context, text, language):
    assert defendant_names(facts(context, text, language)) == {"Tolpay"}


def test_the_users_who_brought_suit_are_its_plaintiffs(context):
    found = facts(
        context,
        "Ad firm Tolpay has accepted a settlement of the privacy lawsuit. "
        "Nine app users who brought suit will each get $500.",
        "en",
    )
    assert defendant_names(found) == {"Tolpay"}
    assert len(plaintiff_names(found)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The FTC reached a settlement in the case on Monday.", "en"),
        ("Tolpay heeft met de ACM een schikking in de zaak getroffen.", "nl"),
    ],
)
def test_a_regulator_that_settles_defends_nothing(context, text, language):
    found = facts(context, text, language)
    assert not (
        {"Federal Trade Commission", "Autoriteit Consument en Markt"} & defendant_names(found)
    )


def test_a_bringer_settling_its_own_suit_defends_nothing(context):
    found = facts(
        context, "Brindle Media reached a settlement in its lawsuit against Tolpay.", "en"
    )
    assert "Brindle Media" not in defendant_names(found)
