"""FOUNDED told in an object relative clause (issue #10), on sentences of our own: "Quixly,
which Dara Kessin founded in 2014" names the founder inside the clause and the thing founded
before it."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plimble, which Dara Kessin founded in 2014, was sued by two users.",
         ("Dara Kessin", "Plimble")),
        ("Regulators fined Plimble, which Dara Kessin co-founded, in May.",
         ("Dara Kessin", "Plimble")),
        ("Plimble, the dating app that Dara Kessin co-founded, was fined.",
         ("Dara Kessin", "Plimble")),
        ("Plimble, the company that Dara Kessin founded in 2014, lost the case.",
         ("Dara Kessin", "Plimble")),
    ],
)  # fmt: skip
def test_founder_inside_an_object_relative_clause(context, text, expected):
    found = facts(context, text, "en")
    assert {f[:3] for f in found if f[0] == "FOUNDED"} == {("FOUNDED", *expected)}


@pytest.mark.parametrize(
    "text",
    [
        # no founder named: a founding date and another verb's object found nothing
        "Plimble, which was founded in 2004 and acquired Vorlix, was fined.",
        # "found" of judging, no founding
        "Plimble, which a court found liable in 2019, was fined.",
    ],
)
def test_no_founder_without_one_in_the_clause(context, text):
    assert not [f for f in facts(context, text, "en") if f[0] == "FOUNDED"]
