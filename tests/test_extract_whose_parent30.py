"""A relative "whose parent is" names the owner after it (issue #10), on sentences written
for these tests with invented firms: "Quixly, whose parent is China's Zorblat" makes Zorblat
the owner of Quixly even when neither name is known and the types guessed for them are the
other way round (a country's possessive before the owner only qualifies it)."""

from __future__ import annotations

import pytest
from sentences import facts


def _owns(found: set[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t, _ in found if kind == "OWNS"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Reyes said Quixly, whose parent is Brelvo, does not protect children.",
        "Dana Reyes said Quixly, whose parent is China's Brelvo, does not protect children.",
        "Dana Reyes said Quixly, whose parent company is Brelvo, does not protect children.",
        "Texas sued Quixly on Thursday. Dana Reyes said Quixly, whose parent is China's Brelvo, "
        "does not protect children. Reyes wants Quixly and its rivals to answer for the harm "
        "done, she said.",
    ],
)
def test_the_name_after_whose_parent_owns(context, sentence):
    assert _owns(facts(context, sentence, "en")) == {("Brelvo", "Quixly")}
