"""A second passive verb after "and" shares the first one's subject, not its agent (issue
#10): "Zorbix was founded by Mara Quinn in 2014 and was sued by Quillo Labs in 2020" gave the
founder and no suit: the name before "and" was the first passive's agent, followed by no
auxiliary, so the second verb had no subject."""

from __future__ import annotations

import pytest
from sentences import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorbix was founded by Mara Quinn and was sued by Quillo Labs.",
        "Zorbix was acquired by Brelco and was sued by Quillo Labs.",
    ],
)
def test_the_first_passives_subject_is_sued(context, sentence):
    found = facts(context, sentence, "en")
    assert ("DEFENDANT_IN", "Zorbix", "Quillo Labs v. Zorbix", "alleged") in found
    assert ("PLAINTIFF_IN", "Quillo Labs", "Quillo Labs v. Zorbix", "established") in found
    assert not any(f[0] == "DEFENDANT_IN" and f[1] != "Zorbix" for f in found)


def test_the_object_of_an_active_first_clause_is_no_shared_subject(context):
    found = facts(context, "Quillo Labs sued Brelco and was sued by Zorbix.", "en")
    assert ("DEFENDANT_IN", "Brelco", "Quillo Labs v. Brelco", "alleged") in found
    assert not any(f[1] == "Brelco" and f[2].startswith("Zorbix") for f in found)
