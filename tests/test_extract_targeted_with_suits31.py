"""Companies targeted with suits (issue #10), on sentences written for these tests with
invented names: "X and Y were targeted with copyright lawsuits by A and B" names the
defendants before the passive and the plaintiffs after "by"; the active "A targeted X with
a lawsuit" too; "targeted X with ads" is no suit."""

from __future__ import annotations

import pytest
from sentences import facts


def parties(found, kind):
    return {s for k, s, _, _ in found if k == kind}


@pytest.mark.parametrize(
    ("text", "defendants", "plaintiffs"),
    [
        (
            "Zorblat Labs and Quendix were targeted with copyright lawsuits by Brelco Media.",
            {"Zorblat Labs", "Quendix"},
            {"Brelco Media"},
        ),
        (
            "Brelco Media targeted Zorblat Labs with a lawsuit on Monday.",
            {"Zorblat Labs"},
            {"Brelco Media"},
        ),
    ],
)
def test_targeted_with_suits(context, text, defendants, plaintiffs):
    found = facts(context, text, "en")
    assert parties(found, "DEFENDANT_IN") == defendants
    assert parties(found, "PLAINTIFF_IN") == plaintiffs


def test_targeted_with_ads_is_no_suit(context):
    found = facts(context, "The campaign targeted Zorblat Labs with ads.", "en")
    assert not parties(found, "DEFENDANT_IN")
