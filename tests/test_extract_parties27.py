"""Parties told of before they are named, or named in part (issue #10), on sentences written
for these tests with invented people and companies:

- a person named before and then called by a word of kin or sex ("Rita Moss lost her son ...
  The grieving mother sued X", "De moeder klaagde X aan") is the plaintiff;
- a given name joined by "and" to a full name ("Tom and Ana Vale sued X", "aangespannen door
  Tom en Ana Vale") shares its surname;
- a suit "filed last week in federal court in Ohio by X" that "claims Y ..." is X's suit
  against Y, however much of when and where stands between the suit and its filer;
- "the lawsuit claims that A and B ...": one suit against both (English "claims" is a verb,
  not the plural suits that make one case per defendant);
- a person described by kind and town, without an age ("een vrouw uit Utrecht", "a mother
  from Leeds"), is a plaintiff, and the persons a later sentence names as the suit's filers
  are the ones described;
- the kin of a named person ("Adam Vale's parents", "de ouders van Adam Vale") bring the
  suit, not the person named, and own nothing;
- a Dutch separable verb's particle may be followed by "naar aanleiding van" or "over"."""

from __future__ import annotations

import pytest
from sentences import defendant_cases, defendant_names, facts, plaintiff_names

# -- a person told of by a word of kin or sex ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "plaintiff", "defendant"),
    [
        ("Rita Moss lost her daughter in 2021. The grieving mother sued Quorvex Inc. in 2022.",
         "en", "Rita Moss", "Quorvex Inc."),
        ("Tom Vale says the app ruined his shop. The father of two sued Brisk Holdings last "
         "year, accusing it of fraud.", "en", "Tom Vale", "Brisk Holdings"),
        ("Ana Lind lost her son to an overdose. The woman has filed a lawsuit against Zimble "
         "Labs.", "en", "Ana Lind", "Zimble Labs"),
        ("Els Bakker verloor haar zoon in 2021. De moeder klaagde Quorvex in 2022 aan.",
         "nl", "Els Bakker", "Quorvex"),
        ("Piet Smit verloor zijn dochter. De vader daagt Zimble Labs voor de rechter.",
         "nl", "Piet Smit", "Zimble Labs"),
        ("Sanne Vos zegt dat de app haar winkel ruïneerde. De vrouw heeft een rechtszaak "
         "aangespannen tegen Brisk Holdings.", "nl", "Sanne Vos", "Brisk Holdings"),
    ],
)  # fmt: skip
def test_a_kin_word_points_back_to_the_person_named_before(
    context, text, language, plaintiff, defendant
):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {defendant}


def test_a_kin_word_never_points_back_to_a_judge(context):
    found = facts(context, "Judge Rita Moss dismissed the claims. The woman sued Quorvex.", "en")
    assert plaintiff_names(found) == set()


# -- a shared surname ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tom and Ana Vale sued Quorvex in 2021.", "en"),
        ("A complaint brought by Tom and Ana Vale accuses Quorvex of fraud.", "en"),
        ("De rechtszaak tegen Quorvex werd aangespannen door Tom en Ana Vale.", "nl"),
        ("Tom en Ana Vale klagen Quorvex aan.", "nl"),
    ],
)
def test_a_given_name_shares_the_surname_after_and(context, text, language):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {"Tom Vale", "Ana Vale"}
    assert defendant_names(found) == {"Quorvex"}


def test_a_company_before_and_keeps_its_name(context):
    found = facts(
        context,
        "Quorvex and Dana Holt were sued by Megan Garcia. Quorvex denies the claims.",
        "en",
    )
    assert defendant_names(found) == {"Quorvex", "Dana Holt"}


# -- a suit filed (when, where) by X that claims Y ... ------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendant"),
    [
        ("The complaint, filed on Friday in federal court in Ohio by Dana Holt, says Quorvex "
         "sold her data.", "Dana Holt", "Quorvex"),
        ("A suit filed in March in Marlow County Court by the Harbor Privacy Foundation "
         "alleges that Zorblat Inc. tracked children.", "Harbor Privacy Foundation",
         "Zorblat Inc."),
        ("The lawsuit filed in 2021 in state court by Tom Vale accuses Brisk Holdings of fraud.",
         "Tom Vale", "Brisk Holdings"),
    ],
)  # fmt: skip
def test_when_and_where_between_the_suit_and_its_filer(context, text, plaintiff, defendant):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {defendant}


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit, filed by Dana Holt, claims that Quorvex and Brisk Holdings hid the risks.",
        "The lawsuit filed last week in federal court by Dana Holt claims that the apps Quorvex "
        "and Brisk Holdings harmed her son.",
    ],
)
def test_a_suit_that_claims_things_of_two_is_one_suit(context, text):
    found = facts(context, text, "en")
    cases = defendant_cases(found)
    assert set(cases) == {"Quorvex", "Brisk Holdings"}
    assert len(set(cases.values())) == 1
    assert plaintiff_names(found) == {"Dana Holt"}


def test_plural_suits_are_still_one_per_defendant(context):
    found = facts(
        context,
        "The Harbor Group has filed lawsuits against Quorvex Inc. and Brisk Holdings.",
        "en",
    )
    assert len(set(defendant_cases(found).values())) == 2


# -- a person described by kind and town ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "plaintiff"),
    [
        ("Een vrouw uit Utrecht klaagt Quorvex aan wegens privacyschending.", "nl",
         "vrouw uit Utrecht"),
        ("Brisk Holdings is aangeklaagd door een man uit Zwolle.", "nl", "man uit Zwolle"),
        ("Een echtpaar uit Den Haag heeft Brisk Holdings aangeklaagd.", "nl",
         "echtpaar uit Den Haag"),
        ("A woman from Leeds sued Quorvex in 2022.", "en", "woman from Leeds"),
        ("Quorvex was sued by a couple from Leeds.", "en", "couple from Leeds"),
    ],
)  # fmt: skip
def test_a_person_described_by_kind_and_town_sues(context, text, language, plaintiff):
    assert plaintiff_names(facts(context, text, language)) == {plaintiff}


def test_a_kind_without_a_town_names_no_one(context):
    assert plaintiff_names(facts(context, "Een vrouw klaagt Quorvex aan.", "nl")) == set()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A Texas mother has sued Quorvex. The lawsuit was filed by Dana Holt in federal court.",
         {"Dana Holt"}),
        ("A couple from Leeds sued Quorvex on Monday. The lawsuit was filed by Ana Vale.",
         {"Ana Vale"}),
    ],
)  # fmt: skip
def test_the_filer_named_later_is_the_one_described(context, text, named):
    assert plaintiff_names(facts(context, text, "en")) == named


# -- the kin of a named person -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "plaintiff"),
    [
        ("Adam Vale's parents sued Quorvex in 2023.", "en", "parents of Adam Vale"),
        ("Adam Vale's mother sued Quorvex in 2023.", "en", "mother of Adam Vale"),
        ("De ouders van Adam Vale klagen Quorvex aan.", "nl", "ouders van Adam Vale"),
        ("De moeder van Adam klaagt Quorvex aan.", "nl", "moeder van Adam"),
    ],
)  # fmt: skip
def test_the_kin_sue_not_the_person_named(context, text, language, plaintiff):
    found = facts(context, text, language)
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {"Quorvex"}
    assert not any(kind == "OWNS" for kind, *_ in found)


def test_parents_are_no_parent_company(context):
    found = facts(context, "Adam Vale's parents said Quorvex ignored warnings.", "en")
    assert not any(kind == "OWNS" for kind, *_ in found)


def test_the_kin_are_the_named_plaintiffs(context):
    found = facts(
        context,
        "Tom and Ana Vale sued Quorvex in 2023. Adam Vale's parents say the suit shows Quorvex "
        "ignored warnings.",
        "en",
    )
    assert plaintiff_names(found) == {"Tom Vale", "Ana Vale"}


# -- what may follow a Dutch particle ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Els Vos klaagt Quorvex aan naar aanleiding van de dood van haar zoon.",
        "Els Vos klaagt Quorvex aan over het verzamelen van gegevens.",
    ],
)
def test_a_particle_before_a_reason(context, text):
    found = facts(context, text, "nl")
    assert plaintiff_names(found) == {"Els Vos"}
    assert defendant_names(found) == {"Quorvex"}


# -- "X sued in 2020, accusing Y of ...": X's own suit ------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("Dana Holt sued in 2020, accusing Quorvex of selling her data.", "Dana Holt"),
        ("The Harbor Privacy Foundation sued on Monday, accusing Quorvex of tracking children.",
         "Harbor Privacy Foundation"),
        ("Brisk Holdings sued in March, accusing Quorvex of copying its "
         "software.", "Brisk Holdings"),
    ],
)  # fmt: skip
def test_a_bare_sued_before_accusing_is_the_subjects_suit(context, text, plaintiff):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {"Quorvex"}


@pytest.mark.parametrize(
    "text",
    ["Quorvex sued in Texas, accused of selling data.", "Quorvex sued in Texas over a leak."],
)
def test_a_headline_sued_is_still_a_passive(context, text):
    assert defendant_names(facts(context, text, "en")) == {"Quorvex"}


# -- settlements ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("Quorvex settled a class action brought by Dana Holt in 2021.", "Dana Holt"),
        ("Quorvex agreed to settle the class action brought by the Harbor Privacy Foundation.",
         "Harbor Privacy Foundation"),
    ],
)  # fmt: skip
def test_a_settled_action_names_its_parties(context, text, plaintiff):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {plaintiff}
    assert defendant_names(found) == {"Quorvex"}


def test_buying_off_a_suit_is_no_purchase(context):
    found = facts(
        context, "Quorvex betaalt 5 miljoen euro om de zaak af te kopen die Els Vos begon.", "nl"
    )
    assert not any(kind == "OWNS" for kind, *_ in found)


def test_a_purchase_is_still_one(context):
    found = facts(context, "Brisk Holdings kocht Quorvex in 2020.", "nl")
    assert ("OWNS", "Brisk Holdings", "Quorvex", "established") in found


def test_a_regulator_settling_its_own_action_is_no_defendant(context):
    found = facts(
        context,
        "The FTC announced an order settling the civil action that was brought against "
        "Quorvex Labs, LLC for alleged violations of COPPA.",
        "en",
    )
    assert "Federal Trade Commission" not in defendant_names(found)
