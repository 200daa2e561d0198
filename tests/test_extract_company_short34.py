"""A company named in full and then by the first word of its name is one company (issue
#10): "Velmor Media sued Zorbix Networks LLC. Zorbix hosted the site Quillchat." made
"Zorbix" a second company, so its facts and cases did not join the full name's (a suit
told first without its bringer stayed a case of its own). The first word of a name no list
knows that ends in a legal form or a company word is learnt as that company's short name,
as a person's surname is, unless two companies' names open with it."""

from __future__ import annotations

import pytest
from sentences import facts, sued

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "text, language, full",
    [
        (
            "Velmor Media sued Zorbix Networks LLC in May. Zorbix hosted the site Quillchat.",
            "en",
            "Zorbix Networks LLC",
        ),
        (
            "Zorbix Media Ltd. hosted the forum Quillchat. In May, Velmor Media sued Zorbix.",
            "en",
            "Zorbix Media Ltd.",
        ),
        (
            "Stichting Velmor daagde Zorbix Networks B.V. in mei voor de rechter. Zorbix hostte "
            "het forum Quillchat.",
            "nl",
            "Zorbix Networks B.V.",
        ),
    ],
)
def test_the_short_name_is_the_company(context, text, language, full):
    found = facts(context, text, language)
    assert ("SERVICED", full, "Quillchat", "established") in found
    assert not any("Zorbix" in (a, b) for _, a, b, _ in found)


def test_a_suit_told_first_without_its_bringer_joins_the_named_suit(context):
    found = facts(
        context,
        "A judge granted defendant Zorbix Networks LLC's motion to dismiss. Velmor Media last "
        "year sued several hosting providers, including Zorbix.",
        "en",
    )
    assert found == sued("Velmor Media", "Zorbix Networks LLC")


def test_a_word_that_opens_two_companies_names_stays_apart(context):
    found = facts(
        context,
        "Velmor Media sued Zorbix Networks LLC and Zorbix Payments Ltd. in May. Zorbix hosted "
        "the site Quillchat.",
        "en",
    )
    assert ("SERVICED", "Zorbix", "Quillchat", "established") in found
