"""A Dutch suit told without its defendant, whose bringer a later sentence names again by a
pronoun or a noun and accuses the defendants (issue #10): "X begon een zaak. Zij verwijt Y
..."; accusers other than the suit's bringers tell of a case of their own. Sentences and
names are invented."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendants"),
    [
        ("Onder de nieuwe wet begon Stichting Datawacht vorig jaar een zaak bij de rechtbank "
         "Utrecht. Zij verwijt Klikhuis en Zolderkist de privacy van hun gebruikers te hebben "
         "geschonden.", "Stichting Datawacht", {"Klikhuis", "Zolderkist"}),
        ("Stichting Datawacht heeft een rechtszaak aangespannen. De stichting verwijt Klikhuis "
         "dat het de gegevens van kinderen bewaarde.", "Stichting Datawacht", {"Klikhuis"}),
        ("Vereniging Kijkwijzer spande in maart een procedure aan. Ze beschuldigt Zolderkist van "
         "misleiding.", "Vereniging Kijkwijzer", {"Zolderkist"}),
        # a fronted phrase naming a law before the verb: the bringer still follows the verb
        ("Onder de Wamca begon Stichting Datawacht in mei een zaak. Zij verwijt Klikhuis dat het "
         "de gegevens van kinderen bewaarde.", "Stichting Datawacht", {"Klikhuis"}),
        ("Stichting Datawacht startte in 2022 een massaclaim. De organisatie verwijt het platform "
         "Klikhuis dat het kinderen volgt.", "Stichting Datawacht", {"Klikhuis"}),
    ],
)  # fmt: skip
def test_the_bringer_named_again_accuses_the_defendants(context, text, plaintiff, defendants):
    found = facts(context, text, "nl")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == defendants
    assert len({c for t, _, c, _ in found if t != "HEARD_BY"}) == 1


def test_a_reproach_without_a_suit_is_no_case(context):
    text = "De oppositie verwijt minister Jansen dat hij te laat was. Zij eist opheldering."
    assert facts(context, text, "nl") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Stichting Klaagpunt spande een zaak aan tegen Klikhuis. De Consumentenvereniging en "
         "Stichting Datawacht verwijten Klikhuis dat het gegevens verzamelde.", "nl"),
        ("The Datawatch Foundation sued Quillon in May. The Parents Union and Safe Web Fund "
         "accuse Quillon of tracking children.", "en"),
    ],
)  # fmt: skip
def test_other_accusers_do_not_join_the_suit_told_of(context, text, language):
    found = facts(context, text, language)
    assert len(plaintiff_names(found)) == 1


@pytest.mark.parametrize(
    ("text", "language", "court"),
    [
        ("Stichting Datawacht spande in mei een zaak aan bij de rechtbank Utrecht. Zij "
         "beschuldigt Klikhuis van misleiding.", "nl", "Rechtbank Midden-Nederland"),
        ("Onder de Wamca begon Stichting Datawacht een zaak voor de rechtbank Amsterdam. Zij "
         "verwijt Klikhuis dat het de gegevens van kinderen bewaarde.", "nl", "Rechtbank Amsterdam"),
        ("The Datawatch Foundation filed a lawsuit in Vermont federal court on Monday. It "
         "accuses Quillon of tracking children.", "en",
         "United States District Court for the District of Vermont"),
    ],
)  # fmt: skip
def test_the_court_the_bringer_went_to_hears_the_case(context, text, language, court):
    found = facts(context, text, language)
    assert {t for t, _, c, _ in found if t == "HEARD_BY" and c == court} == {"HEARD_BY"}


def test_a_court_praised_in_the_bringers_sentence_does_not_hear_it(context):
    text = (
        "The Datawatch Foundation filed a lawsuit on Monday, applauding the U.S. District Court "
        "for the District of Massachusetts' decision. It accuses Quillon of tracking children."
    )
    assert not any(t == "HEARD_BY" for t, _, _, _ in facts(context, text, "en"))
