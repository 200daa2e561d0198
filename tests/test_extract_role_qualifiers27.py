"""False parties and owners from names that only qualify something else (issue #10), on
sentences written for these tests with invented names: an abbreviated month after "on" or
"in" ends a name ("the District of Oregon on Dec. 4"); names before a role noun only say
whose role it is ("against Zorvik and Pellix owner Varnow Holdings": Varnow is the party);
the complement of a role noun in a subject is no party ("the parent company of Zorvik
faces a suit"); and a passive's agent after "the owner of X was ..." owns nothing."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


def _courts(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "HEARD_BY"}


def _owners(found: set[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(source, target) for kind, source, target, _ in found if kind == "OWNS"}


# -- an abbreviated month ends a name (English: Dutch writes its months in lower case)


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Quillon Labs sued Zorvik Inc. in Oregon District Court on Oct. 4, 2021.", "Oregon"),
        ("Zorvik Inc. was sued in the Oregon District Court on Jan. 8, 2022 by Quillon Labs.",
         "Oregon"),
        ("A class action against Zorvik Inc. was brought in Nevada District Court on Feb. 2, "
         "2022.", "Nevada"),
        ("Zorvik Inc. was sued by Quillon Labs in the Oregon District Court on Dec. 4, 2021.",
         "Oregon"),
    ],
)  # fmt: skip
def test_an_abbreviated_month_ends_a_court_name(context, sentence, state):
    found = facts(context, sentence, "en")
    assert _courts(found) == {f"United States District Court for the District of {state}"}


@pytest.mark.parametrize(
    ("sentence", "plaintiff"),
    [
        (
            "The Federal Trade Commission on Sept. 3 sued Zorvik Networks.",
            "Federal Trade Commission",
        ),
        ("Quillon Labs sued Zorvik Networks on Dec. 4, 2021.", "Quillon Labs"),
        ("Pellix Media in Jan. 2022 filed a lawsuit against Zorvik Networks.", "Pellix Media"),
    ],
)
def test_an_abbreviated_month_ends_a_party_name(context, sentence, plaintiff):
    found = facts(context, sentence, "en")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {"Zorvik Networks"}


# -- names before a role noun qualify the role: its holder is the party


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator launched legal action against Zorvik and Pellix owner Varnow Holdings "
        "over fake ads.",
        "Quillon Labs filed a lawsuit against Zorvik and Pellix parent company Varnow Holdings "
        "in 2022.",
        "The state sued Zorvik, Pellix and Quist parent Varnow Holdings in 2022.",
        "The regulator launched legal action against Zorvik owner Varnow Holdings over fake ads.",
    ],
)
def test_the_holder_of_a_role_the_names_before_it_qualify_is_the_defendant(context, sentence):
    found = facts(context, sentence, "en")
    assert defendant_names(found) == {"Varnow Holdings"}
    assert ("Varnow Holdings", "Zorvik") in _owners(found)


def test_a_list_of_defendants_without_a_role_stays_a_list(context):
    found = facts(context, "Quillon Labs sued Zorvik and Varnow Holdings in 2022.", "en")
    assert defendant_names(found) == {"Zorvik", "Varnow Holdings"}


# -- the complement of a role noun in a subject is no party


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The parent company of Zorvik and two chat apps now face a suit over a teenager's death.", "en"),
        ("On March 2, 2022, the founders of Quillon Mercantile Exchange (“QuillEx”) pleaded "
         "guilty to fraud.", "en"),
        ("The founder of Quillon sued Zorvik Networks in 2022.", "en"),
        ("Het moederbedrijf van Zorvik werd in 2022 aangeklaagd door Quillon.", "nl"),
        ("De ACM legde in 2022 het moederbedrijf van Zorvik een boete op.", "nl"),
    ],
)  # fmt: skip
def test_the_complement_of_a_role_noun_is_no_party(context, sentence, language):
    found = facts(context, sentence, language)
    parties = defendant_names(found) | plaintiff_names(found)
    assert not parties & {"Zorvik", "QuillEx", "Quillon Mercantile Exchange", "Quillon"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The parent company of Zorvik, Varnow Holdings, faces a lawsuit from Quillon Labs.", "en"),
        ("De eigenaar van Zorvik, Varnow Holding, is in 2022 gedagvaard door de Consumentenbond.",
         "nl"),
    ],
)  # fmt: skip
def test_the_holder_apposed_to_a_role_is_the_party(context, sentence, language):
    found = facts(context, sentence, language)
    assert defendant_names(found) == {"Varnow Holdings" if language == "en" else "Varnow Holding"}


# -- "the owner of X" before a passive: the agent sues or charges, it owns nothing


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The owner of Zorvik was sued by Quillon Labs in 2022.", "en"),
        ("The owner of Zorvik was fined by the Federal Trade Commission in 2022.", "en"),
        ("Het moederbedrijf van Zorvik werd in 2022 aangeklaagd door Quillon.", "nl"),
        ("De eigenaar van Zorvik is in 2022 beboet door de ACM.", "nl"),
    ],
)
def test_a_passive_agent_after_an_owner_noun_owns_nothing(context, sentence, language):
    assert _owners(facts(context, sentence, language)) == set()


@pytest.mark.parametrize(
    ("sentence", "language", "owner"),
    [
        ("The owner of Zorvik is the Lumerian firm Varnow Holdings.", "en", "Varnow Holdings"),
        ("The owner of Zorvik was Varnow Holdings until it was bought by Quillon Labs.", "en",
         "Varnow Holdings"),
        ("De eigenaar van Zorvik is Varnow Holding.", "nl", "Varnow Holding"),
    ],
)  # fmt: skip
def test_a_name_after_the_copula_still_owns(context, sentence, language, owner):
    assert (owner, "Zorvik") in _owners(facts(context, sentence, language))


# -- a habit is no case ("the FTC routinely settles cases", "de ACM beboet regelmatig")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The Federal Trade Commission routinely settles claims against app makers under the "
         "Children's Online Privacy Protection Act.", "en"),
        ("The Federal Trade Commission regularly sues app makers for deceptive billing.", "en"),
        ("The regulator frequently fines Zorvik Networks for late refunds.", "en"),
        ("De ACM beboet regelmatig Zorvik voor te late terugbetalingen.", "nl"),
    ],
)  # fmt: skip
def test_a_habitual_suit_names_no_case(context, sentence, language):
    assert {kind for kind, *_ in facts(context, sentence, language)} <= {"OWNS"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Quillon Labs sued Zorvik in 2021 after users frequently complained.", "en"),
        ("De ACM heeft Zorvik in 2021 beboet omdat klanten regelmatig te laat hun geld "
         "kregen.", "nl"),
    ],
)  # fmt: skip
def test_a_habit_in_another_clause_keeps_the_case(context, sentence, language):
    assert defendant_names(facts(context, sentence, language)) == {"Zorvik"}


# -- a singular role noun after a list is the last name's; a possessive's role is its owner's


@pytest.mark.parametrize(
    "sentence",
    [
        "The probe covered Zorvik Ltd, Zorvik Ireland Ltd and Varnow, Zorvik's parent company.",
        "The inquiry named Pellix LLC, Quist Ltd and Varnow, the parent company of Zorvik.",
    ],
)
def test_a_singular_role_after_a_list_is_the_last_names(context, sentence):
    assert _owners(facts(context, sentence, "en")) == {("Varnow", "Zorvik")}


def test_a_role_of_a_possessive_no_platform_fits_owns_nothing(context):
    sentence = (
        "The investigation included Zorvik Reklam Ltd, Zorvik International LLC, Zorvik "
        "Ireland Ltd, and Varnow – Google's parent company – it added."
    )
    assert _owners(facts(context, sentence, "en")) == set()


def test_a_plural_role_after_a_list_is_every_names(context):
    found = facts(
        context, "Kees Vroom and Lena Marsh, Zorvik's owners, were charged in 2021.", "en"
    )
    assert _owners(found) == {("Kees Vroom", "Zorvik"), ("Lena Marsh", "Zorvik")}
