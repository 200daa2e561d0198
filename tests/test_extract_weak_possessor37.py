"""The company "its" stands for may be a name read first as a platform (issue #10): "Quillo
Labs sued Zorblat over its video app Quixly" gave the app to Quillo Labs (the possessor skipped
the nearer one-word name Zorblat, typed a platform first, for the farther company), and
"Zorblat said its chat app Quixly had grown" gave nothing. A weak name that may be a company
is the possessor; the name an apposition follows ("Quixly, its chat app") never is."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillo Labs sued Zorblat over its video app Quixly.",
        "Zorblat said its chat app Quixly had grown.",
    ],
)
def test_the_weak_name_before_its_owns_the_app(context, sentence):
    found = facts(context, sentence, "en")
    assert ("OWNS", "Zorblat", "Quixly", "established") in found
    assert not any(f[0] == "OWNS" and f[1] == "Quillo Labs" for f in found)


def test_an_apposition_head_is_not_its_own_owner(context):
    sentence = "Quillo Labs, alleging that Quixly, its chat app, spread lies, sued Brelco."
    assert ("OWNS", "Quillo Labs", "Quixly", "established") in facts(context, sentence, "en")
