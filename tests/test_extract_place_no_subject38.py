"""A place after "in" right before a passive verb is where the subject is, not the subject
(issue #10, SET37's false positive "the operators of the ... bunker in ... in <region> were
sentenced": the region, read as an unknown name, became the sentenced party). The name
right before the place's preposition is the subject instead ("Quillo Labs in Zorbland-West
was sued")."""

from __future__ import annotations

from sentences import facts


def test_place_of_an_unnamed_subject_is_no_party(context):
    text = (
        "On Monday, the operators of the old bunker in Traben in Zorbland-West were sentenced "
        "to prison terms."
    )
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "en"))


def test_name_before_the_place_is_the_subject(context):
    case = "Anna Brook v. Quillo Labs"
    assert facts(context, "Quillo Labs in Zorbland-West was sued by Anna Brook.", "en") == {
        ("DEFENDANT_IN", "Quillo Labs", case, "alleged"),
        ("PLAINTIFF_IN", "Anna Brook", case, "established"),
    }


def test_a_party_named_without_a_place_stays(context):
    # (control: no preposition before the name)
    found = facts(context, "Zorbland-West Media was sued by Anna Brook.", "en")
    assert (
        "PLAINTIFF_IN",
        "Anna Brook",
        "Anna Brook v. Zorbland-West Media",
        "established",
    ) in found
