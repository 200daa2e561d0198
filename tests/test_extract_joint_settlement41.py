"""Authorities that act together against a company (issue #10, recall), on sentences
written for these tests with invented names: a state listed with a federal agency after
"by" sues beside it ("X agreed to settle claims by the state of Ohio and the FTC"); two
authorities that settle with companies the sentence does not name wait for the sentence
that names them, also when it names one of them again among bodies speaking for it ("the
Ohio Department of Commerce and the FTC announced a consent order against X"); and an
authority's consent order against X is its case against X."""

from __future__ import annotations

import pytest
from sentences import facts

_CASE = "State of Ohio v. Quixly Inc"
_JOINT = {
    ("DEFENDANT_IN", "Quixly Inc", _CASE, "alleged"),
    ("PLAINTIFF_IN", "State of Ohio", _CASE, "established"),
    ("PLAINTIFF_IN", "Federal Trade Commission", _CASE, "established"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quixly Inc agreed to settle claims by the state of Ohio and the Federal Trade Commission.",
        "Quixly Inc was sued by the state of Ohio and the Federal Trade Commission.",
    ],
)
def test_an_agency_listed_after_a_state_sues_beside_it(context, sentence):
    assert facts(context, sentence, "en") == _JOINT


def test_a_settlement_with_unnamed_sites_waits_for_the_consent_order(context):
    found = facts(
        context,
        "The state of Ohio and the Federal Trade Commission reached a settlement with two "
        "dating apps. The Ohio Department of Commerce and the FTC announced a consent order "
        "against Quixly Inc, which runs both apps.",
        "en",
    )
    assert found == _JOINT


def test_an_authoritys_consent_order_is_its_case(context):
    found = facts(
        context,
        "The Federal Trade Commission announced a consent order against Quixly Inc, a dating app.",
        "en",
    )
    case = "Federal Trade Commission v. Quixly Inc"
    assert found == {
        ("DEFENDANT_IN", "Quixly Inc", case, "alleged"),
        ("PLAINTIFF_IN", "Federal Trade Commission", case, "established"),
    }


def test_a_consent_decree_with_no_bringer_makes_no_case(context):
    assert facts(context, "A judge approved a consent decree against Quixly Inc.", "en") == set()
