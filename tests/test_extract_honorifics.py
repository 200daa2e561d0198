"""Persons named after a title (issue #10), on sentences written for these tests with
invented names: "Mr.", "Ms", "Dr." or Dutch "de heer" / "mevrouw" before a name makes it a
person's and is no part of it, so the verb before the title still reaches the name ("sued
Mr. Tobin Hargrave"), and "Mr. Hargrave" after "Tobin Hargrave" is that same person."""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types, facts, plaintiff_names


@pytest.mark.parametrize(
    ("sentence", "language", "defendant"),
    [
        ("The FTC sued Mr. Tobin Hargrave in March over his diet app.", "en", "Tobin Hargrave"),
        ("Prosecutors charged Dr. Melka Ostrand with fraud on Monday.", "en", "Melka Ostrand"),
        ("Last week the agency filed a complaint against Ms Irma Tolliver.", "en", "Irma Tolliver"),
        ("Het Openbaar Ministerie vervolgt de heer Henk Vlaming voor oplichting.", "nl",
         "Henk Vlaming"),
        ("Justitie heeft mevrouw Anke Brink aangeklaagd voor witwassen.", "nl", "Anke Brink"),
    ],
)  # fmt: skip
def test_a_title_before_the_defendant_keeps_the_verb_on_the_name(
    context, sentence, language, defendant
):
    assert defendant_names(facts(context, sentence, language)) == {defendant}


def test_a_titled_plaintiff_is_named_without_the_title(context):
    found = facts(
        context, "Ms. Velda Crane filed a lawsuit against Quellix Labs Inc. in 2022.", "en"
    )
    assert plaintiff_names(found) == {"Velda Crane"}
    assert defendant_names(found) == {"Quellix Labs Inc."}
    found = facts(context, "Mevrouw Anke Brink heeft Quellix Labs B.V. gedagvaard.", "nl")
    assert plaintiff_names(found) == {"Anke Brink"}


def test_a_titled_surname_is_the_person_named_in_full(context):
    text = "Tobin Hargrave runs the app Fendo. In March, the FTC sued Mr. Hargrave."
    found = facts(context, text, "en")
    assert defendant_names(found) == {"Tobin Hargrave"}
    assert ("OWNS", "Tobin Hargrave", "Fendo", "established") in found


def test_a_titled_founder_is_a_person(context):
    found = facts(context, "Quellix Labs Inc. was founded by Mr Arno Pyle in 2015.", "en")
    assert ("FOUNDED", "Arno Pyle", "Quellix Labs Inc.", "established") in found
    types = entity_types(context, "Mr. Pyle said the company would appeal.", "en")
    assert types.get("Pyle") == "Person"
