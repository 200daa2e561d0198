"""Dutch news phrasings of platform cases (issue #10), on sentences written for these tests:
regulators' fines in every word order ("krijgt van de AP een boete", "heeft X een boete
gegeven"), company names that end in a company word ("Clearview AI"), and a name that keeps
the type it was read with when "het bedrijf" points back to it. Names are invented unless a
row is about the reference base.
"""

from __future__ import annotations

import pytest
from sentences import extracted, sued

AP = "Autoriteit Persoonsgegevens"


def facts(context, text: str, language: str = "nl") -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship but MENTIONS."""
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name, entities[r.target].name, r.status) for r in relationships
    }


def fined(party: str, regulator: str = AP) -> set[tuple[str, ...]]:
    case = f"{regulator} v. {party}"
    return {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


FINES = [
    # the fined party as subject, the regulator after "van"
    ("Het taxibedrijf Rydeon krijgt van de Autoriteit Persoonsgegevens een boete van 12 "
     "miljoen euro.", fined("Rydeon")),
    ("Het streamingbedrijf Flixora heeft een boete van 4 miljoen euro gekregen van de "
     "Autoriteit Persoonsgegevens.", fined("Flixora")),
    # the regulator as subject, the fined party as indirect object, "geven" for "opleggen"
    ("De Autoriteit Persoonsgegevens heeft het bedrijf Facelens AI voor het verzamelen van "
     "gezichtsfoto's een boete van dertig miljoen euro gegeven.", fined("Facelens AI")),
    ("De Autoriteit Consument en Markt geeft het boekingsplatform Stayzo een boete van "
     "twee miljoen euro.", fined("Stayzo", "Autoriteit Consument en Markt")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FINES)
def test_fines(context, text, expected):
    assert facts(context, text) == expected


def test_a_company_word_may_end_a_name(context):
    """ "Facelens AI" is a company's name, not two words to skip for the capitals of "AI"."""
    entities, _ = extracted(context, "Het bedrijf Facelens AI verkoopt software.", "nl")
    assert "Facelens AI" in {e.name for e in entities.values()}


def test_the_company_keeps_the_reading_of_its_name(context):
    """A name typed Organization by its noun stays one entity when "het bedrijf" points
    back to it (a Vendor reading of the same name would be a second node)."""
    text = (
        "Het taxibedrijf Rydeon krijgt van de Autoriteit Persoonsgegevens een boete van 12 "
        "miljoen euro. Het bedrijf krijgt die boete omdat het gegevens doorgaf."
    )
    entities, relationships = extracted(context, text, "nl")
    defendants = {
        (entities[r.source].type, entities[r.source].name)
        for r in relationships
        if r.type == "DEFENDANT_IN"
    }
    assert defendants == {("Organization", "Rydeon")}


TRAPS = [
    # a fine that may come is no fine
    "Het bedrijf Rydeon kan een boete van de Autoriteit Persoonsgegevens krijgen.",
    "De Autoriteit Persoonsgegevens overweegt Rydeon een boete te geven.",
    # a modal after the participle of a verb-final clause: a guess, not a prosecution
    "Onder die wet zou het forum Praatpaal bijvoorbeeld vervolgd kunnen worden.",
    "Het hostingbedrijf Serverzon kan worden vervolgd als het niet meewerkt.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps(context, text):
    assert {f for f in facts(context, text) if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")} == set()


COLLECTIVE_ACTIONS = [
    # foundations' mass claims by their compound nouns, and collective actions
    ("De Stichting Privacyclaim is een collectieve actie tegen de app Chatterbox begonnen.",
     sued("Stichting Privacyclaim", "Chatterbox")),
    ("Stichting Kinderrecht diende een miljardenclaim in tegen de app Chatterbox.",
     sued("Stichting Kinderrecht", "Chatterbox")),
    ("Stichting Kinderrecht voert een massaschadeclaim tegen de app Chatterbox.",
     sued("Stichting Kinderrecht", "Chatterbox")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_ACTIONS)
def test_collective_actions(context, text, expected):
    assert facts(context, text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Autoriteit Persoonsgegevens legt de app Chatterbox een boete op. Er liggen twee "
         "massaclaims tegen het bedrijf.", "nl"),
        ("The Federal Trade Commission fined the app Chatterbox. Two lawsuits are pending "
         "against the company.", "en"),
    ],
)  # fmt: skip
def test_the_company_is_no_public_body(context, text, language):
    """ "het bedrijf", "the company" point back to a company, never to the regulator."""
    defendants = {f[1] for f in facts(context, text, language) if f[0] == "DEFENDANT_IN"}
    assert defendants == {"Chatterbox"}


def owns(context, text: str) -> set[tuple[str, ...]]:
    return {f for f in facts(context, text) if f[0] == "OWNS"}


def test_a_hedge_leaves_an_identifying_apposition_established(context):
    """The accusation is alleged; "moederbedrijf Praatgroep" only says who the party is
    (docs/annotation.md, section 5). A copula makes ownership the claim itself."""
    assert owns(
        context, "De vrouwen beschuldigen de site Chatterbox en moederbedrijf Praatgroep van "
        "uitbuiting."
    ) == {("OWNS", "Praatgroep", "Chatterbox", "established")}  # fmt: skip
    assert owns(
        context, "Volgens de aanklacht is Praatgroep de eigenaar van de site Chatterbox."
    ) == {("OWNS", "Praatgroep", "Chatterbox", "alleged")}  # fmt: skip


def places(context, text: str) -> set[tuple[str, ...]]:
    return {(f[1], f[2]) for f in facts(context, text) if f[0] == "IN_JURISDICTION"}


def test_a_fronted_titled_state_places_the_case(context):
    found = places(
        context, "In de Amerikaanse staat Californië is donderdag door twaalf vrouwen een "
        "aanklacht ingediend tegen de website Chatterbox."
    )  # fmt: skip
    assert {jurisdiction for _, jurisdiction in found} == {"California"}


def test_a_fine_names_no_party_in_a_later_clause(context):
    """ "nadat ... bij de belangenorganisatie X": a complainant in a clause after the fine,
    not the fined party."""
    found = facts(
        context, "De Autoriteit Persoonsgegevens heeft de boete opgelegd nadat chauffeurs aan "
        "de bel trokken bij de belangenorganisatie Rijdersbond."
    )  # fmt: skip
    assert {f for f in found if f[0] == "DEFENDANT_IN"} == set()


def test_het_hof_is_no_rechtbank(context):
    """ "het hof" points back to a court of appeal, never to the district court of an
    earlier case."""
    found = facts(
        context, "Stichting Kinderrecht heeft een rechtszaak aangespannen tegen de app "
        "Chatterbox bij de rechtbank Amsterdam. In een recente zaak tegen de app Praatpaal "
        "bepaalde het hof juist dat zo'n eis mag."
    )  # fmt: skip
    heard = {(f[1], f[2]) for f in found if f[0] == "HEARD_BY"}
    assert heard == {("Stichting Kinderrecht v. Chatterbox", "Rechtbank Amsterdam")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Autoriteit Persoonsgegevens deed een jaar lang onderzoek naar de app, die eigendom "
         "is van het bedrijf Praatgroep.", "nl"),
        ("The regulator opened an investigation into the app, which is owned by the company "
         "Zorblat Holdings.", "en"),
    ],
)  # fmt: skip
def test_an_owner_in_a_relative_clause_is_not_investigated(context, text, language):
    """The owner named in a relative clause after the investigated party is no defendant."""
    assert {f for f in facts(context, text, language) if f[0] == "DEFENDANT_IN"} == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De directeur van het hostingbedrijf Serverzon zou volgens het OM kinderporno hebben "
         "gehost.", "nl"),
        ("Volgens het Openbaar Ministerie verzorgde het hostingbedrijf Serverzon de hosting "
         "van de site Chatterbox.", "nl"),
        ("According to the Justice Department, the hosting company Serverzon hosted the site "
         "Chatterbox.", "en"),
    ],
)  # fmt: skip
def test_the_source_of_a_statement_is_no_customer(context, text, language):
    """ "volgens het OM", "according to the Justice Department": the source a statement is
    attributed to is never an end of it (here: no prosecutor served by the host)."""
    served = {f[2] for f in facts(context, text, language) if f[0] == "SERVICED"}
    assert served <= {"Chatterbox"}
    assert "Openbaar Ministerie" not in served and "U.S. Department of Justice" not in served


CASE_PHRASES = [
    # "de zaak van X tegen Y": the bringer after "van", the defendant after "tegen"
    ("De rechtszaak van Stichting Kinderrecht tegen de app Chatterbox trekt veel aandacht.",
     sued("Stichting Kinderrecht", "Chatterbox")),
    # "de boete van X aan Y", confirmed by the administrative appeals court
    ("Het College van Beroep voor het bedrijfsleven heeft de boete van de ACM aan het "
     "platform Stayzo bevestigd.",
     fined("Stayzo", "Autoriteit Consument en Markt")
     | {("HEARD_BY", "Autoriteit Consument en Markt v. Stayzo",
         "College van Beroep voor het bedrijfsleven", "established")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASE_PHRASES)
def test_case_phrases(context, text, expected):
    assert facts(context, text) == expected


def test_a_fine_of_an_amount_names_no_regulator(context):
    """ "een boete van 290 miljoen euro": an amount after "van", no bringer."""
    found = facts(context, "Het platform Stayzo krijgt een boete van 290 miljoen euro.")
    assert {f for f in found if f[0] == "PLAINTIFF_IN"} == set()


def test_a_hyphened_type_noun_opening_a_sentence_is_no_name(context):
    """ "Video-app Chatterbox ...": the platform is Chatterbox, "Video" is no app's name
    (but "de Parler-app" names Parler)."""
    found = facts(
        context, "Video-app Chatterbox heeft van de Autoriteit Persoonsgegevens een boete gekregen."
    )
    assert {f[1] for f in found if f[0] == "DEFENDANT_IN"} == {"Chatterbox"}
    entities, _ = extracted(context, "De Parler-app is verwijderd uit de winkel van Apple.", "nl")
    assert "Parler" in {e.name for e in entities.values()}
