"""A counted group whose members are named (issue #10), on sentences written for these
tests with invented names: "Just three people ran X — A, B, and C" and "Two men were charged:
A and B" name the members, who are the parties (not the group); "A, B and C, all of whom were
convicted" convicts all three; a group counted after a sentence's opening word that counts
nothing ("Just five people", "Only three women") is still a group, and a part of one ("one of three
victims") is none."""

from __future__ import annotations

import pytest
from sentences import facts, triples


def test_the_named_members_of_a_group_run_the_site(context):
    text = (
        "The site was popular. Just three people operated Quillflix — Mark Dorran, "
        "Paul Venning, and Luis Garza, all of whom were convicted for fraud."
    )
    found = triples(context, text, "en")
    owners = {s for k, s, _ in found if k == "OWNS"}
    defendants = {s for k, s, _ in found if k == "DEFENDANT_IN"}
    assert owners == defendants == {"Mark Dorran", "Paul Venning", "Luis Garza"}


def test_a_colon_names_the_charged(context):
    found = triples(context, "Two men were charged: Mark Dorran and Paul Venning.", "en")
    assert {s for k, s, _ in found if k == "DEFENDANT_IN"} == {"Mark Dorran", "Paul Venning"}


def test_a_list_of_another_size_is_no_enumeration(context):
    found = triples(context, "Three men were charged: Mark Dorran and Paul Venning.", "en")
    assert {s for k, s, _ in found if k == "DEFENDANT_IN"} == {"Three men"}


@pytest.mark.parametrize("quantifier", ["both", "all"])
def test_a_quantified_relative_is_about_the_whole_list(context, quantifier):
    text = f"Mark Dorran and Paul Venning, {quantifier} of whom ran Quillflix, were charged."
    found = triples(context, text, "en")
    assert {s for k, s, _ in found if k == "DEFENDANT_IN"} == {"Mark Dorran", "Paul Venning"}


def test_none_of_whom_is_no_subject(context):
    text = "Mark Dorran and Paul Venning, none of whom were convicted, ran Quillflix."
    assert not any(k == "DEFENDANT_IN" for k, _, _ in triples(context, text, "en"))


@pytest.mark.parametrize("text", ["Only three women sued Quixly.", "Yesterday three women sued Quixly."])
def test_a_group_after_an_opening_word_that_counts_nothing(context, text):
    found = facts(context, text, "en")
    assert any(k == "PLAINTIFF_IN" and s.startswith("Three women") for k, s, _, _ in found)


def test_a_part_of_a_group_is_no_group(context):
    found = facts(context, "One of three victims sued Quixly.", "en")
    assert not any(k == "PLAINTIFF_IN" for k, _, _, _ in found)
