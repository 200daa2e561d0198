"""A Dutch court noun before a city only another court system sits in is no Dutch court
(issue #10): "de rechtbank in Chicago" made "Rechtbank Chicago", a court that does not
exist, the court of the case (examples/corpus 22_nl_salesforce_hof once a case's movement
"naar de rechtbank in Chicago" was read)."""

from __future__ import annotations

import pytest
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


# Stop 39 (review of stop 38): a place after a link ("in", "te", "van") must be a known seat
# of the pack's courts (loaders/courts.yaml's Dutch and Belgian seats), not merely no seat of
# another system's courts: "de rechtbank in Londen" was "Rechtbank Londen".
@pytest.mark.parametrize(
    "text",
    [
        "Stichting Quillo daagde Zorbix Media voor de rechter. De rechtbank in Londen wees de "
        "zaak af.",
        "Zorbix Media werd aangeklaagd bij de rechtbank te Lissabon.",
        "Zorbix Media werd aangeklaagd bij de rechtbank van Fresno.",
    ],
)
def test_a_court_noun_before_a_place_no_court_of_the_pack_sits_in_is_no_court(context, text):
    assert not any(f[0] == "HEARD_BY" for f in facts(context, text, "nl"))
    assert not any(name.startswith("Rechtbank") for name in entity_types(context, text, "nl"))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Zorbix Media werd aangeklaagd bij de rechtbank in Utrecht.", "Rechtbank Midden-Nederland"),
        ("Zorbix Media werd aangeklaagd bij het gerechtshof in Den Haag.", "Gerechtshof Den Haag"),
        ("Zorbix Media werd aangeklaagd bij de rechtbank te Breda.", "Rechtbank Zeeland-West-Brabant"),
        ("Zorbix Media werd aangeklaagd bij de rechtbank in Antwerpen.",
         "Rechtbank van eerste aanleg Antwerpen"),
    ],
)  # fmt: skip
def test_a_known_seat_after_the_link_names_the_court(context, text, court):
    assert ("HEARD_BY", "Plaintiffs v. Zorbix Media", court, "established") in facts(
        context, text, "nl"
    )
