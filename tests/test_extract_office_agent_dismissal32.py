"""Three classes of misreadings on real text (issue #10), on sentences of our own:

- a fine received with its imposer after "door" ("X, dat door de ACM een boete kreeg
  opgelegd"): the imposer brings the case, the receiver is fined (the ACM was the defendant);
- an official named after the office's title in one run ("Officier van justitie Jan de Wit
  eiste ..."): the office prosecutes ("Prosecution v." before);
- a court dismissing claims under a law named as their modifier ("the judge dismissed the
  FOSTA claims"): the court ruled on the law (INVOKES was alleged)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context

ACM = "Autoriteit Consument en Markt"
AP = "Autoriteit Persoonsgegevens"
OM = "Openbaar Ministerie"


@pytest.fixture(scope="module")
def context():
    return reference_context()


def fined(regulator: str, party: str) -> set[tuple[str, ...]]:
    case = f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


@pytest.mark.parametrize(
    "sentence, regulator",
    [
        ("Zorbix, dat door de ACM een boete kreeg opgelegd, gaat in beroep.", ACM),
        ("Zorbix, die door de ACM een boete opgelegd kreeg, gaat in beroep.", ACM),
        ("Zorbix kreeg door de ACM een boete opgelegd.", ACM),
        ("Quillo Labs heeft door de AP een boete van 2 miljoen euro opgelegd gekregen.", AP),
    ],
)
def test_a_fine_received_from_an_agent_is_the_agents_case(context, sentence, regulator):
    party = sentence.split(",")[0].split(" kreeg")[0].split(" heeft")[0]
    assert facts(context, sentence, "nl") == fined(regulator, party)


def test_a_fine_imposed_actively_is_unchanged(context):
    found = facts(context, "De ACM heeft Zorbix een boete opgelegd.", "nl")
    assert found == fined(ACM, "Zorbix")


@pytest.mark.parametrize(
    "sentence, defendant",
    [
        ("Officier van justitie Jan de Wit eiste vier jaar cel tegen Piet Kalvan.", "Piet Kalvan"),
        (
            "Officier van justitie Mieke Star eiste een boete van 500.000 euro tegen Zorbix.",
            "Zorbix",
        ),
    ],
)
def test_an_official_titled_by_the_office_prosecutes_for_it(context, sentence, defendant):
    case = f"{OM} v. {defendant}"
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", defendant, case, "alleged"),
        ("PLAINTIFF_IN", OM, case, "established"),
    }


SUIT = "Zorvex Media sued Quillo Labs in 2021. "
CASE = "Zorvex Media v. Quillo Labs (2021)"


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, the judge dismissed the FOSTA claims.",
        "In March, Judge Ada Pell dismissed the FOSTA claims.",
    ],
)
def test_a_court_dismissing_claims_under_a_law_rules_on_it(context, sentence):
    found = facts(context, SUIT + sentence, "en")
    assert ("INVOKES", CASE, "FOSTA", "ruled") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillo Labs moved to dismiss the FOSTA claims.",
        "The judge will hear the FOSTA claims in May.",
    ],
)
def test_claims_not_decided_stay_alleged(context, sentence):
    found = facts(context, SUIT + sentence, "en")
    assert ("INVOKES", CASE, "FOSTA", "alleged") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In a lawsuit filed by Zorvex Media against Quillo Labs, the judge ruled that Section 230"
        " did not apply.",
        "In the suit Zorvex Media brought against Quillo Labs, the judge found that FOSTA applied.",
    ],
)
def test_a_name_ending_a_fronted_phrase_is_no_apposition_of_the_role_after_it(context, sentence):
    # "Quillo Labs, the judge": the judge is the main clause's subject, Quillo Labs no judge
    found = facts(context, sentence, "en")
    assert ("DEFENDANT_IN", "Quillo Labs", "Zorvex Media v. Quillo Labs", "alleged") in found
    assert ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Quillo Labs", "established") in found


def test_a_closed_apposition_still_names_the_judge(context):
    found = facts(
        context, "Zorvex Media sued Quillo Labs. Ada Pell, the judge, dismissed the case.", "en"
    )
    assert "Ada Pell" not in {s for _, s, _, _ in found}


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Zorvex Media joined other developers in suing Quillo Labs.", "en"),
        ("Zorvex Media participated in the lawsuit against Quillo Labs.", "en"),
    ],
)
def test_who_joins_in_suing_brings_the_suit(context, sentence, language):
    # "in" governs the suit of the joining verb's subject, no other clause's adverbial
    assert facts(context, sentence, language) == {
        ("DEFENDANT_IN", "Quillo Labs", "Zorvex Media v. Quillo Labs", "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Quillo Labs", "established"),
    }


def test_who_joins_a_named_partner_in_suing_brings_it_with_the_partner(context):
    found = facts(
        context, "Zorvex Media joined Brindle Press in suing Quillo Labs over unpaid fees.", "en"
    )
    assert {(k, s) for k, s, _, _ in found} == {
        ("PLAINTIFF_IN", "Zorvex Media"),
        ("PLAINTIFF_IN", "Brindle Press"),
        ("DEFENDANT_IN", "Quillo Labs"),
    }


def test_a_suit_governed_by_another_clause_still_names_no_bringer(context):
    found = facts(context, "Quillo Labs halted payments following a lawsuit against Zorbix.", "en")
    assert not any(k == "PLAINTIFF_IN" for k, _, _, _ in found)


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("De rechtbank stelde Quillo Labs in het gelijk in de zaak tegen Zorbix.", "nl"),
        ("De rechter heeft Quillo Labs in het gelijk gesteld in de rechtszaak tegen Zorbix.", "nl"),
        ("The court sided with Quillo Labs in its lawsuit against Zorbix.", "en"),
        ("The judge ruled in favour of Quillo Labs in the case against Zorbix.", "en"),
    ],
)
def test_the_party_a_court_rules_for_in_the_case_against_another_brought_it(
    context, sentence, language
):
    assert facts(context, sentence, language) == {
        ("DEFENDANT_IN", "Zorbix", "Quillo Labs v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix", "established"),
    }


@pytest.mark.parametrize(
    "sentence, defendant",
    [
        ("Het gerechtshof vernietigde de veroordeling van Piet Kalvan.", "Piet Kalvan"),
        ("In hoger beroep vernietigde het hof de veroordeling van Zorbix.", "Zorbix"),
    ],
)
def test_a_quashed_conviction_leaves_the_defendant_accused(context, sentence, defendant):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", defendant, f"Prosecution v. {defendant}", "alleged")
    }


def test_an_upheld_conviction_is_still_ruled(context):
    found = facts(context, "Het hof bevestigde de veroordeling van Piet Kalvan.", "nl")
    assert found == {("DEFENDANT_IN", "Piet Kalvan", "Prosecution v. Piet Kalvan", "ruled")}
