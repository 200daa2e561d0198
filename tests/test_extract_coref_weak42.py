"""What a definite noun of a later sentence points back to. A group of public offices that
sues ("fourteen attorneys general") is never "the company": the company is the one they sued.
A name no list knows that a fact read as a platform ("Regulators fined Quillchat") is what
"the app" points back to, but no company noun (the name may be the company)."""

from __future__ import annotations

import pytest
from sentences import triples

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    "opening",
    [
        "A coalition of fourteen attorneys general",
        "State attorneys general",
        "Twelve AGs",
    ],
)
def test_the_company_after_officials_sued_it_is_the_defendant(context, opening):
    text = f"{opening} sued Zorbcorp Inc. on Tuesday. The company owns Quillchat."
    owners = {source for kind, source, target in triples(context, text, "en") if kind == "OWNS"}
    assert owners == {"Zorbcorp Inc."}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Regulators fined Quillchat on Tuesday. The app is owned by Zorbdance.", "en"),
        ("Regulators fined Quillchat on Tuesday. The app was bought by Zorbdance in 2020.", "en"),
        (
            "De toezichthouder heeft Quillchat dinsdag een boete opgelegd. De app is eigendom "
            "van Zorbdance.",
            "nl",
        ),
        ("Het OM heeft Quillchat aangeklaagd. Het platform is in handen van Zorbdance.", "nl"),
    ],
)
def test_the_app_points_back_to_a_site_no_list_knows(context, text, language):
    owns = {(s, t) for kind, s, t in triples(context, text, language) if kind == "OWNS"}
    assert owns == {("Zorbdance", "Quillchat")}


def test_no_company_noun_points_back_to_a_name_read_only_as_a_site(context):
    """Read as a site, Zorbcorp would be owned by Quillchat; nor do the officials own it."""
    text = "Fourteen attorneys general sued Zorbcorp on Tuesday. The company owns Quillchat."
    owns = {(s, t) for kind, s, t in triples(context, text, "en") if kind == "OWNS"}
    assert owns <= {("Zorbcorp", "Quillchat")}


@pytest.mark.parametrize(
    "phrase", ["the hugely popular video app", "the popular new video app", "the app"]
)
def test_a_site_noun_with_three_modifiers_points_back(context, phrase):
    text = (
        "Fourteen attorneys general sued Quillchat on Tuesday. The suits follow earlier "
        f"actions against {phrase}, which is owned by Zorbdance."
    )
    owns = {(s, t) for kind, s, t in triples(context, text, "en") if kind == "OWNS"}
    assert owns == {("Zorbdance", "Quillchat")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "De eigenaar van Quillchat, Zorbdance, maakte de verkoop bekend. Het vooral bij "
            "jongeren zeer populaire Europese platform is een alternatief voor Facebook. Dat "
            "heeft Quillchat veel problemen gegeven. Het platform werd in 2018 opgericht door "
            "Anna Brook.",
            "nl",
        ),
        (
            "The owner of Quillchat, Zorbdance, announced the sale. The very popular and "
            "widely used European platform is an alternative to Facebook. That has given "
            "Quillchat many problems. The platform was founded in 2018 by Anna Brook.",
            "en",
        ),
    ],
)
def test_a_bare_name_a_fact_read_before_is_what_the_site_noun_points_to(
    context, text, language
):
    """Quillchat, read as a site by the owner's fact, is that site when named bare later,
    so "the platform" after it points to it and not to a site named in between."""
    founded = {t for kind, _, t in triples(context, text, language) if kind == "FOUNDED"}
    assert founded == {"Quillchat"}


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "Het platform Quillchat werd opgericht door Anna Brook, dochter van investeerder "
            "Piet Vos, die mede-eigenaar is van de nieuwssite Dagblad Zorb.",
            set(),
        ),
        ("De app Quillchat is een dochter van Zorbdance Media.", {"Zorbdance Media"}),
    ],
)
def test_a_persons_daughter_is_no_subsidiary(context, text, owners):
    owns = {s for kind, s, t in triples(context, text, "nl") if kind == "OWNS"}
    assert owns == owners
