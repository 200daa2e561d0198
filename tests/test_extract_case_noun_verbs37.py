"""A one-word name that is the subject of a verb governing a case noun brings the suit
(issue #10): "Quillo spande een rechtszaak aan tegen Zorbix", "Quillo diende een klacht in
tegen Zorbix", "Quillo is pursuing a lawsuit against Zorbix" gave the suit without its
bringer (a lone capitalised word is a bringer only as the subject of a case verb, and these
verbs were no case verbs). A clause that the name opens, its verb right after it, keeps
the name the bringer across adverbials and "similar" ("Quillo voert inmiddels
vergelijkbare zaken tegen Zorbix en Klikko": the subject's own suits, not another
case)."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Quillo spande een rechtszaak aan tegen Zorbix."),
        ("nl", "Quillo diende een klacht in tegen Zorbix."),
        ("nl", "Quillo stelde een vordering in tegen Zorbix."),
        ("nl", "Quillo voert een rechtszaak tegen Zorbix."),
        ("nl", "De vakbond Quillo voert andere zaken tegen Zorbix."),
        ("en", "Quillo is pursuing a lawsuit against Zorbix."),
        ("en", "Quillo lodged a complaint against Zorbix."),
    ],
)
def test_the_subject_of_a_case_noun_verb_brings_the_suit(context, language, sentence):
    assert facts(context, sentence, language) == sued("Quillo", "Zorbix")


def test_similar_suits_of_the_subject_against_listed_names(context):
    found = facts(
        context,
        "Quillo voert inmiddels vergelijkbare rechtszaken tegen de webwinkels Zorbix en Klikko.",
        "nl",
    )
    assert found == sued("Quillo", "Zorbix") | sued("Quillo", "Klikko")


@pytest.mark.parametrize(
    "sentence",
    [
        # a court dismissing a similar case: another case, no bringer
        "Een rechter in Utrecht wees een soortgelijke zaak tegen Zorbix af.",
        # a common noun opening the sentence is no name
        "Consumenten spanden een rechtszaak aan tegen Zorbix.",
        # the name after an attribution is no subject of the verb
        "Volgens Quillo voert Klikko andere zaken tegen Zorbix.",
    ],
)
def test_no_bringer_read_where_none_is_the_subject(context, sentence):
    found = facts(context, sentence, "nl")
    assert not {f for f in found if f[0] == "PLAINTIFF_IN"}
