"""Two federal districts of one state named together (issue #10), on sentences written for
these tests with invented parties: "in the Southern and Eastern Districts of New York" names
two district courts, each hearing the suit."""

from __future__ import annotations

from sentences import facts


def test_paired_districts_are_two_courts(context):
    text = (
        "Brelco Media filed suits against Zorblat Labs in the Southern and Eastern "
        "Districts of New York."
    )
    courts = {t for k, _, t, _ in facts(context, text, "en") if k == "HEARD_BY"}
    assert courts == {
        "United States District Court for the Southern District of New York",
        "United States District Court for the Eastern District of New York",
    }
