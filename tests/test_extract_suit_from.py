"""A suit a party faces (issue #10): "X faces a lawsuit from Y" makes Y the plaintiff and X
the defendant of a case of its own, not of the article's earlier case; a US state after
"from" sues as "State of ..."; and the laws such suits invoke, in Dutch too, where verb
second sets the law's name right after the defendant's. Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def test_a_suit_from_a_company(context):
    assert facts(context, "Vibely faces a lawsuit from Zorblat Inc. over its logo.", "en") == {
        ("DEFENDANT_IN", "Vibely", "Zorblat Inc. v. Vibely", "alleged"),
        ("PLAINTIFF_IN", "Zorblat Inc.", "Zorblat Inc. v. Vibely", "established"),
    }


def test_a_suit_from_a_state_is_a_case_of_its_own(context):
    found = facts(
        context,
        "The European Commission fined Vibely. Vibely was also hit with a lawsuit from "
        "the state of Arkansas over its effect on teenagers.",
        "en",
    )
    assert ("PLAINTIFF_IN", "State of Arkansas", "State of Arkansas v. Vibely", "established") in (
        found
    )
    assert ("DEFENDANT_IN", "Vibely", "State of Arkansas v. Vibely", "alleged") in found
    assert ("DEFENDANT_IN", "Vibely", "European Commission v. Vibely", "ruled") in found
    assert not any(
        t == "IN_JURISDICTION" and s == "European Commission v. Vibely" for t, s, _, _ in found
    )


@pytest.mark.parametrize(
    "second, law",
    [
        ("Volgens de aanklacht schendt Koopjeshoek de Telecommunicatiewet.", "Telecommunicatiewet"),
        ("Volgens de bond schond Koopjeshoek de Wet oneerlijke handelspraktijken.",
         "Wet oneerlijke handelspraktijken"),
    ],
)  # fmt: skip
def test_a_dutch_law_after_the_subject_is_no_surname(context, second, law):
    """Verb second puts subject and object side by side ("schond Koopjeshoek de Wet ..."):
    "Koopjeshoek de Wet" is no person with a surname particle, and the law is invoked."""
    found = facts(context, "Zorblat klaagde Koopjeshoek aan. " + second, "nl")
    assert ("INVOKES", "Zorblat v. Koopjeshoek", law, "alleged") in found
    assert not any(" de " in s for _, s, _, _ in found)


def test_a_person_with_a_particle_stays_a_person(context):
    assert facts(context, "Jan de Wit richtte Koopjeshoek op.", "nl") == {
        ("FOUNDED", "Jan de Wit", "Koopjeshoek", "established")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat heeft een kort geding aangespannen tegen Koopjeshoek.",
        "Zorblat sleepte Koopjeshoek voor de rechter.",
        "Koopjeshoek werd door Zorblat voor de rechter gedaagd.",
    ],
)
def test_dutch_suits_brought_to_court(context, text):
    """Dutch names a suit by the court it goes to ("voor de rechter slepen") or by its kind
    ("kort geding"): the party that brings it is the plaintiff, in active and passive."""
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Koopjeshoek", "Zorblat v. Koopjeshoek", "alleged"),
        ("PLAINTIFF_IN", "Zorblat", "Zorblat v. Koopjeshoek", "established"),
    }
