"""Dutch case phrasings of stop 28 (issue #10), on sentences written for these tests with
invented names: a company noun that points back past a regulator whose one-word name is a
compound ("de Kansspelautoriteit ... Het bedrijf").
"""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts

# "het bedrijf", "de onderneming" point back to the fined company, never to the regulator
# whose one compound word ends in a regulator's head ("-autoriteit")
COMPANY_NOUN_AFTER_REGULATOR = [
    ("De Kansspelautoriteit beboette de webwinkel Kadoosje. Het bedrijf werd vorig jaar "
     "ook al beboet.", "Kansspelautoriteit"),
    ("De Spelautoriteit legde de webwinkel Tulpbox een dwangsom op. Het bedrijf moet ook "
     "een boete betalen.", "Spelautoriteit"),
    ("Vorige maand beboette de Mediaautoriteit de webwinkel Kadoosje. De onderneming kreeg "
     "in 2020 ook een boete.", "Mediaautoriteit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "regulator"), COMPANY_NOUN_AFTER_REGULATOR)
def test_a_company_noun_never_points_back_to_a_regulator(context, text, regulator):
    found = facts(context, text, "nl")
    assert regulator not in defendant_names(found)
    assert ("PLAINTIFF_IN", regulator) in {(f[0], f[1]) for f in found}


def sued_by(plaintiff: str | None, *defendants: str) -> set[tuple[str, str]]:
    """(type, name) of a suit's parties, as `facts` gives them, without the case name."""
    out = {("DEFENDANT_IN", d) for d in defendants}
    if plaintiff:
        out.add(("PLAINTIFF_IN", plaintiff))
    return out


# a case "tussen A en B", as a judgment's caption words it: A brought it, B defends; A may
# be one unknown word, a name a noun the pack does not know describes, or a description
# that names no one; B may be a list
BETWEEN = [
    ("De rechter deed uitspraak in een kort geding tussen Pixelpers en Datakluis.",
     sued_by("Pixelpers", "Datakluis")),
    ("De kantonrechter oordeelde in de zaak tussen de webbouwer Pixelpers en het "
     "hostingbedrijf Datakluis.", sued_by("Pixelpers", "Datakluis")),
    ("In de procedure tussen Grafiek en Wolkhuis en Datakluis is vonnis gewezen.",
     sued_by("Grafiek", "Wolkhuis", "Datakluis")),
    ("De rechtbank oordeelde in een kort geding tussen een zanger, eiser, en Kletskanaal "
     "Ireland Limited en Kletskanaal Nederland B.V.",
     sued_by(None, "Kletskanaal Ireland Limited", "Kletskanaal Nederland B.V.")),
    ("De voorzieningenrechter sprak zich uit in een kort geding tussen een bekende "
     "presentator en Tulpbox Ltd.", sued_by(None, "Tulpbox Ltd.")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BETWEEN)
def test_a_case_between_two_parties(context, text, expected):
    found = facts(context, text, "nl")
    assert {(f[0], f[1]) for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")} == expected
    assert len({f[2] for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}) == 1


# the subject of a verb that brings the case named by a noun ("start een kort geding
# tegen"): the adjectives that the noun's article opens are no second verb, so a single
# unknown word there is the bringer
BRINGER_OF_A_CASE_NOUN = [
    ("In reactie daarop start Pixelpers een kort geding tegen Datakluis.", "nl",
     sued_by("Pixelpers", "Datakluis")),
    ("Pixelpers is een kort geding gestart tegen Datakluis.", "nl",
     sued_by("Pixelpers", "Datakluis")),
    ("Vorige week begon Tulpbox een nieuwe rechtszaak tegen Wolkhuis.", "nl",
     sued_by("Tulpbox", "Wolkhuis")),
    ("Daarna spande Tulpbox een nieuwe zaak aan tegen Wolkhuis.", "nl",
     sued_by("Tulpbox", "Wolkhuis")),
    ("Last week Zorblat launched a fresh lawsuit against Quillon.", "en",
     sued_by("Zorblat", "Quillon")),
    ("Zorblat started a class action against Quillon.", "en", sued_by("Zorblat", "Quillon")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), BRINGER_OF_A_CASE_NOUN)
def test_the_subject_that_brings_a_case_noun(context, text, language, expected):
    found = facts(context, text, language)
    assert {(f[0], f[1]) for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")} == expected


# who stands trial, or must appear before a court, defends the case; a fronted adverbial
# puts the subject after the verb ("Vandaag staat X terecht", "Vorig jaar kreeg X ...")
STANDS_TRIAL = [
    ("Het hostingbedrijf Serverzolder en zijn eigenaar staan vrijdag voor de rechter in "
     "Zwolle.", "nl", "Serverzolder", "Rechtbank Overijssel"),
    ("Tulpbox B.V. moet zich voor de rechter verantwoorden.", "nl", "Tulpbox B.V.", None),
    ("De webhoster Serverzolder moet vrijdag voor de rechtbank in Assen verschijnen.", "nl",
     "Serverzolder", "Rechtbank Noord-Nederland"),
    ("Vandaag staat Pieter Bakker terecht in Amsterdam.", "nl", "Pieter Bakker", None),
    ("De oprichter van Kletskanaal, Jan de Wit, staat terecht voor oplichting.", "nl",
     "Jan de Wit", None),
    ("Vorig jaar kreeg Pieter Bakker een celstraf.", "nl", "Pieter Bakker", None),
    ("Pieter Bakker stood trial in Texas last year.", "en", "Pieter Bakker", None),
    ("On Monday Tulpbox Ltd and its owner went on trial.", "en", "Tulpbox Ltd", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "defendant", "court"), STANDS_TRIAL)
def test_who_stands_trial_defends_the_case(context, text, language, defendant, court):
    found = facts(context, text, language)
    assert defendant_names(found) == {defendant}
    courts = {f[2] for f in found if f[0] == "HEARD_BY"}
    assert courts == ({court} if court else set())


# a sentence may end with a legal form written with periods ("B.V.", "N.V.", "L.L.C."),
# when the pack's sentence opener follows; the two sentences were read as one, and its
# facts were lost
LEGAL_FORM_ENDS_A_SENTENCE = [
    ("Het OM vervolgt Tulpbox B.V. De zaak dient op 12 maart bij de rechtbank Rotterdam.",
     "nl", "Tulpbox B.V.", "Rechtbank Rotterdam"),
    ("De ACM beboette Kadoosje N.V. Het bedrijf gaat in beroep bij de rechtbank Rotterdam.",
     "nl", "Kadoosje N.V.", "Rechtbank Rotterdam"),
    ("De Kansspelautoriteit beboette Gokhuis B.V. Dit bedrijf bood zonder vergunning "
     "spellen aan.", "nl", "Gokhuis B.V.", None),
    ("The FTC sued Zorblat L.L.C. The case was filed in federal court in Utah.", "en",
     "Zorblat L.L.C.", "United States District Court for the District of Utah"),
    # no sentence opener after the form: one sentence
    ("De rechter veroordeelde Tulpbox B.V. tot een boete.", "nl", "Tulpbox B.V.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "defendant", "court"), LEGAL_FORM_ENDS_A_SENTENCE)
def test_a_legal_form_may_end_a_sentence(context, text, language, defendant, court):
    found = facts(context, text, language)
    assert defendant_names(found) == {defendant}
    courts = {f[2] for f in found if f[0] == "HEARD_BY"}
    assert courts == ({court} if court else set())


# a court's review of a regulator's fine is heard in the fine's case: the court that
# lowers, strikes, moderates or upholds the fine, or rules the appeal against it
REVIEWED_FINE = [
    ("De ACM beboette Tulpbox. De rechtbank Rotterdam verlaagde de boete.", "nl",
     "Rechtbank Rotterdam"),
    ("De ACM beboette Tulpbox. De rechtbank Rotterdam schrapte de boete.", "nl",
     "Rechtbank Rotterdam"),
    ("De ACM beboette Tulpbox. De rechtbank Rotterdam liet de boete in stand.", "nl",
     "Rechtbank Rotterdam"),
    ("De ACM beboette Tulpbox. Het gerechtshof Den Haag handhaafde de boete.", "nl",
     "Gerechtshof Den Haag"),
    ("De ACM beboette Tulpbox. De rechtbank Rotterdam verklaarde het beroep van Tulpbox "
     "ongegrond.", "nl", "Rechtbank Rotterdam"),
    ("The FTC fined Zorblat. The Ninth Circuit upheld the fine.", "en",
     "United States Court of Appeals for the Ninth Circuit"),
    ("Ofcom fined Zorblat. The Court of Appeal cut the penalty by half.", "en",
     "Court of Appeal"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "court"), REVIEWED_FINE)
def test_the_court_that_reviews_a_fine_hears_its_case(context, text, language, court):
    found = facts(context, text, language)
    assert {(f[0], f[2]) for f in found if f[0] == "HEARD_BY"} == {("HEARD_BY", court)}
    cases = {f[2] for f in found if f[0] == "DEFENDANT_IN"}
    assert {f[1] for f in found if f[0] == "HEARD_BY"} == cases
