"""The station's devices: the serial scanner configured on this PC, and the scanner / scale test panel.

A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.scanning import Verdict
from ui.scan_inputs import SerialInput
from ui.scanner_states import scanner_status_text

CONTEXT = "ScanStation"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DeviceInputs:
    """Scans that arrive from a device rather than the keyboard wedge, and testing the devices."""

    serial_input: SerialInput
    device_status: QLabel
    scanner_test: Any  # ui.scanner_test.ScannerTestDialog while open
    wedge: Any  # the main window's WedgeFilter, for the scanner test panel

    if TYPE_CHECKING:

        def window(self) -> Any: ...
        def scan(self, code: str) -> Verdict | None: ...

    def start_device_inputs(self) -> None:
        """Listen to the serial scanner configured on this PC (set in the scanner test panel)."""
        self.serial_input.start_from_settings()

    def scan_from_device(self, code: str) -> None:
        show = getattr(self.window(), "show_scan_station", None)
        if callable(show):
            show()
        self.scan(code)

    def _device_status(self, text: str) -> None:
        self.device_status.setText(_t("Serial scanner: %1").replace("%1", scanner_status_text(text)))

    # --- scanner test -------------------------------------------------------------------

    def open_scanner_test(self) -> Any:
        from ui.scanner_test import ScannerTestDialog

        self.serial_input.stop()  # the test panel may open the same port
        if self.scanner_test is None:
            self.scanner_test = ScannerTestDialog(self, wedge=self.wedge)
            self.scanner_test.finished.connect(self._scanner_test_closed)
        self.scanner_test.show()
        self.scanner_test.activateWindow()
        return self.scanner_test

    def _scanner_test_closed(self, _result: int) -> None:
        if self.scanner_test is not None:
            self.scanner_test.stop()
            self.scanner_test.deleteLater()
            self.scanner_test = None
        self.start_device_inputs()  # a serial scanner that worked in the panel is used from now on
