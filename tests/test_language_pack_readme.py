"""Every key a language pack may hold is described in loaders/languages/README.md (issue #10,
language packs): the top-level keys, the keys of the `words`, `phrases`, `dates`, `names` and
`privacy` sections of every pack, the rule options that `loaders/extract/rules.py` reads and
the sides their ends are taken from. A key is described when the README names it in
backticks, alone or after its section (`phrases.hedges`)."""

from __future__ import annotations

import re
from pathlib import Path

from liability_graph.loaders.extract.rules import _OPTIONS, _WORD_SET_OPTIONS, all_rules
from liability_graph.loaders.languages import HERE, packs

_SECTIONS = ("words", "phrases", "dates", "names", "privacy")


def _documented() -> set[str]:
    text = (Path(HERE) / "README.md").read_text(encoding="utf-8")
    names = set(re.findall(r"`([a-z_][a-z0-9_.]*)", text))
    return names | {part for name in names for part in name.split(".")}


def _pack_keys() -> set[str]:
    keys: set[str] = set()
    for item in packs().values():
        keys |= set(item.data)
        for section in _SECTIONS:
            keys |= {f"{section}.{key}" for key in item.data.get(section) or {}}
    return keys


def test_every_pack_key_is_in_the_readme():
    documented = _documented()
    missing = sorted(
        key
        for key in _pack_keys()
        if key not in documented and key.split(".")[-1] not in documented
    )
    assert missing == []


def test_every_rule_option_and_side_is_in_the_readme():
    documented = _documented()
    options = set(_OPTIONS) | set(_WORD_SET_OPTIONS)
    sides = {rule.source for rule in all_rules()} | {rule.target for rule in all_rules()}
    assert sorted((options | sides) - documented) == []


def test_the_check_sees_an_undocumented_key():
    assert "no_such_pack_key" not in _documented()
