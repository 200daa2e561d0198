"""The court a ruling comes from hears the case (issue #10, brief's class: a court tied to
the case by a back-reference): "The ruling came from the district court in Rotterdam" gave no
HEARD_BY, while the Dutch "Het vonnis kwam van de rechtbank Rotterdam" did."""

from __future__ import annotations

from sentences import facts

_SUED = "The Quillo Foundation sued the dating site Zorbix."
_CASE = "Quillo Foundation v. Zorbix"


def test_ruling_came_from_a_court(context):
    text = f"{_SUED} The ruling came from the district court in Rotterdam."
    assert ("HEARD_BY", _CASE, "Rechtbank Rotterdam", "established") in facts(context, text, "en")


def test_decision_from_a_company_names_no_court(context):
    text = f"{_SUED} The decision from Zorbix to stop the ads was welcome."
    assert not any(f[0] == "HEARD_BY" for f in facts(context, text, "en"))
