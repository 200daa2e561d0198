"""A court named for another proceeding stays off the case told of (issue #10, stop 40,
class (a) of the judged sample: a court of an earlier or a separate case attached as
HEARD_BY). A decision noun with an indefinite article whose agent is a court ("according
to a previous ruling by the Court of Justice") is that court's own earlier case, as "a
ruling of" already was; a court's act put before the case by an adverb ("het hof oordeelde
eerder dat ...", "the Ninth Circuit previously ruled that ...") in a sentence naming none
of the case's parties and no definite case noun is another case's; so is a court in a
sentence with an indefinite case noun and other parties ("ruled against Y in a case brought
by ..."), and the author of a decision that a suit brought in the sentence follows ("filed
suit against X following the decision by the Supreme Court"). A sentence that names the case
or a party keeps its court."""

from __future__ import annotations

import pytest
from sentences import facts

_NINTH = "United States Court of Appeals for the Ninth Circuit"


def _courts(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "HEARD_BY"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zorbix was fined $5 million by the Federal Trade Commission on Monday. According "
            "to a previous ruling by the Court of Justice of the European Union, such fines "
            "are lawful.",
            "en",
        ),
        (
            "Parents of a teenager sued Zorbix on Monday. According to an earlier ruling by the "
            "Ninth Circuit, such claims are barred.",
            "en",
        ),
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. Het gerechtshof Den Haag oordeelde "
            "eerder dat platforms niet aansprakelijk zijn.",
            "nl",
        ),
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. In een andere zaak oordeelde de "
            "rechtbank Rotterdam vorig jaar dat platforms aansprakelijk zijn.",
            "nl",
        ),
        (
            "Parents of a teenager sued Zorbix on Monday. In a separate case, the Ninth Circuit "
            "ruled last year that Section 230 bars similar claims.",
            "en",
        ),
        # another party pair with an indefinite case noun
        (
            "Parents of a teenager sued Zorbix in Utah on Monday. In 2021, the Ninth Circuit "
            "ruled against Quillo in a case brought by a mother.",
            "en",
        ),
        # a decision that the suit brought in the sentence follows
        (
            "Two app developers have filed suit against Zorbix, following the recent decision "
            "by the U.S. Supreme Court allowing a similar suit to proceed.",
            "en",
        ),
        (
            "Ouders hebben een rechtszaak aangespannen tegen Zorbix na de uitspraak van het "
            "gerechtshof Den Haag in de zaak tegen Quillo.",
            "nl",
        ),
    ],
)
def test_another_proceedings_court_stays_off(context, text, language):
    found = facts(context, text, language)
    assert any(kind == "DEFENDANT_IN" for kind, *_ in found)  # the case itself is found
    assert not _courts(found)


def test_the_regulators_case_keeps_its_parties(context):
    text = (
        "Zorbix was fined $5 million by the Federal Trade Commission on Monday. According to a "
        "previous ruling by the Court of Justice of the European Union, such fines are lawful."
    )
    found = facts(context, text, "en")
    case = "Federal Trade Commission v. Zorbix (2023)"
    assert ("DEFENDANT_IN", "Zorbix", case, "ruled") in found
    assert ("PLAINTIFF_IN", "Federal Trade Commission", case, "established") in found


@pytest.mark.parametrize(
    ("text", "language", "case", "court"),
    [
        # the case named by a definite noun: an earlier act in the same case
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. De rechtbank Amsterdam oordeelde "
            "eerder in de zaak dat de claim ontvankelijk is.",
            "nl",
            "Plaintiffs v. Zorbix",
            "Rechtbank Amsterdam",
        ),
        # a party of the case named
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. De rechtbank Amsterdam oordeelde "
            "eerder dat Zorbix de foto's moet verwijderen.",
            "nl",
            "Plaintiffs v. Zorbix",
            "Rechtbank Amsterdam",
        ),
        (
            "Parents of a teenager sued Zorbix on Monday. The Ninth Circuit previously sided "
            "with Zorbix in the case.",
            "en",
            "Plaintiffs v. Zorbix (2023)",
            _NINTH,
        ),
        (
            "Parents of a teenager sued Zorbix on Monday. The Ninth Circuit had previously "
            "reversed the dismissal of the suit.",
            "en",
            "Plaintiffs v. Zorbix (2023)",
            _NINTH,
        ),
        # "a ruling by" a court about the case's own party
        (
            "Parents of a teenager sued Zorbix on Monday. A ruling by the Ninth Circuit on "
            "Friday revived the claims against Zorbix.",
            "en",
            "Plaintiffs v. Zorbix (2023)",
            _NINTH,
        ),
        # "earlier this month" dates the act, it puts it in no other case
        (
            "Parents of a teenager sued Zorbix on Monday. Earlier this month, the Ninth Circuit "
            "ruled that platforms can be liable.",
            "en",
            "Plaintiffs v. Zorbix (2023)",
            _NINTH,
        ),
        # a decision followed by a step of the same case, no suit brought after it
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. Na de uitspraak van de rechtbank "
            "Amsterdam ging Zorbix in hoger beroep.",
            "nl",
            "Plaintiffs v. Zorbix",
            "Rechtbank Amsterdam",
        ),
        (
            "Parents sued Zorbix in federal court in Utah. The Tenth Circuit revived the suit, "
            "following a ruling by the district court.",
            "en",
            "Plaintiffs v. Zorbix",
            "United States Court of Appeals for the Tenth Circuit",
        ),
        (
            "Ouders hebben Zorbix voor de rechter gedaagd. De rechtbank Amsterdam oordeelde "
            "dinsdag dat de zaak mag doorgaan.",
            "nl",
            "Plaintiffs v. Zorbix",
            "Rechtbank Amsterdam",
        ),
    ],
)
def test_the_cases_own_court_stays(context, text, language, case, court):
    assert ("HEARD_BY", case, court, "established") in facts(context, text, language)
