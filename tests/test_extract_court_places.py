"""Described state courts and jurisdictions that the text points back to (issue #10), on
sentences written for these tests.

- A California county's Superior Court described by its seat ("a Superior Court judge in San
  Francisco", "Los Angeles Superior Court") is that county's court; "a superior court in
  California" fits 58 courts and names none.
- A court that disagrees with a party in the case at hand hears it.
- The state of an unnamed judge who rules in the case places it ("a federal judge in
  Virginia ruled that X must pay"), as that of an unnamed court does; judges in general
  ("judges in Texas") place nothing.
- "the country's" (state's, bloc's) law is the sentence's one jurisdiction of that kind,
  never a seat ("U.S.-based") and never one of two; quotation marks around a law's name do
  not part it from the possessive before it.

Names are invented, so facts come from the grammar of the sentence, not from a list.
"""

from __future__ import annotations

import pytest
from sentences import extracted, facts

SF = "Superior Court of California, County of San Francisco"
LA = "Superior Court of California, County of Los Angeles"


def _of(found: set[tuple[str, ...]], type_name: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in found if f[0] == type_name}


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Three drivers sued the ride app Wheelo in 2021. Last week a Superior Court judge in "
         "San Francisco dismissed the lawsuit.", SF),
        ("The parents filed their lawsuit against the chat app Murmly in Los Angeles Superior "
         "Court in 2022.", LA),
        ("Two sellers sued the marketplace Tradeloft in 2020. On Monday, Los Angeles Superior "
         "Court Judge Ann Bell denied the motion to dismiss the lawsuit.", LA),
        # a court that disagrees with a party, then rules
        ("Two sellers sued the marketplace Tradeloft in 2020. But a Superior Court judge in San "
         "Francisco disagreed, ruling that Section 230 protects Tradeloft from the claims.", SF),
    ],
)  # fmt: skip
def test_a_california_superior_court_by_its_seat(context, text, court) -> None:
    found = facts(context, text, "en")
    heard = _of(found, "HEARD_BY")
    assert {c for _, c in heard} == {court}
    (case,) = {c for c, _ in heard}
    assert case in {c for _, c in _of(found, "DEFENDANT_IN")}


@pytest.mark.parametrize(
    "text",
    [
        # California has 58 superior courts: the state alone names none
        "Two sellers sued the marketplace Tradeloft in 2020. A superior court in California "
        "dismissed the lawsuit last week.",
        # a party that disagrees is no court
        "Two sellers sued the marketplace Tradeloft in 2020. The sellers disagreed with "
        "Tradeloft about the fees.",
    ],
)
def test_no_court_when_the_text_names_none(context, text) -> None:
    assert not _of(facts(context, text, "en"), "HEARD_BY")


@pytest.mark.parametrize(
    ("text", "law", "jurisdiction"),
    [
        ("Britain's media regulator fined the forum Zorbo on Monday, the first penalty under "
         "the country's new Online Safety Act.", "Online Safety Act", "United Kingdom"),
        # a seat adjective is no second country
        ("Britain's media regulator fined the U.S.-based forum Zorbo, the first penalty under "
         "the country's new Online Safety Act.", "Online Safety Act", "United Kingdom"),
        ("Texas sued the app Quillo on Monday under the state's Deceptive Trade Practices Act.",
         "Deceptive Trade Practices Act", "Texas"),
        # quotation marks between the possessive and the law
        ("Ofcom, the regulator that enforces the UK's \u201cOnline Safety Act\u201d, opened "
         "an investigation into the forum Zorbo.", "Online Safety Act", "United Kingdom"),
    ],
)  # fmt: skip
def test_a_law_of_the_jurisdiction_pointed_back_to(context, text, law, jurisdiction) -> None:
    found = facts(context, text, "en")
    assert (law, jurisdiction) in _of(found, "IN_JURISDICTION")


def test_two_countries_leave_the_country_open(context) -> None:
    found = facts(
        context,
        "Britain and France criticised the forum Zorbo, which broke the country's new Online "
        "Safety Act.",
        "en",
    )
    assert not _of(found, "IN_JURISDICTION")


def test_a_judge_in_a_state_places_the_case(context) -> None:
    found = facts(
        context,
        "Four labels sued the cable company Wirecast in 2019. A federal judge in Virginia has "
        "ruled that Wirecast must pay $30 million to the labels.",
        "en",
    )
    (case,) = {c for _, c in _of(found, "DEFENDANT_IN")}
    assert _of(found, "IN_JURISDICTION") == {(case, "Virginia")}


@pytest.mark.parametrize(
    "text",
    [
        "Four labels sued the cable company Wirecast in 2019. Judges in Virginia have ruled "
        "against other cable companies.",
        "Four labels sued the cable company Wirecast in 2019. A lawyer in Virginia said that "
        "Wirecast must pay.",
    ],
)
def test_judges_in_general_or_lawyers_place_no_case(context, text) -> None:
    assert not _of(facts(context, text, "en"), "IN_JURISDICTION")


def _dates(context, text: str, language: str) -> dict[tuple[str, str], str | None]:
    """(type, source) -> date of the party facts."""
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name): r.date_on or r.date_from
        for r in relationships
        if r.type in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Utah is suing the game site Blockverse, claiming it fails to protect children. "
         "Attorney General Dana Reyes filed the lawsuit Thursday in Salt Lake County.", "en"),
        ("Utah sued the game site Blockverse over its chat rooms. The suit was filed in state "
         "court on June 15, 2023.", "en"),
    ],
)  # fmt: skip
def test_a_later_sentence_dates_the_filing(context, text, language) -> None:
    dates = _dates(context, text, language)
    assert dates[("DEFENDANT_IN", "Blockverse")] == "2023-06-15"  # PUBLISHED is a Thursday
    assert dates[("PLAINTIFF_IN", "State of Utah")] == "2023-06-15"


@pytest.mark.parametrize(
    "text",
    [
        # another case's filing
        "Utah sued the game site Blockverse. A similar lawsuit was filed in Texas on Thursday.",
        # no date in the filing's clause
        "Utah sued the game site Blockverse. The suit, which a judge will hear on Thursday, was "
        "filed in state court.",
    ],
)
def test_no_filing_date_from_another_case_or_clause(context, text) -> None:
    assert set(_dates(context, text, "en").values()) == {None}


def test_the_partys_own_dated_clause_wins(context) -> None:
    dates = _dates(
        context,
        "Utah sued the game site Blockverse on Monday. The suit was filed in state court on "
        "Thursday.",
        "en",
    )
    assert dates[("DEFENDANT_IN", "Blockverse")] == "2023-06-12"


@pytest.mark.parametrize(
    "text",
    [
        # the breach told before the fine that makes the case
        "The Commission found that the app store Shopzilla breached its duties under the "
        "Digital Markets Act. The Commission therefore fined Shopzilla 90 million euros.",
        # told plainly after it
        "The Commission fined the app store Shopzilla 90 million euros. Shopzilla breached "
        "the Digital Markets Act.",
    ],
)
def test_a_breach_by_a_fined_party_is_the_fines_law(context, text) -> None:
    found = facts(context, text, "en")
    (case,) = {c for _, c in _of(found, "DEFENDANT_IN")}
    assert ("INVOKES", case, "Digital Markets Act", "ruled") in found


@pytest.mark.parametrize(
    "text",
    [
        # the breaching party defends no case of the document
        "Utah sued the forum Zorbo in 2022. In 2019 the shop Quillo breached the GDPR.",
        # another case
        "Utah sued the forum Zorbo in 2022. In a similar case, Zorbo breached the GDPR.",
    ],
)
def test_a_breach_by_no_defendant_invokes_nothing(context, text) -> None:
    assert not _of(facts(context, text, "en"), "INVOKES")


def _status_of(found: set[tuple[str, ...]], type_name: str) -> set[str]:
    return {f[3] for f in found if f[0] == type_name}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the court decides the case; the service is the women's claim
        ("Fifty women sued the software firm Cloudnine in 2019. A state appeals court dismissed "
         "the lawsuit by the women claiming that Cloudnine had provided services to the "
         "classifieds site Adboard.", "alleged"),
        # told plainly beside a ruling
        ("Fifty women sued the card firm Paylane in 2020. The judge dismissed the lawsuit "
         "against Paylane, which processes payments for the video site Clipzone.",
         "established"),
    ],
)  # fmt: skip
def test_a_ruling_word_rules_the_case_not_the_service(context, text, status) -> None:
    assert _status_of(facts(context, text, "en"), "SERVICED") == {status}


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Two sellers sued the marketplace Tradeloft in 2020. U.S. District Judge Ann Bell in "
         "Santa Ana dismissed the lawsuit on Monday.",
         "United States District Court for the Central District of California"),
        ("Two sellers sued the marketplace Tradeloft in 2020. Federal Judge Carl J. Moss in "
         "Salt Lake City denied Tradeloft's motion to dismiss the lawsuit.",
         "United States District Court for the District of Utah"),
    ],
)  # fmt: skip
def test_a_judges_name_between_the_court_and_its_seat(context, text, court) -> None:
    entities, relationships = extracted(context, text, "en")
    heard = {entities[r.target].name for r in relationships if r.type == "HEARD_BY"}
    assert heard == {court}
    # the judge stays a person of his own, no party
    judges = [e for e in entities.values() if e.type == "Person"]
    assert len(judges) == 1
    assert not any(r.source == judges[0].key for r in relationships)


def test_a_law_of_several_parties_at_once(context) -> None:
    found = facts(
        context,
        "Ofcom started investigations into Zorbo Ltd and Quillo LLC in spring 2025. The regulator "
        "wants to know whether these services kept to their duties under the Online Safety Act.",
        "en",
    )
    cases = {c for _, c in _of(found, "DEFENDANT_IN")}
    assert len(cases) == 2
    assert _of(found, "INVOKES") == {(case, "Online Safety Act") for case in cases}


def test_a_law_of_one_party_stays_its_own(context) -> None:
    found = facts(
        context,
        "Ofcom started investigations into Zorbo Ltd and Quillo LLC in spring 2025. Zorbo Ltd "
        "breached the Online Safety Act.",
        "en",
    )
    invoked = _of(found, "INVOKES")
    assert len(invoked) == 1
    ((case, _),) = invoked
    assert ("Zorbo Ltd", case) in _of(found, "DEFENDANT_IN")
