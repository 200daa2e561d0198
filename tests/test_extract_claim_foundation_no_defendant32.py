"""A party that exists to bring claims is no defendant when it is named after "against"
(issue #10, precision), on sentences written for these tests with invented names: in
"Zorbix verloor de rechtszaak tegen claimstichting Datahaven" the foundation brought the
suit, so it defends nothing; a claim foundation that sues stays the plaintiff."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, sued


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Zorbix verloor de rechtszaak tegen claimstichting Datahaven.", "nl"),
        ("Zorbix won de zaak tegen de Claimstichting Datahaven.", "nl"),
        ("Zorbix lost the lawsuit against the Datahaven Claim Foundation.", "en"),
    ],
)
def test_claim_foundation_after_against_is_no_defendant(context, sentence, language):
    found = facts(context, sentence, language)
    assert not {"Datahaven", "Claimstichting Datahaven", "Datahaven Claim Foundation"} & (
        defendant_names(found)
    )


def test_claim_foundation_that_sues_stays_plaintiff(context):
    found = facts(context, "The Datahaven Claim Foundation sued Zorbix.", "en")
    assert found == sued("Datahaven Claim Foundation", "Zorbix")


def test_nl_claim_foundation_that_sues_stays_plaintiff(context):
    found = facts(context, "Claimstichting Datahaven spant een zaak aan tegen Zorbix.", "nl")
    assert found == sued("Datahaven", "Zorbix")
