"""The packer's screen: one huge, unmistakable verdict (and sound) per scan.

A packer looks at it from an arm's length away with a parcel in both hands, so the
verdict fills the screen in green, amber or red; the rest (the items to pack, the
handover figures, history, data freshness) is below it. Three modes — Ship, Verify,
Handover — are switched with buttons, F5/F6/F7, or command barcodes, and the command
sheet (FINISH, CANCEL, FORCE, NEXT, UNDO, OK) drives everything else without a keyboard.
A red verdict waits for the packer's OK (Enter, Space, or ``SB-CMD:OK``) before the next
scan is taken; the verdict is painted first and everything else the scan causes follows.

The station is a thin widget composed of mixins, one job each (as ``Workstation`` is
composed of ``PrinterDesk`` and ``BenchDesk``): ``station_modes`` (mode bar, keys,
``set_mode``), ``station_verdict`` (the verdict box, its sound, history, full screen),
``station_freshness``, ``station_commands`` (command sheet and supervisor actions),
``station_verify_mode``, ``station_handover_mode`` and ``station_devices`` (serial
scanner, test panel). Their texts use the ``ScanStation`` translation context.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.scanning import Verdict
from app.verify import VerifySession
from app.workstation import Workstation
from scanners.classify import classify
from scanners.commands import parse_command
from ui.pin_dialog import PinDialog
from ui.scan_inputs import SerialInput
from ui.sign_in import SignInBar
from ui.sounds import QtSoundPlayer, SoundPlayer
from ui.station_commands import CommandSheet
from ui.station_devices import DeviceInputs
from ui.station_figures import CarrierDayFigures, PackerFigures
from ui.station_freshness import STALE_MINUTES, SyncFreshness, _ago
from ui.station_handover import HandoverPanel
from ui.station_handover_mode import HandoverMode
from ui.station_modes import (
    HANDOVER,
    MODE_KEYS,
    MODE_WORDS,
    MODES,
    SHIP,
    VERIFY,
    ModeSwitch,
)
from ui.station_verdict import COLOURS, HISTORY, VerdictDisplay, _qcolour
from ui.station_verify import VerifyPanel
from ui.station_verify_mode import VerifyMode

__all__ = [
    "ScanStation",
    "COLOURS",
    "HISTORY",
    "STALE_MINUTES",
    "SHIP",
    "VERIFY",
    "HANDOVER",
    "MODES",
    "MODE_WORDS",
    "MODE_KEYS",
    "FIGURES_DELAY_MS",
    "_ago",
    "_qcolour",
]

log = logging.getLogger(__name__)

FIGURES_DELAY_MS = 2000


class ScanStation(
    ModeSwitch, VerdictDisplay, SyncFreshness, CommandSheet, VerifyMode, HandoverMode, DeviceInputs, QWidget
):
    """Turns a scanned code into a verdict through the workstation's services; emits ``scanned``."""

    scanned = Signal(object)  # Verdict
    mode_changed = Signal(str)
    full_screen_changed = Signal(bool)
    weighed = Signal(object)  # app.verify.WeightCheck, or the scale's error message
    label_printed = Signal(object)  # JobProgress, or the exception when print-after-verify failed

    def __init__(self, ws: Workstation, parent: QWidget | None = None, *, sound: SoundPlayer | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.sound: SoundPlayer = sound if sound is not None else QtSoundPlayer()
        self._history: deque[tuple[str, str, str, str]] = deque(maxlen=HISTORY)
        self.colour = "idle"
        self.mode = SHIP
        self.full_screen = False
        self.verify_session: VerifySession | None = None
        self.batch_id: int | None = None
        self.batch_carrier = ""
        self.last_intercepted: str | None = None  # code of the last parcel the station stopped
        self.pin_dialog: PinDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.scanner_test: Any = None  # ui.scanner_test.ScannerTestDialog while open
        self.wedge: Any = None  # the main window's WedgeFilter, for the scanner test panel

        self._build_mode_bar()
        self._build_verdict_box()

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Type a tracking or parcel number when a label won't scan"))
        self.entry.returnPressed.connect(self._scan_entry)
        self.entry.textEdited.connect(self._entry_edited)
        self.scan_button = QPushButton(self.tr("Scan"), self)
        self.scan_button.clicked.connect(self._scan_entry)
        self.freshness = QLabel(self.tr("Orders not synced yet"), self)
        self.freshness.setObjectName("freshness")
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.scan_button)
        entry_row.addSpacing(16)
        entry_row.addWidget(self.freshness)
        self.device_status = QLabel(self)
        self.device_status.setObjectName("deviceStatus")
        entry_row.addWidget(self.device_status)
        self.serial_input = SerialInput(self)
        self.serial_input.scanned.connect(self.scan_from_device)
        self.serial_input.status.connect(self._device_status)

        self.history = QTableWidget(0, 3, self)
        self.history.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Code"), self.tr("Verdict")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 90)
        header.resizeSection(1, 220)
        header.setStretchLastSection(True)
        history_page = QWidget(self)
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Last scans"), history_page))
        history_layout.addWidget(self.history)

        self.verify_panel = VerifyPanel(self)
        self.verify_panel.weigh_button.clicked.connect(self.weigh)
        self.handover_panel = HandoverPanel(self)
        self.handover_panel.open_requested.connect(self.open_batch)
        self.handover_panel.close_requested.connect(self.close_batch)
        self.handover_panel.manifest_button.clicked.connect(lambda: self.save_manifest())
        self.pages = QStackedWidget(self)
        for page in (history_page, self.verify_panel, self.handover_panel):
            self.pages.addWidget(page)

        self.figures = PackerFigures(ws.bench.packer_figures, self)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Today, per packer"), self))
        side.addWidget(self.figures)
        self.day_end = CarrierDayFigures(ws.reports.end_of_day, self)
        side.addWidget(QLabel(self.tr("Today, per carrier"), self))
        side.addWidget(self.day_end)
        body = QHBoxLayout()
        body.addWidget(self.pages, 3)
        body.addLayout(side, 1)

        self.sign_in_bar = SignInBar(ws, self._notice, self)  # who is packing: ui/sign_in.py
        layout = QVBoxLayout(self)
        layout.addWidget(self.sign_in_bar)
        layout.addLayout(self.mode_bar)
        layout.addWidget(self.verdict_box, 3)
        layout.addLayout(entry_row)
        layout.addLayout(body, 2)
        self._layout = layout
        self._body = body
        # Figures follow the scans, a couple of seconds behind, one read for a burst of scans.
        self._figures_soon = QTimer(self)
        self._figures_soon.setSingleShot(True)
        self._figures_soon.setInterval(FIGURES_DELAY_MS)
        self._figures_soon.timeout.connect(self.refresh_figures)
        self.scanned.connect(lambda _v: self._figures_soon.isActive() or self._figures_soon.start())
        self._build_shortcuts()
        self.set_mode(SHIP)
        self.refresh_figures()

    def refresh_figures(self) -> None:
        """Today's figures per packer and per carrier, read again."""
        self.figures.refresh()
        self.day_end.refresh()

    # --- scanning -------------------------------------------------------------------

    def scan(self, code: str) -> Verdict | None:
        """One scan: a fast local write, so it runs here; the verdict shows (and sounds) at once."""
        code = code.strip()
        if not code:
            return None
        if self.scanner_test is not None and self.scanner_test.isVisible():
            self.scanner_test.show_scan(code)  # the packer is testing the scanner: nothing is recorded
            return None
        word = parse_command(code)
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            if word == "CANCEL":
                self.pin_dialog.reject()
            else:
                log.info("scan ignored while the supervisor dialog is open")
            return None
        if self.sign_in_bar.intercept(code):  # a badge, SIGNOUT, or nobody signed in yet
            return None
        if self.awaiting_ack is not None:
            if word == "OK":
                self.acknowledge()
                return None
            if word == "FORCE" and self.awaiting_ack.kind == "intercepted":
                return self.command(word)  # the supervisor takes the stopped parcel
            return self.refuse_unacknowledged(code)
        if word in MODE_WORDS:
            self.set_mode(MODE_WORDS[word])
            return None
        try:
            if self.mode == SHIP:
                verdict = self._ws.bench.scan(code)
                if verdict.kind == "command":
                    return self.command(verdict.params.get("command", verdict.code))
            else:
                found = classify(code)
                if found.kind == "command":
                    return self.command(found.value or "")
                verdict = self._scan_verify(code) if self.mode == VERIFY else self._scan_handover(code)
                if verdict is None:
                    return None
        except ShipbenchError as exc:
            log.warning("scan of %r failed: %s", code, exc)
            verdict = Verdict("error", "red", self.tr("Scan not recorded"), str(exc), code)
            self.show_verdict(verdict)
        else:
            if self.mode == SHIP:
                self.show_verdict(verdict)
        log.info("scan %s (%s) -> %s", code, self.mode, verdict.kind)
        if verdict.kind == "intercepted":
            self.last_intercepted = verdict.tracking_number or verdict.code
        self.scanned.emit(verdict)
        return verdict

    def _scan_entry(self) -> None:
        code = self.entry.text()
        self.entry.clear()
        if not code.strip() and self.awaiting_ack is not None:
            self.acknowledge()  # Enter on its own: the packer saw the red
            return
        self.scan(code)

    def _entry_edited(self, text: str) -> None:
        if self.awaiting_ack is not None and text == " ":
            self.entry.clear()
            self.acknowledge()  # Space, while the entry box has the focus

    def shutdown(self) -> None:
        """Stop the timers and any serial port the test panel opened (the window is closing)."""
        self.serial_input.stop()
        self._figures_soon.stop()
        self.figures.timer.stop()
        self.day_end.timer.stop()
        if self.scanner_test is not None:
            self.scanner_test.stop()
