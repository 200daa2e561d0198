"""A paragraph that opens with its news outlet alone in brackets before a dash ("(Outlet) —
Families are suing X.") names who filed the story, not a party to it: the bracket and the dash
are blanked as a dateline's agency is, and the sentence's own parties stay."""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("(ZorbNews) — Families of three teenagers are suing Quillchat Inc. over its app.", "en"),
        ("(ZorbNews) - Families of three teenagers are suing Quillchat Inc. over its app.", "en"),
        (
            "(ZorbNieuws) — Ouders van drie tieners hebben een rechtszaak aangespannen tegen "
            "Quillchat Inc.",
            "nl",
        ),
    ],
)
def test_an_outlet_alone_before_the_dash_is_no_party(context, text, language):
    entities, relationships = extracted(context, text, language)
    names = {e.name for e in entities.values()}
    assert not {"ZorbNews", "ZorbNieuws"} & names
    rows = {(r.type, entities[r.source].name) for r in relationships if r.type != "MENTIONS"}
    assert ("DEFENDANT_IN", "Quillchat Inc.") in rows
    assert not any(name.startswith("Zorb") for _, name in rows)


def test_only_a_paragraphs_opening_bracket_before_a_dash_is_blanked():
    """A name in brackets later in a paragraph, or a bracket with no dash after it, is text."""
    from liability_graph.loaders.extract.pipeline import mask_credits

    kept = [
        "Quillchat Inc. (Zorbchat) — a messaging firm — was sued.",
        "(Zorbchat) said it would appeal.",
    ]
    for text in kept:
        assert mask_credits(text) == text
    text = "Intro line.\n(Zorbnews) — Families are suing Quillchat Inc."
    masked = mask_credits(text)
    assert len(masked) == len(text)  # offsets kept
    assert masked.endswith("Families are suing Quillchat Inc.") and "Zorbnews" not in masked
