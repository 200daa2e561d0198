"""Founders named after the founders noun (issue #10, FOUNDED recall), on sentences written
for these tests with invented names: a person's name with a capitalised surname particle
("Dorian De Varga", "Mieke Van Aalst") is a person's name although "De" and "Van" open
sentences in Dutch, and "its founders A and B" gives each founder, not a group person
"Founders of X" besides them."""

from __future__ import annotations

from sentences import entity_types, facts


def test_capitalised_particle_inside_a_persons_name(context):
    found = facts(context, "Dorian De Varga sued Visa over the card fees.", "en")
    assert ("PLAINTIFF_IN", "Dorian De Varga", "Dorian De Varga v. Visa", "established") in found
    types = entity_types(context, "Mieke Van Aalst klaagde Visa aan.", "nl")
    assert types.get("Mieke Van Aalst") == "Person"


def test_each_founder_after_the_founders_noun(context):
    found = facts(
        context,
        "A lawsuit was filed against Quillo.io, its founders Tamsin Orr and Dorian De Varga, "
        "and Visa.",
        "en",
    )
    assert ("FOUNDED", "Tamsin Orr", "Quillo.io", "established") in found
    assert ("FOUNDED", "Dorian De Varga", "Quillo.io", "established") in found
    assert not any(source.startswith("Founders of") for _, source, _, _ in found)


def test_each_founder_after_the_founders_noun_nl(context):
    found = facts(
        context,
        "Er loopt een rechtszaak tegen Quillo.nl en de oprichters Joost Brink en Mieke Van Aalst.",
        "nl",
    )
    assert ("FOUNDED", "Joost Brink", "Quillo.nl", "established") in found
    assert ("FOUNDED", "Mieke Van Aalst", "Quillo.nl", "established") in found
    assert not any(source.startswith("Founders of") for _, source, _, _ in found)
