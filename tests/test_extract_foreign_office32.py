"""A known office of one country named with another country's adjective is not that office
(issue #10): "Het Franse OM vervolgt X" gave the Dutch Openbaar Ministerie as the bringer, and
"Het Franse OM heeft X in staat van beschuldiging gesteld" made it the defendant."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context

OM = "Openbaar Ministerie"


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_a_foreign_prosecution_is_its_countrys(context):
    found = facts(context, "Het Franse OM vervolgt Piet Kalvan.", "nl")
    assert found == {("DEFENDANT_IN", "Piet Kalvan", "France v. Piet Kalvan", "alleged")}


def test_a_foreign_office_is_never_the_defendant(context):
    found = facts(
        context, "Het Franse OM heeft Piet Kalvan in staat van beschuldiging gesteld.", "nl"
    )
    assert not any(source == OM for _, source, _, _ in found)


@pytest.mark.parametrize(
    "sentence", ["Het Nederlandse OM vervolgt Piet Kalvan.", "Het OM vervolgt Piet Kalvan."]
)
def test_the_office_of_its_own_country_still_brings_the_case(context, sentence):
    found = facts(context, sentence, "nl")
    assert ("PLAINTIFF_IN", OM, f"{OM} v. Piet Kalvan", "established") in found
