"""A name between a type noun in apposition and a verb of founding or owning is the subject
of a relative clause that leaves out its "that" (issue #10, precision): "X, the company Y
co-founded, was sued" typed Y as a company by the noun before it (so Y founded nothing) and
made Y a second defendant beside X."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


@pytest.mark.parametrize(
    "sentence, company",
    [
        (
            "Zorbix Media, the company Piet Kalvan co-founded, was sued by Quillo Labs.",
            "Zorbix Media",
        ),
        ("Zorbix, the dating app Piet Kalvan founded in 2014, was sued by Quillo Labs.", "Zorbix"),
    ],
)
def test_the_founder_in_a_relative_clause_is_a_person(context, sentence, company):
    case = f"Quillo Labs v. {company}"
    assert facts(context, sentence, "en") == {
        ("FOUNDED", "Piet Kalvan", company, "established"),
        ("PLAINTIFF_IN", "Quillo Labs", case, "established"),
        ("DEFENDANT_IN", company, case, "alleged"),
    }
    assert entity_types(context, sentence, "en")["Piet Kalvan"] == "Person"


def test_the_owner_in_a_relative_clause_is_no_defendant(context):
    found = facts(context, "Brenna Holt sued Zorbix, the dating app Quillo Labs owns.", "en")
    assert found == {
        ("OWNS", "Quillo Labs", "Zorbix", "established"),
        ("PLAINTIFF_IN", "Brenna Holt", "Brenna Holt v. Zorbix", "established"),
        ("DEFENDANT_IN", "Zorbix", "Brenna Holt v. Zorbix", "alleged"),
    }


@pytest.mark.parametrize(
    "sentence, name, kind",
    [
        ("The dating app Zorbix launched in 2016.", "Zorbix", "Platform"),
        ("Quillo Labs sued the company Zorbix Media in May.", "Zorbix Media", "Organization"),
    ],
)
def test_a_name_the_noun_introduces_keeps_its_type(context, sentence, name, kind):
    assert entity_types(context, sentence, "en")[name] == kind
