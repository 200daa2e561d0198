"""A prosecution noun opening the sentence is its subject, not a fronted adverbial (issue #10):
"Justitie vervolgt Zorbix" and "Aanklagers vervolgen Zorbix" read the clause as verb-second
after a fronted part, took Zorbix for the subject and found no defendant; "De justitie
vervolgt Zorbix" already gave the prosecution of Zorbix."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Justitie vervolgt Zorbix.",
        "Aanklagers vervolgen Zorbix.",
        "Justitie vervolgt Zorbix, dat de webshop Quillo runde.",
        "De justitie vervolgt Zorbix.",
    ],
)
def test_the_prosecution_first_prosecutes_the_object(context, sentence):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Prosecution v. Zorbix", "alleged")
    }


def test_a_fronted_adverbial_still_inverts(context):
    case = "Quillo Labs v. Zorbix (2022)"
    assert facts(context, "Vorig jaar klaagde Quillo Labs Zorbix aan.", "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", case, "established"),
    }
