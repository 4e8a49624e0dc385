"""A scan while another program holds the SQLite write lock: a red "not recorded — scan again",
never the internal-error dialog; the same scan after the lock is gone ships the parcel (issue #16)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.workstation import Workstation
from db.quick import sqlite_path
from tests.ui.conftest import ready_to_scan


@pytest.fixture
def codes(ws: Workstation, tmp_path: Path) -> dict[str, str]:
    return ready_to_scan(ws, tmp_path)


@contextmanager
def another_program_writing(db_url: str) -> Iterator[None]:
    """A second connection in a long write transaction (BEGIN IMMEDIATE, a row written, not committed)."""
    path = sqlite_path(db_url)
    assert path is not None
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO settings (key, value) VALUES ('long-write', '{}')")
        yield
        con.execute("ROLLBACK")
    finally:
        con.close()


def test_a_scan_during_a_held_write_lock_is_red_and_recorded_when_scanned_again(
    window: Any, ws: Workstation, codes: dict[str, str]
) -> None:
    station = window.scan_station
    window.tabs.setCurrentIndex(window.scan_tab_index)
    with another_program_writing(ws.settings.db_url):
        verdict = station.scan(codes["printed"])
        assert verdict is not None and verdict.kind == "not_recorded"
        assert station.colour == "red"
        assert station.title.text() == "Not recorded — scan again"
        assert "nothing was recorded" in station.message.text()
        window.grab().save("/tmp/claims_scan_locked.png")
    states = {p["tracking_number"]: p["state"] for p in ws.queues.parcels_summary()}
    assert states[codes["printed"]] == "printed"  # nothing was recorded

    station.acknowledge()  # the packer saw the red
    again = station.scan(codes["printed"])
    assert again is not None and again.kind == "shipped"
    assert station.colour == "green" and station.title.text() == "Shipped"
