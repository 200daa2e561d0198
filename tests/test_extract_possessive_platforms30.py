"""A possessive before a platform it names (issue #10), on sentences written for these tests
with invented firms: "Zorblat said its Quixly app", "sued Zorblat over its chat app Quixly",
"its Quixly and Vindr platforms", "Quixly, its chat app": the company the pronoun stands for
owns the platform. The possessive identifies the platform, so the claim around it does not
make the ownership alleged (docs/annotation.md, section 5). A rival's app, an app store and a
name told before the possessive in another clause are no ownership."""

from __future__ import annotations

import pytest
from sentences import facts


def _owns(found: set[tuple[str, ...]]) -> set[tuple[str, str, str]]:
    return {(s, t, status) for kind, s, t, status in found if kind == "OWNS"}


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        (
            "Zorblat Labs said its Quixly app would close next month.",
            {("Zorblat Labs", "Quixly", "established")},
        ),
        (
            "The Federal Trade Commission sued Zorblat Labs over its chat app Quixly.",
            {("Zorblat Labs", "Quixly", "established")},
        ),
        (
            "The state sued Zorblat Labs, alleging that its Quixly and Vindr apps exposed "
            "children to strangers.",
            {("Zorblat Labs", "Quixly", "established"), ("Zorblat Labs", "Vindr", "established")},
        ),
        (
            "Attorney General Dana Reyes filed suit against Zorblat Labs, alleging that Quixly, "
            "its popular chat app, exposed children to strangers.",
            {("Zorblat Labs", "Quixly", "established")},
        ),
    ],
)
def test_its_platform_is_owned(context, sentence, owned):
    assert _owns(facts(context, sentence, "en")) == owned


@pytest.mark.parametrize(
    "sentence",
    [
        "Brelco said Quixly, its biggest rival app, had copied its design.",
        "Cloudflare stopped serving Grimvale, saying its site hosted threats.",
        "Applewood removed Quixly from its app store on Saturday.",
        "Zorblat Labs sued Quixly for copying its app.",
    ],
)
def test_no_ownership_without_a_possessed_platform(context, sentence):
    assert _owns(facts(context, sentence, "en")) == set()
