"""What `lgraph` writes to its standard output and error: text that a terminal shows, never
acts on, and that holds no credentials.

Names, quotes and titles come from documents; one holding ESC or CR could clear the
screen, move the cursor or overwrite a line ("\\x1b[2J… FAKE ALERT"). Every write of the
CLI goes through `EscapingStream`, which shows such characters as ``\\uXXXX``:

- C0 controls other than tab and newline, DEL and the C1 controls (U+0080-U+009F, which
  some terminals read as escape sequences);
- the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069),
  which reorder what is shown ("Trojan Source");
- lone surrogates (undecodable bytes of a file name or argument), which cannot be
  written as UTF-8 at all.

``\\uXXXX`` is also how JSON writes these characters, so JSON output stays valid and means
the same; in text and tables the escape is visible. A password in a URI
(``bolt://user:secret@host``) is shown as ``***``.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_URI_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/@:]*):[^\s/@]*@")
REDACTED = "***"


def escape_controls(text: str) -> str:
    """`text` with every character a terminal could act on written as ``\\uXXXX``."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def redact_credentials(text: str) -> str:
    """`text` with the password of any ``scheme://user:password@host`` replaced by ***."""
    return _URI_PASSWORD.sub(rf"\1:{REDACTED}@", text)


def safe_text(text: str) -> str:
    return escape_controls(redact_credentials(text))


class EscapingStream(io.TextIOBase):
    """A text stream that writes `safe_text` of everything to the stream it wraps.

    It reports the wrapped stream's encoding, errors and TTY state, so click uses it as
    it is. `unescaped` is the wrapped stream, for output that must draw on the terminal
    itself (a progress bar's carriage returns).
    """

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.unescaped = target

    def write(self, text: str) -> int:
        self.unescaped.write(safe_text(text))
        return len(text)

    def flush(self) -> None:
        self.unescaped.flush()

    def isatty(self) -> bool:
        return self.unescaped.isatty()

    def fileno(self) -> int:
        return self.unescaped.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.unescaped, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.unescaped, "errors", None)

    @property
    def buffer(self) -> Any:
        """The wrapped binary stream, for writers of binary formats (not escaped)."""
        return self.unescaped.buffer


@contextmanager
def escaped_output() -> Iterator[None]:
    """Route sys.stdout and sys.stderr through EscapingStream for the duration."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = out, err


def undecodable_byte(text: str) -> int | None:
    """The first byte an argument could not decode as UTF-8 (a lone surrogate), or None."""
    for char in text:
        if "\ud800" <= char <= "\udfff":
            code = ord(char)
            return code - 0xDC00 if 0xDC80 <= code <= 0xDCFF else code
    return None
