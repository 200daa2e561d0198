"""An attorney general introduced with the state before acting under the surname alone
(issue #10), on sentences written for these tests with invented names: "Ohio Attorney
General Dana Morrow said ... Morrow sued X" - the state's office brings the suit the
surname's sentence tells, though the sentence that introduced the official told no suit."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Ohio Attorney General Dana Morrow spoke to reporters on Monday. "
        "Morrow sued Zorblat Labs, saying its app harmed teenagers.",
        "Vermont Attorney General Elric Brandvold called the app dangerous. "
        "Later that week Brandvold filed a lawsuit against Zorblat Labs.",
    ],
)
def test_surname_of_introduced_attorney_general_sues_for_state(context, text):
    found = facts(context, text, "en")
    plaintiffs = {s for k, s, _, _ in found if k == "PLAINTIFF_IN"}
    state = "State of Ohio" if "Ohio" in text else "State of Vermont"
    assert plaintiffs == {state}
    assert "Zorblat Labs" in {s for k, s, _, _ in found if k == "DEFENDANT_IN"}


def test_surname_of_other_person_is_no_state(context):
    text = (
        "Ohio Attorney General Dana Morrow spoke on Monday. "
        "Investor Piet Kalvan also commented. Kalvan sued Zorblat Labs."
    )
    found = facts(context, text, "en")
    assert "State of Ohio" not in {s for k, s, _, _ in found if k == "PLAINTIFF_IN"}
