"""Courts outside the US and the UK named in English and Dutch news (issue #10): German
courts by their German names and short forms ("Landgericht Berlin", "OLG Köln", "BGH"),
France's Conseil d'État, a court that "issued a decision"; and words that only look like
triggers of a service or an ownership ("the power of", "a control on", "in-app
purchases", a law that "provides that", a sentence opening "Does not"). Sentences written
for these tests; names are invented."""

from __future__ import annotations

import pytest
from test_extract_proceedings import D, H, P, facts

CASE = "Quixly v. Zorblat (2021)"
SUED = "Quixly sued Zorblat in 2021. "
NL_SUED = "Quixly daagde Zorblat in 2021 voor de rechter. "
BASE = {P("Quixly", CASE, "2021"), D("Zorblat", CASE, "alleged", "2021")}


EN = [
    ("The Landgericht Hamburg dismissed the case.", "Landgericht Hamburg"),
    ("On appeal, the OLG Köln reversed the ruling in the case.", "OLG Köln"),
    ("The Bundesgerichtshof threw out the case in 2023.", "Federal Court of Justice"),
    (
        "The German Federal Court of Justice (Bundesgerichtshof, BGH) has issued a decision "
        "on the claims in the case.",
        "Federal Court of Justice",
    ),
    ("The BGH upheld the ruling in the case.", "Federal Court of Justice"),
    ("The Conseil d’Etat upheld the ruling in the case.", "Conseil d'État"),
]


@pytest.mark.parametrize(("second", "court"), EN)
def test_english_names_german_and_french_courts(context, second, court):
    found = facts(context, SUED + second, "en")
    assert H(CASE, court) in found
    assert found >= BASE


NL = [
    ("Het Landgericht Hamburg deed uitspraak in de zaak.", "Landgericht Hamburg"),
    ("Het Bundesgerichtshof deed uitspraak in de zaak.", "Federal Court of Justice"),
    ("De Raad van State deed uitspraak in de zaak.", "Raad van State"),
]


@pytest.mark.parametrize(("second", "court"), NL)
def test_dutch_names_german_courts(context, second, court):
    found = facts(context, NL_SUED + second, "nl")
    assert H(CASE, court) in found
    assert found >= BASE


def test_a_french_court_is_placed_by_its_apposition(context):
    found = facts(
        context,
        SUED + "The Conseil d’Etat, France’s supreme administrative court, upheld the ruling.",
        "en",
    )
    assert ("IN_JURISDICTION", "Conseil d'État", "France", "established") in found


TRAPS = [
    # a noun after "the" is no verb of a service
    "Zorblat lost its challenge, in a boost for regulators who want to curb the power of Quixly.",
    # what users buy in an app is no acquisition
    "Quixly began allowing in-app purchases on Zorblat in January 2024.",
    "Quixly charges a fee for all purchases via Zorblat.",
    # an inspection ("a control") is no control of a company
    "The Nordic Data Authority carried out a control on Zorblat’s web site.",
    # a designation ("VLOP") names no platform
    "The Commission may close proceedings against a VLOP by accepting its commitments.",
    # a sentence opening with an auxiliary names no one
    "Does not allow users to opt for a service that uses less of their data.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_words_that_only_look_like_service_or_ownership(context, text):
    found = facts(context, text, "en")
    assert not any(f[0] in ("SERVICED", "OWNS") for f in found), found


def test_a_verb_of_power_and_purchase_still_states_the_fact(context):
    assert ("SERVICED", "Stripe Inc.", "Zorblat", "established") in facts(
        context, "Stripe Inc. powered the payments of the Zorblat marketplace.", "en"
    )
    assert ("OWNS", "Quixly", "Zorblat", "established", "2019") in facts(
        context, "Quixly purchased Zorblat in 2019.", "en"
    )


def test_a_seat_adjective_places_no_court(context):
    """ "The Luxembourg-based General Court": where a court sits is no jurisdiction of it
    (docs/annotation.md); the Dutch adjective of a union still places its law."""
    found = facts(context, SUED + "The Luxembourg-based General Court dismissed the case.", "en")
    assert H(CASE, "General Court of the European Union") in found
    assert not any(f[0] == "IN_JURISDICTION" for f in found), found
    dutch = facts(
        context,
        "De Commissie opende een onderzoek naar Zorblat onder de Europese DSA.",
        "nl",
    )
    assert ("IN_JURISDICTION", "Digital Services Act", "European Union", "established") in dutch
