"""A company's name that runs on into a second name in the subject's place of a verb-second
or verb-final clause ends at its company word (issue #10): "Volgens de krant heeft Quillo
Labs Zorbix aangeklaagd" read "Quillo Labs Zorbix" as one name and gave nothing; the subject
and the object stand side by side there, so the company's name ends at "Labs"."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "sentence, plaintiff, defendant",
    [
        ("Volgens ZM heeft Quillo Labs Zorbix aangeklaagd.", "Quillo Labs", "Zorbix"),
        ("Volgens de krant heeft Fenwick Holding Zorbix aangeklaagd.", "Fenwick Holding", "Zorbix"),
        ("Het Dagblad meldt dat Quillo Labs Dravona heeft aangeklaagd.", "Quillo Labs", "Dravona"),
    ],
)
def test_the_company_word_ends_the_subject(context, sentence, plaintiff, defendant):
    assert facts(context, sentence, "nl") == sued(plaintiff, defendant)


@pytest.mark.parametrize(
    "sentence, plaintiff, defendant",
    [
        # the subject's place only: one company's name of three words stays whole
        ("Quillo Media Group heeft Zorbix aangeklaagd.", "Quillo Media Group", "Zorbix"),
        ("Volgens ZM heeft Quillo Digital Services Zorbix aangeklaagd.",
         "Quillo Digital Services", "Zorbix"),
    ],
)  # fmt: skip
def test_a_name_of_company_words_stays_whole(context, sentence, plaintiff, defendant):
    assert facts(context, sentence, "nl") == sued(plaintiff, defendant)
