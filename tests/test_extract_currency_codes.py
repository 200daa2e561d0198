"""Currency codes before a sum (issue #10), on sentences written for these tests with
invented parties: a regulator abroad fines in its own currency ("NOK 65 million", "a fine
of SEK 40 000 000"). The code is no party and no part of the name before it, so the fined
party is the one named, and a fine told without an object adds nobody."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language", "fined"),
    [
        ("The Velmark Data Authority fined Zentolo NOK 65 million on Monday.", "en", "Zentolo"),
        ("Regulators in Osterby slapped a fine of KRW 42 billion on Bellomo.", "en", "Bellomo"),
        (
            "Quorvix was fined PLN 27 million by the Velmark Office for Competition.",
            "en",
            "Quorvix",
        ),
        (
            "The Ostland Competition Board has fined Pellaro Systems TRY 346 million.",
            "en",
            "Pellaro Systems",
        ),
        ("De toezichthouder Datavakt beboette Zentolo met DKK 12 miljoen.", "nl", "Zentolo"),
    ],
)
def test_the_fined_party_is_named_before_or_after_the_coded_sum(context, text, language, fined):
    assert defendant_names(facts(context, text, language)) == {fined}


@pytest.mark.parametrize(
    "text",
    [
        "The Velmark Data Authority opened an inquiry into Zentolo in May. It imposed a fine "
        "of SEK 40 000 000 on the company for the breach.",
        "The Velmark Data Authority opened an inquiry into Zentolo in May. The authority then "
        "set a penalty of CHF 5 million.",
    ],
)
def test_a_coded_sum_is_never_a_party(context, text):
    found = facts(context, text, "en")
    assert defendant_names(found) == {"Zentolo"}
