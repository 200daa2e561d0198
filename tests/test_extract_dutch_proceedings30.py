"""Dutch proceedings of stop 30 (issue #10) that gave no Case at all, on sentences written
for these tests with invented names: a fine imposed in a te-infinitive ("heeft besloten X
een boete op te leggen"), as regulators' own decisions word it; a claim filed "bij" the
company it is against ("diende een claim in bij X"); a partner named with "samen met" after
the subject's verb ("X diende samen met Y een claim in"); a short name after its
description, capitalised where it opens a sentence ("Tennisbond KNLTB werd beboet"); a
name hyphened to an institution noun ("het Haga-ziekenhuis"); the prosecution's demand with
the amount between ("eiste een geldboete van 80.000 euro tegen X") or "tegen X" first; who
contests a fine ("X maakt bezwaar tegen de boete van de ACM"); a judgment "tegen X" ("het
hof bevestigde het vonnis tegen X").
"""

from __future__ import annotations

import pytest
from sentences import facts

AP = "Autoriteit Persoonsgegevens"
ACM = "Autoriteit Consument en Markt"


def fined(regulator: str, party: str) -> set[tuple[str, ...]]:
    """The two facts of a regulator's fine, as `facts` gives them."""
    case = f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


# the separable particle stands before "te" in the infinitive: "op te leggen"
FINE_INFINITIVES = [
    ("De Autoriteit Persoonsgegevens heeft besloten aan Kwibbel B.V. een bestuurlijke boete "
     "van 7.500 euro op te leggen.", fined(AP, "Kwibbel B.V.")),
    ("De Autoriteit Persoonsgegevens heeft besloten de datingsite Hartjesplein een boete op "
     "te leggen.", fined(AP, "Hartjesplein")),
    ("De ACM heeft besloten om het webbedrijf Tulpbox een last onder dwangsom op te leggen.",
     fined(ACM, "Tulpbox")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FINE_INFINITIVES)
def test_a_fine_imposed_in_an_infinitive(context, text, expected):
    assert facts(context, text, "nl") == expected


# a threat, a plan or a power to fine is no fine
NO_FINE = [
    "De ACM dreigt het webbedrijf Tulpbox een boete op te leggen.",
    "De ACM overweegt het webbedrijf Tulpbox een boete op te leggen.",
    "De ACM is bevoegd om een boete op te leggen aan het webbedrijf Tulpbox.",
]


@pytest.mark.parametrize("text", NO_FINE)
def test_no_fine_from_a_plan_or_a_power(context, text):
    assert not any(f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") for f in facts(context, text, "nl"))


def sued(plaintiffs: tuple[str, ...], defendant: str) -> set[tuple[str, ...]]:
    """The facts of a suit named from its first plaintiff, as `facts` gives them."""
    case = f"{plaintiffs[0]} v. {defendant}"
    return {("DEFENDANT_IN", defendant, case, "alleged")} | {
        ("PLAINTIFF_IN", p, case, "established") for p in plaintiffs
    }


# a claim filed "bij" a company is filed against it: the particle right before "bij", or a
# participle of filing
CLAIMS_FILED_WITH = [
    ("Stichting Veilig Surfen diende een miljardenclaim in bij Kwibbel.",
     sued(("Stichting Veilig Surfen",), "Kwibbel")),
    ("Stichting Veilig Surfen heeft een schadeclaim bij Kwibbel ingediend.",
     sued(("Stichting Veilig Surfen",), "Kwibbel")),
    ("Stichting Veilig Surfen legde een claim neer bij Kwibbel.",
     sued(("Stichting Veilig Surfen",), "Kwibbel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAIMS_FILED_WITH)
def test_a_claim_filed_with_a_company(context, text, expected):
    assert facts(context, text, "nl") == expected


# a complaint lodged with a regulator, a claim before a court, a claim "bij" a place, a
# planned claim: no case against anyone after "bij"
NO_CLAIM_AGAINST = [
    "Stichting Veilig Surfen diende een klacht in bij de Autoriteit Persoonsgegevens.",
    "Stichting Veilig Surfen heeft een schadeclaim ingediend bij de rechtbank Amsterdam.",
    "Volgens de stichting zijn de claims bij Rotterdam nog niet behandeld.",
    "Stichting Veilig Surfen wil een claim indienen bij Kwibbel.",
]


@pytest.mark.parametrize("text", NO_CLAIM_AGAINST)
def test_no_defendant_after_bij_without_a_filed_claim(context, text):
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))


# "X <verb> samen met Y ...": the partner brings the act with the subject, no commas needed
# (English too, without commas: "X together with Y sued Z")
PARTNERS = [
    ("De Consumentenbond diende samen met stichting Veilig Surfen een claim in tegen Kwibbel.",
     "nl", sued(("Consumentenbond", "Veilig Surfen"), "Kwibbel")),
    ("De Consumentenbond heeft samen met Stichting Veilig Surfen een rechtszaak aangespannen "
     "tegen Kwibbel.", "nl", sued(("Consumentenbond", "Stichting Veilig Surfen"), "Kwibbel")),
    ("Consumer Watch together with Safe Surf Foundation sued Kwibbel LLC.", "en",
     sued(("Consumer Watch", "Safe Surf Foundation"), "Kwibbel LLC")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), PARTNERS)
def test_a_partner_named_with_samen_met_sues_too(context, text, language, expected):
    assert facts(context, text, language) == expected


# a description ending in an organisation's suffix, capitalised where it opens the
# sentence, before a short name: the short name is the party ("Tennisbond KNLTB")
SHORT_NAME_AFTER_DESCRIPTION = [
    ("De Autoriteit Persoonsgegevens deelde boetes uit. Hockeybond KHBN werd in maart "
     "aangeslagen voor 400.000 euro.", fined(AP, "KHBN")),
    ("Schaakbond NSBK werd door de Autoriteit Persoonsgegevens beboet.", fined(AP, "NSBK")),
    ("De Autoriteit Persoonsgegevens heeft Schaakbond NSBK beboet.", fined(AP, "NSBK")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHORT_NAME_AFTER_DESCRIPTION)
def test_a_short_name_after_its_description(context, text, expected):
    found = facts(context, text, "nl")
    assert {(f[0], f[1], f[3]) for f in found} == {(f[0], f[1], f[3]) for f in expected}
    assert len({f[2] for f in found}) == 1


# a name joined by a hyphen to an institution noun is that institution's name
HYPHENED_INSTITUTIONS = [
    ("De Autoriteit Persoonsgegevens heeft het Kwibbel-ziekenhuis een boete opgelegd.",
     fined(AP, "Kwibbel")),
    ("De Autoriteit Persoonsgegevens deelde boetes uit. Het Kwibbel-ziekenhuis in Zwolle kreeg "
     "een boete van 300.000 euro.", fined(AP, "Kwibbel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HYPHENED_INSTITUTIONS)
def test_a_hyphened_institution_is_named(context, text, expected):
    assert facts(context, text, "nl") == expected


OM = "Openbaar Ministerie"


def prosecuted(party: str) -> set[tuple[str, ...]]:
    """The two facts of the prosecution's case, as `facts` gives them."""
    case = f"{OM} v. {party}"
    return {("DEFENDANT_IN", party, case, "alleged"), ("PLAINTIFF_IN", OM, case, "established")}


# the prosecution's demand: the amount or length between the sentence and "tegen", or
# "tegen X" before the sentence demanded
DEMANDS = [
    ("Het OM eiste een geldboete van 80.000 euro tegen het hostingbedrijf Serverzolder.",
     prosecuted("Serverzolder")),
    ("Het Openbaar Ministerie eist tegen Serverzolder een boete van 80.000 euro.",
     prosecuted("Serverzolder")),
    ("Het OM eist tegen Pieter de Groot een celstraf van twee jaar.",
     prosecuted("Pieter de Groot")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEMANDS)
def test_the_prosecutions_demand(context, text, expected):
    assert {f for f in facts(context, text, "nl") if f[0] != "OWNS"} == expected


def test_a_demand_against_no_one_named_is_no_case(context):
    found = facts(context, "Het OM eiste tegen de zin van de verdediging een straf.", "nl")
    assert not any(f[0] == "DEFENDANT_IN" for f in found)


# who contests a fine was fined: the regulator after "van", else the one named before
CONTESTED_FINES = [
    ("Kwibbel heeft bezwaar gemaakt tegen de boete van de ACM.", fined(ACM, "Kwibbel")),
    ("Kwibbel vecht de boete van de Autoriteit Persoonsgegevens aan.", fined(AP, "Kwibbel")),
    ("Kwibbel is in beroep gegaan tegen de dwangsom van de ACM.", fined(ACM, "Kwibbel")),
    ("De ACM deelde boetes uit aan webwinkels. Kwibbel gaat tegen de boete in beroep.",
     fined(ACM, "Kwibbel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONTESTED_FINES)
def test_who_contests_a_fine_was_fined(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_no_objection_is_no_fine(context):
    found = facts(context, "Kwibbel heeft geen bezwaar gemaakt tegen de boete van de ACM.", "nl")
    assert not any(f[0] == "DEFENDANT_IN" for f in found)


# a judgment "tegen X" is given in X's case, by the court the sentence names
def test_a_judgment_against_a_party(context):
    text = "Het gerechtshof Den Haag bevestigde het vonnis tegen Pieter de Groot."
    found = facts(context, text, "nl")
    assert {(f[0], f[1] if f[0] != "HEARD_BY" else f[2], f[3]) for f in found} == {
        ("DEFENDANT_IN", "Pieter de Groot", "alleged"),
        ("HEARD_BY", "Gerechtshof Den Haag", "established"),
    }
    assert (
        len(
            {f[2] for f in found if f[0] == "DEFENDANT_IN"}
            | {f[1] for f in found if f[0] == "HEARD_BY"}
        )
        == 1
    )


def test_a_judgment_joins_the_case_told_before(context):
    found = facts(
        context,
        "Het OM vervolgt Pieter de Groot. Het hof bevestigde het vonnis tegen Pieter de Groot.",
        "nl",
    )
    assert found == prosecuted("Pieter de Groot")
