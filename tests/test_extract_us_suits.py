"""US suits against platforms on news-style sentences (issue #10), written for these tests
with invented parties the reference base does not know: a court named between the suit and
its defendants, an abbreviation's dot inside a court's name, and a platform coordinated with
its parent's legal name."""

from __future__ import annotations

import pytest
from sentences import facts


def test_a_court_named_between_the_suit_and_against(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin filed a lawsuit in the Lincoln City Circuit Court "
        "against Zapchat.",
        "en",
    )
    case = "State of Nebraska v. Zapchat"
    assert ("PLAINTIFF_IN", "State of Nebraska", case, "established") in found
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found
    assert ("HEARD_BY", case, "Lincoln City Circuit Court", "established") in found


def test_an_abbreviation_dot_in_the_court_ends_no_pattern(context):
    found = facts(
        context,
        "Dana Whitfield filed a lawsuit in U.S. District Court for the District of Nebraska "
        "against Zapchat.",
        "en",
    )
    case = "Dana Whitfield v. Zapchat"
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found
    assert (
        "HEARD_BY",
        case,
        "United States District Court for the District of Nebraska",
        "established",
    ) in found


def test_a_court_phrase_without_a_court_brings_no_suit(context):
    found = facts(
        context, "Dana Whitfield filed a lawsuit in response to the ruling against Zapchat.", "en"
    )
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


def test_a_platform_and_its_parent_with_a_legal_form_are_two_defendants(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin's lawsuit against Zapchat and Quorra Ltd., the "
        "parent company of Zapchat, will move forward in Lincoln City Circuit Court.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Zapchat", "Quorra Ltd."}
    assert ("OWNS", "Quorra Ltd.", "Zapchat", "established") in found


def test_a_dutch_court_named_between_the_suit_and_tegen(context):
    found = facts(
        context,
        "Dana de Wit heeft een rechtszaak bij de rechtbank Den Haag aangespannen tegen Zapchat "
        "en Quorra B.V.",
        "nl",
    )
    case = "Dana de Wit v. Zapchat"
    assert ("PLAINTIFF_IN", "Dana de Wit", case, "established") in found
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Zapchat", "Quorra B.V."}
    assert ("HEARD_BY", case, "Rechtbank Den Haag", "established") in found


def test_a_dutch_court_phrase_before_another_tegen_brings_no_suit(context):
    found = facts(
        context,
        "Dana de Wit diende een klacht in bij de rechtbank vanwege de uitspraak tegen Zapchat.",
        "nl",
    )
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


def test_a_company_after_a_based_adjective_is_the_defendant(context):
    found = facts(
        context,
        "Nebraska Attorney General Jane Korlin’s office filed a lawsuit against Chinese-based "
        "company Quorra — the company that owns Zapchat — in Lancaster County Circuit Court.",
        "en",
    )
    case = "State of Nebraska v. Quorra"
    assert ("DEFENDANT_IN", "Quorra", case, "alleged") in found
    assert ("PLAINTIFF_IN", "State of Nebraska", case, "established") in found
    assert ("HEARD_BY", case, "Lancaster County Circuit Court", "established") in found
    assert ("OWNS", "Quorra", "Zapchat", "established") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A Nebraska mother has filed a lawsuit against Zapchat and Quorra.",
        "Zapchat must face a lawsuit from a Nebraska woman who said the app harmed her son.",
    ],
)
def test_a_state_that_describes_a_person_does_not_sue(context, sentence):
    found = facts(context, sentence, "en")
    assert ("DEFENDANT_IN", "Zapchat") in {(t, s) for t, s, _, _ in found}
    assert not any(t == "PLAINTIFF_IN" and s == "State of Nebraska" for t, s, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "plaintiff"),
    [
        ("A Nebraska mother has filed a lawsuit against Zapchat and Quorra.", "Nebraska mother"),
        (
            "Zapchat must face a lawsuit from a Nebraska woman who said the app harmed her son.",
            "Nebraska woman",
        ),
    ],
)
def test_a_person_described_by_a_state_is_the_plaintiff(context, sentence, plaintiff):
    found = facts(context, sentence, "en")
    case = f"{plaintiff} v. Zapchat"
    assert ("PLAINTIFF_IN", plaintiff, case, "established") in found
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found


def test_a_state_named_alone_still_sues(context):
    found = facts(context, "Zapchat was sued by Nebraska on Monday.", "en")
    assert any(t == "PLAINTIFF_IN" and s == "State of Nebraska" for t, s, _, _ in found)


def test_a_caption_with_et_al_names_its_defendant(context):
    found = facts(
        context,
        "The lawsuit, Harlow et al v. Zapchat, Inc., was filed in October of 2022 by Quint Law "
        "Center.",
        "en",
    )
    assert ("DEFENDANT_IN", "Zapchat", "Harlow et al v. Zapchat, Inc.", "alleged") in found


def test_a_court_before_its_judge_is_a_court_and_the_motion_to_dismiss_a_defence(context):
    found = facts(
        context,
        "Los Angeles Superior Court Judge Mara Quint denied Zapchat's motion to dismiss the "
        "lawsuit filed by Dana Harlow.",
        "en",
    )
    case = "Dana Harlow v. Zapchat"
    assert ("DEFENDANT_IN", "Zapchat", case, "alleged") in found
    court = "Superior Court of California, County of Los Angeles"
    assert ("HEARD_BY", case, court, "established") in found
    assert ("PLAINTIFF_IN", "Dana Harlow", case, "established") in found
    assert not any(s == "Mara Quint" for t, s, _, _ in found if t != "HEARD_BY")


def test_a_motion_by_a_platform_and_its_parent_makes_both_defendants(context):
    found = facts(
        context,
        "The Union County Circuit Court has denied a motion by Zapchat and its parent company, "
        "Quorra, to dismiss a lawsuit filed by Nebraska Attorney General Jane Korlin.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Zapchat", "Quorra"}
    assert ("OWNS", "Quorra", "Zapchat", "established") in found


def test_a_motion_to_dismiss_without_a_suit_in_the_sentence_makes_no_case(context):
    found = facts(context, "The court weighed Zapchat's motion to dismiss on Monday.", "en")
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Record labels sue another ISP, demanding mass disconnections of Internet users.",
        "Labels have filed numerous copyright lawsuits against Internet providers.",
    ],
)
def test_common_acronyms_and_capitals_are_no_parties(context, sentence):
    found = facts(context, sentence, "en")
    assert not any(t == "DEFENDANT_IN" for t, _, _, _ in found)


def test_one_word_plaintiffs_listed_with_the_subject_all_sue(context):
    found = facts(
        context, "Belltone, Corvid, and Acme sued Frontline Communications in federal court.", "en"
    )
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    assert plaintiffs == {"Belltone", "Corvid", "Acme"}
    assert ("DEFENDANT_IN", "Frontline Communications") in {(t, s) for t, s, _, _ in found}


def test_a_lone_word_away_from_the_verb_still_does_not_sue(context):
    found = facts(context, "In Zorblat, a Vermont town, residents sued Quendra Networks Inc.", "en")
    assert not any(t == "PLAINTIFF_IN" and s == "Zorblat" for t, s, _, _ in found)


@pytest.mark.parametrize(
    "finding",
    [
        "The court found that Section 230 did not apply.",
        "The court also found that Section 230 did not bar the claims.",
    ],
)
def test_a_courts_finding_on_section_230_is_ruled(context, finding):
    found = facts(context, f"Dana Harlow sued Zapchat. {finding}", "en")
    assert ("INVOKES", "Dana Harlow v. Zapchat", "Section 230", "ruled") in found


def test_someone_elses_finding_on_section_230_is_no_ruling(context):
    found = facts(
        context,
        "Dana Harlow sued Zapchat. Researchers found that Section 230 did not apply.",
        "en",
    )
    assert not any(t == "INVOKES" and status == "ruled" for t, _, _, status in found)


def test_a_dutch_courts_finding_on_a_law_is_ruled(context):
    found = facts(
        context,
        "Dana de Wit daagde Zapchat voor de rechter. De rechtbank vond dat Zapchat de "
        "Telecomwet had geschonden.",
        "nl",
    )
    assert ("INVOKES", "Dana de Wit v. Zapchat", "Telecomwet", "ruled") in found


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("A coalition of 14 attorneys general sued Zapchat on Tuesday.", "14 attorneys general"),
        (
            "Forty-two attorneys general have filed a lawsuit against Zapchat Inc., the parent "
            "company of Quorra.",
            "42 attorneys general",
        ),
    ],
)
def test_a_coalition_of_attorneys_general_sues_as_one_group(context, sentence, group):
    found = facts(context, sentence, "en")
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    assert plaintiffs == {group}
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert len(cases) == 1 and next(iter(cases)).startswith(f"{group} v. Zapchat")


def test_a_coalition_suing_meta_is_no_known_case_of_other_plaintiffs(context):
    found = facts(
        context, "A coalition of 33 attorneys general sued Meta Platforms on Tuesday.", "en"
    )
    assert not any(c == "In re Facebook, Inc." for _, _, c, _ in found)
    assert ("PLAINTIFF_IN", "33 attorneys general") in {(t, s) for t, s, _, _ in found}
