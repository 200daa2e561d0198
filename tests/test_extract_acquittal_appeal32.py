"""Acquittals and appeals against a conviction name the trial's defendant (issue #10), on
sentences written for these tests with invented names: "X werd vrijgesproken", "Het hof sprak
X vrij" keep X the defendant, alleged; "X gaat in hoger beroep tegen de veroordeling", "het
beroep van X tegen de veroordeling", "X appealed his conviction" make X a convicted
defendant, ruled. Not: the prosecutor appealing an acquittal or a sentence."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Boris Kantelaar werd vrijgesproken.", "nl", "alleged"),
        ("De rechtbank heeft Boris Kantelaar vrijgesproken van witwassen.", "nl", "alleged"),
        ("Het hof sprak Boris Kantelaar in hoger beroep vrij.", "nl", "alleged"),
        ("Boris Kantelaar gaat in hoger beroep tegen de veroordeling.", "nl", "ruled"),
        ("De Hoge Raad heeft het beroep van Boris Kantelaar tegen de veroordeling verworpen.",
         "nl", "ruled"),
        ("Boris Kantelar appealed his conviction.", "en", "ruled"),
    ],
)  # fmt: skip
def test_the_trials_defendant(context, text, language, status):
    found = facts(context, text, language)
    assert {(s, st) for k, s, _, st in found if k == "DEFENDANT_IN"} == {(_name(language), status)}


def _name(language):
    return "Boris Kantelaar" if language == "nl" else "Boris Kantelar"


@pytest.mark.parametrize(
    "text",
    [
        "Het OM gaat in hoger beroep tegen de vrijspraak van Boris Kantelaar.",
        "Het OM gaat in hoger beroep tegen de straf voor Boris Kantelaar.",
    ],
)
def test_the_prosecutor_appealing_is_no_defendant(context, text):
    assert "Openbaar Ministerie" not in defendant_names(facts(context, text, "nl"))
