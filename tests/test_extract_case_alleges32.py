"""A suit told without its defendant, whom its claim then names (issue #10), on sentences
written for these tests with invented names: "A data broker has been sued by the FTC. The
lawsuit, filed Monday in federal court, alleges Vantrix violated the FTC Act" makes Vantrix
the defendant of the FTC's suit (Dutch: "De klacht stelt dat Vantrix ..."). Not a name the
claim says was done something to, not what a filer alleges in a participle clause, and not
a name the claim speaks of when the suit already has its defendant."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language", "defendant", "plaintiff"),
    [
        (
            "A data broker has been sued by the FTC. The lawsuit, filed Monday in federal "
            "court, alleges Vantrix violated the FTC Act.",
            "en",
            "Vantrix",
            "Federal Trade Commission",
        ),
        (
            "An app maker was sued by Brindle Media last week. The complaint alleges that "
            "Quorvane Labs copied its songs.",
            "en",
            "Quorvane Labs",
            "Brindle Media",
        ),
        (
            "Een databedrijf is maandag door de ACM aangeklaagd. De klacht stelt dat Vantrix "
            "locatiegegevens verkocht.",
            "nl",
            "Vantrix",
            "Autoriteit Consument en Markt",
        ),
    ],
)
def test_claim_names_the_missing_defendant(context, text, language, defendant, plaintiff):
    found = facts(context, text, language)
    assert defendant_names(found) == {defendant}
    assert plaintiff_names(found) == {plaintiff}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A data broker has been sued by the FTC. The lawsuit alleges that Jane Marlow was "
            "harmed by the data sales.",
            "en",
        ),
        (
            "Een databedrijf is door de ACM aangeklaagd. De klacht stelt dat Jan Marlow door de "
            "verkoop werd benadeeld.",
            "nl",
        ),
    ],
)
def test_who_was_done_something_to_is_no_defendant(context, text, language):
    assert not defendant_names(facts(context, text, language))


def test_a_claim_about_the_defendants_platform_adds_no_defendant(context):
    found = facts(
        context,
        "Brindle Media sued Meta Platforms on Monday. The lawsuit alleges that Instagram "
        "harmed teenagers.",
        "en",
    )
    assert defendant_names(found) == {"Meta Platforms"}


def test_what_a_filer_alleges_in_a_participle_is_not_the_suits_claim(context):
    found = facts(
        context,
        "The state filed suit against Zorblat Inc., alleging that Quixly was built to hook "
        "children.",
        "en",
    )
    assert defendant_names(found) == {"Zorblat Inc."}
