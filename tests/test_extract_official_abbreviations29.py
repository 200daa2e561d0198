"""Groups of officials written with an abbreviation (issue #10), on sentences written for
these tests with invented firms and people: "a group of 41 AGs", "Twelve AGs" sue as one
plaintiff named by its count and the noun as the text writes it ("41 AGs"), as "41 attorneys
general" does; the count is part of the name, never cut off ("AGs" alone names no one)."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("A bipartisan group of 41 AGs sued Zelvo Inc. over its app store.", "41 AGs"),
        ("41 state AGs sued Zelvo Inc. on Monday.", "41 AGs"),
        ("Twelve AGs filed suit against Zelvo Inc. on Monday.", "12 AGs"),
        ("Forty-one AGs, led by Utah AG Mara Quist, sued Zelvo Inc.", "41 AGs"),
        ("Zelvo Inc. was sued last week by 19 AGs.", "19 AGs"),
    ],
)
def test_a_counted_group_of_ags_is_one_plaintiff(context, sentence, group):
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == {group}
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert cases and all(c.startswith(f"{group} v. Zelvo Inc.") for c in cases)


def test_the_spelt_out_noun_keeps_its_name(context):
    found = facts(context, "A group of 41 state attorneys general sued Zelvo Inc.", "en")
    assert plaintiff_names(found) == {"41 attorneys general"}
