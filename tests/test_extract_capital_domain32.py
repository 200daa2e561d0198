"""A brand written as a domain with its ending in capitals ("Quillo.AI") is a name, as
"quillo.ai" is (issue #10), on sentences written for these tests with invented names."""

from __future__ import annotations

from sentences import facts


def test_capitalised_domain_ending_names_a_platform(context):
    found = facts(context, "Tamsin Orr, co-founder of Quillo.AI, left the firm in May.", "en")
    assert ("FOUNDED", "Tamsin Orr", "Quillo.AI", "established") in found


def test_capitalised_domain_ending_nl(context):
    found = facts(context, "Joost Brink, medeoprichter van Quillo.AI, vertrok in mei.", "nl")
    assert ("FOUNDED", "Joost Brink", "Quillo.AI", "established") in found
