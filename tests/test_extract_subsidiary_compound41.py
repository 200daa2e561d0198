"""A subsidiary's noun between two names (issue #10): the name before it owns the name
after it ("Quillo subsidiary Blipster", "Quillo-dochter Blipster"), a name no list knows
read as the platform the compound makes it; a possessive before the owned name owns it
("Quillo's Blipster subsidiary"). A company's name (a legal form or a company word at its
end) is owned by no OWNS, and a place's adjective before the noun names no owner."""

from __future__ import annotations

import pytest
from sentences import facts


def _owners(context, text: str, language: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(context, text, language) if f[0] == "OWNS"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Regulators sent notices to Quillo subsidiary Blipster on Monday."),
        ("en", "The Commission opened an inquiry into Quillo subsidiary Blipster for breaches."),
        ("en", "Quillo's Blipster subsidiary was fined on Thursday."),
        ("nl", "De ACM beboette Quillo-dochter Blipster."),
        ("nl", "De ACM doet onderzoek naar Quillo-dochterbedrijf Blipster."),
    ],
)
def test_the_name_before_the_subsidiary_noun_owns_the_name_after(context, language, text):
    assert _owners(context, text, language) == {("Quillo", "Blipster")}


def test_the_subsidiary_is_the_party_not_its_parent(context):
    found = facts(context, "De ACM beboette Quillo-dochter Blipster.", "nl")
    case = "Autoriteit Consument en Markt v. Blipster"
    assert ("DEFENDANT_IN", "Blipster", case, "ruled") in found
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Quillo" for f in found)


def test_a_later_relative_clause_of_the_same_pair_adds_no_reversed_owner(context):
    text = (
        "The Commission opened an inquiry into Quillo subsidiary Blipster. The regulator "
        "said Blipster, which is a subsidiary of Quillo, sold unsafe toys."
    )
    assert _owners(context, text, "en") == {("Quillo", "Blipster")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a company's name is no platform
        ("en", "The FTC fined Quillo Holdings subsidiary Blipster Ltd on Monday."),
        ("en", "The FTC fined Quillo's Pellix Payments subsidiary."),
        ("nl", "De ACM beboette Quillo-dochter Blipster B.V.."),
        # a place's adjective says where the subsidiary is, not who owns it
        ("en", "The Commission fined the Chinese subsidiary Blipster."),
        # a subsidiary of the clause's subject, no name before the noun
        ("en", "Quillo said the subsidiary Blipster had been fined."),
    ],
)
def test_no_owner_without_a_platform_and_a_named_parent(context, language, text):
    assert _owners(context, text, language) == set()
