"""A regulator's proceedings told in the shapes of enforcement news (issue #10), on sentences
written for these tests with invented parties: a fine as a noun phrase ("issued a fine of
€12 million against X", "issued X with a fine"), a final or provisional decision against a
party, proceedings commenced in a court against a party, an intent to prosecute (a plan, no
case), one regulator's inquiry told after another's fine of the same party (two cases), and
a company that provides the platform itself (it runs it: OWNS, not SERVICED)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context

AUTHORITY = "Norvia Data Protection Authority"


@pytest.fixture(scope="module")
def context():
    return reference_context()


def _bare(name: str) -> str:
    """A name without the full stop of "Ltd." and the year a case name ends with."""
    return name.split(" (")[0].rstrip(".")


def _parties(found: set[tuple[str, ...]]) -> set[tuple[str, str, str, str]]:
    return {
        (t, _bare(s), _bare(c), st)
        for t, s, c, st in found
        if t in ("DEFENDANT_IN", "PLAINTIFF_IN")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        f"The {AUTHORITY} issued a €40,000 fine against Quixly Ltd.",
        f"The {AUTHORITY} issued a fine of €12 million against Quixly Ltd for unlawful tracking.",
        f"The {AUTHORITY} issued Quixly Ltd with a €5 million fine.",
        f"Last week the {AUTHORITY} adopted its final decision against Quixly Ltd.",
    ],
)
def test_a_fine_or_final_decision_against_a_party_rules_its_case(context, sentence):
    case = f"{AUTHORITY} v. Quixly Ltd"
    assert _parties(facts(context, sentence, "en")) == {
        ("DEFENDANT_IN", "Quixly Ltd", case, "ruled"),
        ("PLAINTIFF_IN", AUTHORITY, case, "established"),
    }


def test_provisional_decisions_against_two_parties_are_two_alleged_cases(context):
    found = _parties(
        facts(
            context,
            "The regulator Ofcom has issued two provisional decisions against Quixly Ltd and "
            "Zapvid Ltd.",
            "en",
        )
    )
    defendants = {(s, c, st) for t, s, c, st in found if t == "DEFENDANT_IN"}
    assert defendants == {
        ("Quixly Ltd", "Ofcom v. Quixly Ltd", "alleged"),
        ("Zapvid Ltd", "Ofcom v. Zapvid Ltd", "alleged"),
    }
    assert {c for t, s, c, _ in found if t == "PLAINTIFF_IN" and s == "Ofcom"} == {
        "Ofcom v. Quixly Ltd",
        "Ofcom v. Zapvid Ltd",
    }


def test_proceedings_commenced_in_a_court_against_a_party(context):
    found = facts(
        context,
        f"The {AUTHORITY} has begun enforcement proceedings before the Federal Court against "
        "Quixly Ltd.",
        "en",
    )
    parties = {(t, s, st) for t, s, _, st in _parties(found)}
    assert parties == {
        ("DEFENDANT_IN", "Quixly Ltd", "alleged"),
        ("PLAINTIFF_IN", AUTHORITY, "established"),
    }


def test_an_intent_to_prosecute_is_a_plan_and_no_case(context):
    found = facts(
        context,
        f"The {AUTHORITY} announced its intent to bring a prosecution against Quixly Ltd.",
        "en",
    )
    assert not _parties(found)


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        (
            "Ofcom fined Zorblat last year. The Data Protection Commission said its "
            "investigation into Zorblat began in 2021.",
            "en",
            "Ofcom",
            "Data Protection Commission",
        ),
        (
            "De ACM legde Zorblat vorig jaar een boete op. De Autoriteit Persoonsgegevens zei "
            "dat haar onderzoek naar Zorblat in 2021 begon.",
            "nl",
            "Autoriteit Consument en Markt",
            "Autoriteit Persoonsgegevens",
        ),
    ],
)
def test_another_regulators_inquiry_into_the_same_party_is_its_own_case(
    context, text, language, first, second
):
    found = _parties(facts(context, text, language))
    plaintiffs = {(s, c) for t, s, c, _ in found if t == "PLAINTIFF_IN"}
    cases = {c for _, c in plaintiffs}
    assert {s for s, _ in plaintiffs} == {first, second}
    assert len(cases) == 2
    assert all(c.startswith(s) for s, c in plaintiffs)
    assert {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Zorblat"} == cases


@pytest.mark.parametrize(
    ("sentence", "owner", "platforms"),
    [
        (
            "Ofcom fined Tornel Ltd, which provides the video-sharing platform Blipcast, £3,000.",
            "Tornel Ltd",
            {"Blipcast"},
        ),
        (
            "The watchdog fined Tornel Ltd, the provider of the chatbot Blipcast, €3 million.",
            "Tornel Ltd",
            {"Blipcast"},
        ),
        (
            "Ofcom is looking at whether Tornel LLC, which provides the adult services "
            "Blipcast.com and Zapvid.com, checks ages.",
            "Tornel LLC",
            {"Blipcast.com", "Zapvid.com"},
        ),
    ],
)
def test_who_provides_the_platform_itself_owns_it(context, sentence, owner, platforms):
    found = facts(context, sentence, "en")
    assert {(f[1], f[2]) for f in found if f[0] == "OWNS"} == {(owner, p) for p in platforms}
    assert not any(f[0] == "SERVICED" for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cloudflare provides security services to the forum Blipcast.",
        "Stratus Web provides hosting services for the site Blipcast.",
        "Paylane, the payment provider of the site Blipcast, ended its service.",
    ],
)
def test_services_provided_to_a_site_stay_a_service(context, sentence):
    found = facts(context, sentence, "en")
    assert not any(f[0] == "OWNS" for f in found)
    assert any(f[0] == "SERVICED" and f[2] == "Blipcast" for f in found)


@pytest.mark.parametrize(
    ("text", "language", "regulator"),
    [
        (
            f"The {AUTHORITY} ruled on Tuesday. Tornel Group Ltd was fined £1m.",
            "en",
            AUTHORITY,
        ),
        ("Ofcom said Tornel Group Ltd was fined £1m.", "en", "Ofcom"),
        (
            "De Autoriteit Persoonsgegevens zegt dat Tornel Group een boete heeft gekregen.",
            "nl",
            "Autoriteit Persoonsgegevens",
        ),
    ],
)
def test_a_fine_told_without_its_bringer_is_the_regulators_that_opens_or_says_it(
    context, text, language, regulator
):
    found = _parties(facts(context, text, language))
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    defendants = {(s, st) for t, s, _, st in found if t == "DEFENDANT_IN"}
    assert plaintiffs == {regulator}
    assert {s for s, _ in defendants} <= {"Tornel Group Ltd", "Tornel Group"}
    assert {st for _, st in defendants} == {"ruled"}


def test_fined_for_not_doing_something_is_no_denial(context):
    found = _parties(
        facts(
            context,
            "Ofcom said Tornel Group Ltd had been fined for not sending its risk assessment.",
            "en",
        )
    )
    assert (
        "DEFENDANT_IN",
        "Tornel Group Ltd",
        "Ofcom v. Tornel Group Ltd",
        "ruled",
    ) in found
    assert not _parties(facts(context, "Tornel Group Ltd was not fined for the breach.", "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The firm behind the video site Blipcast has been fined £1m by Ofcom.", "en"),
        ("Het bedrijf achter de videosite Blipcast kreeg een boete van de ACM.", "nl"),
    ],
)
def test_the_platform_in_a_description_of_its_owner_is_no_defendant(context, text, language):
    found = facts(context, text, language)
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == "Blipcast" for f in found)
    assert any(
        f[0] == "DEFENDANT_IN" and f[1] == "Blipcast"
        for f in facts(context, "Blipcast has been fined £1m by Ofcom.", "en")
    )


def test_the_issuer_of_a_fine_for_a_failure_is_never_its_defendant(context):
    found = facts(
        context,
        f"The {AUTHORITY} issued Quixly with a 20 million euro fine for failing to inform users.",
        "en",
    )
    assert not any(f[0] == "DEFENDANT_IN" and f[1] == AUTHORITY for f in found)


@pytest.mark.parametrize(
    ("text", "language", "regulator"),
    [
        (
            "Ofcom has opened formal investigations into the forum Blipcast and three "
            "file-sharing services – Zorbfile, Krakbox and Nimbly.",
            "en",
            "Ofcom",
        ),
        (
            "Ofcom opened investigations into the forum Blipcast and three file-sharing "
            "services: Zorbfile, Krakbox and Nimbly.",
            "en",
            "Ofcom",
        ),
        (
            "De ACM opende onderzoeken naar het forum Blipcast en drie filesharingdiensten – "
            "Zorbfile, Krakbox en Nimbly.",
            "nl",
            "Autoriteit Consument en Markt",
        ),
    ],
)
def test_the_names_a_dash_lists_after_a_counted_noun_are_parties(
    context, text, language, regulator
):
    found = _parties(facts(context, text, language))
    sites = {"Blipcast", "Zorbfile", "Krakbox", "Nimbly"}
    assert {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"} == {
        (s, f"{regulator} v. {s}") for s in sites
    }
    assert {c for t, s, c, _ in found if t == "PLAINTIFF_IN" and s == regulator} == {
        f"{regulator} v. {s}" for s in sites
    }


def test_a_dash_after_a_name_that_is_no_counted_noun_adds_no_party(context):
    found = _parties(
        facts(
            context,
            "Ofcom opened an investigation into Blipcast – the forum that Zorbfile runs.",
            "en",
        )
    )
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Blipcast"}


def test_a_regulator_fining_parties_in_a_progressive(context):
    found = _parties(
        facts(
            context,
            f"The {AUTHORITY} announced that it was fining Quixly LLC €60 million.",
            "en",
        )
    )
    assert (
        "DEFENDANT_IN",
        "Quixly LLC",
        f"{AUTHORITY} v. Quixly LLC",
        "ruled",
    ) in found
    assert (
        "PLAINTIFF_IN",
        AUTHORITY,
        f"{AUTHORITY} v. Quixly LLC",
        "established",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        "Tornel Group Ltd had failed to check ages, so was fined £1m by Ofcom.",
        "Ofcom said Tornel Group Ltd, which operates nine video sites, had ignored the rules, "
        "so was being fined £1m.",
    ],
)
def test_a_fined_predicate_shares_the_subject_of_the_clause_before(context, text):
    assert _parties(facts(context, text, "en")) == {
        ("DEFENDANT_IN", "Tornel Group Ltd", "Ofcom v. Tornel Group Ltd", "ruled"),
        ("PLAINTIFF_IN", "Ofcom", "Ofcom v. Tornel Group Ltd", "established"),
    }


def test_an_object_before_the_coordinator_is_no_shared_subject(context):
    found = _parties(
        facts(context, "Quixly Ltd hosted Blipcast, and was fined £1m by Ofcom.", "en")
    )
    assert not any(t == "DEFENDANT_IN" and s == "Blipcast" for t, s, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        f"The {AUTHORITY} announced that it was fining Quixly LLC €60 million, Tornel Ireland "
        "Limited €40 million and Zapvid Europe €35 million.",
        f"The {AUTHORITY} fined Quixly LLC £20,000, Tornel Ireland Limited £9,000 and Zapvid "
        "Europe £5,000.",
    ],
)
def test_parties_listed_each_with_its_own_amount_are_all_fined(context, sentence):
    found = _parties(facts(context, sentence, "en"))
    assert {s for t, s, _, st in found if t == "DEFENDANT_IN" and st == "ruled"} == {
        "Quixly LLC",
        "Tornel Ireland Limited",
        "Zapvid Europe",
    }


def test_a_name_after_an_amount_that_has_none_of_its_own_is_not_fined(context):
    found = _parties(
        facts(
            context, "Ofcom fined Quixly Ltd £20,000, and Zapvid Ltd criticised the decision.", "en"
        )
    )
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Quixly Ltd"}
