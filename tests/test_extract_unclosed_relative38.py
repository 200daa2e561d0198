"""A relative clause that no comma closes (issue #10, English sentence classes): "Zorblat,
which sells ads was fined by the Ruritanian Data Protection Authority" gave nothing, while the
same sentence with its closing comma gave the fine. The words from ", which" to the main
verb's auxiliaries are the relative clause's own when none of them is a name, punctuation, a
pronoun, "that" or a verb of speech: the name before ", which" is then the subject."""

from __future__ import annotations

import pytest
from sentences import facts

AUTHORITY = "Ruritanian Data Protection Authority"


@pytest.mark.parametrize(
    "clause", ["which sells ads", "which specialises in showing online games to children"]
)
def test_the_antecedent_is_fined(context, clause):
    sentence = f"Zorblat, {clause} was fined 5 million euros by the {AUTHORITY} (RDPA)."
    found = facts(context, sentence, "en")
    case = f"{AUTHORITY} v. Zorblat"
    assert ("DEFENDANT_IN", "Zorblat", case, "ruled") in found
    assert ("PLAINTIFF_IN", AUTHORITY, case, "established") in found


def test_a_reported_clause_names_no_subject(context):
    # the relative clause has a subject of its own: its owner was fined, not Zorblat
    sentence = f"Zorblat, which says its owner was fined by the {AUTHORITY}, will appeal."
    found = facts(context, sentence, "en")
    assert not any(f[0] == "DEFENDANT_IN" for f in found)


def test_the_closed_clause_still_works(context):
    sentence = f"Zorblat, which sells ads, was fined 5 million euros by the {AUTHORITY}."
    found = facts(context, sentence, "en")
    assert ("DEFENDANT_IN", "Zorblat", f"{AUTHORITY} v. Zorblat", "ruled") in found
