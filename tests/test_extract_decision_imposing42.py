"""A regulator's decision whose participle fines (issue #10, recall): "the Commission adopted
a decision imposing a fine on X" read no one imposing, since the participle's own subject
is the decision; the one who adopted (issued, took) the decision is the one who fines. A
decision no verb has for object ("In a decision imposing a fine on X, ...") gives nobody.
The fine's amount told again after a colon ("imposed a fine to enforce the law: €90 million
for breaches by X") names the fined in the colon's clause."""

from __future__ import annotations

import pytest
from sentences import defendant_names, facts, plaintiff_names


@pytest.mark.parametrize(
    "text, regulator",
    [
        (
            "The European Commission adopted a decision imposing a fine of €90 million on "
            "Quillchat.",
            "European Commission",
        ),
        (
            "The European Commission adopted a final decision imposing a fine of €90 million "
            "on Quillchat for two breaches of the Digital Services Act.",
            "European Commission",
        ),
        ("Ofcom issued its ruling imposing a £2 million penalty on Quillchat.", "Ofcom"),
        (
            "Last week, the European Commission adopted a final decision imposing a fine to "
            "enforce its platform rules for the first time: €90 million for two breaches of "
            "those rules by Quillchat.",
            "European Commission",
        ),
        ("Ofcom imposed a record fine: £2 million on Quillchat.", "Ofcom"),
    ],
)
def test_the_one_who_took_the_decision_fines(context, text, regulator):
    found = facts(context, text, "en")
    assert plaintiff_names(found) == {regulator}
    assert defendant_names(found) == {"Quillchat"}


def test_a_decision_no_verb_takes_names_no_fining_party(context):
    found = facts(
        context,
        "In a decision imposing a fine of €90 million on Quillchat, the judge of Zorbland "
        "said the app broke the law.",
        "en",
    )
    assert plaintiff_names(found) <= {"Plaintiffs"}


def test_a_colon_that_opens_no_amount_names_no_fined_party(context):
    found = facts(context, "Ofcom imposed a fine: the rules were broken by Quillchat.", "en")
    assert "Quillchat" not in defendant_names(found)
