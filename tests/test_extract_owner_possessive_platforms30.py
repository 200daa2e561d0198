"""A company's possessive before the platform it names (issue #10), on sentences written for
these tests with invented firms: in "Brelco's Quixly app" or "Brelco Labs's Quixly app" the
owner was no name at all (the possessive took it out of the platform's name and nothing read
it again); it is now an organisation that owns the platform, also inside a claim. A name
without a platform noun after it ("Brelco's Quixly said") is no such pair."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


def _owns(found: set[tuple[str, ...]]) -> set[tuple[str, str, str]]:
    return {(s, t, status) for kind, s, t, status in found if kind == "OWNS"}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Brelco's Quixly app was taken out of the store on Monday.", "Brelco"),
        ("The Federal Trade Commission sued Brelco Labs's Quixly app on Monday.", "Brelco Labs"),
        ("The complaint claims that Brelco’s Quixly app harmed children.", "Brelco"),
    ],
)
def test_the_owner_before_a_named_platform(context, sentence, owner):
    assert _owns(facts(context, sentence, "en")) == {(owner, "Quixly", "established")}
    assert entity_types(context, sentence, "en")[owner] == "Organization"


def test_no_platform_noun_no_ownership(context):
    assert _owns(facts(context, "Brelco's Quixly said on Monday it would appeal.", "en")) == set()
