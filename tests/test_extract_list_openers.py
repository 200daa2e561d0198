"""Names listed after a plural type noun (issue #10), on sentences written for these tests
with invented names: a list opener of more than one word ("such as"), one after a comma
("three platforms, including X") and the Dutch "als" ("datingapps als X") type the names
as the noun does, as "including", "like" and "zoals" right after the noun did; a run
holding a person's name ("platforms, including Ohio AG Dana Reyes's suit") lists none."""

from __future__ import annotations

import pytest
from sentences import entity_types

from liability_graph.evaluation import reference_context


@pytest.fixture(scope="module")
def context():
    return reference_context()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The dispute concerns dating apps such as Flirtbox, Moonwell and Swoonr.", "en"),
        ("Regulators fined three platforms, including Flirtbox, Moonwell and Swoonr, on Monday.",
         "en"),
        ("Streaming sites, such as Flirtbox, Moonwell or Swoonr, were blocked last year.", "en"),
        ("De zaak gaat over datingapps als Flirtbox, Moonwell en Swoonr.", "nl"),
        ("De toezichthouder waarschuwde vier websites, zoals Flirtbox, Moonwell en Swoonr.", "nl"),
    ],
)  # fmt: skip
def test_names_after_a_list_opener_take_the_nouns_type(context, text, language):
    typed = entity_types(context, text, language)
    assert {n: typed.get(n) for n in ("Flirtbox", "Moonwell", "Swoonr")} == {
        "Flirtbox": "Platform",
        "Moonwell": "Platform",
        "Swoonr": "Platform",
    }


def test_a_persons_name_after_the_opener_lists_no_platform(context):
    text = (
        "Reporters covered efforts on several social platforms, including Ohio AG Dana "
        "Reyes's lawsuit against Quillbay."
    )
    typed = entity_types(context, text, "en")
    assert not [n for n, t in typed.items() if t == "Platform" and "Reyes" in n]
