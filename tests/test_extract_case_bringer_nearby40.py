"""A case is named after its bringer, not a placeholder, when the bringer stands close by
(issue #10, precision class "placeholder case names", cname40). A platform that sues has
no PLAINTIFF_IN (the ontology allows none from a platform), yet the case is named after it
(docs/annotation.md, "Platforms as plaintiffs"): in the sentence that tells of the suit
("Quist, a dating app, sued X"), or in the next one that points back to the suit with a
definite case noun ("The suit was brought by Quist", "De zaak werd aangespannen door
Quist"). Without a bringer nearby, a placeholder the gold rules accept still names it."""

from __future__ import annotations

from sentences import facts, plaintiff_names


def _cases(found: set[tuple[str, ...]]) -> set[str]:
    return {target for kind, _, target, _ in found if kind == "DEFENDANT_IN"}


def test_a_platform_that_sues_names_the_case(context):
    found = facts(context, "Quist, a dating app, sued Brelco Hosting on Tuesday.", "en")
    assert _cases(found) == {"Quist v. Brelco Hosting (2023)"}
    assert plaintiff_names(found) == set()  # no PLAINTIFF_IN from a platform


def test_a_platform_filing_a_joint_suit_names_it(context):
    sentence = (
        "Quist, a dating app, answered the inquiry by filing a joint lawsuit with Zorblat "
        "against the British government."
    )
    found = facts(context, sentence, "en")
    assert _cases(found) == {"Quist v. British government"}
    assert plaintiff_names(found) == set()


def test_the_next_sentence_names_the_platform_that_brought_the_suit(context):
    text = "Brelco Hosting was sued on Monday. The suit was brought by Quist, a dating app."
    found = facts(context, text, "en")
    assert _cases(found) == {"Quist v. Brelco Hosting (2023)"}
    assert plaintiff_names(found) == set()


def test_dutch_a_platform_that_sues_names_the_case(context):
    found = facts(context, "Quist, een datingapp, heeft Brelco Hosting aangeklaagd.", "nl")
    assert _cases(found) == {"Quist v. Brelco Hosting"}
    assert plaintiff_names(found) == set()


def test_dutch_the_next_sentence_names_the_bringer(context):
    text = (
        "Brelco Hosting is maandag aangeklaagd. De zaak werd aangespannen door Quist, een "
        "datingapp."
    )
    found = facts(context, text, "nl")
    assert _cases(found) == {"Quist v. Brelco Hosting (2023)"}
    assert plaintiff_names(found) == set()


def test_a_named_bringer_in_the_next_sentence_is_the_claimant(context):
    text = (
        "A lawsuit filed on Tuesday accuses Zorblat of failing to protect children. The suit "
        "was brought by the Brelco Foundation."
    )
    found = facts(context, text, "en")
    assert _cases(found) == {"Brelco Foundation v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Brelco Foundation"}


def test_dutch_a_named_bringer_in_the_next_sentence_is_the_claimant(context):
    text = (
        "Zorblat is dinsdag aangeklaagd wegens misbruik op de app. De zaak werd aangespannen "
        "door de Stichting Kinderrecht."
    )
    found = facts(context, text, "nl")
    assert _cases(found) == {"Stichting Kinderrecht v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Stichting Kinderrecht"}


def test_a_court_placeholder_still_names_the_case_of_a_sued_platform(context):
    # the platform is the one sued: it brings nothing, and "Jane Doe" names the case
    found = facts(
        context, "A woman identified as Jane Doe sued Quist, a dating app, in 2022.", "en"
    )
    assert _cases(found) == {"Jane Doe v. Quist (2022)"}
    assert len(plaintiff_names(found)) == 1


def test_a_platform_as_modifier_brings_nothing(context):
    found = facts(context, "Facebook users sued Zorblat on Tuesday.", "en")
    assert not any(case.startswith("Facebook v.") for case in _cases(found))


def test_a_group_that_brought_the_suit_told_of_before_names_it(context):
    # the case was first told without its bringer; the group the next sentence names is
    # its plaintiff, and both are named after the group, not the placeholder
    text = "Zorblat was sued on Monday. Seven families filed the lawsuit against Zorblat."
    found = facts(context, text, "en")
    assert _cases(found) == {"Seven families v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Seven families in Seven families v. Zorblat (2023)"}


def test_dutch_a_group_that_brought_the_suit_told_of_before_names_it(context):
    text = (
        "Zorblat is aangeklaagd. Zeven gezinnen hebben een rechtszaak aangespannen tegen Zorblat."
    )
    found = facts(context, text, "nl")
    assert _cases(found) == {"Zeven gezinnen v. Zorblat"}
    assert plaintiff_names(found) == {"Zeven gezinnen in Zeven gezinnen v. Zorblat"}


def test_a_group_named_with_the_case_at_once_is_unchanged(context):
    found = facts(context, "Seven families sued Zorblat on Monday.", "en")
    assert _cases(found) == {"Seven families v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Seven families in Seven families v. Zorblat (2023)"}


def test_the_plaintiff_in_the_lawsuit_is_named_in_the_next_sentence(context):
    text = (
        "Shareholders filed a class action against Zorblat on Monday. The named plaintiff in "
        "the lawsuit is Mara Quinn, a stockholder."
    )
    found = facts(context, text, "en")
    assert _cases(found) == {"Mara Quinn v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Mara Quinn"}


def test_dutch_the_plaintiff_in_the_case_is_named_in_the_next_sentence(context):
    text = "Zorblat is dinsdag aangeklaagd. De eiser in deze zaak is de Stichting Kinderrecht."
    found = facts(context, text, "nl")
    assert _cases(found) == {"Stichting Kinderrecht v. Zorblat (2023)"}
    assert plaintiff_names(found) == {"Stichting Kinderrecht"}


def test_the_plaintiffs_in_the_case_seeking_damages_name_no_plaintiff(context):
    text = "Zorblat was sued on Monday. The plaintiffs in the case are seeking damages from Quist."
    found = facts(context, text, "en")
    assert plaintiff_names(found) == set()
