"""A Dutch court described by its seat is named as the court that sits there (issue #10):
since 2013 the district courts are named after their districts, so "de rechtbank in
Utrecht" is Rechtbank Midden-Nederland and "het gerechtshof Leeuwarden" is Gerechtshof
Arnhem-Leeuwarden (loaders/courts.yaml `trial_seats`, `appeal_seats`). Sentences written
for these tests, with invented names."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence, court",
    [
        ("De rechtbank in Utrecht heeft Zorblat schuldig bevonden aan oplichting.",
         "Rechtbank Midden-Nederland"),
        ("Stichting Datawacht daagde Klikhuis voor de rechtbank Den Bosch.",
         "Rechtbank Oost-Brabant"),
        ("Stichting Datawacht daagde Klikhuis voor de rechtbank in Maastricht.",
         "Rechtbank Limburg"),
        ("Stichting Datawacht daagde Klikhuis voor de rechtbank in Breda.",
         "Rechtbank Zeeland-West-Brabant"),
        ("Stichting Datawacht daagde Klikhuis voor de rechtbank Amsterdam.", "Rechtbank Amsterdam"),
        ("Het gerechtshof Leeuwarden vernietigde het vonnis in de zaak tegen Klikhuis.",
         "Gerechtshof Arnhem-Leeuwarden"),
    ],
)  # fmt: skip
def test_court_at_a_seat_is_named_by_its_district(context, sentence, court):
    heard = {f[2] for f in facts(context, sentence, "nl") if f[0] == "HEARD_BY"}
    assert heard == {court}
