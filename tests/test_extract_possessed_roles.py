"""Roles a possessive gives, and the subjects news sentences open with (issue #10).
"X and its owner, Y" makes Y the owner of X (never the other way round); "X and its
owners, Y and Z, were charged" charges all three; "his office sued X" is a verb, not a
noun; "sued X Inc. in Austin" names X, then a place. Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def test_its_owner_owns_the_name_before(context):
    found = facts(context, "Nevada sued Chatterly and its owner, Zorblat Inc., on Monday.", "en")
    assert ("OWNS", "Zorblat Inc.", "Chatterly", "established") in found
    assert not any(t == "OWNS" and s == "Chatterly" for t, s, _, _ in found)
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Chatterly", "Zorblat Inc."}


def test_its_owners_in_apposition_are_charged_with_the_site(context):
    found = facts(
        context, "Backpage and its owners, Michael Lacey and James Larkin, were charged.", "en"
    )
    defendants = {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {
        ("Backpage", "Prosecution v. Backpage"),
        ("Michael Lacey", "Prosecution v. Backpage"),
        ("James Larkin", "Prosecution v. Backpage"),
    }
    assert {s for t, s, _, _ in found if t == "OWNS"} == {"Michael Lacey", "James Larkin"}


def test_a_named_role_between_commas_is_a_passive_subject(context):
    found = facts(context, "Zorblat Inc. and its chief executive, Dana Whitfield, were sued.", "en")
    assert found == {
        ("DEFENDANT_IN", "Zorblat Inc.", "Plaintiffs v. Zorblat Inc.", "alleged"),
        ("DEFENDANT_IN", "Dana Whitfield", "Plaintiffs v. Zorblat Inc.", "alleged"),
    }


@pytest.mark.parametrize(
    "text, plaintiff",
    [
        ("His office sued Zorblat Inc.", None),
        ("Texas Attorney General Ken Paxton said his office sued Zorblat Inc.", "State of Texas"),
        ("The attorney general of Texas, Ken Paxton, said his office sued Zorblat Inc. in "
         "Harris County.", "State of Texas"),
    ],
)  # fmt: skip
def test_an_office_that_sues(context, text, plaintiff):
    found = facts(context, text, "en")
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Zorblat Inc."}
    assert {s for t, s, _, _ in found if t == "PLAINTIFF_IN"} == (
        {plaintiff} if plaintiff else set()
    )
    assert not any("His" in s or "Harris" in s for _, s, _, _ in found)


def test_a_place_after_in_ends_the_name_before(context):
    found = facts(context, "Utah sued Zorblat Inc. in Austin on Monday.", "en")
    assert ("DEFENDANT_IN", "Zorblat Inc.", "State of Utah v. Zorblat Inc. (2023)", "alleged") in (
        found
    )


def test_names_before_a_role_noun_only_describe_its_holder(context):
    """ "accusing the Chatterly and Glimmer owner of ...": the owner is accused, the apps
    that describe it are no parties; "Backpage founder X": the founder is sued."""
    found = facts(
        reference_context(reference=True),
        "More than 40 states sued Meta Platforms on Tuesday, accusing the Facebook and "
        "Instagram owner of fueling a crisis.",
        "en",
    )
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Meta Platforms"}
    founder = facts(context, "Nevada sued Chatterly founder Dana Whitfield.", "en")
    assert {s for t, s, _, _ in founder if t == "DEFENDANT_IN"} == {"Dana Whitfield"}
    assert ("FOUNDED", "Dana Whitfield", "Chatterly", "established") in founder


@pytest.mark.parametrize(
    "court, name",
    [
        ("The 9th U.S. Circuit Court of Appeals in San Francisco",
         "United States Court of Appeals for the Ninth Circuit"),
        ("The Ninth Circuit", "United States Court of Appeals for the Ninth Circuit"),
        ("The 2nd U.S. Circuit Court of Appeals",
         "United States Court of Appeals for the Second Circuit"),
    ],
)  # fmt: skip
def test_a_federal_appeals_court_as_news_writes_it(context, court, name):
    found = facts(context, f"Six women sued Threadly. {court} affirmed the ruling.", "en")
    assert ("HEARD_BY", "Six women v. Threadly", name, "established") in found
