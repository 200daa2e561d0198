"""Who brings a proceeding, read from the names listed before it (issue #10): a state's
"Division of ..." is a public body ("the Division of Consumer Affairs"); a state's attorney
general named with the role ("Zorbland AG Dana Vell and the FTC sued X", Zorbland a US
state here: "New Jersey") is listed for the state, which sues beside the body listed with
it; a proceeding told "during" or "amid" is not brought by the clause's subject ("X came to
light during an investigation against Y")."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


def test_a_division_of_a_state_is_a_public_body_that_sues(context):
    found = facts(context, "The Division of Consumer Affairs sued Quillchat.", "en")
    assert plaintiff_names(found) == {"Division of Consumer Affairs"}


@pytest.mark.parametrize(
    ("text", "bringers"),
    [
        (
            "New Jersey AG Dana Vell and the Division of Consumer Affairs have filed a "
            "lawsuit against Quillchat.",
            {"State of New Jersey", "Division of Consumer Affairs"},
        ),
        (
            "New Jersey AG Dana Vell and the FTC have filed a lawsuit against Quillchat.",
            {"State of New Jersey", "Federal Trade Commission"},
        ),
        (
            "Utah Attorney General Dana Vell and the FTC sued Quillchat.",
            {"State of Utah", "Federal Trade Commission"},
        ),
    ],
)
def test_a_state_official_listed_first_sues_for_the_state(context, text, bringers):
    assert plaintiff_names(facts(context, text, "en")) == bringers


@pytest.mark.parametrize("prep", ["during", "amid"])
def test_a_proceeding_told_in_a_time_phrase_has_no_bringer_in_the_clause(context, prep):
    text = f"Quillchat came to light {prep} an investigation against the host Brelco."
    found = facts(context, text, "en")
    assert "Quillchat" not in plaintiff_names(found)
    assert any(kind == "DEFENDANT_IN" and name == "Brelco" for kind, name, *_ in found)


def test_a_subject_that_opens_the_investigation_still_brings_it(context):
    found = facts(context, "Ofcom opened an investigation into Quillchat.", "en")
    assert plaintiff_names(found) == {"Ofcom"}


def test_a_company_named_by_a_number_and_its_legal_form(context):
    """ "8579 LLC": the number is the company's name; listed with others it is investigated
    too."""
    text = "Ofcom opened investigations into sites run by Brelco Ltd, 8579 LLC and Quist Ltd."
    found = facts(context, text, "en")
    assert "8579 LLC" in {name for kind, name, *_ in found if kind == "DEFENDANT_IN"}


def test_sites_run_by_a_company_are_not_the_investigators(context):
    """ "investigations into sites run by X": X runs the sites, not the investigator."""
    text = "Zorbcom opened investigations into 34 sites run by Brelco Ltd."
    found = facts(context, text, "en")
    assert not any(kind == "OWNS" for kind, *_ in found)
