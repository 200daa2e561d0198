"""The people of an organisation, not the organisation, are the parties (issue #10, stop 40:
a person's employer or platform made the party of a case). "Executives of X were charged",
"two employees at the hosting company X were indicted", "de oprichters van X worden
vervolgd", "het OM vervolgt twee bestuurders van X", "charged X's chief executive": the
phrase is headed by a role or member noun (the packs' `roles`, `founder_heads`,
`hired_staff` and `member_nouns`), so its people are the parties: the persons an apposition
names, else no one, and never X (docs/annotation.md, section 3: the defendant is who the
document says). A name joined to such a phrase stays a party ("X and its executives were
charged"), and so does a name charged itself; "against the operators of the app X" stays
against X (`operator_nouns`), and so does a hearing about X's people ("getuigen horen over
de eigenaren van X", `topic_preps`). Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts

_PEOPLE = {"Anna Brook", "Piet Vos"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Executives of the hosting company Zorvex were charged with fraud.", "en"),
        ("Seven executives at the dating site Quillo have been indicted on fraud charges.", "en"),
        ("Two employees of Zorvex were charged with fraud.", "en"),
        ("Prosecutors charged two employees of the hosting company Zorvex with fraud.", "en"),
        ("Quillo's founders were charged with fraud.", "en"),
        ("Prosecutors charged Quillo's chief executive with fraud.", "en"),
        ("Prosecutors charged Quillo's current chief executive and chairman with fraud.", "en"),
        ("Prosecutors charged Quillo's former executives with fraud.", "en"),
        ("Three Quillo executives were charged with fraud.", "en"),
        ("A court convicted the former directors of Zorvex of fraud.", "en"),
        ("Het OM heeft twee medewerkers van hostingbedrijf Zorvex vervolgd.", "nl"),
        ("Justitie klaagt twee topmannen van Quillo aan.", "nl"),
        ("Justitie heeft de oprichters van Quillo aangeklaagd.", "nl"),
        ("De rechtbank heeft de directeur van Zorvex veroordeeld.", "nl"),
        ("De rechtbank veroordeelde de eigenaren van Quillo tot een celstraf.", "nl"),
        ("De twee eigenaren van Zorvex staan terecht voor witwassen.", "nl"),
        ("Het OM vervolgt de bestuurders van hostingbedrijf Zorvex wegens witwassen.", "nl"),
        ("Drie bestuurders van Zorvex zijn verdachte in een witwaszaak.", "nl"),
    ],
)  # fmt: skip
def test_unnamed_people_make_no_party(context, text, language):
    found = facts(context, text, language)
    assert defendant_names(found) == set()
    assert not {f for f in found if f[0] == "PLAINTIFF_IN" and f[1] in ("Quillo", "Zorvex")}


def test_the_prosecutor_still_brings_no_case_against_the_company(context):
    # the bringer is read, but without a defendant there is no case to bring
    found = facts(context, "Het OM vervolgt de bestuurders van hostingbedrijf Zorvex.", "nl")
    assert found == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The founders of Quillo, Anna Brook and Piet Vos, were charged with fraud.", "en"),
        ("Two executives of the dating app Quillo, Anna Brook and Piet Vos, were charged with "
         "fraud.", "en"),
        ("Quillo's founders, Anna Brook and Piet Vos, were charged with fraud.", "en"),
        ("A court convicted two former Zorvex executives, Anna Brook and Piet Vos, of fraud.",
         "en"),
        ("De oprichters van Quillo, Anna Brook en Piet Vos, worden vervolgd.", "nl"),
    ],
)  # fmt: skip
def test_the_people_an_apposition_names_are_the_parties(context, text, language):
    found = facts(context, text, language)
    assert defendant_names(found) == _PEOPLE
    assert len({case for kind, _, case, _ in found if kind == "DEFENDANT_IN"}) == 1


def test_named_members_charged_by_an_office(context):
    text = "Het OM vervolgt de oprichters van Quillo, Anna Brook en Piet Vos."
    case = "Openbaar Ministerie v. Anna Brook"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Anna Brook", case, "alleged"),
        ("DEFENDANT_IN", "Piet Vos", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
        ("FOUNDED", "Anna Brook", "Quillo", "established"),
        ("FOUNDED", "Piet Vos", "Quillo", "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The jury found Quillo co-founder Anna Brook guilty of fraud.",
        "The jury found Quillo co-founder and former CEO Anna Brook guilty of fraud.",
        "The jury found the dating app Quillo co-founder Anna Brook guilty of fraud.",
    ],
)
def test_a_role_before_the_name_makes_the_person_the_party(context, text):
    case = "Prosecution v. Anna Brook"
    assert facts(context, text, "en") == {
        ("DEFENDANT_IN", "Anna Brook", case, "ruled"),
        ("FOUNDED", "Anna Brook", "Quillo", "established"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quillo and its executives were charged with fraud.", "en"),
        ("Quillo and two of its executives were charged with fraud.", "en"),
        ("Prosecutors charged Quillo and its founders with fraud.", "en"),
        ("Quillo was charged with fraud.", "en"),
        ("Quillo en zijn oprichters worden vervolgd.", "nl"),
        ("Quillo wordt vervolgd.", "nl"),
    ],
)  # fmt: skip
def test_the_organisation_charged_itself_stays_a_party(context, text, language):
    assert facts(context, text, language) == {
        ("DEFENDANT_IN", "Quillo", "Prosecution v. Quillo", "alleged")
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zorgwacht filed a lawsuit against the operators of the chat app Quillo.", "en"),
        ("Stichting Veilig Web vroeg de rechtbank om getuigen te horen over de eigenaren van "
         "de webhoster Quillo.", "nl"),
    ],
)  # fmt: skip
def test_who_runs_it_or_a_topic_keeps_the_organisation(context, text, language):
    assert defendant_names(facts(context, text, language)) == {"Quillo"}


def test_an_office_charging_the_organisation_and_members(context):
    text = "Het OM vervolgt Quillo en twee bestuurders."
    case = "Openbaar Ministerie v. Quillo"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Quillo", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


def test_a_member_named_with_the_role_after_the_name(context):
    text = "Prosecutors charged Anna Brook, an employee of the hosting company Zorvex, with fraud."
    assert facts(context, text, "en") == {
        ("DEFENDANT_IN", "Anna Brook", "Prosecution v. Anna Brook", "alleged")
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ook een voormalige verkoper van telefoons van Zorvex, Anna Brook, werd aangeklaagd.",
         "nl"),
        ("A former distributor of phones for Zorvex, Anna Brook, was indicted.", "en"),
    ],
)  # fmt: skip
def test_one_person_apposed_after_any_noun_phrase_is_its_holder(context, text, language):
    # the noun is no role or member noun, but the closed apposition names who it is
    assert defendant_names(facts(context, text, language)) == {"Anna Brook"}


def test_a_list_of_names_after_a_noun_stays_a_list(context):
    text = "De klanten van Zorvex, Quillo, Anna Brook en Piet Vos werden aangeklaagd."
    assert "Zorvex" in defendant_names(facts(context, text, "nl"))
