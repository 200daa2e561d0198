"""Parties added by a comitative phrase set off by commas (issue #10), on sentences written
for these tests with invented names: in "A and B, along with C and D, pleaded guilty" or
"charged A, together with B, with fraud" the names after "along with" / "together with"
("samen met") are defendants too, also when a role with a possessive opens them ("along
with the site's founders C and D", "along with his partner C"). A role that is never a
party (a lawyer) still adds nobody."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


def _cases(found: set[tuple[str, ...]]) -> set[str]:
    return {c for t, _, c, _ in found if t == "DEFENDANT_IN"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Dorvin Pask and Lella Quint, along with the site's Latvian founders Ormek Vadim "
            "and Teo Brask, pleaded guilty to fraud charges in March.",
            {"Dorvin Pask", "Lella Quint", "Ormek Vadim", "Teo Brask"},
        ),
        (
            "The indictment charged Dorvin Pask and Lella Quint, along with Ormek Vadim and "
            "Teo Brask, of running an unlicensed exchange.",
            {"Dorvin Pask", "Lella Quint", "Ormek Vadim", "Teo Brask"},
        ),
        (
            "Prosecutors charged Dorvin Pask, together with Ormek Vadim, with wire fraud.",
            {"Dorvin Pask", "Ormek Vadim"},
        ),
        (
            "Dorvin Pask, along with his partner Ormek Vadim, was indicted on Tuesday for "
            "money laundering.",
            {"Dorvin Pask", "Ormek Vadim"},
        ),
    ],
)
def test_names_after_along_with_are_defendants_of_the_same_case(context, sentence, names):
    found = facts(context, sentence, "en")
    assert defendant_names(found) == names
    assert len(_cases(found)) == 1


def test_dutch_samen_met_between_commas(context):
    found = facts(
        context,
        "Het OM vervolgt Dorvin P., samen met zijn compagnon Ormek V., voor witwassen.",
        "nl",
    )
    assert defendant_names(found) == {"Dorvin P.", "Ormek V."}
    assert ("PLAINTIFF_IN", "Openbaar Ministerie") in {(t, s) for t, s, _, _ in found}
    assert len(_cases(found)) == 1


def test_a_lawyer_after_along_with_is_no_party(context):
    found = facts(
        context,
        "Prosecutors charged Dorvin Pask, along with his lawyer Ormek Vadim, with wire fraud.",
        "en",
    )
    assert "Ormek Vadim" not in defendant_names(found)
