"""The HTML view in a real browser (Debian's chromium, headless, driven by selenium):
it draws what was exported, makes no network request, shows the evidence of a clicked
edge, finds names by alias, and never runs anything that came from a document."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
from browser import chromium, console_errors, missing, open_page, requests_made
from click.testing import CliRunner
from conftest import in_ci
from exportdata import PROTECTED_NAME, XSS, XSS_URLS, build_hostile_store, examples_store

from liability_graph.cli import cli
from liability_graph.export.html import HtmlPage, to_html
from liability_graph.export.model import ExportModel, Selection
from liability_graph.graph.store import open_store

REPO = Path(__file__).resolve().parent.parent
SCREENSHOT = REPO / "docs" / "graph-view.png"
SERVICED = "vendor:salesforce-SERVICED->platform:backpage"


@pytest.fixture(scope="module")
def browser():
    problem = missing()
    if problem:
        if in_ci():
            pytest.fail(f"the browser tests must run in CI: {problem}", pytrace=False)
        pytest.skip(f"browser tests skipped: {problem}; `make test` installs it")
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="session")
def examples_spec(tmp_path_factory) -> str:
    return examples_store(tmp_path_factory)


@pytest.fixture(scope="module")
def examples_page(tmp_path_factory, examples_spec) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    result = CliRunner().invoke(cli, ["--store", examples_spec, "export", "html", "-o", str(path)])
    assert result.exit_code == 0, result.output
    nodes, links = re.search(r"Wrote (\d+) nodes and (\d+) links", result.output).groups()
    return path, {"nodes": int(nodes), "edges": int(links)}


@pytest.fixture(scope="module")
def examples_opened(browser, examples_page):
    path, counts = examples_page
    browser.get_log("performance")  # drop what the browser did before the page
    open_page(browser, path)
    return browser, path, counts


def viewer(driver, expression: str):
    return driver.execute_script(f"return window.lgraphViewer.{expression};")


def details_text(driver) -> str:
    return driver.find_element("id", "details").text


def test_draws_every_exported_node_and_link_with_no_request_and_no_error(examples_opened):
    driver, path, counts = examples_opened
    assert counts["nodes"] > 100 and counts["edges"] > 100
    assert viewer(driver, "rendered()") == counts
    assert viewer(driver, "shown()") == counts
    assert requests_made(driver, path.resolve().as_uri()) == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert console_errors(driver) == []
    shown = driver.find_element("id", "counts").text
    assert f"Showing {counts['nodes']} of {counts['nodes']} nodes" in shown


def test_clicking_the_salesforce_backpage_edge_shows_its_quotes(examples_opened, examples_spec):
    from selenium.webdriver.common.action_chains import ActionChains

    driver = examples_opened[0]
    x, y = driver.execute_script(
        """
        const v = window.lgraphViewer, j = v.linkIndex[arguments[0]];
        const edge = v.edges.get(j);
        v.network.fit({nodes: [edge.from, edge.to], animation: false});
        v.network.redraw();
        const p = v.network.getPositions([edge.from, edge.to]);
        // a point of the edge that no node covers (the layout may set one at its middle)
        const steps = [];
        for (let k = 10; k <= 90; k += 5) steps.push(k / 100);
        steps.sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5));
        for (const t of steps) {
            const at = {x: p[edge.from].x + t * (p[edge.to].x - p[edge.from].x),
                        y: p[edge.from].y + t * (p[edge.to].y - p[edge.from].y)};
            const dom = v.network.canvasToDOM(at);
            if (v.network.getNodeAt(dom) === undefined && v.network.getEdgeAt(dom) === j) {
                return [dom.x, dom.y];
            }
        }
        const mid = {x: (p[edge.from].x + p[edge.to].x) / 2, y: (p[edge.from].y + p[edge.to].y) / 2};
        const dom = v.network.canvasToDOM(mid);
        return [dom.x, dom.y];
        """,
        SERVICED,
    )
    canvas = driver.find_element("css selector", "#graph canvas")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    time.sleep(0.3)
    text = details_text(driver)
    assert "Salesforce → SERVICED → Backpage" in text
    with open_store(examples_spec, read_only=True) as store:
        [rel] = [r for r in store.iter_relationships("SERVICED") if r.key == SERVICED]
    assert len(rel.evidence) >= 2
    for item in rel.evidence:
        assert item.quote in text
    assert f"Evidence ({len(rel.evidence)})" in text
    assert console_errors(driver) == []
    # the README's picture: LGRAPH_UPDATE_SCREENSHOT=1 pytest tests/test_html_browser.py
    driver.execute_script("window.lgraphViewer.network.fit({animation: false})")
    target = SCREENSHOT if os.environ.get("LGRAPH_UPDATE_SCREENSHOT") else None
    if target is not None:
        driver.save_screenshot(str(target))


def test_search_finds_an_alias(examples_opened):
    from selenium.webdriver.common.keys import Keys

    driver = examples_opened[0]
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys("salesforce.com")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not driver.find_elements("css selector", "#results li"):
        time.sleep(0.1)
    first = driver.find_element("css selector", "#results li").text
    assert first.startswith("Salesforce") and "alias" in first.lower()
    box.send_keys(Keys.ENTER)
    time.sleep(0.2)
    text = details_text(driver)
    assert text.startswith("Salesforce\nVendor")
    assert "→ SERVICED → Backpage" in text
    assert driver.execute_script("return window.lgraphViewer.network.getSelectedNodes()") == [
        viewer(driver, "nodeIndex['vendor:salesforce']")
    ]


def test_filters_and_the_path_between_two_entities(examples_opened):
    driver = examples_opened[0]
    total = viewer(driver, "shown()")
    alleged = driver.execute_script(
        "return JSON.parse(document.getElementById('lgraph-data').textContent)"
        ".links.filter(l => l[3] === 'alleged').length"
    )
    box = driver.find_element("css selector", "#statuses input[data-name='alleged']")
    box.click()
    assert viewer(driver, "shown()")["edges"] == total["edges"] - alleged
    assert viewer(driver, "rendered()")["edges"] == total["edges"] - alleged
    box.click()
    since = driver.find_element("id", "since")
    since.send_keys("2018-04-01\t")
    until = driver.find_element("id", "until")
    until.send_keys("2018-04-30\t")
    dated = viewer(driver, "shown()")["edges"]
    assert 0 < dated < total["edges"]
    driver.find_element("id", "dates-clear").click()
    assert viewer(driver, "shown()") == total
    driver.execute_script(
        "const v = window.lgraphViewer;"
        "v.setEnd('from', v.nodeIndex['vendor:salesforce']);"
        "v.setEnd('to', v.nodeIndex['law:fosta']);"
    )
    driver.find_element("id", "path-show").click()
    text = details_text(driver)
    assert "Path: 2 hop(s)" in text
    assert "Salesforce → SERVICED → Backpage" in text
    assert "Backpage → PROMPTED → FOSTA" in text
    assert text.count("Evidence (") == 2
    assert console_errors(driver) == []


# -- security -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile-html")
    spec = build_hostile_store(base / "store", base / "files")
    path = base / "hostile.html"
    args = ["--store", spec, "export", "html", "--documents", "-o", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return path


def test_xss_payloads_never_run(browser, hostile_page):
    from selenium.webdriver.common.action_chains import ActionChains

    assert len(XSS) + len(XSS_URLS) >= 20
    browser.get_log("performance")
    open_page(browser, hostile_page)
    url = hostile_page.resolve().as_uri()
    nodes, links = browser.execute_script(
        "const d = JSON.parse(document.getElementById('lgraph-data').textContent);"
        "return [d.nodes.length, d.links.length];"
    )
    shown_text = []
    for i in range(nodes):  # every node's details panel
        browser.execute_script("window.lgraphViewer.showNode(arguments[0])", i)
        shown_text.append(details_text(browser))
    hrefs = []
    for j in range(links):  # every link's details, with its quotes, titles and links
        browser.execute_script("window.lgraphViewer.showLink(arguments[0])", j)
        shown_text.append(details_text(browser))
        hrefs += browser.execute_script(
            "return Array.from(document.querySelectorAll('[href],[src],[srcdoc],[action]'))"
            ".map(e => e.getAttribute('href') || e.getAttribute('src') || 'other')"
        )
    box = browser.find_element("id", "search")
    for query in ("<script", "alias", "javascript:", "{{", "href"):
        box.clear()
        box.send_keys(query)
        time.sleep(0.25)
        shown_text.append(browser.find_element("id", "results").text)
    canvas = browser.find_element("css selector", "#graph canvas")
    browser.execute_script("window.lgraphViewer.network.fit({animation: false})")
    for x, y in browser.execute_script(  # hover tooltips over nodes
        "const v = window.lgraphViewer, out = [];"
        "for (const p of Object.values(v.network.getPositions()).slice(0, 12)) {"
        "  const d = v.network.canvasToDOM(p); out.push([d.x, d.y]); }"
        "return out;"
    ):
        size = canvas.size
        ActionChains(browser).move_to_element_with_offset(
            canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
        ).pause(0.4).perform()
    time.sleep(0.3)
    text = "\n".join(shown_text)
    assert browser.execute_script("return window.__xssCalls") == []
    assert browser.current_url == url  # nothing navigated away
    assert browser.title == "liability-graph"
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    assert browser.execute_script("return document.querySelectorAll('script').length") == 3
    assert browser.execute_script(
        "return document.querySelectorAll('img,svg,iframe,object,embed,style:not(head style),"
        "link,math,video,details,input:not(#search):not(#since):not(#until):not([type=checkbox])').length"
    ) == 0  # fmt: skip
    for payload in XSS[:8]:  # shown as the very text it is
        assert payload.replace("\u202e", "") in text.replace("\u202e", "")
    assert requests_made(browser, url) == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    errors = console_errors(browser)
    assert errors == [], errors


def test_the_page_is_one_file_that_loads_nothing(examples_page):
    page = examples_page[0].read_text(encoding="utf-8")
    assert page.count("\n<script") == 3 and "<script src" not in page
    assert "<link" not in page and "@import" not in page
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, re.DOTALL))
    assert "url(" in styles and not re.search(r"url\(\s*(?!['\"]?data:)", styles)  # data: only
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "sourceMappingURL" not in page
    data = page.split('id="lgraph-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\u2028" not in data
    viewer_js = (REPO / "liability_graph" / "export" / "viewer" / "viewer.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"href\"", "srcdoc"):  # fmt: skip
        assert sink not in viewer_js, sink


def test_protected_names_stay_out_of_the_page(tmp_path):
    spec = build_hostile_store(tmp_path / "store", tmp_path / "files")
    hidden = str(to_html(spec, documents=True))
    assert PROTECTED_NAME not in hidden and "jane-roe" not in hidden.lower()
    shown = str(to_html(spec, documents=True, reveal_protected=True))
    assert PROTECTED_NAME in shown


def test_to_html_is_a_page_a_notebook_shows_in_a_sandbox(examples_spec):
    page = to_html(examples_spec, around="Salesforce", hops=1)
    assert isinstance(page, HtmlPage) and page.startswith("<!DOCTYPE html>")
    frame = page._repr_html_()
    assert frame.startswith("<iframe sandbox=")
    assert "allow-same-origin" not in frame and "allow-scripts" in frame
    assert "<script" not in frame  # the page is inside srcdoc, escaped
    data = json.loads(page.split('id="lgraph-data">', 1)[1].split("</script>", 1)[0])
    names = {n[2] for n in data["nodes"]}
    assert {"Salesforce", "Backpage"} <= names and "FOSTA" not in names
    with open_store(examples_spec, read_only=True) as store:
        model = ExportModel(store, Selection(around="Salesforce", hops=1, documents=False))
        assert len(data["nodes"]) == len(list(model.nodes()))
