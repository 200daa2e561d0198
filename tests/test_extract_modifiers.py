"""Modifiers between a verb and its object (issue #10): news writes "sued the file-sharing
website X" and "fined the Utah-based app maker X". Hyphenated modifiers and up to four
words before the object's type noun keep the object; a name-made adjective ("Utah-based",
"Google-backed") is never a name itself. Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


@pytest.mark.parametrize(
    "text, defendant",
    [
        ("Three record labels sued the file-sharing website Tunevault on Tuesday.", "Tunevault"),
        ("The labels sued the video-sharing platform Clipnest.", "Clipnest"),
        ("The labels sued the big hosting company Serverhaven.", "Serverhaven"),
        ("The labels sued the Amsterdam-based hosting company Serverhaven.", "Serverhaven"),
    ],
)
def test_modifiers_before_the_object_keep_the_defendant(context, text, defendant):
    found = facts(context, text, "en")
    assert [(t, s, st) for t, s, _, st in found if t == "DEFENDANT_IN"] == [
        ("DEFENDANT_IN", defendant, "alleged")
    ]


def test_a_name_made_adjective_is_no_name(context):
    entities, _ = extracted(context, "The FTC fined the Utah-based app maker Zorblat.", "en")
    names = {e.name for e in entities.values()}
    assert "Utah-based" not in names
    assert ("DEFENDANT_IN", "Zorblat", "FTC v. Zorblat", "ruled") in facts(
        context, "The FTC fined the Utah-based app maker Zorblat.", "en"
    )
    backed = facts(context, "The FTC sued the Google-backed Chatterly.", "en")
    assert ("DEFENDANT_IN", "Chatterly", "FTC v. Chatterly", "alleged") in backed
    assert not any("Google-backed" in s or "Google-backed" in t for _, s, t, _ in backed)


def test_a_record_label_in_a_list_of_companies_is_an_organisation(context):
    entities, _ = extracted(
        context,
        "Universal Music Group, Sony Music Entertainment and Warner Records sued Tunevault.",
        "en",
    )
    assert "organization:warner-records" in entities
    assert "person:warner-records" not in entities


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The suit names Derek Hollins and Cloudmesa LLC as defendants.", "Derek Hollins",
         "Cloudmesa LLC"),
        ("The labels sued Bain Capital and Cloudmesa LLC.", "Bain Capital", "Cloudmesa LLC"),
    ],
)  # fmt: skip
def test_and_before_a_company_with_a_legal_form_joins_two_names(context, text, first, second):
    entities, _ = extracted(context, text, "en")
    names = {e.name for e in entities.values()}
    assert {first, second} <= names
    assert not any(" and " in name for name in names)


def test_one_company_with_and_in_its_name_stays_whole(context):
    entities, _ = extracted(context, "The labels sued Barnes & Noble Education Inc.", "en")
    assert "Barnes & Noble Education Inc." in {e.name for e in entities.values()}


def test_a_possessive_role_names_its_holder_as_the_party(context):
    """ "sued Snapwave's chief executive, Lena Marsh": the holder of the role is sued, not
    the company whose role it is."""
    found = facts(context, "Nevada sued Snapwave's chief executive, Lena Marsh.", "en")
    assert {(t, s) for t, s, _, _ in found} == {
        ("DEFENDANT_IN", "Lena Marsh"),
        ("PLAINTIFF_IN", "State of Nevada"),
    }
