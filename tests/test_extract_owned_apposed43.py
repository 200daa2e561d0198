"""A suit against an owner's possessive platform noun and the platform's name ("sued Dana
Vell's messaging app, Quixly") is against the platform the noun names, not against its owner;
the possessive still states who owns it, also with the name in apposition after a comma. A
noun's party follows its preposition: with no name after "onderzoek naar", the object of
the clause's verb is no one investigated (issue #10, pool of real texts). Sentences written
for these tests with invented names."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    "text",
    [
        "Harold Finch has filed a lawsuit against Dana Vell's messaging app, Quixly.",
        "Harold Finch sued Dana Vell's popular messaging app Quixly on Monday.",
        "The Quellnet Foundation filed suit against Brelco's social media platform, Quixly, in May.",
    ],
)
def test_the_platform_a_possessive_noun_names_is_the_defendant(context, text):
    found = facts(context, text, "en")
    defendants = {source for kind, source, _, _ in found if kind == "DEFENDANT_IN"}
    assert defendants == {"Quixly"}


def test_the_possessive_before_the_apposed_name_states_the_owner(context):
    found = facts(context, "Harold Finch sued Dana Vell's messaging app, Quixly, on Monday.", "en")
    assert ("OWNS", "Dana Vell", "Quixly", "established") in found


def test_a_possessive_role_noun_keeps_the_person(context):
    found = facts(context, "Harold Finch sued Brelco's chief executive, Dana Vell.", "en")
    defendants = {source for kind, source, _, _ in found if kind == "DEFENDANT_IN"}
    assert defendants == {"Dana Vell"}


@pytest.mark.parametrize(
    "text",
    [
        "Dinsdag heeft de toezichthouder Quellnet vijf panden doorzocht in een onderzoek naar fraude.",
        "Vorige week heeft Quellnet drie kantoren doorzocht in een strafrechtelijk onderzoek naar omkoping.",
    ],
)
def test_an_investigation_of_an_offence_names_no_defendant(context, text):
    found = facts(context, text, "nl")
    assert not any(kind == "DEFENDANT_IN" for kind, _, _, _ in found)


def test_the_source_after_a_nameless_investigation_is_no_defendant(context):
    text = ("Dinsdag heeft de toezichthouder Quellnet vijf panden doorzocht in een onderzoek naar "
            "fraude in de bouw, zo laat de Brelco Stichting woensdag weten.")  # fmt: skip
    found = facts(context, text, "nl")
    assert not any(kind == "DEFENDANT_IN" for kind, _, _, _ in found)


def test_a_list_the_investigated_phrase_opens_keeps_its_member(context):
    text = ("De toezichthouder Quellnet is een onderzoek begonnen naar drie online platforms, "
            "waaronder het forum Quixly.")  # fmt: skip
    found = facts(context, text, "nl")
    assert {s for kind, s, _, _ in found if kind == "DEFENDANT_IN"} == {"Quixly"}


def test_a_clause_after_a_verb_of_breach_names_no_defendant(context):
    text = ("De rechter bepaalde dat Brelco de regels had overtreden als het gaat om hoe de "
            "tijdlijnen op Quixly en Vexchan zijn ingericht.")  # fmt: skip
    found = facts(context, text, "nl")
    assert {s for kind, s, _, _ in found if kind == "DEFENDANT_IN"} == {"Brelco"}


def test_the_role_noun_still_lists_the_defendants_after_its_copula(context):
    found = facts(context, "De verdachten zijn Jan de Vries en Piet Bakker.", "nl")
    assert {s for kind, s, _, _ in found if kind == "DEFENDANT_IN"} == {"Jan de Vries", "Piet Bakker"}


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Police", "Police shut down Quixly sites\n\nThe Brelco County Police this morning "
                   "arrested four executives in an operation that shut down the file-sharing "
                   "service Quixly."),
        ("Blog", "Reports say that Dana Vell has been arrested by police and that the US "
                 "Government has shut down the file-sharing website which recently featured "
                 "on this Blog."),
    ],
)  # fmt: skip
def test_a_capitalised_common_noun_alone_names_no_one(context, word, text):
    found = facts(context, text, "en")
    assert not any(source == word or target == word for _, source, target, _ in found)


def test_a_named_police_force_still_acts(context):
    found = facts(context, "The Brelco County Police shut down the forum Quixly.", "en")
    assert ("SHUT_DOWN", "Brelco County Police", "Quixly", "established") in found


@pytest.mark.parametrize(
    "text",
    [
        "Brelco bought Quixly Media in 2019.",
        "Brelco, a Tamberg company, bought Quixly Media.",
        "Dana Vell ran Brelco News, a weekly that grew large enough to buy out Quixly Media.",
    ],
)
def test_the_object_of_an_active_buy_owns_nothing_before_it(context, text):
    found = facts(context, text, "en")
    assert not any(kind == "OWNS" for kind, _, _, _ in found)


def test_an_active_buy_of_a_platform_keeps_its_buyer(context):
    found = facts(context, "In 2019, Brelco acquired the forum Quixly.", "en")
    assert ("OWNS", "Brelco", "Quixly", "established") in found
