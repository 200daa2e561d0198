"""Vendors ending a service in Dutch (issue #10, stop 43; docs/annotation.md, SERVICED).
An app removed from the app store of a named company ("De app X werd uit de appwinkels van
Y en Z geweerd"): the store's owner, after "van", ended its service to the app, the passive
subject; an app that can be downloaded from a store again states no removal. A vendor read
as one that pulls the plug ("trok de stekker uit de site X") ends its service; a minister
pulling the plug on a project does not. Sentences and names are our own."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "vendors"),
    [
        ("De app Quillchat werd uit de appwinkel van Zorbphone geweerd.", {"Zorbphone"}),
        ("Zo werd de app Quillchat na de rellen uit de appwinkels van zowel Zorbphone als "
         "Veldsoft verwijderd.", {"Zorbphone", "Veldsoft"}),
        ("De app Quillchat werd uit de appwinkels van Zorbphone en Veldsoft gehaald.",
         {"Zorbphone", "Veldsoft"}),
    ],
)  # fmt: skip
def test_the_stores_owner_ended_its_service(context, text, vendors):
    found = facts(context, text, "nl")
    assert {(s, t) for kind, s, t, _ in found if kind == "SERVICED"} == {
        (v, "Quillchat") for v in vendors
    }


def test_an_app_in_a_store_again_states_no_removal(context):
    text = "De app Quillchat is weer te downloaden uit de appwinkel van Zorbphone."
    assert not {f for f in facts(context, text, "nl") if f[0] == "SERVICED"}


@pytest.mark.parametrize(
    "text",
    [
        "Hostingbedrijf Wolkdata trok de stekker uit de site Quillchat.",
        "De site Quillchat verdween omdat hostingbedrijf Wolkdata de stekker eruit trok.",
    ],
)
def test_a_vendor_pulling_the_plug_ended_its_service(context, text):
    """"De stekker eruit trekken": a vendor (read as one first) ends its service."""
    found = facts(context, text, "nl")
    assert {(s, t) for kind, s, t, _ in found if kind == "SERVICED"} == {
        ("Wolkdata", "Quillchat")
    }


def test_pulling_the_plug_on_a_project_is_no_service(context):
    text = "De minister trok de stekker uit het project Quillchat."
    assert not {f for f in facts(context, text, "nl") if f[0] == "SERVICED"}


@pytest.mark.parametrize(
    "text",
    [
        "Zorbcom (houder van Quillchat.nl) hoeft de berichten niet te lezen.",
        "Zorbcom, de houder van de site Quillchat.nl, kreeg gelijk.",
    ],
)
def test_the_holder_of_a_site_owns_it(context, text):
    """"houder van" a site is its owner, as "eigenaar van" is (docs/annotation.md, OWNS)."""
    owns = {(s, t) for kind, s, t, _ in facts(context, text, "nl") if kind == "OWNS"}
    assert owns == {("Zorbcom", "Quillchat.nl")}


def test_the_holder_of_a_licence_owns_no_site(context):
    text = "Jan de Vries, houder van de vergunning, kreeg gelijk."
    assert not {f for f in facts(context, text, "nl") if f[0] == "OWNS"}
