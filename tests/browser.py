"""Debian's chromium, driven offline by selenium and chromium-driver, for the HTML view's tests
and bench/html.py. `make test` installs both (scripts/ensure-chromium); elsewhere the
browser tests skip with a message, and fail when CI=true."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("LGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("LGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
]
#: Defined before any page script runs: a payload that ever executes calls it.
XSS_PROBE = "window.__xssCalls = []; window.__xss = function (n) { window.__xssCalls.push(n); };"


def missing() -> str | None:
    """Why the browser cannot run here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(path)):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


@contextmanager
def chromium(probe: bool = True):
    """A headless chromium with a fresh profile; browser and performance logs recorded."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="lgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        if probe:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": XSS_PROBE})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path, timeout: float = 60.0) -> float:
    """Load a page from disk and wait until the viewer says it is drawn; returns seconds."""
    start = time.monotonic()
    driver.get(path.resolve().as_uri())
    while time.monotonic() - start < timeout:
        if driver.execute_script("return !!(window.lgraphViewer && window.lgraphViewer.ready)"):
            return time.monotonic() - start
        time.sleep(0.05)
    raise TimeoutError(f"{path} was not drawn within {timeout:.0f} s")


def requests_made(driver, page_url: str) -> list[str]:
    """URLs the page asked for, other than itself (from the browser's network log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message: dict[str, Any] = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            url = params.get("request", {}).get("url") or params.get("url", "")
            if params.get("documentURL", page_url) == page_url and url != page_url:
                urls.append(url)
    return urls


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
