"""Vendors dropping customers, citation signals before captions and a wire story's closing
case line, on sentences written for these tests (issue #10): "hosting company X dropped Y"
ends a service only when X is read as a vendor first; "See Roe v. Zorblat" names the case
without the signal; "The case is A v. B, <court>" puts the case before that court."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_a_vendor_dropping_a_site_ended_its_service(context):
    found = facts(context, "Web hosting company Brindle dropped Quarnchat.com on Monday.", "en")
    assert ("SERVICED", "Brindle", "Quarnchat.com", "established") in found
    found = facts(context, "Payment processors Stripe and PayPal also suspended Quarnchat.", "en")
    assert {("SERVICED", v, "Quarnchat", "established") for v in ("Stripe", "PayPal")} <= found
    found = facts(
        context, "Quarnchat was dropped by hosting company Brindle after the attack.", "en"
    )
    assert ("SERVICED", "Brindle", "Quarnchat", "established") in found


def test_dropping_a_suit_or_a_person_dropping_a_site_is_no_service(context):
    found = facts(context, "Mastercard dropped its lawsuit against Quarnchat.", "en")
    assert not {f for f in found if f[0] == "SERVICED"}
    found = facts(context, "Ann Roe dropped Quarnchat.", "en")
    assert not {f for f in found if f[0] == "SERVICED"}
    found = facts(context, "The court suspended Quarnchat for a month.", "en")
    assert not {f for f in found if f[0] == "SERVICED"}


def test_dutch_vendor_letting_a_site_go_ended_its_service(context):
    found = facts(context, "Hostingbedrijf Brindle liet Quarnchat maandag vallen.", "nl")
    assert ("SERVICED", "Brindle", "Quarnchat", "established") in found
    found = facts(context, "Quarnchat werd door hostingbedrijf Brindle gedumpt.", "nl")
    assert ("SERVICED", "Brindle", "Quarnchat", "established") in found
    found = facts(context, "Het OM liet de zaak tegen Quarnchat vallen.", "nl")
    assert not {f for f in found if f[0] == "SERVICED"}
    found = facts(context, "Ann Roe liet Quarnchat vallen.", "nl")
    assert not {f for f in found if f[0] == "SERVICED"}


def test_a_citation_signal_is_no_part_of_the_caption(context):
    found = facts(
        context,
        "The court dismissed the claims (See Roe v. Zorblat, Inc., 335 F.Supp.3d 1156 "
        "(N.D. Cal. 2018)).",
        "en",
    )
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert cases == {"Roe v. Zorblat, Inc."}
    assert not any(s.startswith("See") for _, s, _, _ in found)
    found = facts(context, "Zie Roe v. Zorblat voor de uitspraak van de rechtbank Amsterdam.", "nl")
    assert ("HEARD_BY", "Roe v. Zorblat", "Rechtbank Amsterdam", "established") in found


def test_the_closing_case_line_names_the_court(context):
    found = facts(
        context,
        "The case is Quarn Records Inc v. Zorblat Networks Inc, U.S. District Court for the "
        "Eastern District of Texas, No. 2:23-cv-00111.",
        "en",
    )
    assert (
        "HEARD_BY",
        "Quarn Records Inc v. Zorblat Networks Inc",
        "United States District Court for the Eastern District of Texas",
        "established",
    ) in found
