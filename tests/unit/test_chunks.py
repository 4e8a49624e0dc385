"""How a batch action cuts its orders into transactions (issue #16: a packer's scan never waits).

A hand-written clock stands in for the time each chunk's work takes, so the sizes and the
gaps are exact whatever the machine's load.
"""

from __future__ import annotations

from app.services.base import CHUNK, FEW, SQLITE_GAP, chunked


class Bench:
    """A clock that moves only when a chunk's work is done, and records the gaps slept."""

    def __init__(self, seconds_per_order: float) -> None:
        self.now = 0.0
        self.per_order = seconds_per_order
        self.gaps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.gaps.append(seconds)
        self.now += seconds

    def run(self, orders: int, gap: float = SQLITE_GAP) -> list[list[int]]:
        chunks = []
        for chunk in chunked(list(range(orders)), gap=gap, clock=self.clock, sleep=self.sleep):
            chunks.append(chunk)
            self.now += self.per_order * len(chunk)  # the chunk's work, committed
        return chunks


def test_every_order_once_in_order_and_no_chunk_over_the_most() -> None:
    chunks = Bench(seconds_per_order=0.0001).run(5000)
    assert [i for c in chunks for i in c] == list(range(5000))
    assert max(len(c) for c in chunks) == CHUNK  # a fast machine: full chunks, none bigger


def test_a_slow_machine_runs_few_chunks_not_tiny_ones() -> None:
    bench = Bench(seconds_per_order=0.05)  # 20 orders hold the lock a whole second
    chunks = bench.run(500)
    assert all(len(c) == FEW for c in chunks)  # never one order at a time
    assert len(bench.gaps) == len(chunks) - 1  # no gap after the last chunk
    assert all(g == SQLITE_GAP for g in bench.gaps)  # a long chunk: a waiting scan sleeps 100 ms


def test_the_gap_is_as_long_as_a_waiting_scan_can_sleep_and_no_longer() -> None:
    bench = Bench(seconds_per_order=0.0001)  # the first chunk of 20 holds the lock 2 ms
    bench.run(100)
    assert bench.gaps[0] < 0.02  # SQLite's busy handler sleeps no longer than it waited (+2 ms)
    assert all(g <= SQLITE_GAP for g in bench.gaps)


def test_postgresql_needs_no_gap() -> None:
    bench = Bench(seconds_per_order=0.001)
    bench.run(1000, gap=0.0)
    assert bench.gaps == []
