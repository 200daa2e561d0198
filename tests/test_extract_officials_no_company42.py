"""A group of public offices that sues ("fourteen attorneys general") is never what "the
company" of a later sentence points back to: the company is the one they sued."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    "opening",
    [
        "A coalition of fourteen attorneys general",
        "State attorneys general",
        "Twelve AGs",
    ],
)
def test_the_company_after_officials_sued_it_is_the_defendant(context, opening):
    text = f"{opening} sued Zorbcorp Inc. on Tuesday. The company owns Quillchat."
    owners = {source for kind, source, target in triples(context, text, "en") if kind == "OWNS"}
    assert owners == {"Zorbcorp Inc."}
