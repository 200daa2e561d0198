"""A vendor's own announcement that it ends a service, reported with "would" (issue #10):
"the processor X said it would stop processing payments for Y" is the reported form of "X
will stop ...", the vendor's announcement of its own act (docs/annotation.md, status), so it
is SERVICED like "will"; "would" stays a guess everywhere else: a plan to sue, a condition,
a modal with no speaker's pronoun before it. Sentences written for these tests, with
invented names."""

from __future__ import annotations

import pytest
from sentences import facts


def _served(found: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] == "SERVICED"}


@pytest.mark.parametrize(
    ("sentence", "vendor", "site"),
    [
        (
            "The payment processor Quillpay said it would stop processing payments for the "
            "forum Zorbix.",
            "Quillpay",
            "Zorbix",
        ),
        (
            "Hosting provider Nimbra announced it would end its hosting of the imageboard Drellon.",
            "Nimbra",
            "Drellon",
        ),
        (
            "The card network Visa said that it would suspend acceptance on the "
            "video site Plumtube.",
            "Visa",
            "Plumtube",
        ),
        (
            "In a blog post the registrar Ventrik wrote it would terminate its services to "
            "the chat app Yammo.",
            "Ventrik",
            "Yammo",
        ),
    ],
)
def test_a_vendor_saying_it_would_end_its_service_serviced_the_site(
    context, sentence, vendor, site
):
    assert _served(facts(context, sentence, "en")) == {("SERVICED", vendor, site, "established")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan to sue is no suit, and no service either
        "The forum Zorbix said it would sue the payment processor Quillpay over the ban.",
        # a condition: nothing happened
        "The payment processor Quillpay would stop processing payments for the forum Zorbix "
        "if regulators asked.",
        # no speaker's pronoun before the modal: a guess
        "Analysts expect that the processor Quillpay would stop processing payments for the "
        "forum Zorbix.",
    ],
)
def test_would_without_a_speakers_pronoun_stays_a_guess(context, sentence):
    found = facts(context, sentence, "en")
    assert not _served(found)
    assert not {f for f in found if f[0] == "DEFENDANT_IN"}
