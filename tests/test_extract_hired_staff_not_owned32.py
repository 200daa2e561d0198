"""Taking on a company's people buys no platform (issue #10, OWNS precision), on sentences
written for these tests with invented names: "acquired the Quillo.io leadership team" and
"kocht het personeel van Quillo" state no ownership of Quillo; buying the app does."""

from __future__ import annotations

from sentences import facts


def _owns(found):
    return {(source, target) for kind, source, target, _ in found if kind == "OWNS"}


def test_acquired_team_is_no_ownership(context):
    text = "Brelco, which acquired the Quillo.io leadership team in May, was sued."
    assert ("Brelco", "Quillo.io") not in _owns(facts(context, text, "en"))
    text = "Brelco acquired Quillo.io in May."
    assert ("Brelco", "Quillo.io") in _owns(facts(context, text, "en"))


def test_acquired_team_is_no_ownership_nl(context):
    text = "Brelco kocht in mei het personeel van de chatapp Quillo."
    assert ("Brelco", "Quillo") not in _owns(facts(context, text, "nl"))
    text = "Brelco kocht in mei de chatapp Quillo."
    assert ("Brelco", "Quillo") in _owns(facts(context, text, "nl"))
