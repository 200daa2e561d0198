"""A name described by an indefinite phrase whose modifier is capitalised (issue #10), on
sentences written for these tests with invented names: "X, a Bay Area site" and "X, een
Zuid-Holland platform" type X by the noun as "X, a dating site" does; the capitalised
words are the place the thing is in, never a platform or a person of their own."""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _typed(context, text: str, language: str) -> dict[str, str]:
    entities, _ = extracted(context, text, language)
    return {e.name: e.type for e in entities.values() if e.type != "Case"}


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        ("Regulators acted against Quarrelbox, a Bay Area site that hosted ads.", "en",
         "Quarrelbox", "Platform"),
        ("The clips came from Brindlewood, a San Diego company whose owners were charged.",
         "en", "Brindlewood", "Organization"),
        ("Police shut down Quarrelbox, a Bay Area forum, in 2019. He was convicted later.",
         "en", "Quarrelbox", "Platform"),
        ("Quarrelbox, een Zuid-Holland platform, werd in mei door ouders aangeklaagd.", "nl",
         "Quarrelbox", "Platform"),
    ],
)  # fmt: skip
def test_the_described_name_is_typed_and_its_place_is_no_entity(
    context, text, language, name, kind
):
    assert _typed(context, text, language) == {name: kind}
