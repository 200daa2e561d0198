"""A law titled by capitalised words and a lower-case "law" (issue #10, English sentence
classes): "under Ruritania's controversial Data Shield law" read "Data Shield" as a company
(a vendor, then the defendant of the regulator's fine); "Data Shield Law" with a capital was a
law already. After a determiner or a possessive (and at most two lower-case words), two or more
capitalised words and "law" are the law's title; a place is no title ("the New York law")."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


@pytest.mark.parametrize("before", ["the", "Ruritania's controversial", "its new"])
def test_the_title_is_a_law(context, before):
    sentence = f"The regulator RMA fined Zorblat under {before} Data Shield law."
    found = facts(context, sentence, "en")
    assert ("INVOKES", "RMA v. Zorblat", "Data Shield law", "ruled") in found
    assert ("DEFENDANT_IN", "Zorblat", "RMA v. Zorblat", "ruled") in found


def test_the_country_of_the_law(context):
    sentence = "RMA issued the fine under Italy's controversial Data Shield law."
    found = facts(context, sentence, "en")
    assert ("IN_JURISDICTION", "Data Shield law", "Italy", "established") in found
    assert not any(f[0] == "DEFENDANT_IN" for f in found)


def test_a_place_is_no_title(context):
    types = entity_types(context, "Zorblat criticised the New York law on Monday.", "en")
    assert "Law" not in set(types.values())
