"""An act dated by a time still to come in its clause is a plan, and plans are not annotated
(issue #10, precision; docs/annotation.md, section 1), on sentences written for these tests
with invented names: "De claim bij Zorbix wordt volgende week ingediend" files no claim yet.
A trial that is scheduled tells of a proceeding that exists: "X staat volgende week terecht"
keeps its defendant."""

from __future__ import annotations

from sentences import defendant_names, facts


def test_nl_claim_to_be_filed_next_week_is_no_suit(context):
    found = facts(
        context,
        "De claim bij Zorbix wordt volgende week ingediend bij de rechtbank in Amsterdam.",
        "nl",
    )
    assert not defendant_names(found)


def test_nl_claim_filed_next_month_by_a_foundation_is_no_suit(context):
    found = facts(
        context, "Stichting Datalek dient komende maand een massaclaim in tegen Zorbix.", "nl"
    )
    assert not defendant_names(found)


def test_nl_claim_filed_last_week_stays(context):
    found = facts(
        context, "Stichting Datalek diende vorige week een massaclaim in tegen Zorbix.", "nl"
    )
    assert defendant_names(found) == {"Zorbix"}


def test_nl_scheduled_trial_keeps_its_defendant(context):
    found = facts(context, "Bram Veltkamp staat volgende week terecht.", "nl")
    assert defendant_names(found) == {"Bram Veltkamp"}


def test_en_lawsuit_to_be_filed_next_week_is_no_suit(context):
    found = facts(context, "The lawsuit against Zorbix will be filed next week in Ohio.", "en")
    assert not defendant_names(found)


def test_en_scheduled_trial_keeps_its_defendant(context):
    found = facts(context, "Zorbix faces trial next month.", "en")
    assert defendant_names(found) == {"Zorbix"}
