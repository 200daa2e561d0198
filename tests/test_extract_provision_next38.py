"""A provision between a law's trigger and the law (issue #10), on sentences written for
these tests with invented parties: a trigger whose law must come right after it ("op basis
van", "op grond van", "krachtens", "broke") also takes the law after a provision of it
("op basis van artikel 7 van de AVG", "broke Article 5 of the GDPR"): the law the provision
is of."""

from __future__ import annotations

import pytest
from sentences import facts, laws_invoked

GDPR = "General Data Protection Regulation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De Autoriteit Persoonsgegevens beboette Quillbox op basis van artikel 7 van de AVG.",
         "nl"),
        ("De Autoriteit Persoonsgegevens legde Quillbox in mei een boete op op grond van "
         "artikel 32 van de AVG.", "nl"),
        ("The Quorn Data Authority fined Quillbox because it broke Article 5 of the GDPR.",
         "en"),
    ],
)  # fmt: skip
def test_a_provision_before_the_law_is_skipped(context, text, language):
    assert laws_invoked(facts(context, text, language)) == {GDPR}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # articles that are no provision of the law after them
        ("De Autoriteit Persoonsgegevens beboette Quillbox op basis van artikelen in de krant "
         "over de AVG.", "nl"),
    ],
)  # fmt: skip
def test_no_law_without_a_named_law(context, text, language):
    assert laws_invoked(facts(context, text, language)) == set()
