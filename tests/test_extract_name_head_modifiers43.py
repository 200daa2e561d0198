"""A platform's kind may stand between its name and the noun that types it (issue #10), on
sentences written for these tests with invented names: "the Quill Row dark web marketplace"
and "the Zorblat dating app" type the name before them a platform, which later sentences then
know; a nationality before such a noun ("the Chinese shopping app") or before "-owned" ("the
Chinese-owned retailer X") names no platform and no owner."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, triples


def test_a_kind_between_name_and_head_types_the_name(context):
    text = (
        "Ross Marlow, the founder of the Quill Row dark web marketplace, was pardoned. "
        "The FBI shut down Quill Row in 2013 and arrested Marlow."
    )
    found = triples(context, text, "en")
    assert ("FOUNDED", "Ross Marlow", "Quill Row") in found
    assert ("SHUT_DOWN", "Federal Bureau of Investigation", "Quill Row") in found


def test_a_kind_between_name_and_head_names_a_defendant(context):
    found = facts(context, "The regulator fined the Zorblat dating app in May.", "en")
    assert defendant_names(found) == {"Zorblat"}


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the Chinese shopping app in May.",
        "The regulator fined the Chinese app in May.",
    ],
)
def test_a_nationality_before_a_head_is_no_name(context, text):
    assert defendant_names(facts(context, text, "en")) == set()


def test_a_nationality_before_owned_is_no_owner(context):
    found = triples(context, "The state sued the Chinese-owned online retailer Zelmo.", "en")
    assert not any(kind == "OWNS" for kind, _, _ in found)
    assert ("OWNS", "Zorblat", "Zelmo") in triples(
        context, "The state sued the Zorblat-owned online retailer Zelmo.", "en"
    )
