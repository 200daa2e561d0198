"""A list of defendants goes on past members it describes before naming them (issue #10),
on sentences written for these tests with invented names: "sued Tovex, Quarrelnet and
several hosting firms, including Pellmoor" and "heeft Tovex, Quarrelnet en enkele
hostingbedrijven aangeklaagd, waaronder Pellmoor" name three defendants; the described
members make no service of the named ones."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language", "plaintiff"),
    [
        (
            "Brindle Scan sued Tovex, Quarrelnet and several hosting firms, including Pellmoor.",
            "en",
            "Brindle Scan",
        ),
        (
            "Brindle Media heeft Tovex, Quarrelnet en enkele hostingbedrijven aangeklaagd, "
            "waaronder Pellmoor.",
            "nl",
            None,  # the perfect's subject is not read here (a separate gap)
        ),
    ],
)
def test_the_list_goes_on_past_described_members(context, text, language, plaintiff):
    found = facts(context, text, language)
    assert defendant_names(found) == {"Tovex", "Quarrelnet", "Pellmoor"}
    if plaintiff is not None:
        assert plaintiff_names(found) == {plaintiff}
    assert not {f for f in found if f[0] == "SERVICED"}
