"""A name no list knows after a proceeding's noun and "of" is its party (issue #10): "the
appeals court upheld the conviction of Piet Kalvan" gave nothing, since a capitalised name
after "of" was read as a place ("a judge of Nevada") unless a type or role noun governed it.
A proceeding's noun ("conviction", "extradition", "trial") governs it too (`of_objects`)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("The appeals court upheld the conviction of Piet Kalvan in May.", "ruled"),
        ("A higher court confirmed the conviction of Dara Velsko.", "ruled"),
        # a quashed conviction leaves the defendant of the case, alleged
        ("The court overturned the conviction of Piet Kalvan.", "alleged"),
    ],
)
def test_the_convicted_after_of_is_the_defendant(context, sentence, status):
    person = "Piet Kalvan" if "Kalvan" in sentence else "Dara Velsko"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", person, f"Prosecution v. {person}", status)
    }


def test_a_place_after_of_stays_a_place(context):
    # "the courts of Nevada": no proceeding's noun, no party
    assert facts(context, "The courts of Nevada upheld the ban.", "en") == set()
