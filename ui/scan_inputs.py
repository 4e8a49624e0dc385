"""Scanners that are not keyboards: a serial scanner configured on this PC feeds the station.

The reader runs on its own thread (scanners.serial_source); its callbacks arrive here as
queued signals, so the station sees them on the GUI thread like a wedge scan.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from ui.operations import run_in_background

log = logging.getLogger(__name__)


def serial_scanner_settings() -> tuple[str, int] | None:
    settings = QSettings("Shipbench", "Shipbench")
    port = str(settings.value("scanner/serial_port", "") or "")
    return (port, int(settings.value("scanner/serial_baud", 9600))) if port else None


def remember_serial_scanner(port: str, baud: int) -> None:
    settings = QSettings("Shipbench", "Shipbench")
    settings.setValue("scanner/serial_port", port)
    settings.setValue("scanner/serial_baud", baud)


class SerialInput(QObject):
    """The station's serial scanner: scans and its connection state, on the GUI thread."""

    scanned = Signal(str)
    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: Any = None

    @property
    def running(self) -> bool:
        return self._reader is not None

    def start(self, port: str, baud: int) -> None:
        from scanners.serial_source import SerialScanner

        self.stop()
        self._reader = SerialScanner(port, baudrate=baud, on_scan=self.scanned.emit, on_status=self.status.emit)
        self._reader.start()  # it reconnects by itself when the scanner is unplugged and back
        log.info("serial scanner on %s at %s baud", port, baud)

    def start_from_settings(self) -> bool:
        configured = serial_scanner_settings()
        if configured is None:
            return False
        self.start(*configured)
        return True

    def stop(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            run_in_background(None, reader.stop, lambda _r: None, lambda exc: log.warning("serial scanner: %s", exc))
