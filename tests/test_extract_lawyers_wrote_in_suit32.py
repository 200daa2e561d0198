"""The client whose lawyers write a suit brings it (issue #10), on sentences written for
these tests with invented names: after "Tolpay is facing a lawsuit", "Brindle's attorneys
wrote in a complaint lodged on Tuesday" makes Brindle its plaintiff; the defendant's own lawyers
speaking in the suit make the defendant no plaintiff of it."""

from __future__ import annotations

from sentences import defendant_names, facts, plaintiff_names


def test_the_client_of_the_lawyers_who_wrote_the_suit_brings_it(context):
    found = facts(
        context,
        "Tolpay is facing a lawsuit over stolen songs. “Tolpay wants to get away with it,” "
        "Brindle’s attorneys wrote in a complaint lodged on Tuesday in federal court.",
        "en",
    )
    assert plaintiff_names(found) == {"Brindle"}
    assert defendant_names(found) == {"Tolpay"}


def test_the_defendants_lawyers_make_it_no_plaintiff(context):
    found = facts(
        context,
        "Brindle Media sued Tolpay Inc. on Monday. Tolpay's lawyers said in the lawsuit that "
        "the claims fail.",
        "en",
    )
    assert plaintiff_names(found) == {"Brindle Media"}


def test_a_defendant_filing_something_brings_no_part_of_its_own_case(context):
    found = facts(
        context,
        "Brindle Media sued Tolpay Inc. on Monday. Tolpay filed a complaint in federal court on "
        "Friday.",
        "en",
    )
    assert plaintiff_names(found) == {"Brindle Media"}
