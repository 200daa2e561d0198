"""Who says what a reported clause with a subject of its own tells is no end of the reported
fact (issue #10, precision), on sentences written for these tests with invented names: in
"Stichting Kwelder stelt dat Datahost jarenlang websites heeft gehost" the foundation is no
customer of the host; a speaker that reports its own act through a pronoun ("Mastercard said
it would stop processing payments for Quixly") stays its end, and so does a party named
before a comma and "alleging" ("filed suit against Snap Inc., alleging that ...")."""

from __future__ import annotations

from sentences import facts


def _serviced(found):
    return {(s, t) for kind, s, t, _ in found if kind == "SERVICED"}


def test_nl_speaker_of_a_reported_clause_is_no_customer(context):
    found = facts(
        context,
        "Stichting Kwelder stelt dat Datahost jarenlang websites heeft gehost met illegale films.",
        "nl",
    )
    assert _serviced(found) == set()


def test_en_speaker_of_a_reported_clause_is_no_customer(context):
    found = facts(
        context, "Kwelder Foundation said Datahost provided hosting to pirate sites.", "en"
    )
    assert _serviced(found) == set()


def test_en_speaker_reporting_its_own_act_stays(context):
    found = facts(context, "Mastercard said it would stop processing payments for Quixly.", "en")
    assert _serviced(found) == {("Mastercard", "Quixly")}


def test_en_party_before_alleging_is_no_speaker(context):
    found = facts(
        context,
        "The state filed suit against Zorblat Labs, alleging that Quixly, its popular chat app,"
        " exposed children to strangers.",
        "en",
    )
    assert ("OWNS", "Zorblat Labs", "Quixly", "established") in found
