"""Who holds a file lock: so that "another process is writing" is said only when one is.

LadybugDB's writer takes a POSIX record lock on the database file (and on its checkpoint
lock files while it checkpoints); the kernel drops those locks when the process dies, even
by SIGKILL. Leftover files therefore prove nothing, and a live lock proves a live writer.

The locks are read from /proc/locks rather than probed with fcntl: opening and closing the
file in a process that holds a lock on it would silently release that lock.
"""

from __future__ import annotations

import os
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")


def lock_holders(*paths: Path) -> list[int] | None:
    """PIDs holding a lock on any of `paths` (-1 for an open-file-description lock, whose
    owner the kernel does not name); None where the system cannot tell (no /proc/locks)."""
    try:
        table = PROC_LOCKS.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    wanted = set()
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        wanted.add((os.major(info.st_dev), os.minor(info.st_dev), info.st_ino))
    holders: list[int] = []
    for line in table.splitlines():
        fields = line.split()
        if "->" in fields:  # a process waiting for the lock, not holding it
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
        except (IndexError, ValueError):
            continue
        if key in wanted and pid not in holders:
            holders.append(pid)
    return holders


def describe_holders(holders: list[int]) -> str:
    """ "PID 123", "PIDs 123, 456", or "a process" when the kernel does not name it."""
    named = [str(pid) for pid in holders if pid > 0]
    if not named:
        return "a process"
    return f"PID{'s' if len(named) > 1 else ''} {', '.join(named)}"
