"""A relative clause on a case noun tells of the case the noun names (issue #10, Dutch
census class 3): "Zorbix is aansprakelijk, oordeelt de rechtbank in een zaak die was
aangespannen door Stichting Quillo" gave the ruling without its bringer, while "in de zaak
die Stichting Quillo had aangespannen" and "De zaak was aangespannen door Stichting Quillo"
gave it. The passive's agent after "een zaak die ..." now brings the case the document
tells of, as after "de zaak"; a case told of by no sentence gets no bringer."""

from __future__ import annotations

import pytest
from sentences import facts

CASE = "Stichting Quillo v. Zorbix"


@pytest.mark.parametrize(
    "text",
    [
        "Zorbix is aansprakelijk, oordeelt de rechtbank Amsterdam in een zaak die was "
        "aangespannen door Stichting Quillo.",
        "Zorbix is aansprakelijk, oordeelt de rechtbank Amsterdam. Het gaat om een zaak die "
        "werd aangespannen door Stichting Quillo.",
    ],
)
def test_the_agent_of_the_relative_brings_the_case(context, text):
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", CASE, "ruled"),
        ("PLAINTIFF_IN", "Stichting Quillo", CASE, "established"),
        ("HEARD_BY", CASE, "Rechtbank Amsterdam", "established"),
    }


def test_bringers_listed_in_the_relative(context):
    text = (
        "Zorbix heeft de privacy van klanten geschonden. Dat besliste de rechter vorige week, "
        "in een procedure die werd aangespannen door Stichting Quillo en de Consumentenbond."
    )
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", CASE, "ruled"),
        ("PLAINTIFF_IN", "Stichting Quillo", CASE, "established"),
        ("PLAINTIFF_IN", "Consumentenbond", CASE, "established"),
    }


def test_no_case_told_of_no_bringer(context):
    assert (
        facts(context, "Er loopt een zaak die werd aangespannen door Stichting Quillo.", "nl")
        == set()
    )
