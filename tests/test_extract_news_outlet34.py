"""A known name right after a news outlet's noun is that outlet (issue #10): "persbureau AP"
was read as the Autoriteit Persoonsgegevens, which then brought the case of the sentence
("Volgens persbureau AP heeft ...") or the fine the next sentence told without its imposer;
and a name after the verb of a reporting clause that ends the sentence ("X heeft Y
aangeklaagd, meldt persbureau Z") made the object the bringer and left no plaintiff."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def test_the_agency_imposes_no_fine(context):
    text = "Dat meldt persbureau AP. Zorbix kreeg een boete van twee miljoen euro."
    found = facts(context, text, "nl")
    assert not any("Autoriteit Persoonsgegevens" in (s, t) for _, s, t, _ in found)
    assert ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "ruled") in found


def test_the_agency_brings_no_suit(context):
    text = "Zorvex Media heeft Zorbix aangeklaagd, meldt persbureau AP."
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Zorvex Media v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Zorbix", "established"),
    }


def test_the_regulator_by_its_short_name_still_fines(context):
    assert facts(context, "De AP legde Zorbix een boete op.", "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Autoriteit Persoonsgegevens v. Zorbix", "ruled"),
        (
            "PLAINTIFF_IN",
            "Autoriteit Persoonsgegevens",
            "Autoriteit Persoonsgegevens v. Zorbix",
            "established",
        ),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorvex Media heeft Zorbix aangeklaagd, meldt persbureau Kalvan.",
        "Zorvex Media heeft Zorbix aangeklaagd, zegt Piet Kalvan.",
    ],
)
def test_a_named_reporter_after_the_clause_leaves_its_subject_the_bringer(context, sentence):
    # the name after the verb stands in the reporting clause: the object before the
    # participle is the defendant, the clause's subject the bringer
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Zorvex Media v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Zorbix", "established"),
    }
