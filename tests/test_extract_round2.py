"""Dutch word order and law-breaking verbs (issue #10), on sentences written for these tests.

- Dutch main clauses are verb-second: after a fronted adverbial, date or prepositional phrase
  ("In 2019", "Daarna", "Volgens de staat") the finite verb comes first and its subject and
  object follow it ("In 2019 wijzigde X de Y": X is the subject). Subject and object then
  stand side by side and are two names ("Zorblat Inc. de Unfair Practices Act").
- A party of the document's case said to have broken, flouted or contravened a law ("schond",
  "overtrad", "brak", "handelde in strijd met") makes that law one the case invokes.

The traps at the end must give none of the listed facts. Names are invented.
"""

from __future__ import annotations

import pytest
from sentences import extracted, facts

UTAH = "State of Utah v. Zorblat Inc. (2023)"
SUED_EN = "The state of Utah sued Zorblat Inc. on Tuesday. "
SUED_NL = "De staat Utah heeft Zorblat Inc. dinsdag aangeklaagd. "


def names(context, text: str, language: str) -> set[str]:
    entities, _ = extracted(context, text, language)
    return {e.name for e in entities.values()}


# -- Dutch verb-second clauses -------------------------------------------------------------

VERB_SECOND = [
    ("In 2019 wijzigde de Online Harms Act de Communications Decency Act.",
     ("AMENDS", "Online Harms Act", "Communications Decency Act", "established")),
    ("In 2019 wijzigde ZORA de Telecomwet.",
     ("AMENDS", "ZORA", "Telecomwet", "established")),
    ("Daarna haalde de FBI Backpage offline.",
     ("SHUT_DOWN", "Federal Bureau of Investigation", "Backpage", "established")),
    ("Vorig jaar kocht Zorblat Inc. de app Flirtly.",
     ("OWNS", "Zorblat Inc.", "Flirtly", "established")),
    # the bringer is the subject after the verb, not the defendant
    ("Vorige week klaagde de Europese Commissie het bedrijf Zorblat aan.",
     ("PLAINTIFF_IN", "European Commission", "European Commission v. Zorblat (2023)",
      "established")),
    ("Vorige week klaagde de Europese Commissie het bedrijf Zorblat aan.",
     ("DEFENDANT_IN", "Zorblat", "European Commission v. Zorblat (2023)", "alleged")),
    # the verb-final order keeps working
    ("De Online Harms Act wijzigde in 2019 de Communications Decency Act.",
     ("AMENDS", "Online Harms Act", "Communications Decency Act", "established")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), VERB_SECOND)
def test_subject_follows_an_inverted_verb(context, text, fact):
    assert fact in facts(context, text, "nl")


def test_subject_and_object_side_by_side_are_two_names(context):
    found = names(context, SUED_NL + "In 2019 wijzigde de Online Harms Act de Telecomwet.", "nl")
    assert {"Online Harms Act", "Telecomwet"} <= found
    assert not any(" de " in name for name in found)


def test_inverted_commission_is_no_defendant(context):
    found = facts(
        context, "Vorige week klaagde de Europese Commissie het bedrijf Zorblat aan.", "nl"
    )
    assert not any(row[0] == "DEFENDANT_IN" and row[1] == "Europese Commissie" for row in found)


# -- law-breaking verbs --------------------------------------------------------------------

BROKEN = [
    ("en", SUED_EN + "According to the state, the company broke the Unfair Practices Act."),
    ("en", SUED_EN + "According to the state, the company flouted the Unfair Practices Act."),
    ("en", SUED_EN + "The state says the company contravened the Unfair Practices Act."),
    ("en", SUED_EN + "According to the state, the company breached the Unfair Practices Act."),
    ("nl", SUED_NL + "Volgens de staat heeft Zorblat Inc. de Unfair Practices Act geschonden."),
    ("nl", SUED_NL + "Volgens de staat brak het bedrijf de Unfair Practices Act."),
    ("nl", SUED_NL + "Volgens de staat overtrad het bedrijf de Unfair Practices Act."),
    ("nl", SUED_NL + "Volgens de staat handelde het bedrijf in strijd met de Unfair Practices "
           "Act."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), BROKEN)
def test_a_broken_law_is_invoked_by_the_case(context, language, text):
    assert ("INVOKES", UTAH, "Unfair Practices Act", "alleged") in facts(context, text, language)


# -- traps ---------------------------------------------------------------------------------

TRAPS = [
    # "broke the news" breaks no law
    ("en", SUED_EN + "Critics say the company broke the news about the Online Harms Act.",
     {"INVOKES"}),
    # a subject before the verb is no fronted adverbial: the suit prompted the law, nothing
    # is read after the verb as its subject
    ("nl", "De rechtszaak rond de site Grizzlebox leidde in de VS tot de Online Harms Act.",
     {"AMENDS", "SHUT_DOWN"}),
    # an unknown company taking a site offline is a supplier ending its service, no authority
    ("nl", "Het forum Grizzlebox is populair. Uiteindelijk haalde Hostly de hele website "
           "offline.", {"SHUT_DOWN"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "types"), TRAPS)
def test_traps(context, language, text, types):
    found = {row for row in facts(context, text, language) if row[0] in types}
    assert found == set()


def test_fronted_subject_keeps_its_promptings(context):
    text = "De rechtszaak rond de site Grizzlebox leidde in de VS tot de Online Harms Act."
    assert ("PROMPTED", "Grizzlebox", "Online Harms Act", "established") in facts(
        context, text, "nl"
    )
