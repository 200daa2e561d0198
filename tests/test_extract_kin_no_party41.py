"""What a suit says of a party's kin makes the kin no party (issue #10), in sentences written
for these tests with invented names: "the lawsuit, filed by X, alleges that her 14-year-old
son, Y, became obsessed with Z's chatbot" names no defendant "14-year-old son" and no case
against him (Dutch: "stelt dat haar 14-jarige zoon ...")."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The lawsuit, filed by Mara Quist, alleges that her 14-year-old son became obsessed "
         "with Quillon's chatbot.", "en"),
        ("The lawsuit, filed by Mara Quist, alleges that her 14-year-old son, Tom Quist, "
         "became obsessed with Quillon's chatbot.", "en"),
        ("De rechtszaak, aangespannen door Mara Quist, stelt dat haar 14-jarige zoon, Tom "
         "Quist, verslaafd raakte aan de chatbot van Quillon.", "nl"),
    ],
)  # fmt: skip
def test_a_party_s_kin_the_claim_tells_of_is_no_defendant(context, text, language):
    assert defendant_names(facts(context, text, language)) == set()


def test_the_suit_keeps_its_defendant_beside_the_kin(context):
    text = (
        "A judge ruled that Quillon must face a lawsuit filed by Mara Quist. The lawsuit, "
        "filed by Mara Quist, alleges that her 14-year-old son, Tom Quist, became obsessed "
        "with Quillon's chatbot."
    )
    assert defendant_names(facts(context, text, "en")) == {"Quillon"}


def test_a_claim_about_a_company_still_names_it(context):
    text = "The lawsuit, filed by Mara Quist, alleges that Quillon harmed her son."
    assert defendant_names(facts(context, text, "en")) == {"Quillon"}
