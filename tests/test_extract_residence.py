"""Where a defendant lives, and charges listed by kind (issue #10), on sentences written
for these tests with invented names: "Ormek Vadim of Ohio" and "Ormek Vadim of Riga,
Latvia" are a person and a place of residence, not one name, so the person is the subject
of the charge; a country a person lives in or comes from ("of Riga, Latvia", "a resident
of", "Russian nationals") prosecutes nobody, so it does not name the case; "faces federal
drug distribution and money laundering charges" charges the subject, but "faces pressure
from regulators and charges that it misled users" is no prosecution."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ormek Vadim of Ohio was charged with wire fraud.",
        "Ormek Vadim of Riga, Latvia was charged with wire fraud.",
        "Ormek Vadim of Riga, Latvia pleaded guilty to wire fraud.",
        "Ormek Vadim of Riga, Latvia faces federal wire fraud and money laundering charges.",
    ],
)
def test_a_person_of_a_place_is_the_defendant(context, sentence):
    found = defendant_cases(facts(context, sentence, "en"))
    assert set(found) == {"Ormek Vadim"}
    assert not found["Ormek Vadim"].startswith(("Latvia", "Ohio"))


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Russian nationals Ormek Vadim and Teo Brask were charged with wire fraud.", "Russia"),
        ("Ormek Vadim, a resident of Riga, Latvia, was charged with wire fraud.", "Latvia"),
    ],
)
def test_a_country_of_residence_does_not_name_the_case(context, sentence, country):
    found = defendant_cases(facts(context, sentence, "en"))
    assert "Ormek Vadim" in found
    assert not any(case.startswith(country) for case in found.values())


def test_a_country_where_the_charge_is_brought_still_names_it(context):
    found = defendant_cases(facts(context, "Ormek Vadim was charged in France with fraud.", "en"))
    assert found == {"Ormek Vadim": "France v. Ormek Vadim"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lella Quint, 41, is facing federal drug distribution and conspiracy charges.",
            "Lella Quint",
        ),
        ("Dorvin Pask faces two computer fraud and three wire fraud counts.", "Dorvin Pask"),
    ],
)
def test_charges_listed_by_kind_after_faces(context, sentence, name):
    assert set(defendant_cases(facts(context, sentence, "en"))) == {name}


def test_charges_that_are_claims_are_no_prosecution(context):
    found = facts(
        context,
        "The company faces mounting pressure from regulators and charges that it misled users.",
        "en",
    )
    assert defendant_cases(found) == {}


def test_a_court_of_a_state_stays_one_name(context):
    found = facts(context, "The Supreme Court of Texas heard the case against Korbit.", "en")
    assert ("HEARD_BY", "Supreme Court of Texas") in {(t, c) for t, _, c, _ in found}
