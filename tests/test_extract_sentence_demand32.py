"""A prosecutor's demanded sentence names the defendant (issue #10), on sentences written for
these tests with invented names: "Het OM eist vier jaar cel voor X", "heeft 40 maanden geëist
voor de 31-jarige X" and "prosecutors sought five years in prison for X" make the demanding
office the plaintiff and the person after "voor"/"for" the defendant; "voor witwassen via X"
names an offence, no party. Also "tegen de 31-jarige X" and "tegen bezorgdienst X": an age or
a bare kind noun the pack lacks between "tegen" and the party."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    ("text", "language", "plaintiff", "defendant"),
    [
        ("Het OM eist vier jaar cel voor Boris Kantelaar.", "nl", "Openbaar Ministerie",
         "Boris Kantelaar"),
        ("Het Openbaar Ministerie heeft een gevangenisstraf van 40 maanden geëist voor de "
         "31-jarige Boris Kantelaar.", "nl", "Openbaar Ministerie", "Boris Kantelaar"),
        ("Het OM eist twee jaar cel voor hostingbedrijf Serverhuis.", "nl",
         "Openbaar Ministerie", "Serverhuis"),
        ("The Justice Department sought five years in prison for Boris Kantelar.", "en",
         "U.S. Department of Justice", "Boris Kantelar"),
        ("The Justice Department is seeking a ten-year sentence against Boris Kantelar.", "en",
         "U.S. Department of Justice", "Boris Kantelar"),
        ("Het OM eiste drie jaar cel tegen de 31-jarige Boris Kantelaar.", "nl",
         "Openbaar Ministerie", "Boris Kantelaar"),
        ("FNV heeft een rechtszaak aangespannen tegen bezorgdienst Snelbord.", "nl", "FNV",
         "Snelbord"),
    ],
)  # fmt: skip
def test_demanded_sentence_names_the_defendant(context, text, language, plaintiff, defendant):
    assert sued(plaintiff, defendant) <= facts(context, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het OM eist vier jaar cel voor witwassen via Klikmarkt.", "nl"),
        ("The Justice Department sought five years in prison for fraud at Klikmarkt.", "en"),
    ],
)
def test_an_offence_after_for_is_no_party(context, text, language):
    found = facts(context, text, language)
    assert not {s for k, s, _, _ in found if k == "DEFENDANT_IN"}
