"""A proceeding against a counted group of which its sentence names fewer, filled by the
office's later proceedings in the document (issue #10, stop 41, Dutch recall), written for
these tests with invented names:

- "an investigation into five platforms, including X" counts five defendants and names one;
  the office's later investigations whose defendants fit in the places still open ("it is
  also investigating three shops: A, B and C") are that one case;
- a law titled "... Bill" is a law, never a party, and "in het kader van <wet>" cites it as
  "op grond van" does."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts, laws_invoked, plaintiff_names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "De toezichthouder Ofcom is een onderzoek begonnen naar vijf platforms, waaronder "
            "het forum Zorblat. Ofcom doet ook onderzoek naar drie webwinkels: Quixly, Brelco "
            "en Vindr.",
            "nl",
        ),
        (
            "The regulator Ofcom has opened an investigation into five platforms, including the "
            "forum Zorblat. Ofcom is also investigating three shops: Quixly, Brelco and Vindr.",
            "en",
        ),
    ],
)
def test_later_investigation_fills_the_counted_group(context, text, language):
    found = facts(context, text, language)
    assert defendant_cases(found) == {
        name: "Ofcom v. Zorblat" for name in ("Zorblat", "Quixly", "Brelco", "Vindr")
    }
    assert plaintiff_names(found) == {"Ofcom"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the count is full: a later investigation is a case of its own
        (
            "De toezichthouder Ofcom is een onderzoek begonnen naar twee platforms, waaronder "
            "het forum Zorblat. Ofcom doet ook onderzoek naar drie webwinkels: Quixly, Brelco "
            "en Vindr.",
            "nl",
        ),
        # no count: two investigations
        (
            "The regulator Ofcom has opened an investigation into the forum Zorblat. Ofcom is "
            "also investigating three shops: Quixly, Brelco and Vindr.",
            "en",
        ),
        # another office's investigation is no member of the group
        (
            "The regulator Ofcom has opened an investigation into five platforms, including the "
            "forum Zorblat. The Federal Trade Commission is investigating three shops: Quixly, "
            "Brelco and Vindr.",
            "en",
        ),
    ],
)
def test_no_open_places_no_join(context, text, language):
    cases = defendant_cases(facts(context, text, language))
    assert cases["Zorblat"] != cases["Quixly"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ofcom doet onderzoek naar drie webwinkels die niet reageerden op vragen in het "
            "kader van de Data Shield Bill: Quixly, Brelco en Vindr.",
            "nl",
        ),
        ("Ofcom doet onderzoek naar Quixly in het kader van de Data Shield Bill.", "nl"),
        ("Ofcom is investigating Quixly under the Data Shield Bill.", "en"),
    ],
)
def test_a_bill_is_a_law_never_a_party(context, text, language):
    found = facts(context, text, language)
    assert "Data Shield Bill" not in defendant_cases(found)
    assert "Quixly" in defendant_cases(found)
    if ":" not in text:
        assert laws_invoked(found) == {"Data Shield Bill"}


def test_in_het_kader_van_cites_the_law(context):
    text = "De ACM doet onderzoek naar Quixly in het kader van de Mededingingswet."
    assert laws_invoked(facts(context, text, "nl")) == {"Mededingingswet"}


def test_in_het_kader_van_names_no_law_when_none_follows(context):
    text = "De ACM doet onderzoek naar Quixly in het kader van een bredere controle."
    assert not laws_invoked(facts(context, text, "nl"))


@pytest.mark.parametrize(
    ("text", "defendant", "case"),
    [
        # the subject after the fronted verb brings the investigation; the party follows "naar"
        (
            "Vorig jaar startte de ACM een onderzoek naar het bedrijf Quixly Media.",
            "Quixly Media",
            "Autoriteit Consument en Markt v. Quixly Media (2022)",
        ),
        # no bringer named: the counted group's investigation takes the company named later
        (
            "De toezichthouder Ofcom is een onderzoek begonnen naar vijf platforms, waaronder "
            "het forum Zorblat. Tot slot is er ook een onderzoek gestart naar Quixly Media, om "
            "uit te zoeken of dit bedrijf de leeftijd van bezoekers controleert.",
            "Quixly Media",
            "Ofcom v. Zorblat",
        ),
    ],
)
def test_noun_party_after_its_preposition_in_inverted_clause(context, text, defendant, case):
    assert defendant_cases(facts(context, text, "nl"))[defendant] == case


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ofcom doet onderzoek naar drie webwinkels die niet reageerden op vragen in het "
            "kader van de Data Shield Act: Quixly, Brelco en Vindr.",
            "nl",
        ),
        (
            "Ofcom is investigating three shops that did not answer requests under the Data "
            "Shield Act: Quixly, Brelco and Vindr.",
            "en",
        ),
        (
            "Ofcom is investigating three shops under the Data Shield Act: Quixly, Brelco and "
            "Vindr.",
            "en",
        ),
    ],
)
def test_the_law_a_description_cites_before_its_colon_list(context, text, language):
    # the law is a word of the description, not an end: the colon still lists the parties;
    # and a negated verb ("did not answer") does not deny the law its phrase cites
    found = facts(context, text, language)
    assert defendant_cases(found) == {
        name: "Ofcom v. Quixly" for name in ("Quixly", "Brelco", "Vindr")
    }
    assert laws_invoked(found) == {"Data Shield Act"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ofcom doet onderzoek naar Quixly, maar niet op grond van de Data Shield Act.", "nl"),
        ("Ofcom is investigating Quixly, but not under the Data Shield Act.", "en"),
    ],
)
def test_a_negation_right_before_the_law_phrase_denies_it(context, text, language):
    assert not laws_invoked(facts(context, text, language))
