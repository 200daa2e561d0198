"""Two readings of real news (issue #10), on sentences written for these tests: what a court
or a ministry orders a party to do, or gives it days to do, is not done yet (no service
ended, no site shut down; a court's order to pay stays a ruling), in English and Dutch; and
a role noun standing as the title of the name after it ("Zorblat owner Quixly", "Zorblat
eigenaar Quixly") makes that name the holder of the role. Names are invented."""

from __future__ import annotations

import pytest
from test_extract_proceedings import facts

ORDERED = [
    (
        "en",
        "The court instructed the regulator to disconnect Zorblat within 24 hours, while "
        "companies like Applex and Quixly have five days to remove the Zorblat app from their "
        "online stores.",
    ),
    (
        "en",
        "The orders issued by the Nordic Ministry of Digital Affairs (NMDA) had directed "
        "Zorblat to block access to certain information and suspend multiple accounts from "
        "the platform.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ORDERED)
def test_an_ordered_act_is_no_fact(context, language, text):
    found = facts(context, text, language)
    assert not any(f[0] in ("SERVICED", "SHUT_DOWN") for f in found), found


DONE = [
    ("en", "Applex removed the Zorblat app from its app store in 2021.", "Applex", "Zorblat"),
    (
        "en",
        "Zorblat was told to pay, and Applex removed the Zorblat app from its store in 2021.",
        "Applex",
        "Zorblat",
    ),
    (
        "en",
        "Cloudflare decided to terminate 8chan as a customer and suspend its account.",
        "Cloudflare",
        "8chan",
    ),
    ("nl", "Applex verwijderde de app van Zorblat uit de App Store.", "Applex", "Zorblat"),
]


@pytest.mark.parametrize(("language", "text", "vendor", "platform"), DONE)
def test_a_done_act_still_states_the_service(context, language, text, vendor, platform):
    found = facts(context, text, language)
    assert any(f[:3] == ("SERVICED", vendor, platform) for f in found), found


def test_an_order_to_pay_stays_a_ruling(context):
    found = facts(context, "A judge ordered Zorblat to pay $2 million to Quixly.", "en")
    assert any(f[0] == "DEFENDANT_IN" and f[1] == "Zorblat" and f[3] == "ruled" for f in found)


TITLES = [
    ("en", "Zorblat owner Quixly lost its challenge.", ("OWNS", "Quixly", "Zorblat")),
    ("en", "Quixly, the owner of Zorblat, lost.", ("OWNS", "Quixly", "Zorblat")),
    ("en", "Zorblat supplier Quixly stopped its service.", ("SERVICED", "Quixly", "Zorblat")),
    ("nl", "Zorblat eigenaar Quixly verloor de zaak.", ("OWNS", "Quixly", "Zorblat")),
    ("nl", "Quixly, eigenaar van Zorblat, verloor.", ("OWNS", "Quixly", "Zorblat")),
]


@pytest.mark.parametrize(("language", "text", "fact"), TITLES)
def test_the_name_after_a_role_noun_holds_the_role(context, language, text, fact):
    found = facts(context, text, language)
    assert any(f[:3] == fact for f in found), found
    assert not any(f[:3] == (fact[0], fact[2], fact[1]) for f in found), found
