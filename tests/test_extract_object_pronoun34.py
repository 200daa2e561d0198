"""A person pronoun inside a sentence that names no one stands for the person named before
(issue #10): "X richtte Y op. Justitie verdenkt hem van fraude" gave nothing, since "hem" was
no pronoun the packs resolve and a sentence without a name was only read when its first word
was a pronoun ("Last year he was charged" after a sentence naming him gave nothing too)."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    "text, language, case, status",
    [
        (
            "Piet Kalvan richtte Zorbix op. Het OM verdenkt hem van fraude.",
            "nl",
            "Openbaar Ministerie v. Piet Kalvan",
            "alleged",
        ),
        (
            "Piet Kalvan werd opgepakt. De Amerikaanse justitie verdenkt hem van witwassen.",
            "nl",
            "United States v. Piet Kalvan",
            "alleged",
        ),
        (
            "Piet Kalvan richtte Zorbix op. De rechtbank veroordeelde hem tot drie jaar cel.",
            "nl",
            "Prosecution v. Piet Kalvan",
            "ruled",
        ),
        (
            "Piet Kalvan founded Zorbix. Last year he was charged with fraud.",
            "en",
            "Prosecution v. Piet Kalvan (2022)",
            "alleged",
        ),
    ],
)
def test_a_pronoun_in_a_nameless_sentence_is_the_person_before(
    context, text, language, case, status
):
    assert ("DEFENDANT_IN", "Piet Kalvan", case, status) in facts(context, text, language)


def test_a_pronoun_with_no_person_before_names_no_one(context):
    assert facts(context, "Zorbix is een app. Het OM verdenkt hem van fraude.", "nl") == set()
