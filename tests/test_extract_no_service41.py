"""SERVICED read where no vendor serves (issue #10), in sentences written for these tests with
invented names: a platform's own hosting after its possessive ("its hosting of adult titles")
names no host, a chatbot "providing instructions" provides no service, and a company's
possessive before its chatbot's name owns it ("Quillon's Brello chatbot")."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Platform Brelloshop faced pressure over its hosting of NSFW titles.", "en"),
        ("Platform Brelloshop faced pressure over its hosting of Quavo titles.", "en"),
        ("Praatplein ligt onder vuur om zijn hosten van Quavo-titels.", "nl"),
        ("Mara Quist sued Quillon in 2025, alleging that the company's Brello chatbot "
         "encouraged her son by providing detailed instructions.", "en"),
    ],
)  # fmt: skip
def test_no_vendor_serves_here(context, text, language):
    assert not any(kind == "SERVICED" for kind, _, _, _ in facts(context, text, language))


@pytest.mark.parametrize(
    ("text", "language", "vendor", "platform"),
    [
        ("Quavo provided hosting to Brelloshop.", "en", "Quavo", "Brelloshop"),
        ("Brelloshop was hosted by Quavo.", "en", "Quavo", "Brelloshop"),
        ("Wolkdata levert hosting aan Praatplein.", "nl", "Wolkdata", "Praatplein"),
    ],
)  # fmt: skip
def test_a_vendor_s_service_is_still_read(context, text, language, vendor, platform):
    assert ("SERVICED", vendor, platform, "established") in facts(context, text, language)


def test_a_company_s_possessive_before_its_chatbot_owns_it(context):
    text = "Mara Quist sued Quillon in 2025, alleging that Quillon's Brello chatbot harmed her son."
    assert ("OWNS", "Quillon", "Brello", "established") in facts(context, text, "en")
