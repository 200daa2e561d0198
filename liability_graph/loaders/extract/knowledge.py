"""What the reference knowledge base says about its entities, for resolving descriptions.

A name index only knows names. To read "the founders" as the people who founded the site,
or "Salesforce is being sued" as one particular known case, extraction needs the reference
relationships and properties: who founded what, who is party to which case, when a case
was filed and of what kind, when a law was enacted and where it applies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from liability_graph.graph.model import Entity, Relationship
from liability_graph.loaders.base import LoadContext


@dataclass
class Knowledge:
    entities: dict[str, Entity] = field(default_factory=dict)
    founders: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    defendants: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    plaintiffs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    cases_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    jurisdictions: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    owners: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    courts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, fact: Any) -> None:
        if isinstance(fact, Entity):
            self.entities[fact.key] = fact
        elif isinstance(fact, Relationship):
            if fact.type == "FOUNDED":
                self.founders[fact.target].append(fact.source)
            elif fact.type == "DEFENDANT_IN":
                self.defendants[fact.target].append(fact.source)
                self.cases_of[fact.source].append(fact.target)
            elif fact.type == "PLAINTIFF_IN":
                self.plaintiffs[fact.target].append(fact.source)
            elif fact.type == "OWNS":
                self.owners[fact.target].append(fact.source)
            elif fact.type == "HEARD_BY":
                self.courts[fact.source].append(fact.target)
            elif fact.type == "IN_JURISDICTION":
                self.jurisdictions[fact.source].append(fact.target)

    def prop(self, key: str, name: str) -> Any:
        entity = self.entities.get(key)
        return entity.properties.get(name) if entity else None

    def year(self, key: str, *names: str) -> int | None:
        for name in names:
            value = self.prop(key, name)
            if value:
                return int(str(value)[:4])
        return None

    def laws(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == "Law"]


@lru_cache(maxsize=1)
def reference_knowledge() -> Knowledge:
    """The reference knowledge base's entities and relationships, read once per process."""
    from liability_graph.loaders.reference import reference_facts

    knowledge = Knowledge()
    for fact in reference_facts(LoadContext()):
        knowledge.add(fact)
    return knowledge
