"""A takeover noun that points back names no ends (issue #10): after an article, "the
acquisition", "the takeover" or "de overname" with no "of"/"by" ("van"/"door") right after
it refers to a takeover told before ("X confirmed the acquisition on Monday and said it had
picked Y"), so the names around it are not buyer and bought; "the acquisition of X",
"the takeover by Y of X", "de overname van X door Y" still name them. Sentences written for
these tests, with invented names."""

from __future__ import annotations

import pytest
from sentences import facts


def _owned(found: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == "OWNS"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The app Zorbix confirmed the acquisition on Monday and said it had picked "
            "Kestrel for its long-term plans.",
            "en",
        ),
        ("After the acquisition the app Zorbix moved its staff to Kestrel.", "en"),
        (
            "De app Zorbix bevestigde de overname maandag en zei voor Kestrel te hebben gekozen.",
            "nl",
        ),
        ("Het forum Zorbix juichte de overname toe en bedankte Kestrel.", "nl"),
    ],
)
def test_a_takeover_noun_pointing_back_names_no_owner(context, sentence, language):
    assert not _owned(facts(context, sentence, language))


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The takeover by Kestrel of the app Zorbix was approved.", "en"),
        ("De overname van de app Zorbix door Kestrel is opvallend.", "nl"),
        ("De app Zorbix bevestigde de overname door Kestrel.", "nl"),
        ("Kestrel voltooide in 2019 een overname van de app Zorbix.", "nl"),
    ],
)
def test_a_takeover_noun_with_of_or_by_names_its_ends(context, sentence, language):
    assert _owned(facts(context, sentence, language)) == {
        ("OWNS", "Kestrel", "Zorbix", "established")
    }
