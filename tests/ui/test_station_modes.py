"""Modes, commands, full screen and sounds: what the packer sees and hears."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_station_support import FakePlayer, cmd
from ui.station_verdict import INK


def test_command_barcodes_switch_the_mode(station: Any) -> None:
    station.scan(cmd("VERIFY"))
    assert station.mode == "verify"
    assert station.pages.currentWidget() is station.verify_panel
    assert station.mode_buttons["verify"].isChecked()
    assert "Verify" in station.message.text()

    station.scan(cmd("HANDOVER"))
    assert station.mode == "handover"
    assert station.pages.currentWidget() is station.handover_panel
    assert station.handover_panel.carrier.currentText() == "Demo Express"

    station.scan(cmd("SHIP"))
    assert station.mode == "ship"
    assert station.colour == "idle"


def test_function_keys_switch_the_mode(qtbot: Any, window: Any, station: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(station.entry, Qt.Key.Key_F6)
    assert station.mode == "verify"
    QTest.keyClick(station.entry, Qt.Key.Key_F7)
    assert station.mode == "handover"
    QTest.keyClick(station.entry, Qt.Key.Key_F5)
    assert station.mode == "ship"


def test_each_verdict_colour_has_its_own_sound(station: Any, ear: FakePlayer, codes: dict[str, str]) -> None:
    station.scan(codes["printed"])
    station.scan(codes["printed"])
    station.scan(codes["intercepted"])
    station.scan(cmd("OK"))  # the packer saw the red
    station.scan("RF770947604CN")  # a wrong check digit: a misread
    assert [station.colour] == ["red"]
    assert ear.played == ["chime", "double_beep", "alarm", "alarm"]
    assert station.title.text() == "Scan again"


def test_ok_clears_a_red_verdict_and_next_clears_the_others(
    station: Any, ear: FakePlayer, codes: dict[str, str]
) -> None:
    station.scan(codes["intercepted"])
    assert station.colour == "red"
    assert "Do not ship" in station.message.text()
    station.scan(cmd("OK"))
    assert station.colour == "idle"
    assert station.title.text() == "Ready"
    assert ear.played == ["alarm"]  # a command is not a verdict: no extra sound
    station.scan(codes["printed"])
    station.scan(cmd("NEXT"))
    assert (station.colour, station.title.text()) == ("idle", "Ready")


def test_full_screen_with_f11_and_back_with_escape(qtbot: Any, window: Any, station: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(station.entry, Qt.Key.Key_F11)
    assert station.full_screen
    assert window.isFullScreen()
    assert not window.tabs.tabBar().isVisible()
    assert not window.statusBar().isVisible()
    assert station.full_screen_button.text() == "Leave full screen (Esc)"
    QTest.keyClick(station.entry, Qt.Key.Key_Escape)
    assert not station.full_screen
    assert not window.isFullScreen()
    assert window.tabs.tabBar().isVisible()
    qtbot.mouseClick(station.full_screen_button, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    station.set_full_screen(False)


def test_freshness_turns_amber_when_stale_and_red_offline(station: Any) -> None:
    import datetime as dt

    from app.workstation import RemoteStatus, Status

    now = dt.datetime(2026, 5, 4, 12, 0, tzinfo=dt.UTC)
    fresh = Status({}, {}, [RemoteStatus("shop", "shop", True, "", now - dt.timedelta(minutes=3))])
    station.update_status(fresh, now)
    assert station.freshness.text() == "Orders last synced 3 min ago"
    assert "#555" in station.freshness.styleSheet()
    stale = Status({}, {}, [RemoteStatus("shop", "shop", True, "", now - dt.timedelta(minutes=20))])
    station.update_status(stale, now)
    assert INK["amber"] in station.freshness.styleSheet()
    assert "interception could be missing" in station.freshness.toolTip()
    offline = Status({}, {}, [RemoteStatus("shop", "shop", False, "timeout", now - dt.timedelta(minutes=4))])
    station.update_status(offline, now)
    assert station.freshness.text().startswith("Marketplace offline")
    assert INK["red"] in station.freshness.styleSheet()
    assert "interception could be missing" in station.freshness.toolTip()


def test_packer_figures_show_todays_scans(qtbot: Any, station: Any, codes: dict[str, str]) -> None:
    station.scan(codes["printed"])
    station.scan("RF770947604CN")
    with qtbot.waitSignal(station.figures.refreshed, timeout=10_000):
        station.figures.refresh()
    table = station.figures
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["alice", "1", "0", "1"]
