"""The authors of works an unnamed bringer owns are no plaintiffs (issue #10, English classes;
TUNE en30 07): "The labels that own the rights to songs by Mara Quinn and Piet Arlo are suing
Zorblat Recordings" made the two authors the plaintiffs, the names before the verb (an agent's
"by" drops a name only when another is left). A name after "by" after a noun of authored works,
and the names "and" joins to it, bring no suit."""

from __future__ import annotations

from sentences import facts, plaintiff_names


def test_the_authors_bring_nothing(context):
    sentence = (
        "The labels that own the rights to songs by Mara Quinn and Piet Arlo are suing "
        "Zorblat Recordings and others."
    )
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == set()
    assert any(f[0] == "DEFENDANT_IN" and f[1] == "Zorblat Recordings" for f in found)


def test_a_backer_still_yields_to_the_bringer(context):
    found = facts(context, "Brelco Music, backed by Mara Quinn, sued Zorblat in 2021.", "en")
    assert plaintiff_names(found) == {"Brelco Music"}


def test_a_bringer_before_the_works(context):
    found = facts(context, "Brelco Music sued Zorblat over songs by Mara Quinn in 2021.", "en")
    assert plaintiff_names(found) == {"Brelco Music"}
