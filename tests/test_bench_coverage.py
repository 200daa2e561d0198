"""bench/coverage.py counts, per relation family and language, the sentences with a cue of
the family (the packs' `coverage` section) and those an extracted relationship reads (issue
#10, census on unlabelled real text). Invented documents, actual counts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

EN = """---
url: https://example.org/cen39/a
language: en
title: A dating app is sued
---

Lina Varga sued the dating app Zorbix in March 2024. The lawsuit was mostly ignored by the \
local press. Payment processor Quellpay stopped processing payments for Zorbix. Everyone on \
the street loves a good host.
"""

NL = """---
url: https://example.org/cen39/b
language: nl
title: Een boete voor Zorbix
---

De Autoriteit Persoonsgegevens heeft de datingapp Zorbix een boete van 2 miljoen euro \
opgelegd. Over de hoogte van die boete werd in de gemeenteraad lang gepraat.
"""


def _module():
    spec = importlib.util.spec_from_file_location("coverage_bench", REPO / "bench" / "coverage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["coverage_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("census")
    (path / "a.md").write_text(EN, encoding="utf-8")
    (path / "b.md").write_text(NL, encoding="utf-8")
    (path / "notes.json").write_text("{}", encoding="utf-8")  # not a document: not read
    return path


def _rows(report):
    return {
        key: (row.cue, row.read, row.in_kind, len(row.documents))
        for key, row in report.rows.items()
    }


def test_counts_cue_sentences_and_those_a_relationship_reads(folder):
    coverage = _module()
    report = coverage.coverage([folder])
    assert report.documents == {"en": 1, "nl": 1}
    assert _rows(report) == {
        ("suit", "en"): (2, 1, 1, 1),  # "sued" read, "The lawsuit was ... ignored" not
        ("service", "en"): (2, 1, 1, 1),  # the processor read, "a good host" not
        ("fine", "nl"): (2, 1, 1, 1),  # "een boete ... opgelegd" read, the debate not
    }
    missed = {(m.family, m.language, m.cue, m.sentence) for m in report.misses}
    assert missed == {
        ("suit", "en", "lawsuit", "The lawsuit was mostly ignored by the local press."),
        ("service", "en", "host", "Everyone on the street loves a good host."),
        (
            "fine",
            "nl",
            "boete",
            "Over de hoogte van die boete werd in de gemeenteraad lang gepraat.",
        ),
    }


def test_language_filter_reads_one_language(folder):
    coverage = _module()
    report = coverage.coverage([folder], language="nl")
    assert report.documents == {"nl": 1}
    assert _rows(report) == {("fine", "nl"): (2, 1, 1, 1)}


def test_missed_groups_by_cue_largest_first(folder, tmp_path):
    coverage = _module()
    (tmp_path / "c.md").write_text(
        EN.replace("cen39/a", "cen39/c")
        + "\nAnother lawsuit was discussed at dinner. A third lawsuit was only a rumour.\n",
        encoding="utf-8",
    )
    report = coverage.coverage([folder, tmp_path / "c.md"], language="en")
    assert [(m.cue, m.document) for m in coverage.missed(report, "suit", "en", 10)] == [
        ("lawsuit", "a.md"),
        ("lawsuit", "c.md"),
        ("lawsuit", "c.md"),
        ("lawsuit", "c.md"),
    ]
    assert [m.cue for m in coverage.missed(report, "service", None, 10)] == ["host", "host"]


def test_every_extraction_pack_names_the_families_the_tool_counts():
    coverage = _module()
    from liability_graph.loaders.languages import EXTRACTION_LANGUAGES

    for code in EXTRACTION_LANGUAGES:
        cues = coverage.family_cues(code)
        if cues:  # a pack without the section is counted by no family
            assert set(cues) == set(coverage.FAMILY_TYPES), code
            assert all(c.words or c.endings for c in cues.values()), code


def test_the_script_prints_the_table_and_the_misses(folder):
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "coverage.py"), str(folder), "--misses", "3"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "documents: 1 en, 1 nl; relationships: 5"
    assert "suit       en       1     2     1  0.50     1  0.50" in lines
    assert "-- host (1 missed)" in lines
