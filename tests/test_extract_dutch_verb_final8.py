"""General Dutch word order under the relation frames (issue #10), on invented sentences:
a subordinate clause puts its subject and object before a final verb ("dat X Y heeft
aangeklaagd"), so two names may stand side by side; a passive relative clause names the
bringer after "door" ("de zaak die door X tegen Y is aangespannen"), also before a noun
("de door X aan Y opgelegde boete") and in a long list of fined parties; the noun
"vervolging van X door Y" names the prosecuted and the prosecutor. Company names are
invented; the regulators and Meta are the reference base's.
"""

from __future__ import annotations

import pytest
from sentences import defendant_names, sued
from sentences import facts as _facts

AP = "Autoriteit Persoonsgegevens"
ACM = "Autoriteit Consument en Markt"
OM = "Openbaar Ministerie"


def facts(context, text: str) -> set[tuple[str, ...]]:
    return _facts(context, text, "nl")


def fined(party: str, regulator: str, case: str | None = None) -> set[tuple[str, ...]]:
    case = case or f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


def prosecuted(party: str) -> set[tuple[str, ...]]:
    case = f"{OM} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "alleged"),
        ("PLAINTIFF_IN", OM, case, "established"),
    }


# -- subject and object before the final verb of a subordinate clause ----------------------

VERB_LAST = [
    (
        "Woordvoerders meldden dat Mira Jansen het bedrijf Zorvik had aangeklaagd.",
        sued("Mira Jansen", "Zorvik"),
    ),
    (
        "Zorvik reageerde pas nadat de Autoriteit Persoonsgegevens Zorvik had beboet.",
        fined("Zorvik", AP),
    ),
    (
        "Uit de stukken blijkt dat de Autoriteit Persoonsgegevens Plonkwear heeft beboet.",
        fined("Plonkwear", AP),
    ),
    ("Nieuws.nl meldt dat het Openbaar Ministerie Telegram vervolgt.", prosecuted("Telegram")),
    (
        "De site ging dicht omdat de Autoriteit Persoonsgegevens Meta een boete had opgelegd.",
        fined("Meta Platforms", AP),
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERB_LAST)
def test_subject_and_object_before_a_final_verb(context, text, expected):
    assert expected <= facts(context, text)


def test_a_known_name_and_the_new_name_after_it_are_two(context):
    found = facts(context, "Het is bekend dat Meta Zorvik heeft aangeklaagd.")
    assert sued("Meta Platforms", "Zorvik") <= found


def test_a_main_clause_object_is_no_subordinate_subject(context):
    # a main clause keeps its order: the bringer first, the party after the verb
    found = facts(context, "Mira Jansen klaagde Zorvik vorig jaar aan.")
    assert ("DEFENDANT_IN", "Zorvik") in {(k, s) for k, s, _, _ in found}
    assert ("DEFENDANT_IN", "Mira Jansen") not in {(k, s) for k, s, _, _ in found}


# -- passive relative clauses and participles before the noun -------------------------------

RELATIVE_PASSIVES = [
    (
        "De rechtszaak die door Mira Jansen tegen Zorvik is aangespannen, loopt nog.",
        sued("Mira Jansen", "Zorvik"),
    ),
    (
        "De claim die door Stichting Eerlijk Online tegen Zorvik werd ingediend, is toegewezen.",
        sued("Stichting Eerlijk Online", "Zorvik"),
    ),
    (
        "Het hof boog zich over de procedure die door Tom de Wit tegen Plofmode was begonnen.",
        sued("Tom de Wit", "Plofmode"),
    ),
    ("De door de ACM aan Plofmode opgelegde boete blijft staan.", fined("Plofmode", ACM)),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_PASSIVES)
def test_the_agent_of_a_passive_relative_brings_the_case(context, text, expected):
    assert expected <= facts(context, text)


def test_fines_a_relative_clause_gives_to_a_list(context):
    found = facts(
        context,
        "De boetes die door de ACM aan Plofmode en Kledingkast waren opgelegd, zijn geschrapt.",
    )
    assert fined("Plofmode", ACM) | fined("Kledingkast", ACM) <= found


def test_a_long_list_of_fined_parties(context):
    found = facts(
        context,
        "Het hof vernietigde de boete die door de Autoriteit Persoonsgegevens aan Zorvik, "
        "Plofmode en Kledingkast was opgelegd.",
    )
    assert defendant_names(found) == {
        "Zorvik", "Plofmode", "Kledingkast",
    }  # fmt: skip


# -- "de vervolging van X door Y" ------------------------------------------------------------


def test_prosecution_noun_with_its_agent(context):
    found = facts(context, "De vervolging van Zorvik door het Openbaar Ministerie liep vast.")
    assert prosecuted("Zorvik") <= found


def test_prosecution_noun_names_who_is_prosecuted(context):
    found = facts(
        context, "De rechter verklaarde het OM niet-ontvankelijk in de vervolging van Plofmode."
    )
    assert "Plofmode" in defendant_names(found)
    assert "Openbaar Ministerie" not in defendant_names(found)


ENGLISH_RELATIVES = [
    (
        "The lawsuit that was filed by Mira Jansen against Zorvik is pending.",
        sued("Mira Jansen", "Zorvik"),
    ),
    (
        "The suit which had been brought by Stichting Eerlijk Online against Zorvik was dismissed.",
        sued("Stichting Eerlijk Online", "Zorvik"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_RELATIVES)
def test_english_passive_relative_names_the_bringer(context, text, expected):
    assert expected <= _facts(context, text, "en")


# -- descriptions between a preposition and its name; appositions with a place --------------

DESCRIBED = [
    (
        "De ACM heeft Plofmode, een webwinkel in Den Haag, een boete opgelegd.",
        fined("Plofmode", ACM),
    ),
    (
        "De Autoriteit Persoonsgegevens heeft Zorvik, een populaire datingapp uit Utrecht, "
        "een boete van 5 miljoen euro opgelegd.",
        fined("Zorvik", AP),
    ),
    (
        "Zorvik werd door de Noorse toezichthouder Datatilsynet beboet.",
        fined("Zorvik", "Datatilsynet"),
    ),
    (
        "Stichting Eerlijk Online spande een zaak aan tegen de maaltijdbezorger Zorvik.",
        sued("Stichting Eerlijk Online", "Zorvik"),
    ),
    (
        "De procedure die door de vakbond FNV tegen de maaltijdbezorger Zorvik was gestart, "
        "liep jaren.",
        sued("FNV", "Zorvik"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_names_keep_their_role(context, text, expected):
    assert expected <= facts(context, text)


def test_the_agent_behind_a_type_noun_is_no_defendant(context):
    found = facts(context, "De zaak was in mei door de stichting Eerlijk Online aangespannen.")
    assert not defendant_names(found)


PASSIVE_CASE_CLAUSES = [
    (
        "De rechtszaak werd door Stichting Eerlijk Online tegen Zorvik aangespannen.",
        sued("Stichting Eerlijk Online", "Zorvik"),
    ),
    (
        "De claim is in mei door Mira Jansen tegen Plofmode ingediend.",
        sued("Mira Jansen", "Plofmode"),
    ),
    (
        "De rechtszaak werd door de stichting Eerlijk Online tegen de datingapp Zorvik "
        "aangespannen.",
        sued("Eerlijk Online", "Zorvik"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_CASE_CLAUSES)
def test_a_passive_case_clause_names_its_bringer(context, text, expected):
    assert expected <= facts(context, text)


# -- a described subject; a decimal comma; the party of a fine before what it is about ------

DESCRIBED_SUBJECTS = [
    "De Deense privacywaakhond heeft Zorvik, een bekende datingapp, een boete van 40 miljoen "
    "Deense kroon (ruim 5,3 miljoen euro) opgelegd.",
    "De Deense privacywaakhond heeft Zorvik een boete opgelegd.",
    "De Franse toezichthouder legt Zorvik een boete van 2,5 miljoen euro op.",
    "Het techbedrijf heeft Zorvik aangeklaagd wegens octrooi-inbreuk.",
]


@pytest.mark.parametrize("text", DESCRIBED_SUBJECTS)
def test_a_name_after_a_described_subject_is_the_object(context, text):
    found = facts(context, text)
    assert defendant_names(found) == {"Zorvik"}


def test_a_decimal_comma_is_no_clause_break():
    from liability_graph.loaders.extract.text import tokenize

    tokens = tokenize("een boete van 6,3 miljoen euro en 80,000 dollar", 0, "nl")
    assert [t.text for t in tokens][3] == "6,3"
    assert len({t.clause for t in tokens}) == 1


def test_the_fined_party_before_what_the_fine_is_about(context):
    found = facts(
        context,
        "De Europese Commissie legt Zorvik Group, het moederbedrijf van Plofmode, een boete op "
        "van 512,4 miljoen euro voor misbruik met zijn eigen advertentieplatform Kledingkast.",
    )
    assert fined("Zorvik Group", "European Commission") <= found
    assert "Kledingkast" not in defendant_names(found)


# -- a participle after the case noun lists the case's bringers -----------------------------

BEFORE = "Mira Jansen was in maart bij de rechtbank voor haar zaak tegen Zorvik. "


@pytest.mark.parametrize(
    "text",
    [
        BEFORE + "De rechtbank deed uitspraak in de zaak, aangespannen door Mira Jansen, "
        "Tom Bakker en Eva de Vries.",
        BEFORE + "De rechtbank deed woensdag uitspraak in een zaak tegen de techbedrijven, "
        "aangespannen door Mira Jansen, Tom Bakker en Eva de Vries.",
    ],
)
def test_a_case_participle_adds_the_other_bringers(context, text):
    found = facts(context, text)
    plaintiffs = {s for k, s, _, _ in found if k == "PLAINTIFF_IN"}
    assert plaintiffs == {"Mira Jansen", "Tom Bakker", "Eva de Vries"}
    assert len({c for k, _, c, _ in found}) == 1


def test_a_definite_case_participle_names_a_bringer(context):
    found = facts(
        context,
        "Zorvik werd in maart aangeklaagd. De rechtbank deed uitspraak in de zaak, "
        "aangespannen door Tom Bakker en Eva de Vries.",
    )
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {"Tom Bakker", "Eva de Vries"}


def test_an_indefinite_case_of_new_bringers_is_not_the_case_told_of(context):
    found = facts(
        context,
        "Zorvik werd in maart aangeklaagd. Plofmode won een zaak, aangespannen door Tom Bakker.",
    )
    assert not {s for k, s, _, _ in found if k == "PLAINTIFF_IN"}


def test_english_participle_adds_the_other_bringers(context):
    found = _facts(
        context,
        "Mira Jansen appeared in court in March over her lawsuit against Zorvik. The judge "
        "ruled on Wednesday in a suit against the tech firms, filed by Mira Jansen and Tom Bakker.",
        "en",
    )
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {"Mira Jansen", "Tom Bakker"}
