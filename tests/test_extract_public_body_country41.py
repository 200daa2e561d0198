"""A country's unnamed public body that brings a case is the case's jurisdiction (issue #10,
stop 41, Dutch recall), on sentences written for these tests with invented names: "de Franse
autoriteiten openden een onderzoek naar X", "French authorities opened an investigation into
X": the case is in France, as "a French investigation into X" is. A country adjective before
another noun ("the Russian founder X was charged") places nothing."""

from __future__ import annotations

import pytest
from sentences import facts


def placed(found):
    return {
        (case.split(" v. ")[1], place)
        for kind, case, place, _ in found
        if kind == "IN_JURISDICTION"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Franse autoriteiten hebben een onderzoek naar Mirek Tolvan geopend.", "nl"),
        (
            "De Franse autoriteiten hebben in een onderzoek naar fraude een arrestatiebevel "
            "tegen Mirek Tolvan uitgevaardigd.",
            "nl",
        ),
        ("De Franse justitie heeft Mirek Tolvan vervolgd.", "nl"),
        ("French authorities opened an investigation into Mirek Tolvan.", "en"),
        ("French prosecutors charged Mirek Tolvan with fraud.", "en"),
        ("The French competition authority opened an investigation into Mirek Tolvan.", "en"),
    ],
)
def test_the_bodys_country_places_the_case(context, text, language):
    assert placed(facts(context, text, language)) == {("Mirek Tolvan", "France")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Russische oprichter Mirek Tolvan wordt vervolgd.", "nl"),
        ("The Russian founder Mirek Tolvan was charged with fraud.", "en"),
        # the body is told of in another clause than the case
        (
            "De Franse politie zegt dat Quixly een onderzoek naar Mirek Tolvan is begonnen.",
            "nl",
        ),
    ],
)
def test_an_adjective_of_no_body_places_nothing(context, text, language):
    assert not placed(facts(context, text, language))
