"""Names of bodies abroad with lower-case words inside (issue #10), on sentences written for
these tests with invented names: English (and Dutch) text writes a foreign regulator or
company in its own language ("Comhairle na Velmar", "Autorità Garante della Concorrenza",
"Velmo Reklamcilik ve Pazarlama Ltd"). The name runs on over the packs' name connectors,
so the party is the whole name, not its last or first capitalised word."""

from __future__ import annotations

import pytest
from sentences import facts


def _parties(found: set[tuple[str, ...]], kind: str) -> set[str]:
    return {s for t, s, _, _ in found if t == kind}


@pytest.mark.parametrize(
    ("text", "language", "plaintiff"),
    [
        (
            "The media regulator Comhairle na Velmar opened a formal investigation into Zentolo.",
            "en",
            "Comhairle na Velmar",
        ),
        (
            "The Ostland competition authority Autorità Garante della Concorrenza opened an "
            "inquiry into Bellomo.",
            "en",
            "Autorità Garante della Concorrenza",
        ),
        (
            "The Ostland privacy watchdog Agência Nacional dos Dados has opened a probe into "
            "Zentolo.",
            "en",
            "Agência Nacional dos Dados",
        ),
        (
            "De Ierse toezichthouder Comhairle na Velmar heeft een onderzoek geopend naar Zentolo.",
            "nl",
            "Comhairle na Velmar",
        ),
    ],
)
def test_a_regulators_name_runs_on_over_its_connectors(context, text, language, plaintiff):
    found = facts(context, text, language)
    assert _parties(found, "PLAINTIFF_IN") == {plaintiff}
    assert len(_parties(found, "DEFENDANT_IN")) == 1


def test_a_fined_company_keeps_the_connector_of_its_name(context):
    found = facts(
        context, "The Ostland authority fined Velmo Reklamcilik ve Pazarlama Ltd on Monday.", "en"
    )
    assert _parties(found, "DEFENDANT_IN") == {"Velmo Reklamcilik ve Pazarlama Ltd"}


def test_two_names_with_no_connector_between_stay_apart(context):
    found = facts(
        context, "The media regulator Comhairle na Velmar fined Zentolo and Bellomo.", "en"
    )
    assert _parties(found, "DEFENDANT_IN") == {"Zentolo", "Bellomo"}
