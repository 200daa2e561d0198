"""Proceedings that went undetected (issue #10), on sentences written for these tests: the
Dutch verb-second clause whose fronted adverbial puts the subject after the auxiliary ("Vorige
week heeft A het bedrijf X aangeklaagd": A sues, X is sued); a suit before any court noun
("daagde X voor het gerechtshof", "sleepte X voor de Hoge Raad", "heeft X voor een rechtbank
in Texas gedaagd"); a court noun before a country or state names no court; proceedings
"commenced", "instituted" or "taken" by a regulator against a party. Names are invented.
"""

from __future__ import annotations

import pytest
from sentences import entity_types, facts


def _case(found: set[tuple[str, ...]], kind: str, name: str) -> set[str]:
    """The cases the party of this name (or a name it starts: "Velmora" of "Velmora B.V.")
    is in, as this kind of party."""
    return {case for k, party, case, _ in found if k == kind and party.startswith(name)}


INVERTED = [
    # (sentence, plaintiff, defendants)
    (
        "Vorige maand heeft de ontwerpster Marla Quint het bedrijf Zorblat B.V. aangeklaagd "
        "wegens smaad.",
        "Marla Quint",
        {"Zorblat B.V."},
    ),
    (
        "Afgelopen dinsdag heeft de stichting Leefrecht het platform Praatbox B.V. voor de "
        "rechter gedaagd om de verkoop van gegevens.",
        "Leefrecht",
        {"Praatbox B.V."},
    ),
    (
        "Donderdag heeft het Openbaar Ministerie de hostingprovider Serverloods B.V. vervolgd "
        "voor witwassen.",
        "Openbaar Ministerie",
        {"Serverloods B.V."},
    ),
    (
        "In maart heeft de stichting Netwerkvrij de bedrijven Velmora B.V. en Quintor B.V. "
        "gedagvaard wegens misleidende reclame.",
        "Netwerkvrij",
        {"Velmora B.V.", "Quintor B.V."},
    ),
]


@pytest.mark.parametrize(("text", "plaintiff", "defendants"), INVERTED)
def test_fronted_adverbial_puts_the_subject_after_the_auxiliary(
    context, text, plaintiff, defendants
):
    found = facts(context, text, "nl")
    assert {p for k, p, _, _ in found if k == "DEFENDANT_IN"} == defendants
    assert {p for k, p, _, _ in found if k == "PLAINTIFF_IN"} == {plaintiff}
    cases = set().union(*(_case(found, "DEFENDANT_IN", d) for d in defendants))
    assert cases == _case(found, "PLAINTIFF_IN", plaintiff)


def test_a_court_as_inverted_subject_is_no_party(context):
    found = facts(
        context,
        "Gisteren heeft de rechtbank Amsterdam het bedrijf Zorblat B.V. veroordeeld tot een "
        "schadevergoeding.",
        "nl",
    )
    assert {(k, p) for k, p, _, _ in found if k.endswith("_IN")} == {
        ("DEFENDANT_IN", "Zorblat B.V.")
    }
    assert {t for k, _, t, _ in found if k == "HEARD_BY"} == {"Rechtbank Amsterdam"}


BEFORE_A_COURT = [
    # (sentence, plaintiff, defendant, court)
    (
        "Afgelopen maandag daagde de stichting Leefrecht het bedrijf Velmora B.V. voor het "
        "gerechtshof in Arnhem wegens misleidende reclame.",
        "Leefrecht",
        "Velmora",
        "Gerechtshof Arnhem-Leeuwarden",
    ),
    (
        "In 2021 sleepte de stichting Leefrecht het bedrijf Velmora B.V. voor de Hoge Raad "
        "wegens misleidende reclame.",
        "Leefrecht",
        "Velmora",
        "Hoge Raad",
    ),
    (
        "Het bedrijf Quintor B.V. is in april door de stichting Leefrecht voor de "
        "Rotterdamse rechtbank gedaagd.",
        "Leefrecht",
        "Quintor B.V.",
        "Rechtbank Rotterdam",
    ),
    (
        "Vorige week daagde de ontwerpster Marla Quint het bedrijf Zorblat B.V. voor het "
        "Haagse hof wegens het volgen van gebruikers.",
        "Marla Quint",
        "Zorblat",
        "Gerechtshof Den Haag",
    ),
]


@pytest.mark.parametrize(("text", "plaintiff", "defendant", "court"), BEFORE_A_COURT)
def test_a_suit_before_any_court_noun(context, text, plaintiff, defendant, court):
    found = facts(context, text, "nl")
    (case,) = _case(found, "DEFENDANT_IN", defendant)
    assert _case(found, "PLAINTIFF_IN", plaintiff) == {case}
    assert ("HEARD_BY", case, court, "established") in found


@pytest.mark.parametrize(
    "text",
    [
        "De ontwerpster Ilse Vonk heeft het platform Praatbox B.V. voor een rechtbank in Texas "
        "gedaagd omdat het haar foto's verspreidde.",
        "De kleine webwinkel Korvano B.V. werd vorig jaar door een rechtbank in Frankrijk "
        "veroordeeld tot het betalen van een schadevergoeding.",
        "Een rechtbank in Californië heeft het bedrijf Velmora B.V. vorige week veroordeeld tot "
        "een schadevergoeding.",
    ],
)
def test_a_court_noun_before_a_country_or_state_names_no_court(context, text):
    types = entity_types(context, text, "nl")
    assert not [name for name, kind in types.items() if kind == "Court"]
    assert any(kind == "Case" for kind in types.values())


def test_a_court_noun_before_a_city_still_names_its_court(context):
    types = entity_types(
        context,
        "De ontwerpster Ilse Vonk heeft het platform Praatbox B.V. voor de rechtbank in "
        "Utrecht gedaagd omdat het haar foto's verspreidde.",
        "nl",
    )
    assert types.get("Rechtbank Midden-Nederland") == "Court"


COMMENCED = [
    (
        "The proceedings commenced by the Federal Trade Commission against the startup "
        "Zorblat Inc. were dismissed on Monday.",
        "Federal Trade Commission",
        "Zorblat Inc.",
    ),
    (
        "In a ruling on the legal action instituted by the state regulator Nordvale Authority "
        "against Quorvex Ltd, the court sided with the firm.",
        "Nordvale Authority",
        "Quorvex Ltd",
    ),
    (
        "An investigation commenced by the Federal Trade Commission in 2021 against Velmora "
        "Inc. is still open, the agency said.",
        "Federal Trade Commission",
        "Velmora Inc.",
    ),
    (
        "Proceedings taken by the Australian Competition and Consumer Commission against "
        "Korvano Pty Ltd ended with a penalty.",
        "Australian Competition and Consumer Commission",
        "Korvano Pty Ltd",
    ),
]


@pytest.mark.parametrize(("text", "plaintiff", "defendant"), COMMENCED)
def test_proceedings_commenced_or_instituted_by_a_regulator(context, text, plaintiff, defendant):
    found = facts(context, text, "en")
    (case,) = _case(found, "DEFENDANT_IN", defendant)
    assert _case(found, "PLAINTIFF_IN", plaintiff) == {case}


FRONTED_SUIT = [
    "In its complaint against Zorblat Inc., the Federal Trade Commission alleged that the "
    "company tracked children.",
    "In its suit against Zorblat Inc., the Nordvale Authority has claimed that the company "
    "hid fees.",
    "In a lawsuit filed against Quorvex Ltd, the Texas attorney general said the app misled "
    "parents.",
    "In their complaint against Velmora LLC, the Brightwater Foundation says the app sold "
    "location data.",
]


@pytest.mark.parametrize("text", FRONTED_SUIT)
def test_the_subject_after_a_fronted_suit_is_no_defendant(context, text):
    """The name after the comma that closes "In its complaint against X" is the subject of
    the main clause (a verb of saying or an auxiliary follows it), not one more defendant."""
    found = facts(context, text, "en")
    defendants = {p for k, p, _, _ in found if k == "DEFENDANT_IN"}
    assert len(defendants) == 1
    assert next(iter(defendants)).split()[0] in {"Zorblat", "Quorvex", "Velmora"}


def test_a_list_of_defendants_after_against_still_joins(context):
    found = facts(
        context,
        "The Federal Trade Commission filed a complaint against Zorblat Inc., its chief "
        "executive Dara Moll and Velmora LLC on Monday.",
        "en",
    )
    assert {p for k, p, _, _ in found if k == "DEFENDANT_IN"} == {
        "Zorblat Inc.",
        "Dara Moll",
        "Velmora LLC",
    }


ORDERED_TO_PAY = [
    ("The Federal Trade Commission ordered Zorblat Inc. to pay $50,000.", "Zorblat Inc."),
    (
        "The Nordvale Privacy Board ordered the app maker Quorvex Ltd to pay €2 million.",
        "Quorvex Ltd",
    ),
    (
        "Last year the regulator Ostland Gaming Authority ordered Velmora LLC to pay 3 million "
        "euros.",
        "Velmora LLC",
    ),
    (
        "The Federal Communications Commission ordered Korvano Inc. to refund $4 million.",
        "Korvano Inc.",
    ),
]


@pytest.mark.parametrize(("text", "ordered"), ORDERED_TO_PAY)
def test_who_orders_a_payment_is_not_the_one_ordered(context, text, ordered):
    """A past form right after a name, an amount after the trigger: a headline's passive
    ("Apple fined €500 million") only when no name stands inside the trigger's words; "X
    ordered Y to pay $N" is active, Y is ordered."""
    found = facts(context, text, "en")
    assert {(k, p, s) for k, p, _, s in found if k == "DEFENDANT_IN"} == {
        ("DEFENDANT_IN", ordered, "ruled")
    }


def test_a_headline_passive_order_still_names_the_ordered(context):
    found = facts(context, "Zorblat Inc. ordered to pay $5 million over data leak.", "en")
    assert {p for k, p, _, _ in found if k == "DEFENDANT_IN"} == {"Zorblat Inc."}


NATIONAL_HIGH_COURTS = [
    (
        "Last week the designer Marla Quint sued the startup Zorblat Inc. over its tracking of "
        "users in Ireland's High Court.",
        "High Court of Ireland",
    ),
    (
        "The privacy group Datavrij filed a lawsuit against Zorblat Inc. in New Zealand's High "
        "Court on Monday.",
        "High Court of New Zealand",
    ),
    (
        "Last week the designer Marla Quint sued the startup Zorblat Inc. over its tracking of "
        "users in Australia's Federal Court.",
        "Federal Court of Australia",
    ),
    (
        "In the United Kingdom, the designer Marla Quint sued the startup Zorblat Inc. in the "
        "High Court last year.",
        "High Court of Justice",
    ),
]


@pytest.mark.parametrize(("text", "court"), NATIONAL_HIGH_COURTS)
def test_a_countrys_high_court_hears_the_suit(context, text, court):
    """ "High Court" is a court of several countries (loaders/courts.yaml national_courts):
    the one the sentence names; a country's possessive before the court does not hide it
    from the suit's preposition."""
    found = facts(context, text, "en")
    assert {t for k, _, t, _ in found if k == "HEARD_BY"} == {court}


INCLUDED = [
    (
        "In March the regulator Nordvale Authority fined several platforms, including Zorblat, "
        "Quorvex and Velmora, 2 million euros each.",
        {"Zorblat", "Quorvex", "Velmora"},
    ),
    (
        "The state attorney general sued five app makers, including Zorblat Inc. and Quorvex "
        "Ltd, on Monday.",
        {"Zorblat Inc.", "Quorvex Ltd"},
    ),
    (
        "The watchdog fined three companies including Zorblat Inc. and Velmora LLC for data leaks.",
        {"Zorblat Inc.", "Velmora LLC"},
    ),
    ("Prosecutors charged two executives, including Dario Vell, with fraud.", {"Dario Vell"}),
]


@pytest.mark.parametrize(("text", "defendants"), INCLUDED)
def test_the_names_an_object_includes_are_the_parties(context, text, defendants):
    """An object that names no one ("several platforms", "five app makers") and a list
    opener after it: the names listed are the defendants, in one case."""
    found = facts(context, text, "en")
    assert {p for k, p, _, _ in found if k == "DEFENDANT_IN"} == defendants
    assert len({c for k, _, c, _ in found if k == "DEFENDANT_IN"}) == 1


CLAIM_AGAINST = [
    ("A judge dismissed the claim against Zorblat Inc. on Tuesday.", "Zorblat Inc."),
    ("The designer Marla Quint's claim against Zorblat Inc. was thrown out.", "Zorblat Inc."),
    ("The privacy group Datavrij lost its claim against Quorvex Ltd in March.", "Quorvex Ltd"),
    ("A negligence claim against Velmora LLC was allowed to proceed.", "Velmora LLC"),
]


@pytest.mark.parametrize(("text", "defendant"), CLAIM_AGAINST)
def test_a_claim_against_a_party_is_a_case(context, text, defendant):
    found = facts(context, text, "en")
    assert {(k, p) for k, p, _, _ in found if k == "DEFENDANT_IN"} == {("DEFENDANT_IN", defendant)}


BETWEEN = [
    # (sentence, claimant, defendant)
    (
        "In een kort geding tussen Marla Quint en Zorblat B.V. deed de rechtbank Amsterdam "
        "vorige week uitspraak.",
        "Marla Quint",
        "Zorblat B.V.",
    ),
    (
        "De voorzieningenrechter heeft in de zaak tussen de stichting Leefrecht en het "
        "platform Praatbox B.V. de vordering afgewezen.",
        "Leefrecht",
        "Praatbox B.V.",
    ),
    (
        "De bodemprocedure tussen Velmora B.V. en Quintor B.V. is door het gerechtshof Den "
        "Haag behandeld.",
        "Velmora B.V.",
        "Quintor B.V.",
    ),
    (
        "Het hof bekrachtigde het vonnis in de rechtszaak tussen de stichting Netwerkvrij en "
        "het bedrijf Korvano B.V.",
        "Netwerkvrij",
        "Korvano B.V.",
    ),
]


@pytest.mark.parametrize(("text", "claimant", "defendant"), BETWEEN)
def test_a_dutch_case_between_two_parties_names_the_claimant_first(
    context, text, claimant, defendant
):
    found = facts(context, text, "nl")
    (case,) = _case(found, "DEFENDANT_IN", defendant)
    assert _case(found, "PLAINTIFF_IN", claimant) == {case}
    assert {p for k, p, _, _ in found if k.endswith("_IN")} == {claimant, defendant}


@pytest.mark.parametrize(
    "text",
    [
        "Het geding tussen de twee bedrijven duurde jaren.",
        "De rechtszaak tussen Zorblat B.V., Quorvex B.V. en de stichting Leefrecht loopt nog.",
    ],
)
def test_a_case_between_no_two_named_parties_gives_none(context, text):
    assert not facts(context, text, "nl")
