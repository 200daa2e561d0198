"""Dutch compounds that end in a short type noun (issue #10): "datingapp", "chatapp",
"bezorgapp" are apps as "app" is, so the name after them is the party a suit is against.
Sentences written for these tests; every name is invented.
"""

from __future__ import annotations

import pytest
from sentences import facts, sued

from liability_graph.loaders.extract.typed import type_of

OM = "Openbaar Ministerie"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stichting Veilig Web spant een zaak aan tegen de fotoapp Kiekje.",
            sued("Stichting Veilig Web", "Kiekje"),
        ),
        (
            "Stichting Koekoek begint een rechtszaak tegen datingapp Flirtel.",
            sued("Stichting Koekoek", "Flirtel"),
        ),
        (
            "Vakbond Samen Sterk procedeert tegen de bezorgapp Snelbord.",
            sued("Samen Sterk", "Snelbord"),
        ),
        (
            "Claimstichting Eerlijk Geld start een collectieve actie tegen de betaalapp Muntje.",
            sued("Eerlijk Geld", "Muntje"),
        ),
        (
            "Het OM is een strafzaak begonnen tegen de chatapp Fluister.",
            sued(OM, "Fluister"),
        ),
    ],
)
def test_a_suit_against_an_app_compound_and_its_name(context, text, expected):
    assert facts(context, text, "nl") == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("datingapp", ("Platform",)),
        ("chatapps", ("Platform",)),
        # too short a first part: no compound
        ("knapp", None),
        ("app", ("Platform",)),
    ],
)
def test_short_heads_close_compounds_after_a_long_first_part(word, expected):
    assert type_of(word, "nl") == expected
