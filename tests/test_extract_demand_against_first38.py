"""A sentence demanded against a defendant named before the demand gives the prosecution
(issue #10, Dutch criminal-news class): "Het OM heeft tegen X vier jaar cel geëist", "Tegen
X is vier jaar cel geëist", "Tegen X eiste het OM ..." and "X hoorde vier jaar cel tegen
zich eisen" gave nothing (strafeis read "tegen" only after the demand). A civil demand and
a demand against a decision ("Tegen die uitspraak ...") name no defendant."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    "text",
    [
        "Het OM heeft tegen Piet Kalvan vier jaar cel geëist.",
        "Tegen Piet Kalvan is vier jaar cel geëist.",
        "Tegen Piet Kalvan eiste het OM een celstraf van twee jaar.",
        "Piet Kalvan hoorde vier jaar cel tegen zich eisen.",
    ],
)
def test_the_demand_names_its_defendant_first(context, text):
    found = facts(context, text, "nl")
    assert defendant_names(found) == {"Piet Kalvan"}
    assert all(f[3] == "alleged" for f in found if f[0] == "DEFENDANT_IN")


def test_the_om_that_demands_brings_the_case(context):
    case = "Openbaar Ministerie v. Piet Kalvan"
    assert facts(context, "Het OM heeft tegen Piet Kalvan vier jaar cel geëist.", "nl") == {
        ("DEFENDANT_IN", "Piet Kalvan", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tegen Zorbix eiste Stichting Quillo een schadevergoeding.",
        "Tegen die uitspraak eiste het OM opnieuw vier jaar cel.",
    ],
)
def test_no_sentence_no_defendant(context, text):
    assert defendant_names(facts(context, text, "nl")) == set()
