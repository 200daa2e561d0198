"""The Dutch prosecutor's title stands for its office (issue #10), on sentences written for
these tests with invented names: "De officier van justitie eiste vier jaar cel tegen X" and
"De officieren van justitie vervolgen X" are the Openbaar Ministerie's cases against X (an
official is never the party; the title is the office's alone, from the Dutch pack's
names.reference_aliases)."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "text",
    [
        "De officier van justitie eiste vier jaar cel tegen Boris Kantelaar.",
        "De officieren van justitie vervolgen Boris Kantelaar voor witwassen.",
    ],
)
def test_the_prosecutors_title_brings_the_offices_case(context, text):
    assert sued("Openbaar Ministerie", "Boris Kantelaar") <= facts(context, text, "nl")
