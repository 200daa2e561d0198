"""A person's pronoun points to the person last named, across sentences that name no person
(issue #10): "Ondernemer Jan Klaver mag worden uitgeleverd. Dat besliste de rechter gisteren.
Justitie verdenkt hem van fraude." found no defendant (a pronoun read only the sentence right
before it). Another person named in between is still the nearer one."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Ondernemer Jan Klaver mag worden uitgeleverd. Dat besliste de rechter gisteren. "
            "De Amerikaanse justitie verdenkt hem van grootschalige fraude.",
        ),
        (
            "nl",
            "Ondernemer Jan Klaver mag worden uitgeleverd. Dat besliste de rechter gisteren. "
            "Hij wordt vervolgd voor oplichting.",
        ),
        (
            "en",
            "Jan Klaver may be extradited. That was decided by the court on Monday. "
            "He is charged with fraud.",
        ),
    ],
)
def test_the_pronoun_reaches_past_a_sentence_without_persons(context, language, text):
    assert defendant_names(facts(context, text, language)) == {"Jan Klaver"}


def test_a_person_named_in_between_is_nearer(context):
    text = (
        "Ondernemer Jan Klaver mag worden uitgeleverd. Zijn compagnon Piet Mol bleef in "
        "Nederland. Hij wordt vervolgd voor oplichting."
    )
    assert defendant_names(facts(context, text, "nl")) == {"Piet Mol"}


def test_not_past_three_sentences_without_persons(context):
    text = (
        "Ondernemer Jan Klaver richtte Zorbix op. Het bedrijf groeide snel. Het platform werd "
        "populair. Daarna kwam de politie. Justitie verdenkt hem van fraude."
    )
    assert not defendant_names(facts(context, text, "nl"))
