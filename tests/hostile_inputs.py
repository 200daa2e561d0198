"""Hostile input files, written by tests (issue #9, part 5): bombs, broken CSV, odd files.

Each writer returns the path it wrote; none needs more than a few megabytes of disk except
where its name says so.
"""

from __future__ import annotations

import zlib
from pathlib import Path

VALID_ARTICLE = (
    "Salesforce sold its customer relationship software to Backpage for years, the women "
    "say in their complaint.\n\nThe site was shut down by the FBI in April 2018.\n"
)


def anchor_bomb(levels: int = 9, width: int = 9) -> str:
    """The 'billion laughs' of the issue: each level an anchored list of `width` aliases to
    the level before, and a last entry whose aliases are `*j` (nine levels: 9**9 nodes)."""
    names = "abcdefghijklmnop"
    lines = ["entities:", '  - &a {type: Vendor, name: "lol", aliases: ["l", "l", "l"]}']
    for index in range(1, levels + 1):
        refs = ", ".join([f"*{names[index - 1]}"] * width)
        lines.append(f"  - &{names[index]} [{refs}]")
    lines.append(f"  - {{type: Vendor, name: Bomb Co, aliases: *{names[levels]}}}")
    return "\n".join(lines) + "\n"


def flate_pdf(content: bytes, pages: int = 1) -> bytes:
    """A PDF whose pages share one FlateDecode content stream: `content` compressed, so a
    few hundred kilobytes of file can stand for gigabytes of page operators."""
    packed = zlib.compress(content, 9)
    font = 3 + pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages))
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (font + 1, font)
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_bomb(path: Path, inflated_mb: int = 70) -> Path:
    """One page whose content stream inflates to `inflated_mb` MB of text operators."""
    line = b"BT /F1 12 Tf 72 712 Td (Salesforce serviced Backpage.) Tj ET\n"
    path.write_bytes(flate_pdf(line * (inflated_mb * 2**20 // len(line))))
    return path


def json_nesting_bomb(path: Path, depth: int = 100_000) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def html_nesting_bomb(path: Path, depth: int = 40_000) -> Path:
    """Nested <div>s: the HTML parser's time grows with the square of the depth."""
    path.write_text("<html><body>" + "<div>" * depth + "deep</body></html>", encoding="utf-8")
    return path


def sparse_file(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no disk: `head`, then a hole (read back as NULs)."""
    with path.open("wb") as out:
        out.write(head)
        out.truncate(size)
    return path


def long_jsonl_line(path: Path, line_bytes: int, after: str) -> Path:
    """A JSON Lines file whose first line is `line_bytes` long (a hole after its first
    bytes, so it takes no disk), then a newline and the line `after`."""
    with path.open("wb") as out:
        out.write(b'{"title": "Huge", "text": "')
        out.seek(line_bytes)
        out.write(b'"}\n' + after.encode("utf-8") + b"\n")
    return path
