"""YAML read within a budget, so a small hostile file cannot take the machine.

An alias (``*a``) stands for the whole node its anchor names; nine levels of nine aliases
each ("billion laughs") are a few hundred bytes that stand for hundreds of millions of
nodes, and anything that walks the result (a repr, a copy, a check) walks them all. The
composer here counts every node as it is read, each alias as the size of what it stands
for, and stops at a fixed budget with the line where it was crossed. Nesting depth is
limited too, and an alias inside the node it names (a cycle) is refused.

The budget counts nodes as a reader sees them after expansion: a 200,000-node file of
plain entries and a 200-byte bomb that stands for 200,000 nodes cost the same.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

#: Nodes a YAML document may hold once aliases are expanded (about 20,000 entries).
MAX_NODES = 200_000
#: How deeply collections may nest (curated facts need five or six levels).
MAX_DEPTH = 50


class YamlLimitError(yaml.YAMLError):
    """The document exceeds the node budget or the depth limit, or an alias is cyclic."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line  # 1-based, in the YAML text given to the loader


if getattr(yaml, "__with_libyaml__", False):
    # libyaml scans and parses about three times faster than PyYAML's own parser.
    from yaml._yaml import CParser as _Parser
else:  # pragma: no cover - PyYAML built without libyaml

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, stream: Any) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)


class BoundedSafeLoader(Composer, _Parser, SafeConstructor, Resolver):
    """A safe loader whose (pure-Python) composer enforces MAX_NODES, MAX_DEPTH and acyclic
    aliases, over libyaml's parser where PyYAML has it. Same results as yaml.SafeLoader.

    Subclasses may lower the limits through the class attributes.
    """

    max_nodes = MAX_NODES
    max_depth = MAX_DEPTH

    def __init__(self, stream: Any) -> None:
        _Parser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._sizes: dict[int, int] = {}  # id(node) -> its size with aliases expanded
        self._expanded = 0
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, AliasEvent):
            node = self.anchors.get(event.anchor)
            if node is not None:  # an undefined alias is the composer's own error
                size = self._sizes.get(id(node))
                if size is None:
                    raise YamlLimitError(
                        f"YAML alias *{event.anchor} is used inside the node it names "
                        "(a cycle, which would never end)",
                        line,
                    )
                self._spend(size, line, alias=event.anchor)
            return super().compose_node(parent, index)
        self._depth += 1
        if self._depth > self.max_depth:
            raise YamlLimitError(f"YAML nested more than {self.max_depth} levels deep", line)
        self._spend(1, line)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        self._sizes[id(node)] = 1 + _children_size(node, self._sizes)
        return node

    def _spend(self, nodes: int, line: int, alias: str | None = None) -> None:
        self._expanded += nodes
        if self._expanded > self.max_nodes:
            if alias:
                what = f"YAML alias *{alias} expands the document to more than"
            else:
                what = "YAML document has more than"
            raise YamlLimitError(
                f"{what} {self.max_nodes:,} nodes, the limit per file "
                "(aliases count as the nodes they stand for); split the file",
                line,
            )

    def dispose(self) -> None:
        self._sizes = {}
        super().dispose()


def _children_size(node: Node, sizes: dict[int, int]) -> int:
    if isinstance(node, SequenceNode):
        return sum(sizes.get(id(child), 1) for child in node.value)
    if isinstance(node, MappingNode):
        return sum(sizes.get(id(k), 1) + sizes.get(id(v), 1) for k, v in node.value)
    return 0


def load_bounded(text: str, loader: type[BoundedSafeLoader] = BoundedSafeLoader) -> Any:
    """`yaml.load` with a bounded loader; raises YamlLimitError or yaml.YAMLError."""
    return yaml.load(text, Loader=loader)
