"""PDF -> the text of its text layer, page by page (pypdf, pure Python, no OCR).

A PDF whose pages carry no text (a scan, or drawings only) is refused with a clear
message rather than stored as an empty document: OCR is out of scope.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from liability_graph.errors import InputError
from liability_graph.loaders.readers.textstream import normalise_newlines

PAGE_BREAK = "\n\n"
_TRAILING = re.compile(r"[ \t]+\n")
#: Pages a PDF may have (long court records run to a few thousand).
MAX_PAGES = 5_000
#: Decompressed page content (drawing and text operators), all pages together. A small
#: PDF can inflate to gigabytes ("zip bomb"); real text pages hold a few kilobytes each.
MAX_CONTENT_BYTES = 256 * 2**20
#: pypdf's own per-stream limits, tightened: operators parsed per page and bytes one
#: compressed stream may inflate to (pypdf allows 2,000,000 and 75 MB).
_PYPDF_LIMITS = {
    "stream_parsing_work_maximum_count": 500_000,
    "zlib_maximum_output_length": 32 * 2**20,
}


@dataclass(frozen=True)
class PdfText:
    text: str  # pages joined by PAGE_BREAK
    pages: int
    title: str | None = None
    author: str | None = None


def _info(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _pypdf_limits() -> contextlib.AbstractContextManager:
    """pypdf's resource limits, tightened for this read (pypdf 6.5 and later have them)."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    return apply(**_PYPDF_LIMITS) if apply is not None else contextlib.nullcontext()


def _content_bytes(page) -> int:
    """Bytes of the page's decompressed content streams (decoded once; pypdf keeps them)."""
    contents = page.get_contents()
    return len(contents.get_data()) if contents is not None else 0


def pdf_to_text(path: Path, max_chars: int) -> PdfText:
    """The text layer of a PDF; InputError if unreadable, encrypted, textless or too large."""
    from pypdf import PdfReader

    where = str(path)
    pages: list[str] = []
    total = 0
    content = 0
    try:
        with path.open("rb") as stream, _pypdf_limits():
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("encrypted PDF: cannot read it without its password", path=where)
            if len(reader.pages) > MAX_PAGES:
                raise InputError(
                    f"{len(reader.pages):,} pages; the limit is {MAX_PAGES:,}", path=where
                )
            for number, page in enumerate(reader.pages, start=1):
                content += _content_bytes(page)
                if content > MAX_CONTENT_BYTES:
                    raise InputError(
                        f"page content inflates past {MAX_CONTENT_BYTES / 2**20:.0f} MB at page "
                        f"{number} (a compression bomb?)",
                        path=where,
                    )
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
        if type(exc).__name__ == "LimitReachedError":  # pypdf's resource limits
            raise InputError(
                f"over a resource limit while reading the PDF ({exc}): a compression bomb or "
                "an unusually heavy page",
                path=where,
            ) from None
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", path=where) from None
    if not any(pages):
        raise InputError(
            f"no text layer (scanned PDF?): none of its {len(pages)} page(s) has text; "
            "run OCR first",
            path=where,
        )
    return PdfText(PAGE_BREAK.join(p for p in pages if p), len(pages), title, author)
