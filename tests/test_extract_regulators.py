"""Regulators' fines and proceedings and non-US courts (issue #10), on sentences written for
these tests: British and European captions ("A v B"), fines imposed, slapped, received or
hit with, a regulator's finding of a breach, the EU's courts and other countries' highest
courts, in English and Dutch. Names are invented unless a row is about the reference base."""

from __future__ import annotations

import pytest
from test_extract_proceedings import D, H, P, facts

EN = [
    # a British caption: "v" without a dot, a company with "Limited" and a place in its name
    (
        "The judges ruled in Maria Kessel v Zorblat Ireland Limited last spring.",
        {
            P("Maria Kessel", "Maria Kessel v. Zorblat Ireland Limited"),
            D("Zorblat Ireland", "Maria Kessel v. Zorblat Ireland Limited"),
        },
    ),
    # a fine imposed by a regulator whose short form stands in parentheses (the Irish
    # regulator is in the reference base under its own name)
    (
        "The Irish Data Protection Commission (DPC) has slapped a €40m fine on Quixly.",
        {
            P("Data Protection Commission", "Data Protection Commission v. Quixly"),
            D("Quixly", "Data Protection Commission v. Quixly", "ruled"),
        },
    ),
    # the group a name qualifies is that name, never an organisation named before
    (
        "The Nordic Trade Authority has imposed a fine of EUR 3 million on two companies of "
        "the Zorblat Ltd group.",
        {
            P("Nordic Trade Authority", "Nordic Trade Authority v. Zorblat Ltd"),
            D("Zorblat Ltd", "Nordic Trade Authority v. Zorblat Ltd", "ruled"),
        },
    ),
    # hit with a fine by a regulator
    (
        "Social media giant Quixly has been hit with a €90 million fine by the European "
        "Commission.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly", "ruled"),
        },
    ),
    # penalising, after a fine's plural noun
    (
        "The European Commission issued its first fines on Tuesday, penalising Quixly.",
        {
            P("European Commission", "European Commission v. Quixly (2023)", "2023-06-13"),
            D("Quixly", "European Commission v. Quixly (2023)", "ruled", "2023-06-13"),
        },
    ),
    # a regulator's (provisional) finding of a breach stays alleged
    (
        "The European Commission preliminarily found Quixly in breach of its duties.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly"),
        },
    ),
    # a place's "-based" between the verb and the fined party
    (
        "Ofcom has fined U.S.-based internet forum Quixly £20,000.",
        {P("Ofcom", "Ofcom v. Quixly"), D("Quixly", "Ofcom v. Quixly", "ruled")},
    ),
    # the platform an owner's name qualifies is the party
    (
        "Zorblat sued Meta's Instagram.",
        {
            P("Zorblat", "Zorblat v. Instagram"),
            D("Instagram", "Zorblat v. Instagram"),
            ("OWNS", "Meta Platforms", "Instagram", "established"),
        },
    ),
    # the EU's courts and a country's highest court by its adjective
    (
        "Zorblat sued Quixly in 2021. The General Court dismissed the case.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "General Court of the European Union"),
        },
    ),
    (
        "Zorblat sued Quixly in 2021. The ECJ ruled in the case.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "Court of Justice of the European Union"),
        },
    ),
    (
        "Zorblat sued Quixly in 2021. The Court of Justice of the European Union dismissed "
        "the case.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "Court of Justice of the European Union"),
        },
    ),
    (
        "Zorblat sued Quixly in 2021. The Austrian Supreme Court dismissed the case.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "Supreme Court of Austria"),
        },
    ),
    # a suit the fined party files against its regulator is another proceeding
    (
        "Ofcom has fined the forum Quixly £20,000. Quixly's owner Jan Brandt has filed a "
        "lawsuit against Ofcom in the United States.",
        {
            P("Ofcom", "Ofcom v. Quixly"),
            D("Quixly", "Ofcom v. Quixly", "ruled"),
            P("Jan Brandt", "Jan Brandt v. Ofcom"),
            D("Ofcom", "Jan Brandt v. Ofcom"),
            ("IN_JURISDICTION", "Jan Brandt v. Ofcom", "United States", "established"),
            ("OWNS", "Jan Brandt", "Quixly", "established"),
        },
    ),
]

NL = [
    (
        "De Autoriteit Persoonsgegevens (AP) heeft Zorblat een boete van 5 miljoen euro opgelegd.",
        {
            P("Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens v. Zorblat"),
            D("Zorblat", "Autoriteit Persoonsgegevens v. Zorblat", "ruled"),
        },
    ),
    (
        "De toezichthouder ACM beboette het forum Zorblat.",
        {
            P("Autoriteit Consument en Markt", "Autoriteit Consument en Markt v. Zorblat"),
            D("Zorblat", "Autoriteit Consument en Markt v. Zorblat", "ruled"),
        },
    ),
    (
        "Het socialemediaplatform Zorblat kreeg een boete van 120 miljoen euro.",
        {D("Zorblat", "Plaintiffs v. Zorblat", "ruled")},
    ),
    (
        "Zorblat klaagde Quixly in 2021 aan. Het Gerecht van de Europese Unie verwierp de zaak.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "General Court of the European Union"),
        },
    ),
    (
        "Zorblat klaagde Quixly in 2021 aan. Het Oostenrijkse Hooggerechtshof verwierp de zaak.",
        {
            P("Zorblat", "Zorblat v. Quixly (2021)", "2021"),
            D("Quixly", "Zorblat v. Quixly (2021)", "alleged", "2021"),
            H("Zorblat v. Quixly (2021)", "Supreme Court of Austria"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_regulators_and_courts(context, text, expected):
    assert facts(context, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), NL)
def test_dutch_regulators_and_courts(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_a_case_about_a_fine_is_no_defendant_of_its_regulator(context):
    """A fine imposed on the companies of a group: the regulator never becomes a defendant
    of its own proceeding (the group phrase once pointed back to it)."""
    found = facts(
        context,
        "The Nordic Trade Authority has imposed a fine of EUR 3 million jointly on three "
        "companies of the Zorblat Ltd group.",
        "en",
    )
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Nordic Trade Authority" for f in found)


EN_ROUND2 = [
    # the union a text names for its regulator's proceedings and fines
    (
        "The European Union has opened formal proceedings against Quixly over suspected "
        "breaches of the Digital Services Act.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly"),
            ("INVOKES", "European Commission v. Quixly", "Digital Services Act", "alleged"),
        },
    ),
    (
        "The EU fined Quixly €5 million.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly", "ruled"),
        },
    ),
    # ... but never sues in its own name
    ("The EU sued Quixly.", {D("Quixly", "Plaintiffs v. Quixly")}),
]

NL_ROUND2 = [
    (
        "De Europese Unie beboette Quixly.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly", "ruled"),
        },
    ),
    (
        "De EU opende een onderzoek naar Quixly.",
        {
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_ROUND2)
def test_english_union_enforcer(context, text, expected):
    assert facts(context, text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), NL_ROUND2)
def test_dutch_union_enforcer(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_an_owner_before_an_unread_name_is_no_defendant(context):
    """ "against Elon Musk's X": X is the party even when no reading of it is made; the
    owner never is."""
    found = facts(
        context,
        "The regulator opened formal proceedings against Lena Marsh's Q over its checkmarks.",
        "en",
    )
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Lena Marsh" for f in found)


def test_according_starts_no_name(context):
    found = facts(
        context, "According to the Commission's analysis, Quixly's risk assessment was wrong.", "en"
    )
    assert not any(f[0] == "PLAINTIFF_IN" for f in found)


EN_ROUND3 = [
    # a court that delivers or renders its judgment in a case
    (
        "The Austrian Supreme Court has delivered its final judgement in the case Maria "
        "Kessel v. Zorblat Ireland Ltd.",
        {
            P("Maria Kessel", "Maria Kessel v. Zorblat Ireland Ltd."),
            D("Zorblat Ireland", "Maria Kessel v. Zorblat Ireland Ltd."),
            H("Maria Kessel v. Zorblat Ireland Ltd.", "Supreme Court of Austria"),
        },
    ),
    (
        "The ECJ rendered its judgment in Case C-1/20 (Maria Kessel v Zorblat Ireland Limited).",
        {
            P("Maria Kessel", "Maria Kessel v. Zorblat Ireland Limited"),
            D("Zorblat Ireland", "Maria Kessel v. Zorblat Ireland Limited"),
            H("Maria Kessel v. Zorblat Ireland Limited", "Court of Justice of the European Union"),
        },
    ),
    # a headline that names no bringer: the case is named after the one a later sentence names
    (
        "Quixly fined €17m by watchdog. The Nordic Data Protection Authority has slammed a €17m "
        "fine on Quixly.",
        {
            P("Nordic Data Protection Authority", "Nordic Data Protection Authority v. Quixly"),
            D("Quixly", "Nordic Data Protection Authority v. Quixly", "ruled"),
        },
    ),
    # a heading caption with the regulator's short form is the proceeding the text tells of
    (
        "The Nordic Data Protection Commission (NDPC) has imposed a fine on Quixly. NDPC v "
        "Quixly. The NDPC said Quixly did not appeal.",
        {
            P("Nordic Data Protection Commission", "NDPC v. Quixly"),
            D("Quixly", "NDPC v. Quixly", "ruled"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_ROUND3)
def test_english_judgments_and_late_bringers(context, text, expected):
    assert facts(context, text, "en") == expected


def test_x_is_the_platform_where_a_lone_letter_may_be_a_name(context):
    """ "X" is the reference base's platform formerly called Twitter: after an owner's
    possessive and as a sentence's subject, never inside "X-ray" or after a capitalised
    word it completes ("Malcolm X")."""
    found = facts(
        context,
        "The European Commission has opened formal proceedings against Elon Musk's X over "
        "suspected breaches of the Digital Services Act.",
        "en",
    )
    assert D("Twitter", "European Commission v. Twitter") in found
    assert P("European Commission", "European Commission v. Twitter") in found
    assert any(f[:3] == ("OWNS", "Elon Musk", "Twitter") for f in found)
    for text in ("Malcolm X sued Quixly.", "An X-ray maker sued Quixly."):
        assert not any("Twitter" in f[1:3] for f in facts(context, text, "en")), text


def test_a_commissioner_is_no_party_of_the_office_s_case(context):
    found = facts(
        context,
        "The eSafety Commissioner sued Quixly. eSafety Commissioner Julie Marsh defended her "
        "decision to pursue a case against Quixly.",
        "en",
    )
    assert P("eSafety Commissioner", "eSafety Commissioner v. Quixly") in found
    assert not any(f[0] == "PLAINTIFF_IN" and f[1] == "Julie Marsh" for f in found)


def test_namely_lists_the_fined_members_of_a_group(context):
    found = facts(
        context,
        "The Nordic Trade Authority has imposed a fine on three companies of the Zorblat Ltd "
        "group, namely Quixly Limited and Vexa Srl.",
        "en",
    )
    case = "Nordic Trade Authority v. Quixly Limited"
    assert found == {
        P("Nordic Trade Authority", case),
        D("Quixly Limited", case, "ruled"),
        D("Vexa Srl", case, "ruled"),
    }


def test_namelijk_lists_the_fined_members_of_a_group(context):
    found = facts(
        context,
        "De ACM beboette twee bedrijven van de Zorblat-groep, namelijk Quixly B.V. en Vexa B.V.",
        "nl",
    )
    case = "Autoriteit Consument en Markt v. Quixly B.V."
    assert found == {
        P("Autoriteit Consument en Markt", case),
        D("Quixly B.V.", case, "ruled"),
        D("Vexa B.V.", case, "ruled"),
    }


def test_an_investigation_into_an_owner_s_conduct_is_into_the_owner(context):
    found = facts(
        context,
        "The Nordic Trade Authority opened an investigation into Meta's handling of user "
        "data that helped rivals like Zorblat Inc. to grow.",
        "en",
    )
    case = "Nordic Trade Authority v. Meta Platforms"
    assert D("Meta Platforms", case) in found
    assert P("Nordic Trade Authority", case) in found
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Zorblat" for f in found)
