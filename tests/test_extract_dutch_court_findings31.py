"""Dutch court findings of stop 31 (issue #10) that gave no Case at all, on sentences
written for these tests with invented names: a court that agrees with a party that another
did wrong ("de rechtbank was het met X eens dat Y onrechtmatig heeft gehandeld") rules for
that party in its case against the other; who gets leave to hear witnesses about a party
("kreeg van de rechtbank toestemming om getuigen te horen over Y", "vroeg om een
getuigenverhoor over Y") prepares a claim against it, heard by that court; who pays, or
will not pay, the fine ("de kans dat X de boete niet betaalt") was fined; so is the party a
fine goes to ("De hoogste boete ging naar X"; "Die ging naar X" after a sentence that tells of
a fine).
"""

from __future__ import annotations

import pytest
from sentences import facts

AGREED = [
    ("In mei was de Haarlemse rechtbank het met de Fietsersbond eens dat Quixly met "
     "klantgegevens in de fout is gegaan.", "Fietsersbond", "Quixly", "Rechtbank Noord-Holland"),
    ("Volgens de uitspraak was de rechter het met stichting Veilig Web eens dat Brelco "
     "onrechtmatig heeft gehandeld.", "Veilig Web", "Brelco", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claimant", "party", "court"), AGREED)
def test_a_court_agreeing_with_a_party_rules_for_it(context, text, claimant, party, court):
    found = facts(context, text, "nl")
    case = f"{claimant} v. {party}"
    expected = {
        ("DEFENDANT_IN", party, case, "ruled"),
        ("PLAINTIFF_IN", claimant, case, "established"),
    }
    if court:
        expected.add(("HEARD_BY", case, court, "established"))
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "De minister was het met de Fietsersbond eens dat Brelco onrechtmatig heeft gehandeld.",
        "De rechter is het niet met de Fietsersbond eens dat Brelco onrechtmatig heeft gehandeld.",
    ],
)
def test_no_case_without_a_court_or_when_it_disagrees(context, text):
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))


WITNESSES = [
    ("Stichting Veilig Web heeft van de rechtbank in Utrecht toestemming gekregen om vier "
     "getuigen te horen over de eigenaren van de webhoster Brelco.", "Rechtbank Midden-Nederland"),
    ("Stichting Veilig Web vroeg de Utrechtse rechtbank om een voorlopig getuigenverhoor over "
     "de webhoster Brelco.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "court"), WITNESSES)
def test_leave_to_hear_witnesses_about_a_party(context, text, court):
    case = "Stichting Veilig Web v. Brelco"
    expected = {
        ("DEFENDANT_IN", "Brelco", case, "alleged"),
        ("PLAINTIFF_IN", "Stichting Veilig Web", case, "established"),
    }
    if court:
        expected.add(("HEARD_BY", case, court, "established"))
    assert facts(context, text, "nl") == expected


def test_a_court_hearing_witnesses_names_no_claimant(context):
    found = facts(context, "De rechtbank Utrecht gaat volgende week getuigen horen.", "nl")
    assert not found


PAID = [
    "De Autoriteit Persoonsgegevens onderzocht Quixly. Quixly heeft de boete inmiddels betaald.",
    "De Autoriteit Persoonsgegevens beboette vorig jaar meerdere bedrijven. De kans dat Quixly "
    "de boete niet betaalt, is groot.",
]


@pytest.mark.parametrize("text", PAID)
def test_who_pays_the_fine_was_fined(context, text):
    case = "Autoriteit Persoonsgegevens v. Quixly"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Quixly", case, "ruled"),
        ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", case, "established"),
    }


def test_no_fine_to_pay_is_no_fine(context):
    text = "De Autoriteit Persoonsgegevens onderzocht Quixly. Quixly hoeft geen boete te betalen."
    # (the investigation is a case of its own, alleged: no fine rules it)
    assert not any(f[0] == "DEFENDANT_IN" and f[3] == "ruled" for f in facts(context, text, "nl"))


def test_who_has_paid_the_fine_was_fined_in_english(context):
    text = "The Federal Trade Commission investigated Quixly. Quixly has paid the fine."
    case = "Federal Trade Commission v. Quixly"
    assert facts(context, text, "en") == {
        ("DEFENDANT_IN", "Quixly", case, "ruled"),
        ("PLAINTIFF_IN", "Federal Trade Commission", case, "established"),
    }


AP_QUIXLY = {
    ("DEFENDANT_IN", "Quixly", "Autoriteit Persoonsgegevens v. Quixly", "ruled"),
    ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", "Autoriteit Persoonsgegevens v. Quixly",
     "established"),
}  # fmt: skip
WENT_TO = [
    "De Autoriteit Persoonsgegevens deelde boetes uit. De hoogste boete ging naar Quixly, "
    "omdat het bedrijf gegevens lekte.",
    "De Autoriteit Persoonsgegevens legde vorige maand een recordboete op. Die ging naar het "
    "bedrijf Quixly.",
]


@pytest.mark.parametrize("text", WENT_TO)
def test_the_party_a_fine_went_to_was_fined(context, text):
    assert facts(context, text, "nl") == AP_QUIXLY


def test_a_pronoun_after_no_fine_is_no_fine(context):
    text = "De Autoriteit Persoonsgegevens opende een onderzoek. Die ging naar het bedrijf Quixly."
    assert not any(f[0] == "DEFENDANT_IN" for f in facts(context, text, "nl"))
