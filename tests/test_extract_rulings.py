"""Proceedings told only through a court's ruling on a party's claim or petition (issue #10),
on sentences written for these tests: "the High Court dismissed X's petition against Y", "de
rechtbank heeft de vordering van X tegen Y afgewezen". The claim names the bringer and the
party it is against; the ruling court hears the case. Names are invented.
"""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    """A fresh context per row, with and without the reference knowledge base."""
    return reference_context(request.param)


def test_a_dismissed_petition_against_a_party_is_a_case(context):
    text = "The High Court dismissed Zorblat's petition against Kestrel Networks."
    case = "Zorblat v. Kestrel Networks"
    assert facts(context, text, "en") >= {
        ("DEFENDANT_IN", "Kestrel Networks", case, "alleged"),
        ("PLAINTIFF_IN", "Zorblat", case, "established"),
        ("HEARD_BY", case, "High Court", "established"),
    }


def test_een_afgewezen_vordering_van_a_tegen_b_is_een_zaak(context):
    text = (
        "De rechtbank Amsterdam heeft de vordering van Stichting Datahulp tegen Zorblat afgewezen."
    )
    case = "Stichting Datahulp v. Zorblat"
    assert facts(context, text, "nl") >= {
        ("DEFENDANT_IN", "Zorblat", case, "alleged"),
        ("PLAINTIFF_IN", "Stichting Datahulp", case, "established"),
        ("HEARD_BY", case, "Rechtbank Amsterdam", "established"),
    }


def test_a_vordering_tegen_a_party_names_the_defendant(context):
    text = "De rechtbank wees de vordering tegen Zorblat af."
    assert ("DEFENDANT_IN", "Zorblat", "Plaintiffs v. Zorblat", "alleged") in facts(
        context, text, "nl"
    )


@pytest.mark.parametrize(
    "text,language",
    [
        # a petition against a decision names no party
        ("The High Court dismissed Zorblat's petition against the blocking orders.", "en"),
        # a court refusing to hear an appeal: the appellant may be the defendant below
        ("Het hof weigerde het beroep van Zorblat tegen Kestrel Networks te behandelen.", "nl"),
    ],
)
def test_no_case_without_a_party_against(context, text, language):
    found = facts(context, text, language)
    assert not {f for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}


@pytest.mark.parametrize(
    "text,court",
    [
        # the one country the sentence names
        ("The Supreme Court ordered the suspension of Zorblat in Brazil.", "Supreme Federal Court"),
        # the one country the document named before
        (
            "Zorblat was blocked in Canada last year. The Supreme Court upheld the lawsuit "
            "against Zorblat.",
            "Supreme Court of Canada",
        ),
    ],
)
def test_a_bare_supreme_court_is_the_named_countrys(context, text, court):
    found = facts(context, text, "en")
    assert any(f[0] in ("HEARD_BY", "IN_JURISDICTION") and court in f[1:3] for f in found)
    assert not any("Supreme Court" in f[1:3] for f in found)


def test_a_bare_supreme_court_in_a_text_of_two_countries_stays_generic(context):
    text = (
        "Zorblat is banned in Brazil and Canada. The Supreme Court upheld the lawsuit against "
        "Zorblat."
    )
    found = facts(context, text, "en")
    assert not any(
        c in f[1:3] for f in found for c in ("Supreme Federal Court", "Supreme Court of Canada")
    )


@pytest.mark.parametrize(
    "text,court",
    [
        ("A Brazilian Supreme Court justice ordered the suspension of the platform Zorblat.",
         "Supreme Federal Court"),
        ("The Dutch Supreme Court ordered the suspension of the platform Zorblat.", "Hoge Raad"),
    ],
)  # fmt: skip
def test_a_courts_suspension_order_rules_against_the_platform(context, text, court):
    found = facts(context, text, "en")
    cases = {f[2] for f in found if f[:2] == ("DEFENDANT_IN", "Zorblat") and f[3] == "ruled"}
    assert len(cases) == 1
    assert ("HEARD_BY", cases.pop(), court, "established") in found


@pytest.mark.parametrize(
    "text",
    [
        # the party must follow the order's object, not a reporter after a comma
        "The judge ruled to suspend the operation of the service in the country, Reuters said.",
        # no court's word: a regulator's order is no ruling here
        "The ministry ordered the suspension of the platform Zorblat.",
    ],
)
def test_no_suspension_case_without_a_court_and_a_party(context, text):
    assert not {f for f in facts(context, text, "en") if f[0] == "DEFENDANT_IN"}


def test_a_sentence_after_a_one_letter_name_opens_no_court_name():
    text = (
        "The court imposed fines against X. The Supreme Court has instructed the agency to "
        "disconnect the platform."
    )
    found = facts(reference_context(True), text, "en")
    courts = {f[2] for f in found if f[0] == "HEARD_BY"}
    assert courts and not any(c.startswith("X.") for c in courts)


def test_a_challenge_against_a_body_is_a_case_before_the_court():
    text = "The General Court rejected Zorblat's challenge against the European Commission's fine."
    case = "Zorblat v. European Commission"
    assert facts(reference_context(True), text, "en") >= {
        ("DEFENDANT_IN", "European Commission", case, "alleged"),
        ("PLAINTIFF_IN", "Zorblat", case, "established"),
        ("HEARD_BY", case, "General Court of the European Union", "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Critics launched a challenge against the Online Safety Act in the High Court.",
        "Critics filed a lawsuit against the Online Safety Act in the High Court.",
    ],
)
def test_a_law_is_no_defendant(context, text):
    assert not {f for f in facts(context, text, "en") if f[0] == "DEFENDANT_IN"}
