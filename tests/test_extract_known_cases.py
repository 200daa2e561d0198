"""Linking text to the cases and laws the reference base knows (issue #10), on sentences
written for these tests: a caption that writes a known case's plaintiff in full, a
combined name of two bills, and a sentence that points back to one case while naming the
known defendants of another. The base links names; it must not move facts to a case whose
parties the sentence does not name."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

FLEITES = "Fleites v. MindGeek S.à r.l."


def test_a_caption_with_the_plaintiffs_full_name_is_the_known_case(context):
    found = facts(
        context,
        "Last month the judge in Serena Fleites v. MindGeek heard arguments about the "
        "company's payment partners.",
        "en",
    )
    assert ("DEFENDANT_IN", "Aylo", FLEITES, "alleged") in found
    assert not any(
        t == "DEFENDANT_IN" and c == "Serena Fleites v. MindGeek" for t, _, c, _ in found
    )


def test_a_caption_of_an_unknown_case_stays_its_own(context):
    found = facts(context, "Marta Quillon v. MindGeek was filed in Ontario last spring.", "en")
    assert not any(c == FLEITES for _, _, c, _ in found)


def test_a_dutch_caption_with_the_full_name_is_the_known_case(context):
    found = facts(context, "De zaak Serena Fleites v. MindGeek loopt nog in Californië.", "nl")
    assert ("DEFENDANT_IN", "Aylo", FLEITES, "alleged") in found
    assert not any(c == "Serena Fleites v. MindGeek" for _, _, c, _ in found)


@pytest.mark.parametrize("written", ["SESTA/FOSTA", "SESTA-FOSTA", "FOSTA/SESTA"])
def test_a_combined_name_of_the_two_bills_is_the_enacted_law(context, written):
    found = facts(context, f"The new law known as {written} amends Section 230.", "en")
    assert ("AMENDS", "FOSTA", "Section 230", "established") in found
    assert not any(s == "SESTA" for _, s, _, _ in found)


def test_known_defendants_of_another_case_are_not_put_in_the_case_pointed_back_to(context):
    found = facts(
        context,
        "The former chief executive Carl Ferrer pleaded guilty on Thursday. The same day, "
        "prosecutors revealed an indictment. In that indictment, Michael Lacey and James "
        "Larkin face dozens of charges.",
        "en",
    )
    assert ("DEFENDANT_IN", "Michael Lacey", "United States v. Lacey", "alleged") in found
    assert ("DEFENDANT_IN", "James Larkin", "United States v. Lacey", "alleged") in found
    assert not any(
        t == "DEFENDANT_IN"
        and s in ("Michael Lacey", "James Larkin")
        and c != "United States v. Lacey"
        for t, s, c, _ in found
    )


def test_a_new_defendant_stays_in_the_case_pointed_back_to(context):
    found = facts(
        context,
        "Prosecutors unsealed an indictment against Quentin Marrow on Monday. In that "
        "indictment, Michael Lacey is also named.",
        "en",
    )
    cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Quentin Marrow"}
    assert cases and "United States v. Lacey" not in cases


# -- who is accused, and where a platform is pointed back to -------------------------------


def test_a_lawsuit_in_an_adverbial_has_no_bringer_before_it_and_no_party_in_its_of_clause(
    context,
):
    found = facts(
        context,
        "Norvak Pay is halting card payments on the video site Zorbnet and its parent "
        "company Velmar Holding following a lawsuit that accused the payment firm of "
        "facilitating abuse on Zorbnet and other sites owned by Velmar Holding.",
        "en",
    )
    assert ("SERVICED", "Norvak Pay", "Zorbnet", "established") in found
    assert ("OWNS", "Velmar Holding", "Zorbnet", "established") in found
    assert not any(t in ("DEFENDANT_IN", "PLAINTIFF_IN") for t, _, _, _ in found)


def test_a_bringer_set_off_by_commas_before_an_accusing_lawsuit_still_brings_it(context):
    found = facts(
        context,
        "Velmar Holding, in a lawsuit accusing Quendra Networks of fraud, asked for damages.",
        "en",
    )
    case = "Velmar Holding v. Quendra Networks"
    assert ("PLAINTIFF_IN", "Velmar Holding", case, "established") in found
    assert ("DEFENDANT_IN", "Quendra Networks", case, "alleged") in found


def test_the_accused_right_after_the_verb_is_the_defendant(context):
    found = facts(
        context, "A lawsuit filed by Lira Maddox accuses Zorbnet Inc. of hosting the videos.", "en"
    )
    assert any(t == "DEFENDANT_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)


def test_a_title_keeps_its_article_after_a_bare_type_noun(context):
    found = facts(
        context,
        "Within hours, hate website the Grimwire Herald lost its domain. On Sunday, "
        "registrar Domnix terminated domain registration services for the website.",
        "en",
    )
    assert ("SERVICED", "Domnix", "Grimwire Herald", "established") in found


def test_a_name_that_only_qualifies_a_noun_is_no_site_pointed_back_to(context):
    found = facts(
        context,
        "The forum Grimwire lost its host. Twitter users had complained about the forum for "
        "weeks. On Monday, the registrar Domnix said it cut ties with the site.",
        "en",
    )
    assert ("SERVICED", "Domnix", "Grimwire", "established") in found
    assert not any(o == "Twitter" for _, _, o, _ in found)


def test_the_capitalised_part_of_a_prefixed_word_is_no_name(context):
    entities, _ = extracted(
        context,
        "Within a day, notorious neo-Nazi website the Grimwire Herald lost its server host, "
        "and anti-Google activists cheered.",
        "en",
    )
    names = {e.name for e in entities.values()}
    assert "Grimwire Herald" in names
    assert not names & {"Nazi", "Google"}
    entities, _ = extracted(
        context, "Het anti-Amerikaanse forum Grimwire verloor zijn host Domnix.", "nl"
    )
    assert "Amerikaanse" not in {e.name for e in entities.values()}


# -- later articles on earlier cases ------------------------------------------------------------


def test_a_conviction_years_after_the_indictment_is_of_the_known_case(context):
    found = facts(
        context, "A jury in Phoenix convicted Michael Lacey of money laundering last year.", "en"
    )
    assert ("DEFENDANT_IN", "Michael Lacey", "United States v. Lacey", "ruled") in found


def test_a_new_charge_years_later_is_not_the_known_case(context):
    found = facts(context, "Prosecutors charged Michael Lacey with tax fraud last week.", "en")
    assert not any(c == "United States v. Lacey" for _, _, c, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Prosecutors charged Quentin Marrow with fraud in March. Two other executives, "
            "Lara Voss and Pim Haldor, were also charged.",
        ),
        (
            "nl",
            "Het OM vervolgt Quentin Marrow voor fraude. Twee andere bestuurders, Lara Voss en "
            "Pim Haldor, worden ook vervolgd.",
        ),
    ],
)
def test_other_people_also_charged_join_the_case_at_hand(context, language, text):
    found = facts(context, text, language)
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert len(cases) == 1
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {
        "Quentin Marrow",
        "Lara Voss",
        "Pim Haldor",
    }


def test_also_charged_in_another_case_is_another_case(context):
    found = facts(
        context,
        "Prosecutors charged Quentin Marrow with fraud in March. Lara Voss was also charged "
        "in a separate case.",
        "en",
    )
    marrow = {c for t, s, c, _ in found if s == "Quentin Marrow"}
    voss = {c for t, s, c, _ in found if s == "Lara Voss"}
    assert marrow and voss and not marrow & voss


def test_an_event_gerund_acts_on_no_name(context):
    found = facts(
        context,
        "The judge told Haldor during sentencing he was aware of the allegations against "
        "Zorbnet Inc. and did nothing.",
        "en",
    )
    assert not any(t == "DEFENDANT_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)


def test_a_region_of_a_state_is_no_suing_state(context):
    found = facts(
        context,
        "Judge Ada Quill of the U.S. District Court, Central California refused to dismiss a "
        "lawsuit accusing Zorbnet Inc. of fraud.",
        "en",
    )
    assert any(t == "DEFENDANT_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)
    assert not any(t == "PLAINTIFF_IN" and "California" in s for t, s, _, _ in found)


# -- which known suit a group of plaintiffs brought ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fifty women sued Salesforce, saying its software helped Backpage."),
        ("nl", "Vijftig vrouwen klagen Salesforce aan wegens hulp aan mensenhandel."),
    ],
)
def test_fifty_women_suing_salesforce_is_their_known_suit_in_any_year(context, language, text):
    found = facts(context, text, language)
    case = "Jane Does 1-50 v. Salesforce"
    assert ("DEFENDANT_IN", "Salesforce", case, "alleged") in found
    assert ("PLAINTIFF_IN", "Jane Does 1-50", case, "established") in found
    assert not any("G.G." in c for _, _, c, _ in found)


def test_a_group_of_another_size_is_not_the_known_group(context):
    found = facts(context, "Twelve women have sued Salesforce over its work for Backpage.", "en")
    assert any(t == "DEFENDANT_IN" and s == "Salesforce" for t, s, _, _ in found)
    assert not any(c in ("Jane Does 1-50 v. Salesforce", "G.G. v. Salesforce.com, Inc.")
                   for _, _, c, _ in found)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A woman in Washington State has filed a lawsuit against Backpage and Salesforce."),
        ("nl", "Een vrouw uit Washington heeft Backpage en Salesforce aangeklaagd."),
    ],
)
def test_a_suit_naming_a_known_party_the_known_case_lacks_is_a_new_case(context, language, text):
    found = facts(context, text, language)
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert len(cases) == 1
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Backpage", "Salesforce"}
    assert not cases & {"G.G. v. Salesforce.com, Inc.", "Jane Does 1-50 v. Salesforce"}


def test_a_datelines_agency_is_no_party(context):
    found = facts(
        context,
        "NEW YORK (Quill News Foundation) - Twelve women have sued the software firm "
        "Salesforce for designing tools that helped traffickers, their lawyer said.",
        "en",
    )
    assert not any("Quill" in f[1] or "Quill" in f[2] for f in found)


# -- Dutch: app stores, services, founders ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norvak heeft de app Zorbnet uit zijn App Store gehaald.",
        "Norvak heeft socialemedia-app Zorbnet uit zijn App Store gegooid, een dag na Quendra.",
        "Zorbnet meldt dat Norvak de app Praatnet uit de appwinkel heeft verwijderd.",
    ],
)
def test_dutch_app_store_removal_with_the_verb_last(context, text):
    found = facts(context, text, "nl")
    removed = "Praatnet" if "Praatnet" in text else "Zorbnet"
    assert ("SERVICED", "Norvak", removed, "established") in found
    assert not any(t == "SERVICED" and s == removed for t, s, _, _ in found)


def test_a_hyphen_marks_a_short_type_noun_as_the_head(context):
    found = facts(context, "Socialemedia-app Zorbnet werd gehost door Cirrusdata.", "nl")
    assert ("SERVICED", "Cirrusdata", "Zorbnet", "established") in found


def test_a_dutch_chat_service_is_a_platform_its_founder_set_up(context):
    found = facts(
        context,
        "De videochatdienst Zorbchat is uit de lucht. De Canadese Lief Brooker richtte de "
        "website als 18-jarige op.",
        "nl",
    )
    assert ("FOUNDED", "Lief Brooker", "Zorbchat", "established") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Last year, attorney Annie McAllister, who represents the women, argued that the law "
            "did not apply. On Wednesday, a judge agreed with McAllister, allowing the suit "
            "against Zorbnet Inc. to go ahead.",
        ),
        (
            "nl",
            "De vrouwen worden bijgestaan door advocaat Annie McAllister. Daarna klaagde "
            "McAllister het bedrijf Zorbnet Inc. aan.",
        ),
    ],
)
def test_a_person_the_text_calls_a_lawyer_is_no_plaintiff_by_surname_later(context, language, text):
    found = facts(context, text, language)
    assert any(t == "DEFENDANT_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)
    assert not any(t == "PLAINTIFF_IN" and "McAllister" in s for t, s, _, _ in found)


def test_an_amendment_noun_names_the_amending_law_before_it(context):
    found = facts(
        context, "The court weighed the 2019 Zorbland Safety Act amendments to Section 230.", "en"
    )
    assert ("AMENDS", "Zorbland Safety Act", "Section 230", "established") in found
    found = facts(context, "Senator Quill backed a proposed amendment to Section 230.", "en")
    assert not any(t == "AMENDS" for t, _, _, _ in found)


def test_a_dutch_verb_last_suit_takes_no_defendant_from_the_next_clause(context):
    found = facts(context, "Het OM heeft Zorbnet Inc. aangeklaagd, meldt Praatnet.", "nl")
    assert any(t == "DEFENDANT_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)
    assert not any(s == "Praatnet" for _, s, _, _ in found)
    assert not any(t == "PLAINTIFF_IN" and s == "Zorbnet Inc." for t, s, _, _ in found)
