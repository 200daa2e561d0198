"""Dutch announcements of a plan (issue #10): "X kondigde aan een zaak te beginnen tegen
Y", "X heeft aangekondigd een rechtszaak aan te spannen" and "X bereidt een rechtszaak
voor" tell of a suit to come, no suit brought (docs/annotation.md: plans give no fact),
while "X kondigde een rechtszaak tegen Y aan" announces the suit itself. Sentences
written for these tests; every name is invented.
"""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "Stichting Koekoek kondigde aan een zaak te beginnen tegen Flirtel.",
        "Vorige maand kondigde Stichting Vrije Keuze Nu al aan een zaak te beginnen tegen "
        "Flirtel en Zorblat.",
        "Stichting Koekoek heeft aangekondigd een rechtszaak aan te spannen tegen Flirtel.",
        "Vakbond Samen Sterk kondigt aan een procedure te starten tegen Snelbord.",
        "Stichting Koekoek bereidt een rechtszaak tegen Flirtel voor.",
    ],
)
def test_a_planned_suit_is_no_suit(context, text):
    assert facts(context, text, "nl") == set()


def test_a_suit_announced_as_the_object_is_the_suit(context):
    text = "Stichting Koekoek kondigde vrijdag een rechtszaak tegen Flirtel aan."
    case = "Stichting Koekoek v. Flirtel (2023)"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Flirtel", case, "alleged"),
        ("PLAINTIFF_IN", "Stichting Koekoek", case, "established"),
    }
