"""Three ways a name is read from the words around it (issue #10): a count word opening a
sentence before a law's title counts the claims, not the law ("Four Zorbland Consumer Fraud
Act claims"); a name in quotation marks after a platform noun is the platform ("the online
marketplace 'Quill Road'"); what "the operator of" names is a platform that the operator
owns ("Brelco Inc., the operator of Quillchat,")."""

from __future__ import annotations

from sentences import entity_types, triples


def test_a_count_word_is_no_part_of_a_laws_title(context):
    text = (
        "The state sued Brelco. Four Zorbland Consumer Fraud Act claims raised by the state "
        "rest on the company's own statements."
    )
    assert "Zorbland Consumer Fraud Act" in entity_types(context, text, "en")
    assert not any(name.startswith("Four") for name in entity_types(context, text, "en"))


def test_a_quoted_name_after_a_platform_noun_is_the_platform(context):
    text = "Mara Quist, the founder of the online marketplace 'Quill Road', was sentenced."
    assert ("FOUNDED", "Mara Quist", "Quill Road") in triples(context, text, "en")


def test_the_operator_of_a_name_owns_it(context):
    text = (
        "The state filed a lawsuit against Brelco, Inc., the operator of Quillchat, alleging "
        "the platform's design harms minors."
    )
    found = triples(context, text, "en")
    assert ("OWNS", "Brelco, Inc.", "Quillchat") in found
