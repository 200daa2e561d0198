"""A vendor's own service before a customer's site (issue #10): "hosting provider Zorblat
halted its services for the forum Vexchan" read "its ... forum Vexchan" as Zorblat's own
platform (OWNS). The possessive there belongs to the service; the site is a customer's."""

from __future__ import annotations

from sentences import facts


def test_its_services_for_a_site_are_a_service(context):
    sentence = "Hosting provider Zorblat halted its services for the forum Vexchan."
    assert facts(context, sentence, "en") == {("SERVICED", "Zorblat", "Vexchan", "established")}


def test_its_own_app_is_still_owned(context):
    sentence = "Quillo Labs sued Zorblat Inc. over its video app Quixly."
    assert ("OWNS", "Zorblat Inc.", "Quixly", "established") in facts(context, sentence, "en")
