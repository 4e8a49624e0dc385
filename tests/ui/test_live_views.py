"""Two stations on one database: what one does shows on the other's window within a second
(SQLite and PostgreSQL), and Settings → Stations lists them with their heartbeats (issue #16)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from app.workstation import Workstation


@pytest.fixture
def two(db_url: str, tmp_path: Path) -> Iterator[tuple[Workstation, Workstation]]:
    with Simulator(order_count=8) as sim:
        a = build(Settings(db_url=db_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
        a.bench.add_user("bob", "packer", "1357")
        b = build(Settings(db_url=db_url, data_dir=tmp_path / "b", station="bench-2", user="bob"))
        try:
            seed(a, sim.url)
            a.sync.pull()
            yield a, b
        finally:
            a.close()
            b.close()


def _ids(window: Any, queue: str) -> list[int]:
    model = window.models[queue]
    return [model.order_id(r) for r in range(model.rowCount())]


def test_an_order_held_and_another_released_at_b_move_on_as_window_within_a_second(
    qtbot: Any, two: tuple[Workstation, Workstation]
) -> None:
    from ui.launcher import create_main_window

    a, b = two
    review = a.queues.queue_ids("review")
    first, second = review[0], review[1]
    b.orders.hold([second], "waiting for the buyer")  # before A's window opens: on hold there
    window = create_main_window(a, wedge=False)
    qtbot.addWidget(window)
    window.show()
    window.timer.stop()  # only the change feed may refresh the views in this test
    for model in window.models.values():
        model.index(0, 0).data()  # each tab holds its first page, as after a look
    assert first in _ids(window, "review") and second in _ids(window, "on_hold")
    time.sleep(0.2)
    try:
        t0 = time.monotonic()
        # one held, another released: the queues' counts do not move, the rows do
        b.orders.hold([first], "address check")
        b.orders.release_hold([second])
        qtbot.waitUntil(lambda: first in _ids(window, "on_hold") and second in _ids(window, "review"), timeout=1000)
        assert time.monotonic() - t0 < 1.0
        assert first not in _ids(window, "review") and second not in _ids(window, "on_hold")
    finally:
        window.shutdown()


def test_the_stations_page_lists_both_with_their_heartbeat(qtbot: Any, two: tuple[Workstation, Workstation]) -> None:
    from ui.launcher import create_main_window

    a, b = two
    b.stations.beat("worker")
    window = create_main_window(a, wedge=False)
    qtbot.addWidget(window)
    window.show()  # its heartbeat starts once it has painted
    try:
        qtbot.waitUntil(lambda: any(s.this and s.live for s in a.stations.stations()), timeout=3000)
        dialog = window.menus.show_stations()
        table = dialog.table
        rows = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        }
        assert rows["bench-1 (this station)"][1] == "running" and "window" in rows["bench-1 (this station)"][3]
        assert rows["bench-2"][1] == "running" and rows["bench-2"][3] == "sync worker"
        dialog.close()
    finally:
        window.shutdown()


def test_the_sync_panel_says_which_station_sends_for_an_account(
    qtbot: Any, two: tuple[Workstation, Workstation]
) -> None:
    from ui.launcher import create_main_window

    a, b = two
    shop = a.sync.sync_overview()[0]
    b.outbox._mark_sender(shop.account)  # bench-2's outbox reached the shop just now
    window = create_main_window(a, wedge=False)
    qtbot.addWidget(window)
    try:
        panel = window.sync_panel
        panel.refresh()
        row = next(r for r in range(panel.accounts.rowCount()) if panel.accounts.item(r, 0).text() == shop.name)
        assert panel.accounts.item(row, 7).text() == "bench-2"
    finally:
        window.shutdown()
