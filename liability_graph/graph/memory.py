"""Give freed heap memory back to the operating system after a checkpoint.

LadybugDB frees what a COPY or a checkpoint allocated, but glibc keeps freed blocks in the
heaps of the engine's threads, so the process's resident memory only grows: a load of a
million relationships kept about 400 MB more than it used. `malloc_trim` returns it (a few
milliseconds a call). Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked = False


def release_free_memory() -> None:
    """Return the heap's free memory to the OS (glibc's malloc_trim), if the C library can."""
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
            except (OSError, AttributeError):  # musl and others have no malloc_trim
                _trim = None
    if _trim is not None:
        _trim(0)
