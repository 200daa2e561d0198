"""A known case fits a suit only on evidence beyond a shared defendant (issue #10), on
sentences written for these tests. A platform is sued again and again: a new suit against
Facebook or Meta stays a new case unless the document names the known case, its plaintiff,
its court or another of its defendants, or gives its year (and no other court); the known
case's own story still fits it."""

from __future__ import annotations

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract

IN_RE_FACEBOOK = "In re Facebook, Inc."


@pytest.fixture(scope="module")
def context():
    return reference_context()


def cases(context, text: str, language: str, published: str | None = None) -> dict[str, set]:
    """The case each party is a defendant in: {defendant name: {case names}}."""
    document = Document(title="t", source="t", published=published, content_hash=text[:60])
    found = extract(text, document, context, language=language)
    names = {f.key: f.name for f in found if isinstance(f, Entity)}
    out: dict[str, set] = {}
    for fact in found:
        if isinstance(fact, Relationship) and fact.type == "DEFENDANT_IN":
            out.setdefault(names[fact.source], set()).add(names[fact.target])
    return out


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        ("A mother sued Facebook last week, saying the site let traffickers reach her.", "en",
         None),
        ("The attorney general is suing Meta's Facebook over its face scans.", "en",
         "2022-03-01"),
        ("Een moeder heeft Facebook aangeklaagd omdat de site handelaars bij haar dochter liet "
         "komen.", "nl", None),
        ("De rechtbank Amsterdam houdt de zaak van stichting Privacyrecht tegen Meta aan.", "nl",
         None),
        # the known case's year, but a Dutch court: no Texas case
        ("De rechtbank Amsterdam houdt de zaak van stichting Privacyrecht tegen Meta aan.", "nl",
         "2021-05-01"),
    ],
)  # fmt: skip
def test_a_new_suit_against_a_known_defendant_stays_a_new_case(context, text, language, published):
    found = cases(context, text, language, published)
    assert found, "the suit is read"
    assert all(IN_RE_FACEBOOK not in named for named in found.values())


def test_two_dutch_claims_against_facebook_stay_two_cases(context):
    found = cases(
        context,
        "Stichting Datavrij is een rechtszaak begonnen tegen Facebook. Stichting Klikveilig "
        "klaagt Facebook ook aan.",
        "nl",
        "2021-05-01",
    )
    assert found["Facebook"] == {
        "Stichting Datavrij v. Facebook",
        "Stichting Klikveilig v. Facebook",
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # its court
        ("The Texas Supreme Court ruled that trafficking victims may sue Facebook under state "
         "law.", "en"),
        ("Het Hooggerechtshof van Texas besliste dat Facebook mag worden aangeklaagd door "
         "slachtoffers van mensenhandel.", "nl"),
        # its year
        ("In 2021 a Texas court let three women's trafficking claims against Facebook go on.",
         "en"),
        # its caption
        ("The In re Facebook ruling was cited again. Facebook was sued by three women.", "en"),
    ],
)  # fmt: skip
def test_the_known_cases_own_story_still_fits_it(context, text, language):
    assert cases(context, text, language)["Facebook"] == {IN_RE_FACEBOOK}


def test_another_known_defendant_named_in_the_document_is_evidence(context):
    text = "A federal judge refused to dismiss the lawsuit against Visa."
    assert cases(context, text, "en")["Visa"] == {"Plaintiffs v. Visa"}
    found = cases(context, "MindGeek owns Pornhub. " + text, "en")
    assert found["Visa"] == {"Fleites v. MindGeek S.à r.l."}


def test_a_named_person_fits_the_known_case_against_them(context):
    found = cases(context, "Michael Lacey was charged with money laundering.", "en")
    assert found["Michael Lacey"] == {"United States v. Lacey"}
