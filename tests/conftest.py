"""Shared fixtures. Stores are real: a LadybugDB folder under tmp_path, and (see the Neo4j
fixtures) a real Neo4j server. Nothing here mocks a database."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_674a49830be0f9c8.txt"
EXAMPLES = REPO / "examples"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED


@pytest.fixture
def embedded_store(tmp_path):
    """A fresh, writable embedded store in a temporary folder."""
    from liability_graph.graph.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()
