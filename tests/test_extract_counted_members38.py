"""A counted group a proceeding names, whose members the next sentence lists (issue #10,
SET37's largest miss class: the parties named in another sentence than the proceeding).
"Two Ruritanian nationals ... have been charged. They are A and B.", "De Commissie onderzoekt
of vier datingsites ... Het gaat om A, B, C en D.": the group stands for as many names as
its count says, listed after an opener, in apposition to a count ("The two, A and B,") or,
for persons, opening the next sentence as its subject. Also an office's investigation of
the subject of a "whether"/"of" clause ("onderzoekt of X de regels naleeft")."""

from __future__ import annotations

import pytest
from sentences import facts

_CHARGED = {
    ("DEFENDANT_IN", "Anna Brook", "Prosecution v. Anna Brook", "alleged"),
    ("DEFENDANT_IN", "Piet Vos", "Prosecution v. Anna Brook", "alleged"),
}


_OWN_QUILLO = {
    ("OWNS", "Anna Brook", "Quillo", "alleged"),
    ("OWNS", "Piet Vos", "Quillo", "alleged"),
}


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Two men have been charged with fraud in New York. They are Anna Brook and Piet Vos.",
         set()),
        ("Two Ruritanian nationals have been charged with fraud. They are Anna Brook and Piet "
         "Vos.", set()),
        # a name in the words that describe the group is no subject ("accused of running X"):
        # Quillo is what they ran, not a defendant
        ("Two Ruritanian nationals accused of running the site Quillo have been charged with "
         "fraud. The two, Anna Brook and Piet Vos, were arrested in Spain.", _OWN_QUILLO),
        # persons that open the next sentence, after its attribution and their ages
        ("Two Ruritanian nationals have been charged with fraud. According to the indictment, "
         "41-year-old Anna Brook and 39-year-old Piet Vos, both of Zorland, ran a shop.", set()),
    ],
)  # fmt: skip
def test_counted_persons_named_next(context, text, owned):
    assert facts(context, text, "en") == _CHARGED | owned


def test_described_group_owns_what_it_ran(context):
    text = (
        "Two Ruritanian nationals accused of running the site Quillo have been charged with "
        "fraud. They are Anna Brook and Piet Vos."
    )
    assert facts(context, text, "en") == _CHARGED | _OWN_QUILLO


_SITES = {
    ("PLAINTIFF_IN", "European Commission", "European Commission v. Quillo", "established"),
    *(
        ("DEFENDANT_IN", site, "European Commission v. Quillo", "alleged")
        for site in ("Quillo", "Zorbix", "Blipster", "Tallow")
    ),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "De Europese Commissie onderzoekt of vier grote datingsites genoeg doen tegen "
            "nepprofielen. Het gaat om Quillo, Zorbix, Blipster en Tallow.",
            "nl",
        ),
        (
            "De Europese Commissie opende een onderzoek naar vier datingsites. Het gaat om "
            "Quillo, Zorbix, Blipster en Tallow.",
            "nl",
        ),
        (
            "The European Commission is investigating whether four dating sites did enough to "
            "stop fake profiles. They are Quillo, Zorbix, Blipster and Tallow.",
            "en",
        ),
    ],
)
def test_counted_sites_listed_next(context, text, language):
    assert facts(context, text, language) == _SITES


@pytest.mark.parametrize(
    "text",
    [
        "Het Openbaar Ministerie vervolgt twee mannen voor witwassen. Het gaat om Piet Vos en "
        "Jan Klaver.",
        "Het Openbaar Ministerie vervolgt twee mannen voor witwassen. De twee, Piet Vos en Jan "
        "Klaver, zitten vast.",
    ],
)
def test_counted_suspects_listed_next_nl(context, text):
    case = "Openbaar Ministerie v. Piet Vos"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Piet Vos", case, "alleged"),
        ("DEFENDANT_IN", "Jan Klaver", case, "alleged"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The European Commission is investigating whether the dating site Quillo breached "
            "the rules.",
            "en",
        ),
        ("De Europese Commissie onderzoekt of datingsite Quillo de regels naleeft.", "nl"),
    ],
)
def test_investigation_of_whether_clause_subject(context, text, language):
    case = "European Commission v. Quillo"
    assert facts(context, text, language) == {
        ("DEFENDANT_IN", "Quillo", case, "alleged"),
        ("PLAINTIFF_IN", "European Commission", case, "established"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a count that does not match the names listed: no members
        ("Three men have been charged with fraud. They are Anna Brook and Piet Vos.", "en"),
        # the names are more than a list ("of Quillo")
        ("Two men have been charged with fraud. They are Anna Brook and Piet Vos of Quillo.", "en"),
        # no office investigates: no case
        ("Researchers investigated whether the dating site Quillo breached the rules.", "en"),
        ("De politie onderzoekt of de brand is aangestoken.", "nl"),
    ],
)
def test_controls(context, text, language):
    got = facts(context, text, language)
    assert not any(f[0] == "DEFENDANT_IN" and f[1] in ("Anna Brook", "Piet Vos", "Quillo")
                   for f in got)  # fmt: skip


def test_office_investigating_whether_brings_its_case(context):
    # (stop 31 read "onderzoekt of" as no case; an office's investigation of whether X broke
    # the rules is its proceeding against X, docs/annotation.md, section 3)
    case = "Autoriteit Consument en Markt v. Zorblat Labs"
    assert facts(context, "De ACM onderzoekt of Zorblat Labs de regels overtrad.", "nl") == {
        ("DEFENDANT_IN", "Zorblat Labs", case, "alleged"),
        ("PLAINTIFF_IN", "Autoriteit Consument en Markt", case, "established"),
    }


def test_group_named_in_its_own_sentence_keeps_its_names(context):
    # "two executives, A and B,": the members are the apposition's, not the next sentence's
    text = (
        "A jury found two executives, Anna Brook and Piet Vos, guilty of fraud. Jan Klaver "
        "and Eva Zorn were found not guilty."
    )
    defendants = {f[1] for f in facts(context, text, "en") if f[0] == "DEFENDANT_IN"}
    assert defendants == {"Anna Brook", "Piet Vos", "Jan Klaver", "Eva Zorn"}
