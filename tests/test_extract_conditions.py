"""Sentences that open with a condition state no event, in either part (issue #10, failure
class 5: status), and a regulator's proceeding "tegen" a party a description introduces.
On sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from sentences import extracted

EC = "European Commission"


def facts(context, text: str, language: str) -> set[tuple[str, ...]]:
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name, entities[r.target].name, r.status)
        for r in relationships
        if r.type != "MENTIONS"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("If the regulator finds a breach, Zorblat will be fined.", "en"),
        ("Unless Zorblat changes its feed, the regulator fines Zorblat in May.", "en"),
        ("Als blijkt dat het bedrijf de regels schendt, krijgt Zorblat een boete opgelegd.", "nl"),
        ("Indien de AP een overtreding vaststelt, krijgt Zorblat een boete.", "nl"),
    ],
)
def test_a_sentence_opened_by_a_condition_states_no_case(context, text, language):
    assert {f for f in facts(context, text, language) if f[0] == "DEFENDANT_IN"} == set()


def test_als_before_a_role_is_no_condition(context):
    """ "Als oprichter van X werd Y vervolgd": "als" means "as" here, and Y is charged."""
    found = facts(context, "Als oprichter van Zorblat werd Jan Smit vervolgd.", "nl")
    assert ("DEFENDANT_IN", "Jan Smit", "Prosecution v. Jan Smit", "alleged") in found


def test_a_time_clause_is_no_condition(context):
    found = facts(context, "When the FTC sued Zorblat in 2019, the company settled.", "en")
    case = "Federal Trade Commission v. Zorblat (2019)"
    assert ("DEFENDANT_IN", "Zorblat", case, "alleged") in found


@pytest.mark.parametrize(
    "text",
    [
        "De Europese Commissie is dinsdag een formele procedure tegen de Chinese webwinkel "
        "Zorblat gestart.",
        "De Europese Commissie is een procedure tegen de webshop Zorblat gestart.",
        "De Europese Commissie is een procedure tegen de marktleider in online handel Zorblat "
        "gestart.",
    ],
)
def test_a_proceeding_against_a_described_party(context, text):
    found = {(t, s, c.split(" (")[0], st) for t, s, c, st in facts(context, text, "nl")}
    assert found == {
        ("DEFENDANT_IN", "Zorblat", f"{EC} v. Zorblat", "alleged"),
        ("PLAINTIFF_IN", EC, f"{EC} v. Zorblat", "established"),
    }


def test_the_bringer_of_a_procedure_is_not_sued(context):
    found = facts(
        context, "De procedure die Stichting Pluim tegen Zorblat aanspande, loopt nog.", "nl"
    )
    assert ("DEFENDANT_IN", "Stichting Pluim", "Stichting Pluim v. Zorblat", "alleged") not in found
    assert ("DEFENDANT_IN", "Zorblat", "Stichting Pluim v. Zorblat", "alleged") in found


def test_a_name_after_of_in_the_description_is_no_party(context):
    """ "tegen de beslissing van X": X made the decision; no one named is sued."""
    found = facts(
        context,
        "De Europese Commissie is een procedure tegen de beslissing van Zorblat gestart.",
        "nl",
    )
    assert {f for f in found if f[0] == "DEFENDANT_IN"} == set()
