"""The partner a bringer joins in a suit brings it too, also in Dutch (issue #10): "X voegde
zich bij Y in de zaak tegen Z" gave X alone (the partner stands three words after the verb,
and a name after "bij" was read as a place)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, partner",
    [
        ("Zorvex Media voegde zich bij Quillo Labs in de zaak tegen Zorbix.", "Quillo Labs"),
        ("Zorvex Media voegde zich bij stichting Quillo in de rechtszaak tegen Zorbix.", "Quillo"),
    ],
)
def test_the_joined_partner_brings_the_suit(context, sentence, partner):
    assert facts(context, sentence, "nl") == {
        ("DEFENDANT_IN", "Zorbix", "Zorvex Media v. Zorbix", "alleged"),
        ("PLAINTIFF_IN", "Zorvex Media", "Zorvex Media v. Zorbix", "established"),
        ("PLAINTIFF_IN", partner, "Zorvex Media v. Zorbix", "established"),
    }


def test_a_place_after_bij_is_still_no_party(context):
    found = facts(context, "Zorvex Media klaagde Zorbix aan bij Kalverstede.", "nl")
    assert not any(source == "Kalverstede" for _, source, _, _ in found)
