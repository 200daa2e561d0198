"""The README's generated sections (ontology, named queries, CLI reference) are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_readme_generated_sections_are_current():
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + " (run `make docs`)"


def test_readme_quick_start_is_exactly_two_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line for line in quick.splitlines() if line.strip()] == ["make demo", "make test"]
