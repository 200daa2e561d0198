"""Shared fixtures. Stores are real: a LadybugDB folder under tmp_path, and (see the Neo4j
fixtures) a real Neo4j server. Nothing here mocks a database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
#: The team's test data (the seed article, the news corpus) lives beside the repository,
#: never inside it. A clone without it still runs `make test`: those tests skip.
SHARED = REPO.parent / "shared"
SEED_NAME = "000_674a49830be0f9c8.txt"
SEED = SHARED / "seeds" / SEED_NAME
EXAMPLES = REPO / "examples"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def shared_path(relative: str) -> Path:
    """`../shared/RELATIVE`, for tests that read the team's data beside the repository.

    Every test that reads ../shared goes through here. When the path is absent the test
    skips with a message saying so, except under CI=true, where ../shared is always
    checked out beside the clone and a missing file is a failure.
    """
    path = SHARED / relative
    if not path.exists():
        message = (
            f"{path} is absent: ../shared (the seed article and the news corpus) "
            "is not beside this clone"
        )
        if in_ci():
            pytest.fail(f"{message}; under CI=true it must be there", pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture
def seed_path() -> Path:
    """The seed article, ../shared/seeds/000_674a49830be0f9c8.txt (see shared_path)."""
    return shared_path(f"seeds/{SEED_NAME}")


@pytest.fixture
def corpus_news() -> Path:
    """The 40 real articles of issue #10, ../shared/corpus-news (see shared_path)."""
    return shared_path("corpus-news")


@pytest.fixture
def context():
    """The extractor's load context with the reference base; a fresh one per test, so the
    names one sentence learns never help another."""
    from liability_graph.evaluation import reference_context

    return reference_context()


@pytest.fixture
def embedded_store(tmp_path):
    """A fresh, writable embedded store in a temporary folder."""
    from liability_graph.graph.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()


# -- Neo4j: a real server, started by scripts/neo4j-server or scripts/test-with-neo4j ----------

NEO4J_HOW = "run `make test`, or `scripts/neo4j-server start` and then pytest"
NEO4J_SKIP = "Neo4j tests skipped"
_STORE_ENV = ("LGRAPH_STORE", "NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")


def neo4j_env_file() -> Path:
    """The connection file: LGRAPH_NEO4J_ENV (set by scripts/test-with-neo4j), else .neo4j/env."""
    return Path(os.environ.get("LGRAPH_NEO4J_ENV") or REPO / ".neo4j" / "env")


def read_neo4j_env_file() -> dict[str, str]:
    """The NEO4J_* lines of the connection file, or {} when there is none."""
    path = neo4j_env_file()
    values: dict[str, str] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip().startswith("NEO4J_"):
                values[key.strip()] = value.strip()
    return values


@pytest.fixture(autouse=True)
def _hermetic_store_env(monkeypatch, tmp_path_factory):
    """No test picks its store from the developer's shell, which may point at a real graph:
    LGRAPH_STORE is unset, and NEO4J_* name the test server (from its connection file) or
    nothing. Under scripts/test-with-neo4j these are the values it exported anyway.
    Vaults: LGRAPH_VAULT is unset, and a Neo4j store's default vault (under XDG_DATA_HOME)
    is a fresh folder per test, never the developer's own."""
    for name in (*_STORE_ENV, "LGRAPH_VAULT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    for name, value in read_neo4j_env_file().items():
        monkeypatch.setenv(name, value)


@pytest.fixture(scope="session")
def neo4j_settings():
    """Where the test server is. Unreachable: skip with how to enable, or fail when CI=true."""
    from liability_graph.settings import StoreSettings

    path = neo4j_env_file()
    values = read_neo4j_env_file()
    problem = None
    if not path.exists():
        problem = f"no Neo4j test server is running ({path} does not exist)"
    else:
        try:
            from neo4j import GraphDatabase

            auth = (values.get("NEO4J_USERNAME", "neo4j"), values.get("NEO4J_PASSWORD", ""))
            with GraphDatabase.driver(values["NEO4J_URI"], auth=auth) as driver:
                driver.verify_connectivity()
        except Exception as exc:  # any reason: missing driver, refused, wrong password…
            problem = f"the Neo4j test server in {path} does not answer ({exc})"
    if problem:
        if in_ci():
            pytest.fail(f"{problem}; in CI the Neo4j tests must run (`make test`)", pytrace=False)
        missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
        how = (f"install {' and '.join(missing)} (Java 17+), then " if missing else "") + NEO4J_HOW
        pytest.skip(f"{NEO4J_SKIP}: {problem}. To run them, {how}.")
    uri = values["NEO4J_URI"]
    if urlsplit(uri).hostname not in ("127.0.0.1", "localhost", "::1"):
        pytest.fail(f"refusing to wipe {uri}: Neo4j tests only use a server on this machine")
    return StoreSettings(
        kind="neo4j",
        uri=uri,
        username=values.get("NEO4J_USERNAME", "neo4j"),
        password=values.get("NEO4J_PASSWORD", ""),
        database=values.get("NEO4J_DATABASE", "neo4j"),
    )


@pytest.fixture
def neo4j_env(neo4j_settings) -> dict[str, str]:
    """Environment for a CLI run or subprocess against the test server."""
    return {
        "NEO4J_URI": neo4j_settings.uri,
        "NEO4J_USERNAME": neo4j_settings.username,
        "NEO4J_PASSWORD": neo4j_settings.password,
        "NEO4J_DATABASE": neo4j_settings.database,
    }


@pytest.fixture
def neo4j_store(neo4j_settings):
    """A writable Neo4jStore on an emptied database (the ontology's constraints in place)."""
    from liability_graph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_settings)
    store.clear()
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    """The same test against each backend: a fresh embedded folder, then an empty Neo4j."""
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    from liability_graph.graph.embedded import EmbeddedStore

    embedded = EmbeddedStore(tmp_path / "store")
    yield embedded
    embedded.close()


def pytest_terminal_summary(terminalreporter) -> None:
    """Say once, at the end, why the Neo4j tests were skipped and how to run them."""
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else ""
        if NEO4J_SKIP in reason:
            terminalreporter.write_line(reason.removeprefix("Skipped: "), yellow=True)
            return
