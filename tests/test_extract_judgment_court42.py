"""A published judgment names the court that gave it on a line of its own above the caption
("Rechtbank Midden-Nederland", "Instantie / Rechtbank Den Haag"): the proceeding the caption
names is heard by that court (issue #10). Judgments written for these tests with invented
parties."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


CAPTION = (
    "Vonnis in kort geding van 3 maart 2022\n\nin de zaak van\n\nde besloten vennootschap\n\n"
    "ZOLDERKIST B.V.,\n\ngevestigd te Zwolle,\n\neiseres,\n\ntegen\n\n"
    "de naamloze vennootschap\n\nKLIKHUIS N.V.,\n\ngevestigd te Utrecht,\n\ngedaagde.\n\n"
    "Partijen worden hierna Zolderkist en Klikhuis genoemd.\n"
)


def _heard_by(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "HEARD_BY"}


@pytest.mark.parametrize(
    "heading",
    [
        "Rechtbank Midden-Nederland\n\nCiviel recht\n\n",
        "Instantie\nRechtbank Midden-Nederland\nDatum uitspraak\n03-03-2022\n\n",
    ],
)
def test_the_court_heading_a_judgment_hears_its_caption_case(context, heading):
    found = facts(context, heading + CAPTION, "nl")
    assert _heard_by(found) == {"Rechtbank Midden-Nederland"}
    assert any(kind == "DEFENDANT_IN" for kind, *_ in found)


def test_no_heading_no_court(context):
    assert not _heard_by(facts(context, CAPTION, "nl"))


def test_a_court_named_after_the_caption_heads_nothing(context):
    text = CAPTION + "\nRechtbank Midden-Nederland\n"
    assert not _heard_by(facts(context, text, "nl"))


def test_a_news_report_of_two_suits_takes_no_heading_court(context):
    text = (
        "Rechtbank Midden-Nederland\n\nHet bedrijf Zolderkist heeft Klikhuis aangeklaagd. "
        "Daarnaast heeft Brelco een rechtszaak aangespannen tegen Quixly.\n"
    )
    assert not _heard_by(facts(context, text, "nl"))
