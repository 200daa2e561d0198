"""A person's possessive before a platform noun with no name of its own points back to the
platform told of before (issue #10): "Dana Vale's social media platform" after "the app
Quixly" is Quixly, owned by Dana Vale. Not a plural noun, not a noun that modifies another
("Dana Vale's social media posts"), not another or a new platform, not a modifier that
names no owner ("Dana Vale's favourite app"), and not a company's own website."""

from __future__ import annotations

import pytest
from sentences import facts

_BEFORE = "The regulator sent a notice to the app Quixly. "


def _owners(context, text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(context, text, "en") if f[0] == "OWNS"}


@pytest.mark.parametrize(
    "text",
    [
        "It is in a legal battle with Dana Vale's social media platform over the clip.",
        "The court sided with Dana Vale's platform.",
        "Dana Vale's messaging app, fined twice before, appealed.",
    ],
)
def test_the_possessed_platform_is_the_one_told_of(context, text):
    assert _owners(context, _BEFORE + text) == {("Dana Vale", "Quixly")}


@pytest.mark.parametrize(
    "text",
    [
        "Dana Vale's platforms were fined as well.",
        "Dana Vale's social media posts were removed.",
        "Dana Vale's new platform would compete with it.",
        "Dana Vale's other app was not fined.",
        "It sued Dana Vale's favourite app.",
        "Zorblat Inc. said on Zorblat Inc.'s website that it would appeal.",
    ],
)
def test_no_owner_of_a_platform_not_pointed_back_to(context, text):
    assert _owners(context, _BEFORE + text) == set()
