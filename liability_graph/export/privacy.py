"""Reveal protected persons from the vault, for one command's output (docs/privacy.md).

The graph holds only pseudonyms: ingest pseudonymises protected persons before anything is
written (privacy/protect.py), so no output needs redacting, whatever it reads. Revealing is
the one step left, and it needs the vault: `revealer_for(store, reveal=True)` reads it (and
fails clearly without it), and the Revealer restores names in whatever a command prints:

- a stored text whose original the vault keeps (a quote, a title, a URL, a caption) comes
  back whole, exactly as the source wrote it;
- any other text has each "Protected person TOKEN" replaced by the person's name;
- a protected Person entity gets back its name and aliases.

Keys stay as they are: they are how the graph is queried. Without revealing, every method
returns its input unchanged, so exporters call the same code either way: one Revealer per
export, applied once in the export model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from liability_graph.graph.model import Entity, Evidence, normalize_name
from liability_graph.privacy.vault import PSEUDONYM, Vault, token_of_key

_PSEUDONYM = re.compile(re.escape(PSEUDONYM) + r" ([0-9A-F]{12})\b")


class Revealer:
    """Restores protected persons' names from a vault; a no-op without one."""

    def __init__(self, vault: Vault | None = None) -> None:
        self.vault = vault
        self.reveal = vault is not None
        self._names: dict[str, str] = {}
        if vault is not None:
            for identity in vault.identities.values():
                for name in identity.names:
                    self._names.setdefault(normalize_name(name), identity.key)

    # -- texts ---------------------------------------------------------------------------
    def text(self, value: Any) -> Any:
        """A text as the source wrote it (non-text values pass through)."""
        if self.vault is None or not isinstance(value, str) or not value:
            return value
        original = self.vault.original_text(value)
        if original is not None:
            return original
        if PSEUDONYM not in value:
            return value
        return _PSEUDONYM.sub(self._name_of_match, value)

    def _name_of_match(self, match: re.Match[str]) -> str:
        identity = self.vault.identity(match.group(1).lower()) if self.vault else None
        return identity.name if identity is not None else match.group(0)

    def value(self, value: Any) -> Any:
        """Every text inside a value (lists, tuples, dicts) revealed; dict keys left alone."""
        if self.vault is None:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.value(v) for v in value)
        return value

    # -- facts ---------------------------------------------------------------------------
    def name(self, key: str, name: str) -> str:
        """The name to show for the entity `key` (shown as `name`)."""
        if self.vault is None:
            return name
        identity = self._identity_of_key(key)
        return identity.name if identity is not None else self.text(name)

    def entity(self, entity: Entity) -> Entity:
        """The entity with real names; the very same object when revealing is off."""
        if self.vault is None:
            return entity
        identity = self._identity_of_key(entity.key)
        name = identity.name if identity is not None else self.text(entity.name)
        aliases = list(identity.aliases) if identity is not None else self.value(entity.aliases)
        return Entity(
            type=entity.type,
            name=name,
            aliases=aliases,
            description=self.text(entity.description),
            properties=self.value(dict(entity.properties)),
            sources=self.value(list(entity.sources)),
            key=entity.key,
            distinct_from=list(entity.distinct_from),
            origin=entity.origin,
        )

    def evidence(self, item: Evidence) -> Evidence:
        if self.vault is None:
            return item
        return replace(item, quote=self.text(item.quote) or "", source=self.text(item.source))

    def lookup(self, name: str) -> str | None:
        """The key of the protected person with this real name (revealing only)."""
        return self._names.get(normalize_name(name))

    def _identity_of_key(self, key: str):
        token = token_of_key(key)
        return None if self.vault is None or token is None else self.vault.identity(token)


#: The Revealer that reveals nothing (the default of every output).
NO_REVEAL = Revealer(None)


def revealer_for(store: Any, reveal: bool = False, vault: str | None = None) -> Revealer:
    """A Revealer for a store's outputs: NO_REVEAL, or one reading the store's vault (a
    clear VaultError when there is none)."""
    if not reveal:
        return NO_REVEAL
    return Revealer(Vault.for_store(store, vault).require())


#: Earlier name of the Revealer, for exporters written against it.
Redactor = Revealer
