"""The scanner / scale test panel: what arrived, and what it was recognised as."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import FakeClock
from ui.wedge_filter import WedgeFilter


def test_a_code_typed_into_the_panel_is_decoded(qtbot: Any, station: Any) -> None:
    qtbot.mouseClick(station.test_button, Qt.MouseButton.LeftButton)
    panel = station.scanner_test
    assert panel is not None and panel.isVisible()
    with qtbot.waitSignal(panel.decoded) as decoded:
        QTest.keyClicks(panel.input, "RF770947603CN")
        QTest.keyClick(panel.input, Qt.Key.Key_Return)
    info = decoded.args[0]
    assert info["kind"] == "tracking" and info["check_digit_valid"] is True
    assert "Recognised as: tracking" in panel.result.text()
    assert "Check digit: valid" in panel.result.text()
    assert "RF770947603CN" in panel.result.text()
    assert panel.keys.toPlainText().splitlines()[0].startswith("R ")
    assert "+" in panel.keys.toPlainText().splitlines()[1]  # the gap to the previous key

    QTest.keyClicks(panel.input, "RF770947604CN")
    QTest.keyClick(panel.input, Qt.Key.Key_Return)
    assert "WRONG" in panel.result.text()
    panel.reject()
    assert station.scanner_test is None


def test_wedge_scans_go_to_the_open_panel_with_their_timing(
    qtbot: Any, window: Any, station: Any, clock: FakeClock
) -> None:
    wedge = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(wedge)
    panel = station.open_scanner_test()
    panel.activateWindow()
    panel.input.setFocus()
    qtbot.waitUntil(panel.input.hasFocus)
    with qtbot.waitSignal(panel.decoded) as decoded:
        for char in "RF770947603CN":
            clock.advance(0.004)
            QTest.keyClick(panel.input, char)
        clock.advance(0.004)
        QTest.keyClick(panel.input, Qt.Key.Key_Return)
    assert decoded.args[0]["average_gap_ms"] == 4.0
    assert "+4 ms" in panel.keys.toPlainText()
    assert station.colour == "idle"  # a test scan is not shipped
    assert panel.input.text() == ""
    panel.reject()


def test_serial_scanner_bytes_and_scans_show_up(qtbot: Any, station: Any) -> None:
    panel = station.open_scanner_test()
    panel.serial_port.setText("loop://")
    panel.toggle_serial()
    qtbot.waitUntil(lambda: panel.serial_status.text() == "connected", timeout=5000)
    with qtbot.waitSignal(panel.decoded, timeout=5000) as decoded:
        panel.serial_scanner.port.write(b"\x02RF770947603CN\r\n")
    assert decoded.args[0]["kind"] == "tracking"
    qtbot.waitUntil(lambda: "<CR>" in panel.serial_bytes.toPlainText(), timeout=5000)
    panel.reject()


def test_keyboard_scanner_settings_take_effect_and_are_remembered(
    qtbot: Any, window: Any, station: Any, clock: FakeClock, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    from ui.wedge_filter import load_wedge_settings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    wedge = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(wedge)
    panel = station.open_scanner_test()
    panel.wedge_gap.setValue(60)
    panel.wedge_prefix.setText("#")
    assert panel.save_wedge()
    assert wedge.decoder.settings.prefix == "#" and wedge.decoder.settings.max_interval == 0.06
    assert load_wedge_settings().prefix == "#"
    panel.wedge_min.setValue(1)
    panel.wedge_prefix.setText("\r")  # a terminator cannot be a prefix: refused, said plainly
    assert not panel.save_wedge()
    assert load_wedge_settings().prefix == "#"
    panel.reject()
