"""An office investigating companies, and the companies a list names after a described
object (issue #10), on sentences written for these tests with invented names:

- "the state of X is investigating Y", "de ACM onderzoekt Y", "Y is being investigated by the FTC": the office's
  investigation is its case against Y; "researchers investigated Y" names no office and
  tells no case;
- "sued more than a dozen companies for privacy failures, including A and B": the parties
  are the names the list gives, however long the object's description before it."""

from __future__ import annotations

import pytest
from sentences import facts


def parties(found, kind):
    return {s for k, s, _, _ in found if k == kind}


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        (
            "The state of Ohio is investigating Zorblat Labs over its handling of data.",
            "State of Ohio",
        ),
        (
            "Zorblat Labs is being investigated by the Federal Trade Commission.",
            "Federal Trade Commission",
        ),
    ],
)
def test_office_investigating_a_company_brings_a_case(context, text, plaintiff):
    found = facts(context, text, "en")
    assert parties(found, "PLAINTIFF_IN") == {plaintiff}
    assert parties(found, "DEFENDANT_IN") == {"Zorblat Labs"}


@pytest.mark.parametrize(
    "text",
    [
        "Researchers investigated Zorblat Labs last year.",
        "Police are investigating the break-in at the Zorblat Labs office.",
        "The state of Ohio is investigating whether Zorblat Labs misled users.",
    ],
)
def test_investigation_without_office_or_party_is_no_case(context, text):
    found = facts(context, text, "en")
    assert not parties(found, "PLAINTIFF_IN")
    if "whether" not in text:
        assert not parties(found, "DEFENDANT_IN")


@pytest.mark.parametrize(
    "text",
    [
        "The state of Ohio sued more than a dozen companies, including Zorblat Labs and Quendix.",
        "Ohio Attorney General Dana Morrow said that she is investigating a dozen companies "
        "for data protection failures, including Zorblat Labs and Quendix.",
    ],
)
def test_included_list_after_long_description(context, text):
    found = facts(context, text, "en")
    assert parties(found, "PLAINTIFF_IN") == {"State of Ohio"}
    assert {"Zorblat Labs", "Quendix"} <= parties(found, "DEFENDANT_IN")


def test_description_phrase_without_comma_lists_no_one(context):
    text = "The state of Ohio sued two firms over ads on apps including Quendix."
    assert "Quendix" not in parties(facts(context, text, "en"), "DEFENDANT_IN")


@pytest.mark.parametrize(
    ("text", "plaintiff"),
    [
        ("De ACM onderzoekt Zorblat Labs al maanden.", "Autoriteit Consument en Markt"),
        (
            "Zorblat Labs wordt onderzocht door de Autoriteit Persoonsgegevens.",
            "Autoriteit Persoonsgegevens",
        ),
    ],
)
def test_dutch_office_investigating_a_company_brings_a_case(context, text, plaintiff):
    found = facts(context, text, "nl")
    assert parties(found, "PLAINTIFF_IN") == {plaintiff}
    assert parties(found, "DEFENDANT_IN") == {"Zorblat Labs"}


@pytest.mark.parametrize(
    "text",
    [
        "Onderzoekers onderzochten Zorblat Labs vorig jaar.",
        # (an office's investigation of whether X broke the rules is its case against X:
        # tests/test_extract_counted_members38.py)
        "De provincie onderzoekt of Zorblat Labs de regels overtrad.",
    ],
)
def test_dutch_investigation_without_office_or_party_is_no_case(context, text):
    assert not parties(facts(context, text, "nl"), "PLAINTIFF_IN")
