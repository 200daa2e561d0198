"""A name a person goes by is no party of its own (issue #10, precision): "... claiming
that she owned and operated the X website under the pseudonym 'Y'" made Y X's owner, and
a pseudonym that reads as a person's name became a plaintiff beside the person. The name
after a pseudonym noun (pseudonym_nouns: "pseudonym", "alias", "pseudoniem", "bijnaam")
is dropped, with every word of it."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "sentence, language, fact",
    [
        (
            "Prosecutors charged Dara Velsko with fraud, claiming that she owned and operated "
            "the Quillmarket website under the pseudonym “Grey Fox Ltd.”",
            "en",
            ("OWNS", "Dara Velsko", "Quillmarket", "alleged"),
        ),
        (
            "Prosecutors say Dara Velsko ran the forum Quillchat under the alias Night Owl, "
            "and sued Zorbix Media.",
            "en",
            ("PLAINTIFF_IN", "Dara Velsko", "Dara Velsko v. Zorbix Media", "established"),
        ),
        (
            "Onder het pseudoniem Grey Fox Ltd. richtte Dara Velsko het forum Quillchat op.",
            "nl",
            ("FOUNDED", "Dara Velsko", "Quillchat", "established"),
        ),
    ],
)
def test_a_pseudonym_is_no_party(context, sentence, language, fact):
    found = facts(context, sentence, language)
    assert fact in found
    assert not any("Grey Fox" in a or "Owl" in a or "Grey Fox" in b for _, a, b, _ in found)
