"""Descriptive appositions inside a Dutch clause (issue #10): with the verb last, "De ACM
heeft Flirtel, een bekend bedrijf, beboet" puts the apposition's commas between the
subject and object and the verb, and the commas had cut the clause in three, so neither
end was found. An apposition that opens with an article after a name, holds no name and
no verb of its own and ends in a comma or parenthesis belongs to the clause around it.
Sentences written for these tests; company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.loaders.extract.text import tokenize

ACM = "Autoriteit Consument en Markt"
FTC = "Federal Trade Commission"


def case(plaintiff: str, defendant: str, status: str) -> set[tuple[str, ...]]:
    name = f"{plaintiff} v. {defendant}"
    return {
        ("DEFENDANT_IN", defendant, name, status),
        ("PLAINTIFF_IN", plaintiff, name, "established"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De ACM heeft Flirtel, een bekend bedrijf, beboet.", case(ACM, "Flirtel", "ruled")),
        (
            "De ACM heeft Flirtel (een kleine webwinkel) een boete opgelegd.",
            case(ACM, "Flirtel", "ruled"),
        ),
        (
            "Stichting Koekoek heeft Flirtel, een bekend bedrijf, aangeklaagd.",
            case("Stichting Koekoek", "Flirtel", "alleged"),
        ),
        (
            "Flirtel, een Amerikaans bedrijf, werd door de ACM beboet.",
            case(ACM, "Flirtel", "ruled"),
        ),
        (
            "De ACM heeft Flirtel, de grootste webwinkel van het land, een boete opgelegd.",
            case(ACM, "Flirtel", "ruled"),
        ),
    ],
)
def test_an_apposition_leaves_subject_and_object_to_the_verb(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_an_apposition_with_a_name_stays_a_clause_of_its_own(context):
    # the app named inside the apposition is never the party fined
    text = "De ACM heeft Zorblat, het bedrijf achter de app Kiekje, een boete opgelegd."
    assert not any(
        row[0] == "DEFENDANT_IN" and row[1] == "Kiekje" for row in facts(context, text, "nl")
    )


def test_a_relative_clause_is_no_apposition():
    tokens = tokenize("De ACM heeft Flirtel, dat een webwinkel runt, een boete opgelegd.", 0, "nl")
    assert len({t.clause for t in tokens}) == 4


def test_english_appositions_were_read_already(context):
    text = "The FTC fined Flirtel, a popular dating app, $2 million."
    assert facts(context, text, "en") == case(FTC, "Flirtel", "ruled")
