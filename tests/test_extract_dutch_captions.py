"""A published judgment's caption (issue #10): "in de zaak van" and "tegen" set each part of
one sentence on a line of its own, the parties' names with their seats and their roles
(eiseres, gedaagde, verzoekster, verweerster) after them, often with blank lines between.
The caption is one sentence, and each role names the party set off right before it.
Anonymised parties ("[eiser]") are no names. Company names are invented."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts

from liability_graph.evaluation import reference_context
from liability_graph.loaders.extract.text import split_sentences


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def _sentences(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in split_sentences(text)]


BLANK_LINES = (
    "Vonnis van 3 maart 2022\n\nin de zaak van\n\nde besloten vennootschap\n\nZOLDERKIST B.V.,\n\n"
    "gevestigd te Zwolle,\n\neiseres,\n\nadvocaat mr. P. Ruitenberg te Zwolle,\n\ntegen\n\n"
    "de naamloze vennootschap\n\nKLIKHUIS N.V.,\n\ngevestigd te Utrecht,\n\ngedaagde.\n\n"
    "Partijen worden hierna Zolderkist en Klikhuis genoemd.\n"
)
_LONG = (
    "De voorzieningenrechter wijst de vordering grotendeels toe, omdat het belang van de eisende "
    "partij zwaarder weegt dan het belang van de gedaagde partij bij het afwijzen ervan."
)
NUMBERED = (
    "Vonnis in kort geding van 2 mei 2023\n\nin het geding tussen\nMARKTLAAN B.V.,\n"
    "gevestigd te Delft,\neiseres,\n\nen\n\n1. de besloten vennootschap\nPRAATPLEIN NEDERLAND B.V.,\n"
    f"gevestigd te Amsterdam,\ngedaagde.\n\n{_LONG}\n"
)
ANONYMISED = (
    "Uitspraak van 4 juni 2021\n\nin de zaak van\n\n[naam eiser],\nwonende te [woonplaats],\n"
    "eiser,\n\ntegen\n\nde vennootschap naar buitenlands recht\nBLOGVELD LLC,\n"
    "gevestigd te Dover (Verenigde Staten),\nverweerster.\n"
)
PETITION = (
    "Beschikking van 9 februari 2020\n\nin de zaak van\n\nde stichting\nSTICHTING DATAWACHT,\n"
    "gevestigd te Leiden,\nverzoekster,\n\ntegen\n\nde besloten vennootschap\nTUBELOOS B.V.,\n"
    "gevestigd te Almere,\nverweerster.\n"
)
ONE_LINE = (
    "In de zaak van de besloten vennootschap ZOLDERKIST B.V., "
    "gevestigd te Zwolle, eiseres, tegen de naamloze vennootschap KLIKHUIS N.V., gevestigd te "
    "Utrecht, gedaagde."
)


def test_a_caption_set_out_line_by_line_is_one_sentence():
    assert _sentences(BLANK_LINES) == [
        "Vonnis van 3 maart 2022 in de zaak van de besloten vennootschap ZOLDERKIST B.V., "
        "gevestigd te Zwolle, eiseres, advocaat mr. P. Ruitenberg te Zwolle, tegen de naamloze "
        "vennootschap KLIKHUIS N.V., gevestigd te Utrecht, gedaagde.",
        "Partijen worden hierna Zolderkist en Klikhuis genoemd.",
    ]
    assert _sentences(NUMBERED)[0].endswith("gevestigd te Amsterdam, gedaagde.")
    assert _sentences(NUMBERED)[0].startswith("Vonnis in kort geding van 2 mei 2023 in het geding")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closed line before a lower-case one: two sentences
        ("De rechter wees de eis af.\n\nen daarmee was de zaak klaar.", 2),
        # bullets stay items of their own, also after a comma
        ("Het verloop blijkt uit:\n\n• de dagvaarding, met producties,\n\n• de akte;", 3),
        # a heading stays a line of its own
        ("De partijen zijn het eens geworden,\n\n# Achtergrond\nHet begon in mei.", 3),
        # a headline and its article: a capital after a line without a comma
        ("Rechter Wijst Eis Af\n\nDe rechtbank heeft de eis afgewezen.", 2),
    ],
)
def test_other_breaks_still_end_a_sentence(text, expected):
    assert len(_sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendant"),
    [
        (BLANK_LINES, "ZOLDERKIST B.V.", "KLIKHUIS N.V."),
        (NUMBERED, "MARKTLAAN B.V.", "PRAATPLEIN NEDERLAND B.V."),
        (ANONYMISED, None, "BLOGVELD LLC"),
        (PETITION, "STICHTING DATAWACHT", "TUBELOOS B.V."),
        (ONE_LINE, "ZOLDERKIST B.V.", "KLIKHUIS N.V."),
    ],
)
def test_each_role_names_the_party_set_off_before_it(context, text, plaintiff, defendant):
    found = facts(context, text, "nl")
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {defendant}
    plaintiffs = {plaintiff} if plaintiff else set()
    assert {s for t, s, _, _ in found if t == "PLAINTIFF_IN"} == plaintiffs
    cases = {c for t, _, c, _ in found if t in ("DEFENDANT_IN", "PLAINTIFF_IN")}
    assert len(cases) == 1


def test_an_anonymised_party_is_no_name(context):
    names = entity_types(
        context,
        "Vonnis van 12 augustus 2019 in de procedure van [Voornaam eiseres] [Achternaam], thuis in "
        "[woonplaats], eiseres, tegen de vennootschap BLOGVELD LLC, gevestigd te Dover, gedaagde.",
        "nl",
    )
    assert "Voornaam" not in names and "Achternaam" not in names
    assert "BLOGVELD LLC" in names


def test_a_bracketed_name_in_a_quote_is_a_name(context):
    found = facts(context, "“Wij dagen [Zorblat] voor de rechter”, zei Stichting Datawacht.", "nl")
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Zorblat"}
