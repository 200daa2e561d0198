"""False positives of four classes seen on unseen real text (issue #10), on sentences written
for these tests with invented names:
- a law after "under" but past a contrast or a time clause ("under the old DPA 1998 rather
  than GDPR", "because the leak occurred before GDPR took effect"): not the law applied;
- a hope, an ability or a plan stated, no act ("hoped to buy X", "the parties can file a
  suit against X", "hoopte X te kunnen overnemen");
- an attempt ("in a bid to keep control of the market"), which names no owner
  ("controls the app X" still does);
- a known company name with a country's name or code after it ("Facebook Ireland Limited",
  "Twitter NL"): the company's national arm, neither the platform (nor a reference case of
  the platform) nor a second name "Ireland Limited"."""

from __future__ import annotations

import pytest
from sentences import facts


def _types(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, str]]:
    return {(s, t) for k, s, t, _ in found if k == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry into Quorra Ltd ran under the old DPA 1998 rather than under GDPR, since "
        "the lapses predate the newer law.",
        "The watchdog fined Quorra Ltd £40,000 in May 2019 (under the DPA 1998 because the "
        "leak occurred before GDPR took effect).",
        "The authority fined Quorra Ltd under the old DPA 1998 instead of GDPR.",
        "Quorra Ltd was fined under a national privacy statute rather than GDPR last year.",
    ],
)
def test_a_law_past_a_contrast_or_a_time_clause_is_not_invoked(context, sentence):
    found = facts(context, sentence, "en")
    assert not any(
        k == "INVOKES" and t == "General Data Protection Regulation" for k, _, t, _ in found
    )
    assert any(k == "DEFENDANT_IN" and s == "Quorra Ltd" for k, s, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "laws"),
    [
        (
            "Zintchat sued Quorra Ltd under Section 230.",
            {"Section 230"},
        ),
        (
            "The families sued Zintchat under the federal Trafficking Victims Protection "
            "Reauthorization Act.",
            {"Trafficking Victims Protection Reauthorization Act"},
        ),
        (
            "The state sued Zintchat under both the Consumer Sales Practices Act and the "
            "Children's Online Privacy Protection Act.",
            {"Consumer Sales Practices Act", "Children's Online Privacy Protection Act"},
        ),
    ],
)
def test_the_laws_right_after_under_are_still_invoked(context, sentence, laws):
    found = facts(context, sentence, "en")
    assert {t for _, t in _types(found, "INVOKES")} == laws


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Under the agency's rules, the parties can file a lawsuit against Quorra Ltd in a "
            "district court.",
            "en",
        ),
        ("Victims can sue Quorra Ltd under the new statute.", "en"),
        ("Zintchat was hoping to sue Quorra Ltd before the summer.", "en"),
        ("Slachtoffers kunnen Quorra B.V. voor de rechter dagen.", "nl"),
        ("Het Openbaar Ministerie hoopte Quorra B.V. te vervolgen.", "nl"),
    ],
)
def test_a_suit_that_can_be_or_is_hoped_for_is_no_suit(context, sentence, language):
    found = facts(context, sentence, language)
    assert not any(k in ("DEFENDANT_IN", "PLAINTIFF_IN") for k, _, _, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Quorra Ltd hopes to acquire the dating app Zintchat next year.", "en"),
        ("Quorra Ltd hoped it could buy the dating app Zintchat cheaply.", "en"),
        (
            "Door de keuring te vertragen, hoopte Quorra dat het de app Zintchat goedkoop kon "
            "overnemen.",
            "nl",
        ),
        ("Quorra hoopt de datingapp Zintchat volgend jaar over te nemen.", "nl"),
    ],
)
def test_a_hoped_for_takeover_is_no_ownership(context, sentence, language):
    assert not _types(facts(context, sentence, language), "OWNS")


def test_a_plain_takeover_is_still_ownership(context):
    found = facts(context, "Quorra Ltd acquired the dating app Zintchat in 2020.", "en")
    assert _types(found, "OWNS") == {("Quorra Ltd", "Zintchat")}
    found = facts(context, "Quorra nam de datingapp Zintchat in 2020 over.", "nl")
    assert _types(found, "OWNS") == {("Quorra", "Zintchat")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator found that Orvane urged studios to release their titles only on "
        "Zintchat Play in a bid to keep control over the local app market.",
        "The parents say they have no control over what the dating app Zintchat shows.",
    ],
)
def test_control_in_an_attempt_or_denied_names_no_owner(context, sentence):
    assert not _types(facts(context, sentence, "en"), "OWNS")


def test_control_as_a_verb_still_names_the_owner(context):
    found = facts(context, "Orvane Holdings controls the dating app Zintchat.", "en")
    assert _types(found, "OWNS") == {("Orvane Holdings", "Zintchat")}


@pytest.mark.parametrize(
    ("sentence", "language", "defendants"),
    [
        ("Eiser heeft Facebook Ireland Limited gedagvaard.", "nl", {"Facebook Ireland Limited"}),
        (
            "De eiser daagde Facebook Netherlands B.V. voor de rechter.",
            "nl",
            {"Facebook Netherlands B.V."},
        ),
        (
            "Een stichting dagvaardde Twitter NL en Facebook NL in 2022.",
            "nl",
            {"Twitter NL", "Facebook NL"},
        ),
        (
            "tegen de besloten vennootschap FACEBOOK IRELAND LIMITED, gevestigd te Dublin, "
            "gedaagde.",
            "nl",
            {"FACEBOOK IRELAND LIMITED"},
        ),
        (
            "Dana Pike sued Twitter UK and Meta Platforms Ireland Ltd.",
            "en",
            {"Twitter UK", "Meta Platforms Ireland Ltd"},
        ),
    ],
)
def test_a_known_name_with_a_country_after_it_is_the_company_s_national_arm(
    context, sentence, language, defendants
):
    found = facts(context, sentence, language)
    assert {s for k, s, _, _ in found if k == "DEFENDANT_IN"} == defendants, found
    # never the platform, never a reference case of the platform
    assert not any("Doe v. Twitter" in t for _, _, t, _ in found), found


def test_a_country_after_a_preposition_stays_a_place(context):
    found = facts(context, "Dana Pike sued Google in Ireland.", "en")
    assert {s for k, s, _, _ in found if k == "DEFENDANT_IN"} == {"Google"}
