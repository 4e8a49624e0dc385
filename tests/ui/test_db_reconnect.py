"""PostgreSQL goes away and comes back: the window says "reconnecting" (no crash dialog), a
scan meanwhile is red "not recorded — scan again", and afterwards the scan is recorded, the
change feed listens again and another station's change reaches this window (issue #16).

The server's restart is played by the real server: ``ALLOW_CONNECTIONS false`` plus
``pg_terminate_backend`` on every connection of the test's database, so every connection
is cut and every new one refused, until it is allowed again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from app.workstation import Workstation
from tests.conftest import PG_ADMIN_URL
from tests.ui.conftest import ready_to_scan

LOST = "Database connection lost — reconnecting…"
RECONNECTED = "Reconnected to the database"


def terminate(db_name: str) -> int:
    """Cut every connection to ``db_name`` (what a server restart does to its clients)."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db"), {"db": db_name}
                ).all()
            )
    finally:
        admin.dispose()


@contextmanager
def server_away(db_name: str) -> Iterator[None]:
    """Every connection cut and every new one refused, until the block ends."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{db_name}" ALLOW_CONNECTIONS false'))
        assert terminate(db_name) >= 1
        yield
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{db_name}" ALLOW_CONNECTIONS true'))
        admin.dispose()


def _db_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


@pytest.fixture
def pg_ws(pg_url: str, tmp_path: Path) -> Iterator[Workstation]:
    with Simulator(order_count=4) as sim:
        ws = build(Settings(db_url=pg_url, data_dir=tmp_path / "a", station="bench-1", user="alice"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            yield ws
        finally:
            ws.close()


def _window(qtbot: Any, ws: Workstation) -> Any:
    from ui.launcher import create_main_window

    window = create_main_window(ws, wedge=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.postgres
def test_the_window_says_reconnecting_and_the_scan_is_red_then_recorded_once_back(
    qtbot: Any, pg_ws: Workstation, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.db_connection

    monkeypatch.setattr(ui.db_connection, "RECONNECTED_MS", 500)  # "Reconnected" stays 0.5 s, not 5
    ws = pg_ws
    codes = ready_to_scan(ws, tmp_path)
    worker = ws.sync.start_background(interval=0.2, pull_every=3600)
    window = _window(qtbot, ws)
    link = window.db_link
    try:
        assert not link.label.isVisible()
        window.show_scan_station()
        station = window.scan_station
        with server_away(_db_name(pg_url)):
            verdict = station.scan(codes["printed"])  # before the window's 2-second read notices
            assert verdict is not None and verdict.kind == "not_recorded"
            assert station.colour == "red" and station.title.text() == "Not recorded — scan again"
            assert "connection to the database was lost" in station.message.text()
            qtbot.waitUntil(lambda: link.label.isVisible(), timeout=1000)  # the scan told the window
            assert link.label.text() == LOST
            assert station.freshness.text() == LOST  # the station says it too (full screen hides the bar)
            window.refresh_status()  # the 2-second read while the server is away: no dialog, no exception
            qtbot.wait(1100)  # the probe asks (off the GUI thread) and is refused: still lost
            assert link.state == "lost" and link.label.text() == LOST
            station.acknowledge()
        qtbot.waitUntil(lambda: link.label.text() == RECONNECTED, timeout=5000)
        assert link.state == "reconnected"
        assert worker.is_alive()  # the outbox worker lived through it

        done = ws.sync.status().outbox.get("done", 0)
        again = station.scan(codes["printed"])
        assert again is not None and again.kind == "shipped"
        assert station.colour == "green"
        states = {p["tracking_number"]: p["state"] for p in ws.queues.parcels_summary()}
        assert states[codes["printed"]] == "shipped"
        # the worker, alive through it, tells the marketplace of that shipment
        qtbot.waitUntil(lambda: ws.sync.status().outbox.get("done", 0) == done + 1, timeout=5000)
        assert ws.sync.status().pending == 0
        qtbot.waitUntil(lambda: not link.label.isVisible(), timeout=3000)  # back to normal
        assert link.state == "ok"
    finally:
        window.shutdown()


@pytest.mark.postgres
def test_after_its_connections_are_terminated_another_stations_change_still_reaches_the_window(
    qtbot: Any, pg_ws: Workstation, pg_url: str, tmp_path: Path
) -> None:
    a = pg_ws
    a.bench.add_user("bob", "packer", "1357")
    b = build(Settings(db_url=pg_url, data_dir=tmp_path / "b", station="bench-2", user="bob"))
    window = _window(qtbot, a)
    window.timer.stop()  # only the change feed may move the rows in this test
    model = window.models["on_hold"]

    def on_hold() -> list[int | None]:
        return [model.order_id(r) for r in range(model.rowCount())]

    try:
        first, second = a.queues.queue_ids("review")[:2]
        for m in window.models.values():
            m.index(0, 0).data()
        assert terminate(_db_name(pg_url)) >= 2  # the listener's and the pool's (A's and B's)
        time.sleep(0.3)
        b.orders.hold([first], "address check")  # after the cut: the listener must be back
        qtbot.waitUntil(lambda: first in on_hold(), timeout=5000)
        window.refresh_status()
        assert window.db_link.state == "ok"  # the pool replaced its dead connections unseen
        a.stations.beat("gui")  # a heartbeat after the cut goes through
        assert any(s.this and s.live for s in a.stations.stations())

        with server_away(_db_name(pg_url)):
            qtbot.wait(1500)  # the listener tries again, refused, a few times
        b.orders.hold([second], "buyer asked")  # once the server is back
        qtbot.waitUntil(lambda: second in on_hold(), timeout=5000)
    finally:
        window.shutdown()
        b.close()


def test_a_lost_connection_reaching_the_crash_handler_shows_reconnecting_not_the_error_dialog(
    qtbot: Any, window: Any
) -> None:
    """On SQLite: the crash handler's part needs no server."""
    import sys

    import psycopg
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.exc import OperationalError

    from ui.launcher import install_excepthook

    boxes: list[str] = []

    def close_any_dialog() -> None:  # were a dialog shown, the test goes on (and fails) instead of hanging
        modal = QApplication.activeModalWidget()
        if modal is not None:
            boxes.append(modal.windowTitle())
            modal.close()

    previous = sys.excepthook
    install_excepthook()
    hook, sys.excepthook = sys.excepthook, previous
    guard = QTimer()
    guard.timeout.connect(close_any_dialog)
    guard.start(100)
    try:
        lost = OperationalError("SELECT 1", {}, psycopg.OperationalError("server closed the connection unexpectedly"))
        hook(type(lost), lost, None)  # e.g. a tab's page read while the server restarts
        assert window.db_link.label.text() == LOST
        # this database answers (SQLite): the probe finds it and the bar says so
        qtbot.waitUntil(lambda: window.db_link.label.text() == RECONNECTED, timeout=3000)
    finally:
        guard.stop()
    assert boxes == []
