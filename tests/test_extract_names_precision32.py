"""Names read right in three shapes (issue #10, precision), on sentences written for these
tests with invented names:
- a noun describing a person that opens a sentence before the name ("Investor Piet Kalvan",
  "Investeerder Piet Kalvan") is no part of it, so a later "Kalvan" is Piet Kalvan;
- a product's name opened by a platform noun ("App Vault") is no person's name;
- an unknown company's possessive before a platform noun and the platform's name ("Brelco
  Labs's messaging app Quixly") owns the platform;
- an apposition naming a role with its state or company as a modifier ("Dana Morrow, the
  Ohio attorney general") gives the role of that state or company: the state sues."""

from __future__ import annotations

from sentences import facts, plaintiff_names


def test_en_describing_noun_opening_the_sentence_is_not_in_the_name(context):
    found = facts(context, "Investor Piet Kalvan bought shares. Kalvan sued Zorbix in Ohio.", "en")
    assert plaintiff_names(found) == {"Piet Kalvan"}


def test_nl_describing_noun_opening_the_sentence_is_not_in_the_name(context):
    found = facts(
        context, "Investeerder Piet Kalvan kocht aandelen. Kalvan klaagde Zorbix aan.", "nl"
    )
    assert plaintiff_names(found) == {"Piet Kalvan"}


def test_a_store_named_with_a_platform_noun_is_no_person(context):
    found = facts(context, "Zorblat Labs's App Vault sued Brelco in Ohio.", "en")
    assert "App Vault" not in plaintiff_names(found)


def test_unknown_company_possessive_before_its_messaging_app_owns_it(context):
    found = facts(context, "Brelco Labs's messaging app Quixly was sued.", "en")
    assert ("OWNS", "Brelco Labs", "Quixly", "established") in found


def test_a_time_possessive_owns_nothing(context):
    found = facts(context, "Yesterday's messaging app Quixly was new.", "en")
    assert not {f for f in found if f[0] == "OWNS"}


def test_attorney_general_in_apposition_with_a_state_modifier_sues_for_the_state(context):
    found = facts(context, "Dana Morrow, the Ohio attorney general, sued Zorbix.", "en")
    assert plaintiff_names(found) == {"State of Ohio"}


def test_company_modifier_in_apposition_gives_the_role_of_the_company(context):
    found = facts(context, "Piet Kalvan, the Brelco founder, said the app was safe.", "en")
    assert ("FOUNDED", "Piet Kalvan", "Brelco", "established") in found
