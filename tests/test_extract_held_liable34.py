"""A wish or a claim that a party should be held liable is no finding (issue #10,
precision): "X should be held liable, the senator said" and "claims that X must be held
liable" made X a defendant whose liability a court had ruled, since the held-liable rule
read the infinitive passive ("be held liable") as a court's finding. The rule no longer
fires after "be"; "the jury held X liable" and "X was held liable" are still ruled."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbix Networks LLC should be held liable, the senator said.",
        "The complaint says Quillo Labs must be held liable for the leak.",
    ],
)
def test_an_asked_liability_is_no_ruling(context, sentence):
    assert not any(status == "ruled" for *_, status in facts(context, sentence, "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury held Zorbix Networks LLC liable for the videos.",
        "Zorbix Networks LLC was held liable by the jury.",
    ],
)
def test_a_jurys_finding_is_ruled(context, sentence):
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix Networks LLC", "Plaintiffs v. Zorbix Networks LLC", "ruled")
    }
