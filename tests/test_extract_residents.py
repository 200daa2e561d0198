"""People named with the town or firm they come from (issue #10), on sentences written for
these tests with invented names: "Joel Varkas of Tallinn" is a person and a place even when
no list knows the town, the firm after "of" is a name of its own ("Pell Varnik of Zentrix"),
a pair or a list of such people is one list of parties ("A of X and B of Y sued ..."), and
the place of one of them is neither a member of the list nor a state that sues beside them.
Dutch writes the place with a lower-case "uit" ("Joel Varkas uit Tallinn"), which never
joins a capitalised run, so the class is English only."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts, plaintiff_names


@pytest.mark.parametrize(
    "sentence",
    [
        "Joel Varkas of Tallinn faces federal fraud and money laundering charges.",
        "Prosecutors charged Joel Varkas of Tallinn with wire fraud.",
        "Joel Varkas of Port Arvel was indicted on Tuesday.",
        "Joel Varkas of Zentrix pleaded guilty to conspiracy.",
        "Joel Varkas-Lindqvist of Tallinn was charged with wire fraud.",
    ],
)
def test_a_person_of_an_unknown_place_is_the_defendant(context, sentence):
    found = defendant_cases(facts(context, sentence, "en"))
    assert set(found) == {sentence.split(" of ")[0].replace("Prosecutors charged ", "")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Voskin of Lemberg, Ohio, Sela Prout of Harlow and Anko Trell of Dunmore sued"
        " Quorbix on Monday.",
        "Quorbix was sued by Dara Voskin of Lemberg, Ohio, Sela Prout of Harlow and Anko Trell"
        " of Dunmore.",
        "Dara Voskin of Lemberg, Sela Prout of Harlow and Anko Trell of Dunmore filed suit"
        " against Quorbix.",
    ],
)
def test_people_listed_with_their_towns_all_sue(context, sentence):
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == {"Dara Voskin", "Sela Prout", "Anko Trell"}
    assert set(defendant_cases(found)) == {"Quorbix"}


def test_a_pair_before_one_firm_are_both_defendants(context):
    found = facts(
        context,
        "The indictment names Tam Oduya and Pell Varnik of Zentrix, Rud Hallam and Ennis Corvo"
        " of Plinkett as defendants.",
        "en",
    )
    assert set(defendant_cases(found)) == {"Tam Oduya", "Pell Varnik", "Rud Hallam", "Ennis Corvo"}


@pytest.mark.parametrize(
    ("sentence", "plaintiff"),
    [
        ("The Bank of Ardmore sued Quorbix Inc. over the fees.", "Bank of Ardmore"),
        ("The Supreme Court of Texas heard the case against Korbit.", None),
        ("Friends of Harlow sued Quorbix Inc. over the fees.", "Friends of Harlow"),
    ],
)
def test_an_organisation_named_with_of_stays_one_name(context, sentence, plaintiff):
    found = facts(context, sentence, "en")
    names = {n for _, a, b, _ in found for n in (a, b)}
    assert not names & {"Ardmore", "Harlow", "Texas"}
    if plaintiff:
        assert plaintiff in names or not plaintiff_names(found)
