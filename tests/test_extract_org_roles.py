"""Who serves and who owns, on sentences written for these tests (issue #10): the user of a
vendor's product is its customer, whichever side of the verb the vendor stands; the provider
of "provided X with Y" is the subject, never X; "design features" and "recommendations" are
no service; "website operators" in general and "out of control" own nothing, while "X, the
operator of the site Y" owns Y; a public body is no owned platform; "acquired by X" makes the
agent the owner of the name before (a ".ly" domain is a name), also after an age word ("owned
by 46-year-old X"); "X, die ook de oprichter is van Y" founds Y (a relative clause's copula at
its end); an authority that forced a site "to shut down" shut it down, and "haalde X ... uit de
lucht" reaches over a longer object; a company's name, as its possessive, before a platform
noun owns every platform the noun lists ("Kestrel Holdings chat apps A and B"), a public body's
never."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module", params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(request.param)


def _typed(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == kind}


def test_the_user_of_a_product_is_the_customer_on_either_side(context):
    found = facts(context, "Zintchat used Stratus Cloud software to manage its advertisers.", "en")
    assert ("SERVICED", "Stratus Cloud", "Zintchat", "established") in found
    assert not {f for f in found if f[0] == "SERVICED" and f[1] == "Zintchat"}
    found = facts(
        context, "Stratus Cloud, whose hosting software Zintchat used, was not charged.", "en"
    )
    assert ("SERVICED", "Stratus Cloud", "Zintchat", "established") in found


def test_the_provider_is_the_subject_not_the_one_provided_with(context):
    found = facts(
        context,
        "The chat site Zintchat won an appeal on Wednesday over claims it provided Kestrel "
        "Group with a messaging platform that helped plan attacks.",
        "en",
    )
    assert not _typed(found, "SERVICED")
    found = facts(context, "Brindle Hosting provided hosting to the site Zintchat.", "en")
    assert ("SERVICED", "Brindle Hosting", "Zintchat", "established") in found


def test_advice_and_design_features_are_no_service(context):
    found = facts(
        context,
        "The Quorra Commission said it provided a list of recommendations to the site Zintchat "
        "so that the company would meet the rules.",
        "en",
    )
    assert not _typed(found, "SERVICED")
    found = facts(
        context,
        "The Ohio Attorney General's Office has brought comparable suits against the apps "
        "Zintchat, Quorra and Kestrel over design features it calls harmful to minors and "
        "weak protections for young users.",
        "en",
    )
    assert not _typed(found, "SERVICED")


def test_operators_in_general_own_nothing_but_the_operator_of_a_site_does(context):
    found = facts(
        context,
        "The forum Zintchat closed its dating section days after the Quorra Commission "
        "approved rules that widen the liability of website operators for what users post.",
        "en",
    )
    assert not _typed(found, "OWNS")
    found = facts(
        context, "Quorra Media, the operator of the site Zintchat, said it would appeal.", "en"
    )
    assert ("OWNS", "Quorra Media", "Zintchat", "established") in found


def test_out_of_control_is_no_control(context):
    found = facts(
        context,
        "Dana Whitfield's life spiralled out of control after a video of her was uploaded on "
        "Zintchat.com, her lawyer said.",
        "en",
    )
    assert not _typed(found, "OWNS")


def test_the_agent_of_acquired_by_owns_the_name_before(context):
    found = facts(
        context,
        "Zintchat.ly—acquired by Quorra Media in 2017 and merged with Brindle—agreed to "
        "pay $5 million.",
        "en",
    )
    assert _typed(found, "OWNS") == {("OWNS", "Quorra Media", "Zintchat.ly", "established")}
    found = facts(
        context,
        "Many ads ran on Zintchat.com - owned by 46-year-old Dana Whitfield. Whitfield was "
        "charged in June.",
        "en",
    )
    assert ("OWNS", "Dana Whitfield", "Zintchat.com", "established") in found


def test_a_dutch_relative_clause_names_a_founder_with_its_copula_last(context):
    found = facts(
        context,
        "Het forum Zintchat werd in 2015 opgericht door Jan de Wit, die ook de oprichter is "
        "van de site Quorra.",
        "nl",
    )
    assert {
        ("FOUNDED", "Jan de Wit", "Zintchat", "established"),
        ("FOUNDED", "Jan de Wit", "Quorra", "established"),
    } <= found


def test_an_authority_that_forces_a_site_to_shut_down_shuts_it_down(context):
    found = facts(
        context,
        "The Justice Department forced the chat site Zintchat to shut down in May after "
        "charging its owners.",
        "en",
    )
    shut = _typed(found, "SHUT_DOWN")
    assert {(t, s, st) for _, s, t, st in shut} <= {
        ("Zintchat", name, "established")
        for name in ("U.S. Department of Justice", "Justice Department")
    }
    assert len(shut) == 1
    found = facts(
        context,
        "Quorra Media decided to shut down the site Zintchat after it was forced to pay a fine.",
        "en",
    )
    assert not _typed(found, "SHUT_DOWN")


def test_a_dutch_offline_verb_reaches_over_a_longer_object(context):
    found = facts(
        context,
        "Het Openbaar Ministerie haalde de marktplaats Zintchat vorige week uit de lucht.",
        "nl",
    )
    assert ("SHUT_DOWN", "Openbaar Ministerie", "Zintchat", "established") in found


def test_a_company_before_a_platform_noun_owns_every_platform_listed(context):
    found = facts(
        context,
        "Regulators opened a probe into Kestrel Holdings chat apps Zintchat and Quorra last "
        "spring.",
        "en",
    )
    assert _typed(found, "OWNS") == {
        ("OWNS", "Kestrel Holdings", "Zintchat", "established"),
        ("OWNS", "Kestrel Holdings", "Quorra", "established"),
    }
    found = facts(
        context,
        "Regulators opened a probe into Dana Whitfield's chat apps Zintchat and Quorra last "
        "spring.",
        "en",
    )
    assert {("Zintchat", "Dana Whitfield"), ("Quorra", "Dana Whitfield")} <= {
        (t, s) for k, s, t, _ in found if k == "OWNS"
    }
    found = facts(context, "The Quorra Commission chat site Zintchat was criticised.", "en")
    assert not _typed(found, "OWNS")
