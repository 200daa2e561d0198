"""A Dutch court noun before a city only another court system sits in is no Dutch court
(issue #10): "de rechtbank in Chicago" made "Rechtbank Chicago", a court that does not
exist, the court of the case (examples/corpus 22_nl_salesforce_hof once a case's movement
"naar de rechtbank in Chicago" was read)."""

from __future__ import annotations

from sentences import entity_types, facts


def test_court_noun_before_a_foreign_seat_is_no_dutch_court(context):
    text = "Stichting Quillo daagde Zorbix Media voor de rechter. De rechtbank in Chicago wees de zaak af."
    assert not any(f[0] == "HEARD_BY" for f in facts(context, text, "nl"))
    assert "Rechtbank Chicago" not in entity_types(context, text, "nl")


def test_dutch_seat_and_federal_court_stay(context):
    text = (
        "Stichting Quillo daagde Zorbix Media voor de rechter. De rechtbank in Rotterdam wees "
        "de zaak af. Later oordeelde de federale rechtbank in Chicago over een tweede zaak."
    )
    types = entity_types(context, text, "nl")
    assert types.get("Rechtbank Rotterdam") == "Court"
    # the federal court the city names is still found (the seat is skipped only for the
    # Dutch court noun's own pattern)
    assert (
        types.get("United States District Court for the Northern District of Illinois") == "Court"
    )
