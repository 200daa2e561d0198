"""Names to entities: the one resolution every command and query parameter uses.

A reference is an entity id ("vendor:salesforce") or a name or alias, compared without
case, accents or extra spaces (model.normalize_name). `resolve_one` returns exactly one
entity or raises: an unknown name with the nearest names as a hint, an ambiguous one with
its candidates, a name of the wrong type saying what it is instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from liability_graph.errors import AmbiguousNameError, NotFoundError, OntologyError
from liability_graph.graph.model import PSEUDONYM, normalize_name

if TYPE_CHECKING:
    from liability_graph.graph.store import Store

#: Types left out of suggestions, and of matches when another type carries the name too.
NOT_BY_NAME = frozenset({"Document"})
#: Name searches done ahead: (normalized name, wanted types) -> rows (prefetch_names).
Known = dict[tuple[str, frozenset[str]], list[dict[str, Any]]]


def find_entities(
    store: Store, ref: str, types: Iterable[str] | None = None, known: Known | None = None
) -> list[dict[str, Any]]:
    """Entities whose id, name or alias is `ref` (case- and accent-insensitive), by id;
    only of `types` if given (an id of another type finds nothing then).

    Each row holds id, type, name, aliases and description. `known` holds name searches
    done already (prefetch_names)."""
    ref = " ".join(str(ref).split())
    try:
        type_name = store.ontology.type_of_key(ref)
    except OntologyError:
        type_name = None  # not an id (a name may contain a colon too)
    wanted = set(types) if types is not None else None
    if type_name is not None and (wanted is None or type_name in wanted):
        found = store.fetch_entities(type_name, [ref])
        if ref in found:
            e = found[ref]
            return [{"id": e.key, "type": e.type, "name": e.name, "aliases": e.aliases,
                     "description": e.description}]  # fmt: skip
    name = normalize_name(ref)
    if known is not None and wanted is not None and (name, frozenset(wanted)) in known:
        return known[(name, frozenset(wanted))]
    return store.find_by_name(name, wanted)


def prefetch_names(store: Store, refs: Iterable[tuple[str, Iterable[str] | None]]) -> Known:
    """The first name search resolve_one does, for several references at once: one search
    per set of wanted types that two or more names share (on LadybugDB a name search is
    a scan, so `path`'s source and target cost one scan, not two). Ids are not searched
    by name; pass the result to resolve_one as `known`."""
    groups: dict[frozenset[str], set[str]] = {}
    for ref, types in refs:
        ref = " ".join(str(ref).split())
        try:
            store.ontology.type_of_key(ref)
            continue  # an id: fetched by id
        except OntologyError:
            pass
        wanted = frozenset(types) if types else frozenset(_named_types(store))
        groups.setdefault(wanted, set()).add(normalize_name(ref))
    known: Known = {}
    for wanted, names in groups.items():
        if len(names) < 2:
            continue
        for name, rows in store.find_by_names(sorted(names), wanted).items():
            known[(name, wanted)] = rows
    return known


def _named_types(store: Store) -> list[str]:
    """The types a name is searched in first: every type but those in NOT_BY_NAME."""
    return [t for t in store.ontology.node_types if t not in NOT_BY_NAME]


def suggestions(
    store: Store, ref: str, limit: int = 5, types: Iterable[str] | None = None
) -> list[str]:
    """Stored names close to `ref`, best first, for "did you mean …" (Documents left out).
    Never a protected person, nor anything named after one (docs/privacy.md)."""
    allowed = set(types) if types else None
    names: dict[str, str] = {}
    for row in store.entity_names():
        if row["type"] in NOT_BY_NAME or (allowed and row["type"] not in allowed):
            continue
        for candidate in [row["name"], *(row["aliases"] or [])]:
            if PSEUDONYM not in candidate:
                names.setdefault(normalize_name(candidate), candidate)
    query = normalize_name(ref)
    matches = difflib.get_close_matches(query, list(names), n=limit, cutoff=0.6)
    if len(matches) < limit:  # also offer names that contain the query
        matches += [n for n in sorted(names) if query and query in n and n not in matches]
    return [names[m] for m in matches[:limit]]


def _listing(rows: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r['id']} ({r['type']}, {r['name']!r})" for r in rows)


def resolve_one(
    store: Store,
    ref: str,
    types: Iterable[str] | None = None,
    *,
    role: str = "entity",
    known: Known | None = None,
) -> dict[str, Any]:
    """Exactly one entity for `ref` (of one of `types`, if given), or an error saying why.

    - unknown: NotFoundError, hinting at the nearest names;
    - several: AmbiguousNameError listing the candidates;
    - only entities of other types: NotFoundError saying what `ref` names instead.
    `role` names what is asked for in messages ("platform", "from", …); `known` holds
    name searches done already (prefetch_names).
    """
    wanted = tuple(types) if types else None
    # The wanted types are searched first, and everything else only when they have no
    # match (for the message saying what the name is instead): on LadybugDB, whose only
    # index is the id, a name search reads every table it is asked about.
    if wanted is None:
        # A document's title counts only when no other entity carries the name.
        found = find_entities(store, ref, _named_types(store), known) or find_entities(store, ref)
    else:
        fitting = find_entities(store, ref, wanted, known)
        found = fitting or find_entities(store, ref)
        if not fitting and found:
            kinds = " or ".join(wanted)
            raise NotFoundError(
                f"{ref!r} names {_listing(found)}, not a {kinds}",
                hint=f"The {role} must be a {kinds}.",
            )
        found = fitting
    if not found:
        close = suggestions(store, ref, types=wanted)
        hint = f"Did you mean: {', '.join(close)}?" if close else "Check the spelling."
        raise NotFoundError(f"no {role} named {ref!r}", hint=hint)
    if len(found) > 1:
        raise AmbiguousNameError(
            f"{ref!r} names {len(found)} entities: {_listing(found)}",
            candidates=found,
            hint="Give the entity id instead of the name.",
        )
    return found[0]
