"""A month named after "last", "afgelopen" or "medio" dates the clause's fact to that month,
the latest one before publication; Dutch "begin maart" is early March (a point, not the
start of a span), while "sinds begin 2020" still starts one. Also: "X, which runs Y" owns Y."""

from __future__ import annotations

import pytest
from sentences import extracted, triples

from liability_graph.evaluation import reference_context
from liability_graph.loaders.extract.dates import find_dates


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


def _dated(context, text: str, language: str) -> set[tuple]:
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name, r.date_on, r.date_from)
        for r in relationships
        if r.type in ("DEFENDANT_IN", "SERVICED")
    }


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("They sued the firm last December.", "en", "2024-09-06", [("2023-12", "on")]),
        ("Last March, they sued the firm.", "en", "2024-09-06", [("2024-03", "on")]),
        (
            "Afgelopen december klaagden ze het bedrijf aan.",
            "nl",
            "2024-09-06",
            [("2023-12", "on")],
        ),
        ("Medio maart klaagden ze het bedrijf aan.", "nl", "2024-09-06", [("2024-03", "on")]),
        ("Begin maart klaagden ze het bedrijf aan.", "nl", "2024-09-06", [("2024-03", "on")]),
        ("Sinds begin 2020 leveren ze diensten.", "nl", "2024-09-06", [("2020", "from")]),
        ("Vanaf eind maart leveren ze diensten.", "nl", "2024-09-06", [("2024-03", "from")]),
    ],
)
def test_month_openers(text, language, published, expected):
    found = find_dates(text, 0, published, language=language)
    assert [(d.value, d.role) for d in found] == expected


def test_a_suit_filed_last_month_name_is_dated_to_it(context):
    text = "Last December, the attorney general filed a lawsuit against Zorblat Inc."
    # the tests' documents are published on 2023-06-15
    assert _dated(context, text, "en") == {("DEFENDANT_IN", "Zorblat Inc.", "2022-12", None)}


def test_medio_opens_no_name_and_begin_opens_no_span(context):
    for opener in ("Medio", "Begin"):
        text = f"{opener} maart werd Zorblat B.V. aangeklaagd door het Openbaar Ministerie."
        assert _dated(context, text, "nl") == {("DEFENDANT_IN", "Zorblat B.V.", "2023-03", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorbcorp, which runs Quillchat, was sued by the state.", {"Quillchat"}),
        ("Zorbcorp, which runs the video app Quillchat, began removing games.", {"Quillchat"}),
        ("Zorbcorp, which runs ads on Quillchat, began removing games.", set()),
    ],
)
def test_a_company_which_runs_a_platform_owns_it(context, text, expected):
    owned = {target for kind, source, target in triples(context, text, "en") if kind == "OWNS"}
    assert owned == expected
