"""A state's possessive before the law a suit says was broken (issue #10, brief's open class):
"sued X for breaking Utah's Consumer Sales Practices Act" gave the law and its state but no
INVOKES, as "for breaking the Consumer Sales Practices Act" did: the possessive place stood
between the verb and the law, so the law was not the name right after it."""

from __future__ import annotations

import pytest
from sentences import facts

LAW = "Utah Consumer Sales Practices Act"


@pytest.mark.parametrize("verb", ["breaking", "flouting"])
def test_the_states_law_is_invoked(context, verb):
    sentence = f"Quillo Labs sued Zorbix for {verb} Utah's Consumer Sales Practices Act."
    found = facts(context, sentence, "en")
    assert ("INVOKES", "Quillo Labs v. Zorbix", LAW, "alleged") in found


def test_news_about_a_law_is_no_breach(context):
    sentence = (
        "Quillo Labs sued Zorbix, breaking Utah's news about the Consumer Sales Practices Act."
    )
    assert not any(f[0] == "INVOKES" for f in facts(context, sentence, "en"))
