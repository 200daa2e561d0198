"""GraphML: every node and link with typed attributes, for yEd, Gephi, Cytoscape and networkx.

Attributes are declared from the ontology (`attributes.py`): lists are JSON text, evidence
is one JSON attribute per edge, and each edge's id is its relationship key, so parallel
links (FOUNDED and OWNS between the same two entities) stay apart. Streamed, so memory stays
flat. `networkx.read_graphml(path)` reads it back.
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


def write_graphml(model: ExportModel, out: TextIO) -> dict[str, int]:
    """Write the model as GraphML to `out`; returns the node and link counts."""
    nodes = node_columns(model.ontology)
    links = link_columns(model.ontology)
    node_ids = {name: f"n{i}" for i, (name, _) in enumerate(nodes)}
    link_ids = {name: f"e{i}" for i, (name, _) in enumerate(links)}
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    meta = model.meta()
    graph_keys = {name: f"g{i}" for i, name in enumerate(meta)}
    for name, key in graph_keys.items():
        kind = "boolean" if isinstance(meta[name], bool) else "string"
        kind = "long" if isinstance(meta[name], int) and kind != "boolean" else kind
        out.write(f'  <key id="{key}" for="graph" attr.name={_attr(name)} attr.type="{kind}"/>\n')
    for (name, kind), key in zip(nodes, node_ids.values(), strict=True):
        graphml_type = TYPES[kind][0]
        out.write(
            f'  <key id="{key}" for="node" attr.name={_attr(name)} attr.type="{graphml_type}"/>\n'
        )
    for (name, kind), key in zip(links, link_ids.values(), strict=True):
        graphml_type = TYPES[kind][0]
        out.write(
            f'  <key id="{key}" for="edge" attr.name={_attr(name)} attr.type="{graphml_type}"/>\n'
        )
    out.write('  <graph id="G" edgedefault="directed">\n')
    for name, key in graph_keys.items():
        out.write(f'    <data key="{key}">{_text(text_value(meta[name], "string"))}</data>\n')
    counts = {"nodes": 0, "links": 0}
    node_kinds = dict(nodes)
    for node in model.nodes():
        out.write(f"    <node id={_attr(node.id)}>\n")
        for name, value in node_values(node).items():
            text = _text(text_value(value, node_kinds[name]))
            out.write(f'      <data key="{node_ids[name]}">{text}</data>\n')
        out.write("    </node>\n")
        counts["nodes"] += 1
    link_kinds = dict(links)
    for link in model.links():
        out.write(
            f"    <edge id={_attr(link.key)} source={_attr(link.source)} "
            f"target={_attr(link.target)}>\n"
        )
        for name, value in link_values(link).items():
            text = _text(text_value(value, link_kinds[name]))
            out.write(f'      <data key="{link_ids[name]}">{text}</data>\n')
        out.write("    </edge>\n")
        counts["links"] += 1
    out.write("  </graph>\n</graphml>\n")
    return counts
