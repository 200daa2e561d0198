"""A possessive before a noun after "by" is no agent (issue #10, English sentence classes):
"websites operated by Zorblat's partners" made Zorblat the owner of the name before the verb.
The noun after the possessive acts; a body or company noun after it ("by Ruritania's
regulator") still lets the name stand for it."""

from __future__ import annotations

from sentences import facts


def test_the_partners_own_nothing_named(context):
    sentence = "The RDPA said that 12 websites operated by Zorblat's partners collected data."
    assert not any(f[0] == "OWNS" for f in facts(context, sentence, "en"))


def test_the_plain_agent_still_owns(context):
    sentence = "The forum Quixly, operated by Zorblat, collected data."
    assert ("OWNS", "Zorblat", "Quixly", "established") in facts(context, sentence, "en")


def test_a_regulator_noun_keeps_its_place(context):
    sentence = "Quixly was fined by Ruritania's regulator in 2021."
    found = facts(context, sentence, "en")
    assert ("PLAINTIFF_IN", "Ruritania", "Ruritania v. Quixly (2021)", "established") in found
