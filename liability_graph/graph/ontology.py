"""Load and validate the ontology data file; generate DDL, constraints and docs from it.

The ontology is data (graph/ontology.yaml) so that node and relationship types are
defined once. Labels and relationship types that reach Cypher text come only from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from liability_graph.errors import OntologyError
from liability_graph.yaml_data import load_data

PROPERTY_TYPES = ("string", "string_list", "integer", "float", "boolean", "date")
WILDCARD = "*"
#: Neo4j only: a second label on every node, so that id and name look-ups of any type use
#: one index (a unique id constraint and a text index on LOOKUP_TEXT) instead of a scan.
SHARED_LABEL = "Entity"
#: Neo4j only: the node's `lookup` forms as one string, "\n" before and after each; a name
#: is found with `lookup_text CONTAINS "\n" + name + "\n"`, which the text index answers.
#: Normalised names never hold a newline (normalize_name collapses whitespace).
LOOKUP_TEXT = "lookup_text"
#: Counts lgraph keeps on the nodes of a store it writes, both stores (every write batch
#: recounts the nodes it may have changed, see neo4j_store.py and embedded.py), absent when
#: 0, so that `exposure` reads one property per vendor: counting cases per serviced
#: platform at query time read every platform's relationships (272,000 db hits, 69 ms at
#: p50 on the 1M-relationship graph of bench/queries.py, and 30-80 ms on LadybugDB), and
#: even a count kept per platform cost one property read per SERVICED relationship
#: (120,000 db hits).
DEFENDANT_TYPE = "DEFENDANT_IN"
SERVICED_TYPE = "SERVICED"
#: The node's outgoing DEFENDANT_IN relationships (the cases against it).
DEFENDANT_COUNT = "defendant_in_count"
#: Over the node's outgoing SERVICED relationships: the sum of their targets'
#: DEFENDANT_COUNT, and how many of the targets have one.
SERVICED_CASES = "serviced_cases"
SERVICED_SUED = "serviced_sued"
COUNTS = (DEFENDANT_COUNT, SERVICED_CASES, SERVICED_SUED)
#: The index `exposure` ranks vendors by; a store without it has not been counted yet.
COUNTS_INDEX = f"lgraph_entity_{SERVICED_CASES}"
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
#: Entity keys whose type type_of_key remembers (a bounded cache).
_KEY_TYPES_MAX = 500_000
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class PropertySpec:
    name: str
    type: str
    description: str = ""

    def coerce(self, value: Any) -> Any:
        """Convert a loaded value to this property's type, or raise ValueError saying why."""
        if value is None:
            return None
        kind = self.type
        if kind == "string":
            if isinstance(value, (dict, list)):
                raise ValueError(f"property {self.name!r} must be text, not {type(value).__name__}")
            return str(value)
        if kind == "string_list":
            if isinstance(value, str):
                return [value]
            if not isinstance(value, (list, tuple)):
                raise ValueError(f"property {self.name!r} must be a list of text")
            return [str(v) for v in value if v is not None]
        if kind == "integer":
            if isinstance(value, bool):
                raise ValueError(f"property {self.name!r} must be a whole number")
            try:
                return int(value)
            except (TypeError, ValueError):
                raise ValueError(f"property {self.name!r} must be a whole number") from None
        if kind == "float":
            try:
                return float(value)
            except (TypeError, ValueError):
                raise ValueError(f"property {self.name!r} must be a number") from None
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "yes", "1"):
                return True
            if text in ("false", "no", "0", ""):
                return False
            raise ValueError(f"property {self.name!r} must be true or false")
        if kind == "date":
            return normalize_date(value, self.name)
        raise ValueError(f"unknown property type {kind!r}")  # pragma: no cover


def normalize_date(value: Any, what: str = "date") -> str | None:
    """Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as text; datetimes are cut to the day."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = str(value).strip()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if _DATE_RE.match(text):
        return text
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", text)
    if match:
        return match.group(1)
    raise ValueError(f"{what} must be YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")


@dataclass(frozen=True)
class NodeType:
    name: str
    description: str
    properties: dict[str, PropertySpec]

    @property
    def key_prefix(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class RelationshipType:
    name: str
    description: str
    endpoints: tuple[tuple[str, str], ...]
    properties: dict[str, PropertySpec]

    def allows(self, source_type: str, target_type: str) -> bool:
        return (source_type, target_type) in self.endpoints

    def source_types(self) -> list[str]:
        return sorted({s for s, _ in self.endpoints})

    def target_types(self) -> list[str]:
        return sorted({t for _, t in self.endpoints})


@dataclass(frozen=True)
class Status:
    name: str
    description: str
    rank: int


@dataclass(frozen=True, eq=False)
class Ontology:
    version: int
    statuses: dict[str, Status]
    node_properties: dict[str, PropertySpec]
    relationship_properties: dict[str, PropertySpec]
    node_types: dict[str, NodeType]
    relationship_types: dict[str, RelationshipType]
    source: str = field(default="", compare=False)

    # -- lookups that raise clear errors -------------------------------------------------
    def node_type(self, name: str) -> NodeType:
        try:
            return self.node_types[name]
        except KeyError:
            raise OntologyError(
                f"unknown node type {name!r}; known: {', '.join(self.node_types)}"
            ) from None

    def relationship_type(self, name: str) -> RelationshipType:
        try:
            return self.relationship_types[name]
        except KeyError:
            raise OntologyError(
                f"unknown relationship type {name!r}; known: {', '.join(self.relationship_types)}"
            ) from None

    def status_rank(self, name: str) -> int:
        try:
            return self.statuses[name].rank
        except KeyError:
            raise OntologyError(
                f"unknown status {name!r}; known: {', '.join(self.statuses)}"
            ) from None

    def node_columns(self, type_name: str) -> dict[str, PropertySpec]:
        """All properties of a node type, common ones first."""
        return {**self.node_properties, **self.node_type(type_name).properties}

    def relationship_columns(self, type_name: str) -> dict[str, PropertySpec]:
        return {**self.relationship_properties, **self.relationship_type(type_name).properties}

    def type_of_key(self, key: str) -> str:
        """Entity keys start with their type ("vendor:salesforce"), so the type is recoverable."""
        known = self.known_key_types.get(key)  # bulk loads ask for the same endpoints many times
        if known is not None:
            return known
        try:
            found = self._types_by_prefix[key[: key.index(":")]]
        except (ValueError, KeyError):
            raise OntologyError(f"entity key {key!r} does not start with a known type") from None
        if len(self.known_key_types) >= _KEY_TYPES_MAX:
            self.known_key_types.clear()
        self.known_key_types[key] = found
        return found

    @cached_property
    def known_key_types(self) -> dict[str, str]:
        """The types type_of_key has found, by key: a cache that may lack any key (look it up
        here, then call type_of_key if missing). A dict look-up costs half the method call,
        and a bulk load of a million relationships asks for four million."""
        return {}

    def __getstate__(self) -> dict:
        """Pickled (for worker processes) without the caches."""
        return {k: v for k, v in self.__dict__.items() if k != "known_key_types"}

    @cached_property
    def _types_by_prefix(self) -> dict[str, str]:
        return {t.key_prefix: t.name for t in self.node_types.values()}


# -- loading and validation ----------------------------------------------------------


def _properties(raw: Any, where: str) -> dict[str, PropertySpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: properties must be a mapping")
    specs: dict[str, PropertySpec] = {}
    for name, spec in raw.items():
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise OntologyError(f"{where}: property name {name!r} is not a plain identifier")
        if not isinstance(spec, dict) or spec.get("type") not in PROPERTY_TYPES:
            raise OntologyError(f"{where}.{name}: type must be one of {', '.join(PROPERTY_TYPES)}")
        specs[name] = PropertySpec(name, spec["type"], str(spec.get("description", "")))
    return specs


def parse_ontology(data: Any, source: str = "<ontology>") -> Ontology:
    """Validate a loaded ontology document; every error names the entry at fault."""
    if not isinstance(data, dict):
        raise OntologyError(f"{source}: the ontology must be a mapping")
    for section in ("statuses", "node_types", "relationship_types"):
        if not data.get(section):
            raise OntologyError(f"{source}: missing section {section!r}")

    statuses: dict[str, Status] = {}
    for rank, entry in enumerate(data["statuses"]):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise OntologyError(f"{source}: statuses[{rank}] needs a name")
        statuses[entry["name"]] = Status(entry["name"], str(entry.get("description", "")), rank)

    node_properties = _properties(data.get("node_properties"), "node_properties")
    relationship_properties = _properties(
        data.get("relationship_properties"), "relationship_properties"
    )
    for required in ("id", "name", "aliases", "lookup"):
        if required not in node_properties:
            raise OntologyError(f"{source}: node_properties must define {required!r}")
    for required in ("key", "status", "evidence"):
        if required not in relationship_properties:
            raise OntologyError(f"{source}: relationship_properties must define {required!r}")

    node_types: dict[str, NodeType] = {}
    for name, spec in data["node_types"].items():
        where = f"node_types.{name}"
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise OntologyError(f"{where}: a type name must be a plain identifier")
        if not isinstance(spec, dict):
            raise OntologyError(f"{where}: must be a mapping")
        if name == SHARED_LABEL:
            raise OntologyError(f"{where}: {SHARED_LABEL!r} is reserved (Neo4j's shared label)")
        props = _properties(spec.get("properties"), where)
        clash = set(props) & set(node_properties)
        if clash:
            raise OntologyError(f"{where}: redefines common properties {sorted(clash)}")
        node_types[name] = NodeType(name, str(spec.get("description", "")), props)
    if "Document" not in node_types:
        raise OntologyError(f"{source}: node type 'Document' is required")
    prefixes = [t.key_prefix for t in node_types.values()]
    if len(set(prefixes)) != len(prefixes):
        raise OntologyError(f"{source}: node type names must differ beyond letter case")

    relationship_types: dict[str, RelationshipType] = {}
    for name, spec in data["relationship_types"].items():
        where = f"relationship_types.{name}"
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise OntologyError(f"{where}: a type name must be a plain identifier")
        if name in node_types:
            raise OntologyError(f"{where}: clashes with a node type name")
        if not isinstance(spec, dict) or not spec.get("endpoints"):
            raise OntologyError(f"{where}: needs a list of endpoints")
        pairs: list[tuple[str, str]] = []
        for pair in spec["endpoints"]:
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise OntologyError(f"{where}: endpoint {pair!r} must be [source, target]")
            sources = _expand(pair[0], node_types, where)
            targets = _expand(pair[1], node_types, where)
            for s in sources:
                for t in targets:
                    if (s, t) not in pairs and not (pair[1] == WILDCARD and t == s):
                        pairs.append((s, t))
        props = _properties(spec.get("properties"), where)
        clash = set(props) & set(relationship_properties)
        if clash:
            raise OntologyError(f"{where}: redefines common properties {sorted(clash)}")
        relationship_types[name] = RelationshipType(
            name, str(spec.get("description", "")), tuple(pairs), props
        )

    return Ontology(
        version=int(data.get("version", 1)),
        statuses=statuses,
        node_properties=node_properties,
        relationship_properties=relationship_properties,
        node_types=node_types,
        relationship_types=relationship_types,
        source=source,
    )


def _expand(name: Any, node_types: dict[str, NodeType], where: str) -> list[str]:
    if name == WILDCARD:
        return list(node_types)
    if name not in node_types:
        raise OntologyError(f"{where}: endpoint type {name!r} is not a node type")
    return [name]


def load_ontology_file(path: str | Path) -> Ontology:
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = load_data(text)
    except yaml.YAMLError as exc:
        raise OntologyError(f"{path}: not valid YAML: {exc}") from None
    return parse_ontology(data, str(path))


@cache
def load_ontology() -> Ontology:
    """The packaged ontology, loaded and validated once per process."""
    ref = resources.files("liability_graph.graph").joinpath("ontology.yaml")
    data = load_data(ref.read_text(encoding="utf-8"))
    return parse_ontology(data, "liability_graph/graph/ontology.yaml")


# -- generated artefacts -------------------------------------------------------------

_LADYBUG_TYPES = {
    "string": "STRING",
    "string_list": "STRING[]",
    "integer": "INT64",
    "float": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "STRING",
}


def ladybug_ddl(ontology: Ontology, counts: bool = False) -> list[str]:
    """CREATE statements for the embedded store: one node table per type, one rel table per
    type; with `counts`, the node tables have their count_columns too (as EmbeddedStore
    creates them)."""
    statements = []
    extra = count_columns(ontology) if counts else {}
    for name in ontology.node_types:
        cols = [
            f"{p.name} {_LADYBUG_TYPES[p.type]}" + (" PRIMARY KEY" if p.name == "id" else "")
            for p in ontology.node_columns(name).values()
        ]
        cols += [f"{c} INT64" for c in extra.get(name, ())]
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS `{name}`({', '.join(cols)})")
    for name, rel in ontology.relationship_types.items():
        pairs = [f"FROM `{s}` TO `{t}`" for s, t in rel.endpoints]
        cols = [
            f"{p.name} {_LADYBUG_TYPES[p.type]}"
            for p in ontology.relationship_columns(name).values()
        ]
        statements.append(f"CREATE REL TABLE IF NOT EXISTS `{name}`({', '.join(pairs + cols)})")
    return statements


def ladybug_type(spec: PropertySpec) -> str:
    return _LADYBUG_TYPES[spec.type]


def neo4j_constraints(ontology: Ontology) -> list[str]:
    """Uniqueness constraints for Neo4j 5: node ids on the shared label and per label, and
    relationship keys per type.

    Each constraint owns a range index, so MERGE and look-ups on `id` and `key` seek instead
    of scanning, and a duplicate node or edge cannot be created even by concurrent writers.
    """
    statements = [
        f"CREATE CONSTRAINT lgraph_{SHARED_LABEL.lower()}_id IF NOT EXISTS "
        f"FOR (n:`{SHARED_LABEL}`) REQUIRE n.id IS UNIQUE"
    ]
    for name in ontology.node_types:
        statements.append(
            f"CREATE CONSTRAINT lgraph_{name.lower()}_id IF NOT EXISTS "
            f"FOR (n:`{name}`) REQUIRE n.id IS UNIQUE"
        )
    for name in ontology.relationship_types:
        statements.append(
            f"CREATE CONSTRAINT lgraph_{name.lower()}_key IF NOT EXISTS "
            f"FOR ()-[r:`{name}`]-() REQUIRE r.key IS UNIQUE"
        )
    return statements


def neo4j_indexes(ontology: Ontology) -> list[str]:
    """Indexes beyond the constraints' own: names and aliases of every node type, through
    the shared label's lookup text (Neo4j cannot index the elements of a list); and
    COUNTS_INDEX, whose absence tells a store written before COUNTS to count them once
    (Neo4jStore._ensure_schema)."""
    statements = [
        f"CREATE TEXT INDEX lgraph_{SHARED_LABEL.lower()}_{LOOKUP_TEXT} IF NOT EXISTS "
        f"FOR (n:`{SHARED_LABEL}`) ON (n.{LOOKUP_TEXT})"
    ]
    if counts_kept(ontology):
        statements.append(
            f"CREATE INDEX {COUNTS_INDEX} IF NOT EXISTS "
            f"FOR (n:`{SHARED_LABEL}`) ON (n.{SERVICED_CASES})"
        )
    return statements


def counts_kept(ontology: Ontology) -> bool:
    """Whether a store keeps COUNTS (the ontology has both relationship types)."""
    return {DEFENDANT_TYPE, SERVICED_TYPE} <= set(ontology.relationship_types)


def count_columns(ontology: Ontology) -> dict[str, tuple[str, ...]]:
    """The COUNTS columns of each node table of the embedded store, which (unlike a Neo4j
    node) holds only the properties its table declares: DEFENDANT_COUNT on the types that
    can be defendants or be serviced (a vendor's recount reads it on what it serviced), the
    SERVICED counts on the types that can service. They are no ontology properties: tables
    get them as they are created (ladybug_ddl with counts), or a store written before they
    existed through ALTER TABLE (EmbeddedStore._ensure_counts)."""
    if not counts_kept(ontology):
        return {}
    rels = ontology.relationship_types
    defendant = {*rels[DEFENDANT_TYPE].source_types(), *rels[SERVICED_TYPE].target_types()}
    servicing = set(rels[SERVICED_TYPE].source_types())
    wanted = {DEFENDANT_COUNT: defendant, SERVICED_CASES: servicing, SERVICED_SUED: servicing}
    return {
        name: tuple(c for c, types in wanted.items() if name in types)
        for name in ontology.node_types
        if name in defendant | servicing
    }


def lookup_text(lookup: list[str]) -> str:
    """The LOOKUP_TEXT value for a node's lookup forms."""
    return "\n" + "".join(f"{name}\n" for name in lookup)


def markdown(ontology: Ontology) -> str:
    """The ontology as Markdown, for the README and `lgraph ontology`."""
    lines = ["### Node types", "", "| Type | Description | Properties |", "| --- | --- | --- |"]
    for node in ontology.node_types.values():
        props = ", ".join(f"`{p.name}` ({p.type})" for p in node.properties.values()) or "-"
        lines.append(f"| `{node.name}` | {node.description} | {props} |")
    common = ", ".join(f"`{p.name}`" for p in ontology.node_properties.values())
    lines += ["", f"Every node also has: {common}.", ""]
    lines += [
        "### Relationship types",
        "",
        "| Type | From -> To | Description | Properties |",
        "| --- | --- | --- | --- |",
    ]
    for rel in ontology.relationship_types.values():
        if rel.name == "MENTIONS":
            ends = "Document -> any"
        else:
            sources = "\\|".join(rel.source_types())
            targets = "\\|".join(rel.target_types())
            ends = f"{sources} -> {targets}"
        props = ", ".join(f"`{p.name}` ({p.type})" for p in rel.properties.values()) or "-"
        lines.append(f"| `{rel.name}` | {ends} | {rel.description} | {props} |")
    common = ", ".join(f"`{p.name}`" for p in ontology.relationship_properties.values())
    lines += ["", f"Every relationship also has: {common}.", ""]
    lines += ["### Statuses", ""]
    for status in ontology.statuses.values():
        lines.append(f"- `{status.name}`: {status.description}")
    return "\n".join(lines) + "\n"
