"""Parties that went unrecognised (issue #10), on sentences written for these tests with
invented parties:

- a name's short form in brackets ("the Data Rights Fund (DRF) and the Consumer League")
  is no member of a list of parties and no break in it, in English and Dutch, before and
  after the verb;
- a Dutch compound of a body's noun that is also a known body's name
  ("gegevensbeschermingsautoriteit", the Belgian authority) introduces the name after it
  ("de Noorse gegevensbeschermingsautoriteit Datatilsynet") instead of being that body;
- an accusation whose subject points back to the bringer of a suit told without its
  defendants ("X filed a lawsuit on Monday. It accuses A of ...") names that suit's
  defendants."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names

# -- a bracketed short form inside a list of parties ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The Data Rights Fund (DRF) and the Consumer League sued Zorblat Inc. in 2022.", "en"),
        ("The Data Rights Fund (DRF), the Consumer League and Pelmora Labs Inc. filed a "
         "lawsuit against Zorblat Inc. on Monday.", "en"),
        ("Stichting Datarecht (SDR) en de Consumentenbond hebben Zorblat B.V. aangeklaagd.",
         "nl"),
        ("Stichting Datarecht (SDR) en de Consumentenbond dagen Zorblat B.V. voor de rechter.",
         "nl"),
    ],
)  # fmt: skip
def test_a_bracketed_short_form_keeps_the_bringers_listed(context, sentence, language):
    plaintiffs = plaintiff_names(facts(context, sentence, language))
    first = "Data Rights Fund" if language == "en" else "Stichting Datarecht"
    second = "Consumer League" if language == "en" else "Consumentenbond"
    assert {first, second} <= plaintiffs
    assert not plaintiffs & {"DRF", "SDR"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Regulators sued Zorblat Inc. (ZBL) and Pelmora Labs Inc. in 2023.", "en"),
        (
            "The commission fined Zorblat Inc. (ZBL), Pelmora Labs Inc. and Vantor Inc. in 2023.",
            "en",
        ),
        ("Het OM vervolgt Zorblat B.V. (ZBV) en Pelmora B.V. wegens witwassen.", "nl"),
        ("De ACM beboette Zorblat B.V. (ZBV) en Pelmora B.V. in 2022.", "nl"),
    ],
)
def test_a_bracketed_short_form_keeps_the_defendants_listed(context, sentence, language):
    sued = defendant_names(facts(context, sentence, language))
    assert {n for n in sued if n.startswith(("Zorblat", "Pelmora"))} == {
        n for n in ("Zorblat Inc.", "Pelmora Labs Inc.", "Zorblat B.V.", "Pelmora B.V.")
        if n in sentence
    }  # fmt: skip
    assert "ZBL" not in sued and "ZBV" not in sued


# -- a compound of a body's noun before the body's name -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "De Noorse gegevensbeschermingsautoriteit Datatilsynet gaf Zorblat B.V. een boete.",
        "De gegevensbeschermingsautoriteit Datatilsynet heeft Zorblat B.V. beboet.",
        "Zorblat B.V. kreeg een boete van 5 miljoen euro van de Noorse "
        "gegevensbeschermingsautoriteit Datatilsynet.",
        "De Noorse gegevensbeschermingsautoriteit Datatilsynet beboette Zorblat B.V. in 2021.",
    ],
)
def test_a_compound_body_noun_introduces_the_name_after_it(context, sentence):
    found = facts(context, sentence, "nl")
    assert plaintiff_names(found) == {"Datatilsynet"}
    assert defendant_names(found) == {"Zorblat B.V."}


def test_the_compound_alone_still_names_the_known_body(context):
    found = facts(
        context, "De Belgische gegevensbeschermingsautoriteit heeft Zorblat B.V. beboet.", "nl"
    )
    assert plaintiff_names(found) == {"Gegevensbeschermingsautoriteit"}


# -- an accusation after a suit told without its defendants --------------------------------


@pytest.mark.parametrize(
    ("text", "bringer", "accused"),
    [
        ("The Harbor Privacy Foundation filed a lawsuit on Monday. It accuses Zorblat Inc. of "
         "selling location data.", "Harbor Privacy Foundation", {"Zorblat Inc."}),
        ("The Harbor Privacy Foundation filed a complaint on Friday. It accused Zorblat Inc. "
         "of breaching privacy laws.", "Harbor Privacy Foundation", {"Zorblat Inc."}),
        ("The Harbor Privacy Foundation filed suit on Tuesday. The group accused Zorblat Inc. "
         "of selling location data.", "Harbor Privacy Foundation", {"Zorblat Inc."}),
        ("Harbor Privacy Inc. filed a lawsuit in federal court on Monday. It accuses Zorblat "
         "Inc. and Pelmora Inc. of copying its software.", "Harbor Privacy Inc.",
         {"Zorblat Inc.", "Pelmora Inc."}),
    ],
)  # fmt: skip
def test_an_accusation_names_the_waiting_suits_defendants(context, text, bringer, accused):
    found = facts(context, text, "en")
    assert defendant_names(found) == accused
    cases = {c for t, _, c, _ in found}
    assert len(cases) == 1
    assert ("PLAINTIFF_IN", bringer, next(iter(cases)), "established") in found


def test_an_accusation_by_someone_else_names_no_defendant(context):
    found = facts(
        context,
        "The Harbor Privacy Foundation filed a lawsuit on Monday. Critics accuse Zorblat Inc. "
        "of selling location data.",
        "en",
    )
    assert not found
