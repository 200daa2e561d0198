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
        context,
        "Quarnchat was dropped by hosting company Brindle after the attack.",
        "en",
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
    found = facts(
        context,
        "Zie Roe v. Zorblat voor de uitspraak van de rechtbank Amsterdam.",
        "nl",
    )
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


def test_a_suit_that_seeks_to_hold_a_party_liable_names_its_defendant(context):
    found = facts(
        context,
        "Three stockholder lawsuits aiming to hold Zorblat liable were joined.",
        "en",
    )
    assert ("DEFENDANT_IN", "Zorblat", "alleged") in {(t, s, st) for t, s, _, st in found}
    found = facts(context, "A jury held Zorblat liable for contributory infringement.", "en")
    assert ("DEFENDANT_IN", "Zorblat", "ruled") in {(t, s, st) for t, s, _, st in found}
    found = facts(context, "We will hold Zorblat liable, the senator said.", "en")
    assert not found


def test_what_a_complaint_accuses_is_the_name_after_the_accusation(context):
    found = facts(
        context,
        "The lawsuit comes after the trade group Quarn accuses Zorblat of ignoring notices.",
        "en",
    )
    assert "Quarn" not in {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert "Zorblat" in {s for t, s, _, _ in found if t == "DEFENDANT_IN"}


def test_rights_owned_or_licensed_are_no_platform_and_no_service(context):
    found = facts(
        context,
        "Quarn and Brindle claim that Altice's subscribers pirated songs protected by "
        "copyrights owned by or exclusively licensed to Plaintiffs.",
        "en",
    )
    assert not {f for f in found if f[0] in ("OWNS", "SERVICED")}
    found = facts(context, "Quarnchat is owned by Zorblat.", "en")
    assert ("OWNS", "Zorblat", "Quarnchat", "established") in found


def test_a_registrar_in_apposition_served_the_site(context):
    found = facts(context, "Quarnchat's registrar, Tucows, said it would act.", "en")
    assert ("SERVICED", "Tucows", "Quarnchat", "established") in found


def test_a_chief_executive_acronym_is_no_name(context):
    found = facts(context, "Ann Roe, CEO and founder of Brindle, said so.", "en")
    assert ("FOUNDED", "Ann Roe", "Brindle", "established") in found
    assert not any(c == "CEO" or s == "CEO" for _, s, c, _ in found)


def test_a_defendant_in_apposition_to_a_role_noun_after_against(context):
    found = facts(
        context,
        "Ten women filed a lawsuit against the company's parent, Zorblat, and Visa.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert {"Zorblat", "Visa"} <= defendants
    found = facts(
        context,
        "Tien vrouwen dienden een rechtszaak in tegen het Canadese moederbedrijf, Zorblat, en Visa.",
        "nl",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert {"Zorblat", "Visa"} <= defendants


def test_a_common_noun_in_capitals_is_no_vendor(context):
    found = facts(
        context,
        "Quarnchat, the forum used by the suspect, is back online after its original Web "
        "hosting provider cut ties with the company.",
        "en",
    )
    assert not any(s == "Web" for _, s, _, _ in found)


def test_dropping_a_site_read_as_one_ended_a_service(context):
    found = facts(
        context,
        "The message board site Quarnchat lost its registrar. Zorblat, which provides "
        "internet infrastructure and security, also dropped Quarnchat on Monday.",
        "en",
    )
    assert ("SERVICED", "Zorblat", "Quarnchat", "established") in found
    found = facts(context, "The FBI dropped its probe of the forum Quarnchat.", "en")
    assert not {f for f in found if f[0] == "SERVICED"}
