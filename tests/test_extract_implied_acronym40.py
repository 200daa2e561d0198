"""An acronym the text never spells out ("the Quillmark Platform Safety Act" ... "the QPSA")
is the one law or organisation named before it whose words' initials it is. The reference
base knows the usual acronyms; this is for the names it does not know, so the tests run
without it too."""

from __future__ import annotations

import pytest
from sentences import extracted

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


def _laws(entities) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.aliases) for e in entities.values() if e.type == "Law"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Quillmark Platform Safety Act took effect in May. Regulators said Zorbchat "
            "Inc. violated the QPSA.",
            "en",
        ),
        (
            "De Quillmark Platform Safety Act is in mei ingegaan. Zorbchat Inc. heeft de QPSA "
            "geschonden, aldus de toezichthouder.",
            "nl",
        ),
    ],
)
def test_an_acronym_is_the_law_named_before_it(context, text, language):
    entities, _ = extracted(context, text, language)
    assert _laws(entities) == {"Quillmark Platform Safety Act": ("QPSA",)}


def test_a_case_relies_on_the_spelt_out_law_not_on_a_new_one(context):
    text = (
        "The Quillmark Platform Safety Act took effect in May. The QPSA was cited in the "
        "complaint against Zorbchat Inc."
    )
    entities, relationships = extracted(context, text, "en")
    assert set(_laws(entities)) == {"Quillmark Platform Safety Act"}
    rows = {(r.type, entities[r.source].name, entities[r.target].name) for r in relationships}
    assert ("INVOKES", "Plaintiffs v. Zorbchat Inc.", "Quillmark Platform Safety Act") in rows
    assert not any("QPSA" in name for row in rows for name in row[1:])


def test_an_acronym_two_names_share_stays_unlinked(context):
    text = (
        "The Quillmark Platform Safety Act and the Quill Privacy Standards Act took effect. "
        "Regulators said Zorbchat Inc. violated the QPSA."
    )
    entities, _ = extracted(context, text, "en")
    assert _laws(entities) == {
        "Quillmark Platform Safety Act": (),
        "Quill Privacy Standards Act": (),
    }


@pytest.mark.parametrize(
    ("name", "acronym", "expected"),
    [
        ("Digital Services Act", "DSA", True),
        ("Department of Justice", "DOJ", True),
        ("Federal Trade Commission", "FTC", True),
        ("Digital Services Act", "DMA", False),
        ("Digital Services and Markets Act", "DSA", False),  # no initials may be skipped
        ("Quillmark", "Q", False),
    ],
)
def test_initials(name, acronym, expected):
    from liability_graph.loaders.extract.pipeline import _initials_of

    assert _initials_of(name, acronym) is expected
