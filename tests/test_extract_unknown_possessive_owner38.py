"""Possessive pairs in a list (issue #10, English sentence classes): "Zorblat's Quixly and
Vindr, Brelco's Tallow" gave no owner, since an unknown platform needed a platform noun between
("Brelco's chat app Tallow"); and "Meta's Facebook and Instagram" owned only the first name.
In a list of names each after its own possessor, a one-word name no list knows is what its
possessor runs, and so are the names "and" joins to it, up to a comma or another possessive;
one pair alone ("Brelco's Quixly has many users") still names no owner."""

from __future__ import annotations

from sentences import facts


def test_each_possessor_owns_its_names(context):
    sentence = "The suit names Zorblat's Quixly and Vindr, Brelco's Tallow, and Snapchat."
    owns = {f for f in facts(context, sentence, "en") if f[0] == "OWNS"}
    assert owns == {
        ("OWNS", "Zorblat", "Quixly", "established"),
        ("OWNS", "Zorblat", "Vindr", "established"),
        ("OWNS", "Brelco", "Tallow", "established"),
    }


def test_a_known_platform_list(context):
    sentence = "Regulators questioned Meta's Facebook and Instagram about minors."
    found = facts(context, sentence, "en")
    assert ("OWNS", "Meta Platforms", "Instagram", "established") in found


def test_a_noun_after_the_name_owns_nothing(context):
    for sentence in ("Parler's Amazon account was closed.", "Brelco's Tallow account was closed."):
        assert not any(f[0] == "OWNS" for f in facts(context, sentence, "en"))


def test_one_unknown_pair_alone_owns_nothing(context):
    found = facts(context, "Brelco's Tallow has many users.", "en")
    assert not any(f[0] == "OWNS" for f in found)
