"""A prosecution service's inquiry is its criminal case (issue #10): "De Belgische justitie
heeft een onderzoek geopend naar X" gave the civil-looking "Plaintiffs v. X", "De Franse
justitie onderzoekt X" and "Het Belgische OM onderzoekt X" gave nothing, as did "De justitie
vervolgt X" (the noun read as a modifier of the verb)."""

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
        (
            "De Belgische justitie heeft een onderzoek geopend naar Zorbix.",
            "nl",
            "Belgium v. Zorbix",
        ),
        ("Het Belgische OM heeft een onderzoek geopend naar Zorbix.", "nl", "Belgium v. Zorbix"),
        ("De Franse justitie onderzoekt Quillo Labs.", "nl", "France v. Quillo Labs"),
        ("Het Belgische OM onderzoekt Zorbix.", "nl", "Belgium v. Zorbix"),
        ("De justitie vervolgt Piet Kalvan.", "nl", "Prosecution v. Piet Kalvan"),
        ("French prosecutors opened an investigation into Zorbix.", "en", "France v. Zorbix"),
        ("French prosecutors are investigating Quillo Labs.", "en", "France v. Quillo Labs"),
    ],
)
def test_a_prosecution_services_inquiry_is_the_countrys_case(context, sentence, language, case):
    defendant = case.split(" v. ")[1]
    found = country_placed(facts(context, sentence, language), case)
    assert found == {("DEFENDANT_IN", defendant, case, "alleged")}


@pytest.mark.parametrize(
    "sentence, case, bringer",
    [
        (
            "De ACM onderzoekt Zorbix.",
            "Autoriteit Consument en Markt v. Zorbix",
            "Autoriteit Consument en Markt",
        ),
        ("Het OM onderzoekt Zorbix.", "Openbaar Ministerie v. Zorbix", "Openbaar Ministerie"),
    ],
)
def test_a_named_offices_inquiry_keeps_its_bringer(context, sentence, case, bringer):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", bringer, case, "established"),
    }


def test_researchers_bring_no_case(context):
    assert facts(context, "Onderzoekers onderzochten Zorbix.", "nl") == set()
