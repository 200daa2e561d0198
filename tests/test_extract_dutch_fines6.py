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

from liability_graph.evaluation import reference_context

AP = "Autoriteit Persoonsgegevens"
EC = "European Commission"


@pytest.fixture
def context():
    """A fresh context per row: names one row learns never help another."""
    return reference_context()


def facts(context, text: str, language: str = "nl") -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship but MENTIONS."""
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name, entities[r.target].name, r.status) for r in relationships
    }


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
