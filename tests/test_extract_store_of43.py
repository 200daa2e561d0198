"""An app removed from the app store of a named company ("De app X werd uit de appwinkels
van Y en Z geweerd"): the store's owner, after "van", ended its service to the app, the
passive subject (issue #10, stop 43; docs/annotation.md, SERVICED: removed from its app
store). An app that can be downloaded from a store again states no removal. Sentences and
names are our own."""

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
