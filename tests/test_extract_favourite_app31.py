"""A person's possessive before a favourite (or rival) app names no owner (issue #10,
precision), on sentences written for these tests with invented names: "Dana Reyes's
favourite app is Quixly" and "Dana Reyes's favourite app Quixly" say what she uses; "Elon
Musk's platform Chirpa" still says who owns it."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dana Reyes's favourite app is Quixly.", "en"),
        ("Dana Reyes's favourite app Quixly keeps crashing.", "en"),
        ("Brelco Media's rival app Quixly grew fast.", "en"),
    ],
)
def test_favourite_or_rival_app_has_no_owner(context, text, language):
    assert not {f for f in facts(context, text, language) if f[0] == "OWNS"}


def test_possessive_before_platform_noun_still_owns(context):
    found = facts(context, "Elon Musk's platform Chirpa grew.", "en")
    assert ("OWNS", "Elon Musk", "Chirpa", "established") in found
