"""The makers of works an agent preposition names are no parties (issue #10), on sentences
written for these tests with invented names: in "X was sued over compositions by A and B"
the composers wrote the works the suit is about; they do not bring it."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat Labs was sued over compositions by Ardo Pillen and Mira Voss.",
        "Zorblat Labs was sued by Brelco Media over songs by Ardo Pillen.",
    ],
)
def test_authors_of_works_bring_no_suit(context, text):
    found = facts(context, text, "en")
    plaintiffs = {s for k, s, _, _ in found if k == "PLAINTIFF_IN"}
    assert not plaintiffs & {"Ardo Pillen", "Mira Voss"}
    assert "Zorblat Labs" in {s for k, s, _, _ in found if k == "DEFENDANT_IN"}
    if "Brelco" in text:
        assert plaintiffs == {"Brelco Media"}


def test_agent_without_work_noun_still_sues(context):
    found = facts(context, "Zorblat Labs was sued by Ardo Pillen and Mira Voss.", "en")
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {"Ardo Pillen", "Mira Voss"}
