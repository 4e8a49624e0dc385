"""A serial scanner set up on this PC feeds the scan station, reconnecting on its own."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.workstation import Workstation
from tests.integration.test_scanners_serial import Pty, raw_pty_slave
from ui.scan_inputs import remember_serial_scanner


@pytest.fixture
def scanner_pty(tmp_path: Any) -> Any:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    pty = Pty()
    raw_pty_slave(pty)
    yield pty
    pty.close()


def test_a_serial_scan_ships_the_parcel(
    qtbot: Any, station: Any, ws: Workstation, codes: dict[str, str], scanner_pty: Pty
) -> None:
    remember_serial_scanner(scanner_pty.name, 9600)
    station.start_device_inputs()
    try:
        qtbot.waitUntil(lambda: "connected" in station.device_status.text(), timeout=5000)
        with qtbot.waitSignal(station.scanned, timeout=5000):
            scanner_pty.write(codes["printed"].encode() + b"\r\n")
        assert station.colour == "green"
        assert station.history.item(0, 1).text() == codes["printed"]
    finally:
        station.serial_input.stop()
