"""Wrong SERVICED, OWNS and PROMPTED facts from how a rule's ends are chosen (issue #10).

- Names that one conjunction joins ("A and B", "A en B") take one role in their clause
  together: a rule whose ends are picked by type and nearness ("any") made one the vendor of
  the other ("Zorblat, which operates Quillchat and Vindr over claims the sites hosted ...").
- A left end is not taken across a clause boundary when the trigger's clause opens with a
  subject of its own that names nothing ("noting that ... whose conduct triggers X"), unless
  that noun phrase is a name's apposition ("Paylex, the card processing giant").
- "Trigger" with an exception, a provision or liability tells a law that applies, no law that
  was made: no PROMPTED.
- A possessive noun phrase ("its international network") whose sentence names a fitting
  possessor before it is that possessor's own: it does not point back to a site told of in
  an earlier sentence.
"""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _types(found: set[tuple[str, ...]], *kinds: str) -> set[tuple[str, ...]]:
    return {f for f in found if f[0] in kinds}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The forum Quillchat and the hosting company Vindr hosted abusive material.", "en"),
        ("The payment processor Quillpay and the app Zorbchat processed payments.", "en"),
        ("Het forum Quillchat en hostingbedrijf Vindr hostten illegaal materiaal.", "nl"),
        ("De betaaldienst Quillpay en de app Zorbchat verwerkten betalingen.", "nl"),
    ],
)
def test_coordinated_names_are_not_each_others_vendor(context, sentence, language):
    assert _types(facts(context, sentence, language), "SERVICED") == set()


def test_the_owner_of_coordinated_sites_still_owns_both(context):
    found = facts(
        context,
        "The regulator announced an order against Zorblat Holdings, which operates the sites "
        "Quillchat and Vindr over claims the sites hosted abusive material.",
        "en",
    )
    assert {(k, s, t) for k, s, t, _ in _types(found, "OWNS", "SERVICED")} == {
        ("OWNS", "Zorblat Holdings", "Quillchat"),
        ("OWNS", "Zorblat Holdings", "Vindr"),
    }


def test_a_role_noun_between_coordinated_names_still_names_the_owner(context):
    found = facts(context, "Pornhub and parent company MindGeek were sued.", "en")
    assert ("OWNS", "Aylo", "Pornhub", "established") in found


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Quillpay processed payments for Zorbchat.", "en", "Zorbchat"),
        ("Quillpay verwerkte betalingen voor Zorbchat.", "nl", "Zorbchat"),
        (
            "Payment processors Quillpay and Paylex stopped processing payments for Zorbchat.",
            "en",
            "Zorbchat",
        ),
    ],
)
def test_a_processor_still_serves_its_customer(context, sentence, language, expected):
    found = _types(facts(context, sentence, language), "SERVICED")
    assert found and {target for _, _, target, _ in found} == {expected}


def test_coordinated_vendors_each_serve_the_customer(context):
    found = facts(
        context,
        "Payment processors Quillpay and Paylex stopped processing payments for Zorbchat.",
        "en",
    )
    assert {(s, t) for kind, s, t, _ in found if kind == "SERVICED"} == {
        ("Quillpay", "Zorbchat"),
        ("Paylex", "Zorbchat"),
    }


def test_a_provision_triggered_by_conduct_is_no_law_prompted(context):
    found = facts(
        context,
        "Judge Dana Pell issued a statement, noting that the statute is clear about whose "
        "conduct triggers Section 230 exceptions.",
        "en",
    )
    assert _types(found, "PROMPTED") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbchat triggered Section 230 exceptions.",
        "Zorbchat triggered liability under Section 230.",
    ],
)
def test_triggering_an_exception_or_liability_is_no_prompting(context, sentence):
    assert _types(facts(context, sentence, "en"), "PROMPTED") == set()


def test_liability_led_to_in_dutch_is_no_prompting(context):
    found = facts(context, "Backpage leidde tot aansprakelijkheid onder FOSTA.", "nl")
    assert _types(found, "PROMPTED") == set()


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The Backpage scandal led to FOSTA.", "en"),
        ("Backpage, which was shut down in 2018, led to FOSTA.", "en"),
        ("Backpage triggered FOSTA.", "en"),
        ("Backpage leidde tot FOSTA.", "nl"),
    ],
)
def test_a_platform_still_prompts_a_law(context, sentence, language):
    assert _types(facts(context, sentence, language), "PROMPTED") == {
        ("PROMPTED", "Backpage", "FOSTA", "established")
    }


def test_a_cause_of_another_clause_is_no_prompter(context):
    found = facts(context, "Zorbchat was fined after the scandal led to the Zorb Act.", "en")
    assert _types(found, "PROMPTED") == set()


def test_an_apposition_of_the_processor_is_no_clause_of_its_own(context):
    found = facts(
        context,
        "Claims were filed against Zorblat Holdings, the parent company of the app Quillchat, "
        "and Paylex, the payment processing giant.",
        "en",
    )
    assert ("OWNS", "Zorblat Holdings", "Quillchat", "established") in found


def test_its_network_is_the_vendors_own_not_an_earlier_site(context):
    text = (
        "The app Quillchat was sued. Her lawyers wanted to hold the payment processor Paylex "
        "accountable for card payment processing over its international network."
    )
    assert _types(facts(context, text, "en"), "SERVICED") == set()


def test_its_app_still_points_back_to_the_owners_platform(context):
    text = "Zorblat Holdings owns the app Quillchat. Paylex processed payments for its app."
    found = _types(facts(context, text, "en"), "SERVICED")
    assert {(s, t) for _, s, t, _ in found} == {("Paylex", "Quillchat")}


def test_a_comma_before_and_closes_an_aside_not_a_list(context):
    # the parent company's apposition ends at the comma: the processor after "and" is the
    # second party, neither owned nor a second vendor beside the site
    found = facts(
        context,
        "Claims were filed against Zorblat Holdings, the parent company of Quillchat, and "
        "Paylex, the card payment processing giant.",
        "en",
    )
    owned = {t for k, s, t, _ in found if k == "OWNS"}
    vendors = {s for k, s, t, _ in found if k == "SERVICED"}
    assert "Paylex" not in owned
    assert "Quillchat" not in vendors


def test_a_serial_comma_still_lists(context):
    found = facts(
        context, "Paylex stopped processing payments for Quillchat, Vindr, and Plimo.", "en"
    )
    assert {t for k, _, t, _ in found if k == "SERVICED"} == {"Quillchat", "Vindr", "Plimo"}


@pytest.mark.parametrize("reference", [True, False])
def test_platforms_owned_by_a_company_name_no_platform(reference):
    context = reference_context(reference)
    found = facts(
        context,
        "Her lawyers wanted to hold Paylex accountable for payment processing in relation to "
        "purchases made on platforms owned by Zorblat Holdings.",
        "en",
    )
    assert _types(found, "OWNS") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillchat, a platform owned by Zorblat Holdings, was sued.",
        "Quillchat is one of several sites owned by Zorblat Holdings.",
        "Zorblat Holdings purchased the app Quillchat in 2019.",
    ],
)
def test_an_owned_platform_is_still_owned(context, sentence):
    found = facts(context, sentence, "en")
    assert {(k, s, t) for k, s, t, _ in _types(found, "OWNS")} == {
        ("OWNS", "Zorblat Holdings", "Quillchat")
    }


def test_coordinated_over_an_apposition_are_not_owner_and_owned(context):
    found = facts(
        context,
        "Quillchat, the popular dating app, and Zorblat Group, which owns another popular "
        "dating app, Vindr, are in a public dispute.",
        "en",
    )
    assert ("OWNS", "Zorblat Group", "Quillchat", "established") not in found


def test_a_relative_of_a_bare_noun_takes_no_end_from_before(context):
    found = facts(
        context,
        "Velmora gave prosecutors more power to pursue websites that host abusive ads and "
        "lets state attorneys general sue those sites.",
        "en",
    )
    assert _types(found, "SERVICED") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The hosting company Vindr runs servers that host the forum Quillchat.",
        "Vindr, which hosts the forum Quillchat, was sued.",
    ],
)
def test_a_host_still_hosts_its_object(context, sentence):
    found = _types(facts(context, sentence, "en"), "SERVICED")
    assert {(s, t) for _, s, t, _ in found} == {("Vindr", "Quillchat")}


def test_a_names_apposition_with_a_relative_still_owns(context):
    found = facts(
        context, "The suit names Zorblat Holdings, the company that owns Quillchat.", "en"
    )
    assert ("OWNS", "Zorblat Holdings", "Quillchat", "established") in found
