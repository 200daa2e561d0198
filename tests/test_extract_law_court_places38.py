"""Jurisdictions of a law or a court told by a noun phrase that is not its name (issue #10),
on sentences written for these tests with invented parties:

- a demonstrative noun phrase with a place adjective points back to the law (or court)
  named before and gives its jurisdiction: "... the Digital Services Act. This European
  legislation ...", "Deze Europese wetgeving";
- a court's or law's apposition with a place phrase: "the Hoge Raad, the highest court in
  the Netherlands", "de Hoge Raad, de belangrijkste rechter in Nederland": the court's
  country (not the case's).
"""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _places(context, text: str, language: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(context, text, language) if f[0] == "IN_JURISDICTION"}


@pytest.mark.parametrize(
    ("text", "language", "law"),
    [
        ("Quorvane Watch sued Zembrik for breaching the Digital Services Act. This European "
         "legislation must give users more control.", "en", "Digital Services Act"),
        ("Stichting Quorvane klaagde Zembrik in maart aan om schending van de Digital "
         "Services Act. Deze Europese wetgeving moet gebruikers beschermen.", "nl",
         "Digital Services Act"),
    ],
)  # fmt: skip
def test_a_demonstrative_law_phrase_gives_the_law_named_before_its_place(
    context, text, language, law
):
    assert (law, "European Union") in _places(context, text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an article is no demonstrative: "the European law" may be another law
        ("Quorvane Watch sued Zembrik for breaching the Digital Services Act. The European "
         "law is strict, the critics said.", "en"),
        # two laws before: which one "this" law is, is not told
        ("Quorvane Watch sued Zembrik under the Digital Services Act and the Digital Markets "
         "Act. This European law is strict.", "en"),
    ],
)  # fmt: skip
def test_no_place_without_a_demonstrative_or_with_two_laws(context, text, language):
    assert _places(context, text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "named", "country"),
    [
        ("Quorvane Watch sued Zembrik in the Hoge Raad, the highest court in the Netherlands.",
         "en", "Hoge Raad", "Netherlands"),
        ("De zaak van Quorvane tegen Zembrik ligt nu bij de Hoge Raad, de belangrijkste "
         "rechter in Nederland.", "nl", "Hoge Raad", "Netherlands"),
        ("Quorvane Watch says Zembrik ignored the Digital Services Act, the strictest law in "
         "the European Union.", "en", "Digital Services Act", "European Union"),
    ],
)  # fmt: skip
def test_an_apposition_with_a_place_phrase_places_the_court_or_law(
    context, text, language, named, country
):
    found = _places(context, text, language)
    assert (named, country) in found
    assert not any(country == place and named != name for name, place in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a company's apposition: no court or law is described
        ("Quorvane Watch sued Zembrik, the largest site in the Netherlands, last year.", "en"),
    ],
)  # fmt: skip
def test_no_court_place_from_another_apposition(context, text, language):
    assert not any(place == "Netherlands" and "v." not in name
                   for name, place in _places(context, text, language))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        ("Quorvane Watch sued Zembrik in March. The 40-page complaint was filed in California.",
         "en", ("IN_JURISDICTION", "California")),
        ("Quorvane Watch sued Zembrik in March. The 40-page case in Texas says Zembrik hid "
         "its fees.", "en", ("IN_JURISDICTION", "Texas")),
    ],
)  # fmt: skip
def test_a_case_noun_with_a_hyphened_count_points_back(context, text, language, fact):
    kind, target = fact
    assert any(f[0] == kind and f[2] == target and "Zembrik" in f[1]
               for f in facts(context, text, language))  # fmt: skip
