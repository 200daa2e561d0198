"""A definite noun phrase that is a verb's object never points back to that clause's own
subject (issue #10), on sentences written for these tests with invented names: in "The
software company Zorvex Media then sued the company" the company is the one told of
before (Quillo Labs), not Zorvex Media, which would sue itself."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The software company Quillo Labs removed the app. The software company "
            "Zorvex Media then sued the company.",
            "en",
        ),
        (
            "Het softwarebedrijf Quillo Labs verwijderde de app. Het softwarebedrijf "
            "Zorvex Media daagde het bedrijf voor de rechter.",
            "nl",
        ),
    ],
)
def test_the_object_is_not_its_own_subject(context, text, language):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {"Zorvex Media"}
    assert defendant_names(found) == {"Quillo Labs"}


def test_a_speech_verb_opens_a_clause_whose_subject_may_point_back(context):
    text = (
        "Brindle Media sued the software company Quillo Labs in May. Quillo Labs said the "
        "company would fight the lawsuit."
    )
    found = facts(context, text, "en")
    assert defendant_names(found) == {"Quillo Labs"}
