"""A prosecution service as the subject of an ambiguous suit verb brings a criminal case
(issue #10): "De Franse justitie heeft X aangeklaagd" gave the civil "Plaintiffs v. X", where
"vervolgt" and "French prosecutors charged X" already give the country's prosecution."""

from __future__ import annotations

import pytest
from sentences import country_placed, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language, case",
    [
        ("De Franse justitie heeft Piet Kalvan aangeklaagd.", "nl", "France v. Piet Kalvan"),
        ("De Amerikaanse justitie heeft Zorbix aangeklaagd.", "nl", "United States v. Zorbix"),
        ("De aanklagers in Frankrijk hebben Zorbix aangeklaagd.", "nl", "France v. Zorbix"),
        ("French prosecutors sued Zorbix in May.", "en", "France v. Zorbix"),
    ],
)
def test_a_prosecution_services_suit_is_the_countrys_prosecution(context, sentence, language, case):
    defendant = case.split(" v. ")[1]
    found = country_placed(facts(context, sentence, language), case)
    assert found == {("DEFENDANT_IN", defendant, case, "alleged")}


def test_a_companys_suit_stays_civil(context):
    found = facts(context, "Zorvex Media heeft Zorbix aangeklaagd.", "nl")
    assert ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Zorbix", "established") in found


@pytest.mark.parametrize(
    "sentence, language, case",
    [
        (
            "De Amerikaanse justitie verdenkt Piet Kalvan van witwassen.",
            "nl",
            "United States v. Piet Kalvan",
        ),
        ("De Amerikaanse justitie beschuldigt Zorbix van fraude.", "nl", "United States v. Zorbix"),
        (
            "US prosecutors accuse Piet Kalvan of money laundering.",
            "en",
            "Prosecution v. Piet Kalvan",
        ),
    ],
)
def test_a_prosecutions_accusation_is_its_case(context, sentence, language, case):
    # an accusation names a defendant only in a case told of, or when an authority accuses:
    # a prosecution service accuses as one
    defendant = case.split(" v. ")[1]
    found = country_placed(facts(context, sentence, language), case)
    assert found == {("DEFENDANT_IN", defendant, case, "alleged")}


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Zorvex Media beschuldigt Zorbix van fraude.", "nl"),
        # (a suspect, "wordt verdacht van", defends the criminal case:
        # test_extract_suspected37.py)
    ],
)
def test_other_accusations_without_a_case_name_none(context, sentence, language):
    assert facts(context, sentence, language) == set()
