"""The agent of a later coordinated passive is not the first one's (issue #10, English
sentence classes): "Vexchan was founded in 2014 and was sued in 2020 by Mara Quinn" made
Mara Quinn Vexchan's founder, the "by" after the second verb read as the first verb's agent.
A coordinator, then auxiliaries or adverbs and an inflected verb between the trigger and
"by X" give X to that later verb; "founded and run by X" (no auxiliary) still shares it."""

from __future__ import annotations

from sentences import facts


def test_the_plaintiff_founded_nothing(context):
    sentence = "Vexchan was founded in 2014 and was sued in 2020 by Mara Quinn."
    found = facts(context, sentence, "en")
    assert not any(f[0] == "FOUNDED" for f in found)
    assert ("PLAINTIFF_IN", "Mara Quinn", "Mara Quinn v. Vexchan (2020)", "established") in found


def test_the_buyer_founded_nothing(context):
    sentence = "Quixly was launched in 2014 and was later acquired by Zorblat Inc. in 2019."
    found = facts(context, sentence, "en")
    assert not any(f[0] == "FOUNDED" for f in found)
    assert ("OWNS", "Zorblat Inc.", "Quixly", "established") in found


def test_a_shared_agent_stays(context):
    found = facts(context, "Quixly was founded and run by Mara Quinn.", "en")
    assert ("FOUNDED", "Mara Quinn", "Quixly", "established") in found
