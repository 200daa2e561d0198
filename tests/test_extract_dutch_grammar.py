"""Dutch clause grammar in platform cases (issue #10), on sentences written for these tests:
the passive with its "door" agent (the agent fines or charges, it is never the party
charged, also over an article and in a relative clause), a main clause whose verb stands
second after an adverbial that names a place, a regulator's inquiry opened "naar aanleiding
van" a complaint, "de procedure die X tegen Y aanspande", an infinitive that an article
makes a noun ("het opleggen van een boete"), and a person's epithet pointing back ("de
zakenman"). Names are invented.
"""

from __future__ import annotations

import pytest
from sentences import extracted

AP = "Autoriteit Persoonsgegevens"
ACM = "Autoriteit Consument en Markt"


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


PASSIVE_FINES = [
    # the passive: the "door" agent fines, the subject is fined
    ("Het datingplatform Klikvonk werd door de Autoriteit Persoonsgegevens beboet.",
     fined("Klikvonk")),
    ("De webwinkel Koopgraag is beboet door de Autoriteit Consument en Markt.",
     fined("Koopgraag", ACM)),
    # a relative clause with no subject of its own: the name it follows is fined
    ("Het forum Praatkolk, dat door de Autoriteit Persoonsgegevens werd beboet, gaat in "
     "beroep.", fined("Praatkolk")),
    # the active voice stays as it was
    ("De Autoriteit Persoonsgegevens heeft het datingplatform Klikvonk beboet.",
     fined("Klikvonk")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PASSIVE_FINES)
def test_passive_fines(context, text, expected):
    assert facts(context, text) == expected


def test_the_agent_of_a_passive_charge_is_never_the_party_charged(context):
    """ "werden de beheerders door het OM aangeklaagd": the unnamed suspects are charged; the
    prosecution service over its article is the agent, no defendant."""
    text = "Daarna werden de drie beheerders door het Openbaar Ministerie aangeklaagd."
    assert not {f for f in facts(context, text) if f[0] == "DEFENDANT_IN"}


def test_a_fronted_place_leaves_the_subject_after_the_verb(context):
    """ "Ook in Duitsland kreeg X een boete": the place belongs to the opening adverbial, the
    subject follows the verb that stands second."""
    text = "Ook in Duitsland kreeg het datingplatform Klikvonk een boete."
    defendants = {(f[1], f[3]) for f in facts(context, text) if f[0] == "DEFENDANT_IN"}
    assert defendants == {("Klikvonk", "ruled")}


@pytest.mark.parametrize(
    "text",
    [
        # a fronted adverbial with a relative clause, closed by a comma before the verb
        "Ook in Duitsland, waar duizenden klanten werden getroffen, kreeg het datingplatform "
        "Klikvonk een boete.",
        # a fronted subordinate clause
        "Nadat de toezichthouder klachten had ontvangen, kreeg het datingplatform Klikvonk een "
        "boete.",
    ],
)
def test_a_fronted_clause_leaves_the_subject_after_the_verb(context, text):
    defendants = {(f[1], f[3]) for f in facts(context, text) if f[0] == "DEFENDANT_IN"}
    assert defendants == {("Klikvonk", "ruled")}


def test_an_inquiry_prompted_by_a_complaint_examines_no_complainant(context):
    """ "naar aanleiding van klachten van X": the "naar" of the idiom opens no inquiry into
    X."""
    text = (
        "De privacywaakhond begon het onderzoek naar aanleiding van klachten van Stichting "
        "Privacyrecht, een Oostenrijkse stichting."
    )
    assert not {f for f in facts(context, text) if f[0] == "DEFENDANT_IN"}


def test_the_bringer_inside_a_relative_clause_is_not_sued(context):
    """ "de procedure die X tegen Y heeft aangespannen": Y is the defendant, X brings it."""
    text = (
        "De rechtbank oordeelde in de procedure die Stichting Muziekrecht tegen het forum "
        "Praatkolk heeft aangespannen."
    )
    case = "Stichting Muziekrecht v. Praatkolk"
    found = {f for f in facts(context, text) if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}
    assert found == {
        ("DEFENDANT_IN", "Praatkolk", case, "alleged"),
        ("PLAINTIFF_IN", "Stichting Muziekrecht", case, "established"),
    }


def test_an_infinitive_made_a_noun_is_no_act(context):
    """ "zoals het opleggen van een boete": a kind of measure the regulator may take, no fine
    imposed on anyone."""
    text = (
        "Het bedrijf mag reageren voordat de Autoriteit Consument en Markt actie onderneemt, "
        "zoals het opleggen van een boete of het opleggen van een last onder dwangsom."
    )
    assert facts(context, text) == set()


def test_a_person_epithet_points_back(context):
    """ "De zakenman wordt in Frankrijk vervolgd": the businessman named before is
    prosecuted."""
    text = (
        "Pavel Varga richtte de berichtendienst Kletsapp op. De steenrijke zakenman wordt in "
        "Frankrijk vervolgd."
    )
    found = facts(context, text)
    assert ("DEFENDANT_IN", "Pavel Varga", "France v. Pavel Varga", "alleged") in found


def test_a_failure_named_by_a_negated_infinitive_denies_nothing(context):
    """ "aansprakelijk voor het niet verstrekken van gegevens": the negation belongs to the
    infinitive an article makes a noun, so the court's holding stands, and the court that
    holds the host liable hears the case."""
    text = (
        "De rechtbank in Den Haag houdt hostingprovider Serverhuis aansprakelijk voor het "
        "niet verstrekken van gegevens aan Stichting Muziekrecht."
    )
    found = facts(context, text)
    assert ("DEFENDANT_IN", "Serverhuis", "Plaintiffs v. Serverhuis", "ruled") in found
    assert ("HEARD_BY", "Plaintiffs v. Serverhuis", "Rechtbank Den Haag", "established") in found
    # the negated infinitive is itself no service to anyone
    assert not {f for f in found if f[0] == "SERVICED"}


def test_a_plain_negation_still_denies(context):
    text = "De rechtbank in Den Haag heeft hostingprovider Serverhuis niet aansprakelijk gesteld."
    assert not {f for f in facts(context, text) if f[0] == "DEFENDANT_IN"}


def test_the_bringer_of_a_suit_told_without_its_defendant_waits_for_it(context):
    """ "de procedure die X heeft aangespannen" names no defendant; "de zaak tegen Y" in a
    later sentence is that suit."""
    text = (
        "Het Hof oordeelde in een procedure die auteursrechtenvereniging Muziekrecht heeft "
        "aangespannen. De zaak tegen het forum Praatkolk gaat door."
    )
    case = "Muziekrecht v. Praatkolk"
    found = {f for f in facts(context, text) if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}
    assert found == {
        ("DEFENDANT_IN", "Praatkolk", case, "alleged"),
        ("PLAINTIFF_IN", "Muziekrecht", case, "established"),
    }


def test_a_fine_imposed_in_the_passive_by_its_agent(context):
    """ "De boete werd aan X opgelegd door de AP": the agent imposes, "aan" names the fined;
    the regulator after "door" is never the fined party."""
    text = "De boete werd aan het taxibedrijf Rydeon opgelegd door de Autoriteit Persoonsgegevens."
    assert facts(context, text) == fined("Rydeon")


@pytest.mark.parametrize(
    "second",
    [
        "De boete is opgelegd door de Autoriteit Persoonsgegevens.",
        "Die boete werd door de Autoriteit Persoonsgegevens uitgedeeld.",
    ],
)
def test_a_later_passive_names_the_bringer_of_the_fine_told_before(context, second):
    """ "X krijgt een boete. Die boete werd door de AP opgelegd": the fine the noun points
    back to is the AP's; the AP is not fined."""
    text = f"Het taxibedrijf Rydeon krijgt een boete van 600.000 euro. {second}"
    assert facts(context, text) == fined("Rydeon")


def test_a_possessive_before_the_fine_is_no_passive(context):
    """ "heeft zijn hoogste boete opgelegd aan X": "zijn" is the regulator's, not an
    auxiliary."""
    text = (
        "De Autoriteit Persoonsgegevens heeft zijn hoogste boete ooit opgelegd aan het "
        "taxibedrijf Rydeon."
    )
    assert facts(context, text) == fined("Rydeon")
