"""How a name ends (issue #10), on sentences written for these tests with invented firms:
a brand written as a word and then digits ("Tele2", "Studio71") is a name like any other one
word, also inside a list of parties; an apostrophe alone after a name's final s ("the
Kansas Court of Appeals' ruling", "Vortis Systems’ app") marks its owner and is no part of the
name, so a court keeps its own name and a firm keeps one name."""

from __future__ import annotations

import pytest
from sentences import defendant_names, entity_types, facts


@pytest.mark.parametrize(
    ("sentence", "language", "defendants"),
    [
        (
            "Brelco, Tavix2 and Quenda were fined by the Federal Trade Commission.",
            "en",
            {"Brelco", "Tavix2", "Quenda"},
        ),
        (
            "The Federal Trade Commission sued Studio71 and Quenda on Monday.",
            "en",
            {"Studio71", "Quenda"},
        ),
        ("Last year the Federal Trade Commission sued Morvane7.", "en", {"Morvane7"}),
        (
            "De Kansspelautoriteit heeft Brelco, Casino77 en Quenda beboet.",
            "nl",
            {"Brelco", "Casino77", "Quenda"},
        ),
        (
            "De ACM legt boetes op aan vier aanbieders. Brelco, Telvo2, Quenda en Marlix worden "
            "beboet voor misleidende prijzen.",
            "nl",
            {"Brelco", "Telvo2", "Quenda", "Marlix"},
        ),
    ],
)
def test_a_word_then_digits_is_a_party(context, sentence, language, defendants):
    assert defendant_names(facts(context, sentence, language)) == defendants


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling of flight A320 was noted by the Federal Trade Commission.",
        "The Federal Trade Commission sued Brelco over its GPT4 tool.",
    ],
)
def test_a_code_in_capitals_stays_no_name(context, sentence):
    names = entity_types(context, sentence, "en")
    assert "A320" not in names and "GPT4" not in names


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Mara Quist sued Brelco in March. Critics faulted the Kansas Court of Appeals’ "
            "ruling in the case.",
            "Kansas Court of Appeals",
        ),
        (
            "Mara Quist sued Brelco. Both sides read the Texas Court of Appeals' and the "
            "Arkansas Supreme Court's rulings.",
            "Texas Court of Appeals",
        ),
        (
            "Zorblat Networks was sued by Mara Quist in Texas. Lawyers for both sides praised "
            "the Supreme Court of Texas’ decision to hear the case.",
            "Supreme Court of Texas",
        ),
    ],
)
def test_a_courts_bare_possessive_is_no_part_of_its_name(context, text, court):
    names = entity_types(context, text, "en")
    assert names.get(court) == "Court"
    assert not any(name.endswith(("'", "’")) for name in names)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mara Quist sued Vortis Systems on Monday. Vortis Systems’ app was faulted.", "en"),
        ("Mara Quist sued Vortis Systems on Monday; she said Vortis Systems' staff lied.", "en"),
        ("Mara Quist daagde Vortis Systems voor de rechter. Vortis Systems' app lekte.", "nl"),
        ("De ACM beboette Vortis Systems. Volgens de ACM schond Vortis Systems’ app de wet.", "nl"),
    ],
)
def test_a_firms_bare_possessive_keeps_one_name(context, text, language):
    names = entity_types(context, text, language)
    assert "Vortis Systems" in names
    assert not any(name.endswith(("'", "’")) for name in names)


@pytest.mark.parametrize(
    ("sentence", "language", "defendant"),
    [
        ("Mara Quist sued 9vault Media Inc. in March.", "en", "9vault Media Inc."),
        ("Last year Tobin Harrow sued 42trove Holdings LLC in Ohio.", "en", "42trove Holdings LLC"),
        (
            "Mara Quist heeft 050Brelco Development B.V. gedagvaard.",
            "nl",
            "050Brelco Development B.V.",
        ),
        (
            "In de zaak van MARA QUIST tegen 7SKEIN HOSTING B.V. oordeelde de rechtbank.",
            "nl",
            "7SKEIN HOSTING B.V.",
        ),
    ],
)
def test_a_company_named_digits_first_keeps_its_whole_name(context, sentence, language, defendant):
    assert defendant_names(facts(context, sentence, language)) == {defendant}
