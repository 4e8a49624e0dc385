"""pytest-qt fixtures: a demo workstation with pulled orders, and the main window over it.

A Qt warning fails the test: Qt reports many real mistakes (bad signal connections,
painting outside paint events, wrong model indexes) only as a warning on stderr.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402

from app.workstation import Workstation  # noqa: E402

# Messages the offscreen platform prints on its own; they say nothing about our code.
BENIGN = ("propagateSizeHints", "QFont::fromString")
# QtMultimedia probing the audio back ends on a machine without sound (CI, this
# container): it reports optional libraries it did not find and the PulseAudio daemon
# it could not reach, then the station's sound player finds no output and stays silent.
# These say nothing about our code; any other multimedia warning still fails the test.
BENIGN_CATEGORIES = ("qt.multimedia.symbolsresolver",)
BENIGN += ("PulseAudioService: pa_context_connect() failed",)


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    recorded: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if not any(b in message for b in BENIGN) and context.category not in BENIGN_CATEGORIES:
                recorded.append(message)
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield recorded
    finally:
        qInstallMessageHandler(previous)
    if recorded:
        pytest.fail("Qt warnings:\n" + "\n".join(recorded))


@pytest.fixture
def ws(workstation: Workstation) -> Workstation:
    """The seeded demo (60 orders) pulled into Review."""
    workstation.sync.pull()
    return workstation


@pytest.fixture
def window(qtbot: Any, ws: Workstation) -> Iterator[Any]:
    from ui.launcher import create_main_window

    win = create_main_window(ws, wedge=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        win.shutdown()


def ready_to_scan(ws: Workstation, tmp_path: Path) -> dict[str, str]:
    """Approve, get waybills, print, then pull the scripted cancel: tracking numbers by state."""
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    # a folder printer cannot say what printed: the user confirms the batch
    ws.printing.confirm_print_job(
        ws.printing.run_print_job(
            ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(tmp_path / "labels"))
        ).job_id
    )
    ws.sync.pull()
    ws.outbox.run_until_idle()
    found: dict[str, str] = {}
    for parcel in ws.queues.parcels_summary():
        if parcel["tracking_number"]:
            found.setdefault(parcel["state"], parcel["tracking_number"])
    return found


class FakeClock:
    """A monotonic clock the test moves by hand, so key timing needs no sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


Capture = Callable[..., Any]


@pytest.fixture
def codes(ws: Workstation, tmp_path: Path) -> dict[str, str]:
    """Tracking numbers by parcel state, everything printed and the scripted cancel pulled."""
    return ready_to_scan(ws, tmp_path)


@pytest.fixture
def station(window: Any) -> Any:
    """The scan station on screen, with a fake player recording its sounds."""
    from tests.ui.test_station_support import FakePlayer

    window.show_scan_station()
    station = window.scan_station
    station.sound = FakePlayer()
    return station


@pytest.fixture
def ear(station: Any) -> Any:
    return station.sound
