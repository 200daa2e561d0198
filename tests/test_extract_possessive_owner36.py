"""An unknown company's possessive right before a name the document calls a platform names
its owner (issue #10, recall): "the app Quixly ... Brelco's Quixly" gave no owner (a name no
list knows owned only with a platform noun between, and one read first as a platform never),
and "platforms, including Brelco's Quixly and Zorbix's Plimo" typed "Brelco's Quixly" as one
platform and made the owner Zorbix a defendant beside Quixly."""

from __future__ import annotations

import pytest
from sentences import facts


def test_the_owner_of_a_platform_named_before(context):
    found = facts(
        context, "Quixly, a dating app, was sued in May. Brelco's Quixly has many users.", "en"
    )
    assert ("OWNS", "Brelco", "Quixly", "established") in found


def test_owners_in_a_list_of_platforms(context):
    found = facts(
        context,
        "The suit names the largest platforms, including Brelco's Quixly and Zorbix's Plimo.",
        "en",
    )
    assert found == {
        ("OWNS", "Brelco", "Quixly", "established"),
        ("OWNS", "Zorbix", "Plimo", "established"),
        ("DEFENDANT_IN", "Quixly", "Plaintiffs v. Quixly", "alleged"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Brelco's Quixly has many users.",
        "Quixly, a dating app, was sued in May. Brelco's lawyers said the suit had no merit.",
    ],
)
def test_no_owner_without_a_platform_named(context, text):
    assert not any(kind == "OWNS" for kind, *_ in facts(context, text, "en"))
