"""Courts, jurisdictions and rulings on news-style text (issue #10), on sentences written for
these tests, in English and Dutch.

- A court the text describes by its kind and seat ("a federal judge in Utah", "Manhattan
  federal court", "the Court of Appeal in The Hague", "de rechtbank in Amsterdam", "het
  Haagse hof") is the one court that fits, named from loaders/courts.yaml; a description
  that fits several courts ("a federal judge in California", "a Delaware state court")
  names none.
- A state named before an unnamed court places the case, and is no party to it.
- A ruling against a party ("found X liable", "ordered X to pay", "veroordeelde X tot")
  makes it a defendant with status ruled, in a civil case when the court orders a civil
  remedy; the trigger's words never swallow the defendant.

Names are invented, so facts come from the grammar of the sentence, not from a list.
"""

from __future__ import annotations

import pytest
from sentences import extracted, facts

UTAH = "United States District Court for the District of Utah"
SDNY = "United States District Court for the Southern District of New York"
NDTX = "United States District Court for the Northern District of Texas"
NINTH = "United States Court of Appeals for the Ninth Circuit"


def _heard_by(found: set[tuple[str, ...]]) -> dict[str, str]:
    """Court by case, from the HEARD_BY facts."""
    return {f[1]: f[2] for f in found if f[0] == "HEARD_BY"}


def _defendants(found: set[tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """(case, status) by defendant, from the DEFENDANT_IN facts."""
    return {f[1]: (f[2], f[3]) for f in found if f[0] == "DEFENDANT_IN"}


@pytest.mark.parametrize(
    ("text", "language", "defendant", "court"),
    [
        ("Utah sued the messaging app Quillo in federal court in Salt Lake City on Monday.",
         "en", "Quillo", UTAH),
        ("A federal judge in Dallas dismissed the lawsuit against the hosting company Nimbra "
         "Cloud.", "en", "Nimbra Cloud", NDTX),
        ("The women sued the payment processor Kestrel Pay in Manhattan federal court in 2021.",
         "en", "Kestrel Pay", SDNY),
        ("A federal appeals court in San Francisco revived the lawsuit against the forum "
         "Gritboard on Tuesday.", "en", "Gritboard", NINTH),
        ("The Court of Appeal in The Hague ordered the file-sharing site Dropnest to pay costs "
         "of 25,000 euros.", "en", "Dropnest", "Gerechtshof Den Haag"),
        ("The Amsterdam District Court fined the hosting company Serverpark 50,000 euros.",
         "en", "Serverpark", "Rechtbank Amsterdam"),
        ("An Amsterdam court ordered the file-sharing site Dropnest to pay damages.",
         "en", "Dropnest", "Rechtbank Amsterdam"),
        ("The forum Gritboard was sued in federal court in Northern California in 2022.",
         "en", "Gritboard",
         "United States District Court for the Northern District of California"),
        ("De politierechter in Amsterdam veroordeelde de eigenaar van het forum Duisterweb, "
         "Kees Brouwer, tot een taakstraf.", "nl", "Kees Brouwer", "Rechtbank Amsterdam"),
        ("Een federale rechter in Utah heeft de rechtszaak tegen het forum Gritboard "
         "afgewezen.", "nl", "Gritboard", UTAH),
        ("Het Haagse hof veroordeelde de aanbieder Usenetix tot het betalen van de "
         "proceskosten.", "nl", "Usenetix", "Gerechtshof Den Haag"),
        ("Stichting Brein spande een rechtszaak aan tegen het forum Duisterweb. De zaak dient "
         "bij rechtbank Rotterdam.", "nl", "Duisterweb", "Rechtbank Rotterdam"),
    ],
)  # fmt: skip
def test_a_described_court_hears_the_case(context, text, language, defendant, court) -> None:
    found = facts(context, text, language)
    case, _ = _defendants(found)[defendant]
    assert _heard_by(found) == {case: court}


def test_a_dutch_court_with_its_seat_is_a_court_not_a_vendor(context) -> None:
    entities, _ = extracted(
        context, "De zaak tegen het forum Duisterweb dient bij rechtbank Rotterdam.", "nl"
    )
    names = {e.name: e.type for e in entities.values()}
    assert names.get("Rechtbank Rotterdam") == "Court"
    assert "Rotterdam" not in names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # California has four federal districts: the description fits several courts
        ("A federal judge in California dismissed the lawsuit against the forum Gritboard.", "en"),
        # no "federal": a state or a federal judge, in the state or the capital
        ("A Washington judge dismissed the lawsuit against the forum Gritboard.", "en"),
        ("A court in Boston dismissed the lawsuit against the forum Gritboard.", "en"),
        ("Een federale rechter in Texas heeft de rechtszaak tegen het forum Gritboard "
         "afgewezen.", "nl"),
    ],
)  # fmt: skip
def test_a_court_that_the_text_leaves_open_is_no_court(context, text, language) -> None:
    entities, relationships = extracted(context, text, language)
    assert not [r for r in relationships if r.type == "HEARD_BY"]
    assert not [e for e in entities.values() if e.type == "Court"]


def test_a_state_court_places_the_case_and_the_state_is_no_party(context) -> None:
    found = facts(
        context,
        "A Delaware state court on Tuesday revived a lawsuit by shareholders against the "
        "hosting company Nimbra Cloud.",
        "en",
    )
    case, _ = _defendants(found)["Nimbra Cloud"]
    assert ("IN_JURISDICTION", case, "Delaware", "established") in found
    assert not [f for f in found if f[0] == "PLAINTIFF_IN"]
    assert not _heard_by(found)


def test_the_suing_state_and_a_state_courts_place(context) -> None:
    found = facts(
        context,
        "Texas Attorney General Ken Paxton sued the messaging platform Quillo in a Texas state "
        "court in Austin on Monday.",
        "en",
    )
    case, status = _defendants(found)["Quillo"]
    assert status == "alleged"
    assert ("PLAINTIFF_IN", "State of Texas", case, "established") in found
    assert ("IN_JURISDICTION", case, "Texas", "established") in found
    assert not _heard_by(found)  # a state court in Austin: which one, the text leaves open


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nimbra Cloud, a hosting company headquartered in Dublin, Ireland, was sued by the "
         "forum Gritboard in federal court in Boston.", "en"),
        ("The forum Gritboard, which is based in Austin, Texas, sued the hosting company "
         "Nimbra Cloud.", "en"),
        ("Het forum Duisterweb uit Amsterdam werd door stichting Brein aangeklaagd.", "nl"),
    ],
)  # fmt: skip
def test_a_partys_seat_places_no_case(context, text, language) -> None:
    found = facts(context, text, language)
    assert _defendants(found)  # the suit is read
    assert not [f for f in found if f[0] == "IN_JURISDICTION"]
    assert not [f for f in found if f[1].startswith("State of")]  # nor does the seat sue


def test_a_federal_court_in_a_city_after_a_long_apposition(context) -> None:
    found = facts(
        context,
        "Nimbra Cloud, a hosting company headquartered in Dublin, Ireland, was sued by the "
        "forum Gritboard in federal court in Boston.",
        "en",
    )
    case, _ = _defendants(found)["Nimbra Cloud"]
    assert _heard_by(found) == {
        case: "United States District Court for the District of Massachusetts"
    }


@pytest.mark.parametrize(
    ("text", "language", "defendant"),
    [
        ("A federal jury in Salt Lake City found payment processor Kestrel Pay liable for "
         "helping the video site Vantor.", "en", "Kestrel Pay"),
        ("The judge ordered Kestrel Pay to pay $2 million in damages.", "en", "Kestrel Pay"),
        ("De rechtbank in Amsterdam heeft het hostingbedrijf Serverpark BV veroordeeld tot het "
         "betalen van een schadevergoeding aan stichting Brein.", "nl", "Serverpark BV"),
        ("Het Haagse hof veroordeelde de aanbieder Usenetix tot het betalen van de "
         "proceskosten.", "nl", "Usenetix"),
    ],
)  # fmt: skip
def test_a_civil_ruling_makes_the_party_a_ruled_defendant(
    context, text, language, defendant
) -> None:
    found = facts(context, text, language)
    defendants = _defendants(found)
    assert set(defendants) == {defendant}  # never the party paid ("aan stichting Brein")
    case, status = defendants[defendant]
    assert status == "ruled"
    assert not case.startswith("Prosecution")  # a civil remedy, no conviction


def test_a_ruling_joins_the_case_the_text_tells_of(context) -> None:
    found = facts(
        context,
        "Three women sued the video site Vantor in 2022. Vantor was ordered to pay damages to "
        "the women on Friday.",
        "en",
    )
    assert _defendants(found) == {"Vantor": ("Three women v. Vantor (2022)", "ruled")}


def test_a_dutch_sentence_of_prison_stays_a_conviction(context) -> None:
    found = facts(context, "De rechter veroordeelde Kees Brouwer dinsdag tot vier jaar cel.", "nl")
    case, status = _defendants(found)["Kees Brouwer"]
    assert status == "ruled"
    assert case.startswith("Prosecution v. Kees Brouwer")


@pytest.mark.parametrize(
    ("text", "language", "defendant", "court"),
    [
        ("The Dutch Supreme Court upheld the conviction of the hosting company Koudnet on "
         "Tuesday.", "en", "Koudnet", "Hoge Raad"),
        ("De Hoge Raad heeft de veroordeling van het hostingbedrijf Koudnet bevestigd.", "nl",
         "Koudnet", "Hoge Raad"),
        ("Brazil's Supreme Court ordered the messaging app Quillo to pay a fine.", "en",
         "Quillo", "Supreme Federal Court"),
        ("Het Amerikaanse Hooggerechtshof heeft de zaak tegen het forum Gritboard afgewezen.",
         "nl", "Gritboard", "Supreme Court of the United States"),
        ("The European Court of Justice dismissed the case against the marketplace Shopzy.",
         "en", "Shopzy", "Court of Justice of the European Union"),
    ],
)  # fmt: skip
def test_a_jurisdictions_highest_court(context, text, language, defendant, court) -> None:
    found = facts(context, text, language)
    case, _ = _defendants(found)[defendant]
    assert _heard_by(found) == {case: court}


def test_an_adjective_before_a_highest_court_places_it(context) -> None:
    found = facts(
        context, "The Dutch Supreme Court upheld the conviction of the site Duisterweb.", "en"
    )
    assert ("IN_JURISDICTION", "Hoge Raad", "Netherlands", "established") in found
    assert _defendants(found)["Duisterweb"][1] == "ruled"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A judge at the Amsterdam District Court sentenced the owner of the forum Duisterweb, "
         "Kees Brouwer, to four years in prison.", "en"),
        ("Het Openbaar Ministerie vervolgt de eigenaar van het forum Duisterweb, Kees Brouwer, "
         "voor het faciliteren van drugshandel.", "nl"),
    ],
)  # fmt: skip
def test_the_role_holder_in_apposition_is_the_party(context, text, language) -> None:
    """ "the owner of the forum X, Kees Brouwer,": Brouwer is the defendant, not the forum
    (nor is he a second forum: a comma opens an apposition, not a list)."""
    entities, _ = extracted(context, text, language)
    found = facts(context, text, language)
    assert set(_defendants(found)) == {"Kees Brouwer"}
    assert {e.type for e in entities.values() if e.name == "Kees Brouwer"} == {"Person"}


@pytest.mark.parametrize(
    ("text", "language", "court"),
    [
        ("Quillo must pay $2 million to the families, the judge ruled.", "en", None),
        ("Serverpark moet 200.000 euro schadevergoeding betalen aan Brein, oordeelde de "
         "rechtbank in Amsterdam.", "nl", "Rechtbank Amsterdam"),
    ],
)  # fmt: skip
def test_what_a_court_orders_a_party_to_pay(context, text, language, court) -> None:
    found = facts(context, text, language)
    defendants = _defendants(found)
    assert len(defendants) == 1
    ((case, status),) = defendants.values()
    assert status == "ruled"
    assert _heard_by(found) == ({case: court} if court else {})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Users must pay $5 a month for the messaging app Quillo.", "en"),
        ("Klanten moeten 5 euro per maand betalen voor de app Quillo.", "nl"),
    ],
)  # fmt: skip
def test_paying_without_a_court_is_no_ruling(context, text, language) -> None:
    assert not _defendants(facts(context, text, language))


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Utah on Monday blocked the state's lawsuit against the messaging "
        "app Quillo.",
        "A Utah federal judge threw out the lawsuit against the messaging app Quillo.",
    ],
)
def test_a_described_court_that_blocks_or_throws_out_a_suit(context, text) -> None:
    found = facts(context, text, "en")
    case, _ = _defendants(found)["Quillo"]
    assert _heard_by(found) == {case: UTAH}


def test_a_court_of_another_case_is_not_the_documents(context) -> None:
    found = facts(
        context,
        "Utah sued the video chat app Lumo in state court on Tuesday. A similar case against "
        "Lumo was dismissed by a federal judge in Salt Lake City last year.",
        "en",
    )
    assert _defendants(found)["Lumo"][0].startswith("State of Utah v. Lumo")
    assert not _heard_by(found)


def test_the_role_holder_between_auxiliary_and_participle(context) -> None:
    found = facts(
        context,
        "De rechtbank Den Haag heeft de eigenaar van hostingbedrijf Koudnet, Pieter de Wit, "
        "dinsdag veroordeeld tot drie jaar cel.",
        "nl",
    )
    assert set(_defendants(found)) == {"Pieter de Wit"}
    case, status = _defendants(found)["Pieter de Wit"]
    assert status == "ruled"
    assert _heard_by(found) == {case: "Rechtbank Den Haag"}


@pytest.mark.parametrize(
    ("text", "ruled"),
    [
        ("Het gerechtshof Amsterdam heeft bepaald dat het videoplatform Streamly aansprakelijk "
         "is voor illegale uploads.", True),
        # without a court, a party's view is no ruling
        ("Stichting Brein vindt het videoplatform Streamly aansprakelijk voor illegale uploads.",
         False),
    ],
)  # fmt: skip
def test_a_court_holds_a_party_liable(context, text, ruled) -> None:
    found = facts(context, text, "nl")
    assert bool(_defendants(found)) == ruled
    if ruled:
        case, status = _defendants(found)["Streamly"]
        assert status == "ruled"
        assert _heard_by(found) == {case: "Gerechtshof Amsterdam"}


@pytest.mark.parametrize(
    ("text", "language", "defendant", "prosecutor"),
    [
        ("Kees Brouwer kreeg drie jaar cel. Het Openbaar Ministerie had vier jaar cel geëist.",
         "nl", "Kees Brouwer", "Openbaar Ministerie"),
        ("Het Openbaar Ministerie eiste vier jaar cel tegen de eigenaar van het forum "
         "Duisterweb, Kees Brouwer.", "nl", "Kees Brouwer", None),
        ("Kees Brouwer, the owner of the forum Duisterweb, received a three-year prison "
         "sentence.", "en", "Kees Brouwer", None),
    ],
)  # fmt: skip
def test_sentences_and_what_the_prosecution_demands(
    context, text, language, defendant, prosecutor
) -> None:
    found = facts(context, text, language)
    assert set(_defendants(found)) == {defendant}
    case, status = _defendants(found)[defendant]
    assert status == ("alleged" if "eiste" in text else "ruled")
    if prosecutor:
        assert ("PLAINTIFF_IN", prosecutor, case, "established") in found
