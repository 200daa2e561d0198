"""A relative clause after a trigger's object that names a stronger name (issue #10): "Het
OM vervolgt Piet Kalvan, die de site Zorbix runde" gave nothing (the typed site was picked
as the object, then dropped as a name of the relative clause) or made the site a second
defendant (its comma read as a list's). The object is the name before the relative clause,
and a relative pronoun after a comma joins no list."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence, defendant",
    [
        ("Het OM vervolgt Kees Brom, die het forum Dravona beheerde.", "Kees Brom"),
        ("Het OM vervolgt Piet Kalvan, die de site Zorbix runde.", "Piet Kalvan"),
        ("Het OM vervolgt Zorvex, die de site Quillo runde.", "Zorvex"),
    ],
)
def test_the_object_before_the_relative_clause_is_prosecuted(context, sentence, defendant):
    case = f"Openbaar Ministerie v. {defendant}"
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", defendant, case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


def test_a_list_past_the_relative_clause_still_joins(context):
    found = facts(context, "Het OM vervolgt Piet Kalvan, die de site runde, en Kees Brom.", "nl")
    case = "Openbaar Ministerie v. Piet Kalvan"
    assert found == {
        ("DEFENDANT_IN", "Piet Kalvan", case, "alleged"),
        ("DEFENDANT_IN", "Kees Brom", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }
