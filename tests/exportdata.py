"""Stores for the export tests: the examples/ graph, built once per session, and a small
graph full of hostile text (XSS payloads, Cypher and CSV breakers) with a protected person."""

from __future__ import annotations

import json
from pathlib import Path

from liability_graph.graph.embedded import EmbeddedStore
from liability_graph.loaders.ingest import ingest

REPO = Path(__file__).resolve().parent.parent
PROTECTED_NAME = "Jane Roe"  # a protected plaintiff of the small graph (tests/factfiles.py)
PROTECTED_ALIAS = "J. Roe-Canary"

# Payloads for names, aliases, quotes, titles and URLs: each one, if it ever ran, would call
# window.__xss(N) (the browser test counts the calls), or navigate away, or load something.
XSS = [
    "<script>window.__xss(1)</script>",
    '<img src=x onerror="window.__xss(2)">',
    "javascript:window.__xss(3)",
    "</script><script>window.__xss(4)</script>",
    "{{constructor.constructor('window.__xss(5)')()}}",
    '<a href="javascript:window.__xss(6)">href click me</a>',
    '<svg onload="window.__xss(7)"><circle r="5"/></svg>',
    "\u202egnp.exe<script>window.__xss(8)</script>",
    "<!--<script>window.__xss(9)</script>-->",
    '"><iframe srcdoc="<script>parent.__xss(10)</script>">',
    "<body onload=window.__xss(11)>",
    "<details open ontoggle=window.__xss(12)>",
    "${window.__xss(13)}",
    "<style>@import 'https://evil.example/x.css';</style>",
    '<link rel="stylesheet" href="https://evil.example/y.css">',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(16)>",
    "\u2028<script>window.__xss(17)</script>\u2029",
    "&lt;script&gt;window.__xss(18)&lt;/script&gt;",
    '<object data="javascript:window.__xss(19)"></object>',
    "<input autofocus onfocus=window.__xss(20)>",
    "'-window.__xss(21)-'",
    '<video><source onerror="window.__xss(22)"></video>',
    "A" * 5000 + "<script>window.__xss(23)</script>",
    "\\u003cscript\\u003ewindow.__xss(24)\\u003c/script\\u003e",
]
XSS_URLS = [
    "javascript:window.__xss(31)",
    "data:text/html,<script>window.__xss(32)</script>",
    "JaVaScRiPt:window.__xss(33)",
    " javascript:window.__xss(34)",
    'https://evil.example/"><script>window.__xss(35)</script>',
]


def examples_store(tmp_path_factory) -> str:
    """The examples/ store, built once per test session and shared by the export tests."""
    folder = tmp_path_factory.getbasetemp() / "examples-export-store"
    if not (folder / "built").exists():
        build_examples_store(folder / "store")
        (folder / "built").write_text("yes\n")
    return f"embedded:{folder / 'store'}"


def build_examples_store(folder: Path) -> str:
    """examples/ ingested (with the reference knowledge base) into an embedded store."""
    store = EmbeddedStore(folder)
    try:
        report = ingest(store, [REPO / "examples"])
    finally:
        store.close()
    assert report.summary.entities_added > 100, report.as_dict()
    return f"embedded:{folder}"


def hostile_facts() -> dict:
    """Curated facts whose every text field is an XSS payload, plus a protected person."""
    entities = [
        {"type": "Person", "name": PROTECTED_NAME, "aliases": [PROTECTED_ALIAS],
         "properties": {"protected": True}},
        {"type": "Case", "name": "Roe v. Hostile Board", "properties": {"filed": "2019-03"}},
        {"type": "Vendor", "name": "Hostile Vendor", "aliases": ["hostile.example"]},
        {"type": "Platform", "name": "Hostile Board"},
    ]  # fmt: skip
    relationships = [
        {"type": "PLAINTIFF_IN", "from": PROTECTED_NAME, "to": "Roe v. Hostile Board",
         "status": "alleged", "quote": f"{PROTECTED_NAME} ({PROTECTED_ALIAS}) sued the board.",
         "source": "complaint"},
        {"type": "SERVICED", "from": "Hostile Vendor", "to": "Hostile Board", "status": "alleged",
         "date": "2015", "quote": "Hostile Vendor serviced the board.", "source": "complaint"},
    ]  # fmt: skip
    sources = {"complaint": {"title": "The complaint", "url": "https://example.org/complaint"}}
    for i, payload in enumerate(XSS):
        vendor = f"Vendor {i} {payload}"
        entities.append({"type": "Vendor", "name": vendor, "aliases": [f"alias {i} {payload}"],
                         "description": payload})  # fmt: skip
        url = XSS_URLS[i % len(XSS_URLS)] + f"//{i}"  # one document per payload
        sources[f"s{i}"] = {"title": f"Title {i} {payload}", "url": url, "published": "2020-01-01"}
        relationships.append(
            {"type": "SERVICED", "from": vendor, "to": "Hostile Board", "status": "alleged",
             "quote": f"Quote {i} {payload}", "source": f"s{i}",
             "properties": {"service": payload}}
        )  # fmt: skip
    return {"sources": sources, "entities": entities, "relationships": relationships}


def build_hostile_store(folder: Path, files: Path) -> str:
    files.mkdir(parents=True, exist_ok=True)
    path = files / "hostile.json"
    path.write_text(json.dumps(hostile_facts(), ensure_ascii=False), encoding="utf-8")
    store = EmbeddedStore(folder)
    try:
        report = ingest(store, [path], reference=False)
    finally:
        store.close()
    assert report.ok, report.as_dict()
    return f"embedded:{folder}"
