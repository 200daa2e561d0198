"""Dutch findings of guilt (issue #10): "De rechtbank heeft X schuldig bevonden aan
fraude", "bevond X schuldig", "X werd schuldig verklaard" are rulings against X, as
"veroordeeld" is, and the court named in the sentence heard the case. Sentences written
for these tests; company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import facts


def found_guilty(party: str, court: str | None = None) -> set[tuple[str, ...]]:
    case = f"Prosecution v. {party}"
    out = {("DEFENDANT_IN", party, case, "ruled")}
    if court:
        out.add(("HEARD_BY", case, court, "established"))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De rechtbank in Utrecht heeft Zorblat schuldig bevonden aan oplichting.",
            found_guilty("Zorblat", "Rechtbank Midden-Nederland"),
        ),
        ("Het gerechtshof bevond Kiekje schuldig aan witwassen.", found_guilty("Kiekje")),
        (
            "Zorblat werd door de rechtbank Rotterdam schuldig bevonden aan misleiding.",
            found_guilty("Zorblat", "Rechtbank Rotterdam"),
        ),
        (
            "De rechter verklaarde Muntje schuldig aan het verspreiden van malware.",
            found_guilty("Muntje"),
        ),
    ],
)
def test_a_finding_of_guilt_is_a_ruling(context, text, expected):
    assert facts(context, text, "nl") == expected


def test_not_guilty_is_no_ruling(context):
    assert facts(context, "De rechtbank heeft Zorblat niet schuldig bevonden.", "nl") == set()
