"""An authority's accusation is its proceeding (issue #10), on sentences written for these
tests with invented firms, in English and Dutch: "The Federal Trade Commission accused
Zorblat Labs of deceiving parents" names the Commission's case against Zorblat Labs, the
Commission bringing it and the firm, accused, defending it ("De Autoriteit Consument en
Markt beschuldigt ..." alike). A private party's accusation ("Brelco accused Zorblat Labs of
copying its design") still names no case unless one is told of."""

from __future__ import annotations

from sentences import facts, sued


def test_a_regulator_accusing_brings_a_case(context):
    found = facts(
        context, "The Federal Trade Commission accused Zorblat Labs of deceiving parents.", "en"
    )
    assert sued("Federal Trade Commission", "Zorblat Labs") <= found


def test_a_state_office_accusing_brings_a_case(context):
    found = facts(
        context,
        "On Tuesday the Securities and Exchange Commission accused Quillbase of misleading "
        "investors about its chat app.",
        "en",
    )
    assert sued("Securities and Exchange Commission", "Quillbase") <= {
        (k, s, t.removesuffix(" (2023)"), st) for k, s, t, st in found
    }


def test_a_rival_accusing_names_no_case(context):
    found = facts(context, "Brelco accused Zorblat Labs of copying its design.", "en")
    assert not {f for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}


def test_a_dutch_regulator_accusing_brings_a_case(context):
    found = facts(
        context, "De Autoriteit Consument en Markt beschuldigt Zorblat Labs van misleiding.", "nl"
    )
    assert sued("Autoriteit Consument en Markt", "Zorblat Labs") <= found


def test_a_dutch_rival_accusing_names_no_case(context):
    found = facts(context, "Brelco beschuldigt Zorblat Labs van het kopiëren van zijn app.", "nl")
    assert not {f for f in found if f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN")}
