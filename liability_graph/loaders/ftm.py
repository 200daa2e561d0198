"""FollowTheMoney (FtM) entities in, as JSON lines: our own `lgraph export ftm` files, and
data from Aleph, OpenSanctions and other FtM tools.

The mapping between the ontology and FtM schemata is data (`ftm.yaml`, shown in
docs/ftm.md). A line written by `lgraph export ftm` carries an `lgraph` object beside the FtM
fields, with our type, key, status and full evidence: it comes back exactly. A line from
elsewhere maps by schema (`imports`, and for edges `import_roles`); its evidence is the FtM
record itself, quoted as a short statement, with status `alleged` unless it states one of
ours. Entities whose schema does not map, and edges whose ends do not fit the ontology, are
left out (and counted in `FtmReader.unmapped`).

Files: `*.ftm`, `*.ftm.json`, `*.ftm.jsonl`, `*.ijson`, and `.json`/`.jsonl` files whose
first line is an FtM entity. All or nothing, like every structured loader: each bad line is
reported with its number.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from liability_graph.errors import InputError
from liability_graph.graph.model import Document, Entity, Evidence, Relationship
from liability_graph.graph.ontology import Ontology
from liability_graph.loaders.base import (
    MAX_STRUCTURED_BYTES,
    Fact,
    LoadContext,
    register,
    register_sniffer,
)

FTM_EXTRA = "liability-graph[ftm]"
EXTENSIONS = (".ftm", ".ftm.json", ".ftm.jsonl", ".ijson")
CONTEXT_KEY = "lgraph"
DEFAULT_STATUS = "alleged"
_SNIFF = 65536


@dataclass(frozen=True)
class FtmMapping:
    node_types: dict[str, dict[str, Any]]
    relationship_types: dict[str, dict[str, Any]]
    imports: dict[str, str]
    import_roles: dict[str, dict[str, str]]


@cache
def ftm_mapping() -> FtmMapping:
    """The mapping table of ftm.yaml."""
    text = resources.files("liability_graph.loaders").joinpath("ftm.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return FtmMapping(
        node_types=data["node_types"],
        relationship_types=data["relationship_types"],
        imports=data["imports"],
        import_roles={
            k: {r.casefold(): t for r, t in v.items()} for k, v in data["import_roles"].items()
        },
    )


def ftm_id(key: str) -> str:
    """An FtM entity id for one of our keys (FtM ids allow only letters, digits, '.' and '-')."""
    return "lg-" + hashlib.sha1(key.encode("utf-8")).hexdigest()


def ftm_model() -> Any:
    """followthemoney's model, or a clear error saying which extra installs it."""
    try:
        from followthemoney import model
    except ImportError:
        raise InputError(
            "reading or writing FollowTheMoney entities needs the followthemoney package",
            hint=f"pip install '{FTM_EXTRA}'",
        ) from None
    return model


# -- reading --------------------------------------------------------------------------


def looks_like_ftm(path: Path) -> bool:
    """True if the first line of a .json/.jsonl file is an FtM entity."""
    try:
        with path.open("rb") as stream:
            head = stream.readline(_SNIFF)
    except OSError:
        return False
    try:
        first = json.loads(head.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):  # a nesting bomb is not FtM either
        return False
    return isinstance(first, dict) and {"id", "schema", "properties"} <= set(first)


@dataclass
class FtmReader:
    """Turns FtM entity records into facts; keeps what did not map, by schema."""

    ontology: Ontology
    where: str
    document: Document
    unmapped: Counter = field(default_factory=Counter)
    #: Keys of entities that came back from an lgraph export (kept as they were).
    own_keys: set[str] = field(default_factory=set)
    #: How many facts came from elsewhere (they cite the file's Document).
    foreign: int = 0
    _keys: dict[str, str] = field(default_factory=dict)  # FtM id -> our entity key
    _entities: dict[str, Entity] = field(default_factory=dict)
    _edges: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def add(self, number: int, record: dict[str, Any]) -> Entity | None:
        """Read one record: an entity now, an edge once every entity is known."""
        model = ftm_model()
        schema = model.get(record.get("schema"))
        if schema is None:
            raise InputError(f"unknown FtM schema {record.get('schema')!r}", line=number)
        if not record.get("id"):
            raise InputError("FtM entity without an id", line=number)
        if schema.edge:
            self._edges.append((number, record))
            return None
        entity = self._entity(record, schema.name)
        if entity is None:
            self.unmapped[schema.name] += 1
            return None
        self._keys[str(record["id"])] = entity.key
        self._entities[entity.key] = entity
        return entity

    def pending_edges(self) -> list[tuple[int, dict[str, Any]]]:
        """The edge records read so far, to turn into relationships once entities are known."""
        return self._edges

    # -- entities ---------------------------------------------------------------------
    def _entity(self, record: dict[str, Any], schema: str) -> Entity | None:
        own = record.get(CONTEXT_KEY)
        if isinstance(own, dict) and own.get("type") in self.ontology.node_types:
            entity = self._own_entity(own)
            self.own_keys.add(entity.key)
            return entity
        type_name = ftm_mapping().imports.get(schema)
        if type_name is None:
            return None
        props = record.get("properties") or {}
        names = [str(n) for n in props.get("name") or props.get("title") or [] if str(n).strip()]
        if not names:
            raise InputError(f"FtM {schema} {record['id']} has no name")
        ours = {}
        spec = self.ontology.node_type(type_name).properties
        for our_name, ftm_name in ftm_mapping().node_types[type_name]["properties"].items():
            values = props.get(ftm_name) or []
            if values and our_name in spec:
                ours[our_name] = values if spec[our_name].type == "string_list" else values[0]
        aliases = [*names[1:], *(str(a) for a in props.get("alias") or [])]
        descriptions = props.get("description") or props.get("summary") or []
        self.foreign += 1
        return Entity(
            type=type_name,
            name=names[0],
            aliases=aliases,
            description=str(descriptions[0]) if descriptions else None,
            properties=ours,
            sources=[self.document.key],
            origin="curated",
        )

    def _own_entity(self, own: dict[str, Any]) -> Entity:
        type_name = own["type"]
        key = str(own.get("key") or "")
        if not key.startswith(self.ontology.node_type(type_name).key_prefix + ":"):
            key = ""  # a key that does not fit its type is not trusted: derive it from the name
        return Entity(
            type=type_name,
            name=str(own["name"]),
            aliases=[str(a) for a in own.get("aliases") or []],
            description=own.get("description"),
            properties=dict(own.get("properties") or {}),
            sources=[str(s) for s in own.get("sources") or []],
            key=key,
            distinct_from=[str(k) for k in own.get("distinct_from") or []],
            origin=own.get("origin"),
        )

    # -- edges ------------------------------------------------------------------------
    def relationship(self, record: dict[str, Any]) -> Relationship | None:
        """The relationship an FtM edge record states, or None if it does not map."""
        own = record.get(CONTEXT_KEY)
        if isinstance(own, dict) and own.get("type") in self.ontology.relationship_types:
            return self._own_relationship(own, record)
        schema = str(record["schema"])
        props = record.get("properties") or {}
        roles = ftm_mapping().import_roles.get(schema, {})
        type_name = roles.get("*")
        for role in props.get("role") or []:
            type_name = type_name or roles.get(str(role).strip().casefold())
        if type_name is None:
            self.unmapped[schema] += 1
            return None
        mapping = ftm_mapping().relationship_types[type_name]
        ends = [self._key(props.get(mapping[side]) or []) for side in ("source", "target")]
        if None in ends:
            self.unmapped[schema] += 1
            return None
        source, target = ends
        endpoint_types = (self.ontology.type_of_key(source), self.ontology.type_of_key(target))
        if endpoint_types not in self.ontology.relationship_type(type_name).endpoints:
            self.unmapped[schema] += 1
            return None
        status = next((s for s in props.get("status") or [] if s in self.ontology.statuses), None)
        status = status or DEFAULT_STATUS
        spec = self.ontology.relationship_type(type_name).properties
        ours = {}
        for our_name, ftm_name in (mapping.get("properties") or {}).items():
            values = props.get(ftm_name) or []
            if values and our_name in spec:
                ours[our_name] = str(values[0])
        quote = self._statement(record, schema, source, target)
        self.foreign += 1
        evidence = Evidence(self.document.key, quote, self.where, method="ftm", status=status)
        return Relationship(
            type_name,
            source,
            target,
            status,
            [evidence],
            _first(props.get("date")),
            _first(props.get("startDate")),
            _first(props.get("endDate")),
            ours,
        )

    def _own_relationship(self, own: dict[str, Any], record: dict[str, Any]) -> Relationship:
        props = record.get("properties") or {}
        mapping = ftm_mapping().relationship_types[own["type"]]
        source = own.get("source") or self._key(props.get(mapping["source"]) or [])
        target = own.get("target") or self._key(props.get(mapping["target"]) or [])
        if not source or not target:
            raise InputError(f"FtM {record['schema']} {record['id']} does not name both ends")
        evidence = [Evidence.from_dict(item) for item in own.get("evidence") or []]
        return Relationship(
            own["type"],
            str(source),
            str(target),
            str(own.get("status") or DEFAULT_STATUS),
            evidence,
            own.get("date_on"),
            own.get("date_from"),
            own.get("date_to"),
            dict(own.get("properties") or {}),
            True if own.get("confirmed") else None,
        )

    def _key(self, refs: list[Any]) -> str | None:
        for ref in refs:
            ident = ref.get("id") if isinstance(ref, dict) else ref
            key = self._keys.get(str(ident))
            if key is not None:
                return key
        return None

    def _statement(self, record: dict[str, Any], schema: str, source: str, target: str) -> str:
        """The record's own words if it has any, else what it states, with its id."""
        props = record.get("properties") or {}
        for name in ("description", "summary"):
            if props.get(name):
                return str(props[name][0])
        roles = ", ".join(str(r) for r in props.get("role") or []) or schema
        names = [self._entities[k].name for k in (source, target)]
        return f"{names[0]} — {roles} — {names[1]} (FtM {schema} {record['id']})"


def _first(values: Any) -> str | None:
    if isinstance(values, list) and values:
        return str(values[0])
    return None


def _lines(path: Path, where: str) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as stream:
        number = 0
        while True:
            raw = stream.readline(MAX_STRUCTURED_BYTES + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_STRUCTURED_BYTES:
                raise InputError("line too long", path=where, line=number)
            if b"\x00" in raw:
                raise InputError(
                    "binary file (contains NUL bytes), not text", path=where, line=number
                )
            yield number, raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw


@register(*EXTENSIONS)
def load_ftm(path: Path, context: LoadContext) -> list[Fact]:
    """FtM JSON lines -> entities and relationships (and, for data from elsewhere, one
    Document standing for the file, which its evidence cites)."""
    from liability_graph.loaders.curated import FileErrors

    where = str(path)
    ftm_model()
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    document = Document(
        title=f"FollowTheMoney entities: {path.name}", source=where, content_hash=digest
    )
    reader = FtmReader(context.ontology, where, document)
    facts: list[Fact] = []
    errors: list[InputError] = []

    def failed(exc: InputError, number: int) -> None:
        errors.append(InputError(exc.reason, path=where, line=number, hint=exc.hint))

    for number, raw in _lines(path, where):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            errors.append(InputError(f"malformed JSON: {exc}", path=where, line=number))
            continue
        try:
            if not isinstance(record, dict):
                raise InputError("not a JSON object: an FtM entity per line is expected")
            entity = reader.add(number, record)
        except InputError as exc:
            failed(exc, number)
            continue
        if entity is not None:
            facts.append(entity)
    for number, record in reader.pending_edges():
        try:
            rel = reader.relationship(record)
        except InputError as exc:
            failed(exc, number)
            continue
        if rel is not None:
            facts.append(rel)
    if errors:
        raise errors[0] if len(errors) == 1 else FileErrors(where, errors)
    if not facts:
        raise InputError("no FollowTheMoney entity here maps to the ontology", path=where)
    if reader.foreign:
        facts.insert(0, document)
    if context.resolver is not None:
        for fact in facts:  # an lgraph export's entities are resolved already: keep them apart
            if isinstance(fact, Entity) and fact.key in reader.own_keys:
                context.resolver.note(fact)
    return facts


register_sniffer((".json", ".jsonl"), looks_like_ftm, load_ftm)
