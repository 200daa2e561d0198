"""Precision cases. The outlet a statement is credited to in the passive ("as reported
by X", "zoals gemeld door X") is the source, never an end of the statement's facts. A suit
noun's "against" read over a gap never crosses an infinitive ("costly lawsuits to retaliate
against X"): the infinitive's object is no defendant. A case the document points back to
("The lawsuit also accuses X") is not traded for a known case of X on the shared defendant
alone."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context
from liability_graph.loaders.extract.matcher import parse_pattern


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "As reported by Zorb News, the suit says Quillchat failed to protect a girl from "
            "predators, who used the services to groom her.",
            "en",
        ),
        (
            "As noted by Zorb News, the suit says Quillchat failed to protect a girl from "
            "predators, who used the services to groom her.",
            "en",
        ),
        (
            "Zoals gemeld door Zorb Nieuws, stelt de aanklacht dat Quillchat een meisje niet "
            "beschermde tegen daders, die de diensten gebruikten.",
            "nl",
        ),
    ],
)
def test_a_source_credited_in_the_passive_is_no_end(context, text, language):
    found = triples(context, text, language)
    assert not {t for t in found if "Zorb News" in t or "Zorb Nieuws" in t}
    assert not {t for t in found if t[0] == "SERVICED"}


def test_the_source_after_a_fact_leaves_the_fact(context):
    text = "Quillchat was sued by Zorbix, as reported by Zorb News."
    assert triples(context, text, "en") == {
        ("DEFENDANT_IN", "Quillchat", "Zorbix v. Quillchat"),
        ("PLAINTIFF_IN", "Zorbix", "Zorbix v. Quillchat"),
    }


def test_an_infinitive_object_is_no_defendant(context):
    text = (
        "The lawsuit accuses Zorbcorp of filing costly lawsuits to retaliate against "
        "Media Watch for its reporting."
    )
    defendants = {s for kind, s, _ in triples(context, text, "en") if kind == "DEFENDANT_IN"}
    assert defendants == {"Zorbcorp"}


def test_a_suit_against_over_a_gap_still_names_the_defendant(context):
    text = "Media Watch filed a lawsuit on Monday against Zorbcorp."
    defendants = {s for kind, s, _ in triples(context, text, "en") if kind == "DEFENDANT_IN"}
    assert defendants == {"Zorbcorp"}


def test_a_gap_with_words_it_may_not_hold():
    [_, gap, _] = parse_pattern("lawsuit ~3/to|that against")
    assert (gap.gap, gap.words) == (3, frozenset({"to", "that"}))
    [_, plain, _] = parse_pattern("lawsuit ~3 against")
    assert (plain.gap, plain.words) == (3, frozenset())


def test_a_shared_defendant_alone_leaves_the_case_the_document_tells_of(context):
    """The reference base knows a suit against Twitter; "the lawsuit" of this document is
    still Media Watch's, which now accuses Twitter too."""
    text = (
        "Media Watch has filed a lawsuit against Zorbcorp. The lawsuit also accuses Twitter "
        "of fraud."
    )
    cases = {(s, c) for kind, s, c in triples(context, text, "en") if kind == "DEFENDANT_IN"}
    assert cases == {
        ("Zorbcorp", "Media Watch v. Zorbcorp"),
        ("Twitter", "Media Watch v. Zorbcorp"),
    }


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        (
            "In Federal Trade Commission v. Zorb Credit Center, LLC, the court ruled.",
            "Federal Trade Commission",
        ),
        ("The ruling in Federal Zorb Authority v. Quillcorp was upheld.", "Federal Zorb Authority"),
    ],
)
def test_a_caption_keeps_the_first_word_of_a_bodys_name(context, text, plaintiff):
    plaintiffs = {s for kind, s, _ in triples(context, text, "en") if kind == "PLAINTIFF_IN"}
    assert plaintiffs == {plaintiff}


def test_a_civic_body_noun_never_points_back_to_a_company(context):
    """ "De organisatie" after a sentence that names only the company it sued: no plaintiff
    rather than the company as its own accuser."""
    text = (
        "Een stichting is blij met het oordeel over Zorbcorp B.V. De organisatie had een "
        "kort geding aangespannen tegen Quillchat."
    )
    plaintiffs = {s for kind, s, _ in triples(context, text, "nl") if kind == "PLAINTIFF_IN"}
    assert "Zorbcorp B.V." not in plaintiffs


def test_an_indefinite_case_noun_points_back_to_no_case(context):
    text = (
        "Een groep ouders heeft Zorblat voor de rechter gedaagd. Eerder spande de stichting "
        "ook een zaak aan tegen Quillon."
    )
    cases = {s: c for kind, s, c in triples(context, text, "nl") if kind == "DEFENDANT_IN"}
    assert cases["Quillon"] != cases["Zorblat"]
