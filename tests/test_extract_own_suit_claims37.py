"""What a party says in its own suit (issue #10): "In its complaint, X alleges that Y ..." and
"X claims in its lawsuit that Y ..." gave no case: who says what its own suit says brings it,
and the name its claim opens is the one sued. A name standing right before the verb that
ends a suit noun's trigger ("in their complaint X accuses ...") is that verb's subject: it
was read as the one sued."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "In its federal suit, Quillo Labs claims that Zorbix is liable for the copied images.",
        "In its complaint, Quillo Labs alleges that Zorbix sold location data.",
        "Quillo Labs claims in its lawsuit that Zorbix copied its code.",
        "Quillo Labs argued in its complaint that Zorbix had ignored every takedown notice.",
        "In their complaint Quillo Labs accuses Zorbix of hosting pirated images.",
    ],
)
def test_the_one_who_speaks_in_its_suit_brings_it(context, sentence):
    case = "Quillo Labs v. Zorbix"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", case, "established"),
    }


def test_the_speaker_of_its_suit_is_never_sued(context):
    sentence = "In their complaint Quillo Labs accuses the Dutch company of hosting pirated images."
    assert not {f for f in facts(context, sentence, "en") if f[1] == "Quillo Labs"}


def test_a_suit_that_accuses_still_names_its_defendant(context):
    assert facts(context, "The complaint accuses Zorbix of hosting pirated images.", "en") == {
        ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "alleged"),
    }


def test_a_law_named_in_the_reason_after_a_breach_is_not_invoked(context):
    sentence = (
        "In its lawsuit, Quillo Labs claims that Zorbix is liable for copyright infringement "
        "because it ignored 14 DMCA notices."
    )
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", "Quillo Labs v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix", "established"),
    }
