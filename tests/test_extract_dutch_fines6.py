"""Dutch fines in shapes seen on unseen news (issue #10), on sentences written for these
tests: the fined party after the verb with an apposition before the fine ("legt X, het
moederbedrijf van Y, een boete op"); a regulator under its country's adjective ("de
Nederlandse Autoriteit Persoonsgegevens" is the AP, another country's adjective names
another body); a regulator that imposes fines in a clause that "sinds" opens is no party
fined. Company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import extracted
from sentences import facts as shared_facts

AP = "Autoriteit Persoonsgegevens"
EC = "European Commission"


def facts(context, text: str, language: str = "nl") -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship but MENTIONS; Dutch unless told."""
    return shared_facts(context, text, language)


def fined(party: str, regulator: str) -> set[tuple[str, ...]]:
    case = f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "party", "regulator"),
    [
        (
            "De Europese Commissie legt Draakvlieg Holding, de eigenaar van het forum"
            " Praatpaal, een boete op van 12 miljoen euro.",
            "Draakvlieg Holding",
            EC,
        ),
        (
            "Toezichthouder ACM legde Kwikstaart BV, het bedrijf achter de app Ritmaat,"
            " een boete op.",
            "Kwikstaart BV",
            "Autoriteit Consument en Markt",
        ),
    ],
)
def test_fined_party_before_an_apposition(context, text, party, regulator):
    found = facts(context, text)
    assert fined(party, regulator) <= found
    # the owned platform inside the apposition is never the party fined
    assert not any(f[0] == "DEFENDANT_IN" and f[1] in ("Praatpaal", "Ritmaat") for f in found)


def test_a_countrys_adjective_before_its_own_regulator_is_that_regulator(context):
    text = (
        "Het dataverzamelbedrijf Spiegelnet heeft een boete van 8 miljoen euro gekregen"
        " van de Nederlandse Autoriteit Persoonsgegevens."
    )
    assert facts(context, text) == fined("Spiegelnet", AP)


def test_another_countrys_adjective_names_another_body(context):
    text = "De Ierse Autoriteit Persoonsgegevens legde Spiegelnet een boete op."
    found = facts(context, text)
    assert not any(f[1] == AP for f in found)
    assert ("DEFENDANT_IN", "Spiegelnet", "Ierse Autoriteit Persoonsgegevens v. Spiegelnet",
            "ruled") in found  # fmt: skip


def test_english_adjective_before_a_known_regulator(context):
    text = "The American Federal Trade Commission fined Spiegelnet two million dollars."
    found = facts(context, text, "en")
    assert fined("Spiegelnet", "Federal Trade Commission") <= found


def test_a_regulator_fining_in_a_sinds_clause_is_no_party(context):
    text = (
        "De Autoriteit Persoonsgegevens heeft sinds 2019 voor ruim 4 miljoen euro aan boetes"
        " opgelegd aan zes organisaties."
    )
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("De ACM legde Zonnewiel BV een boete op.", "Zonnewiel BV"),
        ("De ACM legde Zonnewiel Holding een boete op.", "Zonnewiel Holding"),
    ],
)
def test_dutch_legal_forms_without_dots_and_holding_make_a_company(context, text, party):
    entities, relationships = extracted(context, text, "nl")
    defendants = [entities[r.source] for r in relationships if r.type == "DEFENDANT_IN"]
    assert [(e.name, e.type) for e in defendants] == [(party, "Organization")]


def test_an_inverted_fining_verb_has_its_subject_after_it(context):
    # the regulator right after the verb is its subject, never the party fined
    text = "Onlangs beboette de Autoriteit Persoonsgegevens een ziekenhuis met 300.000 euro."
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text))
    text = "Vorige maand beboette de Autoriteit Persoonsgegevens het bedrijf Spiegelnet."
    assert {f[:3] for f in facts(context, text)} >= {
        ("DEFENDANT_IN", "Spiegelnet", f"{AP} v. Spiegelnet (2023)"),
        ("PLAINTIFF_IN", AP, f"{AP} v. Spiegelnet (2023)"),
    }


def suit(plaintiffs: list[str], defendant: str, case: str) -> set[tuple[str, ...]]:
    out = {("DEFENDANT_IN", defendant, case, "alleged")}
    out |= {("PLAINTIFF_IN", p, case, "established") for p in plaintiffs}
    return out


def test_a_foundation_or_union_a_lower_case_noun_introduces_brings_the_suit(context):
    text = "Ook de Consumentenbond en stichting Keep Your Data hebben Kletsmaat voor de rechter gedaagd."
    case = "Consumentenbond v. Kletsmaat"
    assert facts(context, text) == suit(["Consumentenbond", "Keep Your Data"], "Kletsmaat", case)
    text = "In de door vakbond Rijdersbond aangespannen rechtszaak tegen de taxi-app Ritje pleiten beide partijen."
    assert suit(["Rijdersbond"], "Ritje", "Rijdersbond v. Ritje") <= facts(context, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Stichting Zorgwacht spande een rechtszaak aan tegen de aanbieders van het"
            " platform Kletsmaat.",
            "nl",
        ),
        ("Zorgwacht filed a lawsuit against the operators of the chat app Kletsmaat.", "en"),
    ],
)
def test_a_suit_against_who_runs_a_platform_is_against_the_platform(context, text, language):
    found = facts(context, text, language)
    assert [f[1] for f in found if f[0] == "DEFENDANT_IN"] == ["Kletsmaat"]


def test_a_claimant_asking_the_court_to_order_the_defendant(context):
    # "rechtbank" is a court, no bank named by what follows it
    text = (
        "Stichting Zorgwacht vraagt de rechtbank Amsterdam Kletsmaat te veroordelen tot"
        " een schadevergoeding."
    )
    case = "Stichting Zorgwacht v. Kletsmaat"
    assert facts(context, text) == suit(["Stichting Zorgwacht"], "Kletsmaat", case) | {
        ("HEARD_BY", case, "Rechtbank Amsterdam", "established")
    }


def test_a_firms_ampersand_and_its_name_without_stichting_are_one_party(context):
    text = (
        "Stichting Zorg & Recht startte in mei 2022 een collectieve actie tegen Kletsmaat."
        " Zorg & Recht vraagt de rechtbank Utrecht Kletsmaat te veroordelen."
    )
    case = "Stichting Zorg & Recht v. Kletsmaat (2022)"
    assert facts(context, text) == suit(["Stichting Zorg & Recht"], "Kletsmaat", case) | {
        ("HEARD_BY", case, "Rechtbank Midden-Nederland", "established")
    }


GDPR = "General Data Protection Regulation"


def test_an_article_of_a_known_law_is_that_law(context):
    text = (
        "De Autoriteit Persoonsgegevens beboette Spiegelnet. Volgens de toezichthouder"
        " overtreedt Spiegelnet daarmee artikel 15 van de AVG."
    )
    found = facts(context, text)
    laws = {f[2] for f in found if f[0] == "INVOKES"}
    assert laws == {GDPR}


def test_a_fined_partys_short_name_joins_its_case(context):
    text = (
        "Het bedrijf Spiegelnet AI heeft een boete van 3 miljoen euro gekregen van de"
        " Autoriteit Persoonsgegevens. Spiegelnet krijgt verder ook twee voorwaardelijke boetes."
    )
    assert facts(context, text) == fined("Spiegelnet AI", AP)


def test_an_investigation_without_bringer_is_the_documents_one_regulators(context):
    text = (
        "De Autoriteit Consument en Markt vindt dat Spiegelnet en Kwikstaart hun klanten"
        " misleiden. De bedrijven ontkennen dat. Ze mogen nu reageren. Daarna volgt een"
        " besluit. De onderzoeken naar Spiegelnet en Kwikstaart lopen al sinds maart."
    )
    acm = "Autoriteit Consument en Markt"
    assert {f[:3] for f in facts(context, text)} == {
        ("DEFENDANT_IN", "Spiegelnet", f"{acm} v. Spiegelnet (2023)"),
        ("PLAINTIFF_IN", acm, f"{acm} v. Spiegelnet (2023)"),
        ("DEFENDANT_IN", "Kwikstaart", f"{acm} v. Kwikstaart (2023)"),
        ("PLAINTIFF_IN", acm, f"{acm} v. Kwikstaart (2023)"),
    }
    # no regulator named: no bringer
    text = text.replace("De Autoriteit Consument en Markt vindt", "De politie zegt")
    assert not any(f[0] == "PLAINTIFF_IN" for f in facts(context, text))


@pytest.mark.parametrize(
    "second",
    [
        "Sportbond Netwerf werd in april aangeslagen voor 410.000 euro.",
        "Het ging om een boete van 380.000 euro voor Netwerf.nl wegens een verzwegen datalek.",
    ],
)
def test_a_fine_charged_without_its_bringer_is_the_regulators(context, second):
    text = f"De Autoriteit Persoonsgegevens maakte dit jaar drie boetes bekend. {second}"
    found = facts(context, text)
    party = "Sportbond Netwerf" if "Sportbond" in second else "Netwerf.nl"
    assert {(f[0], f[1]) for f in found} == {("DEFENDANT_IN", party), ("PLAINTIFF_IN", AP)}


def test_aangeslagen_without_an_amount_is_no_fine(context):
    assert facts(context, "Netwerf was zwaar aangeslagen door het nieuws over de boete.") == set()


def test_a_companys_branch_after_a_hyphen_is_the_company(context):
    text = (
        "De boete treft de Europese Kletsmaat-tak, een onderdeel van het Japanse"
        " moederbedrijf Zorblat."
    )
    assert ("OWNS", "Zorblat", "Kletsmaat", "established") in facts(context, text)


def test_claiming_damages_from_a_list_sues_each(context):
    text = "Stichting Zorgwacht vorderde vorig jaar schadevergoeding van Kletsmaat, Spiegelnet en Ritje."
    found = {f[:2] for f in facts(context, text)}
    assert found == {
        ("PLAINTIFF_IN", "Stichting Zorgwacht"),
        ("DEFENDANT_IN", "Kletsmaat"),
        ("DEFENDANT_IN", "Spiegelnet"),
        ("DEFENDANT_IN", "Ritje"),
    }
