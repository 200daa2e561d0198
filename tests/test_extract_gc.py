"""Extraction runs with a larger young generation for the cyclic collector, and gives the
caller's thresholds back (bench/extract.py measures the gain)."""

from __future__ import annotations

import gc

import pytest

from liability_graph.evaluation import reference_context
from liability_graph.graph.model import Document
from liability_graph.loaders import extract as extraction
from liability_graph.loaders.extract import YOUNG_GENERATION_THRESHOLD, extract, pipeline


@pytest.fixture
def default_thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_extraction_enlarges_the_young_generation_and_restores_it(default_thresholds, monkeypatch):
    seen = []
    real = pipeline.extract

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", spy)
    document = Document(title="gc.txt")
    facts = extract("Zorblat Inc. sued Quendra LLC in 2021.", document, reference_context())
    assert seen == [(YOUNG_GENERATION_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
    assert any(getattr(f, "type", None) == "DEFENDANT_IN" for f in facts)


def test_thresholds_come_back_when_extraction_fails(default_thresholds, monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "extract", failing)
    with pytest.raises(RuntimeError):
        extraction.extract("Some text.", Document(title="x.txt"), reference_context())
    assert gc.get_threshold() == (700, 10, 10)


def test_a_caller_with_a_larger_young_generation_keeps_it(monkeypatch):
    saved = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD * 2, 10, 10)
    try:
        seen = []
        monkeypatch.setattr(
            pipeline, "extract", lambda *a, **k: seen.append(gc.get_threshold()) or []
        )
        extract("Text.", Document(title="y.txt"), reference_context())
        assert seen == [(YOUNG_GENERATION_THRESHOLD * 2, 10, 10)]
        assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD * 2, 10, 10)
    finally:
        gc.set_threshold(*saved)
