"""A verb-final subordinate clause that opens the sentence, or names the OM, gives its suit
(issue #10, stop 38's open Dutch class "omdat de Klantenbond X aanklaagde", "nadat het OM X
had vervolgd"): a capitalised subordinator opening the sentence ("Omdat", "Nadat") ran into
the names after it, and "OM" before a name read as the preposition "om", which governed
that name out of the clause's subject and object."""

from __future__ import annotations

import pytest
from sentences import facts

OM_CASE = "Openbaar Ministerie v. Zorbix"


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("Omdat de Klantenbond Zorbix aanklaagde, daalde de koers.", "Klantenbond"),
        ("Omdat Quillo Labs Zorbix had aangeklaagd, daalde de koers.", "Quillo Labs"),
        ("Doordat Quillo Labs Zorbix aanklaagde, stopte de verkoop.", "Quillo Labs"),
    ],
)
def test_a_suit_in_an_opening_subordinate_clause(context, text, plaintiff):
    case = f"{plaintiff} v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Nadat het OM Zorbix had vervolgd, ging het bedrijf failliet.",
        "Het bedrijf ging failliet nadat het OM Zorbix vervolgde.",
    ],
)
def test_the_om_in_a_verb_final_clause_prosecutes(context, text):
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", OM_CASE, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", OM_CASE, "established"),
    }


def test_a_name_after_a_real_om_stays_governed(context):
    # "om" in lower case is the preposition: the name after it is no party of the clause
    text = "Het bedrijf ging failliet nadat de AP om Zorbix een boete had gegeven."
    assert not any(f[1] == "Zorbix" and f[0] == "PLAINTIFF_IN" for f in facts(context, text, "nl"))
