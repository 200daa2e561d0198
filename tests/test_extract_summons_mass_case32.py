"""A summons and a mass case name their bringer and defendant (issue #10), on sentences
written for these tests with invented names: "De dagvaarding van X tegen Y is uitgebracht"
(the bringer after "van", as "de zaak van X tegen Y") and "X is een massazaak begonnen tegen
Y" (a collective claim's noun)."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts, plaintiff_names


@pytest.mark.parametrize(
    "text",
    [
        "De dagvaarding van Stichting Datarecht tegen Klikmarkt is donderdag uitgebracht.",
        "Stichting Datarecht is namens gedupeerden een massazaak begonnen tegen Klikmarkt.",
    ],
)
def test_summons_and_mass_case(context, text):
    found = facts(context, text, "nl")
    assert plaintiff_names(found) == {"Stichting Datarecht"}
    assert defendant_cases(found)["Klikmarkt"].startswith("Stichting Datarecht v. Klikmarkt")
