"""A person's name with a surname particle in a list (issue #10): "Mara Quinn and Piet de Arlo
were sued" gave only Piet de Arlo, "Piet de Arlo and Mara Quinn were sued" nothing, and "its
cofounders, Mara Quinn and Piet de Arlo" no founder: the other name of the list was refused
as a person because a particle ("de") stood somewhere in the capitalised run, not in that
name. (The Dutch sentence gave both before too: a control.) A name of four words, two given
names before a capitalised particle ("Tomas Paulo De Vendrell-Arlo"), was no person at all."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Mara Quinn and Piet de Arlo were sued.", "en"),
        ("Piet de Arlo and Mara Quinn were sued.", "en"),
        ("Piet de Arlo en Mara Quinn werden aangeklaagd.", "nl"),
    ],
)
def test_each_person_of_the_list_is_sued(context, sentence, language):
    got = facts(context, sentence, language)
    assert {(t, a, s) for t, a, _, s in got} == {
        ("DEFENDANT_IN", "Mara Quinn", "alleged"),
        ("DEFENDANT_IN", "Piet de Arlo", "alleged"),
    }
    assert len({c for _, _, c, _ in got}) == 1


def test_prosecutors_charge_both(context):
    case = "Prosecution v. Mara Quinn"
    assert facts(context, "Prosecutors charged Mara Quinn and Piet de Arlo.", "en") == {
        ("DEFENDANT_IN", "Mara Quinn", case, "alleged"),
        ("DEFENDANT_IN", "Piet de Arlo", case, "alleged"),
    }


def test_cofounders_listed_in_apposition_both_founded(context):
    sentence = "According to the suit, Zorbix and its cofounders, Mara Quinn and Piet de Arlo, are at fault."
    assert facts(context, sentence, "en") == {
        ("FOUNDED", "Mara Quinn", "Zorbix", "established"),
        ("FOUNDED", "Piet de Arlo", "Zorbix", "established"),
    }


def test_a_lower_case_word_inside_the_name_still_makes_no_person(context):
    found = facts(context, "Friends of Ferns and Mara Quinn sued Zorbix.", "en")
    assert not any("Ferns" in name for f in found for name in f[1:3])


@pytest.mark.parametrize("name", ["Tomas Paulo De Vendrell-Arlo", "Tomas Paulo Da Vendrell"])
def test_two_given_names_before_a_capitalised_particle(context, name):
    assert facts(context, f"{name} was charged with fraud.", "en") == {
        ("DEFENDANT_IN", name, f"Prosecution v. {name}", "alleged")
    }
