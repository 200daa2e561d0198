"""Text files in bounded memory: decoding, newline normalisation, hashing and chunking.

A text file is read as a stream of blocks, so a 50 MB file is never held whole: one pass
finds the encoding, the content hash and the head (for metadata and language); a second
pass, only when extraction runs, yields the body in paragraph-sized chunks.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from liability_graph.errors import InputError

BLOCK_BYTES = 1 << 20  # read size
CHUNK_CHARS = 1 << 18  # upper bound of one chunk handed to extraction
HEAD_CHARS = 1 << 16  # how much of the start is kept for metadata and language detection
_NFC_HOLD = 1 << 20  # a line longer than this is normalised in pieces
_CUTS = ("\n\n", "\n", ". ", " ")
_SAFE_CUT_SEARCH = 4096  # how far back a long line is searched for a place to cut


class _Undecodable(Exception):
    def __init__(self, byte: int, line: int) -> None:
        super().__init__(f"byte 0x{byte:02x} at line {line}")
        self.byte = byte
        self.line = line


class NewlineNormaliser:
    """CRLF and CR to LF across block boundaries (a CR ending one block may pair with LF)."""

    def __init__(self) -> None:
        self._held_cr = False

    def feed(self, text: str, final: bool = False) -> str:
        if self._held_cr:
            text = "\r" + text
            self._held_cr = False
        if not final and text.endswith("\r"):
            text = text[:-1]
            self._held_cr = True
        return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class ContentHasher:
    """Streaming equivalent of ``graph.model.content_hash``: NFC, newlines, strip, SHA-256.

    NFC is applied to pieces cut before a line break (or, in a very long line, before a
    starter that composes with nothing before it), where normalisation cannot reach across. Trailing whitespace is hashed tentatively (on a copy of
    the hash), since only the end of the text tells whether it is stripped.
    """

    def __init__(self) -> None:
        self._newlines = NewlineNormaliser()
        self._pending = ""
        self._started = False
        self._confirmed = hashlib.sha256()
        self._tentative = self._confirmed.copy()

    def update(self, text: str) -> None:
        self._pending += self._newlines.feed(text)
        cut = self._pending.rfind("\n")
        if cut < 0 and len(self._pending) > _NFC_HOLD:
            cut = _nfc_safe_cut(self._pending)
        if cut > 0:
            ready, self._pending = self._pending[:cut], self._pending[cut:]
            self._hash_normalised(unicodedata.normalize("NFC", ready))

    def hexdigest(self) -> str:
        tail = self._pending + self._newlines.feed("", final=True)
        self._pending = ""
        self._hash_normalised(unicodedata.normalize("NFC", tail))
        return self._confirmed.hexdigest()

    def _hash_normalised(self, text: str) -> None:
        if not self._started:
            text = text.lstrip()
            if not text:
                return
            self._started = True
        core = text.rstrip()
        if core:
            self._tentative.update(core.encode("utf-8"))
            self._confirmed = self._tentative.copy()
        self._tentative.update(text[len(core) :].encode("utf-8"))


def _composes_with_nothing_before(char: str) -> bool:
    """True for a starter that is never the second half of a canonical composition."""
    if char < "\x80":
        return True
    code = ord(char)
    if 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF:
        return False  # conjoining Hangul jamo compose with the jamo before them
    return unicodedata.combining(char) == 0 and not unicodedata.category(char).startswith("M")


def _nfc_safe_cut(text: str) -> int:
    """An index before which NFC cannot reach across, near the end of `text`; -1 if none."""
    for index in range(len(text) - 1, max(0, len(text) - _SAFE_CUT_SEARCH), -1):
        if _composes_with_nothing_before(text[index]):
            return index
    return -1


@dataclass(frozen=True)
class TextScan:
    """What one pass over a text file learnt."""

    encoding: str  # "utf-8", "utf-8-sig" (a BOM was dropped) or "cp1252"
    content_hash: str
    head: str  # the first HEAD_CHARS characters of the document text
    length: int  # characters in the document text
    not_utf8_line: int | None = None  # where UTF-8 failed, when cp1252 was used


def _decoded_blocks(path: Path, codec: str) -> Iterator[str]:
    """Decoded blocks of the file; NUL bytes raise InputError, bad bytes _Undecodable."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    lines_before = 0
    try:
        with path.open("rb") as stream:
            while True:
                block = stream.read(BLOCK_BYTES)
                final = not block
                nul = block.find(b"\x00")
                if nul >= 0:
                    line = lines_before + block.count(b"\n", 0, nul) + 1
                    raise InputError(
                        "binary file (contains NUL bytes), not text", path=str(path), line=line
                    )
                try:
                    text = decoder.decode(block, final=final)
                except UnicodeDecodeError as exc:
                    seen = bytes(exc.object[: exc.start])
                    raise _Undecodable(
                        exc.object[exc.start], lines_before + seen.count(b"\n") + 1
                    ) from None
                lines_before += block.count(b"\n")
                if text:
                    yield text
                if final:
                    return
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def _document_blocks(path: Path, codec: str) -> Iterator[str]:
    newlines = NewlineNormaliser()
    first = True
    for block in _decoded_blocks(path, codec):
        if first:
            block = block.removeprefix("\ufeff")
            first = False
        text = newlines.feed(block)
        if text:
            yield text
    tail = newlines.feed("", final=True)
    if tail:
        yield tail


def iter_document_text(path: Path, encoding: str) -> Iterator[str]:
    """The document text of a file, in blocks: decoded, BOM dropped, newlines normalised."""
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        yield from _document_blocks(path, codec)
    except _Undecodable as exc:  # the file changed since it was scanned
        raise InputError(
            f"cannot decode as {encoding}: {exc}", path=str(path), line=exc.line
        ) from None


def _scan(path: Path, codec: str) -> TextScan:
    hasher = ContentHasher()
    head: list[str] = []
    head_len = length = 0
    encoding = codec
    for index, block in enumerate(_document_blocks(path, codec)):
        if index == 0 and codec == "utf-8" and _starts_with_bom(path):
            encoding = "utf-8-sig"
        hasher.update(block)
        length += len(block)
        if head_len < HEAD_CHARS:
            head.append(block[: HEAD_CHARS - head_len])
            head_len += len(head[-1])
    return TextScan(encoding, hasher.hexdigest(), "".join(head), length)


def _starts_with_bom(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(3) == codecs.BOM_UTF8


def scan_text_file(path: Path) -> TextScan:
    """One streaming pass: encoding (UTF-8 strict, else cp1252), content hash, head, length.

    Raises InputError for binary files (naming the line of the first NUL byte) and for
    bytes that are neither UTF-8 nor cp1252.
    """
    try:
        return _scan(path, "utf-8")
    except _Undecodable as utf8:
        try:
            scan = _scan(path, "cp1252")
        except _Undecodable as cp1252:
            raise InputError(
                f"not text in UTF-8 (bad {utf8}) nor in cp1252 (bad {cp1252})",
                path=str(path),
                line=utf8.line,
                hint="Save the file as UTF-8.",
            ) from None
        return TextScan(scan.encoding, scan.content_hash, scan.head, scan.length, utf8.line)


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode a whole file held in memory: the declared charset, UTF-8, then cp1252.

    Returns (text with BOM dropped and newlines normalised, encoding used).
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError("binary file (contains NUL bytes), not text", path=path, line=line)
    candidates = [c for c in (declared, "utf-8", "cp1252") if c]
    first_error: UnicodeDecodeError | None = None
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError) as exc:
            if isinstance(exc, UnicodeDecodeError) and first_error is None:
                first_error = exc
            continue
        if text.startswith("\ufeff"):
            return normalise_newlines(text[1:]), f"{codec}-sig"
        return normalise_newlines(text), codec
    start = first_error.start if first_error else 0
    raise InputError(
        f"not text in {', '.join(candidates)} (byte 0x{data[start]:02x})",
        path=path,
        line=data.count(b"\n", 0, start) + 1,
    )


def _cut(buffer: str, size: int) -> int:
    """Where to end a chunk: the last paragraph break, else line, sentence or word break."""
    for separator in _CUTS:
        at = buffer.rfind(separator, size // 2, size)
        if at >= 0:
            return at + len(separator)
    return size


def iter_chunks(
    pieces: Iterable[str], start: int = 0, size: int = CHUNK_CHARS
) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pairs covering the text from `start`, cut at paragraph breaks.

    `pieces` concatenate to the document text; each chunk is at most `size` characters and
    equals ``text[offset:offset + len(chunk)]``. Chunks of only whitespace are left out.
    """
    position, skip, buffer = 0, start, ""
    for piece in pieces:
        if skip:
            if len(piece) <= skip:
                skip -= len(piece)
                position += len(piece)
                continue
            piece, position, skip = piece[skip:], position + skip, 0
        buffer += piece
        while len(buffer) >= size:
            cut = _cut(buffer, size)
            if buffer[:cut].strip():
                yield position, buffer[:cut]
            position += cut
            buffer = buffer[cut:]
    if buffer.strip():
        yield position, buffer
