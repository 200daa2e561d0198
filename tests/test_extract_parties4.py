"""Parties of fines and suits on news-style sentences (issue #10), in English and Dutch, on
sentences written for these tests with invented parties: a phrase of manner after the verb
("zonder rechtsgrond") denies nothing, and a name in a phrase of reason ("wegens een
conflict met X") is no party of the fine."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture
def context():
    return reference_context()


def test_a_dutch_fine_for_processing_without_a_legal_ground_is_a_fine(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legde vorige week twee boetes op. Lovelo kreeg de "
        "boete opgelegd voor het verwerken van persoonsgegevens zonder rechtsgrond.",
        "nl",
    )
    case = "Autoriteit Persoonsgegevens v. Lovelo"
    assert ("DEFENDANT_IN", "Lovelo", case, "ruled") in found
    assert ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", case, "established") in found


def test_a_dutch_negation_before_the_fine_still_denies_it(context):
    found = facts(context, "De Autoriteit Persoonsgegevens heeft Lovelo niet beboet.", "nl")
    assert not any(t == "DEFENDANT_IN" for t, *_ in found)


def test_an_english_fine_for_sharing_data_without_consent_is_a_fine(context):
    found = facts(
        context,
        "The Federal Trade Commission fined Lovelo Inc. on Thursday for sharing the "
        "location data of its users without consent.",
        "en",
    )
    assert ("DEFENDANT_IN", "Lovelo Inc.") in {(t, s) for t, s, _, _ in found}
    assert ("PLAINTIFF_IN", "Federal Trade Commission") in {(t, s) for t, s, _, _ in found}


def test_a_name_in_the_reason_for_a_dutch_fine_is_no_defendant(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legde vorige week twee boetes op. Lovelo kreeg de "
        "boete opgelegd wegens een conflict met Quendra Networks.",
        "nl",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Lovelo"}
