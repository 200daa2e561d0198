"""An Act's title with a lower-case word between its capitalised parts (issue #10), on
sentences written for these tests with invented firms and Acts: "the Securing Kids Online
through Parental Control Act", "the Protecting Teens from Online Harms Act" are one law, not
their last part; a short title given as ", or SKOPC Act" is that law again, no second one."""

from __future__ import annotations

import pytest
from sentences import facts, laws_invoked


@pytest.mark.parametrize(
    ("sentence", "laws"),
    [
        (
            "The state sued Zorblat Labs under the Protecting Teens from Online Harms Act.",
            {"Protecting Teens from Online Harms Act"},
        ),
        (
            "The state sued Zorblat Labs under the Securing Kids Online through Parental "
            "Control Act.",
            {"Securing Kids Online through Parental Control Act"},
        ),
        (
            "The state sued Zorblat Labs for violating the Securing Kids Online through "
            "Parental Control Act, or SKOPC Act.",
            {"Securing Kids Online through Parental Control Act"},
        ),
    ],
)
def test_one_title_across_its_lower_case_word(context, sentence, laws):
    assert laws_invoked(facts(context, sentence, "en")) == laws


def test_a_party_before_an_act_stays_a_party(context):
    found = facts(
        context, "Quillbase sued Zorblat Labs with claims under the Consumer Fraud Act.", "en"
    )
    assert ("PLAINTIFF_IN", "Quillbase", "Quillbase v. Zorblat Labs", "established") in found
    assert laws_invoked(found) == {"Consumer Fraud Act"}
