"""A federal trial court written without its district is the one the document names (issue
#10): "the indictment was filed in U.S. District Court" gave a court "U.S. District Court"
beside the "United States District Court for the Southern District of Nevada" that the
document names elsewhere (in the prosecutor's title, or as the court itself). The generic
name (loaders/courts.yaml's trial court without its district, with every name of the
country) now stands for the one district court the document names; with none it stays."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context

NEVADA = "United States District Court for the Southern District of Nevada"


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _courts(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "HEARD_BY"}


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged Dara Velsko in March. The indictment was filed in U.S. District "
        "Court. Federal prosecutors of the Southern District of Nevada brought that case.",
        "Prosecutors in the Southern District of Nevada charged Dara Velsko in U.S. District "
        "Court.",
    ],
)
def test_the_generic_court_is_the_district_named(context, text):
    assert _courts(facts(context, text, "en")) == {NEVADA}


def test_without_a_district_named_the_court_stays_generic(context):
    found = facts(context, "Prosecutors charged Dara Velsko in U.S. District Court.", "en")
    assert _courts(found) == {"U.S. District Court"}


def test_two_districts_named_leave_it_generic(context):
    found = facts(
        context,
        "Prosecutors charged Dara Velsko in U.S. District Court. Cases in the Southern "
        "District of Nevada and the Northern District of Ohio were joined.",
        "en",
    )
    assert "U.S. District Court" in _courts(found)
