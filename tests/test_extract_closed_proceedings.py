"""A proceeding that is closed is no platform shut down (issue #10), on sentences written
for these tests with invented names: "the watchdog closed down its investigation into X"
ends the case against X; X stays the defendant and no authority took X offline. A seizure
after or during an investigation still is one."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "After three years, the Velmark Markets Authority closed down both of its probes "
            "into Zentolo and Bellomo's app stores.",
            "en",
        ),
        ("The Velmark Markets Authority shut down its probe into Zentolo.", "en"),
        ("Last month the Ostland Gaming Board closed down the inquiry into Zentolo.", "en"),
        ("De toezichthouder Datavakt heeft het onderzoek naar Zentolo gesloten.", "nl"),
        ("De toezichthouder Datavakt sloot vorige week zijn onderzoek naar Zentolo.", "nl"),
    ],
)
def test_closing_a_proceeding_shuts_no_platform_down(context, text, language):
    found = facts(context, text, language)
    assert not {f for f in found if f[0] == "SHUT_DOWN"}
    assert "Zentolo" in {s for t, s, _, _ in found if t == "DEFENDANT_IN"}


@pytest.mark.parametrize(
    ("text", "language", "authority"),
    [
        (
            "The FBI shut down Zentolo after a two-year investigation.",
            "en",
            "Federal Bureau of Investigation",
        ),
        (
            "Het Openbaar Ministerie haalde het forum Zentolo offline na een lang onderzoek.",
            "nl",
            "Openbaar Ministerie",
        ),
    ],
)
def test_a_seizure_beside_an_investigation_still_counts(context, text, language, authority):
    found = facts(context, text, language)
    assert ("SHUT_DOWN", authority, "Zentolo", "established") in found
