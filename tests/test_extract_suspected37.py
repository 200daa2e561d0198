"""A suspect of a crime is the defendant of its criminal case (issue #10, docs/annotation.md:
"verdacht van" is an alleged cue): "Zorbix wordt verdacht van witwassen", "Jan Klaver is
ervan verdacht dat ...", "Zorbix is suspected of fraud" gave nothing (the verb's passive was
read as an accusation, which names defendants only in a case told of). The agent after
"door" suspects ("werd door het OM verdacht van ..."); the adjective ("verdachte
transacties", "the suspected fraud") names no suspect."""

from __future__ import annotations

import pytest
from sentences import facts


def _prosecuted(name: str) -> set[tuple[str, ...]]:
    return {("DEFENDANT_IN", name, f"Prosecution v. {name}", "alleged")}


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("nl", "Zorbix wordt verdacht van witwassen.", "Zorbix"),
        ("nl", "Jan Klaver wordt ervan verdacht dat hij drugshandel faciliteerde.", "Jan Klaver"),
        ("nl", "Jan Klaver is ervan verdacht dat hij geld wegsluisde.", "Jan Klaver"),
        ("en", "Zorbix is suspected of fraud.", "Zorbix"),
        ("en", "Jan Klaver is suspected of money laundering.", "Jan Klaver"),
    ],
)
def test_a_suspect_defends_the_criminal_case(context, language, sentence, name):
    assert facts(context, sentence, language) == _prosecuted(name)


def test_suspects_listed_share_the_case(context):
    found = facts(context, "Jan Klaver en Piet Mol worden verdacht van oplichting.", "nl")
    case = "Prosecution v. Jan Klaver"
    assert found == {
        ("DEFENDANT_IN", "Jan Klaver", case, "alleged"),
        ("DEFENDANT_IN", "Piet Mol", case, "alleged"),
    }


def test_the_agent_suspects(context):
    found = facts(context, "Zorbix werd door het OM verdacht van witwassen.", "nl")
    case = "Openbaar Ministerie v. Zorbix"
    assert found == {
        ("DEFENDANT_IN", "Zorbix", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Volgens de politie zijn er verdachte transacties gedaan via Zorbix."),
        ("nl", "Het bedrijf Zorbix zou verdachte betalingen hebben verwerkt."),
        ("en", "The suspected fraud at Zorbix was large."),
    ],
)
def test_the_adjective_names_no_suspect(context, language, sentence):
    assert not {f for f in facts(context, sentence, language) if f[0] == "DEFENDANT_IN"}
