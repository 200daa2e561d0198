"""A charged person's asides before the verb, as court reporting writes them (issue #10):
"X, 29, of Lyon, France, was charged" took France for the prosecuting country (the age hid
the place of residence from its person); "X of Lyon, France, was charged" found no subject
(the comma after the place); 'X, known online as "Grim," was charged' neither (the comma
inside the closing quotes)."""

from __future__ import annotations

import pytest
from sentences import country_placed, facts

CASE = "Prosecution v. Tomas Vendrell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Vendrell, 29, of Lyon, France, was charged with fraud.",
        "Tomas Vendrell of Lyon, France, was charged with fraud.",
        'Tomas Vendrell, known online as "Grimlock," was charged with fraud.',
        "Tomas Vendrell, 29, of Lyon, France, known online as “Grimlock,” was charged with fraud.",
    ],
)
def test_the_resident_is_charged(context, sentence):
    assert facts(context, sentence, "en") == {("DEFENDANT_IN", "Tomas Vendrell", CASE, "alleged")}


def test_a_sentenced_resident(context):
    sentence = "Tomas Vendrell of Lyon, France, was sentenced to four years in prison."
    assert facts(context, sentence, "en") == {("DEFENDANT_IN", "Tomas Vendrell", CASE, "ruled")}


def test_a_named_prosecuting_country_stays(context):
    sentence = "French prosecutors charged Tomas Vendrell, 29, with fraud."
    case = "France v. Tomas Vendrell"
    assert country_placed(facts(context, sentence, "en"), case) == {
        ("DEFENDANT_IN", "Tomas Vendrell", case, "alleged")
    }


def test_a_company_based_in_a_place_is_still_sued(context):
    sentence = "Zorbix, a company based in Lyon, France, was sued by Quillo Labs."
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", "Quillo Labs v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix", "established"),
    }
