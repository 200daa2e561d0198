"""Regulators' decisions as news reports them (issue #10), on sentences written for these
tests: a fine with an amount written with thousands commas, the year in a law's name that
dates nothing, a fine under a law that rules on the law, a company that operates a site
owning it (and not serving it), a legal form without its last period ("S.A"), a regulator's
investigation of a new target being a new case, and a capitalised short form ("the
Commission") pointing back to the body whose name holds it. English and Dutch; names are
invented."""

from __future__ import annotations

import pytest
from test_extract_proceedings import D, H, I, P, facts

OSA = "Online Safety Act 2023"
EC = "European Commission"
ACM = "Autoriteit Consument en Markt"

ROWS = [
    # an amount with thousands commas is no clause break: the fine still reaches its target;
    # the year of the Act is no date; the fine under the Act rules on it, dated by the fine
    (
        "en",
        "On 3 March 2026, Ofcom imposed an £80,000 penalty on Zorblat LLC for failing to "
        "use age checks under the Online Safety Act 2023.",
        {
            P("Ofcom", "Ofcom v. Zorblat LLC (2026)", "2026-03-03"),
            D("Zorblat LLC", "Ofcom v. Zorblat LLC (2026)", "ruled", "2026-03-03"),
            I("Ofcom v. Zorblat LLC (2026)", OSA, "ruled", "2026-03-03"),
        },
    ),
    (
        "en",
        "Ofcom imposed a penalty of £1,250,000 on Zorblat LLC.",
        {
            P("Ofcom", "Ofcom v. Zorblat LLC"),
            D("Zorblat LLC", "Ofcom v. Zorblat LLC", "ruled"),
        },
    ),
    (
        "nl",
        "De toezichthouder Ofcom legde Zorblat op 3 maart 2026 een boete van 80.000 pond op "
        "wegens overtreding van de Online Safety Act 2023.",
        {
            P("Ofcom", "Ofcom v. Zorblat (2026)", "2026-03-03"),
            D("Zorblat", "Ofcom v. Zorblat (2026)", "ruled", "2026-03-03"),
            I("Ofcom v. Zorblat (2026)", OSA, "ruled", "2026-03-03"),
        },
    ),
    # the company that operates a site owns it (a state: the clause's date is not its);
    # "S.A" without its last period is a legal form, so the company is the one investigated
    (
        "en",
        "Quixtel Ltd (which operates the site Klikvid.com) and Brontomedia LLC (which runs "
        "the website Pixlane.com) failed to respond, so on 9 May 2025 Ofcom opened "
        "investigations into both of them.",
        {
            ("OWNS", "Quixtel Ltd", "Klikvid.com", "established"),
            ("OWNS", "Brontomedia LLC", "Pixlane.com", "established"),
        },
    ),
    (
        "en",
        "On 14 May 2025, Ofcom announced an investigation into Vantora Media S.A (Vantora) "
        "which operates the site Klikvid.com.",
        {
            P("Ofcom", "Ofcom v. Vantora Media S.A (2025)", "2025-05-14"),
            D("Vantora Media S.A", "Ofcom v. Vantora Media S.A (2025)", "alleged", "2025-05-14"),
            ("OWNS", "Vantora Media S.A", "Klikvid.com", "established"),
        },
    ),
    (
        "nl",
        "Zorblat B.V., dat de site Klikvid.nl exploiteert, gaf een verklaring.",
        {("OWNS", "Zorblat B.V.", "Klikvid.nl", "established")},
    ),
    # a regulator that widens "its investigation" to a company it had not named opens
    # another investigation, of that company
    (
        "en",
        "Ofcom has fined Zorblat £1 million. It has also expanded the scope of its "
        "investigation into Quixly.",
        {
            P("Ofcom", "Ofcom v. Zorblat"),
            D("Zorblat", "Ofcom v. Zorblat", "ruled"),
            P("Ofcom", "Ofcom v. Quixly"),
            D("Quixly", "Ofcom v. Quixly"),
        },
    ),
    # "Federal" starts a court's name ("Federal Court of Australia"), and the name before "in
    # the Federal Court" is still a party; a bare "Federal Court" in a text about one country
    # with such a court is that country's
    (
        "en",
        "Zorblat sued Quixly in the Federal Court of Australia.",
        {
            P("Zorblat", "Zorblat v. Quixly"),
            D("Quixly", "Zorblat v. Quixly"),
            H("Zorblat v. Quixly", "Federal Court of Australia"),
        },
    ),
    (
        "en",
        "Australia's online safety regulator warned Zorblat. Quixly sued Zorblat in the "
        "Federal Court.",
        {
            P("Quixly", "Quixly v. Zorblat"),
            D("Zorblat", "Quixly v. Zorblat"),
            H("Quixly v. Zorblat", "Federal Court of Australia"),
        },
    ),
    (
        "en",
        "Canada's privacy regulator warned Zorblat Ltd. The Quixly Data Authority filed an "
        "application with the Federal Court against Zorblat Ltd.",
        {
            P("Quixly Data Authority", "Quixly Data Authority v. Zorblat Ltd."),
            D("Zorblat Ltd.", "Quixly Data Authority v. Zorblat Ltd."),
            H("Quixly Data Authority v. Zorblat Ltd.", "Federal Court of Canada"),
        },
    ),
    # "<court> Justice <name>": the court, then its judge (who is never a party)
    (
        "en",
        "Australia's regulator sued Zorblat. The bid was rejected by Federal Court Justice "
        "Mara Quint, who ruled Zorblat had taken reasonable steps.",
        {
            D("Zorblat", "Plaintiffs v. Zorblat"),
            H("Plaintiffs v. Zorblat", "Federal Court of Australia"),
        },
    ),
    # "the Commission" is the European Commission named before, not the nearest company
    (
        "en",
        "The European Commission met Zorblat. Quixly Ltd was there too. The Commission fined "
        "Zorblat 500 million euros.",
        {
            P(EC, f"{EC} v. Zorblat"),
            D("Zorblat", f"{EC} v. Zorblat", "ruled"),
        },
    ),
    (
        "nl",
        "De Europese Commissie sprak met Zorblat. Quixly B.V. was er ook. De Commissie gaf "
        "Zorblat een boete van 500 miljoen euro.",
        {
            P(EC, f"{EC} v. Zorblat"),
            D("Zorblat", f"{EC} v. Zorblat", "ruled"),
        },
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROWS)
def test_regulator_decisions(context, language, text, expected):
    assert facts(context, text, language) == expected


def test_an_operator_is_no_vendor_of_its_own_site(context):
    """Hosting on "its site" by the company that operates the site is no SERVICED fact."""
    got = facts(
        context,
        "Ofcom opened an investigation into Vantora Media S.A (Vantora) which operates the "
        "site Klikvid.com. It follows complaints about Vantora's hosting of illegal content "
        "on its site.",
        "en",
    )
    assert ("OWNS", "Vantora Media S.A", "Klikvid.com", "established") in got
    assert not any(row[0] == "SERVICED" for row in got)


@pytest.mark.parametrize(
    "text",
    [
        "Zorblat ran ads on Quixly.com.",
        "The suit names sellers operating on Quixly.com, a site of Zorblat Ltd.",
        "The parents accuse Zorblat Ltd of operating its business in a way that hurt users of "
        "Quixly.com.",
    ],
)
def test_acting_on_a_site_owns_nothing(context, text):
    """Activity on a platform ("sellers operating on X", "operating its business") is no
    ownership of it."""
    assert not any(row[0] == "OWNS" for row in facts(context, text, "en"))


def test_a_wire_stock_code_is_no_part_of_a_name(context):
    """ "Zorblat ZRB.O, which owns the app Quixly": the exchange code after the company is
    blanked, so the company keeps its own name."""
    got = facts(context, "Zorblat ZRB.O, which owns the app Quixly, was sued by Vantora.", "en")
    assert ("OWNS", "Zorblat", "Quixly", "established") in got
    assert not any("ZRB" in name for row in got for name in row[1:3])


def test_an_amicus_brief_filed_with_a_court_is_no_hearing(context):
    """A brief filed with a court in another matter does not bring the document's case there;
    an application filed with it does (see the Federal Court row)."""
    got = facts(
        context,
        "Virginia sued Zorblat in May. Its attorney general earlier filed an amicus brief with "
        "the Supreme Court of Ruritania in another matter.",
        "en",
    )
    assert not any(row[0] == "HEARD_BY" for row in got)


def test_a_capitalised_plural_role_opening_a_bullet_is_no_party(context):
    """ "• Operators of adult sites must ... — Ofcom has imposed its first penalty": a
    capitalised plural of a kind of company names no one."""
    got = facts(
        context,
        "Implications\n  • Operators of adult sites in the UK must use age checks — Ofcom has "
        "imposed its first penalty for this breach.",
        "en",
    )
    assert not any("Operators" in name for row in got for name in row[1:3])
