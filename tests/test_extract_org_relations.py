"""Ownership, founding and service on sentences written for these tests (issue #10): a
sentence that opens with an ordinary word joined by "and" to a name ("Maple and Quorra
removed ...") names two companies; a site noun points back to the site told of, not to the
vendors beside it; an order "to help block" and a failure "to provide" state no service; an
owned list in a relative clause stops where the main clause takes it over; "founder and CEO
of X" founds X; "A Ltd and B Ltd, A's founder X" founds A alone; a definite "parent company
of X" owns X as the company told of just before."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module", params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(request.param)


def _typed(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == kind}


def test_an_ordinary_word_joined_to_a_name_opens_a_sentence_as_a_name(context):
    text = "Intro line.\n\nMaple and Quorra removed Zintchat from their app stores."
    found = facts(context, text, "en")
    assert {("SERVICED", v, "Zintchat", "established") for v in ("Maple", "Quorra")} <= found
    # alone, the word may be any word: no name
    found = facts(context, "Intro line.\n\nMaple removed Zintchat from the store.", "en")
    assert not _typed(found, "SERVICED")


def test_a_site_noun_points_to_the_site_not_to_the_vendors_beside_it(context):
    text = (
        "Zintchat, a social network, was dropped by Brindle Hosting last week. "
        "Payment processors Quorrapay and Stratopay also suspended the network."
    )
    found = facts(context, text, "en")
    assert {("SERVICED", v, "Zintchat", "established") for v in ("Quorrapay", "Stratopay")} <= found
    assert not {f for f in found if f[0] == "SERVICED" and f[2] in ("Quorrapay", "Stratopay")}


def test_an_order_to_help_block_or_a_failure_to_provide_is_no_service(context):
    found = facts(
        context,
        "The judge ordered Quorra and Stratopay to help block users from reaching Zintchat.",
        "en",
    )
    assert not _typed(found, "SERVICED")
    found = facts(
        context, "The regulator found that Zintchat failed to provide a process to Quorra.", "en"
    )
    assert not _typed(found, "SERVICED")
    found = facts(
        context,
        "De rechter beval Quorra en Stratopay te helpen Zintchat te blokkeren.",
        "nl",
    )
    assert not _typed(found, "SERVICED")


def test_a_purchase_allowed_to_users_is_no_takeover(context):
    found = facts(
        context,
        "The regulator said Zintchat allowed anyone to purchase a blue badge from Quorra.",
        "en",
    )
    assert not _typed(found, "OWNS")
    found = facts(
        context, "Dana Whitfield bought a majority stake in the site Zintchat in 2018.", "en"
    )
    assert ("OWNS", "Dana Whitfield", "Zintchat", "established") in found


def test_an_owned_list_stops_where_the_main_clause_takes_it(context):
    found = facts(
        context,
        "Kestrel Holdings, which owns the app Zintchat, Quorra and Stratopay have been "
        "ordered to remove accounts.",
        "en",
    )
    assert ("OWNS", "Kestrel Holdings", "Zintchat", "established") in found
    assert {f[2] for f in _typed(found, "OWNS")} == {"Zintchat"}
    found = facts(
        context,
        "Kestrel Holdings, which owns Zintchat, Vibely and Quorrachat, said it would appeal.",
        "en",
    )
    assert {f[2] for f in _typed(found, "OWNS")} == {"Zintchat", "Vibely", "Quorrachat"}


def test_founder_and_chief_executive_of_a_company_founded_it(context):
    found = facts(
        context,
        "Intro line.\n\nDana Whitfield, founder and CEO of the web hosting company Brindle, "
        "said the site had a right to be online.",
        "en",
    )
    assert ("FOUNDED", "Dana Whitfield", "Brindle", "established") in found
    found = facts(
        context,
        "Intro line.\n\nDana Whitfield, chief executive and founder of Zintchat, was charged.",
        "en",
    )
    assert ("FOUNDED", "Dana Whitfield", "Zintchat", "established") in found
    found = facts(context, "Intro line.\n\nDana Whitfield, the CEO of Zintchat, was charged.", "en")
    assert not _typed(found, "FOUNDED")


def test_a_possessive_founder_founded_only_the_possessor(context):
    found = facts(
        context,
        "Prosecutors indicted Zintchat Limited and Brindle Limited, Zintchat's founder "
        "Dana Whitfield, and two others.",
        "en",
    )
    assert {f[2] for f in _typed(found, "FOUNDED")} == {"Zintchat"}


def test_a_definite_parent_company_owns_the_sites_it_is_said_of(context):
    text = (
        "Kestrel Holdings was fined 2 million euros. The parent company of Zintchat and "
        "Vibely said it would appeal."
    )
    found = facts(context, text, "en")
    assert {("OWNS", "Kestrel Holdings", p, "established") for p in ("Zintchat", "Vibely")} <= found
    text = (
        "De rechtbank stelt de zaak tegen socialemediabedrijf Kestrel uit. Twee stichtingen "
        "beschuldigen het moederbedrijf van Zintchat en Vibely van misbruik."
    )
    found = facts(context, text, "nl")
    assert {("OWNS", "Kestrel", p, "established") for p in ("Zintchat", "Vibely")} <= found
    # a plaintiff named before the company is not what the noun points back to
    text = (
        "De Woonbond is een zaak begonnen tegen Kestrel. De Woonbond sprak eerder met het "
        "moederbedrijf van Zintchat."
    )
    found = facts(context, text, "nl")
    assert not {f for f in _typed(found, "OWNS") if f[1] == "Woonbond"}


def test_a_verdict_delivered_or_material_support_provided_is_no_service(context):
    found = facts(
        context,
        "In 2015 a jury delivered a $25 million verdict in favor of Quorra against Brindle "
        "Communications.",
        "en",
    )
    assert not _typed(found, "SERVICED")
    found = facts(
        context,
        "The court dismissed claims that Brindle provided material support to Zintchat.",
        "en",
    )
    assert not _typed(found, "SERVICED")
    found = facts(context, "Zorblat provides hosting to Zintchat.", "en")
    assert ("SERVICED", "Zorblat", "Zintchat", "established") in found


def test_a_site_used_by_a_vendors_customers_is_no_customer(context):
    found = facts(
        context,
        "The claim centers on downloads via the platform Zintchat by Brindle's customers.",
        "en",
    )
    assert not _typed(found, "SERVICED")


def test_an_account_to_reinstate_was_a_service(context):
    found = facts(
        context, "Intro line.\n\nThe judge refused to reinstate Zintchat's Brindle account.", "en"
    )
    assert ("SERVICED", "Brindle", "Zintchat", "established") in found
    found = facts(
        context, "Intro line.\n\nZintchat demanded to be reinstated on Brindle Web Services.", "en"
    )
    assert ("SERVICED", "Brindle Web Services", "Zintchat", "established") in found


def test_the_plaintiff_told_of_before_is_not_the_parent_company(context):
    text = (
        "De Consumentenbond is een rechtszaak begonnen tegen Kestrel. De organisaties "
        "onderhandelden met het moederbedrijf van Zintchat."
    )
    found = facts(context, text, "nl")
    assert not {f for f in _typed(found, "OWNS") if f[1] == "Consumentenbond"}
