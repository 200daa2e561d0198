"""A federal court of appeals is one court however news writes it: the ordinal in digits or
words, "U.S." before the ordinal, before "Court of Appeals" or both, and the official order
("Court of Appeals for the 9th Circuit"). Each gives the official name, so the case is heard by
one court, not by a second node per spelling."""

from __future__ import annotations

import pytest
from sentences import facts

NINTH = "United States Court of Appeals for the Ninth Circuit"


@pytest.mark.parametrize(
    "court",
    [
        "the 9th Circuit U.S. Court of Appeals",
        "the 9th U.S. Circuit Court of Appeals",
        "the U.S. 9th Circuit Court of Appeals",
        "the Ninth Circuit Court of Appeals",
        "the U.S. Court of Appeals for the 9th Circuit",
        "the U.S. Court of Appeals for the Ninth Circuit",
        "the United States Court of Appeals for the 9th Circuit",
    ],
)
def test_each_spelling_names_the_official_court(context, court):
    text = f"Quillo sued Brelco in 2021, and {court} ruled for Brelco."
    heard = {target for kind, _, target, _ in facts(context, text, "en") if kind == "HEARD_BY"}
    assert heard == {NINTH}


def test_another_ordinal_is_another_court(context):
    text = (
        "Quillo sued Brelco in 2021, and the 11th Circuit U.S. Court of Appeals ruled for Brelco."
    )
    heard = {target for kind, _, target, _ in facts(context, text, "en") if kind == "HEARD_BY"}
    assert heard == {"United States Court of Appeals for the Eleventh Circuit"}
