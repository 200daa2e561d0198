"""Corporate relations on sentences of our own (issue #10): who owns, founded and serves a
platform, in English and Dutch, with names no list knows. One company keeps one type and
one name in a document, given by its role."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


# OWNS: the company behind a platform, its parent, its owner, in apposition or as predicate
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Quillmark Holdings, the company behind the chat app Parlomo, said it would "
               "appeal.", ("Quillmark Holdings", "Parlomo")),
        ("en", "The company behind the forum Gabblr, Zentro Labs, declined to comment.",
         ("Zentro Labs", "Gabblr")),
        ("en", "The chat app Parlomo grew fast. Parlomo's parent company, Quillmark "
               "Holdings, has been under pressure since 2021.",
         ("Quillmark Holdings", "Parlomo")),
        ("en", "The parent company of the app Parlomo, Quillmark Holdings, said it would "
               "appeal.", ("Quillmark Holdings", "Parlomo")),
        ("en", "The forum Gabblr lost users. Gabblr's owner, Tyrone Mills, said the "
               "company would move.", ("Tyrone Mills", "Gabblr")),
        ("en", "The video site Streamzy, owned by Velora Media, relied on ads.",
         ("Velora Media", "Streamzy")),
        ("nl", "Dataveld B.V., het bedrijf achter de app Kletsmaat, gaat in beroep.",
         ("Dataveld B.V.", "Kletsmaat")),
        ("nl", "De app Kletsmaat groeide snel. Het moederbedrijf van Kletsmaat, Dataveld, "
               "wil naar de rechter.", ("Dataveld", "Kletsmaat")),
        ("nl", "Eigenaar van het forum Praatgroep is het Rotterdamse bedrijf Mediamaat.",
         ("Mediamaat", "Praatgroep")),
    ],
)  # fmt: skip
def test_owner_of_a_platform(context, language, text, expected):
    found = facts(context, text, language)
    assert ("OWNS", *expected, "established") in found
    assert not any(f[0] == "SERVICED" for f in found)


def test_a_role_noun_dates_no_ownership_from_another_clause(context):
    """ "X, the company behind Y, said on Tuesday": Tuesday is when it spoke."""
    entities, rels = extracted(
        context, "Quillmark Holdings, the company behind the chat app Parlomo, said on "
        "Tuesday it would appeal.", "en",
    )  # fmt: skip
    owns = [r for r in rels if r.type == "OWNS"]
    assert [(entities[r.source].name, r.date_on, r.date_from) for r in owns] == [
        ("Quillmark Holdings", None, None)
    ]


# SERVICED: payments processed, hosting, a lost provider, a service ended
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The chat app Parlomo grew. Payments for Parlomo were processed by Brightpay "
               "until March.", ("Brightpay", "Parlomo")),
        ("en", "The video site Streamzy grew. Tessellate Cloud hosted Streamzy for six years.",
         ("Tessellate Cloud", "Streamzy")),
        ("en", "Veltrix Payments Inc. had handled card payments for the site Lustro since "
               "2018.", ("Veltrix Payments Inc.", "Lustro")),
        ("en", "The forum Gabblr grew. The ad network Adlux also cut ties with Gabblr.",
         ("Adlux", "Gabblr")),
        ("en", "The forum Gabblr grew. Registrar NameHarbor suspended the gabblr.com domain "
               "after a complaint.", ("NameHarbor", "Gabblr")),
        ("en", "The forum Tallowboard grew. The hosting firm Racknet pulled the forum "
               "offline in June.", ("Racknet", "Tallowboard")),
        ("nl", "De app Kletsmaat groeide. Betalingen voor Kletsmaat liepen via Betaalnu.",
         ("Betaalnu", "Kletsmaat")),
        ("nl", "De app Kletsmaat groeide. Kletsmaat verloor ook zijn hostingprovider "
               "Serverpark.", ("Serverpark", "Kletsmaat")),
        ("nl", "Het forum Praatgroep werd gehost door Wolkdata, een Amsterdamse "
               "hostingprovider.", ("Wolkdata", "Praatgroep")),
        ("nl", "Het Amsterdamse bedrijf Betaalgemak stopt met het verwerken van betalingen "
               "voor de datingsite Flirtzone.", ("Betaalgemak", "Flirtzone")),
        ("nl", "Hostingbedrijf Serverhuis B.V. uit Almere heeft de website Roddelkrant "
               "offline gehaald.", ("Serverhuis B.V.", "Roddelkrant")),
    ],
)  # fmt: skip
def test_vendor_of_a_platform(context, language, text, expected):
    entities, rels = extracted(context, text, language)
    serviced = {(entities[r.source].name, entities[r.target].name) for r in rels
                if r.type == "SERVICED"}  # fmt: skip
    assert serviced == {expected}
    types = {entities[r.source].type for r in rels if r.type == "SERVICED"}
    assert types == {"Vendor"}
    assert not any(r.type == "SHUT_DOWN" for r in rels)  # a vendor shuts nothing down


# FOUNDED
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Marla Quent, who co-founded the messaging app Chirpline in 2016, left.",
         ("Marla Quent", "Chirpline")),
        ("en", "Founder Tyrone Mills launched the forum Gabblr in 2019.",
         ("Tyrone Mills", "Gabblr")),
        ("nl", "Jeroen Bakker, oprichter van de app Kletsmaat, zegt dat niets fout ging.",
         ("Jeroen Bakker", "Kletsmaat")),
    ],
)  # fmt: skip
def test_founder_of_a_platform(context, language, text, expected):
    found = facts(context, text, language)
    assert {f[:3] for f in found if f[0] == "FOUNDED"} == {("FOUNDED", *expected)}


def test_selling_a_platform_is_ownership_not_service(context):
    found = facts(
        context, "Marla Quent sold the messaging app Chirpline to Orbis Media in 2021.", "en"
    )
    assert ("OWNS", "Orbis Media", "Chirpline", "established") in found
    assert not any(f[0] == "SERVICED" for f in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Dunmore Group, which owns the video platform Clipfold, shut down Clipfold "
               "last year after advertisers left."),
        ("nl", "Mediagroep Noord Holding, eigenaar van het forum Kletshoek, haalde Kletshoek "
               "vorig jaar offline."),
    ],
)  # fmt: skip
def test_an_owner_closing_its_platform_is_no_shutdown(context, language, text):
    found = facts(context, text, language)
    assert not any(f[0] == "SHUT_DOWN" for f in found)
    assert any(f[0] == "OWNS" for f in found)


@pytest.mark.parametrize(
    ("language", "text", "vendor"),
    [
        ("en", "Software company Dataveld Inc. supplied the CRM software used by the forum "
               "Tallowboard. Prosecutors charged Dataveld with money laundering.", "Dataveld"),
        ("nl", "Dataveld B.V. leverde jarenlang de software voor het forum Praatgroep. Het "
               "Openbaar Ministerie vervolgt Dataveld voor witwassen.", "Dataveld"),
    ],
)  # fmt: skip
def test_one_company_one_type_and_name_per_document(context, language, text, vendor):
    """A vendor by its role, with and without its legal form, and also as a defendant."""
    entities, rels = extracted(context, text, language)
    named = [e for e in entities.values() if e.name.startswith(vendor)]
    assert [(e.type, e.name) for e in named] == [("Vendor", vendor)]
    defendants = [r for r in rels if r.type == "DEFENDANT_IN"]
    assert [entities[r.source].name for r in defendants] == [vendor]


# Round two: subsidiaries, possessives, "X-owned", relying on a vendor, product acronyms
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The app Vibely grew. Vibely, a subsidiary of Kestrel Networks, relies on "
               "ads.", ("Kestrel Networks", "Vibely")),
        ("en", "The ByteDance-owned app Vibely faces a ban in Montana.",
         ("ByteDance", "Vibely")),
        ("en", "Elon Musk's platform Chirpa was also named in the complaint.",
         ("Elon Musk", "Chirpa")),
        ("nl", "De app Kletsmaat groeide. Kletsmaat is een dochterbedrijf van Dataveld.",
         ("Dataveld", "Kletsmaat")),
    ],
)  # fmt: skip
def test_parents_possessives_and_owned_adjectives(context, language, text, expected):
    found = facts(context, text, language)
    assert {f[:3] for f in found if f[0] == "OWNS"} == {("OWNS", *expected)}


def test_a_possessive_before_a_modified_noun_owns_nothing(context):
    found = facts(context, "Tyrone Mills's Gabblr account was closed on Monday.", "en")
    assert not any(f[0] == "OWNS" for f in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The app Vibely grew. Vibely relies on Stratus Cloud for content delivery.",
         ("Stratus Cloud", "Vibely")),
        ("nl", "De app Kletsmaat groeide. Voor de hosting is Kletsmaat afhankelijk van het "
               "Duitse Wolkenserver.", ("Wolkenserver", "Kletsmaat")),
        ("nl", "Hostingbedrijf Serverhuis haalde de website Roddelkrant in 2021 offline.",
         ("Serverhuis", "Roddelkrant")),
    ],
)  # fmt: skip
def test_relying_on_a_vendor(context, language, text, expected):
    found = facts(context, text, language)
    assert {f[:3] for f in found if f[0] == "SERVICED"} == {("SERVICED", *expected)}
    assert not any(f[0] in ("SHUT_DOWN", "OWNS") for f in found)


def test_product_acronyms_are_no_vendors(context):
    entities, rels = extracted(
        context, "The app Vibely grew. Stratus Cloud provides Vibely with CDN and DDoS "
        "protection services.", "en",
    )  # fmt: skip
    assert not {"CDN", "DDoS"} & {e.name for e in entities.values()}
    assert {(entities[r.source].name, entities[r.target].name) for r in rels} == {
        ("Stratus Cloud", "Vibely")
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "De FIOD haalde de marktplaats Zwartmarkt in 2021 offline.",
         ("FIOD", "Zwartmarkt")),
        ("en", "The Justice Department took the marketplace Darkbazaar offline in 2021.",
         ("U.S. Department of Justice", "Darkbazaar")),
    ],
)  # fmt: skip
def test_an_authority_takes_a_platform_offline(context, language, text, expected):
    found = facts(context, text, language)
    assert {f[:3] for f in found} == {("SHUT_DOWN", *expected)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police raided the offices of Dataveld in Utrecht on Tuesday."),
        ("en", "The governor threatened to shut down the app Chirpline if it did not comply."),
        ("en", "The app Chirpline closed down its Paris office last year."),
        ("nl", "De minister dreigde de app Kletsmaat te sluiten."),
    ],
)  # fmt: skip
def test_no_shutdown_without_an_authority_closing_a_platform(context, language, text):
    assert not any(f[0] == "SHUT_DOWN" for f in facts(context, text, language))


# Round three: passive founding with an occupation, possessive processors, sellers
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The imageboard Grimchan, which was started in 2014 by programmer Aaron Vale, "
               "grew fast.", ("FOUNDED", "Aaron Vale", "Grimchan")),
        ("en", "The app Vibely was launched in 2017 by engineer Dana Wu.",
         ("FOUNDED", "Dana Wu", "Vibely")),
        ("nl", "Het forum Praatplein werd in 2015 opgezet door ondernemer Tim Kramer.",
         ("FOUNDED", "Tim Kramer", "Praatplein")),
        ("en", "The imageboard Grimchan grew. PayGate, Grimchan's payment processor, said it "
               "stopped handling donations for the site in 2021.",
         ("SERVICED", "PayGate", "Grimchan")),
    ],
)  # fmt: skip
def test_founders_and_processors_in_apposition(context, language, text, expected):
    assert {f[:3] for f in facts(context, text, language)} == {expected}


def test_the_seller_owns_nothing(context):
    found = facts(
        context, "The imageboard Grimchan grew. Bluewater Ltd. bought the site from Aaron "
        "Vale in 2020.", "en",
    )  # fmt: skip
    assert {f[:3] for f in found if f[0] == "OWNS"} == {("OWNS", "Bluewater Ltd.", "Grimchan")}


# Round four: a processor by predicate, switching providers, Dutch takeovers
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The forum Tallowboard grew. Brightpay has been Tallowboard's payment "
               "processor since 2019.", ("SERVICED", "Brightpay", "Tallowboard")),
        ("nl", "Het forum Praatplein is overgestapt naar hostingprovider Wolkdata.",
         ("SERVICED", "Wolkdata", "Praatplein")),
        ("nl", "Het forum Praatplein groeide. Het forum werd in 2019 overgenomen door "
               "Mediagroep Holding B.V. uit Zwolle.",
         ("OWNS", "Mediagroep Holding B.V.", "Praatplein")),
    ],
)  # fmt: skip
def test_processors_switches_and_takeovers(context, language, text, expected):
    assert {f[:3] for f in facts(context, text, language)} == {expected}


def test_a_name_with_and_without_holdings_is_one_owner(context):
    entities, rels = extracted(
        context, "The forum Tallowboard grew. Its parent company, Quillmark Holdings, said "
        "little. Tallowboard, which Quillmark bought in 2018, is the group's biggest site.",
        "en",
    )  # fmt: skip
    owners = {entities[r.source].name for r in rels if r.type == "OWNS"}
    assert owners == {"Quillmark"}


def test_a_company_is_served_as_the_owner_of_a_platform(context):
    owner = (
        "The forum Tallowboard grew. Its parent company, Quillmark Holdings, said little. "
        "Ashgrove Bank also ended its relationship with Quillmark Holdings last year."
    )
    found = facts(context, owner, "en")
    assert ("SERVICED", "Ashgrove Bank", "Quillmark Holdings") in {f[:3] for f in found}
    alone = "Ashgrove Bank also ended its relationship with Quillmark Holdings last year."
    assert not any(f[0] == "SERVICED" for f in facts(context, alone, "en"))
