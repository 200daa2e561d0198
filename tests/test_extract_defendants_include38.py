"""The defendants a listing verb names (issue #10, English sentence classes): "Defendants
include Zorblat, Quixly and Brelco" gave nothing, while "The defendants are ..." gave all three;
and after a clause naming the suit's filer ("Mara Quinn filed a lawsuit in 2021; the defendants
include ...") the name before the noun was made the defendant. A copula or "include" after the
noun lists the defendants after it, and they win over a name before."""

from __future__ import annotations

from sentences import defendant_names, facts


def test_include_lists_the_defendants(context):
    found = facts(context, "Defendants include Zorblat, Quixly and Brelco.", "en")
    assert defendant_names(found) == {"Zorblat", "Quixly", "Brelco"}


def test_the_filer_is_no_defendant(context):
    sentence = "Mara Quinn filed a lawsuit in 2021; the defendants include Zorblat and Brelco."
    found = facts(context, sentence, "en")
    assert defendant_names(found) == {"Zorblat", "Brelco"}
    assert ("PLAINTIFF_IN", "Mara Quinn", "Mara Quinn v. Zorblat (2021)", "established") in found


def test_the_copula_still_lists(context):
    found = facts(context, "The defendants are Zorblat and Brelco.", "en")
    assert defendant_names(found) == {"Zorblat", "Brelco"}
