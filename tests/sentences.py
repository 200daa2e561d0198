"""Extraction of one text in a test: what the extractor returns for a sentence of our own,
as entities by key and the relationships other than MENTIONS (shared by the extract tests)."""

from __future__ import annotations

from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.extract import extract

PUBLISHED = "2023-06-15"  # a Thursday


def extracted(context, text: str, language: str) -> tuple[dict, list[Relationship]]:
    document = Document(title="t", source="t", published=PUBLISHED, content_hash=text[:60])
    found = extract(text, document, context, language=language)
    entities = {f.key: f for f in found if isinstance(f, Entity)}
    relationships = [f for f in found if isinstance(f, Relationship) and f.type != "MENTIONS"]
    return entities, relationships


def facts(context, text: str, language: str) -> set[tuple[str, ...]]:
    """(type, source, target, status) of every relationship."""
    entities, relationships = extracted(context, text, language)
    return {
        (r.type, entities[r.source].name, entities[r.target].name, r.status) for r in relationships
    }


def triples(context, text: str, language: str) -> set[tuple[str, str, str]]:
    """(type, source, target) of every relationship: `facts` without the status."""
    return {(kind, source, target) for kind, source, target, _ in facts(context, text, language)}


def entity_types(context, text: str, language: str) -> dict[str, str]:
    """Each entity the extractor found, by name, with its type."""
    entities, _ = extracted(context, text, language)
    return {e.name: e.type for e in entities.values()}


def defendant_names(found: set[tuple[str, ...]]) -> set[str]:
    """The names `facts` found as defendants."""
    return {source for kind, source, _, _ in found if kind == "DEFENDANT_IN"}


def plaintiff_names(found: set[tuple[str, ...]]) -> set[str]:
    """The names `facts` found as plaintiffs."""
    return {source for kind, source, _, _ in found if kind == "PLAINTIFF_IN"}


def defendant_cases(found: set[tuple[str, ...]]) -> dict[str, str]:
    """Each defendant `facts` found, with the case it was put in."""
    return {source: case for kind, source, case, _ in found if kind == "DEFENDANT_IN"}


def sued(plaintiff: str, defendant: str) -> set[tuple[str, ...]]:
    """The two facts of a suit named from its parties, as `facts` gives them."""
    case = f"{plaintiff} v. {defendant}"
    return {
        ("DEFENDANT_IN", defendant, case, "alleged"),
        ("PLAINTIFF_IN", plaintiff, case, "established"),
    }


def country_placed(found: set[tuple[str, ...]], case: str) -> set[tuple[str, ...]]:
    """The facts other than the one that places a country's prosecution in that country
    ("France v. X" in France: tests/test_extract_public_body_country41.py), which must be
    the only IN_JURISDICTION fact if any."""
    country = case.partition(" v. ")[0]
    placed = {f for f in found if f[0] == "IN_JURISDICTION"}
    assert placed <= {("IN_JURISDICTION", case, country, "established")}
    return found - placed


def invoked(found: set[tuple[str, ...]]) -> set[tuple[str, str]]:
    """Each (case, law) of the INVOKES facts `facts` found."""
    return {(source, target) for kind, source, target, _ in found if kind == "INVOKES"}


def laws_invoked(found: set[tuple[str, ...]]) -> set[str]:
    """The laws `facts` found invoked, by any case."""
    return {law for _, law in invoked(found)}
