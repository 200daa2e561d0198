"""The company a maker's or owner's phrase describes (issue #10), on sentences written for
these tests with invented names: in "sued Quillon Labs, the maker of the chatbot app
Quillon" the company is the party, not the app its description names (nor the app inside
the company's own name); in "the owner of the site X, Brevant B.V., was fined" the company
set off after the phrase is; and a role phrase that is a verb's object ("sued the founder of
the app X, Y") is said of the name after it, never of the verb's subject."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The FTC sued Quillon Labs, the maker of the chatbot app Quillon, in May.", "en"),
        ("In May the agency sued Quillon Labs, the developer of the popular dating app "
         "Quillon, over hidden fees.", "en"),
        ("The FTC sued Quillon Labs in May. Quillon Labs makes the chatbot app Quillon.", "en"),
        ("Het OM vervolgt Quillon Labs, de maker van de chatapp Quillon, voor oplichting.",
         "nl"),
    ],
)  # fmt: skip
def test_the_company_named_with_its_app_is_the_party_not_the_app(context, sentence, language):
    assert defendant_names(facts(context, sentence, language)) == {"Quillon Labs"}


@pytest.mark.parametrize(
    ("sentence", "language", "company"),
    [
        ("The maker of the app Quillon, Quillon Studios, was fined by the FTC.", "en",
         "Quillon Studios"),
        ("The FTC sued the operator of the dating site Quillon, Brevant Inc., in May.", "en",
         "Brevant Inc."),
        ("De maker van de app Quillon, Quillon Studios, is door de ACM beboet.", "nl",
         "Quillon Studios"),
        ("Het OM vervolgt de eigenaar van de site Quillon, Brevant B.V., voor oplichting.",
         "nl", "Brevant B.V."),
    ],
)  # fmt: skip
def test_the_company_apposed_to_a_makers_phrase_is_the_party(context, sentence, language, company):
    assert defendant_names(facts(context, sentence, language)) == {company}


@pytest.mark.parametrize(
    ("sentence", "language", "fact"),
    [
        ("The FTC sued the founder of the app Quillon, Tobin Hargrave, in May.", "en",
         ("FOUNDED", "Tobin Hargrave", "Quillon", "established")),
        ("Het OM vervolgt de oprichter van de app Quillon, Kees Vroom.", "nl",
         ("FOUNDED", "Kees Vroom", "Quillon", "established")),
        ("Het OM vervolgt de eigenaar van de site Quillon, Brevant B.V., voor oplichting.",
         "nl", ("OWNS", "Brevant B.V.", "Quillon", "established")),
    ],
)  # fmt: skip
def test_a_role_phrase_after_a_verb_is_said_of_the_name_after_it(context, sentence, language, fact):
    found = facts(context, sentence, language)
    assert fact in found
    role = {(t, s) for t, s, _, _ in found if t in ("FOUNDED", "OWNS")}
    assert role == {fact[:2]}  # not the verb's subject ("OWNS Openbaar Ministerie")


@pytest.mark.parametrize(
    ("sentence", "language", "fact"),
    [
        ("Tobin Hargrave, the founder of the app Quillon, was sued.", "en",
         ("FOUNDED", "Tobin Hargrave", "Quillon", "established")),
        ("Later the startup, led by former Quillon exec and co-founder Wenda Marsh, sued.",
         "en", ("FOUNDED", "Wenda Marsh", "Quillon", "established")),
        ("Brevant is de eigenaar van de site Quillon.", "nl",
         ("OWNS", "Brevant", "Quillon", "established")),
    ],
)  # fmt: skip
def test_a_role_said_in_apposition_or_by_copula_still_holds(context, sentence, language, fact):
    assert fact in facts(context, sentence, language)
