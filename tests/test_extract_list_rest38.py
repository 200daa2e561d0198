"""A list closed by "and others" keeps its members (issue #10, English classes; TUNE en30 07
"are suing A, B Ltd. and others"): the names a comma joins wait for the "and" that closes the
list, and "and others" named no one, so only the first name was a defendant. "and" before a
word naming the list's rest (the packs' list_rest: "others", "other platforms"; "anderen",
"andere") closes it as a last member would."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Mara Quinn is suing Zorblat Recordings, Vexchan Digital Ltd. and others.", "en"),
        ("Mara Quinn is suing Zorblat Recordings, Vexchan Digital Ltd. and other platforms.", "en"),
        ("Mara Quinn daagde Zorblat, Vexchan Digital en andere platforms voor de rechter.", "nl"),
    ],
)
def test_the_list_before_the_rest(context, sentence, language):
    found = facts(context, sentence, language)
    assert {"Vexchan Digital Ltd.", "Vexchan Digital"} & defendant_names(found)
    assert len(defendant_names(found)) == 2


def test_a_clause_after_a_comma_is_no_rest(context):
    found = facts(context, "Mara Quinn sued Zorblat, and more suits followed.", "en")
    assert defendant_names(found) == {"Zorblat"}
