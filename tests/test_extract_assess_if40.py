"""An office's proceedings "to assess if" a company breached a law are its case against the
company, relying on that law, as "to assess whether" already was; "if" opens the inquiry's
question only right after a verb of inquiry, and stays a condition elsewhere."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


def _rows(context, text: str) -> set[tuple[str, str, str]]:
    return triples(context, text, "en")


CASE = "European Commission v. Zorbchat Inc."


@pytest.mark.parametrize("opener", ["whether", "if"])
def test_proceedings_to_assess_if_are_the_offices_case(context, opener):
    text = (
        f"The European Commission has opened formal proceedings to assess {opener} Zorbchat "
        "Inc. may have breached the Digital Services Act."
    )
    assert _rows(context, text) == {
        ("PLAINTIFF_IN", "European Commission", CASE),
        ("DEFENDANT_IN", "Zorbchat Inc.", CASE),
        ("INVOKES", CASE, "Digital Services Act"),
    }


def test_a_condition_after_proceedings_names_no_party(context):
    """ "if" with no verb of inquiry before it is a condition: the company after it is no
    party of proceedings the sentence only says could come."""
    text = (
        "The European Commission could open formal proceedings if Zorbchat Inc. may have "
        "breached the Digital Services Act."
    )
    assert not any(row[0] == "DEFENDANT_IN" for row in _rows(context, text))
