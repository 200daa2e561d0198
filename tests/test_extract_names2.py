"""Names and their companies without the reference base (issue #10): sentences written
for these tests, every name invented, in English and Dutch."""

from __future__ import annotations

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract
from liability_graph.loaders.extract.pipeline import _one_company


@pytest.fixture(scope="module")
def context():
    return reference_context(reference=False)


def facts(context, text: str, language: str) -> set[tuple]:
    document = Document(title="t", source="t", published="2021-03-01", content_hash=text[:60])
    found = extract(text, document, context, language=language)
    entities = {f.key: f for f in found if isinstance(f, Entity)}
    return {
        (r.type, entities[r.source].name, entities[r.target].name)
        for r in found
        if isinstance(r, Relationship) and r.type != "MENTIONS"
    }


# A company's own division or brand ("Zorvex Cloud Services", "ZCS") is not its customer:
# a SERVICED fact between them is a misreading; the real customer stays.
def test_a_company_does_not_service_its_own_division(context):
    text = (
        "Zorvex Cloud Services stopped hosting the forum Quillbark. “Forcing [Zorvex] to "
        "host Quillbark’s users’ violent content would interfere with ZCS’s ability to "
        "prevent its services from being used to promote violence.”"
    )
    serviced = {(s, t) for r, s, t in facts(context, text, "en") if r == "SERVICED"}
    assert serviced == {("Zorvex Cloud Services", "Quillbark")}


@pytest.mark.parametrize(
    ("vendor", "customer", "text", "same"),
    [
        ("Zorvex", "Zorvex Cloud Services", "", True),
        ("Zorvex", "ZCS", "Zorvex Cloud Services hostte het forum.", True),
        ("ZCS", "Zorvex", "the Zorvex Cloud Services unit", True),
        ("Zorvex", "ZCS", "Zorvex hostte het forum.", False),  # no name spelled out
        ("Zorvex", "Zorblat", "Zorvex Cloud Services", False),
        ("Nimbacard", "NXT", "Nimbacard Online Pay", False),  # not its initials
    ],
)  # fmt: skip
def test_one_company(vendor, customer, text, same):
    assert _one_company(vendor, customer, text) is same


# A surname joined to an initial by a hyphen ("T-Olsen") is a name word: the founder
# named in an apposition, and the surname alone later, are that person.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The chat site Quillchat closed on Wednesday. Its founder, Mira T-Olsen, "
               "wrote a letter. T-Olsen started Quillchat in 2009 when she was 18."),
        ("nl", "De chatsite Quillchat stopte woensdag. De oprichter, Mira T-Olsen, schreef "
               "een brief. T-Olsen begon Quillchat in 2009 toen ze 18 was."),
    ],
)  # fmt: skip
def test_a_hyphened_surname_is_a_name(context, language, text):
    assert ("FOUNDED", "Mira T-Olsen", "Quillchat") in facts(context, text, language)


# A type noun written with a capital inside a sentence and followed by another capitalised
# word is a word of a name ("the App Store", "de Cloud Vault"), not a role introducing one:
# no platform called "Store" or "Vault" is a customer.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "After the riot, Zentrapay and Nimbacard decided to remove the Quillbark app "
               "from the Play Store and App Store."),
        ("nl", "Waarna zowel Zentrapay als Nimbacard besloten om de Quillbark-app te "
               "verwijderen uit de Play Store en App Store."),
    ],
)  # fmt: skip
def test_a_capitalised_type_noun_inside_a_name_types_nothing(context, language, text):
    ends = {name for _, s, t in facts(context, text, language) for name in (s, t)}
    assert not ends & {"Store", "App Store", "Play Store"}


# A verb that only says what kind of company a type noun names ("a hosting company",
# "een hostingbedrijf") states no service: the prosecuting agency is no customer.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Department of Justice charged Zentrahost, a hosting company."),
        ("nl", "Het Openbaar Ministerie vervolgt Zentrahost, een hostingbedrijf."),
    ],
)  # fmt: skip
def test_a_company_kind_is_no_service(context, language, text):
    triples = facts(context, text, language)
    assert not {t for t in triples if t[0] == "SERVICED"}
    assert ("DEFENDANT_IN", "Zentrahost") in {t[:2] for t in triples}
