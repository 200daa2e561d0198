"""An office's proceedings "under" a law, the law's name between the noun and what names the
company ("proceedings under the DSA against X", "an investigation under the GDPR into X",
"proceedings under the DSA to assess whether X ..."), are its case against the company,
relying on that law, as they are with the law named after the company."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


def _rows(context, text: str) -> set[tuple[str, str, str]]:
    return triples(context, text, "en")


CASE = "European Commission v. Quillo Ltd."
DSA_CASE = {
    ("PLAINTIFF_IN", "European Commission", CASE),
    ("DEFENDANT_IN", "Quillo Ltd.", CASE),
    ("INVOKES", CASE, "Digital Services Act"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission opened proceedings under the Digital Services Act against "
        "Quillo Ltd.",
        "The European Commission started an investigation under the Digital Services Act into "
        "Quillo Ltd.",
        "The European Commission has opened formal proceedings under the Digital Services Act "
        "to assess whether Quillo Ltd. may have breached the act.",
        "The European Commission opened an inquiry under the Digital Services Act to determine "
        "if Quillo Ltd. failed to protect minors.",
    ],
    ids=["against", "into", "assess-whether", "determine-if"],
)
def test_proceedings_under_a_law_are_the_offices_case(context, text):
    assert _rows(context, text) == DSA_CASE


def test_an_acronym_defined_before_names_the_law(context):
    text = (
        "Quillo Ltd. is a very large platform under the Digital Services Act (DSA). The "
        "European Commission has now opened formal proceedings under the DSA to assess whether "
        "Quillo Ltd. may have breached the act."
    )
    assert _rows(context, text) >= DSA_CASE


def test_proceedings_under_a_law_in_general_name_no_party(context):
    """No office opens them and no company is inquired about: a statement about the law."""
    text = (
        "Lawyers said that proceedings under the Digital Services Act to determine whether a "
        "fine is due take months."
    )
    assert not any(row[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") for row in _rows(context, text))
