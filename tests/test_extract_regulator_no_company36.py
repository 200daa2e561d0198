"""A public body's noun never points back to a company or a platform (issue #10, precision):
"X runs the app Y. The regulator fined the app" made X the regulator that fined Y, and
"Meta's Instagram was fined by the Irish regulator" made Meta Platforms the one that fined
its own app; "the company" already never points back to a public body."""

from __future__ import annotations

import pytest
from sentences import facts, plaintiff_names


def test_the_regulator_is_not_the_owner_named_before(context):
    found = facts(
        context, "Zorbix Media runs the app Quillo. The regulator fined the app in May.", "en"
    )
    assert found == {
        ("OWNS", "Zorbix Media", "Quillo", "established"),
        ("DEFENDANT_IN", "Quillo", "Plaintiffs v. Quillo", "ruled"),
    }


def test_a_known_company_is_no_regulator(context):
    found = facts(context, "Meta's Instagram was fined by the Irish regulator.", "en")
    assert ("DEFENDANT_IN", "Instagram", "Plaintiffs v. Instagram", "ruled") in found
    assert plaintiff_names(found) == set()


def test_de_toezichthouder_is_no_company(context):
    found = facts(
        context,
        "Zorbix Media is eigenaar van de app Quillo. De toezichthouder legde de app een boete op.",
        "nl",
    )
    assert ("OWNS", "Zorbix Media", "Quillo", "established") in found
    assert plaintiff_names(found) == set()


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Norvia Data Protection Authority opened an inquiry into Zorbix. The regulator "
            "fined Zorbix Media.",
            "Norvia Data Protection Authority",
        ),
        ("Ofcom opened an inquiry into Zorbix. The regulator later fined the site.", "Ofcom"),
    ],
)
def test_the_regulator_is_the_body_named_before(context, text, body):
    assert body in plaintiff_names(facts(context, text, "en"))
