"""A country's adjective opens the English title of its law (issue #10), on sentences
written for these tests with invented titles: "the German Competition Act" is that law's
name (as "the Italian Consumer Code" already was), where the adjective was cut off and
"Competition Act" invoked. The EU's adjective is no part of a title ("the European
Digital Services Act" is the DSA). English only: a Dutch law's title opens with its head."""

from __future__ import annotations

import pytest
from sentences import facts, laws_invoked


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("The Bundeskartellamt fined Zorblat Inc. under the German Competition Act in May.",
         "German Competition Act"),
        ("A court in Paris fined Zorblat Inc. in June under the French Consumer Privacy Act.",
         "French Consumer Privacy Act"),
        ("Regulators in Utrecht fined Zorblat Inc. under the Dutch Platform Fairness Act.",
         "Dutch Platform Fairness Act"),
    ],
)  # fmt: skip
def test_a_countrys_adjective_opens_its_laws_title(context, text, law):
    assert laws_invoked(facts(context, text, "en")) == {law}


def test_the_eus_adjective_is_no_part_of_a_title(context):
    text = "The Commission opened proceedings against Zorblat Inc. under the European Digital Services Act."
    assert laws_invoked(facts(context, text, "en")) == {"Digital Services Act"}
