"""A pull fetches the next page while the current one is written (issue #17)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.sync import ahead


def test_items_come_in_order_and_the_next_is_fetched_meanwhile() -> None:
    fetched: list[int] = []

    def pages() -> Iterator[int]:
        for n in range(5):
            fetched.append(n)
            yield n

    got = []
    for item in ahead(pages()):
        deadline = time.monotonic() + 2
        while item < 4 and item + 1 not in fetched and time.monotonic() < deadline:
            time.sleep(0.005)
        assert item == 4 or item + 1 in fetched  # the next page arrived while this one was "written"
        got.append(item)
    assert got == [0, 1, 2, 3, 4]


def test_what_the_fetching_raises_is_raised_in_its_place() -> None:
    def pages() -> Iterator[int]:
        yield 1
        raise ConnectionError("marketplace unreachable")

    it = ahead(pages())
    assert next(it) == 1
    with pytest.raises(ConnectionError, match="unreachable"):
        next(it)


def test_leaving_early_stops_the_fetching() -> None:
    produced: list[int] = []

    def pages() -> Iterator[int]:
        for n in range(1000):
            produced.append(n)
            yield n

    it = ahead(pages())
    assert next(it) == 0
    it.close()
    time.sleep(0.3)
    assert len(produced) <= 3  # the one handed over, the one waiting, the one under way
    assert not [t for t in threading.enumerate() if t.name == "pull-ahead"]
