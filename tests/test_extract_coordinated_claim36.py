"""Who coordinates a collective claim brings it (issue #10, docs/annotation.md: PLAINTIFF_IN
is whoever brings the case or on whose behalf it is brought): "De massaclaim tegen Zorbix
wordt gecoördineerd door Stichting Kwelbaar" and "The claim against Zorbix is coordinated
by the Kwelbaar Foundation" gave the suit without its bringer."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "sentence, language, plaintiff",
    [
        ("De massaclaim tegen Zorbix wordt gecoördineerd door Stichting Kwelbaar.", "nl",
         "Stichting Kwelbaar"),
        ("Honderden hotels sloten zich aan bij een nieuwe rechtszaak tegen Zorbix. Deze"
         " rechtszaak wordt gecoördineerd door de Stichting Kwelbaar.", "nl",
         "Stichting Kwelbaar"),
        ("The claim against Zorbix is coordinated by the Kwelbaar Foundation.", "en",
         "Kwelbaar Foundation"),
        ("Thousands of hotels joined a new lawsuit against Zorbix. The suit is coordinated by"
         " the Kwelbaar Foundation.", "en", "Kwelbaar Foundation"),
    ],
)  # fmt: skip
def test_the_coordinator_brings_the_claim(context, sentence, language, plaintiff):
    assert facts(context, sentence, language) == sued(plaintiff, "Zorbix")


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Het project wordt gecoördineerd door Stichting Kwelbaar.", "nl"),
        ("The campaign is coordinated by the Kwelbaar Foundation.", "en"),
    ],
)
def test_coordinating_no_claim_brings_nothing(context, sentence, language):
    assert facts(context, sentence, language) == set()
