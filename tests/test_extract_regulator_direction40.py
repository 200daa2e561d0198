"""Who fined whom comes from the clause, for a regulator as for any bringer (issue #10, stop
40, class (b) of the judged sample: a regulator made the defendant). In "X gaat in beroep
tegen de boete die de AP oplegde" the relative clause's subject imposed the fine: a name
that ends right before the clause's verb is that subject, and a preposition before the
relative pronoun ("vecht de boete aan die de AP oplegde") governs no name inside it. The
regulator is the plaintiff, the one who appeals the defendant; a party that sues the
regulator still makes it a defendant. The name right after a verb of paying ("agreed to pay the
FTC $5 million to settle the charges") is paid: it brought the case, the payer settles it."""

from __future__ import annotations

import pytest
from sentences import facts, sued


@pytest.mark.parametrize(
    ("text", "case"),
    [
        (
            "Zorbix gaat in beroep tegen de boete die de Autoriteit Persoonsgegevens oplegde.",
            "Autoriteit Persoonsgegevens v. Zorbix",
        ),
        (
            "Zorbix vecht de boete aan die de AP vorig jaar oplegde.",
            "Autoriteit Persoonsgegevens v. Zorbix (2022)",
        ),
        (
            "Zorbix gaat in beroep tegen de boete die de ACM haar oplegde.",
            "Autoriteit Consument en Markt v. Zorbix",
        ),
        (
            "Zorbix betaalt de boete die de ACM heeft opgelegd.",
            "Autoriteit Consument en Markt v. Zorbix",
        ),
        (
            "De boete die de AP aan Zorbix oplegde, bedraagt 2 miljoen euro.",
            "Autoriteit Persoonsgegevens v. Zorbix",
        ),
    ],
)
def test_the_relative_clauses_subject_imposed_the_fine(context, text, case):
    found = facts(context, text, "nl")
    regulator = case.split(" v. ")[0]
    assert ("DEFENDANT_IN", "Zorbix", case, "ruled") in found
    assert ("PLAINTIFF_IN", regulator, case, "established") in found
    assert not any(kind == "DEFENDANT_IN" and source == regulator for kind, source, *_ in found)


@pytest.mark.parametrize(
    ("text", "language", "plaintiff", "case", "status"),
    [
        (
            "The Federal Trade Commission sued Zorbix on Tuesday, alleging deceptive practices.",
            "en",
            "Federal Trade Commission",
            "Federal Trade Commission v. Zorbix (2023)",
            "alleged",
        ),
        (
            "Zorbix was fined $5 million by the Federal Trade Commission last week.",
            "en",
            "Federal Trade Commission",
            "Federal Trade Commission v. Zorbix (2023)",
            "ruled",
        ),
        (
            "Zorbix was charged by the Securities and Exchange Commission with misleading "
            "investors.",
            "en",
            "Securities and Exchange Commission",
            "Securities and Exchange Commission v. Zorbix",
            "alleged",
        ),
        (
            "De ACM legde Zorbix een boete op. Zorbix gaat in beroep tegen het besluit van de ACM.",
            "nl",
            "Autoriteit Consument en Markt",
            "Autoriteit Consument en Markt v. Zorbix",
            "ruled",
        ),
        (
            "Zorbix is door de ACM beboet.",
            "nl",
            "Autoriteit Consument en Markt",
            "Autoriteit Consument en Markt v. Zorbix",
            "ruled",
        ),
    ],
)
def test_the_regulator_brings_its_case(context, text, language, plaintiff, case, status):
    found = facts(context, text, language)
    assert ("DEFENDANT_IN", "Zorbix", case, status) in found
    assert ("PLAINTIFF_IN", plaintiff, case, "established") in found
    assert not any(kind == "DEFENDANT_IN" and source == plaintiff for kind, source, *_ in found)


@pytest.mark.parametrize(
    ("text", "language", "regulator"),
    [
        (
            "Zorbix sued the Federal Trade Commission over the fine.",
            "en",
            "Federal Trade Commission",
        ),
        (
            "Zorbix heeft een rechtszaak aangespannen tegen de ACM.",
            "nl",
            "Autoriteit Consument en Markt",
        ),
    ],
)
def test_a_regulator_sued_is_the_defendant(context, text, language, regulator):
    assert sued("Zorbix", regulator) <= facts(context, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Zorbix agreed to pay the Federal Trade Commission $5 million to settle charges of "
        "deceptive advertising.",
        "Zorbix will pay the FTC $5 million to settle the charges.",
    ],
)
def test_the_payee_of_a_settlement_brought_the_charges(context, text):
    # the name right after a verb of paying is paid: it brought the charges, it settles none
    found = facts(context, text, "en")
    case = "Federal Trade Commission v. Zorbix"
    assert ("DEFENDANT_IN", "Zorbix", case, "alleged") in found
    assert ("PLAINTIFF_IN", "Federal Trade Commission", case, "established") in found
    assert not any(
        kind == "DEFENDANT_IN" and source == "Federal Trade Commission"
        for kind, source, *_ in found
    )


def test_a_settlement_paid_to_no_office_keeps_the_settler(context):
    text = "Zorbix agreed to pay Quillo $5 million to settle claims of patent theft."
    found = facts(context, text, "en")
    assert ("DEFENDANT_IN", "Zorbix", "Plaintiffs v. Zorbix", "alleged") in found
    assert not any(kind == "DEFENDANT_IN" and source == "Quillo" for kind, source, *_ in found)
