"""Parties, laws invoked and Dutch organisation names on news-style text (issue #10), in
English and Dutch, on sentences written for these tests with invented parties the reference
base does not know: who sues (also a one-word company), whom a regulator fines, which laws a
suit says were broken, and organisation names that hold "en" or open a sentence."""

from __future__ import annotations

import pytest
from sentences import facts


def test_a_one_word_company_that_sues_is_the_plaintiff(context):
    found = facts(
        context,
        "Zorblat sued Quendra Networks on Tuesday, accusing the chat platform of copying its "
        "encryption software.",
        "en",
    )
    case = "Zorblat v. Quendra Networks (2023)"
    assert ("PLAINTIFF_IN", "Zorblat", case, "established") in found
    assert ("DEFENDANT_IN", "Quendra Networks", case, "alleged") in found


def test_a_one_word_plaintiff_as_the_agent_of_a_passive(context):
    found = facts(context, "Quendra Networks was sued by Zorblat last week.", "en")
    assert {(t, s) for t, s, _, _ in found} >= {
        ("PLAINTIFF_IN", "Zorblat"),
        ("DEFENDANT_IN", "Quendra Networks"),
    }


def test_a_one_word_name_away_from_the_verb_brings_no_case(context):
    found = facts(context, "In Zorblat, a Vermont town, residents sued Quendra Networks Inc.", "en")
    assert not any(t == "PLAINTIFF_IN" and s == "Zorblat" for t, s, _, _ in found)


def test_a_fine_on_a_platform_introduced_by_an_ing_modifier(context):
    found = facts(
        context,
        "The Federal Trade Commission fined the dating app Lovelo Inc. $12 million on "
        "Thursday. The FTC said the company violated the Restore Online Shoppers' "
        "Confidence Act.",
        "en",
    )
    case = "Federal Trade Commission v. Lovelo Inc. (2023)"
    assert ("DEFENDANT_IN", "Lovelo Inc.", case, "ruled") in found
    assert ("PLAINTIFF_IN", "Federal Trade Commission", case, "established") in found
    # after its fine, the regulator's own finding of the breach is ruled (annotation, 5)
    assert ("INVOKES", case, "Restore Online Shoppers' Confidence Act", "ruled") in found


def test_every_law_of_a_coordination_with_articles_is_invoked(context):
    found = facts(
        context,
        "Zorblat Inc. sued Quendra Networks in federal court. The lawsuit alleges "
        "violations of the Computer Fraud and Abuse Act and the Defend Trade Secrets Act.",
        "en",
    )
    laws = {target for t, _, target, _ in found if t == "INVOKES"}
    assert laws == {"Computer Fraud and Abuse Act", "Defend Trade Secrets Act"}


def test_a_parent_company_after_an_ing_modified_platform_is_sued_too(context):
    found = facts(
        context,
        "The state of Vermont sued the messaging app Glimmerchat and its parent company "
        "Brightwave Holdings Inc. on Monday.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Glimmerchat", "Brightwave Holdings Inc."}
    assert any(t == "PLAINTIFF_IN" and s == "State of Vermont" for t, s, _, _ in found)


# -- Dutch ---------------------------------------------------------------------------------


def test_an_authority_whose_name_holds_en_fines_the_indirect_object(context):
    found = facts(
        context,
        "De Autoriteit Consument en Markt (ACM) heeft de webwinkel Koopzo een boete van "
        "twee miljoen euro opgelegd. Volgens de toezichthouder heeft Koopzo de Wet "
        "handhaving consumentenbescherming overtreden.",
        "nl",
    )
    case = "Autoriteit Consument en Markt v. Koopzo"
    assert ("PLAINTIFF_IN", "Autoriteit Consument en Markt", case, "established") in found
    assert ("DEFENDANT_IN", "Koopzo", case, "ruled") in found
    # after its fine, the regulator's own finding of the breach is ruled (annotation, 5)
    assert ("INVOKES", case, "Wet handhaving consumentenbescherming", "ruled") in found


def test_an_authority_at_the_start_of_a_sentence_keeps_its_head(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens legt de datingapp Flirtly een boete op van 1,2 "
        "miljoen euro. De Autoriteit Persoonsgegevens verwijt Flirtly de AVG te hebben "
        "geschonden.",
        "nl",
    )
    case = "Autoriteit Persoonsgegevens v. Flirtly"
    assert ("PLAINTIFF_IN", "Autoriteit Persoonsgegevens", case, "established") in found
    assert ("DEFENDANT_IN", "Flirtly", case, "ruled") in found
    # after its fine, the regulator's own finding of the breach is ruled (annotation, 5)
    assert ("INVOKES", case, "General Data Protection Regulation", "ruled") in found


def test_a_brand_after_en_is_a_second_name(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens en Zorblat Inc. klagen Quendra B.V. aan.",
        "nl",
    )
    names = {s for _, s, _, _ in found}
    assert "Autoriteit Persoonsgegevens en Zorblat Inc." not in names


def test_a_state_after_its_title_is_no_part_of_the_next_name(context):
    found = facts(
        context, "In Amerika klaagde de staat Utah Zorblat Inc. aan wegens misleiding.", "nl"
    )
    case = "State of Utah v. Zorblat Inc."
    assert ("PLAINTIFF_IN", "State of Utah", case, "established") in found
    assert ("DEFENDANT_IN", "Zorblat Inc.", case, "alleged") in found


def test_the_object_between_auxiliary_and_participle_behind_a_role_noun(context):
    found = facts(
        context,
        "Het Openbaar Ministerie heeft hostingbedrijf Serverhuis aangeklaagd voor het hosten "
        "van illegaal materiaal.",
        "nl",
    )
    case = "Openbaar Ministerie v. Serverhuis"
    assert ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established") in found
    assert ("DEFENDANT_IN", "Serverhuis", case, "alleged") in found
    assert not any(t == "PLAINTIFF_IN" and s == "Serverhuis" for t, s, _, _ in found)


def test_the_holder_of_a_role_in_apposition_is_the_defendant(context):
    found = facts(
        context,
        "Het Openbaar Ministerie vervolgt de topman van Glimmerchat, Piet Jansen, op grond "
        "van de Wet computercriminaliteit.",
        "nl",
    )
    case = "Openbaar Ministerie v. Piet Jansen"
    assert ("DEFENDANT_IN", "Piet Jansen", case, "alleged") in found
    assert ("INVOKES", case, "Wet computercriminaliteit", "alleged") in found
    assert not any(t == "DEFENDANT_IN" and s == "Glimmerchat" for t, s, _, _ in found)


def test_the_owner_in_apposition_is_the_one_convicted(context):
    found = facts(
        context,
        "De eigenaar van het hostingbedrijf Serverhuis, Kees de Vries, is vorige week "
        "veroordeeld tot drie jaar cel. Ook zijn compagnon Jan Bakker werd gedagvaard.",
        "nl",
    )
    defendants = {(s, c) for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert {s for s, _ in defendants} == {"Kees de Vries", "Jan Bakker"}
    assert len({c for _, c in defendants}) == 1  # "ook": the same case


def test_the_owner_in_apposition_in_english(context):
    found = facts(
        context,
        "Prosecutors charged the owner of hosting company Serverhuis, Kees Vroom, with "
        "money laundering.",
        "en",
    )
    assert {s for t, s, _, _ in found if t == "DEFENDANT_IN"} == {"Kees Vroom"}


def test_a_separable_particle_before_a_prepositional_phrase(context):
    found = facts(context, "Zorblat klaagt Glimmerchat aan bij de rechter.", "nl")
    case = "Zorblat v. Glimmerchat"
    assert ("PLAINTIFF_IN", "Zorblat", case, "established") in found
    assert ("DEFENDANT_IN", "Glimmerchat", case, "alleged") in found


def test_an_acronym_after_an_article_is_a_name_of_its_own(context):
    found = facts(
        context,
        "De Autoriteit Persoonsgegevens (AP) heeft het Amerikaanse techbedrijf Facevault een "
        "boete opgelegd. Volgens de AP heeft Facevault de AVG overtreden.",
        "nl",
    )
    case = "Autoriteit Persoonsgegevens v. Facevault"
    assert ("DEFENDANT_IN", "Facevault", case, "ruled") in found
    # after its fine, the regulator's own finding of the breach is ruled (annotation, 5)
    assert ("INVOKES", case, "General Data Protection Regulation", "ruled") in found


def test_a_fine_on_an_object_behind_an_adjective_and_role_noun(context):
    found = facts(
        context,
        "De Europese Commissie heeft het Chinese platform Shopnest beboet voor het overtreden "
        "van de Digital Services Act.",
        "nl",
    )
    case = "European Commission v. Shopnest"  # the reference base's name of the Commission
    assert ("DEFENDANT_IN", "Shopnest", case, "ruled") in found
    assert ("PLAINTIFF_IN", "European Commission", case, "established") in found


def test_a_suit_against_a_startup_an_acronym_modifies(context):
    found = facts(
        context,
        "Kestrel Media Group filed a copyright lawsuit against the AI startup Loomwise on "
        "Monday. The complaint seeks damages under the Copyright Act.",
        "en",
    )
    case = "Kestrel Media Group v. Loomwise (2023)"
    assert ("PLAINTIFF_IN", "Kestrel Media Group", case, "established") in found
    assert ("DEFENDANT_IN", "Loomwise", case, "alleged") in found
    assert ("INVOKES", case, "Copyright Act", "alleged") in found


def test_a_conditional_conviction_is_no_ruling(context):
    found = facts(
        context,
        "A federal grand jury indicted Viktor Salm on charges of money laundering. If "
        "convicted, Salm faces up to 20 years in prison.",
        "en",
    )
    statuses = {status for t, s, _, status in found if t == "DEFENDANT_IN" and s == "Viktor Salm"}
    assert statuses == {"alleged"}


def test_a_county_is_no_party(context):
    found = facts(
        context,
        "The Texas attorney general's office sued Chirp Technologies on Wednesday. The "
        "lawsuit, filed in Harris County, accuses the company of violating the Texas "
        "Deceptive Trade Practices Act.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert defendants == {"Chirp Technologies"}


def test_the_role_holder_in_apposition_between_auxiliary_and_participle(context):
    found = facts(
        context,
        "Het Openbaar Ministerie heeft de 41-jarige eigenaar van webwinkel Snelbox, Ahmed "
        "Yilmaz, gedagvaard wegens oplichting. Ook de medeoprichter van het bedrijf, Lisa "
        "Vos, wordt vervolgd.",
        "nl",
    )
    case = "Openbaar Ministerie v. Ahmed Yilmaz"
    assert ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established") in found
    assert ("DEFENDANT_IN", "Ahmed Yilmaz", case, "alleged") in found
    assert ("DEFENDANT_IN", "Lisa Vos", case, "alleged") in found  # "ook": the same case
    assert not any(t == "DEFENDANT_IN" and s == "Snelbox" for t, s, _, _ in found)


def test_hosting_named_as_the_charge_is_no_service(context):
    found = facts(
        context,
        "Het Openbaar Ministerie heeft hostingbedrijf Serverhuis aangeklaagd voor het hosten "
        "van illegaal materiaal.",
        "nl",
    )
    assert not any(t == "SERVICED" for t, _, _, _ in found)


def test_a_federal_indictment_is_the_united_states_case(context):
    found = facts(
        context,
        "A federal grand jury indicted Viktor Salm, the operator of the file-sharing site "
        "Dropvault, on charges of money laundering.",
        "en",
    )
    assert ("DEFENDANT_IN", "Viktor Salm", "United States v. Viktor Salm", "alleged") in found


def test_a_prosecution_without_a_federal_cue_keeps_no_country(context):
    found = facts(context, "Prosecutors charged Viktor Salm with money laundering on Monday.", "en")
    cases = {c for t, _, c, _ in found if t == "DEFENDANT_IN"}
    assert cases and not any(c.startswith("United States") for c in cases)


def test_also_in_a_separate_case_is_another_case(context):
    found = facts(
        context,
        "Federal prosecutors charged Viktor Salm with money laundering. His partner Dana "
        "Kroll was also charged in a separate case.",
        "en",
    )
    cases = {s: c for t, s, c, _ in found if t == "DEFENDANT_IN"}
    assert cases["Viktor Salm"] != cases["Dana Kroll"]


@pytest.mark.parametrize(
    "text",
    [
        "Vermont's attorney general, Dana Kroll, sued Zorblat Inc. on Monday.",
        "The Vermont attorney general, Dana Kroll, filed a lawsuit against Zorblat Inc.",
        "The office of Vermont Attorney General Dana Kroll sued Zorblat Inc. on Monday.",
    ],
)
def test_a_state_attorney_general_set_off_by_commas_sues_for_the_state(context, text):
    found = facts(context, text, "en")
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    assert plaintiffs == {"State of Vermont"}
    assert any(t == "DEFENDANT_IN" and s == "Zorblat Inc." for t, s, _, _ in found)


def test_a_name_in_commas_after_a_company_role_is_no_party(context):
    found = facts(
        context, "The company's chief executive, Dana Kroll, said the suit was baseless.", "en"
    )
    assert not any(t in ("PLAINTIFF_IN", "DEFENDANT_IN") for t, _, _, _ in found)


def test_a_dutch_procureur_generaal_is_no_plaintiff_his_state_is(context):
    found = facts(
        context, "De procureur-generaal van Vermont, Dana Kroll, heeft Zorblat aangeklaagd.", "nl"
    )
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    assert plaintiffs == {"State of Vermont"}


def test_a_counted_list_of_subsidiaries_are_defendants_each(context):
    found = facts(
        context,
        "Vermont Attorney General Dana Kroll announced on Tuesday that her office filed a "
        "lawsuit against Zorblat Inc., its chief executive Jan Smit and two of its "
        "subsidiaries, Zorblat Media LLC and Zorblat Labs LLC, in a county district court.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert {"Jan Smit", "Zorblat Media LLC", "Zorblat Labs LLC"} <= defendants
    assert {s for t, s, _, _ in found if t == "PLAINTIFF_IN"} == {"State of Vermont"}


def test_plural_subsidiaries_introduce_the_next_defendants(context):
    found = facts(
        context,
        "The state sued Quendra Holdings and its subsidiaries, Quendra Media LLC and Quendra "
        "Labs LLC, on Monday.",
        "en",
    )
    defendants = {s for t, s, _, _ in found if t == "DEFENDANT_IN"}
    assert {"Quendra Media LLC", "Quendra Labs LLC"} <= defendants


@pytest.mark.parametrize(
    "text",
    [
        "Vermont Attorney General Dana Kroll sued Zorblat on Monday. Attorney General Dana "
        "Kroll is also suing Quendra Inc. over its face scans.",
        "Vermont Attorney General Dana Kroll sued Zorblat on Monday. Kroll said Zorblat misled "
        "users. The AG sued Quendra Inc. in March.",
        "Vermont sued Zorblat on Monday. The state's attorney general said his office had sued "
        "Quendra Inc. in a county court.",
    ],
)
def test_a_later_official_sues_for_the_state_the_document_named(context, text):
    found = facts(context, text, "en")
    cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Quendra Inc."}
    assert cases and all(c.startswith("State of Vermont v. Quendra Inc.") for c in cases)
    assert ("PLAINTIFF_IN", "State of Vermont") in {(t, s) for t, s, c, _ in found if c in cases}


def test_an_unnamed_official_with_two_suing_states_stays_unresolved(context):
    found = facts(
        context,
        "Vermont and Ohio sued Zorblat on Monday. The attorney general said his office had "
        "sued Quendra Inc. in a county court.",
        "en",
    )
    cases = {c for t, s, c, _ in found if t == "DEFENDANT_IN" and s == "Quendra Inc."}
    assert not any(t == "PLAINTIFF_IN" and c in cases for t, _, c, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The office of New York Attorney General Dana Kroll sued Zorblat Inc. on Monday.",
        "New York's attorney general, Dana Kroll, sued Zorblat Inc. on Monday.",
        "The attorney general of Georgia, Dana Kroll, sued Zorblat Inc. on Monday.",
    ],
)
def test_a_state_named_like_a_city_sues_beside_its_attorney_general(context, text):
    found = facts(context, text, "en")
    plaintiffs = {s for t, s, _, _ in found if t == "PLAINTIFF_IN"}
    assert plaintiffs <= {"State of New York", "State of Georgia"} and len(plaintiffs) == 1


def test_a_city_named_like_a_state_stays_no_party(context):
    found = facts(context, "Zorblat Inc. was sued in New York on Monday by Quendra Labs.", "en")
    assert not any(s.startswith("State of") for _, s, _, _ in found)
