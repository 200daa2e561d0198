"""Mention.with_options, the span-order helpers and shares_head (mentions.py): one way to
read a span again, a sort that a list already in order skips, and one test of two Acts
sharing their head."""

from __future__ import annotations

from liability_graph.loaders.extract.mentions import (
    Mention,
    Option,
    in_span_order,
    shares_head,
    span_key,
)
from liability_graph.loaders.extract.text import tokenize


def _mention(first: int, last: int, kind: str = "name", group: int | None = None) -> Mention:
    option = Option("Organization", f"Zorvik {first}")
    return Mention(first * 10, last * 10, first, last, f"Zorvik {first}", (option,), kind,
                   group, {"rule": "x"})  # fmt: skip


def test_with_options_keeps_span_group_and_copies_extra():
    old = _mention(2, 4, kind="weak", group=7)
    new_option = Option("Platform", "Quillo")
    new = old.with_options((new_option,))
    assert (new.start, new.end, new.first, new.last, new.text) == (20, 40, 2, 4, "Zorvik 2")
    assert new.options == (new_option,)
    assert (new.kind, new.group, new.extra) == ("weak", 7, {"rule": "x"})
    new.extra["more"] = True
    assert "more" not in old.extra  # a copy, not the old mention's dict
    assert old.with_options((new_option,), "rule").kind == "rule"


def test_with_options_fresh_extra_drops_group():
    old = _mention(1, 3, kind="weak", group=5)
    new = old.with_options(old.options, "coref", {})
    assert (new.kind, new.group, new.extra) == ("coref", None, {})
    assert old.with_options(old.options, "", {"rule": "news"}).kind == "weak"


def test_span_order():
    ordered = [_mention(0, 2), _mention(0, 3), _mention(4, 5)]
    assert in_span_order(ordered)
    assert in_span_order([]) and in_span_order(ordered[:1])
    shuffled = [ordered[2], ordered[0], ordered[1]]
    assert not in_span_order(shuffled)
    assert not in_span_order([ordered[1], ordered[0]])  # same first token, longer first
    assert sorted(shuffled, key=span_key) == ordered


def test_shares_head():
    text = "Norvia's Fair Listing and Data Safety acts or Quiet Homes Act apply."
    tokens = tokenize(text, 0, "en")
    assert [t.text for t in tokens[1:4]] == ["Fair", "Listing", "and"]
    first = Mention(9, 21, 1, 3, "Fair Listing", (Option("Law", "Fair Listing Act"),))
    second = Mention(26, 42, 4, 7, "Data Safety acts", (Option("Law", "Data Safety Act"),),
                     extra=dict(shared=True))  # fmt: skip
    assert shares_head(first, second, tokens)
    assert not shares_head(second, first, tokens)  # the shared one comes second
    unmarked = Mention(26, 42, 4, 7, "Data Safety acts", second.options)
    assert not shares_head(first, unmarked, tokens)  # only the recogniser's shared Act
    after_or = Mention(46, 63, 8, 11, "Quiet Homes Act", (Option("Law", "Quiet Homes Act"),),
                       extra=dict(shared=True))  # fmt: skip
    assert not shares_head(second, after_or, tokens)  # "or" joins no shared head
    assert not shares_head(first, second, tokens[:3])  # no word after the first
