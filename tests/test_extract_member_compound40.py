"""A name hyphened to a member's or role noun ("Telegram-baas Doerov", "Backpage-oprichter
Lacey") only says whose boss or founder the person is: the organisation is no party of what
the person is charged with. The names are the reference base's, so that the organisation is
a known one, as in the articles where this went wrong."""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=True)


def _parties(context, text: str, language: str) -> set[tuple[str, str]]:
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name)
        for r in relationships
        if r.type in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        ("Telegram-baas Doerov wordt vervolgd in Frankrijk.", "nl", "Telegram"),
        ("Backpage-baas Ferrer wordt vervolgd in Arizona.", "nl", "Backpage"),
        ("Backpage-oprichter Lacey is aangeklaagd in Arizona.", "nl", "Backpage"),
        ("Backpage-topman Ferrer werd in Arizona vervolgd.", "nl", "Backpage"),
    ],
)
def test_the_organisation_of_a_member_compound_is_no_party(context, text, language, organisation):
    assert ("DEFENDANT_IN", organisation) not in _parties(context, text, language)


def test_an_owner_compound_still_names_its_owner(context):
    """ "Facebook-moeder Meta": the owner named after the compound is the party (unchanged)."""
    parties = _parties(context, "Facebook-moeder Meta wordt vervolgd in Frankrijk.", "nl")
    assert ("DEFENDANT_IN", "Facebook") not in parties
    assert any(name.startswith("Meta") for kind, name in parties if kind == "DEFENDANT_IN")
