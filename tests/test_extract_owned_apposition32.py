"""A participle after an indefinite apposition modifies the apposition's noun, which is the
name the apposition describes (issue #10, precision), on sentences written for these tests
with invented names: in "... it was later picked up by Brelcoshield, a rival owned by
Datahost" Datahost owns Brelcoshield (no platform), not the forum "it" stands for."""

from __future__ import annotations

from sentences import facts


def _owns(found):
    return {(s, t) for kind, s, t, _ in found if kind == "OWNS"}


def test_owner_of_an_apposed_rival_owns_no_platform_told_before(context):
    found = facts(
        context,
        "The forum Quixly was dropped by Zorbix, though it was later picked up by Brelcoshield,"
        " a rival owned by Datahost.",
        "en",
    )
    assert _owns(found) == set()


def test_owner_of_the_platform_the_apposition_describes(context):
    found = facts(context, "Quixly, a forum owned by Datahost, was dropped.", "en")
    assert _owns(found) == {("Datahost", "Quixly")}


def test_owner_after_a_bare_participle(context):
    found = facts(context, "Quixly, owned by Datahost, was dropped.", "en")
    assert _owns(found) == {("Datahost", "Quixly")}
