"""Businesses that sue together, counted and described rather than named, are one plaintiff
group (issue #10, docs/annotation.md: plaintiff groups): "Honderden Duitse hotels spanden een
rechtszaak aan tegen Zorbix" gave the suit without its bringer, as did "Hundreds of hotels
sued Zorbix" (hotels were no group noun: only persons were). The group is one Organization
named by its description; "duizenden"/"thousands" count a group of persons too. Such a group
is a suit's bringer only: never a defendant, nor a customer served; a group that joins a
claim is its members (the claim's bringer brings it), and one of such a group is the party."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    "sentence, language, group",
    [
        ("Honderden Duitse hotels hebben een rechtszaak aangespannen tegen Zorbix.", "nl",
         "Honderden Duitse hotels"),
        ("Na het overleg spanden tientallen winkeliers een rechtszaak aan tegen Zorbix.", "nl",
         "Tientallen winkeliers"),
        ("Hundreds of hotels sued Zorbix.", "en", "Hundreds of hotels"),
    ],
)  # fmt: skip
def test_a_counted_group_of_businesses_brings_the_suit(context, sentence, language, group):
    assert facts(context, sentence, language) == sued(group, "Zorbix")


def test_thousands_count_a_group_of_persons(context):
    case = "Duizenden gebruikers v. Zorbix"
    assert facts(context, "Duizenden gebruikers klagen Zorbix aan.", "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", f"Duizenden gebruikers in {case}", case, "established"),
    }


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Zorbix heeft honderden hotels aangeklaagd.", "nl"),
        ("Zorbix verwerkte betalingen voor honderden winkeliers.", "nl"),
        ("The FTC fined dozens of retailers.", "en"),
        ("Zorbix processed payments for hundreds of merchants.", "en"),
    ],
)
def test_a_group_of_businesses_is_no_defendant_nor_customer(context, sentence, language):
    assert facts(context, sentence, language) == set()


@pytest.mark.parametrize(
    "sentence, language",
    [
        ("Ruim 400 hotels hebben zich aangesloten bij een claim tegen Zorbix.", "nl"),
        ("More than 10,000 hotels joined a new lawsuit against Zorbix.", "en"),
    ],
)
def test_a_group_of_businesses_joining_a_claim_brings_none(context, sentence, language):
    assert facts(context, sentence, language) == {
        ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "alleged")
    }


def test_one_of_a_group_of_businesses_is_the_party(context):
    sentence = "Hotel Kwelder, een van de 240 Zeeuwse hotels, klaagt Zorbix aan."
    assert facts(context, sentence, "nl") == sued("Hotel Kwelder", "Zorbix")
