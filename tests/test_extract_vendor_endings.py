"""More ways a vendor ends its service (issue #10), on sentences written for these tests with
invented names: a security vendor's protection ended ("stopped protecting the forum X",
"beëindigde de bescherming van X"), an account frozen by a payment firm or a bank ("had
frozen X's account", "bevroor de rekening van X"), and a customer banned by a vendor ("the
registrar Y banned the site X"). A ban or a freeze by anyone read as no vendor first (a
platform banning a user, a court freezing accounts, regulators banning an app) stays no
service."""

from __future__ import annotations

import pytest
from sentences import facts


def _served(found: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == "SERVICED"}


@pytest.mark.parametrize(
    ("sentence", "language", "vendor", "site"),
    [
        ("The network provider Nimbra stopped protecting the forum Zorbix from attacks.", "en",
         "Nimbra", "Zorbix"),
        ("The security firm Nimbra ended its protection of the imageboard Drellon on Sunday.",
         "en", "Nimbra", "Drellon"),
        ("Payment processor Quillpay had already frozen Plumtube's account.", "en", "Quillpay",
         "Plumtube"),
        ("The registrar Ventrik banned the chat site Yammo after the attack.", "en", "Ventrik",
         "Yammo"),
        ("Hostingbedrijf Nimbra stopt met het beschermen van het forum Zorbix.", "nl", "Nimbra",
         "Zorbix"),
        ("Beveiligingsbedrijf Nimbra beëindigde de bescherming van het forum Drellon.", "nl",
         "Nimbra", "Drellon"),
        ("Betaaldienst Quillpay bevroor de rekening van de datingsite Plumtube.", "nl",
         "Quillpay", "Plumtube"),
    ],
)  # fmt: skip
def test_a_vendor_ending_protection_freezing_or_banning_serviced_the_site(
    context, sentence, language, vendor, site
):
    assert _served(facts(context, sentence, language)) == {
        ("SERVICED", vendor, site, "established")
    }


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Twitter banned the forum Zorbix.", "en"),
        ("Regulators banned the app Zorbix in Ohio.", "en"),
        ("The court froze the accounts of Zorbix.", "en"),
        ("The forum Zorbix stopped protecting its users.", "en"),
        ("De rechter bevroor de rekeningen van Zorbix.", "nl"),
    ],
)
def test_a_ban_or_a_freeze_by_no_vendor_is_no_service(context, sentence, language):
    assert not _served(facts(context, sentence, language))
