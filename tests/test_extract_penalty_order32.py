"""The prosecutor's penalty order is a sanction like a fine (issue #10), on sentences written
for these tests with invented names: "Het OM heeft X een strafbeschikking opgelegd" and "X
kreeg van het OM een strafbeschikking" make the Openbaar Ministerie's case against X, ruled
(a sanction the office imposes itself)."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Het OM heeft hostingbedrijf Serverhuis een strafbeschikking opgelegd.",
        "Serverhuis kreeg van het OM een strafbeschikking van 50.000 euro.",
    ],
)
def test_penalty_order(context, text):
    case = "Openbaar Ministerie v. Serverhuis"
    assert {
        ("DEFENDANT_IN", "Serverhuis", case, "ruled"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    } <= facts(context, text, "nl")
