"""Dutch case phrasings of stop 28 (issue #10), on sentences written for these tests with
invented names: a company noun that points back past a regulator whose one-word name is a
compound ("de Kansspelautoriteit ... Het bedrijf").
"""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts

# "het bedrijf", "de onderneming" point back to the fined company, never to the regulator
# whose one compound word ends in a regulator's head ("-autoriteit")
COMPANY_NOUN_AFTER_REGULATOR = [
    ("De Kansspelautoriteit beboette de webwinkel Kadoosje. Het bedrijf werd vorig jaar "
     "ook al beboet.", "Kansspelautoriteit"),
    ("De Spelautoriteit legde de webwinkel Tulpbox een dwangsom op. Het bedrijf moet ook "
     "een boete betalen.", "Spelautoriteit"),
    ("Vorige maand beboette de Mediaautoriteit de webwinkel Kadoosje. De onderneming kreeg "
     "in 2020 ook een boete.", "Mediaautoriteit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "regulator"), COMPANY_NOUN_AFTER_REGULATOR)
def test_a_company_noun_never_points_back_to_a_regulator(context, text, regulator):
    found = facts(context, text, "nl")
    assert regulator not in defendant_names(found)
    assert ("PLAINTIFF_IN", regulator) in {(f[0], f[1]) for f in found}
