"""A regulator's fine told with a time or a long amount (issue #10): "Zorbrig on Monday
imposed a fine on X" in a text with no publication date (the weekday resolves to no date,
yet stands between the subject and its verb), "imposed an almost $2 million (about
EUR 1.8 million) fine on X" (the amount between the verb and the fine). A name before the
verb that is not read as its subject is no indirect object in English: the regulator is
never the one fined."""

from __future__ import annotations

import pytest

from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract


def _undated(context, text: str) -> set[tuple[str, str, str]]:
    document = Document(title="t", source="t", published=None, content_hash=text[:60])
    found = extract(text, document, context, language="en")
    names = {f.key: f.name for f in found if isinstance(f, Entity)}
    return {
        (r.type, names[r.source], names[r.target])
        for r in found
        if isinstance(r, Relationship) and r.type in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom on Monday imposed a £2 million fine on Quillchat.",
        "Ofcom, on Tuesday, fined Quillchat.",
        "Ofcom in March fined Quillchat.",
        "Ofcom imposed an almost £2 million (about EUR 2.3 million) fine on Quillchat.",
        "Ofcom on Monday imposed an almost £2 million (about EUR 2.3 million) fine on the "
        "messaging app Quillchat for its late answers.",
    ],
)
def test_the_regulator_fines_the_named_party(context, text):
    found = _undated(context, text)
    assert {(kind, name) for kind, name, _ in found} == {
        ("PLAINTIFF_IN", "Ofcom"),
        ("DEFENDANT_IN", "Quillchat"),
    }


def test_a_regulator_whose_subject_is_not_read_is_not_fined(context):
    """No subject read and no object named: nothing, never the regulator as defendant."""
    found = _undated(
        context,
        "Last week, after its findings, the European Commission adopted a decision imposing "
        "a fine to enforce the rules for the first time: €90 million in all.",
    )
    assert ("DEFENDANT_IN", "European Commission") not in {(k, n) for k, n, _ in found}
