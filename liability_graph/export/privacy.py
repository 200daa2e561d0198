"""Protect victims' identities: protected persons get a stable pseudonym everywhere, by default.

A protected Person's name and aliases are replaced by a pseudonym derived from its key, in
node names and inside evidence quotes, so an export can be shared without naming victims.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

from liability_graph.graph.model import Entity, Evidence


def pseudonym(key: str) -> str:
    return "Protected person " + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8].upper()


class Redactor:
    """Replaces protected persons' names; a no-op when revealing was asked for."""

    def __init__(self, protected: Iterable[Entity], reveal: bool = False) -> None:
        self.reveal = reveal
        self._names: dict[str, str] = {}
        self.keys: set[str] = set()
        patterns = []
        for entity in protected:
            self.keys.add(entity.key)
            alias = pseudonym(entity.key)
            for name in [entity.name, *entity.aliases]:
                if len(name.strip()) >= 2:
                    self._names[name.casefold()] = alias
                    patterns.append(re.escape(name))
        patterns.sort(key=len, reverse=True)  # longest names first
        self._pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    @classmethod
    def for_entities(cls, entities: Iterable[Entity], reveal: bool = False) -> Redactor:
        return cls([e for e in entities if e.type == "Person" and e.protected], reveal)

    def text(self, value: str | None) -> str | None:
        if self.reveal or value is None or self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self._names[m.group(0).casefold()], value)

    def entity(self, entity: Entity) -> Entity:
        if self.reveal or entity.key not in self.keys:
            return entity
        return Entity(
            type=entity.type,
            name=pseudonym(entity.key),
            aliases=[],
            description=self.text(entity.description),
            properties=dict(entity.properties),
            sources=list(entity.sources),
            key=entity.key,
        )

    def name(self, key: str, name: str) -> str:
        if self.reveal or key not in self.keys:
            return name
        return pseudonym(key)

    def evidence(self, item: Evidence) -> Evidence:
        if self.reveal or self._pattern is None:
            return item
        return replace(item, quote=self.text(item.quote) or "")
