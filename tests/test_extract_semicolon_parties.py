"""A suit's parties listed in items that semicolons part, each with its own apposition
(issue #10): "sued A, the maker of X; its founders B and C; and D, the parent of A" sues all
of them in one case. A clause after a semicolon adds nobody, and an item's relative clause
("which owns Y") does not carry the list into its own relation. Sentences written for these
tests, with invented parties."""

from __future__ import annotations

from sentences import defendant_cases, facts


def test_items_parted_by_semicolons_are_all_sued(context):
    found = facts(
        context,
        "Harold Finch sued Quillon Labs Inc., the maker of the app Quillon; its founders "
        "Tessa Marrow and Ivo Brandt; and Orbisoft, the parent of Quillon Labs.",
        "en",
    )
    defendants = defendant_cases(found)
    assert {"Tessa Marrow", "Ivo Brandt", "Orbisoft"} <= set(defendants)
    assert len(set(defendants.values())) == 1
    assert ("PLAINTIFF_IN", "Harold Finch", next(iter(defendants.values())), "established") in found


def test_a_clause_after_a_semicolon_sues_nobody(context):
    found = facts(
        context,
        "Harold Finch sued Quillon Labs Inc., the maker of the app Quillon; Orbisoft said it "
        "would fight the claims.",
        "en",
    )
    assert "Orbisoft" not in defendant_cases(found)


def test_an_items_relative_clause_keeps_its_own_object(context):
    found = facts(
        context,
        "Dara Quellin sued Zorblat Inc., which now owns Quist.com; Marlow Corp.; and two "
        "former board members.",
        "en",
    )
    assert "Marlow Corp." in defendant_cases(found)
    assert not any(t == "OWNS" and o == "Marlow Corp." for t, _, o, _ in found)
