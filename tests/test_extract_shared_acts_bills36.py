"""Laws named in two forms the Act rule did not take (issue #10), on sentences written for
these tests with invented firms and Acts: two titles joined by "and" before the plural
"acts" ("Oregon's Fair Trading and Data Privacy acts") are two Acts, both the state's; a
chamber's numbered bill ("Senate Bill 12", "House Bill 3") is a law. Dutch writes neither
form (its laws are one compound each, its bills have no chamber's number): no Dutch case."""

from __future__ import annotations

import pytest
from sentences import facts

CASE = "State of Oregon v. Zorblat Labs (2023)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Oregon sued Zorblat Labs on Monday, accusing the app of violating Oregon's Fair "
        "Trading and Data Privacy acts.",
        "Oregon sued Zorblat Labs on Monday under Oregon's Fair Trading and Data Privacy acts.",
    ],
)
def test_two_titles_share_the_plural_act(context, sentence):
    found = facts(context, sentence, "en")
    for law in ("Oregon Fair Trading Act", "Oregon Data Privacy Act"):
        assert ("INVOKES", CASE, law, "alleged") in found
        assert ("IN_JURISDICTION", law, "Oregon", "established") in found


def test_a_numbered_bill_is_a_law(context):
    found = facts(
        context,
        "On Monday Oregon sued Zorblat Labs, saying the app violates Oregon's Senate Bill 12, "
        "which bars ads aimed at minors.",
        "en",
    )
    assert ("INVOKES", CASE, "Oregon Senate Bill 12", "alleged") in found
    assert ("IN_JURISDICTION", "Oregon Senate Bill 12", "Oregon", "established") in found


def test_a_bill_without_a_number_is_no_law(context):
    found = facts(context, "Oregon sued Zorblat Labs on Monday; House Bill staff watched.", "en")
    assert not any(kind == "INVOKES" for kind, *_ in found)
