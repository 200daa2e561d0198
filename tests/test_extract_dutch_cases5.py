"""Dutch and Flemish phrasings of regulators' and civil cases (issue #10), on sentences
written for these tests: compound case nouns ("privacyboete", "AVG-boete", "DSA-onderzoek")
that name the case and, by their first part, its law; suits whose bringers a relative clause
lists at length. Company names are invented unless a row is about the reference base.
"""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.loaders.extract.text import lemma

AP = "Autoriteit Persoonsgegevens"
EC = "European Commission"
GDPR = "General Data Protection Regulation"
DSA = "Digital Services Act"


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
    # the reference base knows the DMA by its acronym
    ("De Europese Commissie heeft Apple een DMA-boete van 500 miljoen euro opgelegd.",
     fined("Apple", EC, "Digital Markets Act")),
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


REGULATOR_BEFORE = [
    # the regulator opens the sentence before; both fined parties are its defendants
    ("De Europese Commissie heeft donderdag voor het eerst ingegrepen. Zalando en Temu "
     "krijgen samen boetes van 300 miljoen euro.",
     fined("Zalando", EC) | fined("Temu", EC)),
    ("De Gegevensbeschermingsautoriteit heeft haar besluiten bekendgemaakt. De datingsite "
     "Hartslag kreeg een boete van 50.000 euro.",
     fined("Hartslag", "Gegevensbeschermingsautoriteit")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REGULATOR_BEFORE)
def test_a_fines_regulator_named_the_sentence_before(context, text, expected):
    assert facts(context, text) == expected


NO_REGULATOR_BEFORE = [
    # two regulators before: which one fined is not said
    "De Europese Commissie en de Autoriteit Persoonsgegevens werken samen. Zalando kreeg "
    "een boete.",
    # the regulator is only the employer of a speaker, not the sentence's subject
    "Dat zegt Pieter Bos, voorzitter van de Autoriteit Persoonsgegevens. Zalando kreeg een boete.",
    # no regulator at all
    "Zalando werkt samen met de politie. Zalando kreeg een boete.",
]


@pytest.mark.parametrize("text", NO_REGULATOR_BEFORE)
def test_no_fines_regulator_guessed(context, text):
    assert ("DEFENDANT_IN", "Zalando", "Plaintiffs v. Zalando", "ruled") in facts(context, text)
    assert not any(f[0] == "PLAINTIFF_IN" for f in facts(context, text))


def test_a_fine_paid_to_a_regulator(context):
    """ "X moet een boete betalen aan de AP": the payee fined X, it is no party fined."""
    text = "Zolderkist moet een boete van vijf miljoen euro betalen aan de Autoriteit Persoonsgegevens."
    assert facts(context, text) == fined("Zolderkist")


def test_a_fine_to_pay_with_the_regulator_the_sentence_before(context):
    text = (
        "De Gegevensbeschermingsautoriteit heeft vorige week twee besluiten genomen. De "
        "datingsite Hartslag moet 50.000 euro boete betalen."
    )
    assert facts(context, text) == fined("Hartslag", "Gegevensbeschermingsautoriteit")


def test_a_fine_of_a_regulator_to_a_party_stays(context):
    """ "de boete van de AP aan X": the regulator after "van", the fined party after "aan"
    (no paying verb between)."""
    text = "De boete van de Autoriteit Persoonsgegevens aan Zolderkist blijft staan, oordeelde de rechter."
    assert facts(context, text) == fined("Zolderkist")


def test_a_suit_brought_by_whom_a_passive_tells_waits_for_its_defendant(context):
    """ "De zaak werd aangespannen door X": the definite case noun is the subject, the agent
    brings the case the next sentences name the defendant of."""
    text = (
        "De zaak werd in juni aangespannen door Pieter Bakker. Airbnb moet het geld "
        "terugbetalen, oordeelde de rechter."
    )
    case = "Pieter Bakker v. Airbnb"
    assert facts(context, text) == {
        ("DEFENDANT_IN", "Airbnb", case, "ruled"),
        ("PLAINTIFF_IN", "Pieter Bakker", case, "established"),
    }


def test_a_suit_told_before_gets_its_bringer_from_a_passive(context):
    text = (
        "Airbnb moet het geld terugbetalen, oordeelde de rechter. De zaak over de kosten was "
        "in juni aangespannen door Pieter Bakker."
    )
    case = "Pieter Bakker v. Airbnb"
    assert facts(context, text) == {
        ("DEFENDANT_IN", "Airbnb", case, "ruled"),
        ("PLAINTIFF_IN", "Pieter Bakker", case, "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ouders dienden via Stichting Kinderrecht (Kire) eerder al een schadeclaim in tegen Snapchat.",
        "Stichting Kinderrecht (SK) heeft een massaclaim aangespannen tegen Snapchat.",
    ],
)
def test_a_short_form_in_brackets_is_not_the_bringer(context, text):
    """ "Stichting X (Kire)": the bracket names X again, X brings the claim."""
    case = "Stichting Kinderrecht v. Snapchat"
    assert facts(context, text) == {
        ("DEFENDANT_IN", "Snapchat", case, "alleged"),
        ("PLAINTIFF_IN", "Stichting Kinderrecht", case, "established"),
    }


def test_a_company_noun_never_points_back_to_a_foreign_regulator(context):
    """ "het bedrijf" is no public body, also with a modifier before its head ("de Ierse
    Autoriteit Persoonsgegevens")."""
    text = (
        "Snapchat is populair bij kinderen. De Autoriteit Persoonsgegevens stuurt haar "
        "bevindingen naar de Ierse Autoriteit Persoonsgegevens. Ouders dienden eerder al een "
        "schadeclaim in tegen het bedrijf."
    )
    found = facts(context, text)
    assert not any("Ierse" in f[1] for f in found if f[0] == "DEFENDANT_IN")


@pytest.mark.parametrize(
    "text",
    [
        # a fronted place phrase with a hyphenated name: the subject follows the verb
        "Ook in Groot-Brittannië kreeg Rydeon een boete. Toezichthouder ICO legde de boete op.",
        # the regulator of the next sentence fixes the amount of the fine told before
        "In Groot-Brittannië kreeg Rydeon een boete vanwege het datalek. Toezichthouder ICO "
        "stelde de boete op 385.000 pond.",
    ],
)
def test_the_regulator_of_a_fine_told_the_sentence_after(context, text):
    assert facts(context, text) == fined("Rydeon", "ICO")


def test_a_fine_pointed_back_to_keeps_its_regulator(context):
    """ "Rydeon vecht de boete aan": no new bringer, the AP's case stays one."""
    text = (
        "De Autoriteit Persoonsgegevens legde Rydeon een boete op. Toezichthouder ICO "
        "noemde de boete terecht."
    )
    assert facts(context, text) == fined("Rydeon")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data a company holds ("in bezit heeft") is no site it owns
        ("De rechter bepaalde dat hostingbedrijf Serverhuis alle gegevens van Kletsplein die "
         "zij in bezit heeft, moet afgeven.", set()),
        ("Mediahuis heeft het forum Kletsplein sinds 2019 in bezit.",
         {("OWNS", "Mediahuis", "Kletsplein", "established")}),
        ("Mediahuis bezit het forum Kletsplein.",
         {("OWNS", "Mediahuis", "Kletsplein", "established")}),
    ],
)  # fmt: skip
def test_held_data_is_no_ownership(context, text, expected):
    assert facts(context, text) == expected
