"""A founder or owner named right after "<role> of <one-word name>" without a comma (issue
#10, FOUNDED and OWNS recall), on sentences written for these tests with invented names:
"oprichter van Quillo Joost Brink" is Joost Brink, founder of Quillo, not one name "Quillo
Joost Brink"; a longer run is never cut so, nor an organisation's name."""

from __future__ import annotations

from sentences import facts


def test_founder_of_one_word_name_then_person_nl(context):
    found = facts(
        context, "Na de uitspraak betaalde oprichter van Quillo Joost Brink de boete zelf.", "nl"
    )
    assert ("FOUNDED", "Joost Brink", "Quillo", "established") in found


def test_co_owner_of_one_word_name_then_person_nl(context):
    found = facts(
        context, "Gisteren hoorde mede-eigenaar van Quillo Bram van der Veld zijn straf.", "nl"
    )
    assert ("OWNS", "Bram van der Veld", "Quillo", "established") in found


def test_founder_of_one_word_name_then_person_en(context):
    found = facts(context, "The founder of Quillo Tamsin Orr was arrested in May.", "en")
    assert ("FOUNDED", "Tamsin Orr", "Quillo", "established") in found


def test_no_cut_in_a_longer_run_or_a_company_name(context):
    assert not facts(context, "The owner of Quillo Media Group was arrested in May.", "en")
    assert not facts(context, "The owner of Pirate Cove Dana Vale was arrested in May.", "en")
    found = facts(context, "The founder of Brelco Mercantile Exchange pleaded guilty in May.", "en")
    assert not any(source == "Mercantile Exchange" for _, source, _, _ in found)
