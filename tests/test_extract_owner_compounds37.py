"""A relation carried by a hyphenated compound or a "behind" phrase (issue #10): the name
after an owner's compound ("Blipster-maker Quillo", "Blipster-moeder Quillo Holding",
"TikTok-parent Zorblat") owns the platform the compound names and is the party of the
clause, not the platform; a company noun that points back and is described by the
platform it runs ("het bedrijf achter de game Blipster", "the company behind Blipster")
owns that platform; a definite founder's role joined to a name with no name of its own
("De Blipster-oprichter", "The Blipster founder") is the person named before."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("language", "sentence", "owner"),
    [
        ("nl", "Blipster-maker Quillo kreeg een boete van de ACM.", "Quillo"),
        ("nl", "De ACM beboette Blipster-moeder Quillo Holding.", "Quillo Holding"),
        ("en", "Ofcom fined Blipster-maker Quillo.", "Quillo"),
        ("en", "Ofcom fined Blipster-parent Quillo Holdings.", "Quillo Holdings"),
    ],
)
def test_the_name_after_an_owner_compound_owns_and_is_the_party(context, language, sentence,
                                                                 owner):  # fmt: skip
    regulator = "Autoriteit Consument en Markt" if language == "nl" else "Ofcom"
    case = f"{regulator} v. {owner}"
    assert facts(context, sentence, language) == {
        ("OWNS", owner, "Blipster", "established"),
        ("DEFENDANT_IN", owner, case, "ruled"),
        ("PLAINTIFF_IN", regulator, case, "established"),
    }


def test_a_known_platform_before_the_compound_is_no_party(context):
    found = facts(context, "Facebook-moeder Meta kreeg een boete van de ACM.", "nl")
    case = "Autoriteit Consument en Markt v. Meta Platforms"
    assert ("DEFENDANT_IN", "Meta Platforms", case, "ruled") in found
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Facebook" for f in found)


def test_a_spaced_maker_owns(context):
    found = facts(context, "Blipster maker Quillo was sued by Jane Marsh.", "en")
    assert ("OWNS", "Quillo", "Blipster", "established") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De ACM beboette Quillo B.V.. Het bedrijf achter de game Blipster maakte bezwaar."),
        (
            "nl",
            "De ACM beboette Quillo B.V. nadat het bedrijf achter de populaire game "
            "Blipster bezwaar had gemaakt.",
        ),
        ("en", "Ofcom fined Quillo Inc.. Jane Marsh sued the company behind the app Blipster."),
        ("en", "Ofcom fined Quillo Inc.. The company behind Blipster was sued by Jane Marsh."),
    ],
)
def test_the_company_behind_a_platform_points_back_and_owns_it(context, language, text):
    found = facts(context, text, language)
    owner = "Quillo B.V." if language == "nl" else "Quillo Inc."
    owners = {(f[1], f[2]) for f in found if f[0] == "OWNS"}
    assert owners == {(owner, "Blipster")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Jan Klaver won de rechtszaak tegen Quillo B.V.. De Blipster-oprichter stapte "
            "daarna opnieuw naar de rechter.",
        ),
        ("en", "Jan Klaver sued Quillo Inc. in March. The Blipster founder said he would appeal."),
    ],
)
def test_a_definite_founder_role_points_back_to_the_person(context, language, text):
    assert ("FOUNDED", "Jan Klaver", "Blipster", "established") in facts(context, text, language)


def test_a_founder_role_with_its_own_name(context):
    found = facts(context, "Jane Marsh sued Quillo Inc.. The Blipster founder Jan Klaver "
                           "said he would appeal.", "en")  # fmt: skip
    founded = {(f[1], f[2]) for f in found if f[0] == "FOUNDED"}
    assert founded == {("Jan Klaver", "Blipster")}


def test_an_owner_adjective_on_a_noun_that_points_back(context):
    found = facts(context, "Ofcom fined the app Blipster. Ofcom said the Zorblat-owned social "
                           "network had misled users.", "en")  # fmt: skip
    assert ("OWNS", "Zorblat", "Blipster", "established") in found
