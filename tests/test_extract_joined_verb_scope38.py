"""A coordinated verb phrase of its own keeps its date and its ruling (issue #10, English
sentence classes): "Vexchan was founded in 2014 and was sued by Mara Quinn" dated the suit
2014, the founding's year; "Vexchan was sued by Mara Quinn and was fined by the Federal Trade
Commission" made Mara Quinn's suit ruled, the fine's word read for both. After "and" with an
auxiliary and a verb of its own, a date dates that verb only, and a ruling verb with a party
of its own after "by" rules that party's case only."""

from __future__ import annotations

from sentences import extracted


def _facts(context, sentence):
    entities, relationships = extracted(context, sentence, "en")
    name = {k: e.name for k, e in entities.items()}
    return {
        (r.type, name.get(r.source, r.source), name.get(r.target, r.target), r.status, r.date_on)
        for r in relationships
        if r.type != "MENTIONS"
    }


def test_the_first_halfs_year_dates_no_suit(context):
    found = _facts(context, "Vexchan was founded in 2014 and was sued by Mara Quinn.")
    assert ("DEFENDANT_IN", "Vexchan", "Mara Quinn v. Vexchan", "alleged", None) in found


def test_the_second_halfs_own_year(context):
    found = _facts(context, "Vexchan was founded in 2014 and was sued in 2020 by Mara Quinn.")
    case = "Mara Quinn v. Vexchan (2020)"
    assert ("DEFENDANT_IN", "Vexchan", case, "alleged", "2020") in found


def test_a_regulators_fine_rules_its_own_case_only(context):
    sentence = "Vexchan was sued by Mara Quinn and was fined by the Federal Trade Commission."
    found = _facts(context, sentence)
    assert ("DEFENDANT_IN", "Vexchan", "Mara Quinn v. Vexchan", "alleged", None) in found
    case = "Federal Trade Commission v. Vexchan"
    assert ("DEFENDANT_IN", "Vexchan", case, "ruled", None) in found


def test_a_conviction_rules_the_one_case(context):
    found = _facts(context, "Mara Quinn was charged in 2019 and was convicted by a jury in 2021.")
    case = "Prosecution v. Mara Quinn (2019)"
    assert ("DEFENDANT_IN", "Mara Quinn", case, "ruled", "2019") in found
