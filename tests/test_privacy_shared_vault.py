"""Two stores that share a vault: a person one store protects is hidden in the other too,
even in what the other stored before she was protected. Before, a store's next ingest took
every identity of the vault as known when it had written, so its old text kept her name in
clear, in the store and in every export, for good."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from liability_graph.cli import cli

MEETING = """---
title: "Harbor council meeting"
url: https://example.org/harbor-council
published: 2022-03-01
language: en
---
Quaymart, a listings site, was sued in 2021 by the city of Lowden.
Marta Velling, who lives in Lowden, attended the hearing in Lowden County Court.
"""

VICTIM = """---
title: "Victim sues Quaymart"
url: https://example.org/victim-sues
published: 2022-05-01
language: en
---
Marta Velling, a trafficking victim, sued Quaymart in 2022, alleging that the listings site
profited from ads that sold her.
"""


def _lgraph(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _folder(path: Path, text: str) -> Path:
    path.mkdir()
    (path / "article.md").write_text(text, encoding="utf-8")
    return path


def test_a_store_filled_before_another_protected_a_person_hides_her_at_its_next_ingest(
    tmp_path,
):
    vault = str(tmp_path / "shared.vault")
    meeting = _folder(tmp_path / "meeting", MEETING)
    victim = _folder(tmp_path / "victim", VICTIM)
    council, case = str(tmp_path / "council"), str(tmp_path / "case")
    _lgraph("--vault", vault, "--store", council, "ingest", str(meeting))
    assert "Marta Velling" in _lgraph(
        "--vault", vault, "--store", council, "export", "json", "-o", "-"
    )
    _lgraph("--vault", vault, "--store", case, "ingest", str(victim))  # protects her
    _lgraph("--vault", vault, "--store", council, "ingest", str(meeting))
    out = _lgraph("--vault", vault, "--store", council, "export", "json", "-o", "-")
    assert "Velling" not in out and "Marta" not in out
    assert "Protected person" in out and "who lives in Lowden" in out
    revealed = _lgraph(
        "--vault", vault, "--store", council, "export", "json", "-o", "-", "--reveal-protected"
    )
    assert "Marta Velling, who lives in" in revealed
    # recorded: the next ingest of the same input changes nothing and rewrites nothing
    again = _lgraph("--vault", vault, "--store", council, "ingest", str(meeting))
    assert "Entities: 0 added, 0 updated" in again and "Relationships: 0 added, 0 updated" in again
