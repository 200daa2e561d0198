"""A municipality a lower-case noun names is one organisation with that noun in its name
(issue #10, NL32 TUNE class: "de gemeente Bodegraven-Reeuwijk" is the party "Gemeente
Bodegraven-Reeuwijk"): "De gemeente Quillo daagde Zorbix voor de rechter" gave the bare
"Quillo" as the plaintiff (typed as a platform, an organisation or a vendor), and "De
Gemeente Quillo" a person. The body is a public one: no company a later noun points to
("het internetbedrijf")."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente Quillo daagde Zorbix voor de rechter.",
        "De Gemeente Quillo daagde Zorbix voor de rechter.",
        "Zorbix werd door de gemeente Quillo voor de rechter gedaagd.",
    ],
)
def test_the_municipality_sues(context, text):
    case = "Gemeente Quillo v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", "Gemeente Quillo", case, "established"),
    }


def test_a_municipality_is_no_company_a_later_noun_points_to(context):
    text = (
        "Zorbix moet de filmpjes weghalen. De gemeente Quillo vroeg dat dinsdag in een kort "
        "geding tegen het internetbedrijf."
    )
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Gemeente Quillo"
                   for f in facts(context, text, "nl"))  # fmt: skip
