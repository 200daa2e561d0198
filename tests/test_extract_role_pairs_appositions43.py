"""Three constructions of company news (issue #10), on sentences written for these tests
with invented names: a founder named with a second role ("its founder and CEO X", "haar
oprichter en directeur X") founded the company; a company's possessive platform named in a
closed apposition ("on its video website, Quixly.tv,") is owned by it; a vendor "offering
services to" a group serves it, and "the ransomware gang X" names an organisation."""

from __future__ import annotations

import pytest
from sentences import triples


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Justice Department sued Zorblat Inc. and its founder and CEO Laura Finch.", "en"),
        ("The state sued Zorblat Inc. and its co-founder and chief executive Laura Finch.", "en"),
        ("Het OM vervolgt Zorblat Inc. en haar oprichter en directeur Laura Finch.", "nl"),
    ],
)
def test_a_founder_with_a_second_role_founded_the_company(context, text, language):
    assert ("FOUNDED", "Laura Finch", "Zorblat Inc.") in triples(context, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined Zeta Media Ltd for failing to check ages on its video website, "
        "Clipzone.tv.",
        "The agency fined Zeta Media Ltd over its website, Clipzone.tv, on Monday.",
    ],
)
def test_a_possessive_platform_in_apposition_is_owned(context, text):
    assert ("OWNS", "Zeta Media Ltd", "Clipzone.tv") in triples(context, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Zeta Media Ltd said its rival website, Clipzone.tv, was worse.",
        "Zeta Media Ltd said its website, which Clipzone.tv hosts, was down.",
    ],
)
def test_no_ownership_of_a_rival_or_a_clause(context, text):
    assert not any(k == "OWNS" for k, _, _ in triples(context, text, "en"))


def test_offering_services_to_a_gang_serves_it(context):
    text = (
        "Three countries sanctioned the hosting service Zervo for offering services to the "
        "ransomware gang Blackmoth."
    )
    assert ("SERVICED", "Zervo", "Blackmoth") in triples(context, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The state sued Quorra Inc. for violations of the Dune Act, the Fern Act, and the Kelp Act.",
        "The state sued Quorra Inc. for violations of the Dune Act (DA), the Fern Act (FA), and "
        "the Kelp Act.",
        "The state sued Quorra Inc. under the Dune Act, the Fern Act, and the Kelp Act.",
    ],
)
def test_a_list_with_a_comma_before_its_last_member_keeps_every_law(context, text):
    laws = {t for k, _, t in triples(context, text, "en") if k == "INVOKES"}
    assert laws == {"Dune Act", "Fern Act", "Kelp Act"}


def test_a_list_with_a_comma_before_its_last_member_keeps_every_party(context):
    text = "Regulators fined the Zorblat app, the Quixly app, and the Vindr app."
    defendants = {s for k, s, _ in triples(context, text, "en") if k == "DEFENDANT_IN"}
    assert defendants == {"Zorblat", "Quixly", "Vindr"}


def test_a_citation_may_spell_the_state_out(context):
    text = (
        "Jane Roe sued Quixly, alleging negligence. "
        "Roe v. Quixly, LLC, 2022 WL 1234567 (D. Oregon, July 13, 2022)"
    )
    assert (
        "HEARD_BY",
        "Roe v. Quixly, LLC",
        "United States District Court for the District of Oregon",
    ) in triples(context, text, "en")


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Dana Vale wrote on her Quixly Social platform that the ruling was wrong.", "Quixly Social"),
        ("Senator Dana Vale wrote on her Truth Quixly platform.", "Truth Quixly"),
    ],
)
def test_a_persons_possessive_platform_is_owned(context, text, owned):
    assert ("OWNS", "Dana Vale", owned) in triples(context, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Dana Vale posted on her Quixly account.",
        "Dana Vale criticised her rival Quixly platform.",
    ],
)
def test_no_ownership_of_an_account_or_a_rival(context, text):
    assert not any(k == "OWNS" for k, _, _ in triples(context, text, "en"))


def test_a_capitalised_word_before_the_head_stays_in_the_name(context):
    found = triples(context, "The regulator fined the Quixly Video app.", "en")
    assert {s for k, s, _ in found if k == "DEFENDANT_IN"} == {"Quixly Video"}
