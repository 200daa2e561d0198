"""One name, one fact (issue #10), on sentences written for these tests with invented firms:
a later sentence that calls the defendant by its trade ("the payment processor", "de
betaaldienst") types the same name again, as a vendor or a site, where the suit typed it
as a company; the document's fact is still one fact about one defendant, with the
strongest status its sentences give, not a second fact under a second type."""

from __future__ import annotations

import pytest
from sentences import extracted


@pytest.mark.parametrize(
    ("text", "language", "defendant", "status"),
    [
        (
            "Mara Quist sued Velmora Pay Ltd in 2021. The judge held the payment processor "
            "liable in May.",
            "en",
            "Velmora Pay Ltd",
            "ruled",
        ),
        (
            "A judge granted defendant Corvane Hosting LLC's motion to dismiss claims that the "
            "Ohio-based hosting provider should be held liable.",
            "en",
            "Corvane Hosting LLC",
            None,
        ),
        (
            "Mara Quist sued Corvane Hosting LLC in May, and says the hosting provider should "
            "be held liable.",
            "en",
            "Corvane Hosting LLC",
            None,
        ),
        (
            "Mara Quist heeft Velmora Pay B.V. aangeklaagd. De rechter oordeelde dat de "
            "betaaldienst de schade moet vergoeden.",
            "nl",
            "Velmora Pay B.V.",
            "ruled",
        ),
    ],
)
def test_a_defendant_retyped_by_its_trade_is_one_fact(context, text, language, defendant, status):
    entities, relationships = extracted(context, text, language)
    defended = [
        r
        for r in relationships
        if r.type == "DEFENDANT_IN" and entities[r.source].name == defendant
    ]
    assert len(defended) == 1
    if status:
        assert defended[0].status == status
    # and one node: the name's other type is no entity of its own, left without a fact
    assert [e.type for e in entities.values() if e.name == defendant] == [
        entities[defended[0].source].type
    ]


def test_two_names_stay_two_facts(context):
    entities, relationships = extracted(
        context,
        "Mara Quist sued Velmora Pay Ltd and Corvane Hosting LLC in 2021. The judge held the "
        "payment processor liable in May.",
        "en",
    )
    defendants = sorted(entities[r.source].name for r in relationships if r.type == "DEFENDANT_IN")
    assert defendants == ["Corvane Hosting LLC", "Velmora Pay Ltd"]
