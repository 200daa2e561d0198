"""A court's order binds the party it names, and a proceeding told as running against a
party has it as defendant (issue #10), on sentences written for these tests with invented
names: "X moet van de rechter ...", "De voorzieningenrechter verbiedt X ...", "De rechter
heeft X bevolen ...", "a judge ordered X to remove ...", "the court enjoined X from ..." rule
against X; "X moet zich bij de rechtbank verantwoorden" and "Tegen X loopt een strafzaak"
make X a defendant. Not: the police's orders, a procedural order to respond, a law that bars
a claim."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Klikmarkt moet van de rechter de berichten verwijderen.", "nl", "ruled"),
        ("De voorzieningenrechter verbiedt Klikmarkt de advertenties te tonen.", "nl", "ruled"),
        ("De rechter heeft Klikmarkt bevolen de berichten te verwijderen.", "nl", "ruled"),
        ("A judge ordered Klikmarkt to remove the posts.", "en", "ruled"),
        ("The court enjoined Klikmarkt from showing the ads.", "en", "ruled"),
        ("Klikmarkt moet zich bij de rechtbank verantwoorden voor oplichting.", "nl", "alleged"),
        ("Tegen Klikmarkt loopt een strafzaak.", "nl", "alleged"),
    ],
)
def test_a_party_bound_or_tried(context, text, language, status):
    found = facts(context, text, language)
    assert {(s, st) for k, s, _, st in found if k == "DEFENDANT_IN"} == {("Klikmarkt", status)}


def test_both_parties_a_proceeding_runs_against(context):
    found = facts(context, "Tegen Klikmarkt en Serverhuis lopen twee rechtszaken.", "nl")
    assert defendant_names(found) == {"Klikmarkt", "Serverhuis"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De politie verbood Boris Kantelaar het terrein te betreden.", "nl"),
        ("Boris Kantelaar moet van zijn moeder de kamer opruimen.", "nl"),
        ("The police ordered Boris Kantelar to leave the site.", "en"),
        ("The judge ordered Klikmarkt to respond by Friday.", "en"),
        ("He found that the statute bars the state from treating Klikmarkt as the author.", "en"),
    ],
)
def test_no_court_order_against_a_party(context, text, language):
    assert not defendant_names(facts(context, text, language))
