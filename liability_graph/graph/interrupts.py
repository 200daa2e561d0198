"""Ctrl-C held back through a store's short critical sections."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block ends, then raise KeyboardInterrupt.

    Python raises KeyboardInterrupt at the first line that runs after a long engine call
    returns: after a CHECKPOINT or a COPY has finished, before the store records that it
    did. A finished checkpoint then stayed marked unfinished (and every later open warned
    of lost relationships), and the staged tables a settle had not reached were dropped.
    Only Python's own handler, in the main thread, is replaced: a SIGINT that is ignored
    or handled otherwise stays as it is. Blocks nest (the inner one holds nothing)."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt
