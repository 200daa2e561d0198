"""The names a colon lists after a described object (issue #10, English sentence classes):
"Mara Quinn sued three companies: Zorblat, Quixly and Brelco" gave nothing, while ", including
Zorblat, Quixly and Brelco" gave the three defendants; "served two sites: X and Y" gave no
vendor's customers. A colon after the description opens its list as "including" does, for
every relation whose end is the name after the verb."""

from __future__ import annotations

from sentences import defendant_names, facts


def test_the_colon_lists_the_defendants(context):
    found = facts(context, "Mara Quinn sued three companies: Zorblat, Quixly and Brelco.", "en")
    assert defendant_names(found) == {"Zorblat", "Quixly", "Brelco"}
    assert ("PLAINTIFF_IN", "Mara Quinn", "Mara Quinn v. Zorblat", "established") in found


def test_the_colon_lists_the_customers(context):
    sentence = "The payment processor Zorblat served two sites: Quixly and Vindr."
    found = facts(context, sentence, "en")
    assert ("SERVICED", "Zorblat", "Quixly", "established") in found
    assert ("SERVICED", "Zorblat", "Vindr", "established") in found


def test_including_still_lists(context):
    sentence = "Mara Quinn sued three companies, including Zorblat and Brelco."
    assert defendant_names(facts(context, sentence, "en")) == {"Zorblat", "Brelco"}
