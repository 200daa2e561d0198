"""How the graph looks, in one place: colour and shape per node type, line per status.

Colours are the Okabe-Ito palette (distinguishable with the common colour-vision
deficiencies); shapes are vis-network shapes that draw their label outside, and types that
share a shape differ in colour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str
    size: int = 14

    @property
    def rgb(self) -> tuple[int, int, int]:
        value = self.color.lstrip("#")
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@dataclass(frozen=True)
class LinkStyle:
    color: str
    width: float
    dashes: bool
    description: str


NODE_STYLES = {
    "Platform": NodeStyle("#0072B2", "dot", 18),
    "Vendor": NodeStyle("#E69F00", "diamond", 16),
    "Organization": NodeStyle("#009E73", "square", 13),
    "Person": NodeStyle("#CC79A7", "triangleDown", 13),
    "Law": NodeStyle("#D55E00", "triangle", 15),
    "Case": NodeStyle("#56B4E9", "star", 15),
    "Court": NodeStyle("#8C6D31", "hexagon", 13),
    "Jurisdiction": NodeStyle("#999999", "square", 11),
    "Document": NodeStyle("#BBBBBB", "dot", 7),
}
DEFAULT_NODE = NodeStyle("#777777", "dot", 12)

LINK_STYLES = {
    "alleged": LinkStyle("#E69F00", 1.5, True, "dashed"),
    "established": LinkStyle("#555555", 1.5, False, "solid"),
    "ruled": LinkStyle("#0072B2", 3.0, False, "thick"),
}
DEFAULT_LINK = LinkStyle("#999999", 1.0, False, "thin")


def node_style(type_name: str) -> NodeStyle:
    return NODE_STYLES.get(type_name, DEFAULT_NODE)


def link_style(status: str) -> LinkStyle:
    return LINK_STYLES.get(status, DEFAULT_LINK)
