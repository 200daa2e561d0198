"""The names a colon lists after what an owner bought or owns (issue #10, English classes,
brief's "an ownership list after a colon"): "Zorblat owns three sites: Quixly, Vindr and
Tallow" gave nothing (the own rule's ends are read on either side, nearest first, and the colon
set the list apart). A colon list after a verb whose object may stand on either side makes the
listed names its object."""

from __future__ import annotations

from sentences import facts


def test_each_listed_site_is_owned(context):
    owns = {
        f
        for f in facts(context, "Zorblat owns three sites: Quixly, Vindr and Tallow.", "en")
        if f[0] == "OWNS"
    }
    assert owns == {
        ("OWNS", "Zorblat", "Quixly", "established"),
        ("OWNS", "Zorblat", "Vindr", "established"),
        ("OWNS", "Zorblat", "Tallow", "established"),
    }


def test_an_acquired_list(context):
    found = facts(context, "Zorblat acquired two apps: Quixly and Vindr.", "en")
    assert ("OWNS", "Zorblat", "Vindr", "established") in found


def test_no_list_no_change(context):
    found = facts(context, "Zorblat acquired Quixly in 2019.", "en")
    assert ("OWNS", "Zorblat", "Quixly", "established") in found
