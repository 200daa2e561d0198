"""A penalty pronounced on a party is a regulator's fine (issue #10, English classes; TUNE
en30 12): "The RDPA pronounced the financial penalty on Zorblat for breaking GDPR rules" gave
neither the regulator's case nor its law, while "imposed the financial penalty on" gave both.
"pronounce" joins the verbs of impose_fine (the fined after "on" or "to")."""

from __future__ import annotations

from sentences import facts

AUTHORITY = "Ruritanian Data Protection Authority"


def test_the_pronounced_penalty_is_a_fine(context):
    sentence = (
        f"The {AUTHORITY} (RDPA) pronounced the financial penalty on Zorblat for not "
        "complying with GDPR rules."
    )
    found = facts(context, sentence, "en")
    case = f"{AUTHORITY} v. Zorblat"
    assert ("PLAINTIFF_IN", AUTHORITY, case, "established") in found
    assert ("DEFENDANT_IN", "Zorblat", case, "ruled") in found
    assert ("INVOKES", case, "General Data Protection Regulation", "ruled") in found


def test_a_pronounced_name_is_no_fine(context):
    found = facts(context, "Mara Quinn pronounced the name of Zorblat wrongly.", "en")
    assert not any(f[0] in ("DEFENDANT_IN", "PLAINTIFF_IN") for f in found)
