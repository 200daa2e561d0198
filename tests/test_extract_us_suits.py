"""US suits against platforms on news-style sentences (issue #10), written for these tests
with invented parties the reference base does not know: a court named between the suit and
its defendants, an abbreviation's dot inside a court's name, and a platform coordinated with
its parent's legal name."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture
def context():
    return reference_context()


def test_a_court_named_between_the_suit_and_against(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin filed a lawsuit in the Lincoln City Circuit Court "
        "against Zapchat.",
        "en",
    )
    case = "State of Nebraska v. Zapchat"
    assert ("PLAINTIFF_IN", "State of Nebraska", case, "established") in found
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found
    assert ("HEARD_BY", case, "Lincoln City Circuit Court", "established") in found


def test_an_abbreviation_dot_in_the_court_ends_no_pattern(context):
    found = facts(
        context,
        "Dana Whitfield filed a lawsuit in U.S. District Court for the District of Nebraska "
        "against Zapchat.",
        "en",
    )
    case = "Dana Whitfield v. Zapchat"
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found
    assert (
        "HEARD_BY",
        case,
        "United States District Court for the District of Nebraska",
        "established",
    ) in found


def test_a_court_phrase_without_a_court_brings_no_suit(context):
    found = facts(
        context, "Dana Whitfield filed a lawsuit in response to the ruling against Zapchat.", "en"
    )
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


def test_a_platform_and_its_parent_with_a_legal_form_are_two_defendants(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin's lawsuit against Zapchat and Quorra Ltd., the "
        "parent company of Zapchat, will move forward in Lincoln City Circuit Court.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Zapchat", "Quorra Ltd."}
    assert ("OWNS", "Quorra Ltd.", "Zapchat", "established") in found


def test_a_dutch_court_named_between_the_suit_and_tegen(context):
    found = facts(
        context,
        "Dana de Wit heeft een rechtszaak bij de rechtbank Den Haag aangespannen tegen Zapchat "
        "en Quorra B.V.",
        "nl",
    )
    case = "Dana de Wit v. Zapchat"
    assert ("PLAINTIFF_IN", "Dana de Wit", case, "established") in found
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Zapchat", "Quorra B.V."}
    assert ("HEARD_BY", case, "Rechtbank Den Haag", "established") in found


def test_a_dutch_court_phrase_before_another_tegen_brings_no_suit(context):
    found = facts(
        context,
        "Dana de Wit diende een klacht in bij de rechtbank vanwege de uitspraak tegen Zapchat.",
        "nl",
    )
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


def test_a_company_after_a_based_adjective_is_the_defendant(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin’s office filed a lawsuit against Chinese-based "
        "company Quorra — the company that owns Zapchat — in Lancaster County Circuit Court.",
        "en",
    )
    case = "State of Nebraska v. Quorra"
    assert ("DEFENDANT_IN", "Quorra", case, "alleged") in found
    assert ("PLAINTIFF_IN", "State of Nebraska", case, "established") in found
    assert ("HEARD_BY", case, "Lancaster County Circuit Court", "established") in found
    assert ("OWNS", "Quorra", "Zapchat", "established") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A Nebraska mother has filed a lawsuit against Zapchat and Quorra.",
        "Zapchat must face a lawsuit from a Nebraska woman who said the app harmed her son.",
    ],
)
def test_a_state_that_describes_a_person_does_not_sue(context, sentence):
    found = facts(context, sentence, "en")
    assert ("DEFENDANT_IN", "Zapchat") in {(t, s) for t, s, _, _ in found}
    assert not any(t == "PLAINTIFF_IN" and s == "State of Nebraska" for t, s, _, _ in found)


def test_a_state_named_alone_still_sues(context):
    found = facts(context, "Zapchat was sued by Nebraska on Monday.", "en")
    assert any(t == "PLAINTIFF_IN" and s == "State of Nebraska" for t, s, _, _ in found)
