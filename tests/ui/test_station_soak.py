"""A whole shift at the GUI station: 5,000 scans, every mode, mixed verdicts; no crash, no leak.

Slow (a couple of minutes: each scan is a durable commit and the window repaints), so
it is kept out of the default run; CI runs it on its own:

    uv run pytest -m slow tests/ui/test_station_soak.py
"""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.bootstrap import build
from app.settings import Settings
from bench.scan_latency import populate, tracking
from db.models import ProductBarcode
from tests.ui.test_station_support import FakePlayer, cmd

SCANS = 5_000
WARM_UP = 1_000
GROWTH_MB = 20.0
PARCELS = 1_200


def rss_mb() -> float:
    """Resident memory of this process, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class Shift:
    """Scans in the order a packer makes them: ship, verify, hand over, and their mistakes."""

    def __init__(self, window: Any, item_code: str) -> None:
        self.window = window
        self.station = window.scan_station
        self.item = item_code
        self.next_parcel = 1
        self.to_hand_over: list[str] = []
        self.scans = 0
        self.kinds: Counter[str] = Counter()

    def scan(self, code: str) -> None:
        self.window.scan(code)
        self.scans += 1
        self.kinds[self.station.awaiting_ack.kind if self.station.awaiting_ack else self.station.colour] += 1
        if self.scans % 25 == 0:
            self.window.refresh_status()  # the main window's 2-second poll

    def ok(self) -> None:
        if self.station.awaiting_ack is not None:
            self.scan(cmd("OK"))

    def round(self) -> None:
        self.scan(cmd("SHIP"))
        for _ in range(8):
            code = tracking(self.next_parcel)
            self.next_parcel += 1
            self.scan(code)  # green
            self.to_hand_over.append(code)
        self.scan(self.to_hand_over[-1])  # already shipped: amber
        self.scan("NOSUCHPARCEL42")  # unknown: red, then OK
        self.scan(tracking(self.next_parcel + 10_000))  # a parcel not in this database: red
        self.scan(cmd("NEXT"))  # refused: the red waits for OK
        self.ok()
        self.scan("RF770947604CN")  # misread
        self.ok()

        self.scan(cmd("VERIFY"))
        parcel = tracking(self.next_parcel)  # printed, not yet shipped: verified, not shipped
        for _ in range(2):
            self.scan(parcel)  # pack these items
            self.scan(self.item)  # contents verified
            self.scan(self.item)  # one too many: red
            self.ok()
        self.scan(parcel)
        self.scan("0000000000000")  # an item that does not belong
        self.ok()
        self.scan(cmd("CANCEL"))

        self.scan(cmd("HANDOVER"))
        for code in self.to_hand_over[-8:]:
            self.scan(code)  # in the van
        self.scan(self.to_hand_over[-1])  # already in a batch: amber


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_a_shift_of_5000_scans_in_every_mode_without_crash_or_leak(qtbot: Any, tmp_path: Path) -> None:
    from ui.launcher import create_main_window

    path = tmp_path / "shift.db"
    populate(path, PARCELS)
    ws = build(
        Settings(db_url=f"sqlite:///{path}", data_dir=tmp_path, station="bench-1", user="bench")
    )  # the admin populate made
    window = create_main_window(ws, wedge=False)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        window.show_scan_station()
        station = window.scan_station
        station.sound = FakePlayer()
        with ws.db.reader() as uow:
            item = uow.session.scalar(select(ProductBarcode.code).where(ProductBarcode.product_id == 1))
        assert item
        shift = Shift(window, item)
        baseline = 0.0
        while shift.scans < SCANS:
            shift.round()
            station.sound.played.clear()
            qtbot.wait(0)  # let the queued refreshes and repaints run, as the event loop would
            if not baseline and shift.scans >= WARM_UP:
                gc.collect()
                baseline = rss_mb()
        gc.collect()
        grown = rss_mb() - baseline
        assert station.mode == "handover"
        assert {"green", "amber", "unknown", "misread", "too_many", "wrong_item"} <= set(shift.kinds), shift.kinds
        assert shift.kinds["green"] > 2000
        assert grown < GROWTH_MB, f"RSS grew {grown:.1f} MB over the last {SCANS - WARM_UP} scans"
        print(
            f"\n{shift.scans} scans, RSS {baseline:.1f} → {baseline + grown:.1f} MB (+{grown:.1f})", dict(shift.kinds)
        )
    finally:
        window.shutdown()
        window.close()
        ws.close()
