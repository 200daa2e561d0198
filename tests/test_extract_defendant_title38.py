"""A defendant's title before a name in apposition (issue #10, SET37 miss class 1: "The main
defendant, X, has been ..."): "The main defendant, Piet Vos, was sentenced" took no subject
(the commas set off a name after a noun the apposition rule read only for roles such as
"chief executive"); "Hoofdverdachte Piet Vos kreeg zes jaar cel" read the title as the name's
first word."""

from __future__ import annotations

from sentences import facts


def test_main_defendant_in_apposition_is_the_sentenced_subject(context):
    text = (
        "Prosecutors charged Anna Brook and Piet Vos with fraud. The main defendant, Piet Vos, "
        "was sentenced to six years in prison."
    )
    case = "Prosecution v. Anna Brook"
    assert facts(context, text, "en") == {
        ("DEFENDANT_IN", "Anna Brook", case, "alleged"),
        ("DEFENDANT_IN", "Piet Vos", case, "ruled"),
    }


def test_title_opening_a_dutch_sentence_is_no_part_of_the_name(context):
    text = "Het OM vervolgt drie mannen voor witwassen. Hoofdverdachte Piet Vos kreeg zes jaar cel."
    case = "Openbaar Ministerie v. Piet Vos"
    assert facts(context, text, "nl") == {
        ("DEFENDANT_IN", "Piet Vos", case, "ruled"),
        ("PLAINTIFF_IN", "Openbaar Ministerie", case, "established"),
    }


def test_a_lawyer_in_apposition_stays_no_party(context):
    # (control: a role that is no party's keeps its holder out)
    text = (
        "Prosecutors charged Anna Brook with fraud. Her lawyer, Piet Vos, was sentenced to "
        "pay costs."
    )
    assert not any(f[1] == "Piet Vos" for f in facts(context, text, "en"))
