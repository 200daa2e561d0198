"""A content delivery network is a vendor (issue #10): "content delivery network X" and
"X, a content delivery network" typed X as a site (a network is a platform noun unless a
vendor's kind stands before it, as in "the ad network X"), so X could be served but never
serve. "delivery" and "cdn" now count among the vendor modifiers; a vendor read first as
one serves the site named right after "served" (the serve rule, strict on both ends)."""

from __future__ import annotations

import pytest
from sentences import entity_types, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmor Media sued content delivery network Zorbnet in May.",
        "Velmor Media sued Zorbnet, a content delivery network, in May.",
    ],
)
def test_a_content_delivery_network_is_a_vendor(context, sentence):
    assert entity_types(context, sentence, "en")["Zorbnet"] == "Vendor"


@pytest.mark.parametrize(
    "sentence",
    [
        "Content delivery network Zorbnet served the forum Quillchat until May.",
        "The forum Quillchat was served by the hosting company Zorbnet.",
    ],
)
def test_a_vendor_serves_the_site_it_serves(context, sentence):
    assert facts(context, sentence, "en") == {("SERVICED", "Zorbnet", "Quillchat", "established")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dara Velsko served as chief executive of Quillchat.",
        "Zorbix Media served the forum Quillchat.",  # no vendor read first as one
    ],
)
def test_other_serving_is_no_service(context, sentence):
    assert facts(context, sentence, "en") == set()
