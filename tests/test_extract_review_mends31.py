"""Review mends of stop 31 (issue #10), on sentences written for these tests with invented
names: who rejects an objection to a fine was not fined ("de ACM wees het bezwaar van X
tegen de boete af"); a partner named with "together with" after a verb of another clause
brings no suit ("X worked together with Y before it sued Z"); "whose parent company Y is
based in ..." still names Y the owner; an intention to fine ("de ACM heeft het voornemen X een
boete op te leggen", a draft decision) is no fine; a claim "bij X" not yet filed is no suit;
"the attorneys general of Ohio and Utah" are those states, no anonymous group.
"""

from __future__ import annotations

import pytest
from sentences import facts

ACM = "Autoriteit Consument en Markt"


@pytest.mark.parametrize(
    "text",
    [
        "De ACM wees het bezwaar van Kwibbel tegen de boete af.",
        "De ACM verklaarde het bezwaar tegen de boete ongegrond.",
        "De ACM heeft het beroep van Kwibbel tegen de dwangsom afgewezen.",
    ],
)
def test_who_decides_an_objection_was_not_fined(context, text):
    found = facts(context, text, "nl")
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == ACM for f in found)


def test_who_objects_is_still_fined(context):
    case = f"{ACM} v. Kwibbel"
    assert facts(context, "Kwibbel maakte bezwaar tegen de boete van de ACM.", "nl") == {
        ("DEFENDANT_IN", "Kwibbel", case, "ruled"),
        ("PLAINTIFF_IN", ACM, case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brelvo worked together with Vindrel before it sued Quaxo.", "en"),
        ("Brelvo worked together with Vindrel and sued Quaxo.", "en"),
        ("Brelvo werkte samen met Vindrel voordat het een claim indiende tegen Quaxo.", "nl"),
    ],
)
def test_a_partner_in_another_clause_brings_no_suit(context, text, language):
    found = facts(context, text, language)
    assert not any(f[0] == "PLAINTIFF_IN" and f[1] == "Vindrel" for f in found)


@pytest.mark.parametrize(
    ("text", "language", "plaintiffs"),
    [
        ("Brelvo together with Vindrel sued Quaxo.", "en", {"Brelvo", "Vindrel"}),
        ("Brelvo together with Vindrel and Tarnix sued Quaxo.", "en", {"Brelvo", "Vindrel", "Tarnix"}),
        ("De Consumentenbond diende samen met stichting Vindrel een claim in tegen Quaxo.", "nl",
         {"Consumentenbond", "Vindrel"}),
    ],
)  # fmt: skip
def test_a_partner_in_the_same_clause_still_sues(context, text, language, plaintiffs):
    found = facts(context, text, language)
    assert {f[1] for f in found if f[0] == "PLAINTIFF_IN"} == plaintiffs


def test_whose_parent_company_named_before_its_verb(context):
    text = "Dana Reyes said Quixly, whose parent company Brelvo is based in Ohio, was fined."
    found = facts(context, text, "en")
    assert {(s, t) for kind, s, t, _ in found if kind == "OWNS"} == {("Brelvo", "Quixly")}


@pytest.mark.parametrize(
    "text",
    [
        "De ACM heeft het voornemen Kwibbel een boete op te leggen.",
        "De ACM is voornemens Kwibbel een boete op te leggen.",
        "De ACM stuurde Kwibbel een voornemen om een boete op te leggen.",
    ],
)
def test_an_intention_to_fine_is_no_fine(context, text):
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))


def test_a_decision_to_fine_is_still_a_fine(context):
    text = "De ACM heeft besloten Kwibbel een boete op te leggen."
    case = f"{ACM} v. Kwibbel"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Kwibbel", case, "ruled"),
        ("PLAINTIFF_IN", ACM, case, "established"),
    }


def test_a_claim_not_yet_filed_with_a_company_is_no_suit(context):
    text = "De Consumentenbond heeft de claim bij Kwibbel nog niet ingediend."
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))


@pytest.mark.parametrize(
    "text",
    [
        "The attorneys general of Ohio and Utah sued Quaxo.",
        "Attorneys General of Ohio and Utah sued Quaxo.",
    ],
)
def test_officials_of_named_states_are_no_anonymous_group(context, text):
    found = facts(context, text, "en")
    plaintiffs = {f[1] for f in found if f[0] == "PLAINTIFF_IN"}
    assert "attorneys general" not in plaintiffs
    assert "State of Utah" in plaintiffs
