"""A settlement's case is its own (issue #10), on sentences written for these tests with
invented names: after a class action against one company, "the FTC settled charges with"
another company is the FTC's case against that company, not a party of the class action;
a frame that names no plaintiff ("X is also a defendant") still joins the document's case."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts

CLASS = "Zorblat Inc. agreed to pay $5 million to settle a putative class action in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The FTC settled charges with the advertising company Quellix, Inc., on claims that "
        "it misled users.",
        "Separately, Quellix settled charges with the Federal Trade Commission.",
        "Later the FTC reached a settlement with the game maker Quellix Inc.",
    ],
)
def test_a_settlement_with_an_authority_is_not_the_class_action(context, sentence):
    cases = defendant_cases(facts(context, CLASS + sentence, "en"))
    quellix = next(case for name, case in cases.items() if name.startswith("Quellix"))
    assert quellix.startswith("Federal Trade Commission v. Quellix")
    assert cases["Zorblat Inc."].startswith("Plaintiffs v. Zorblat Inc.")


def test_a_settling_party_without_a_bringer_joins_the_case(context):
    found = facts(context, CLASS + "Quellix Inc. settled the same claims in June.", "en")
    cases = defendant_cases(found)
    assert cases.get("Quellix Inc.") == cases["Zorblat Inc."]
