"""Corporate relations between companies no list knows (issue #10), on sentences of our
own, in English and Dutch, run without the reference base (as `ingest --no-reference`):
the held-out articles tell of events and companies the reference base does not cover."""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def _of(found: set[tuple[str, ...]], kind: str) -> set[tuple[str, ...]]:
    return {f[1:3] for f in found if f[0] == kind}


# "X, the parent company of A and B": the parent owns every platform the "of" lists
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Regulators fined Zuidmeta, the parent company of Fotobook and Kletsapp."),
        ("en", "Zuidmeta, the owner of Fotobook and Kletsapp, said it would appeal."),
        ("nl", "De toezichthouder beboette Zuidmeta, het moederbedrijf van Fotobook en "
               "Kletsapp."),
        ("nl", "Zuidmeta, de eigenaar van Fotobook en Kletsapp, gaat in beroep."),
    ],
)  # fmt: skip
def test_parent_of_a_coordination_owns_each(context, language, text):
    found = facts(context, text, language)
    assert _of(found, "OWNS") == {("Zuidmeta", "Fotobook"), ("Zuidmeta", "Kletsapp")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lawyers for the family, led by Anna Berg, accuse the owners of Fotobook and "
               "Kletsapp of negligence."),
        ("nl", "Advocaten van de familie, onder leiding van Anna Berg, beschuldigen de "
               "eigenaars van Fotobook en Kletsapp van nalatigheid."),
    ],
)  # fmt: skip
def test_owners_as_an_object_name_no_owner(context, language, text):
    assert not _of(facts(context, text, language), "OWNS")


def test_a_type_noun_inside_a_company_name_types_nothing(context):
    """In "Zuidmeta Platforms Inc." the word "Platforms" is part of the name, not a noun that
    introduces "Inc" as a platform."""
    text = "The state sued Fotobook parent company Zuidmeta Platforms Inc. on Monday."
    entities, _ = extracted(context, text, "en")
    assert "Inc" not in {e.name for e in entities.values()}
    assert _of(facts(context, text, "en"), "OWNS") == {("Zuidmeta Platforms Inc.", "Fotobook")}


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the social media platform Q on Friday. Its owner, Karl "
        "Vance, said Q would appeal.",
        "The regulator fined the social media platform Q on Friday. Karl Vance, the owner "
        "of Q, said it would appeal.",
        "The regulator fined the social media platform Q on Friday. Karl Vance's Q said it "
        "would appeal.",
    ],
)  # fmt: skip
def test_a_one_letter_platform_is_found_again(context, text):
    """A one-letter platform name a type noun introduced ("the platform Q") is that
    platform again where it stands alone as that capital."""
    assert ("Karl Vance", "Q") in _of(facts(context, text, "en"), "OWNS")


def test_a_one_letter_word_is_no_platform_without_its_noun(context):
    text = "Karl Vance, the owner of Q, said it would appeal."
    assert not _of(facts(context, text, "en"), "OWNS")


# SERVICED between companies no list knows
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Epik took over the domain registration of Gabblr.", {("Epik", "Gabblr")}),
        ("nl", "Epik nam de domeinregistratie van Gabblr over.", {("Epik", "Gabblr")}),
        ("nl", "Wolkdata gaat de hosting van het forum Praatplein overnemen.",
         {("Wolkdata", "Praatplein")}),
        ("nl", "Creditcardmaatschappijen Vorta en Kaartix stoppen met het verwerken van "
               "betalingen aan Praatplein.", {("Vorta", "Praatplein"), ("Kaartix", "Praatplein")}),
    ],
)  # fmt: skip
def test_vendors_no_list_knows(context, language, text, expected):
    found = facts(context, text, language)
    assert _of(found, "SERVICED") == expected
    assert not _of(found, "OWNS")  # a service taken over is no takeover


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kletsmedia took over the forum Praatplein in 2020."),
        ("nl", "Het bedrijf Kletsmedia nam het forum Praatplein in 2020 over."),
    ],
)  # fmt: skip
def test_taking_over_a_platform_is_still_ownership(context, language, text):
    found = facts(context, text, language)
    assert _of(found, "OWNS") == {("Kletsmedia", "Praatplein")}
    assert not _of(found, "SERVICED")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a regulator introduced by its noun, or bringing a fine, is no vendor or customer
        ("en", "The French watchdog, Veritel, looked into the app. Zorbl said it was "
               "committed to working actively with Veritel, as its users expect."),
        ("en", "Zorbl said it would keep working with Veritel, the French regulator, to help "
               "its users."),
        ("en", "Veritel fined the app Zorbl in 2020. Zorbl can avoid more fines by providing "
               "copies of its software audits to Veritel."),
        ("nl", "De privacytoezichthouder Datawacht deed onderzoek. Zorbl werkt samen met "
               "Datawacht om de app te verbeteren voor gebruikers."),
        # what a company once sold on the web, not to whom
        ("en", "Melodix used to sell subscriptions on the web only to avoid Fruitco's fees."),
    ],
)  # fmt: skip
def test_no_service_to_or_from_a_regulator(context, language, text):
    assert not _of(facts(context, text, language), "SERVICED")


def test_a_vendor_sells_to_the_platform_after_to(context):
    text = "Nimbus Pay sold payment services to the forum Gabblr until 2019."
    assert _of(facts(context, text, "en"), "SERVICED") == {("Nimbus Pay", "Gabblr")}


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # an aside in brackets locates or gives an example; it is no end
        ("nl", "De verdachte zou een 60-jarige man zijn, die in 2013 de bunker in de stad "
               "Kleindorp (ten noorden van Grootstad) kocht.", "OWNS"),
        ("en", "The suit treats Zorbl as a products maker, accusing it of negligently "
               "designing a product (Chatterly) with a defect.", "SERVICED"),
        # a name the document invokes as a law is no customer
        ("en", "The regulator based its claim on a probe into whether Kletsnet met its duty "
               "to provide clear information under the DPLA.", "SERVICED"),
        # the newsroom a statement was made to is no customer
        ("en", "The hosting company, Stratus Cloud, confirmed to Vox that it was hosting the "
               "site.", "SERVICED"),
        # a sentence adverb is no company
        ("en", "Additionally, the forum's hosting company, Stratus Cloud, said it was hosting "
               "the site.", "SERVICED"),
    ],
)  # fmt: skip
def test_asides_laws_and_listeners_are_no_ends(context, language, text, kind):
    found = facts(context, text, language)
    assert not _of(found, kind)
    entities, _ = extracted(context, text, language)
    assert "Additionally" not in {e.name for e in entities.values()}


def test_a_short_form_in_brackets_is_still_an_end(context):
    """The brackets break no clause: the name they follow, not its short form, is the end
    (the short form is that name's alias)."""
    text = "Stratus Web Services (SWS) stopped hosting the forum Gabblr in 2021."
    assert _of(facts(context, text, "en"), "SERVICED") == {("Stratus Web Services", "Gabblr")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Commission opened proceedings against Karl Vance's Q, formerly Chirpa, "
               "over claims it breached the law."),
        ("en", "The Commission opened proceedings against Q (previously Chirpa) on Monday. "
               "Karl Vance, the owner of Q, said he would fight."),
        ("nl", "De Commissie is een onderzoek gestart naar Q, voorheen Chirpa. Eigenaar van Q "
               "is Karl Vance."),
    ],
)  # fmt: skip
def test_a_renamed_platform_keeps_its_kind(context, language, text):
    """ "Q, formerly Chirpa": the one-letter new name is the platform Chirpa was."""
    found = facts(context, text, language)
    assert _of(found, "OWNS") == {("Karl Vance", "Q")}
    assert {s for s, _ in _of(found, "DEFENDANT_IN")} == {"Q"}


def test_operating_on_a_platform_owns_nothing(context):
    """ "on" in a YAML word list must stay the word (unquoted, YAML reads it as true)."""
    text = "Families sued Stratus Labs, saying drug sellers operating on Chatterly harmed them."
    assert not _of(facts(context, text, "en"), "OWNS")
