"""GEXF 1.2: the graph for Gephi, with typed attributes, colours by node type and edge ids
that keep parallel links apart. `networkx.read_gexf(path)` reads it back.

Attributes are declared from the ontology (`attributes.py`); lists are JSON text and each
edge's evidence is one JSON attribute. Streamed, so memory stays flat.
"""

from __future__ import annotations

from typing import TextIO

from liability_graph.export.attributes import (
    TYPES,
    link_columns,
    link_values,
    node_columns,
    node_values,
    text_value,
)
from liability_graph.export.attributes import xml_attr as _attr
from liability_graph.export.attributes import xml_text as _text
from liability_graph.export.model import ExportModel
from liability_graph.export.style import node_style

NAMESPACE = "http://www.gexf.net/1.2draft"
# The element's own label and id carry these (and networkx reads them as such).
_SKIP_NODE = frozenset({"label"})
_SKIP_LINK = frozenset({"label", "key"})


def write_gexf(model: ExportModel, out: TextIO) -> dict[str, int]:
    """Write the model as GEXF to `out`; returns the node and link counts."""
    nodes = [(n, k) for n, k in node_columns(model.ontology) if n not in _SKIP_NODE]
    links = [(n, k) for n, k in link_columns(model.ontology) if n not in _SKIP_LINK]
    node_ids = {name: str(i) for i, (name, _) in enumerate(nodes)}
    link_ids = {name: str(i) for i, (name, _) in enumerate(links)}
    meta = model.meta()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        f'<gexf xmlns="{NAMESPACE}" xmlns:viz="{NAMESPACE}/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NAMESPACE} {NAMESPACE}/gexf.xsd" version="1.2">\n'
    )
    description = text_value(meta, "string")
    out.write(
        f"  <meta><creator>{_text(meta['generator'])}</creator>"
        f"<description>{_text(description)}</description></meta>\n"
    )
    out.write('  <graph defaultedgetype="directed" mode="static">\n')
    out.write('    <attributes class="node" mode="static">\n')
    for (name, kind), ident in zip(nodes, node_ids.values(), strict=True):
        out.write(f'      <attribute id="{ident}" title={_attr(name)} type="{TYPES[kind][1]}"/>\n')
    out.write('    </attributes>\n    <attributes class="edge" mode="static">\n')
    for (name, kind), ident in zip(links, link_ids.values(), strict=True):
        out.write(f'      <attribute id="{ident}" title={_attr(name)} type="{TYPES[kind][1]}"/>\n')
    out.write("    </attributes>\n    <nodes>\n")
    counts = {"nodes": 0, "links": 0}
    node_kinds = dict(nodes)
    for node in model.nodes():
        out.write(f"      <node id={_attr(node.id)} label={_attr(node.name)}>\n")
        out.write("        <attvalues>\n")
        for name, value in node_values(node).items():
            if name in node_ids:
                text = text_value(value, node_kinds[name])
                out.write(f'          <attvalue for="{node_ids[name]}" value={_attr(text)}/>\n')
        out.write("        </attvalues>\n")
        red, green, blue = node_style(node.type).rgb
        out.write(f'        <viz:color r="{red}" g="{green}" b="{blue}"/>\n')
        out.write("      </node>\n")
        counts["nodes"] += 1
    out.write("    </nodes>\n    <edges>\n")
    link_kinds = dict(links)
    for link in model.links():
        out.write(
            f"      <edge id={_attr(link.key)} source={_attr(link.source)} "
            f"target={_attr(link.target)} label={_attr(link.type)}>\n"
        )
        out.write("        <attvalues>\n")
        for name, value in link_values(link).items():
            if name in link_ids:
                text = text_value(value, link_kinds[name])
                out.write(f'          <attvalue for="{link_ids[name]}" value={_attr(text)}/>\n')
        out.write("        </attvalues>\n      </edge>\n")
        counts["links"] += 1
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return counts
