"""Dutch court findings of stop 31 (issue #10) that gave no Case at all, on sentences
written for these tests with invented names: a court that agrees with a party that another
did wrong ("de rechtbank was het met X eens dat Y onrechtmatig heeft gehandeld") rules for
that party in its case against the other.
"""

from __future__ import annotations

import pytest
from sentences import facts

AGREED = [
    ("In mei was de Haarlemse rechtbank het met de Fietsersbond eens dat Quixly met "
     "klantgegevens in de fout is gegaan.", "Fietsersbond", "Quixly", "Rechtbank Haarlem"),
    ("Volgens de uitspraak was de rechter het met stichting Veilig Web eens dat Brelco "
     "onrechtmatig heeft gehandeld.", "Veilig Web", "Brelco", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant", "party", "court"), AGREED)
def test_a_court_agreeing_with_a_party_rules_for_it(context, text, claimant, party, court):
    found = facts(context, text, "nl")
    case = f"{claimant} v. {party}"
    expected = {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", claimant, case, "established"),
    }
    if court:
        expected.add(("HEARD_BY", case, court, "established"))
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "De minister was het met de Fietsersbond eens dat Brelco onrechtmatig heeft gehandeld.",
        "De rechter is het niet met de Fietsersbond eens dat Brelco onrechtmatig heeft gehandeld.",
    ],
)
def test_no_case_without_a_court_or_when_it_disagrees(context, text):
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))
