"""PDF -> the text of its text layer, page by page (pypdf, pure Python, no OCR).

A PDF whose pages carry no text (a scan, or drawings only) is refused with a clear
message rather than stored as an empty document: OCR is out of scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from liability_graph.errors import InputError
from liability_graph.loaders.readers.textstream import normalise_newlines

PAGE_BREAK = "\n\n"
_TRAILING = re.compile(r"[ \t]+\n")


@dataclass(frozen=True)
class PdfText:
    text: str  # pages joined by PAGE_BREAK
    pages: int
    title: str | None = None
    author: str | None = None


def _info(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def pdf_to_text(path: Path, max_chars: int) -> PdfText:
    """The text layer of a PDF; InputError if unreadable, encrypted, textless or too large."""
    from pypdf import PdfReader

    where = str(path)
    pages: list[str] = []
    total = 0
    try:
        with path.open("rb") as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("encrypted PDF: cannot read it without its password", path=where)
            for number, page in enumerate(reader.pages, start=1):
                text = _TRAILING.sub("\n", normalise_newlines(page.extract_text() or "")).strip()
                total += len(text)
                if total > max_chars:
                    raise InputError(
                        f"the text layer exceeds {max_chars:,} characters at page {number}",
                        path=where,
                    )
                pages.append(text)
            info = reader.metadata
            title = _info(info.title) if info else None
            author = _info(info.author) if info else None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    except Exception as exc:  # pypdf raises many types on malformed files; each is bad input
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", path=where) from None
    if not any(pages):
        raise InputError(
            f"no text layer (scanned PDF?): none of its {len(pages)} page(s) has text; "
            "run OCR first",
            path=where,
        )
    return PdfText(PAGE_BREAK.join(p for p in pages if p), len(pages), title, author)
