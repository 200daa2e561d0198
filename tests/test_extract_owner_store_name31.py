"""A store's capitalised name after its owner's possessive at a sentence's start is one name
(issue #10, precision), on sentences written for these tests with invented names: in
"Brelco's App Vault carries the game" the capitalised "App" is a word of the name "App
Vault", no type noun introducing a platform "Vault"."""

from __future__ import annotations

from sentences import entity_types


def test_store_name_after_opening_possessive_is_not_split(context):
    types = entity_types(context, "Brelco's App Vault carries the game.", "en")
    assert "Vault" not in types


def test_a_lower_case_type_noun_after_the_possessive_still_introduces_a_platform(context):
    # the positive control: "app" written as the type noun types the name after it
    types = entity_types(context, "Brelco's app Vault carries the game.", "en")
    assert types == {"Vault": "Platform"}
