"""Mention.with_options and the span-order helpers (mentions.py): one way to read a span
again, and a sort that a list already in order skips."""

from __future__ import annotations

from liability_graph.loaders.extract.mentions import Mention, Option, in_span_order, span_key


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
