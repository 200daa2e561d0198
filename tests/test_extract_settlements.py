"""Settlements (issue #10), on sentences written for these tests with invented names: who
settles "with" whom does not say who was sued; the authority of the two brings the case
("the FTC settled charges with X", "X settled charges with the FTC", "de ACM trof een
schikking met X"), else the settler defends it. A settler of "its lawsuit against X"
brought it, and an authority named inside "settled the FTC's charges" or "settle SEC
charges" is the plaintiff; "agreed to pay ... to settle a class action" makes a defendant."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names

FTC = "Federal Trade Commission"


@pytest.mark.parametrize(
    ("sentence", "language", "plaintiff", "defendant"),
    [
        ("The FTC settled charges with the advertising company Quellix, Inc., on claims that "
         "it misled users.", "en", FTC, "Quellix"),
        ("Quellix settled the charges with the FTC in 2014.", "en", FTC, "Quellix"),
        ("On Friday the FTC said it had reached a settlement with the Ohio firm Brevant Works "
         "Inc.", "en", FTC, "Brevant Works Inc."),
        ("Quellix, Inc. (Quellix) has settled the FTC's charges that it sold user data.", "en",
         FTC, "Quellix"),
        ("Quellix agreed to settle Federal Trade Commission charges that it hid its fees.",
         "en", FTC, "Quellix"),
        ("The Federal Trade Commission has settled its lawsuit against Mr. Tobin Hargrave over "
         "his skin app.", "en", FTC, "Tobin Hargrave"),
        ("De ACM heeft vorige week een schikking getroffen met de webwinkel Quillon.", "nl",
         "Autoriteit Consument en Markt", "Quillon"),
        ("Het bedrijf Quillon trof in maart een schikking met de Kansspelautoriteit.", "nl",
         "Kansspelautoriteit", "Quillon"),
    ],
)  # fmt: skip
def test_the_authority_of_a_settlement_brings_the_case(
    context, sentence, language, plaintiff, defendant
):
    found = facts(context, sentence, language)
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {defendant}


@pytest.mark.parametrize(
    ("sentence", "plaintiffs", "defendant"),
    [
        ("Zorblat settled the lawsuit with the Quillon Media group in March.", {"Quillon Media"},
         "Zorblat"),
        ("Zorblat Inc., a popular diet app, agreed to pay $5 million to settle a putative "
         "class action in New York federal court.", set(), "Zorblat Inc."),
    ],
)  # fmt: skip
def test_a_settler_without_an_authority_defends_the_case(context, sentence, plaintiffs, defendant):
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == plaintiffs
    assert defendant_names(found) == {defendant}
