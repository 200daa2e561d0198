"""Two misreadings found on Dutch real text (issue #10): the source a sentence is attributed
to, written with its short form in brackets ("volgens Koninklijke Hotelbond Zeeland (KHZ)
hebben zich 300 hotels aangesloten bij een massaclaim tegen ..."), became the claim's
plaintiff; and a place's adjective after an owner's role ("de eigenaar van het Bergse
hotel") became a company the person owns."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_the_source_with_its_short_form_brings_no_claim(context):
    text = (
        "Honderden hotels dienen een massaclaim in tegen de boekingssite Zorbix. In Nederland "
        "hebben zich volgens Koninklijke Hotelbond Zeeland (KHZ) al 300 hotels aangesloten bij "
        "een massaclaim tegen de boekingssite."
    )
    # (the counted hotels that file the claim are its bringers, one group: nl36; the 300
    # that join it are not, nor is the source)
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Honderden hotels v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Honderden hotels", "Honderden hotels v. Zorbix", "established"),
    }


def test_a_place_adjective_is_no_owned_company(context):
    text = "Frans Kalvan, de eigenaar van het Bergse hotel, klaagde Zorbix aan."
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Frans Kalvan v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Frans Kalvan", "Frans Kalvan v. Zorbix", "established"),
    }


def test_an_owners_company_is_still_owned(context):
    text = "Frans Kalvan, de eigenaar van Zorbix, klaagde Quillo Labs aan."
    assert ("OWNS", "Frans Kalvan", "Zorbix", "established") in facts(context, text, "nl")
