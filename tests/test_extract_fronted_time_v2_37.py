"""A fronted time phrase before a suit's verb (issue #10): the verb stands second, its
subject and object follow. "In maart vervolgde het OM Zorbix." gave nothing (the name "OM"
was read as the preposition "om" before Zorbix, and a name closing the sentence right after
a known subject was not split from it); "Sinds maart vervolgt het OM Zorbix." made the OM the
defendant ("sinds" was read as a subordinator, though a month follows it); "In maart
vervolgde justitie Zorbix." gave nothing (the prosecution noun is the subject, no name)."""

from __future__ import annotations

import pytest
from sentences import facts


def _by(plaintiff: str, defendant: str, year: int, status: str = "alleged") -> set:
    case = f"{plaintiff} v. {defendant} ({year})"
    return {
        ("DEFENDANT_IN", defendant, case, status),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


OM = "Openbaar Ministerie"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In maart vervolgde het OM Zorbix.", _by(OM, "Zorbix", 2023)),
        ("Sinds maart vervolgt het OM Zorbix.", _by(OM, "Zorbix", 2023)),
        ("Sinds maart vervolgt het OM het bedrijf Zorbix.", _by(OM, "Zorbix", 2023)),
        ("Sinds 2021 heeft het OM Zorbix vervolgd.", _by(OM, "Zorbix", 2021)),
        (
            "Vorig jaar beboette de AP Zorbix.",
            _by("Autoriteit Persoonsgegevens", "Zorbix", 2022, "ruled"),
        ),
        (
            "In maart vervolgde justitie Zorbix.",
            {("DEFENDANT_IN", "Zorbix", "Prosecution v. Zorbix (2023)", "alleged")},
        ),
    ],
)
def test_the_subject_and_object_follow_the_fronted_verb(context, sentence, expected):
    assert facts(context, sentence, "nl") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "sinds" opening a clause: its verb stands last, the sentence names no suit here
        "Sinds het OM Zorbix vervolgt, is het stil rond de site.",
        # a name after a real preposition is no object
        "In maart vervolgde het OM om Zorbix niemand.",
    ],
)
def test_no_reversed_suit(context, sentence):
    found = facts(context, sentence, "nl")
    assert ("DEFENDANT_IN", OM) not in {(f[0], f[1]) for f in found}
