"""Give freed heap memory back to the operating system after a checkpoint, and during the
engine's big COPYs.

LadybugDB frees what a COPY or a checkpoint allocated, but glibc keeps freed blocks in the
heaps of the engine's threads, so the process's resident memory only grows: a load of a
million relationships kept about 400 MB more than it used. `malloc_trim` returns it (a few
milliseconds a call), and pyarrow's allocator is asked to return what it keeps as well
(bulk loads: 40-80 MB). Elsewhere than glibc the trim does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
import threading
from collections.abc import Callable, Iterator

_trim: Callable[[int], int] | None = None
_looked = False
#: Resident growth (MB) after which heap_trimmed returns the free heap again.
TRIM_STEP_MB = 64
#: How often (seconds) heap_trimmed reads the resident size.
TRIM_INTERVAL = 0.02
_STATM = "/proc/self/statm"


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
            except (OSError, AttributeError):  # musl and others have no malloc_trim
                _trim = None
    return _trim


def release_free_memory() -> None:
    """Return the heap's free memory to the OS (glibc's malloc_trim), if the C library can,
    and pyarrow's pool's unused memory."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def resident_bytes() -> int:
    """The process's resident memory (Linux), 0 where /proc cannot tell."""
    try:
        with open(_STATM, "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@contextlib.contextmanager
def heap_trimmed(step_mb: int = TRIM_STEP_MB, interval: float = TRIM_INTERVAL) -> Iterator[None]:
    """While the block runs, return the free heap to the OS each time resident memory has
    grown by `step_mb` since the last return (a watching thread; the engine releases the
    GIL while it runs a statement).

    A COPY into an empty relationship table allocates in two worker threads, and glibc
    leaves what one thread freed in its heap while the other maps new pages: a 250,000-row
    COPY of the bench's relationships held about 455 MB live but went up to 570-640 MB
    resident. Trimmed every 64 MB of growth it peaks at about 430 MB, at no measurable CPU
    cost (a trim only returns what is free; returning all free memory every 50 ms instead
    cost 20 % more CPU, in page faults for memory the COPY would have reused)."""
    trim = _malloc_trim()
    if trim is None or not resident_bytes():
        yield
        return
    done = threading.Event()
    step = step_mb * 2**20

    def watch() -> None:
        low = resident_bytes()
        while not done.wait(interval):
            now = resident_bytes()
            if now > low + step:
                trim(0)
                low = resident_bytes()
            else:
                low = min(low, now)

    watcher = threading.Thread(target=watch, name="lgraph-heap-trim", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
