"""A fine handed out in the English passive with its agent (issue #10): "X was handed a fine
by the regulator" and "X was slapped with a fine by the regulator" read the fine's bringer
from the clause's subject, so the fined company brought a case against the regulator. The
agent imposes the fine, the subject receives it, as in Dutch ("De boete is opgelegd door de
AP")."""

from __future__ import annotations

import pytest
from sentences import facts

FTC = "Federal Trade Commission"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbix was handed a fine of $4 million by the Federal Trade Commission.",
        "Zorbix was slapped with a fine by the Federal Trade Commission.",
        "Zorbix, the video app, was slapped with a penalty of $4 million by the "
        "Federal Trade Commission.",
        "Zorbix was issued a penalty by the Federal Trade Commission.",
    ],
)
def test_the_agent_fines_the_subject(context, sentence):
    case = f"{FTC} v. Zorbix"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", FTC, case, "established"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Federal Trade Commission slapped a fine of $4 million on Zorbix.",
        "The Federal Trade Commission imposed a penalty on Zorbix.",
    ],
)
def test_the_active_voice_keeps_its_subject_as_the_bringer(context, sentence):
    case = f"{FTC} v. Zorbix"
    assert facts(context, sentence, "en") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", FTC, case, "established"),
    }
