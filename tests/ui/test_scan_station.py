"""A wedge scanner's keys become a verdict; a person's keys still reach the text field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.workstation import Workstation
from tests.ui.conftest import FakeClock, ready_to_scan
from ui.station_verdict import COLOURS
from ui.wedge_filter import WedgeFilter

SCANNER_GAP = 0.005
HUMAN_GAP = 0.150


@pytest.fixture
def codes(ws: Workstation, tmp_path: Path) -> dict[str, str]:
    return ready_to_scan(ws, tmp_path)


@pytest.fixture
def wedge(window: Any, clock: FakeClock) -> WedgeFilter:
    flt = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(flt)
    return flt


@pytest.fixture
def field(qtbot: Any, window: Any) -> QLineEdit:
    """Some other text field with focus: the search box a seller happens to be typing in."""
    edit = QLineEdit(window)
    window.statusBar().addWidget(edit)
    window.tabs.setCurrentIndex(0)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def press(widget: QLineEdit, char: str) -> None:
    """QTest sends ASCII only; other characters go as the key event a keyboard layout makes."""
    if char.isascii():
        QTest.keyClick(widget, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_keys(widget: QLineEdit, text: str, clock: FakeClock, gap: float, enter: bool = True) -> None:
    for char in text:
        clock.advance(gap)
        press(widget, char)
    if enter:
        clock.advance(gap)
        QTest.keyClick(widget, Qt.Key.Key_Return)


def test_scanner_speed_code_shows_green_and_stays_out_of_the_field(
    qtbot: Any, window: Any, wedge: WedgeFilter, field: QLineEdit, clock: FakeClock, codes: dict[str, str]
) -> None:
    shipped_before = window.models["shipped"].size
    type_keys(field, codes["printed"], clock, SCANNER_GAP)

    station = window.scan_station
    assert field.text() == ""
    assert window.tabs.currentIndex() == window.scan_tab_index
    assert station.colour == "green"
    assert station.title.text() == "Shipped"
    assert COLOURS["green"] in station.verdict_box.styleSheet()
    assert station.history.item(0, 1).text() == codes["printed"]
    # The queues are re-read after the verdict is painted, not before.
    qtbot.waitUntil(lambda: window.models["shipped"].size == shipped_before + 1)


def test_intercepted_parcel_turns_the_station_red(
    window: Any, wedge: WedgeFilter, field: QLineEdit, clock: FakeClock, codes: dict[str, str]
) -> None:
    type_keys(field, codes["intercepted"], clock, SCANNER_GAP)
    station = window.scan_station
    assert station.colour == "red"
    assert "intercepted" in station.title.text()
    assert COLOURS["red"] in station.verdict_box.styleSheet()
    assert field.text() == ""


def test_human_speed_typing_lands_in_the_field(
    qtbot: Any, window: Any, wedge: WedgeFilter, field: QLineEdit, clock: FakeClock
) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    type_keys(field, "Müller 12-b", clock, HUMAN_GAP, enter=False)
    clock.advance(HUMAN_GAP)
    wedge.poll()  # the deadline timer does this in real time
    assert field.text() == "Müller 12-b"
    assert scans == []
    assert window.scan_station.colour == "idle"


def test_backspace_after_typing_keeps_the_order(
    window: Any, wedge: WedgeFilter, field: QLineEdit, clock: FakeClock
) -> None:
    type_keys(field, "abc", clock, HUMAN_GAP, enter=False)
    QTest.keyClick(field, Qt.Key.Key_Backspace)  # releases the held "c" first, then deletes it
    assert field.text() == "ab"


def test_manual_entry_scans_with_the_button(qtbot: Any, window: Any, codes: dict[str, str]) -> None:
    window.show_scan_station()
    station = window.scan_station
    station.entry.setText(codes["printed"])
    qtbot.mouseClick(station.scan_button, Qt.MouseButton.LeftButton)
    assert station.colour == "green"
    station.entry.setText(codes["printed"])
    qtbot.mouseClick(station.scan_button, Qt.MouseButton.LeftButton)
    assert station.colour == "amber"
    assert station.title.text() == "Already shipped"
    assert station.history.rowCount() == 2
