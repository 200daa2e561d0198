"""Returning freed memory to the OS (graph/memory.py): after checkpoints, pyarrow's pool
too; during the engine's big COPYs, a watching thread trims the heap each time resident
memory has grown by a step, and never while it stays flat."""

from __future__ import annotations

import time

import pyarrow

from liability_graph.graph import memory


class FakeProcess:
    """A resident size the test moves, and a trim that gives back what grew."""

    def __init__(self) -> None:
        self.resident = 100 * 2**20
        self.trims = 0

    def trim(self, pad: int) -> int:
        self.trims += 1
        self.resident -= 30 * 2**20
        return 1


def wait_for(check, seconds: float = 2.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.005)
    return check()


def test_the_heap_is_trimmed_each_time_resident_memory_grows_by_the_step(monkeypatch):
    process = FakeProcess()
    monkeypatch.setattr(memory, "resident_bytes", lambda: process.resident)
    monkeypatch.setattr(memory, "_malloc_trim", lambda: process.trim)
    with memory.heap_trimmed(step_mb=64, interval=0.002):
        time.sleep(0.05)
        assert process.trims == 0  # flat: nothing to give back
        process.resident += 40 * 2**20
        time.sleep(0.05)
        assert process.trims == 0  # grown, but less than the step
        process.resident += 30 * 2**20  # 70 MB above the start
        assert wait_for(lambda: process.trims == 1)
        process.resident += 50 * 2**20  # 50 above the trimmed level: under the step
        time.sleep(0.05)
        assert process.trims == 1
        process.resident += 20 * 2**20
        assert wait_for(lambda: process.trims == 2)
    grown = process.resident
    process.resident += 500 * 2**20
    time.sleep(0.05)
    assert process.trims == 2 and grown < process.resident  # the watcher stopped


def test_without_malloc_trim_the_block_just_runs(monkeypatch):
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    with memory.heap_trimmed(step_mb=1, interval=0.001):
        ran = True
    assert ran


def test_release_asks_pyarrows_pool_to_return_its_unused_memory(monkeypatch):
    released: list[bool] = []

    class Pool:
        def release_unused(self) -> None:
            released.append(True)

    monkeypatch.setattr(pyarrow, "default_memory_pool", lambda: Pool())
    memory.release_free_memory()
    assert released == [True]


def test_resident_bytes_reads_this_process():
    assert memory.resident_bytes() > 10 * 2**20
