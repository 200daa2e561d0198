"""Who brings a regulator's case (issue #10), on sentences written for these tests: the
office after "by" in "proceedings opened by X ... against Y" (English and Dutch), an office
set off in commas as the subject ("the French watchdog, Quixly, fined Y"), never the
official quoted about the fine, and an office with a country's adjective that opens a
caption ("Nordic ... Commission v Y", unlike "United States v. Y", a prosecution). Names
are invented."""

from __future__ import annotations

import pytest
from test_extract_proceedings import D, P, facts

ROWS = [
    (
        "en",
        "The European Commission met Zorblat in May. This closes the formal proceedings "
        "opened by the Commission under the EU’s Digital Services Act (DSA) against Zorblat.",
        {
            P("European Commission", "European Commission v. Zorblat"),
            D("Zorblat", "European Commission v. Zorblat"),
        },
    ),
    (
        "en",
        "The investigation launched by the Nordic Data Authority in 2022 against Zorblat is over.",
        {
            P("Nordic Data Authority", "Nordic Data Authority v. Zorblat (2022)", "2022"),
            D("Zorblat", "Nordic Data Authority v. Zorblat (2022)", "alleged", "2022"),
        },
    ),
    (
        "nl",
        "De Europese Commissie sprak met Zorblat. Zo eindigt de procedure die door de "
        "Commissie onder de DSA tegen Zorblat werd geopend.",
        {
            P("European Commission", "European Commission v. Zorblat"),
            D("Zorblat", "European Commission v. Zorblat"),
        },
    ),
    (
        "en",
        "The Nordic watchdog, Quixly, fined Zorblat in 2023.",
        {
            P("Quixly", "Quixly v. Zorblat (2023)", "2023"),
            D("Zorblat", "Quixly v. Zorblat (2023)", "ruled", "2023"),
        },
    ),
    (
        "nl",
        "De Noorse waakhond, Quixly, beboette Zorblat in 2023.",
        {
            P("Quixly", "Quixly v. Zorblat (2023)", "2023"),
            D("Zorblat", "Quixly v. Zorblat (2023)", "ruled", "2023"),
        },
    ),
    (
        "en",
        "The court ruled in Australian Data Commission v Zorblat LLC last year.",
        {
            P("Australian Data Commission", "Australian Data Commission v. Zorblat LLC"),
            D("Zorblat", "Australian Data Commission v. Zorblat LLC"),
        },
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROWS)
def test_the_office_that_brings_a_regulator_s_case(context, language, text, expected):
    assert facts(context, text, language) >= expected


def test_the_official_quoted_about_a_fine_brings_no_case(context):
    found = facts(
        context,
        "Mara Quint, the agency’s head of sanctions, said, when the watchdog fined Zorblat, "
        "that rejecting cookies must be easy.",
        "en",
    )
    assert not any(f[0] == "PLAINTIFF_IN" and f[1] == "Mara Quint" for f in found), found


def test_a_state_that_opens_a_caption_is_still_no_party(context):
    found = facts(context, "The court ruled in United States v Zorblat LLC last year.", "en")
    assert not any(f[0] == "PLAINTIFF_IN" for f in found), found


SPLIT = [
    (
        "en",
        "The Commission opened probes into Zorblat and Quixly under the DSA.",
        {D("Zorblat", "Plaintiffs v. Zorblat"), D("Quixly", "Plaintiffs v. Quixly")},
    ),
    (
        "nl",
        "De Europese Commissie is procedures gestart tegen Zorblat en Quixly.",
        {
            P("European Commission", "European Commission v. Zorblat"),
            D("Zorblat", "European Commission v. Zorblat"),
            P("European Commission", "European Commission v. Quixly"),
            D("Quixly", "European Commission v. Quixly"),
        },
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SPLIT)
def test_plural_proceedings_are_one_case_per_party(context, language, text, expected):
    found = facts(context, text, language)
    assert found >= expected
    defendants_by_case: dict[str, set[str]] = {}
    for f in found:
        if f[0] == "DEFENDANT_IN":
            defendants_by_case.setdefault(f[2], set()).add(f[1])
    assert all(len(d) == 1 for d in defendants_by_case.values()), found


def test_one_investigation_of_two_parties_is_one_case(context):
    found = facts(context, "Ofcom has opened an investigation into Zorblat and Quixly.", "en")
    cases = {f[2] for f in found if f[0] == "DEFENDANT_IN"}
    assert len(cases) == 1 and len([f for f in found if f[0] == "DEFENDANT_IN"]) == 2, found
