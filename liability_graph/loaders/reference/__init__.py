"""The reference knowledge base shipped in the package: well-known entities and their links.

It is written in the curated-facts format (docs/curated-facts.md), one file per theme.
Files load in name order, so later files may refer to entities of earlier ones.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from liability_graph.graph.model import Entity
from liability_graph.loaders.base import Fact, LoadContext
from liability_graph.loaders.curated import load_yaml


def reference_files() -> list[Path]:
    root = resources.files("liability_graph.loaders.reference")
    return sorted(
        (Path(str(entry)) for entry in root.iterdir() if entry.name.endswith(".yaml")),
        key=lambda p: p.name,
    )


def reference_facts(context: LoadContext | None = None) -> list[Fact]:
    """Every fact of the reference knowledge base; entity names are added to the context."""
    context = context or LoadContext()
    facts: list[Fact] = []
    for path in reference_files():
        loaded = load_yaml(path, context)
        for fact in loaded:
            if isinstance(fact, Entity):
                fact.origin = "reference"
                context.names.add(fact)
        facts.extend(loaded)
    return facts
