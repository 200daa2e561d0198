"""What extraction finds in a sentence before it states facts: mentions and their readings.

A mention is a span that refers to one entity. Until a rule needs it in a slot of a given
type, a new name may still be read as several types (a company may be a vendor or an
organisation), so a mention carries its possible readings, the best first.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Option:
    """One reading of a mention: an entity of a type, known (key) or new (key None)."""

    type: str
    name: str
    key: str | None = None
    props: tuple[tuple[str, object], ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def ident(self) -> tuple[str, str]:
        return (self.key or "", self.type + ":" + self.name.casefold())


@dataclass(slots=True)
class Mention:
    start: int  # absolute character offsets
    end: int
    first: int  # token span in the sentence, end exclusive
    last: int
    text: str
    options: tuple[Option, ...]
    kind: str = "name"  # name | rule | coref | group | described
    #: Mentions with the same group number stand for one coordinated set ("the founders").
    group: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def named(self) -> bool:
        """Does the text name the entity here (rather than refer back to it)?"""
        return self.kind in ("name", "rule")

    def option_for(self, types: tuple[str, ...] | list[str] | set[str]) -> Option | None:
        for option in self.options:
            if option.type in types:
                return option
        return None

    @property
    def best(self) -> Option:
        return self.options[0]
