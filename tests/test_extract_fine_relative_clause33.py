"""The one who imposes a fine in a relative clause the fine heads is no defendant (issue
#10, precision), on sentences written for these tests with invented names: in "Zorbix betaalt
de boete die de ACM vorig jaar heeft opgelegd" the ACM fines Zorbix; the relative clause's
subject brings the case, not the main clause's."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts

ACM = "Autoriteit Consument en Markt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbix betaalt de boete die de ACM vorig jaar heeft opgelegd.",
        "Het is de hoogste boete die de ACM ooit heeft opgelegd aan Zorbix.",
        "De boete die de ACM aan Zorbix oplegde, blijft staan.",
    ],
)
def test_relative_clause_subject_imposes_the_fine(context, sentence):
    found = facts(context, sentence, "nl")
    assert ACM not in defendant_names(found)
    assert {f[0] for f in found if f[1] == "Zorbix"} == {"DEFENDANT_IN"}
    assert ("PLAINTIFF_IN", ACM) in {(f[0], f[1]) for f in found}


def test_english_relative_clause_regulator_no_defendant(context):
    found = facts(context, "Zorbix will pay the fine that the FTC imposed last year.", "en")
    assert "Federal Trade Commission" not in defendant_names(found)
