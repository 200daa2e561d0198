"""A role phrase identifies a person, so the hedge or the ruling of the clause around it
does not make the ownership or founding it states alleged or ruled (docs/annotation.md,
section 5; issue #10). On sentences written for these tests with invented names."""

from __future__ import annotations

from sentences import facts


def test_role_apposition_in_a_hedged_clause_is_established_nl(context):
    text = (
        "Volgens de aanklacht heeft Joost Brink, samen met de mede-eigenaar van Quillo, "
        "Bram van der Veld, geld witgewassen."
    )
    assert ("OWNS", "Bram van der Veld", "Quillo", "established") in facts(context, text, "nl")


def test_role_apposition_in_a_hedged_clause_is_established_en(context):
    text = "Prosecutors allege that the founder of Quillo Tamsin Orr laundered the fees."
    assert ("FOUNDED", "Tamsin Orr", "Quillo", "established") in facts(context, text, "en")
