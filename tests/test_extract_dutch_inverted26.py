"""Dutch main clauses with the verb second and unknown Dutch and Belgian bodies (issue #10),
on invented sentences: a clause that opens with a date or an adverbial puts the subject
right after its finite verb and the object right after the subject ("Vorige week legde de
AP X een boete op", "In maart heeft de ACM X beboet"), so the two names stand side by side;
a public body is named by one compound word ending in its head ("de Kansspelautoriteit",
"de Kansspelcommissie") and may be cut short in parentheses ("(Ksa)"); a name shortened to
its initials in parentheses is an organisation's ("The Privacy Collective (TPC)"); Belgian
courts ("de Brusselse ondernemingsrechtbank", "de correctionele rechtbank in Gent") and
suit nouns ("groepsvordering", "het proces dat X tegen Y had ingesteld"). Company and
foundation names are invented; the regulators are the reference base's or invented.
"""

from __future__ import annotations

import pytest
from sentences import entity_types
from sentences import facts as _facts

AP = "Autoriteit Persoonsgegevens"
ACM = "Autoriteit Consument en Markt"


def parties(context, text: str, language: str = "nl") -> set[tuple[str, str, str]]:
    """(type, source, status) of every party fact, whatever the case is named."""
    return {
        (kind, source, status)
        for kind, source, _, status in _facts(context, text, language)
        if kind in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


def fined(party: str, regulator: str) -> set[tuple[str, str, str]]:
    return {("DEFENDANT_IN", party, "ruled"), ("PLAINTIFF_IN", regulator, "established")}


def sued(plaintiff: str, defendant: str) -> set[tuple[str, str, str]]:
    return {("DEFENDANT_IN", defendant, "alleged"), ("PLAINTIFF_IN", plaintiff, "established")}


def courts(context, text: str) -> set[str]:
    return {target for kind, _, target, _ in _facts(context, text, "nl") if kind == "HEARD_BY"}


# -- verb second: the subject after the finite verb, the object after the subject -----------

VERB_SECOND = [
    ("Vorige maand legde de Autoriteit Persoonsgegevens Zorvik Limited een boete op.",
     fined("Zorvik Limited", AP)),
    ("Vorige week legde de ACM Zorvik Limited een boete op.", fined("Zorvik Limited", ACM)),
    ("In maart heeft de Autoriteit Persoonsgegevens TikTok beboet.", fined("TikTok", AP)),
    ("Daarom heeft de ACM het bedrijf Zorvik een boete opgelegd.", fined("Zorvik", ACM)),
    ("Gisteren heeft de stichting Datavrij het bedrijf Zorvik aangeklaagd.",
     sued("Datavrij", "Zorvik")),
    # the subject before the verb, as before
    ("De Autoriteit Persoonsgegevens heeft TikTok beboet.", fined("TikTok", AP)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERB_SECOND)
def test_a_verb_second_clause_reads_subject_then_object(context, text, expected):
    assert parties(context, text) == expected


def test_two_names_after_an_inverted_verb_are_two_entities(context):
    found = entity_types(
        context, "Vorige maand legde de Autoriteit Persoonsgegevens TikTok een boete op.", "nl"
    )
    assert "Autoriteit Persoonsgegevens TikTok" not in found
    assert {AP, "TikTok"} <= set(found)


# -- bodies named by one compound word, and their short form in parentheses ------------------

BODIES = [
    ("De Kansspelcommissie heeft Zorvik beboet.", fined("Zorvik", "Kansspelcommissie")),
    ("Zorvik kreeg een boete van de Mededingingsautoriteit.",
     fined("Zorvik", "Mededingingsautoriteit")),
    ("Vorige week legde de Kansspelautoriteit Zorvik Limited een boete op.",
     fined("Zorvik Limited", "Kansspelautoriteit")),
    # the fine told without its bringer: the body that a sentence before names as its
    # subject, after the verb ("heeft de Kansspelautoriteit"), and by its short form
    ("Vorige maand heeft de Kansspelautoriteit (Ksa) boetes opgelegd aan drie gokbedrijven. "
     "Het toezicht is streng, meldt de Ksa. De boetes zijn opgelegd aan Zorvik Limited en "
     "Blinkbet Limited.",
     fined("Zorvik Limited", "Kansspelautoriteit") | fined("Blinkbet Limited", "Kansspelautoriteit")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_a_public_body_named_by_one_compound_word(context, text, expected):
    assert parties(context, text) == expected


def test_a_short_form_in_parentheses_is_no_entity_of_its_own(context):
    text = "In december heeft de Kansspelautoriteit (Ksa) Zorvik Limited een boete opgelegd."
    found = entity_types(context, text, "nl")
    assert "Ksa" not in found
    assert found["Kansspelautoriteit"] == "Organization"


# -- a name shortened to its initials is an organisation's ---------------------------------

INITIALLED = [
    ("The Privacy Collective (TPC) vindt dat het mis is. TPC begon in augustus een procedure "
     "tegen Oracle en Salesforce.",
     "nl",
     sued("The Privacy Collective", "Oracle") | {("DEFENDANT_IN", "Salesforce", "alleged")}),
    ("Eerlijk Digitaal Nederland (EDN) waarschuwt al jaren. EDN spande vorige week een zaak "
     "aan tegen Zorvik Limited.",
     "nl",
     sued("Eerlijk Digitaal Nederland", "Zorvik Limited")),
    ("Open Rights Watch (ORW) says its members were wronged. ORW sued Zorvik Inc. in March.",
     "en",
     sued("Open Rights Watch", "Zorvik Inc.")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), INITIALLED)
def test_a_name_shortened_to_its_initials_is_an_organisation(context, text, language, expected):
    assert parties(context, text, language) == expected


def test_a_party_in_parentheses_does_not_make_a_person_an_organisation(context):
    found = entity_types(context, "Kamerlid Mira Jansen (VVD) stelde vragen over Zorvik.", "nl")
    assert found.get("Mira Jansen") != "Organization"


# -- Belgian courts and suit nouns -----------------------------------------------------------

BELGIAN = [
    ("De pleidooien in het proces dat consumentenorganisatie Datavrij voor de Brusselse "
     "ondernemingsrechtbank had ingesteld tegen de socialenetwerksite Zorvik worden uitgesteld.",
     sued("Datavrij", "Zorvik"), {"Ondernemingsrechtbank Brussel"}),
    ("Consumentenorganisatie Datavrij had een groepsvordering ingesteld tegen Zorvik.",
     sued("Datavrij", "Zorvik"), set()),
    ("De stichting Datavrij heeft bij de Antwerpse rechtbank van koophandel een zaak "
     "aangespannen tegen Zorvik.",
     sued("Datavrij", "Zorvik"), {"Ondernemingsrechtbank Antwerpen"}),
    ("De correctionele rechtbank in Gent veroordeelde Mira Jansen.",
     {("DEFENDANT_IN", "Mira Jansen", "ruled")}, {"Rechtbank van eerste aanleg Gent"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "heard_by"), BELGIAN)
def test_belgian_courts_and_suit_nouns(context, text, expected, heard_by):
    assert parties(context, text) == expected
    assert courts(context, text) == heard_by


# -- a court before the object of a verb-second clause is no court of that name --------------

COURT_OR_OBJECT = [
    ("Gisteren heeft de rechtbank Zorvik Limited veroordeeld.", set()),
    ("Woensdag veroordeelde de rechtbank Zorvik Limited tot een boete.", set()),
    # a known seat stays the court's, the name after it the object
    ("Gisteren heeft de rechtbank Rotterdam Zorvik Limited veroordeeld.", {"Rechtbank Rotterdam"}),
    # after a preposition any seat is the court's
    ("De zaak van Datavrij tegen Zorvik Limited diende bij de rechtbank Kopenhagen.",
     {"Rechtbank Kopenhagen"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "heard_by"), COURT_OR_OBJECT)
def test_a_name_after_a_verb_second_court_is_its_object(context, text, heard_by):
    found = _facts(context, text, "nl")
    assert {t for k, _, t, _ in found if k == "HEARD_BY"} == heard_by
    assert {s for k, s, _, _ in found if k == "DEFENDANT_IN"} == {"Zorvik Limited"}


# -- a penalty asked for is no ruling ---------------------------------------------------------

DEMANDED = [
    ("nl", "In de zaak tegen Zorvik eist het OM een boete van 50.000 euro.", "Zorvik", "alleged"),
    ("en", "Prosecutors sought a fine of 50,000 dollars against Zorvik Inc.", "Zorvik Inc.",
     "alleged"),
    # a fine imposed stays ruled, a demand after it changes nothing
    ("en", "The court fined Zorvik Inc. 50,000 dollars, less than prosecutors had sought.",
     "Zorvik Inc.", "ruled"),
    ("nl", "Vorige week heeft de Autoriteit Persoonsgegevens Zorvik Limited beboet.",
     "Zorvik Limited", "ruled"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "party", "status"), DEMANDED)
def test_a_penalty_demanded_leaves_the_defendant_alleged(context, language, text, party, status):
    found = _facts(context, text, language)
    assert {(s, st) for k, s, _, st in found if k == "DEFENDANT_IN"} == {(party, status)}


# -- parties that sue together ----------------------------------------------------------------

TOGETHER = [
    ("nl", "Stichting Datavrij heeft, samen met de Consumentenbond, een zaak aangespannen tegen "
     "Zorvik.", {"Stichting Datavrij", "Consumentenbond"}),
    ("nl", "Stichting Datavrij heeft, alsook de Consumentenbond, een zaak aangespannen tegen "
     "Zorvik.", {"Stichting Datavrij", "Consumentenbond"}),
    ("nl", "De rechtszaak die stichting Datavrij in samenwerking met de Consumentenbond heeft "
     "aangespannen tegen Zorvik, begint donderdag.", {"Datavrij", "Consumentenbond"}),
    ("en", "The Data Rights Trust has, together with Consumer Watch, filed a lawsuit against "
     "Zorvik Inc.", {"Data Rights Trust", "Consumer Watch"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "plaintiffs"), TOGETHER)
def test_parties_that_sue_together_are_both_plaintiffs_and_serve_no_one(
    context, language, text, plaintiffs
):
    found = _facts(context, text, language)
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == plaintiffs
    assert not {f for f in found if f[0] == "SERVICED"}


# -- a plural noun that opens a sentence before the names it describes ----------------------

PLURAL_OPENERS = [
    ("Webshops Zorvik en Blinkbet kregen boetes van de ACM.", {"Zorvik", "Blinkbet"}),
    ("Kledingwinkels Zorvik en Blinkbet kregen boetes van de ACM.", {"Zorvik", "Blinkbet"}),
    ("Reisbureaus Zorvik en Blinkbet kregen boetes van de ACM.", {"Zorvik", "Blinkbet"}),
    ("Winkels Zorvik en Blinkbet kregen boetes van de ACM.", {"Zorvik", "Blinkbet"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "defendants"), PLURAL_OPENERS)
def test_a_plural_noun_opening_the_sentence_is_no_part_of_a_name(context, text, defendants):
    found = _facts(context, text, "nl")
    assert {s for k, s, _, _ in found if k == "DEFENDANT_IN"} == defendants


NAMES_KEPT = [
    # a body named after its members and country keeps its first word
    ("Zorgverzekeraars Nederland heeft Zorvik aangeklaagd.", "Zorgverzekeraars Nederland"),
    ("Eerlijk Digitaal Nederland heeft Zorvik aangeklaagd.", "Eerlijk Digitaal Nederland"),
]


@pytest.mark.parametrize(("text", "plaintiff"), NAMES_KEPT)
def test_a_name_that_opens_with_an_ordinary_word_is_kept(context, text, plaintiff):
    found = _facts(context, text, "nl")
    assert {s for k, s, _, _ in found if k == "PLAINTIFF_IN"} == {plaintiff}
