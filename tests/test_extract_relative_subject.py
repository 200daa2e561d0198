"""Two readings of a news sentence's frame (issue #10), on sentences written for these tests
with invented names:

- "Zorblat, which operates Quillchat": the relative pronoun is the verb's subject, so the
  name it stands for owns the site, even a name the knowledge base does not know while
  known bodies stand further left in the sentence;
- "March 14 (UPI) -- ...": a dateline that opens with the day names its news agency, which is
  no party and no platform.
"""

from __future__ import annotations

import pytest
from sentences import extracted, facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(request.param)


def test_the_name_a_relative_pronoun_stands_for_is_the_subject(context):
    got = facts(
        context,
        "The Ohio Department of Justice and the FTC announced a settlement with Zorblat, which "
        "operates Quillchat and Vexly.",
        "en",
    )
    owns = {row for row in got if row[0] == "OWNS"}
    assert owns == {
        ("OWNS", "Zorblat", "Quillchat", "established"),
        ("OWNS", "Zorblat", "Vexly", "established"),
    }


def test_a_person_who_founded_a_site_founded_it(context):
    got = facts(context, "The regulator met Jan Vorst, who founded Quillchat in 2015.", "en")
    assert ("FOUNDED", "Jan Vorst", "Quillchat", "established") in got
    assert not any(row[1] == "regulator" for row in got)


def test_a_relative_clause_with_its_own_subject_is_left_alone(context):
    got = facts(context, "The site, which Zorblat Inc. operates, was fined by the FTC.", "en")
    assert not any(row[0] == "OWNS" and row[1] != "Zorblat Inc." for row in got)


def test_a_dutch_relative_clause_keeps_its_antecedent(context):
    got = facts(context, "De toezichthouder beboette Zorblat, dat Quillchat exploiteert.", "nl")
    assert ("OWNS", "Zorblat", "Quillchat", "established") in got


@pytest.mark.parametrize(
    "opening", ["March 14 (UPI) -- ", "3 May (Reuters) - ", "Nov. 3, 2024 (AP) — "]
)
def test_a_dated_dateline_names_no_party(context, opening):
    """The company investigated is an organisation, so no platform is near for "subsidiary
    of": the agency in the dateline must not become one."""
    text = (
        f"{opening}The European Commission on Thursday opened an inquiry into the retailer "
        "Quillmart Ltd, which is a subsidiary of Zorblat Group, over illegal content."
    )
    entities, relationships = extracted(context, text, "en")
    assert not {e.name for e in entities.values()} & {"UPI", "Reuters", "AP"}
    rows = {(r.type, entities[r.source].name, entities[r.target].name) for r in relationships}
    assert rows == {
        ("DEFENDANT_IN", "Quillmart Ltd", "European Commission v. Quillmart Ltd (2023)"),
        ("PLAINTIFF_IN", "European Commission", "European Commission v. Quillmart Ltd (2023)"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "3 May                 The European Commission opened an inquiry into Quillmart Ltd.",
        "The          European Commission opened an inquiry into Quillmart Ltd.",
    ],
)
def test_a_run_of_spaces_keeps_a_name_whole(context, text):
    """Blanked datelines and text from PDFs leave runs of spaces: a name after one is read
    from its own characters ("European Commission", never "May Commission")."""
    got = facts(context, text, "en")
    assert {(row[0], row[1], row[3]) for row in got} == {
        ("PLAINTIFF_IN", "European Commission", "established"),
        ("DEFENDANT_IN", "Quillmart Ltd.", "alleged"),
    }
    assert all(row[2].startswith("European Commission v. Quillmart Ltd.") for row in got)
