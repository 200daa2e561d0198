"""A footnote marker glued to a name is no part of it (issue #10, precision), on sentences
written for these tests with invented names: "het platform Zorbix1" names Zorbix when the
text writes "Zorbix" elsewhere or the bare name is known ("Facebook1"); a name that ends in
digits of its own ("Tele2") stays whole."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    "sentence, language, party",
    [
        (
            "Stichting Datahaven daagt de exploitant van de app Zorbix1 voor de rechter. "
            "Volgens de stichting verzamelt Zorbix te veel gegevens.",
            "nl",
            "Zorbix",
        ),
        ("Stichting Datahaven begint een zaak tegen Facebook1.", "nl", "Facebook"),
        (
            "The Datahaven Foundation sued Zorbix2 in Amsterdam. Zorbix denied the claims.",
            "en",
            "Zorbix",
        ),
    ],
)
def test_footnote_marker_glued_to_a_name_is_dropped(context, sentence, language, party):
    assert defendant_names(facts(context, sentence, language)) == {party}


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "The Datahaven Foundation sued Tele2."),
        ("nl", "Stichting Datahaven begint een zaak tegen Zorbix2."),
    ],
)
def test_digits_of_a_name_stay(context, language, sentence):
    assert len(defendant_names(facts(context, sentence, language))) == 1
    assert all(name[-1].isdigit() for name in defendant_names(facts(context, sentence, language)))
