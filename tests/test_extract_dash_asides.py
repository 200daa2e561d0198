"""An aside between two dashes or in brackets is skipped when a verb looks left for its
subject (issue #10), as one between two commas already was: in "X — which owns Y — has
acquired Z" the buyer is X, not the name inside the aside, and the aside still gives its own
facts (X owns Y). Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from sentences import facts


def _of(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == kind}


@pytest.mark.parametrize(
    ("sentence", "language", "aside"),
    [
        ("Kestrel Media — which owns Blogzy.com — has acquired Zintchat.", "en", "Blogzy.com"),
        ("Kestrel Media (which also runs Blogzy.com) bought Zintchat in 2019.", "en", None),
        ("Kestrel Media – dat ook Blogzy.nl bezit – kocht in 2019 de app Zintchat.", "nl",
         "Blogzy.nl"),
        ("Kestrel Media (dat ook Blogzy.nl bezit) kocht in 2019 Zintchat.", "nl", "Blogzy.nl"),
    ],
)  # fmt: skip
def test_the_buyer_is_the_name_before_the_aside(context, sentence, language, aside):
    owned = _of(facts(context, sentence, language), "OWNS")
    assert ("OWNS", "Kestrel Media", "Zintchat", "established") in owned
    assert not {f for f in owned if f[2] == "Zintchat" and f[1] != "Kestrel Media"}
    if aside:
        assert ("OWNS", "Kestrel Media", aside, "established") in owned


def test_an_aside_between_commas_is_skipped_as_before(context):
    sentence = "The registrar Ventrik, which hosts Blogzy.com, dropped Zintchat as a customer."
    assert _of(facts(context, sentence, "en"), "SERVICED") == {
        ("SERVICED", "Ventrik", "Blogzy.com", "established"),
        ("SERVICED", "Ventrik", "Zintchat", "established"),
    }
