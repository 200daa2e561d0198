"""A party's name followed by "in the" and a court's or place's name (issue #10), on
sentences written for these tests with invented names: "sued Zorblat Labs in the Northern
District of California" read "Zorblat Labs in the Northern District of California" as one
capitalised run, which the court's name then took, so the suit had no defendant."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Brelco Media sued Zorblat Labs in the Northern District of California.",
        "Brelco Media filed suits against Quendix and Zorblat Labs in the Southern and "
        "Eastern Districts of New York.",
    ],
)
def test_name_before_in_the_district_is_a_party(context, text):
    found = facts(context, text, "en")
    assert "Zorblat Labs" in {s for k, s, _, _ in found if k == "DEFENDANT_IN"}
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {"Brelco Media"}


def test_court_of_the_district_still_hears_it(context):
    text = "Brelco Media sued Zorblat Labs in the Northern District of California."
    courts = {t for k, _, t, _ in facts(context, text, "en") if k == "HEARD_BY"}
    assert courts == {"United States District Court for the Northern District of California"}
