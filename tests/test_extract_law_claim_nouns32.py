"""A law's name right before a claim noun ("her Section 1595 claim", "haar AVG-claim")
names the law of the claim in the case the document tells of, also in a sentence that names
no party (issue #10, INVOKES recall); on sentences written for these tests with invented
names. Another case's claims ("other Section 230 claims") and a sentence without any case
before give nothing."""

from __future__ import annotations

from sentences import facts, invoked


def test_law_claim_of_the_case_told_of_en(context):
    text = "Dana Vale sued Brelco in May. Her Section 1595 claim survived the first hearing."
    assert ("Dana Vale v. Brelco", "18 U.S.C. § 1595") in invoked(facts(context, text, "en"))


def test_law_claim_of_the_case_told_of_nl(context):
    text = "Dana Vale klaagde Brelco in mei aan. Haar AVG-claim haalde de eerste zitting niet."
    found = invoked(facts(context, text, "nl"))
    assert ("Dana Vale v. Brelco", "General Data Protection Regulation") in found


def test_other_claims_and_no_case_give_nothing(context):
    text = "Dana Vale sued Brelco in May. Other Section 230 claims failed last year."
    assert not invoked(facts(context, text, "en"))
    text = "Congress passed FOSTA in 2018. Section 230 claims were common then."
    assert not invoked(facts(context, text, "en"))


def test_subsection_brackets_between_law_and_claim(context):
    text = "Dana Vale sued Brelco in May. The court weighed her section 1595(a) claim at length."
    assert ("Dana Vale v. Brelco", "18 U.S.C. § 1595") in invoked(facts(context, text, "en"))
