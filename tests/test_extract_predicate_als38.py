""" "als" before a predicate opens no clause (issue #10, stop 38's open Dutch class "als
medeplichtig vervolgd"): "X werd door het OM als medeplichtig vervolgd" gave nothing, since
"als" (a subordinator) cut the subject and the agent off from the verb. Before a subject it
still opens a clause ("als de rechter ...", "als hij ...")."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.loaders.extract.text import tokenize

OM_CASE = "Openbaar Ministerie v. Zorbix"
PROSECUTED = {
    ("DEFENDANT_IN", "Zorbix", OM_CASE, "alleged"),
    ("PLAINTIFF_IN", "Openbaar Ministerie", OM_CASE, "established"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Zorbix werd door het OM als medeplichtig vervolgd.",
        "Zorbix en haar directeur werden door het OM als medeplichtig aangemerkt en vervolgd.",
        "Zorbix is door het OM als verdachte vervolgd.",
    ],
)
def test_a_predicate_after_als_keeps_the_clause(context, text):
    assert facts(context, text, "nl") == PROSECUTED


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Zorbix werd als medeplichtig vervolgd.", False),
        ("Zorbix gaat failliet als de rechter het bedrijf veroordeelt.", True),
        ("Zorbix gaat failliet als hij wint.", True),
        ("Zorbix gaat failliet als Quillo wint.", True),
    ],
)
def test_als_opens_a_clause_only_before_a_subject(text, opens):
    tokens = tokenize(text, 0, "nl")
    at = next(i for i, t in enumerate(tokens) if t.lower == "als")
    assert (tokens[at].clause != tokens[at - 1].clause) == opens
