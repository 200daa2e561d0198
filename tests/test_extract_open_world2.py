"""Corporate relations between companies no list knows (issue #10), on sentences of our
own, in English and Dutch, run without the reference base (as `ingest --no-reference`):
the held-out articles tell of events and companies the reference base does not cover."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def _of(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, ...]]:
    return {f[1:3] for f in found if f[0] == kind}


# "X, the parent company of A and B": the parent owns every platform the "of" lists
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Regulators fined Zuidmeta, the parent company of Fotobook and Kletsapp."),
        ("en", "Zuidmeta, the owner of Fotobook and Kletsapp, said it would appeal."),
        ("nl", "De toezichthouder beboette Zuidmeta, het moederbedrijf van Fotobook en "
               "Kletsapp."),
        ("nl", "Zuidmeta, de eigenaar van Fotobook en Kletsapp, gaat in beroep."),
    ],
)  # fmt: skip
def test_parent_of_a_coordination_owns_each(context, language, text):
    found = facts(context, text, language)
    assert _of(found, "OWNS") == {("Zuidmeta", "Fotobook"), ("Zuidmeta", "Kletsapp")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lawyers for the family, led by Anna Berg, accuse the owners of Fotobook and "
               "Kletsapp of negligence."),
        ("nl", "Advocaten van de familie, onder leiding van Anna Berg, beschuldigen de "
               "eigenaars van Fotobook en Kletsapp van nalatigheid."),
    ],
)  # fmt: skip
def test_owners_as_an_object_name_no_owner(context, language, text):
    assert not _of(facts(context, text, language), "OWNS")


def test_a_type_noun_inside_a_company_name_types_nothing(context):
    """In "Zuidmeta Platforms Inc." the word "Platforms" is part of the name, not a noun that
    introduces "Inc" as a platform."""
    text = "The state sued Fotobook parent company Zuidmeta Platforms Inc. on Monday."
    entities, _ = extracted(context, text, "en")
    assert "Inc" not in {e.name for e in entities.values()}
    assert _of(facts(context, text, "en"), "OWNS") == {("Zuidmeta Platforms Inc.", "Fotobook")}


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the social media platform Q on Friday. Its owner, Karl "
        "Vance, said Q would appeal.",
        "The regulator fined the social media platform Q on Friday. Karl Vance, the owner "
        "of Q, said it would appeal.",
        "The regulator fined the social media platform Q on Friday. Karl Vance's Q said it "
        "would appeal.",
    ],
)  # fmt: skip
def test_a_one_letter_platform_is_found_again(context, text):
    """A one-letter platform name a type noun introduced ("the platform Q") is that
    platform again where it stands alone as that capital."""
    assert ("Karl Vance", "Q") in _of(facts(context, text, "en"), "OWNS")


def test_a_one_letter_word_is_no_platform_without_its_noun(context):
    text = "Karl Vance, the owner of Q, said it would appeal."
    assert not _of(facts(context, text, "en"), "OWNS")
