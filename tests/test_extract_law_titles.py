"""Laws named by a title whose last word is a law's (issue #10), on sentences written for
these tests with invented titles: a capitalised run ending in "Rule", "Directive" or
"Regulation" (the pack's `law_title_ends`, beside "Code" and "Law") is a law, which a
case invokes, rather than a person or a company. English only: Dutch titles open with
their head ("Richtlijn", "Wet"), which the pack's name patterns read."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("The FTC sued Zorblat Inc. in May for violating the Online Tipping Sales Rule.",
         "Online Tipping Sales Rule"),
        ("The Commission fined Zorblat Inc. under the Streaming Media Services Directive.",
         "Streaming Media Services Directive"),
        ("Prosecutors charged Zorblat Inc. in June under the Dating Platform Regulation.",
         "Dating Platform Regulation"),
        ("The EU fined Zorblat Inc. in May under its ePayments Directive.",
         "ePayments Directive"),
    ],
)  # fmt: skip
def test_a_title_ending_in_a_law_word_is_the_invoked_law(context, text, law):
    invoked = {target for kind, _, target, _ in facts(context, text, "en") if kind == "INVOKES"}
    assert invoked == {law}
