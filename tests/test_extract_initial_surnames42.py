"""A Dutch report names a suspect by given names and the initial of the surname ("Bab K.")
and later by the initial alone ("K. wordt vervolgd"); a describing noun may stand before
the name ("de Nederlander Bab K.", "Miljardair Piet Kalvan, topman van X") and is no part
of it (issue #10). Sentences written for these tests with invented names."""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    "text",
    [
        "De Nederlander Jorrit Q. wordt vervolgd door het OM.",
        "De 52-jarige Nederlander Jorrit Q. wordt vervolgd door het OM.",
        "Verdachte Jorrit Q. wordt vervolgd door het OM.",
    ],
)
def test_a_describing_noun_before_an_initialled_name_is_no_part_of_it(context, text):
    assert defendant_names(facts(context, text, "nl")) == {"Jorrit Q."}


def test_the_initial_alone_refers_back_to_the_suspect(context):
    text = (
        "Jorrit Q. kocht in 2015 een oude kazerne en verhuurde daar servers. Q. wordt vervolgd "
        "door het OM."
    )
    assert defendant_names(facts(context, text, "nl")) == {"Jorrit Q."}


def test_an_initial_that_spells_a_platform_name_is_still_the_suspect():
    text = (
        "De Nederlander Jorrit X. kocht een bunker. X. wordt ervan verdacht illegale "
        "websites te hebben gehost."
    )
    found = facts(reference_context(), text, "nl")
    assert not any("Twitter" in (source, target) for _, source, target, _ in found)
    assert any(kind == "DEFENDANT_IN" and source == "Jorrit X." for kind, source, _, _ in found)


def test_a_platform_named_x_at_a_sentence_end_stays_the_platform():
    text = "Quavo Media kocht vorig jaar het platform X. Het OM vervolgt Quavo Media."
    found = facts(reference_context(), text, "nl")
    assert ("OWNS", "Quavo Media", "Twitter", "established") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Miljardair Piet Kalvan, topman van Brelco, heeft de overname van het platform "
               "Quixly bevestigd."),
        ("nl", "Investeerder Piet Kalvan, topman van Brelco, heeft de overname van het platform "
               "Quixly bevestigd."),
        ("en", "Billionaire Piet Kalvan, the head of Brelco, confirmed the takeover of the "
               "platform Quixly."),
    ],
)  # fmt: skip
def test_a_describing_noun_before_a_name_with_a_role_after_it_is_no_part_of_it(
    context, language, text
):
    names = entity_types(context, text, language)
    assert "Piet Kalvan" in names
    assert not any(name.startswith(("Miljardair", "Investeerder", "Billionaire")) for name in names)
