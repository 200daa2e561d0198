"""Defendants listed after "namely" (issue #10), on sentences written for these tests with
invented names: "X sued a number of services, namely A, B and C" names A, B and C as the
defendants, as "including" does; the description before it names no one."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "defendants", "plaintiffs"),
    [
        (
            "Brindle Scan sued a number of services, namely Tovex, Quarrelnet and Pellmoor.",
            {"Tovex", "Quarrelnet", "Pellmoor"},
            {"Brindle Scan"},
        ),
        (
            "Last year Harlow Media sued several hosting firms, namely Gravik Hosting and Ostrel.",
            {"Gravik Hosting", "Ostrel"},
            {"Harlow Media"},
        ),
    ],
)
def test_namely_lists_defendants(context, text, defendants, plaintiffs):
    found = facts(context, text, "en")
    assert defendant_names(found) == defendants
    assert plaintiff_names(found) == plaintiffs
