"""Dutch and Flemish phrasings of regulators' and civil cases (issue #10), on sentences
written for these tests: compound case nouns ("privacyboete", "AVG-boete", "DSA-onderzoek")
that name the case and, by their first part, its law; suits whose bringers a relative clause
lists at length. Company names are invented unless a row is about the reference base.
"""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.evaluation import reference_context
from liability_graph.loaders.extract.text import lemma

AP = "Autoriteit Persoonsgegevens"
EC = "European Commission"
GDPR = "General Data Protection Regulation"
DSA = "Digital Services Act"


@pytest.fixture
def context():
    """A fresh context per row: names one row learns never help another."""
    return reference_context()


def facts(context, text: str) -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship but MENTIONS."""
    entities, relationships = extracted(context, text, "nl")
    return {
        (r.type, entities[r.source].name, entities[r.target].name, r.status) for r in relationships
    }


def fined(party: str, regulator: str = AP, law: str | None = None) -> set[tuple[str, ...]]:
    case = f"{regulator} v. {party}"
    out = {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }
    if law:
        out.add(("INVOKES", case, law, "ruled"))
    return out


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("privacyboete", "boete"),
        ("recordboetes", "boete"),
        ("avg-boete", "boete"),
        ("dsa-onderzoek", "onderzoek"),
        ("dma-zaken", "zaak"),
        # no compound of a case noun: the word keeps its own lemma
        ("marktonderzoek", "marktonderzoek"),
        ("boetes", "boete"),
    ],
)
def test_compound_case_nouns_take_the_heads_lemma(word, expected):
    assert lemma(word, "nl") == expected


COMPOUNDS = [
    ("Het reisplatform Trivago kreeg een privacyboete van twee miljoen euro van de "
     "Autoriteit Persoonsgegevens.", fined("Trivago")),
    ("De Autoriteit Persoonsgegevens heeft de webwinkel Zolderkist een AVG-boete van "
     "450.000 euro opgelegd.", fined("Zolderkist", law=GDPR)),
    ("De datingsite Hartslag kreeg een AVG-boete van de Autoriteit "
     "Persoonsgegevens.", fined("Hartslag", law=GDPR)),
    ("De Europese Commissie heeft TikTok een DSA-boete opgelegd.",
     fined("TikTok", EC, DSA)),
    ("De Europese Commissie opende een DSA-onderzoek naar TikTok.",
     {("DEFENDANT_IN", "TikTok", f"{EC} v. TikTok", "alleged"),
      ("PLAINTIFF_IN", EC, f"{EC} v. TikTok", "established"),
      ("INVOKES", f"{EC} v. TikTok", DSA, "alleged")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_compound_case_nouns(context, text, expected):
    assert {f[:3] for f in facts(context, text)} == {f[:3] for f in expected}
    assert facts(context, text) == expected


def test_a_compound_of_another_noun_is_no_case(context):
    """ "marktonderzoek" is market research, not an investigation."""
    text = "Het bureau Peilstok deed een marktonderzoek naar Zolderkist."
    assert facts(context, text) == set()


def test_bringers_listed_at_length_in_the_relative_clause(context):
    """ "de rechtszaak die A en B (acroniem) tegen X hebben aangespannen": both bring it,
    however many words the list of bringers takes."""
    text = (
        "De rechtszaak die de Huurdersbond en Stichting Digitale Rechten Nederland (SDRN) "
        "tegen Snapchat hebben aangespannen, mag doorgaan."
    )
    case = "Huurdersbond v. Snapchat"
    assert facts(context, text) == {
        ("DEFENDANT_IN", "Snapchat", case, "alleged"),
        ("PLAINTIFF_IN", "Huurdersbond", case, "established"),
        ("PLAINTIFF_IN", "Stichting Digitale Rechten Nederland", case, "established"),
    }
