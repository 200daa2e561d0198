"""Rows as people and programs read them: aligned tables, JSON and CSV.

- JSON keeps values as data: evidence is a list of objects, lists stay lists.
- CSV flattens lists and objects to JSON text, one row per record.
- Tables wrap long text instead of cutting it, show evidence as its quotes, and leave a
  cell blank when it repeats the row above and every cell to its left does too, so a hop
  shared by several rows (a chain's first hop, a path's start) is printed once.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Sequence
from typing import Any

from liability_graph.terminal import escape_controls

#: Widest a table column grows before its text wraps.
MAX_COLUMN = 48
#: Evidence and other long text get more room.
MAX_TEXT_COLUMN = 72


def is_evidence(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, dict) and "quote" in v and "document" in v for v in value)
    )


def evidence_line(item: dict[str, Any]) -> str:
    """One piece of evidence as one line: the quote, then where it comes from."""
    source = item.get("source") or item.get("document") or ""
    span = f" [{item['start']}:{item['end']}]" if item.get("start") is not None else ""
    status = f" ({item['status']})" if item.get("status") else ""
    quote = " ".join(str(item.get("quote") or "").split())
    return f"“{quote}” — {source}{span}{status}"


def cell_text(value: Any) -> str:
    """A value as table text; evidence becomes its quoted lines."""
    if value is None:
        return ""
    if is_evidence(value):
        return "\n".join(evidence_line(item) for item in value)
    if isinstance(value, list):
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def render_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2, default=str)


def render_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[csv_text(v) for v in row] for row in rows])
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(
            textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=False) or [""]
        )
    return lines


def _collapsed(cells: list[list[str]]) -> list[list[str]]:
    """Blank each cell equal to the one above while every cell to its left is blank too."""
    out: list[list[str]] = []
    previous: list[str] | None = None
    for row in cells:
        shown = list(row)
        if previous is not None:
            for i, (value, above) in enumerate(zip(row, previous, strict=True)):
                if value != above or not value or i == len(row) - 1:
                    break
                shown[i] = ""
        out.append(shown)
        previous = row
    return out


def render_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    width: int | None = None,
    collapse: bool = True,
) -> str:
    """An aligned table; long cells wrap within their column."""
    # Control characters escaped before widths are measured (the CLI escapes them anyway).
    cells = [[escape_controls(cell_text(v)) for v in row] for row in rows]
    if collapse:
        cells = _collapsed(cells)
    total = width or shutil.get_terminal_size((120, 24)).columns
    natural = [len(c) for c in columns]
    for row in cells:
        natural = [
            max(w, *(len(line) for line in v.split("\n")))
            for w, v in zip(natural, row, strict=True)
        ]
    caps = [
        MAX_TEXT_COLUMN
        if any("\n" in r[i] or len(r[i]) > MAX_COLUMN for r in cells)
        else MAX_COLUMN
        for i in range(len(columns))
    ]
    widths = [max(len(c), min(n, cap)) for c, n, cap in zip(columns, natural, caps, strict=True)]
    # Shrink the widest columns while the table is wider than the terminal.
    while sum(widths) + 2 * (len(widths) - 1) > total and max(widths, default=0) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        wrapped = [_wrap(v, w) for v, w in zip(row, widths, strict=True)]
        for k in range(max(len(w) for w in wrapped) if wrapped else 0):
            parts = [
                (w[k] if k < len(w) else "").ljust(n) for w, n in zip(wrapped, widths, strict=True)
            ]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows in one of the formats every listing command offers: table, json, csv."""
    if fmt == "json":
        return render_json(columns, rows) + "\n"
    if fmt == "csv":
        return render_csv(columns, rows)
    return render_table(columns, rows)
