"""Lists of articles of one law (issue #10): in "artikel 5, artikel 6 en artikel 7 van de
DMA" only the last article stood right before the law, so the others became laws of their
own ("Section 5"), with a case invoking them or a jurisdiction from a party's adjective. A
bare article listed before an article of a known law is of that law too. Sentences
written for these tests; company names are invented.
"""

from __future__ import annotations

import pytest
from sentences import facts


def no_bare_sections(rows: set[tuple[str, ...]]) -> bool:
    return not any(end.startswith("Section ") for row in rows for end in row[1:3])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Volgens de rechter heeft het Amerikaanse bedrijf artikel 12 en artikel 17 van de "
            "DSA geschonden.",
            "nl",
        ),
        (
            "De Europese Commissie opende een procedure tegen Zorblat wegens schending van "
            "artikel 5, artikel 6 en artikel 7 van de DMA.",
            "nl",
        ),
        (
            "De Europese Commissie beboette Zorblat voor het schenden van artikel 5 en "
            "artikel 6 van de DMA.",
            "nl",
        ),
        (
            "De Commissie opende een onderzoek naar Kiekje onder artikel 34 en artikel 35 van "
            "de DSA.",
            "nl",
        ),
    ],
)
def test_listed_articles_are_of_the_law_after_them(context, text, language):
    assert no_bare_sections(facts(context, text, language))
