"""Who accuses a party of an act is no end of that act (issue #10): "X accuses Y of
providing hosting services to websites" made the accuser X Y's client (SERVICED), since
the provide rule reads its customer anywhere in the clause. The act after the accusation's
"of"/"van" is the accused's; the accuser before the verb is skipped."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language",
    [
        (
            "The Velmor Foundation accuses Stratonet of providing hosting services to piracy websites.",
            "en",
        ),
        ("Zorbix Media accused Cirrus Nodes of providing hosting to illegal forums.", "en"),
        (
            "Stichting Velmor beschuldigt Stratonet van het leveren van hosting aan piratensites.",
            "nl",
        ),
    ],
)
def test_the_accuser_is_no_client(context, sentence, language):
    assert not any(kind == "SERVICED" for kind, *_ in facts(context, sentence, language))


def test_the_accused_still_serves_the_client_named(context):
    found = facts(
        context,
        "Zorbix Media accused Cirrus Nodes of providing hosting to the forum Quillchat.",
        "en",
    )
    assert ("SERVICED", "Cirrus Nodes", "Quillchat", "alleged") in found
    assert not any(kind == "SERVICED" and "Zorbix" in a + b for kind, a, b, _ in found)
