"""Lists of parties and the legal forms that end their names (issue #10), on invented
sentences: in Dutch the finite verb and the participle stand around the object, so a list
of three or more names between them ("heeft A, B en C veroordeeld") must stay in one clause
for all of them to be the parties; and the legal forms of Belgian, Italian, Nordic and
European companies (BVBA, VZW, SpA, SE, Oyj, A/S) end a company's name, so the company is
an organisation and not a place or a person. Company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types
from sentences import facts as _facts


@pytest.mark.parametrize(
    ("sentence", "defendants"),
    [
        (
            "Het OM heeft Zorvik, Blovia en Quarnet vervolgd wegens witwassen.",
            {"Zorvik", "Blovia", "Quarnet"},
        ),
        (
            "De ACM heeft vorig jaar Zorvik B.V., Blovia B.V. en Quarnet N.V. beboet.",
            {"Zorvik B.V.", "Blovia B.V.", "Quarnet N.V."},
        ),
        (
            "De rechtbank heeft Tarnhuis B.V., Blovia BVBA, Kestrel N.V. en Quarnet N.V. "
            "veroordeeld tot het betalen van een schadevergoeding.",
            {"Tarnhuis B.V.", "Blovia BVBA", "Kestrel N.V.", "Quarnet N.V."},
        ),
        (
            "Het OM heeft de hostingbedrijven Zorvik, Blovia en Quarnet "
            "aangeklaagd, meldt de krant.",
            {"Zorvik", "Blovia", "Quarnet"},
        ),
    ],
)
def test_a_list_of_names_before_the_final_verb_names_every_party(context, sentence, defendants):
    assert defendant_names(_facts(context, sentence, "nl")) == defendants


def test_a_list_of_places_joins_no_clause_it_should_not(context):
    """A comma list of names inside a clause of its own leaves the next clause alone."""
    found = _facts(
        context,
        "Het OM heeft Zorvik vervolgd, meldden Blovia, Tarnhuis en Quarnet donderdag.",
        "nl",
    )
    assert defendant_names(found) == {"Zorvik"}


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        (
            "De rechter veroordeelde Zorvik Belgium BVBA tot een dwangsom.",
            "nl",
            "Zorvik Belgium BVBA",
        ),
        (
            "De rechter veroordeelde de Vlaamse Zorgbond VZW tot een dwangsom.",
            "nl",
            "Vlaamse Zorgbond VZW",
        ),
        ("The regulator fined Blovia SpA on Tuesday.", "en", "Blovia SpA"),
        ("The regulator fined Quarnet SE on Tuesday.", "en", "Quarnet SE"),
        ("The authority fined Kestrel Oyj over the breach.", "en", "Kestrel Oyj"),
    ],
)
def test_a_legal_form_ends_a_companys_name(context, sentence, language, company):
    assert entity_types(context, sentence, language).get(company) == "Organization"
    assert company in defendant_names(_facts(context, sentence, language))
