"""Where a case goes is where it is heard (issue #10, SET37 miss class 7: a court tied to the
case by a movement): "de zaak ging toen naar de Hoge Raad", "X stapte naar het gerechtshof
Amsterdam", as "The case then went to the Supreme Court" already was in English."""

from __future__ import annotations

import pytest
from sentences import facts

_SUIT = "Stichting Quillo v. Zorbix"


@pytest.mark.parametrize(
    ("second", "court"),
    [
        ("Zorbix trok met het geschil later naar de Hoge Raad.", "Hoge Raad"),
        ("Zorbix stapte daarna naar het gerechtshof Amsterdam.", "Gerechtshof Amsterdam"),
    ],
)
def test_case_goes_to_a_court(context, second, court):
    text = f"Stichting Quillo daagde datingsite Zorbix voor de rechter. {second}"
    assert ("HEARD_BY", _SUIT, court, "established") in facts(context, text, "nl")


def test_investigation_into_a_name_is_no_court(context):
    # "naar" before a name that is no court: no court
    text = "De ACM onderzoekt datingsite Zorbix. Het onderzoek naar Zorbix loopt nog."
    assert not any(f[0] == "HEARD_BY" for f in facts(context, text, "nl"))
