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


def stamped_keys(widget: Any, text: str, start_ms: int, gaps_ms: list[int]) -> int:
    """Keys as the window system delivers them: each with its own timestamp (ms)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    at = start_ms
    for i, char in enumerate(text):
        at += gaps_ms[i - 1] if i else 0
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(at)
            QApplication.sendEvent(widget, event)
    return at


def test_the_wedge_times_keys_by_their_timestamps_not_by_when_they_were_handled(
    qtbot: Any, window: Any, clock: FakeClock
) -> None:
    """A busy GUI thread handles a slow scanner's keys in one clump: still one whole scan."""
    import random

    wedge = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(wedge)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    rng = random.Random(14)
    code = "RF770947603CN"
    gaps = [30 + rng.randint(-8, 8) for _ in code]  # 30 ms +/- 8 of USB polling jitter
    field = window.scan_station.entry
    stamped_keys(field, code + "\r", 5_000_000, gaps)  # the fake clock stands still
    assert scans == [code]

    # And keys a person typed 150 ms apart stay typing, however fast they were handled.
    window.show_scan_station()
    field.setFocus()
    stamped_keys(field, "abcde", 6_000_000, [150] * 4)
    clock.advance(1.0)
    wedge.poll()
    assert scans == [code]
    assert field.text().endswith("abcde")


def test_calibration_measures_three_scans_and_remembers_the_thresholds(
    qtbot: Any, window: Any, station: Any, clock: FakeClock, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    from ui.wedge_filter import load_wedge_settings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    wedge = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(wedge)
    panel = station.open_scanner_test()
    panel.start_calibration()
    assert "3 times" in panel.result.text()
    code = "P00000042"
    at = 1_000_000
    with qtbot.waitSignal(panel.calibrated) as calibrated:
        for _ in range(3):
            at = stamped_keys(panel.input, code + "\r", at + 2000, [5, 6, 4, 5, 7, 5, 6, 5, 4])
    outcome = calibrated.args[0]
    assert outcome.problem is None
    assert "Scanner calibrated" in panel.result.text()
    saved = load_wedge_settings()
    assert saved == wedge.decoder.settings
    assert saved.key_interval < 0.040  # a fast scanner: typing is kept out more firmly
    assert saved.max_interval >= 0.090  # a radio pause it did not show is still allowed
    assert panel.wedge_key_gap.value() == round(saved.key_interval * 1000)
    assert not panel.calibrating
    panel.reject()


def test_calibration_with_different_codes_says_so_and_changes_nothing(
    qtbot: Any, window: Any, station: Any, clock: FakeClock, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    wedge = WedgeFilter(clock=clock, parent=window)
    window.install_wedge(wedge)
    before = wedge.decoder.settings
    panel = station.open_scanner_test()
    panel.start_calibration()
    at = 1_000_000
    with qtbot.waitSignal(panel.calibrated):
        for code in ("P00000042", "P00000043", "P00000042"):
            at = stamped_keys(panel.input, code + "\r", at + 2000, [5] * 9)
    assert "differ" in panel.result.text()
    assert wedge.decoder.settings == before
    panel.reject()
