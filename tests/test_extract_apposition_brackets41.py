"""A law's short form in brackets between its name and an apposition that places it ("the
Digital Services Act (DSA), a European law") does not hide the law from the apposition: the
law is in the apposition's jurisdiction, in English and Dutch, as without the brackets."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    ("language", "text", "law", "place"),
    [
        (
            "en",
            "Quillo broke the Platform Duty Act (PDA), a Texas statute, last year.",
            "Platform Duty Act",
            "Texas",
        ),
        (
            "en",
            "Regulators say Quillo broke the Digital Services Act (DSA), a European "
            "regulation meant to protect users.",
            "Digital Services Act",
            "European Union",
        ),
        (
            "nl",
            "Volgens de toezichthouder heeft Quillo de Wet online veiligheid (Wov), een "
            "Nederlandse wet, overtreden.",
            "Wet online veiligheid",
            "Netherlands",
        ),
    ],
    ids=["en-state", "en-union", "nl-country"],
)
def test_a_bracketed_short_form_keeps_the_apposition(context, language, text, law, place):
    assert ("IN_JURISDICTION", law, place, "established") in facts(context, text, language)


def test_brackets_after_a_party_place_no_law(context):
    """A company's apposition places the company, which is no law: nothing is placed."""
    found = facts(context, "Quillo sued Brelco (BRL), a Texas company.", "en")
    assert not any(kind == "IN_JURISDICTION" for kind, *_ in found)
