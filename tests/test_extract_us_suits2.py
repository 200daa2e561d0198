"""US suits against platforms on sentences written for these tests (issue #10): who is no
party (counsel, a name inside "the creator of X", a group that only backs a suit), what is no
event (a gerund subject, "X's own"), where a case is (a person's home state is not its place;
"a state court in Delaware" is), co-defendants joined by a parent-company phrase with a
nationality adjective, and the status of a guilty plea (the party's admission: established)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _parties(found, kind):
    return {s for t, s, _, _ in found if t == kind}


def test_counsel_named_by_represented_by_is_no_party(context):
    found = facts(
        context,
        "The defendants are Zorblat and Quarn, represented by Hale & Dorr. Plaintiffs were "
        "represented by Brisk + Vale.",
        "en",
    )
    assert {"Zorblat", "Quarn"} <= _parties(found, "DEFENDANT_IN")
    names = {s for _, s, _, _ in found} | {c for _, _, c, _ in found}
    assert not any("Hale" in n or "Dorr" in n or "Brisk" in n or "Vale" in n for n in names)


def test_dutch_counsel_after_bijgestaan_door_is_no_party(context):
    found = facts(
        context,
        "De gedaagden zijn Zorblat en Quarn, vertegenwoordigd door Hale & Dorr.",
        "nl",
    )
    assert {"Zorblat", "Quarn"} <= _parties(found, "DEFENDANT_IN")
    assert not any("Hale" in s or "Dorr" in s for _, s, _, _ in found)


def test_a_dismissal_of_claims_from_the_suit_dismisses_no_party(context):
    found = facts(
        context,
        "In Ann Roe v. Quarn, a suit backed by the Brightline Foundation, the appeals court "
        "dismissed two more claims from the suit.",
        "en",
    )
    assert "Brightline Foundation" not in _parties(found, "DEFENDANT_IN")


def test_the_holder_of_a_role_of_a_site_is_sentenced_not_the_site(context):
    found = facts(
        context,
        "The creator and chief operator of the Quarnhub marketplace has been sentenced to "
        "life in prison.",
        "en",
    )
    assert "Quarnhub" not in _parties(found, "DEFENDANT_IN")
    found = facts(context, "Ann Roe, the owner of Zorblat, was charged with fraud.", "en")
    assert ("DEFENDANT_IN", "Ann Roe") in {(t, s) for t, s, _, _ in found}
    assert "Zorblat" not in _parties(found, "DEFENDANT_IN")


def test_dutch_maker_of_a_site_is_the_suspect_not_the_site(context):
    found = facts(context, "De beheerder van Quarnhub is veroordeeld tot vier jaar cel.", "nl")
    assert "Quarnhub" not in _parties(found, "DEFENDANT_IN")


def test_a_gerund_subject_is_no_sentencing(context):
    found = facts(
        context,
        "The judge said sentencing was hard: over 100 people had written letters for Ann Roe.",
        "en",
    )
    assert not _parties(found, "DEFENDANT_IN")


def test_a_names_own_is_no_ownership(context):
    found = facts(
        context,
        "As Quarn's Daily Picks (QDP) feed chooses videos, it counts as Quarn's own speech.",
        "en",
    )
    assert not any(t == "OWNS" for t, _, _, _ in found)


def test_a_plaintiffs_home_state_in_commas_is_not_the_case_place(context):
    found = facts(
        context,
        "Ann Roe, of Ohio, filed a lawsuit against Zorblat in Texas.",
        "en",
    )
    places = {c for t, _, c, _ in found if t == "IN_JURISDICTION"}
    assert places == {"Texas"}
    assert ("PLAINTIFF_IN", "Ann Roe") in {(t, s) for t, s, _, _ in found}


def test_a_state_court_in_a_state_places_the_case(context):
    found = facts(
        context, "Two families filed a lawsuit against Zorblat in a state court in Delaware.", "en"
    )
    assert ("IN_JURISDICTION", "Delaware") in {(t, c) for t, _, c, _ in found}
    found = facts(
        context, "Many lawsuits against Zorblat are pending in state courts in California.", "en"
    )
    assert not any(t == "IN_JURISDICTION" for t, _, _, _ in found)


def test_a_parent_company_with_a_nationality_adjective_is_a_codefendant(context):
    found = facts(
        context, "Ann Roe sued Quarn and its Chinese parent company Zorblat last year.", "en"
    )
    assert {"Quarn", "Zorblat"} <= _parties(found, "DEFENDANT_IN")
    assert ("OWNS", "Zorblat", "Quarn", "established") in found


def test_dutch_parent_company_with_a_nationality_adjective_is_a_codefendant(context):
    found = facts(
        context,
        "Ann Roe klaagt Quarn en zijn Chinese moederbedrijf Zorblat aan.",
        "nl",
    )
    assert {"Quarn", "Zorblat"} <= _parties(found, "DEFENDANT_IN")


def test_the_company_never_points_back_to_a_department(context):
    found = facts(
        context,
        "The Justice Department sued Quarn on Friday, accusing the company of breaking the law.",
        "en",
    )
    assert "U.S. Department of Justice" not in _parties(found, "DEFENDANT_IN")
    assert "U.S. Department of Justice" in _parties(found, "PLAINTIFF_IN")


def test_a_guilty_plea_is_established_and_a_sentence_ruled(context):
    assert ("DEFENDANT_IN", "Zorblat LLC", "Prosecution v. Zorblat LLC", "established") in facts(
        context, "Zorblat LLC has entered a guilty plea.", "en"
    )
    found = facts(context, "Ann Roe pleaded guilty to fraud on Monday.", "en")
    assert {st for t, s, _, st in found if t == "DEFENDANT_IN" and s == "Ann Roe"} == {
        "established"
    }
    found = facts(context, "Ann Roe pleaded guilty and was sentenced to five years.", "en")
    assert {st for t, s, _, st in found if t == "DEFENDANT_IN" and s == "Ann Roe"} == {"ruled"}


def test_a_name_before_press_release_is_no_party(context):
    found = facts(
        context,
        "A Quarn press release said several entities, including Zorblat LLC, have entered "
        "guilty pleas.",
        "en",
    )
    assert _parties(found, "DEFENDANT_IN") == {"Zorblat LLC"}


def test_a_participle_after_a_group_noun_has_the_group_as_subject(context):
    found = facts(
        context,
        "Lawmakers asked whether Congress foresaw sites like Quarnhub that recommend videos "
        "to users using complex software.",
        "en",
    )
    assert not any(t == "SERVICED" for t, _, _, _ in found)


def test_the_supreme_court_written_short_is_the_court_named_before(context):
    found = facts(
        context,
        "The U.S. Supreme Court asked the government for its views on the case of Zorblat "
        "against Ann Roe. The case was heard by the Supreme Court.",
        "en",
    )
    courts = {c for t, _, c, _ in found if t == "HEARD_BY"}
    assert courts == {"Supreme Court of the United States"}


def test_a_name_before_mastermind_is_no_defendant(context):
    found = facts(
        context,
        "Hal Brent, the attorney representing convicted Quarnhub mastermind Ann Roe, spoke "
        "outside the courthouse.",
        "en",
    )
    assert _parties(found, "DEFENDANT_IN") == {"Ann Roe"}


def test_a_state_supreme_court_is_not_the_supreme_court_written_short(context):
    found = facts(
        context,
        "In 1995 the New York Supreme Court held a service liable. This week the Supreme "
        "Court hears Ann Roe v. Quarn.",
        "en",
    )
    assert "New York Supreme Court" not in {c for t, _, c, _ in found if t == "HEARD_BY"}


def test_an_indefinite_decision_of_a_court_is_another_cases(context):
    found = facts(
        context,
        "Ann Roe sued Quarn in 2022. The appeals court revived the lawsuit. This ruling is based "
        "on a recent Supreme Court decision that held that a site's feed is its own speech.",
        "en",
    )
    assert not any(t == "HEARD_BY" for t, _, _, _ in found)


def test_dutch_an_indefinite_judgment_of_a_court_is_another_cases(context):
    found = facts(
        context,
        "Ann Roe klaagt Quarn aan. De rechter baseerde zich op een eerder arrest van de Hoge "
        "Raad dat oordeelde dat platforms aansprakelijk zijn.",
        "nl",
    )
    assert not any(t == "HEARD_BY" for t, _, _, _ in found)


@pytest.mark.parametrize(
    ("written", "court"),
    [
        (
            "the Virginia Eastern District Court",
            "United States District Court for the Eastern District of Virginia",
        ),
        ("the Oregon District Court", "United States District Court for the District of Oregon"),
        ("the Texas District Court", "Texas District Court"),  # several districts: none named
        ("the Harrison County District Court", "Harrison County District Court"),
    ],
)
def test_a_district_court_written_state_first_is_the_federal_court(written, court):
    found = facts(reference_context(False), f"Ann Roe sued Quarn in {written}.", "en")
    assert {c for t, _, c, _ in found if t == "HEARD_BY"} == {court}
