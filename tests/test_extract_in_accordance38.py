"""A court's holding that a party acted in accordance with a law (issue #10), on sentences
written for these tests with invented parties: "in accordance with the X Act", "conform de
X", "overeenkomstig de X", "in overeenstemming met de X" name the law the holding applies,
as "under" and "op grond van" do."""

from __future__ import annotations

import pytest
from sentences import facts, laws_invoked

DMA = "Digital Markets Act"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vantor sued Zembrik in March. The judge ruled that Zembrik acted in accordance with "
         "the Digital Markets Act.", "en"),
        ("Vantor spande in maart een kort geding aan tegen Zembrik. De rechter oordeelde dat "
         "Zembrik conform de Digital Markets Act handelde.", "nl"),
        ("Vantor spande in maart een kort geding aan tegen Zembrik. De rechter oordeelde dat "
         "Zembrik in overeenstemming met de Digital Markets Act handelde.", "nl"),
    ],
)  # fmt: skip
def test_acting_in_accordance_with_a_law_invokes_it(context, text, language):
    assert laws_invoked(facts(context, text, language)) == {DMA}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vantor spande in maart een kort geding aan tegen Zembrik. De rechter oordeelde dat "
         "Zembrik conform de afspraken handelde.", "nl"),
        ("Vantor sued Zembrik in March. The judge ruled that Zembrik acted in accordance with "
         "its own terms.", "en"),
    ],
)  # fmt: skip
def test_no_law_without_a_named_law(context, text, language):
    assert laws_invoked(facts(context, text, language)) == set()
