"""Suits told in shapes that named no party before (issue #10), on sentences written for
these tests with invented companies:

- the court's seat between the suit and its defendant ("filed a lawsuit in federal court in
  Denver against X", "a complaint in a district court in Nevada against X"): the filer sues X and
  the described court hears the case;
- a class action as the suit a party is hit with, faces or is targeted by ("X was hit with
  a class action", "X has been targeted by a class action", "X became the target of a
  lawsuit"): that party defends it; a party that targets someone else's users is no
  defendant."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names

# -- the court's seat between the suit and "against" --------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendants", "court"),
    [
        (
            "Quorvex Media filed a lawsuit in federal court in Denver against Zellon.",
            "Quorvex Media",
            {"Zellon"},
            "United States District Court for the District of Colorado",
        ),
        (
            "The Brixton Task Force brought a complaint in the U.S. District Court in Nevada "
            "against Pellix Telecom.",
            "Brixton Task Force",
            {"Pellix Telecom"},
            "United States District Court for the District of Nevada",
        ),
        (
            "Quorvex Media on Monday brought a suit in state court in Ohio against Zellon Ads "
            "and its owner.",
            "Quorvex Media",
            {"Zellon Ads"},
            None,
        ),
        (
            "Quorvex Media filed a complaint in the district court in Boston against Zellon, "
            "Pellix and Varnow.",
            "Quorvex Media",
            {"Zellon", "Pellix", "Varnow"},
            None,
        ),
    ],
)
def test_a_court_seat_between_the_suit_and_against_keeps_the_parties(
    context, text, plaintiff, defendants, court
):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == defendants
    cases = {c for t, _, c, _ in found if t in ("DEFENDANT_IN", "PLAINTIFF_IN")}
    assert len(cases) == 1
    if court is not None:
        assert ("HEARD_BY", cases.pop(), court, "established") in found


def test_a_dutch_court_seat_before_the_suit_keeps_the_parties(context):
    found = facts(
        context,
        "Quorvex Media heeft bij de rechtbank in Amsterdam een zaak aangespannen tegen Zellon.",
        "nl",
    )
    assert plaintiff_names(found) == {"Quorvex Media"}
    assert defendant_names(found) == {"Zellon"}
    assert {t for t, _, target, _ in found if target == "Rechtbank Amsterdam"} == {"HEARD_BY"}


# -- a class action a party is hit with, faces or is targeted by ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zellon was hit with a class action in Illinois.",
        "Zellon, the dating app run by Quorvex, has been targeted by a class action over its "
        "data practices.",
        "Zellon faces a class action over the way it stores photos.",
        "Zellon became the target of a lawsuit filed by three record labels.",
        "Zellon has been targeted in a proposed class action.",
    ],
)
def test_the_party_a_class_action_hits_or_targets_defends_it(context, text):
    found = facts(context, text, "en")
    assert defendant_names(found) == {"Zellon"}
    assert {st for t, _, _, st in found if t == "DEFENDANT_IN"} == {"alleged"}


@pytest.mark.parametrize(
    "text",
    [
        "The complaint targeted Zellon's users.",
        "Quorvex targeted Zellon users with ads in a campaign that preceded the class action.",
    ],
)
def test_targeting_users_is_no_suit(context, text):
    assert defendant_names(facts(context, text, "en")) == set()
