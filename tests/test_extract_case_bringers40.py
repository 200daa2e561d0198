"""Who brought a suit (issue #10), on sentences written for these tests with invented names:
a place (or any name) right before a noun of persons only describes them ("Ohio families
sue X": the families, never the state); a source that reports ("as X reported") is no
party; the kin of several named persons, or of a counted group, are one plaintiff group
("the families of three victims"); a counted group of shareholders or refugees is one too;
"sued by the attorney general of Ohio" is the state's suit."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, facts, plaintiff_names


def _cases(found: set[tuple[str, ...]]) -> set[str]:
    """The cases the facts put a defendant in."""
    return set(defendant_cases(found).values())


@pytest.mark.parametrize(
    ("text", "language", "case", "plaintiff"),
    [
        ("Ohio families sue Zorbla over its child safety features.", "en",
         "Ohio families v. Zorbla", "Ohio families"),
        ("An Ohio County family filed a lawsuit against Zorbla.", "en",
         "Ohio County family v. Zorbla", "Ohio County family"),
        ("Utah County family files lawsuit against Zorbla after teen was targeted", "en",
         "Utah County family v. Zorbla", "Utah County family"),
        ("NorVale families sue Zorbla over its chat feature.", "en",
         "NorVale families v. Zorbla", "NorVale families"),
        ("NoordVale gezinnen klagen Zorbla aan.", "nl",
         "NoordVale gezinnen v. Zorbla", "NoordVale gezinnen"),
    ],
)  # fmt: skip
def test_a_name_before_a_person_noun_describes_the_bringers(
    context, text, language, case, plaintiff
):
    found = facts(context, text, language)
    assert _cases(found) == {case}
    assert plaintiff_names(found) == {plaintiff}


def test_a_state_that_sues_is_still_the_bringer(context):
    found = facts(context, "Utah sued Zorbla on Tuesday over its chat feature.", "en")
    assert plaintiff_names(found) == {"State of Utah"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("As the Brindle Law Blog previously reported, the court held that consumers had "
         "standing to sue Zorbla.", "en"),
        ("As Brindle News first reported, shoppers may now sue Zorbla.", "en"),
        ("Zoals Brindle Nieuws eerder berichtte, mogen consumenten Zorbla nu aanklagen.", "nl"),
    ],
)  # fmt: skip
def test_a_reporting_source_is_no_bringer(context, text, language):
    found = facts(context, text, language)
    assert not any("Brindle" in name for name in plaintiff_names(found))
    assert not any(case.startswith("Brindle") for case in _cases(found))


def test_a_party_a_source_reports_on_is_kept(context):
    found = facts(context, "As Brindle News reported, Quentin Marsh sued Zorbla.", "en")
    assert plaintiff_names(found) == {"Quentin Marsh"}
    assert _cases(found) == {"Quentin Marsh v. Zorbla"}


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("The families of Ann Vell, Bo Marsh and Cy Trent filed the lawsuit Monday against "
         "Zorbla.", "en", "families of Ann Vell v. Zorbla (2023)"),
        ("De families van Ann Vell, Bo Marsh en Cy Trent hebben Zorbla aangeklaagd.", "nl",
         "families van Ann Vell v. Zorbla"),
    ],
)  # fmt: skip
def test_the_kin_of_listed_persons_are_one_bringer(context, text, language, case):
    found = facts(context, text, language)
    assert _cases(found) == {case}
    assert len(plaintiff_names(found)) == 1
    assert not plaintiff_names(found) & {"Ann Vell", "Bo Marsh", "Cy Trent"}


@pytest.mark.parametrize(
    ("text", "language", "case"),
    [
        ("The families of three victims have sued Zorbla.", "en",
         "Families of three victims v. Zorbla"),
        ("The families of over 60 children sued Zorbla.", "en",
         "Families of over 60 children v. Zorbla"),
        ("De ouders van drie kinderen hebben Zorbla aangeklaagd.", "nl",
         "Ouders van drie kinderen v. Zorbla"),
        ("Three shareholders sued Zorbla.", "en", "Three shareholders v. Zorbla"),
        ("Drie aandeelhouders hebben Zorbla aangeklaagd.", "nl", "Drie aandeelhouders v. Zorbla"),
    ],
)  # fmt: skip
def test_counted_groups_and_their_kin_bring_the_suit(context, text, language, case):
    found = facts(context, text, language)
    assert _cases(found) == {case}
    assert len(plaintiff_names(found)) == 1


def test_a_place_before_refugees_is_no_platform_bringer(context):
    found = facts(context, "Rohingya refugees sued Zorbla.", "en")
    assert not any(case.startswith("Rohingya v.") for case in _cases(found))
    assert "Rohingya" not in plaintiff_names(found)


@pytest.mark.parametrize(
    "text",
    [
        "Zorbla was sued by the attorney general of Ohio.",
        "The attorney general of Ohio sued Zorbla.",
        "Zorbla was sued by the Ohio attorney general.",
    ],
)
def test_the_attorney_general_of_a_state_sues_for_it(context, text):
    found = facts(context, text, "en")
    assert _cases(found) == {"State of Ohio v. Zorbla"}
    assert plaintiff_names(found) == {"State of Ohio"}


@pytest.mark.parametrize(
    ("text", "case", "plaintiff"),
    [
        ("Three victims have sued three websites. The suit was filed Monday against Zorbla "
         "and Quiff.", "Three victims v. Zorbla (2023)", "Three victims"),
        ("The families of three victims of the Brindle shooting have sued three social media "
         "websites. The plaintiffs filed the suit Monday in federal court against Zorbla and "
         "Quiff.", "Families of three victims v. Zorbla (2023)", "families of three victims"),
    ],
)  # fmt: skip
def test_a_bringer_that_sued_unnamed_defendants_waits_for_them(context, text, case, plaintiff):
    found = facts(context, text, "en")
    assert _cases(found) == {case}
    assert {name.casefold() for name in plaintiff_names(found)} == {plaintiff.casefold()}


def test_a_later_suit_with_its_own_bringer_keeps_it(context):
    text = "Quentin Marsh sued for damages. The FTC sued Zorbla on Monday."
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {"Federal Trade Commission"}
