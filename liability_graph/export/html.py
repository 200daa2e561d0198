"""The investigators' view: one self-contained, offline, safe HTML file of the graph.

Built from pyvis's parts: vis-network's JavaScript and CSS are read from the installed
`pyvis` package when the page is made and inlined, so nothing is fetched when it opens (and
no copy of vis-network lives in this repository). The page's own code is in `viewer/`.

Safety:
- the graph travels as JSON inside `<script type="application/json">`, with `<`, `>`, `&`
  and U+2028/U+2029 escaped, so no text can close the block or start markup; the viewer
  reads it with JSON.parse and writes every value as text (textContent, plain titles);
- a Content-Security-Policy allows only this page's own scripts and styles (by hash) and
  data: images, so the page cannot load or send anything, whatever a document said;
- document addresses become links only when they are http(s), with rel="noopener noreferrer".

Large graphs: above `LAYOUT_THRESHOLD` nodes the layout is computed here (layout.py) and
the browser draws it with physics off; below it, the browser stabilises the same starting
positions once and then freezes them. Edges are straight (parallel ones curve apart in
small graphs), and hidden while dragging.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from liability_graph.errors import HtmlExportError
from liability_graph.export.layout import spring_positions
from liability_graph.export.model import ExportModel, Selection
from liability_graph.export.style import DEFAULT_LINK, DEFAULT_NODE, LINK_STYLES, NODE_STYLES

#: Above this many nodes the layout is computed in Python and physics stays off.
LAYOUT_THRESHOLD = 1000
#: Physics iterations the browser runs once, below the threshold.
STABILIZE_ITERATIONS = 150
HTML_EXTRA = "liability-graph[html]"
_HTTP = re.compile(r"^https?://", re.IGNORECASE)
_MARKER = re.compile(r"@@(CSP|TITLE|VIS_CSS|VIEWER_CSS|DATA|VIS_JS|VIEWER_JS)@@")
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)


class HtmlPage(str):
    """The page as text; in a notebook it shows in a sandboxed iframe (its scripts stay in
    there, with no access to the notebook), and `save(path)` writes it to a file."""

    def _repr_html_(self) -> str:
        srcdoc = html.escape(str(self), quote=True)
        return (
            '<iframe sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            'referrerpolicy="no-referrer" style="width: 100%; height: 640px; border: 1px solid #ddd" '
            f'srcdoc="{srcdoc}"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(str(self), encoding="utf-8")
        return path


# -- vis-network from the installed pyvis --------------------------------------------------


def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis (the newest vis it ships)."""
    try:
        root = resources.files("pyvis")
    except ModuleNotFoundError:
        raise HtmlExportError("the HTML view needs pyvis, which is not installed") from None
    folders = []
    for base in ("templates/lib", "lib"):
        lib = root.joinpath(base)
        if lib.is_dir():
            folders += [f for f in lib.iterdir() if f.name.startswith("vis-") and f.is_dir()]
    if not folders:
        raise HtmlExportError("pyvis is installed but ships no vis-network files")

    def version(folder: Any) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", folder.name))

    folder = max(folders, key=version)
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    js = _SOURCE_MAP.sub("", js)  # a source map would be fetched by developer tools
    for text, what in ((js, "vis-network.min.js"), (css, "vis-network.css")):
        if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
            raise HtmlExportError(f"{folder.name}/{what} cannot be inlined safely")
    return js, css


def _viewer_file(name: str) -> str:
    return resources.files("liability_graph.export").joinpath("viewer", name).read_text("utf-8")


# -- the page ---------------------------------------------------------------------------


def json_for_script(value: Any) -> str:
    """JSON that can sit inside a <script> element: nothing in it can end the element,
    open a comment or break a line in older JavaScript parsers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    """Only these inline scripts and styles run; nothing may be loaded, sent or framed."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_hash(s) for s in scripts),
            "style-src " + " ".join(_hash(s) for s in styles),
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "manifest-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def graph_payload(model: ExportModel, *, layout: str = "auto") -> dict[str, Any]:
    """What the page draws: nodes, links with evidence, documents, styles and metadata."""
    nodes = list(model.nodes())
    index = {node.id: i for i, node in enumerate(nodes)}
    doc_index: dict[str, int] = {}
    docs: list[list[Any]] = []
    links = []
    for link in model.links():
        if link.source not in index or link.target not in index:
            continue  # pragma: no cover - the model only yields links between its nodes
        evidence = []
        for item in link.evidence:
            doc = link.document(item)
            position = -1
            if doc is not None:
                if doc.key not in doc_index:
                    doc_index[doc.key] = len(docs)
                    url = doc.url if doc.url and _HTTP.match(doc.url.strip()) else None
                    docs.append([doc.title, url.strip() if url else None, doc.published])
                position = doc_index[doc.key]
            evidence.append(
                [item.quote, position, item.date, item.status, item.method, item.confidence,
                 item.start, item.end, item.source if position < 0 else None]
            )  # fmt: skip
        span = link.span() or (None, None)
        properties = link.properties()
        properties.pop("status", None)
        links.append(
            [index[link.source], index[link.target], link.type, link.status, span[0], span[1],
             properties, evidence, link.key]
        )  # fmt: skip
    python_layout = layout == "python" or (layout == "auto" and len(nodes) > LAYOUT_THRESHOLD)
    positions = spring_positions(len(nodes), [(a[0], a[1]) for a in links])
    ontology = model.ontology
    return {
        "meta": {**model.meta(), "nodes": len(nodes), "links": len(links)},
        "layout": "python" if python_layout else "browser",
        "stabilize": STABILIZE_ITERATIONS,
        "order": {
            "nodes": list(ontology.node_types),
            "links": list(ontology.relationship_types),
            "statuses": list(ontology.statuses),
        },
        "styles": {
            "nodes": {name: asdict(style) for name, style in NODE_STYLES.items()},
            "defaultNode": asdict(DEFAULT_NODE),
            "links": {name: asdict(style) for name, style in LINK_STYLES.items()},
            "defaultLink": asdict(DEFAULT_LINK),
        },
        "nodes": [
            [node.id, node.type, node.name, node.aliases, node.properties(), x, y]
            for node, (x, y) in zip(nodes, positions, strict=True)
        ],
        "links": links,
        "docs": docs,
    }


def render_page(payload: dict[str, Any], title: str) -> str:
    vis_js, vis_css = vis_assets()
    viewer_js = _viewer_file("viewer.js")
    viewer_css = _viewer_file("viewer.css")
    parts = {
        "CSP": html.escape(
            content_security_policy([vis_js, viewer_js], [vis_css, viewer_css]), quote=False
        ),
        "TITLE": html.escape(title, quote=True),
        "VIS_CSS": vis_css,
        "VIEWER_CSS": viewer_css,
        "DATA": json_for_script(payload),
        "VIS_JS": vis_js,
        "VIEWER_JS": viewer_js,
    }
    # one pass, so nothing inserted (the data above all) is ever read as a marker
    return _MARKER.sub(lambda m: parts[m.group(1)], _viewer_file("page.html"))


def default_title(model: ExportModel) -> str:
    selection = model.selection
    if selection.around:
        return f"liability-graph: around {selection.around}"
    if selection.query:
        return f"liability-graph: {selection.query}"
    return "liability-graph"


def build_html(model: ExportModel, *, title: str | None = None, layout: str = "auto") -> HtmlPage:
    """The whole page for a model."""
    return HtmlPage(render_page(graph_payload(model, layout=layout), title or default_title(model)))


def write_html(
    model: ExportModel, out: TextIO, *, title: str | None = None, layout: str = "auto"
) -> dict[str, int]:
    """Write the page to `out`; returns the node and link counts it holds."""
    payload = graph_payload(model, layout=layout)
    out.write(render_page(payload, title or default_title(model)))
    return {"nodes": len(payload["nodes"]), "links": len(payload["links"])}


def to_html(
    store: Any = None,
    *,
    selection: Selection | None = None,
    reveal_protected: bool = False,
    title: str | None = None,
    layout: str = "auto",
    documents: bool = False,
    **filters: Any,
) -> HtmlPage:
    """The HTML view for a notebook or a script: `to_html()` (the default store),
    `to_html("embedded:./lgraph-data", around="Salesforce", hops=2)`, or a Store.
    Keyword filters are those of `Selection`; documents are left out unless asked for."""
    from liability_graph.graph.store import Store, open_store

    if selection is None:
        selection = Selection(documents=documents, **filters)
    if isinstance(store, Store):
        return build_html(
            ExportModel(store, selection, reveal_protected=reveal_protected),
            title=title,
            layout=layout,
        )
    with open_store(store, read_only=True) as opened:
        model = ExportModel(opened, selection, reveal_protected=reveal_protected)
        return build_html(model, title=title, layout=layout)
