"""Regulators whose name ends in "Board" (issue #10), on sentences written for these tests
with invented names: competition, privacy and gaming boards abroad fine and investigate as
authorities and commissions do ("the Ostland Competition Board fined X"). "Board" is an
organisation's head, so the board is the plaintiff of its own proceedings."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "language", "board"),
    [
        ("The Ostland Privacy Board fined Zentolo €2 million.", "en", "Ostland Privacy Board"),
        (
            "The Ostland Competition Board opened an investigation into Zentolo.",
            "en",
            "Ostland Competition Board",
        ),
        (
            "The Ostland Competition Board said on Wednesday that it had fined Zentolo 5 "
            "million lira.",
            "en",
            "Ostland Competition Board",
        ),
        (
            "Zentolo was fined €3 million by the Velmark Gaming Board.",
            "en",
            "Velmark Gaming Board",
        ),
        (
            "Het Velmark Gaming Board heeft Zentolo een boete van 3 miljoen euro opgelegd.",
            "nl",
            "Velmark Gaming Board",
        ),
    ],
)
def test_a_board_is_the_plaintiff_of_its_fine_or_probe(context, text, language, board):
    found = facts(context, text, language)
    assert {(t, s) for t, s, _, _ in found} == {
        ("PLAINTIFF_IN", board),
        ("DEFENDANT_IN", "Zentolo"),
    }
    assert len({c for _, _, c, _ in found}) == 1
