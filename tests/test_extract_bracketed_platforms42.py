"""A list of platforms in brackets right after a company's name ("Zorblat (Quixly, Vexchan en
Pindle)") names the platforms the company runs, and is no clause of its own: the company
stays an end of the verb around the brackets, in Dutch and English (issue #10). Sentences
written for these tests with invented names."""

from __future__ import annotations

import pytest
from sentences import facts

from liability_graph.evaluation import reference_context


@pytest.fixture(params=[True, False], ids=["reference", "no-reference"])
def context(request):
    return reference_context(reference=request.param)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De toezichthouder Quellnet heeft vorige week het bedrijf Brelco en het "
               "socialemediabedrijf Zorblat (Quixly, Vexchan en Pindle) boetes opgelegd."),
        ("nl", "De toezichthouder Quellnet heeft het bedrijf Brelco en het socialemediabedrijf "
               "Zorblat (Quixly, Vexchan, Pindle) boetes opgelegd omdat zij de regels overtraden."),
    ],
)  # fmt: skip
def test_the_fined_companies_stay_the_defendants_past_the_brackets(context, language, text):
    found = facts(context, text, language)
    defendants = {source for kind, source, _, _ in found if kind == "DEFENDANT_IN"}
    assert defendants == {"Brelco", "Zorblat"}


def test_the_listed_platforms_are_owned_by_the_company(context):
    text = (
        "De toezichthouder heeft de socialemediabedrijven Brelco en Zorblat (de apps Quixly en "
        "Vexchan) beboet. Zorblat (Quixly, Vexchan) gaat in beroep."
    )
    found = facts(context, text, "nl")
    assert ("OWNS", "Zorblat", "Quixly", "established") in found
    assert ("OWNS", "Zorblat", "Vexchan", "established") in found


def test_the_listed_platforms_are_owned_in_english_too(context):
    text = "The social media company Zorblat (Quixly, Vexchan and Pindle) appealed the decision."
    found = facts(context, text, "en")
    assert {("OWNS", "Zorblat", name, "established") for name in ("Quixly", "Vexchan", "Pindle")} <= found


def test_a_company_short_form_in_brackets_is_no_list(context):
    text = "Brelco Zorblat Media (BZM) heeft het platform Quixly gekocht."
    found = facts(context, text, "nl")
    assert not any(target == "BZM" for _, _, target, _ in found)


def test_a_known_owner_lists_its_known_platforms():
    text = "De Europese Commissie heeft het bedrijf Brelco en Meta (Facebook, Instagram) beboet."
    found = facts(reference_context(), text, "nl")
    assert ("OWNS", "Meta Platforms", "Facebook", "established") in found
    assert ("OWNS", "Meta Platforms", "Instagram", "established") in found
    defendants = {source for kind, source, _, _ in found if kind == "DEFENDANT_IN"}
    assert defendants == {"Brelco", "Meta Platforms"}
