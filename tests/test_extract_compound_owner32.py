"""A platform's name joined to an owner noun, then the owner's name ("Facebook-moeder Meta",
"Instagram-eigenaar Meta") states the ownership (issue #10, OWNS recall), on sentences
written for these tests."""

from __future__ import annotations

from sentences import facts


def test_platform_mother_compound_names_its_owner_nl(context):
    found = facts(context, "De toezichthouder onderzoekt Facebook-moeder Meta.", "nl")
    assert ("OWNS", "Meta Platforms", "Facebook", "established") in found
    found = facts(context, "Instagram-eigenaar Meta krijgt een boete van de toezichthouder.", "nl")
    assert ("OWNS", "Meta Platforms", "Instagram", "established") in found


def test_platform_parent_compound_names_its_owner_en(context):
    found = facts(context, "Regulators fined the Instagram-parent Meta in May.", "en")
    assert ("OWNS", "Meta Platforms", "Instagram", "established") in found
