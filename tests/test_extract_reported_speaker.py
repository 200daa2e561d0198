"""A speaker's name is no second end in its own reported clause (issue #10): in "X said it
had stopped processing payments for Y" the pronoun "it" is X, so X and "it" are one end and
Y the other, also when X is a name no list knows ("Quillpay said it ..."), where before the
pair (X, "it") made a fact of X with itself and Y was left out, or Y became the vendor.
Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Quillpay said it had stopped processing payments for the forum Zorbix.",
            ("SERVICED", "Quillpay", "Zorbix", "established"),
        ),
        (
            "Quillpay announced it will stop processing payments for Drellon.",
            ("SERVICED", "Quillpay", "Drellon", "established"),
        ),
        (
            "Nimbra Hosting Inc. said it had ended its hosting of the imageboard Plumtube.",
            ("SERVICED", "Nimbra Hosting Inc.", "Plumtube", "established"),
        ),
        (
            "Kestrel Media said it had acquired the app Yammo.",
            ("OWNS", "Kestrel Media", "Yammo", "established"),
        ),
    ],
)
def test_the_speaker_and_its_pronoun_are_one_end(context, sentence, fact):
    found = {f for f in facts(context, sentence, "en") if f[0] == fact[0]}
    assert found == {fact}


def test_the_speaker_still_ends_a_fact_told_before_its_pronoun(context):
    sentence = "The payment processor Quillpay cut off the forum Zorbix and said it was sorry."
    assert ("SERVICED", "Quillpay", "Zorbix", "established") in facts(context, sentence, "en")
