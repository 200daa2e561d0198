"""Proceedings on news-style text (issue #10): cases, parties, courts, laws invoked and
jurisdictions, in English and Dutch, on sentences written for these tests.

Each row is a short text (one to three sentences, the way reporters write them: active and
passive, nouns and verbs, appositions, coordination) and every fact extraction should take
from it, MENTIONS aside; the traps at the end must give no fact of the listed types
(docs/annotation.md, section 7). Names are invented unless a row is about the reference base,
so facts come from the grammar of the sentence, not from a list.
"""

from __future__ import annotations

import pytest
from sentences import extracted


def facts(context, text: str, language: str) -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship, with its date when it has one."""
    entities, relationships = extracted(context, text, language)
    out = set()
    for r in relationships:
        row: tuple[str, ...] = (r.type, entities[r.source].name, entities[r.target].name, r.status)
        date = r.date_on or r.date_from or r.date_to
        out.add((*row, date) if date else row)
    return out


def D(source: str, case: str, status: str = "alleged", date: str | None = None) -> tuple:
    row = ("DEFENDANT_IN", source, case, status)
    return (*row, date) if date else row


def P(source: str, case: str, date: str | None = None) -> tuple:
    row = ("PLAINTIFF_IN", source, case, "established")
    return (*row, date) if date else row


def H(case: str, court: str) -> tuple:
    return ("HEARD_BY", case, court, "established")


def I(case: str, law: str, status: str = "alleged", date: str | None = None) -> tuple:  # noqa: E743
    row = ("INVOKES", case, law, status)
    return (*row, date) if date else row


def J(source: str, jurisdiction: str) -> tuple:
    return ("IN_JURISDICTION", source, jurisdiction, "established")


# -- English -------------------------------------------------------------------------------

EC = "European Commission"
FTC = "Federal Trade Commission"

ENGLISH = [
    # suits by states, agencies and people; active and passive; verbs and nouns
    ("Zorblat Inc. was sued by the state of Utah on Tuesday.",
     {D("Zorblat Inc.", "State of Utah v. Zorblat Inc. (2023)", date="2023-06-13"),
      P("State of Utah", "State of Utah v. Zorblat Inc. (2023)", date="2023-06-13")}),
    ("Utah filed suit against Zorblat Inc. in state court, accusing the company of deceptive "
     "practices.",
     {D("Zorblat Inc.", "State of Utah v. Zorblat Inc."),
      P("State of Utah", "State of Utah v. Zorblat Inc.")}),
    ("The Federal Trade Commission filed a complaint against Brightloop LLC in federal court in "
     "Salt Lake City.",
     {D("Brightloop LLC", f"{FTC} v. Brightloop LLC"),
      P(FTC, f"{FTC} v. Brightloop LLC"),
      # the one federal court in Utah (test_extract_courts.py)
      ("HEARD_BY", f"{FTC} v. Brightloop LLC",
       "United States District Court for the District of Utah", "established")}),
    ("Brightloop faces a lawsuit from the Federal Trade Commission over its subscription "
     "practices.",
     {D("Brightloop", f"{FTC} v. Brightloop"), P(FTC, f"{FTC} v. Brightloop")}),
    ("The Justice Department indicted Wilbur Crane, the owner of the classifieds site "
     "Quickpost.com, on charges of money laundering.",
     {D("Wilbur Crane", "U.S. Department of Justice v. Wilbur Crane"),
      P("U.S. Department of Justice", "U.S. Department of Justice v. Wilbur Crane"),
      ("OWNS", "Wilbur Crane", "Quickpost.com", "established")}),
    ("Quickpost.com owner Wilbur Crane is being prosecuted for facilitating prostitution.",
     {D("Wilbur Crane", "Prosecution v. Wilbur Crane"),
      ("OWNS", "Wilbur Crane", "Quickpost.com", "established")}),
    ("The family of a 14-year-old boy has filed a lawsuit against Pixelplay and Chatterbox in "
     "Los Angeles Superior Court.",
     {D("Pixelplay", "Plaintiffs v. Pixelplay"), D("Chatterbox", "Plaintiffs v. Pixelplay"),
      H("Plaintiffs v. Pixelplay", "Superior Court of California, County of Los Angeles")}),
    # regulators: proceedings, investigations, fines, with the law they act under
    ("The European Commission opened formal proceedings against Shopzilla in October 2022 "
     "to assess whether it breached the Digital Services Act.",
     {D("Shopzilla", f"{EC} v. Shopzilla (2022)", date="2022-10"),
      P(EC, f"{EC} v. Shopzilla (2022)", date="2022-10"),
      I(f"{EC} v. Shopzilla (2022)", "Digital Services Act")}),
    ("The European Commission on Monday opened formal proceedings to assess whether Shopzilla "
     "may have breached the Digital Services Act.",
     {D("Shopzilla", f"{EC} v. Shopzilla (2023)", date="2023-06-12"),
      P(EC, f"{EC} v. Shopzilla (2023)", date="2023-06-12"),
      I(f"{EC} v. Shopzilla (2023)", "Digital Services Act")}),
    ("Ofcom has launched an investigation into the forum Grizzlebox under the Online Safety "
     "Act.",
     {D("Grizzlebox", "Ofcom v. Grizzlebox"), P("Ofcom", "Ofcom v. Grizzlebox"),
      I("Ofcom v. Grizzlebox", "Online Safety Act")}),
    ("Ofcom fined the forum Grizzlebox £20,000 for failing to comply with the Online Safety "
     "Act.",
     {D("Grizzlebox", "Ofcom v. Grizzlebox", "ruled"), P("Ofcom", "Ofcom v. Grizzlebox"),
      I("Ofcom v. Grizzlebox", "Online Safety Act", "ruled")}),
    # courts, in their forms
    ("The Ninth Circuit held that Section 230 barred the claims against Reddit.",
     {D("Reddit", "Does 1-6 v. Reddit, Inc."),
      H("Does 1-6 v. Reddit, Inc.", "United States Court of Appeals for the Ninth Circuit"),
      I("Does 1-6 v. Reddit, Inc.", "Section 230", "ruled")}),
    ("A federal judge in San Francisco dismissed the lawsuit against Zorblat on Friday.",
     {D("Zorblat", "Plaintiffs v. Zorblat"),
      # the federal court sitting in San Francisco (test_extract_courts.py)
      H("Plaintiffs v. Zorblat",
        "United States District Court for the Northern District of California")}),
    # captions: parties no list knows, the court a citation names
    ("Quillan v. Zorblat, LLC, No. 22-cv-101 (S.D.N.Y. Mar. 3, 2023). Ada Quillan says the "
     "app ignored her complaints.",
     {P("Ada Quillan", "Quillan v. Zorblat, LLC"), D("Zorblat", "Quillan v. Zorblat, LLC"),
      H("Quillan v. Zorblat, LLC",
        "United States District Court for the Southern District of New York")}),
    ("Quillan v. Zorblat, 51 F.4th 100 (9th Cir. 2023).",
     {H("Quillan v. Zorblat", "United States Court of Appeals for the Ninth Circuit")}),
    ("The case is pending in the U.S. District Court of Northern Illinois, where Ada Quillan "
     "sued Zorblat Inc.",
     {P("Ada Quillan", "Ada Quillan v. Zorblat Inc."), D("Zorblat Inc.", "Ada Quillan v. Zorblat Inc."),
      H("Ada Quillan v. Zorblat Inc.",
        "United States District Court for the Northern District of Illinois")}),
    # a case described first and named by its caption later is one case
    ("A judge refused to dismiss the case against Ann Lowe. United States v. Lowe is the "
     "first prosecution under the Online Harms Act.",
     {D("Ann Lowe", "United States v. Lowe"), I("United States v. Lowe", "Online Harms Act")}),
    # a denied motion keeps the party in the case
    ("A judge denied Zorblat Inc.'s request to be dismissed from the lawsuit filed by Ada "
     "Quillan.",
     {D("Zorblat Inc.", "Ada Quillan v. Zorblat Inc."), P("Ada Quillan", "Ada Quillan v. Zorblat Inc.")}),
    # several plaintiffs, a state among them; a list of defendants with roles
    ("The state of Utah and the Federal Trade Commission have taken action against "
     "Brightloop LLC.",
     {D("Brightloop LLC", "State of Utah v. Brightloop LLC"),
      P("State of Utah", "State of Utah v. Brightloop LLC"),
      P(FTC, "State of Utah v. Brightloop LLC")}),
    ("Brightloop agreed to pay $5 million to settle charges brought by the Federal Trade "
     "Commission and the state of Utah.",
     {D("Brightloop", f"{FTC} v. Brightloop"), P(FTC, f"{FTC} v. Brightloop"),
      P("State of Utah", f"{FTC} v. Brightloop")}),
    ("New Mexico Attorney General Raul Torrez announced that his office filed a lawsuit against "
     "Zorblat Platforms, its chief executive Mark Kessler and two of its subsidiaries in Santa "
     "Fe County District Court.",
     {D("Zorblat Platforms", "State of New Mexico v. Zorblat Platforms"),
      D("Mark Kessler", "State of New Mexico v. Zorblat Platforms"),
      P("State of New Mexico", "State of New Mexico v. Zorblat Platforms"),
      H("State of New Mexico v. Zorblat Platforms", "Santa Fe County District Court")}),
    ("Prosecutors filed charges against Carl Vance, Quickpost's chief executive, and against "
     "Ann Lowe.",
     {D("Carl Vance", "Prosecution v. Carl Vance"), D("Ann Lowe", "Prosecution v. Carl Vance")}),
    ("The lawsuit, filed in Los Angeles Superior Court, accuses Zorblat of designing an "
     "addictive product.",
     {D("Zorblat", "Plaintiffs v. Zorblat"),
      H("Plaintiffs v. Zorblat", "Superior Court of California, County of Los Angeles")}),
    ("The complaint accuses Zorblat of violating the Children's Online Privacy Protection Act.",
     {D("Zorblat", "Plaintiffs v. Zorblat"),
      I("Plaintiffs v. Zorblat", "Children's Online Privacy Protection Act")}),
    ("Ofcom said it had opened an investigation into whether Grizzlebox complied with its "
     "duties under the Online Safety Act.",
     {D("Grizzlebox", "Ofcom v. Grizzlebox"), P("Ofcom", "Ofcom v. Grizzlebox"),
      I("Ofcom v. Grizzlebox", "Online Safety Act")}),
    # a date from the clause of the event, not from a relative clause
    ("Nikolai Varga, who founded the app Chatterbox in 2013, was placed under formal "
     "investigation in France on Wednesday.",
     {D("Nikolai Varga", "France v. Nikolai Varga (2023)", date="2023-06-14"),
      J("France v. Nikolai Varga (2023)", "France"),
      ("FOUNDED", "Nikolai Varga", "Chatterbox", "established", "2013")}),
    # a headline's passive
    ("Chatterbox founder Nikolai Varga charged in France",
     {D("Nikolai Varga", "France v. Nikolai Varga"), J("France v. Nikolai Varga", "France")}),
    # a law a jurisdiction's legislature passes
    ("US Congress passed the Online Harms Act, which targets websites.",
     {J("Online Harms Act", "United States")}),
    # criminal cases and jurisdictions
    ("Nikolai Varga was charged in France with complicity in the distribution of illegal "
     "content.",
     {D("Nikolai Varga", "France v. Nikolai Varga"), J("France v. Nikolai Varga", "France")}),
    ("Paris investigating judges charged Nikolai Varga on Wednesday.",
     {D("Nikolai Varga", "Prosecution v. Nikolai Varga (2023)", date="2023-06-14")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(context, text, expected):
    assert facts(context, text, "en") == expected


# -- Dutch ---------------------------------------------------------------------------------

DUTCH = [
    ("De Europese Commissie is een formele procedure gestart tegen Shopzilla.",
     {D("Shopzilla", "European Commission v. Shopzilla"),
      P("European Commission", "European Commission v. Shopzilla")}),
    ("Zorblat wordt aangeklaagd door de staat Utah.",
     {D("Zorblat", "State of Utah v. Zorblat"), P("State of Utah", "State of Utah v. Zorblat")}),
    ("Nikolai Varga wordt in Frankrijk vervolgd voor medeplichtigheid aan de verspreiding van "
     "illegale inhoud.",
     {D("Nikolai Varga", "France v. Nikolai Varga"), J("France v. Nikolai Varga", "France")}),
    # the bringer waits for the defendants a later sentence lists, with appositions between
    ("Het Openbaar Ministerie begint een strafzaak tegen twee ondernemers. Justitie zocht "
     "jarenlang naar een aanpak. De verdachten zijn Piet de V., bekend als directeur van "
     "hostingbedrijf Serverzon, en zijn compagnon Kees van R.. Zij ontkennen alles.",
     {D("Piet de V.", "Openbaar Ministerie v. Piet de V."),
      D("Kees van R.", "Openbaar Ministerie v. Piet de V."),
      P("Openbaar Ministerie", "Openbaar Ministerie v. Piet de V.")}),
    ("De Online Harms Act is door het Amerikaanse Congres aangenomen en geldt over de hele "
     "Verenigde Staten.",
     {J("Online Harms Act", "United States")}),
    # the object before the participle, the subject before the auxiliary
    ("Het Openbaar Ministerie heeft Piet de V. vervolgd.",
     {D("Piet de V.", "Openbaar Ministerie v. Piet de V."),
      P("Openbaar Ministerie", "Openbaar Ministerie v. Piet de V.")}),
    ("De Europese Commissie heeft Shopzilla een boete van 500 miljoen euro opgelegd wegens "
     "overtreding van de Digital Services Act.",
     {D("Shopzilla", "European Commission v. Shopzilla", "ruled"),
      P("European Commission", "European Commission v. Shopzilla"),
      I("European Commission v. Shopzilla", "Digital Services Act", "ruled")}),
    ("Nikolai Varga is in Frankrijk in staat van beschuldiging gesteld.",
     {D("Nikolai Varga", "France v. Nikolai Varga"), J("France v. Nikolai Varga", "France")}),
    ("Ofcom zegt dat het een onderzoek is gestart naar Grizzlebox.",
     {D("Grizzlebox", "Ofcom v. Grizzlebox"), P("Ofcom", "Ofcom v. Grizzlebox")}),
    ("De toezichthouder Ofcom begint een onderzoek naar Grizzlebox op grond van de Online "
     "Safety Act.",
     {D("Grizzlebox", "Ofcom v. Grizzlebox"), P("Ofcom", "Ofcom v. Grizzlebox"),
      I("Ofcom v. Grizzlebox", "Online Safety Act")}),
    ("Het Openbaar Ministerie heeft een strafzaak aangespannen tegen hostingbedrijf Serverzon.",
     {D("Serverzon", "Openbaar Ministerie v. Serverzon"),
      P("Openbaar Ministerie", "Openbaar Ministerie v. Serverzon")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DUTCH)
def test_dutch(context, text, expected):
    assert facts(context, text, "nl") == expected


# -- traps: no fact of these types ---------------------------------------------------------

TRAPS = [
    ("en", "Judge Ann Bell dismissed the claims against Zorblat.", {"PLAINTIFF_IN"}),
    ("en", "Zorblat's lawyer, Tom Reed, said the company would appeal.",
     {"PLAINTIFF_IN", "DEFENDANT_IN"}),
    ("en", "Utah Attorney General Sean Reyes said the state was considering a lawsuit against "
           "Zorblat.", {"PLAINTIFF_IN", "DEFENDANT_IN"}),
    ("en", "The company could face a fine of up to 6% of its turnover under the Digital "
           "Services Act.", {"INVOKES", "DEFENDANT_IN"}),
    ("en", "Zorblat was not named as a defendant in the lawsuit.", {"DEFENDANT_IN"}),
    ("en", "The Digital Services Act, which took effect in 2024, requires large platforms to "
           "assess risks.", {"INVOKES"}),
    ("en", "Two Dutch entrepreneurs were arrested.", {"IN_JURISDICTION"}),
    ("en", "The judge denied in part a motion to dismiss filed by Zorblat Inc.", {"PLAINTIFF_IN"}),
    # a place that locates a judge: no suing state (the judge's court places the case:
    # test_extract_court_places.py)
    ("en", "A judge in Texas dismissed the case against Zorblat under Section 230.",
     {"PLAINTIFF_IN"}),
    # nor the case of another
    ("en", "A judge in Texas dismissed a similar case against Zorblat.", {"IN_JURISDICTION"}),
    ("en", "Ofcom sent a request for information to the forum Grizzlebox.",
     {"DEFENDANT_IN", "PLAINTIFF_IN"}),
    ("en", "The Commission designated Shopzilla as a very large online platform in April.",
     {"DEFENDANT_IN", "PLAINTIFF_IN"}),
    ("en", "The lawsuit was filed in federal court in San Francisco.", {"HEARD_BY"}),
    ("en", "A spokesperson for the European Commission, Anna Berg, said the investigation "
           "into Shopzilla would continue.", {"PLAINTIFF_IN"}),
    ("nl", "De rechter wees de eis van Zorblat af.", {"PLAINTIFF_IN", "DEFENDANT_IN"}),
    # a platform that sues is no PLAINTIFF_IN (the ontology has none from a platform)
    ("en", "The forum Grizzlebox has sued the regulator. Grizzlebox filed the lawsuit in "
           "London.", {"PLAINTIFF_IN"}),
    ("nl", "Het sociale medium Chatterbox klaagt Serverzon aan. Chatterbox heeft een "
           "aanklacht ingediend tegen Serverzon.", {"PLAINTIFF_IN"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "types"), TRAPS)
def test_traps(context, language, text, types):
    found = {row for row in facts(context, text, language) if row[0] in types}
    assert found == set()
