"""The target of a takeover noun is no place (issue #10), on sentences written for these
tests with invented names: "of" before a one-word name usually places something ("a
resident of Kleve"), but after "acquisition", "purchase", "takeover" (the pack's
`of_objects`) it names what was bought, which the takeover frames then read. English only:
the Dutch "van" places nothing, and "de overname van X" already worked."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat completed its takeover of Quillon in May.",
        "The acquisition of Quillon by Zorblat closed in May.",
        "Analysts still mock Zorblat's ill-fated purchase of Quillon.",
        "Critics recall Zorblat's costly purchase of Quillon, later sold cheaply.",
    ],
)
def test_the_target_of_a_takeover_noun_is_owned(context, text):
    owned = {(s, t) for kind, s, t, _ in facts(context, text, "en") if kind == "OWNS"}
    assert owned == {("Zorblat", "Quillon")}


def test_a_place_after_of_is_still_no_party(context):
    text = "Prosecutors charged a resident of Kleve with running Quillon."
    assert "Kleve" not in {s for kind, s, _, _ in facts(context, text, "en")}
