"""A list of parties goes on past an aside on its first member (issue #10), on sentences
written for these tests with invented names: "charges Peter Nolan, who moderated the forums,
and Andrew Kemp", "charges Peter Nolan, a moderator, and Andrew Kemp" and "vervolgt Peter
Nolan, die de forums beheerde, en Andrew Kemp" name two defendants."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An indictment charges Peter Nolan, who moderated the forums, and Andrew Kemp.", "en"),
        ("An indictment charges Peter Nolan, a moderator, and Andrew Kemp.", "en"),
        ("Het OM vervolgt Peter Nolan, die de forums beheerde, en Andrew Kemp.", "nl"),
    ],
)
def test_the_list_goes_on_past_the_aside(context, text, language):
    assert defendant_names(facts(context, text, language)) == {"Peter Nolan", "Andrew Kemp"}
