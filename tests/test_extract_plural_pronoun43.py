"""A Dutch "ze"/"zij" before a passive or plural auxiliary ("Ze worden verdacht van ...")
stands for what was named before, as "hij" does: the auxiliary makes no expletive of it
("Het is te vroeg" names nothing, but "ze" is never empty). Before a plural verb the
persons named before come first, not the company they work for, which would take a singular
verb (pack list `plural_verbs`). Sentences and names are our own (issue #10, stop 43)."""

from __future__ import annotations

from sentences import facts


def test_they_are_suspected_of_breaking_a_law_after_two_are_charged(context):
    text = (
        "Justitie heeft Anna Brook en Piet Vos aangeklaagd. Ze worden verdacht van "
        "inbreuken op de Opiumwet."
    )
    found = facts(context, text, "nl")
    assert {(k, t) for k, _, t, _ in found if k == "INVOKES"} == {("INVOKES", "Opiumwet")}


def test_a_plural_verb_points_to_the_persons_not_their_company(context):
    text = (
        "Justitie heeft Anna Brook aangeklaagd. Ook een medewerker van Zorbcom Holding, Piet "
        "Vos, werd aangeklaagd. Ze worden verdacht van witwassen."
    )
    found = facts(context, text, "nl")
    defendants = {s for k, s, _, _ in found if k == "DEFENDANT_IN"}
    assert "Zorbcom Holding" not in defendants
    assert {"Anna Brook", "Piet Vos"} <= defendants
