"""A US state that sues is named as courts caption it ("State of Utah") and also by its
attorney general's office ("Utah Attorney General"), which news and dockets use as often
(issue #10). Sentences written for these tests, invented companies and officials."""

from __future__ import annotations

import pytest
from sentences import extracted


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Utah Attorney General Sean Vell sued Zellon Systems on Monday.", "en", "Utah"),
        ("The state of Ohio filed a lawsuit against Zellon Systems over its app.", "en", "Ohio"),
        ("Oregon and Plimco Labs sued Zellon Systems in May.", "en", "Oregon"),
        ("De staat Utah heeft Zellon Systems aangeklaagd.", "nl", "Utah"),
    ],
)
def test_a_suing_state_is_also_named_by_its_attorney_generals_office(
    context, text, language, state
):
    entities, relationships = extracted(context, text, language)
    plaintiffs = [entities[r.source] for r in relationships if r.type == "PLAINTIFF_IN"]
    [plaintiff] = [p for p in plaintiffs if p.name.startswith("State of")]
    assert plaintiff.name == f"State of {state}"
    assert plaintiff.aliases == [f"{state} Attorney General"]


def test_a_country_that_prosecutes_gets_no_attorney_generals_name(context):
    entities, relationships = extracted(
        context, "France charged Zellon Systems with fraud in 2023.", "en"
    )
    assert all(not entities[r.source].aliases for r in relationships if r.type == "PLAINTIFF_IN")
