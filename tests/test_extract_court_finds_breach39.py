"""A court's finding that a named party broke the law or others' rights is a ruling against
it (issue #10, Dutch census class: the most frequent construction among the missed ruling
sentences of an unlabelled news corpus): "De rechtbank oordeelde dat X onrechtmatig heeft
gehandeld", "X heeft de wet overtreden, oordeelt de rechtbank", "de rechter oordeelde dat X
de privacy van gebruikers heeft geschonden", "X heeft de wet overtreden. Dat oordeelt de
rechtbank" gave nothing. A court's word and a verb of
finding are both needed, and no negation between the finding and the breach: a
regulator's view and a claimant's statement at a court are no ruling, a negated finding
none at all."""

from __future__ import annotations

import pytest
from sentences import facts

CASE = "Plaintiffs v. Zorbix (2023)"


@pytest.mark.parametrize(
    "text",
    [
        "De rechtbank Amsterdam oordeelde woensdag dat Zorbix onrechtmatig heeft gehandeld.",
        "Zorbix heeft met zijn klantenkaart de wet overtreden, oordeelt de rechtbank "
        "Amsterdam woensdag.",
        "Zorbix heeft illegaal persoonsgegevens van klanten verwerkt, zo heeft de rechtbank "
        "Amsterdam woensdag geoordeeld.",
    ],
)
def test_the_court_that_finds_the_breach_rules_against_the_party(context, text):
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", CASE, "ruled"),
        ("HEARD_BY", CASE, "Rechtbank Amsterdam", "established"),
    }


def test_a_judge_finds_rights_violated(context):
    text = "De rechter oordeelde woensdag dat Zorbix de privacy van gebruikers heeft geschonden."
    assert facts(context, text, "nl") == {("DEFENDANT_IN", "Zorbix", CASE, "ruled")}


def test_the_next_sentence_names_the_court_that_found_it(context):
    text = "Zorbix heeft de wet overtreden. Dat oordeelt de rechtbank Amsterdam woensdag."
    case = "Plaintiffs v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("HEARD_BY", case, "Rechtbank Amsterdam", "established"),
    }


def test_the_finding_joins_the_suit_told_before(context):
    text = (
        "Stichting Quillo heeft een zaak aangespannen tegen Zorbix. De rechtbank Amsterdam "
        "oordeelde dat Zorbix de wet heeft overtreden."
    )
    case = "Stichting Quillo v. Zorbix"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Zorbix", case, "ruled"),
        ("PLAINTIFF_IN", "Stichting Quillo", case, "established"),
        ("HEARD_BY", case, "Rechtbank Amsterdam", "established"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a regulator's view, no court's
        "De Autoriteit Persoonsgegevens vindt dat Zorbix de privacy van kinderen heeft geschonden.",
        # a claimant's statement at a court, no finding
        "De stichting stelt in een dagvaarding bij de rechtbank dat Zorbix de privacy van "
        "kinderen schendt.",
        # a negated finding, and a finding that someone failed to prove the breach
        "De rechtbank oordeelde dat Zorbix niet onrechtmatig heeft gehandeld.",
        "De rechtbank oordeelde dat de stichting nooit heeft bewezen dat Zorbix onrechtmatig "
        "handelde.",
        # a next sentence that points back to a claimant's or a regulator's word
        "Zorbix heeft de wet overtreden. Dat stelt de stichting in een zaak bij de rechtbank.",
        "Zorbix heeft de wet overtreden. Dat vindt de Autoriteit Persoonsgegevens.",
    ],
)
def test_no_court_finding_no_ruling(context, text):
    assert facts(context, text, "nl") == set()
