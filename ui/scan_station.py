"""The packer's screen: one huge, unmistakable verdict (and sound) per scan.

A packer looks at it from an arm's length away with a parcel in both hands, so the
verdict fills the screen in green, amber or red; the rest (the items to pack, the
handover figures, history, data freshness) is below it. Three modes — Ship, Verify,
Handover — are switched with buttons, F5/F6/F7, or command barcodes, and the command
sheet (FINISH, CANCEL, FORCE, NEXT, UNDO) drives everything else without a keyboard.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.handover import HandoverSummary
from app.scanning import Verdict
from app.verify import VerifySession
from app.workstation import Status, Workstation
from scanners.classify import classify
from scanners.commands import parse_command
from ui.i18n import plural
from ui.operations import run_in_background
from ui.pin_dialog import PinDialog
from ui.sounds import QtSoundPlayer, SoundPlayer, sound_for
from ui.station_figures import PackerFigures
from ui.station_handover import HandoverPanel
from ui.station_texts import verdict_texts
from ui.scan_inputs import SerialInput
from ui.station_verify import VerifyPanel, scale_settings

log = logging.getLogger(__name__)

COLOURS = {"green": "#1b8a3a", "amber": "#e0a100", "red": "#c62828", "idle": "#5f6368"}
HISTORY = 10
STALE_MINUTES = 15
SHIP, VERIFY, HANDOVER = "ship", "verify", "handover"
MODES = (SHIP, VERIFY, HANDOVER)
# Command-sheet words that switch the mode (``SB-CMD:VERIFY`` …).
MODE_WORDS = {"SHIP": SHIP, "VERIFY": VERIFY, "HANDOVER": HANDOVER}
FIGURES_DELAY_MS = 2000
MODE_KEYS = {SHIP: Qt.Key.Key_F5, VERIFY: Qt.Key.Key_F6, HANDOVER: Qt.Key.Key_F7}


def _ago(when: dt.datetime, now: dt.datetime) -> int:
    """Whole minutes since ``when`` (stored in UTC; naive values are UTC too)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int((now - when).total_seconds() // 60))


class ScanStation(QWidget):
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

        self.figures = PackerFigures(ws.packer_figures, self)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Today, per packer"), self))
        side.addWidget(self.figures)
        body = QHBoxLayout()
        body.addWidget(self.pages, 3)
        body.addLayout(side, 1)

        layout = QVBoxLayout(self)
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
        self._figures_soon.timeout.connect(self.figures.refresh)
        self.scanned.connect(lambda _v: self._figures_soon.isActive() or self._figures_soon.start())
        self._build_shortcuts()
        self.set_mode(SHIP)
        self.figures.refresh()

    # --- building -------------------------------------------------------------------

    def _build_mode_bar(self) -> None:
        self.mode_bar = QHBoxLayout()
        self.mode_buttons: dict[str, QPushButton] = {}
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        labels = {SHIP: self.tr("Ship (F5)"), VERIFY: self.tr("Verify (F6)"), HANDOVER: self.tr("Handover (F7)")}
        font = QFont(self.font())
        font.setPointSize(13)
        font.setBold(True)
        for mode in MODES:
            button = QPushButton(labels[mode], self)
            button.setCheckable(True)
            button.setFont(font)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("QPushButton:checked { background-color: #1a73e8; color: white; }")
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self._mode_group.addButton(button)
            self.mode_buttons[mode] = button
            self.mode_bar.addWidget(button)
        self.mode_bar.addStretch(1)
        self.test_button = QPushButton(self.tr("Test scanner / scale…"), self)
        self.test_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.test_button.clicked.connect(self.open_scanner_test)
        self.full_screen_button = QPushButton(self.tr("Full screen (F11)"), self)
        self.full_screen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.mode_bar.addWidget(self.test_button)
        self.mode_bar.addWidget(self.full_screen_button)

    def _build_verdict_box(self) -> None:
        self.verdict_box = QFrame(self)
        self.verdict_box.setObjectName("verdictBox")
        self.verdict_box.setMinimumHeight(220)
        self.title = QLabel(self.verdict_box)
        self.title.setObjectName("verdictTitle")
        self.message = QLabel(self.verdict_box)
        self.message.setObjectName("verdictMessage")
        title_font = QFont(self.font())
        title_font.setPointSize(44)
        title_font.setBold(True)
        self.title.setFont(title_font)
        message_font = QFont(self.font())
        message_font.setPointSize(20)
        self.message.setFont(message_font)
        for label in (self.title, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        box = QVBoxLayout(self.verdict_box)
        box.setContentsMargins(32, 16, 32, 16)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.message)
        box.addStretch(1)

    def _build_shortcuts(self) -> None:
        def key(sequence: Qt.Key, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)

        for mode, k in MODE_KEYS.items():
            key(k, lambda m=mode: self.set_mode(m))
        key(Qt.Key.Key_F11, self.toggle_full_screen)
        key(Qt.Key.Key_F8, self.weigh)
        key(Qt.Key.Key_Escape, lambda: self.set_full_screen(False))

    # --- showing --------------------------------------------------------------------

    def _paint(self, colour: str, title: str, message: str) -> None:
        self.colour = colour
        self.verdict_box.setStyleSheet(
            f"QFrame#verdictBox {{ background-color: {COLOURS[colour]}; border-radius: 12px; }}"
            " QFrame#verdictBox QLabel { color: white; background: transparent; }"
        )
        self.title.setText(title)
        self.message.setText(message)

    def show_idle(self) -> None:
        prompts = {
            SHIP: self.tr("Ready — scan a parcel label"),
            VERIFY: self.tr("Verify — scan a parcel label or packing slip"),
            HANDOVER: self.tr("Handover — scan each parcel as it goes into the van"),
        }
        self._paint("idle", self.tr("Ready"), prompts[self.mode])

    def show_verdict(self, verdict: Verdict, *, remaining: int | None = None) -> None:
        """Paint the verdict in the packer's language, sound it, and add it to the history."""
        colour = verdict.colour if verdict.colour in COLOURS else "red"
        title, message = verdict_texts(verdict, carrier=self.batch_carrier, remaining=remaining)
        self._paint(colour, title, message)
        self.sound.play(sound_for(colour))
        when = dt.datetime.now().strftime("%H:%M:%S")
        self._history.appendleft((when, verdict.code, colour, f"{title} — {message}" if message else title))
        self.history.setRowCount(len(self._history))
        for row, (at, code, c, text) in enumerate(self._history):
            for column, value in enumerate((at, code, text)):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(_qcolour(c))
                self.history.setItem(row, column, item)

    def _notice(self, kind: str, colour: str, title: str, message: str, code: str = "") -> Verdict:
        """A verdict the station makes itself (no service involved); texts already translated."""
        verdict = Verdict(kind, colour, title, message, code)
        self.show_verdict(verdict)
        return verdict

    def update_status(self, status: Status, now: dt.datetime | None = None) -> None:
        """How fresh the marketplace data is: a cancel not pulled yet cannot turn a scan red."""
        now = now or dt.datetime.now(dt.UTC)
        shops = [r for r in status.remotes if r.kind == "shop"]
        offline = any(r.online is False for r in shops)
        syncs = [r.last_sync for r in shops if r.last_sync is not None]
        warning = self.tr("An interception could be missing: a cancelled order may still scan green.")
        if not syncs:
            self.freshness.setText(self.tr("Orders not synced yet"))
            self.freshness.setStyleSheet(f"color: {COLOURS['red']}; font-weight: bold;")
            self.freshness.setToolTip(warning)
            return
        minutes = _ago(min(syncs), now)
        if minutes < 1:
            text = self.tr("Orders synced just now")
        else:
            text = plural("ScanStation", "Orders last synced %n min ago", "Orders last synced %n min ago", minutes)
        if offline:
            self.freshness.setText(self.tr("Marketplace offline — %1").replace("%1", text))
            self.freshness.setStyleSheet(f"color: {COLOURS['red']}; font-weight: bold;")
            self.freshness.setToolTip(self.tr("The marketplace cannot be reached.") + " " + warning)
        elif minutes >= STALE_MINUTES:
            self.freshness.setText(text)
            self.freshness.setStyleSheet(f"color: {COLOURS['amber']}; font-weight: bold;")
            self.freshness.setToolTip(warning)
        else:
            self.freshness.setText(text)
            self.freshness.setStyleSheet("color: #555;")
            self.freshness.setToolTip("")

    # --- modes and full screen --------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown station mode {mode!r}")
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.pages.setCurrentIndex(MODES.index(mode))
        # Ship: the verdict is everything. Verify / handover: the table below matters as much.
        verdict_share, body_share = (3, 2) if mode == SHIP else (2, 3)
        self._layout.setStretchFactor(self.verdict_box, verdict_share)
        self._layout.setStretchFactor(self._body, body_share)
        if mode == VERIFY:
            self.verify_panel.show_session(self.verify_session)
        elif mode == HANDOVER:
            self._load_carriers()
            self._refresh_handover()
        self.show_idle()
        self.mode_changed.emit(mode)

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.full_screen)

    def set_full_screen(self, on: bool) -> None:
        """The whole window becomes the station; the main window hides its chrome on the signal."""
        if on == self.full_screen:
            return
        self.full_screen = on
        window = self.window()
        if on:
            window.showFullScreen()
        else:
            window.showNormal()
        self.full_screen_button.setText(self.tr("Leave full screen (Esc)") if on else self.tr("Full screen (F11)"))
        self.full_screen_changed.emit(on)

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
        if word in MODE_WORDS:
            self.set_mode(MODE_WORDS[word])
            return None
        try:
            if self.mode == SHIP:
                verdict = self._ws.scan(code)
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
        self.scan(code)

    # --- commands -------------------------------------------------------------------

    def command(self, word: str) -> Verdict | None:
        """A command-sheet barcode (or its key): FINISH, CANCEL, FORCE, NEXT, UNDO."""
        word = word.upper()
        log.info("command %s in %s mode", word, self.mode)
        if word in MODE_WORDS:
            self.set_mode(MODE_WORDS[word])
        elif word == "NEXT":
            if self.verify_session is not None and self.verify_session.completed:
                self.verify_session = None
                self.verify_panel.show_session(None)
            self.show_idle()
        elif word == "FINISH":
            self.finish()
        elif word == "CANCEL":
            self.cancel()
        elif word == "FORCE":
            self.force_ship()
        elif word == "UNDO":
            self.undo_last_scan()
        else:
            return self._notice("command", "amber", self.tr("Unknown command"), word)
        return None

    def finish(self) -> None:
        if self.mode == VERIFY:
            session = self.verify_session
            if session is None or session.completed:
                self.verify_session = None
                self.verify_panel.show_session(None)
                self.show_idle()
            else:
                self.verify_override()
        elif self.mode == HANDOVER:
            self.close_batch()
        else:
            self.show_idle()

    def cancel(self) -> None:
        if self.mode == VERIFY and self.verify_session is not None and not self.verify_session.completed:
            number = self.verify_session.parcel_number
            self.verify_session = None
            self.verify_panel.show_session(None)
            self._notice(
                "verify_cancelled", "amber", self.tr("Verify cancelled"),
                self.tr("Parcel %1 was not verified. Scan the next parcel.").replace("%1", number),
            )
            return
        self.show_idle()

    # --- supervisor actions -------------------------------------------------------------

    def ask_supervisor(self, title: str, explanation: str, action: Callable[[str, str], Verdict]) -> PinDialog:
        """Open the PIN dialog without blocking; its verdict shows when the supervisor confirms."""
        dialog = PinDialog(title, explanation, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._supervised(dialog.result_value))
        dialog.finished.connect(lambda _result: setattr(self, "pin_dialog", None))
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def _supervised(self, verdict: object) -> None:
        if isinstance(verdict, Verdict):
            self.show_verdict(verdict)
            self.scanned.emit(verdict)

    def force_ship(self) -> None:
        code = self.last_intercepted
        if code is None:
            self._notice("nothing_to_force", "amber", self.tr("Nothing to force"), self.tr("Scan the stopped parcel first."))
            return
        self.ask_supervisor(
            self.tr("Force-ship"),
            self.tr("Ship the intercepted parcel %1 anyway? A supervisor confirms with PIN and reason.").replace("%1", code),
            lambda pin, reason: self._forced(self._ws.force_ship(code, pin, reason)),
        )

    def _forced(self, verdict: Verdict) -> Verdict:
        self.last_intercepted = None
        return verdict

    def undo_last_scan(self) -> None:
        self.ask_supervisor(
            self.tr("Undo last scan"),
            self.tr("Put the last shipped parcel back in the Scan queue? A supervisor confirms with PIN and reason."),
            self._ws.undo_last_scan,
        )

    def verify_override(self) -> None:
        session = self.verify_session
        if session is None or session.completed:
            return
        self.ask_supervisor(
            self.tr("Accept as packed"),
            self.tr("Parcel %1 still misses %2 items. A supervisor accepts it with PIN and reason.")
            .replace("%1", session.parcel_number).replace("%2", str(session.remaining())),
            lambda pin, reason: self._verified(session, self._ws.verify_override(session, pin, reason)),
        )

    # --- verify mode --------------------------------------------------------------------

    def _scan_verify(self, code: str) -> Verdict:
        session = self.verify_session
        if session is None or session.completed:
            session, verdict = self._ws.verify_start(code)
            self.verify_session = session
            self.verify_panel.show_session(session)
            self.show_verdict(verdict)
            return verdict
        verdict = self._ws.verify_item(session, code)
        self.verify_panel.show_session(session)
        self.show_verdict(verdict, remaining=session.remaining())
        if verdict.kind == "verified":
            self._verified(session, verdict)
        return verdict

    def _verified(self, session: VerifySession, verdict: Verdict) -> Verdict:
        self.verify_panel.show_session(session)
        if self.verify_panel.print_after.isChecked():
            self.print_label(session.parcel_id)
        return verdict

    def print_label(self, parcel_id: int) -> None:
        """Print-after-verify: the label comes off the printer while the packer tapes the box."""
        ws = self._ws
        status = self.verify_panel.print_status
        status.setText(self.tr("Printing the label…"))
        status.setStyleSheet("color: #555;")

        def work() -> object:
            return ws.run_print_job(ws.create_print_job([parcel_id]))

        def done(progress: object) -> None:
            status.setText(self.tr("Label printed"))
            status.setStyleSheet(f"color: {COLOURS['green']}; font-weight: bold;")
            self.label_printed.emit(progress)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ShipbenchError):
                log.error("print after verify failed", exc_info=exc)
            status.setText(self.tr("Label not printed: %1").replace("%1", str(exc)))
            status.setStyleSheet(f"color: {COLOURS['red']}; font-weight: bold;")
            self.label_printed.emit(exc)

        run_in_background(self, work, done, failed)

    def weigh(self) -> None:
        """Read the bench scale into the parcel on the table; a weight far off its contents warns."""
        status = self.verify_panel.weight_status
        session = self.verify_session
        if self.mode != VERIFY or session is None:
            status.setText(self.tr("Scan a parcel first, then weigh it"))
            return
        scale = scale_settings()
        if scale is None:
            status.setText(self.tr("Set up the scale under Test scanner / scale first"))
            status.setStyleSheet(f"color: {COLOURS['amber']}; font-weight: bold;")
            return
        ws, code = self._ws, session.tracking_number or session.parcel_number
        status.setText(self.tr("Weighing…"))
        status.setStyleSheet("color: #555;")

        def work() -> object:
            from scanners.scale import ScaleError, SerialScale

            port, protocol, baud = scale
            device = SerialScale(port, protocol=protocol, baudrate=baud)
            try:
                reading = device.read_stable(5.0)
            except ScaleError as exc:
                return str(exc)
            finally:
                device.close()
            return ws.record_weight(code, int(reading.grams))

        def done(result: object) -> None:
            if isinstance(result, str):
                status.setText(result)
                status.setStyleSheet(f"color: {COLOURS['red']}; font-weight: bold;")
                return
            warning = getattr(result, "warning", None)
            grams = getattr(result, "actual_grams", 0)
            status.setText(warning or self.tr("%1 g recorded").replace("%1", str(grams)))
            colour = COLOURS["amber"] if warning else COLOURS["green"]
            status.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.weighed.emit(result)

        run_in_background(self, work, done)

    # --- handover mode ------------------------------------------------------------------

    def _load_carriers(self) -> None:
        try:
            self.handover_panel.set_carriers(self._ws.carriers())
        except ShipbenchError as exc:
            log.warning("carriers not loaded: %s", exc)

    def open_batch(self, carrier_account_id: int | None = None) -> int | None:
        account = carrier_account_id if carrier_account_id is not None else self.handover_panel.carrier_id()
        if account is None:
            self._notice("no_carrier", "red", self.tr("No carrier"), self.tr("Set up a carrier before a handover."))
            return None
        try:
            self.batch_id = self._ws.handover_open(account)
        except ShipbenchError as exc:
            self._notice("error", "red", self.tr("Batch not opened"), str(exc))
            return None
        self._refresh_handover()
        return self.batch_id

    def _refresh_handover(self) -> HandoverSummary | None:
        if self.batch_id is None:
            self.handover_panel.show_summary(None)
            return None
        try:
            summary = self._ws.handover_summary(self.batch_id)
        except ShipbenchError as exc:
            log.warning("handover summary failed: %s", exc)
            return None
        self.batch_carrier = summary.carrier
        self.handover_panel.show_summary(summary)
        return summary

    def _scan_handover(self, code: str) -> Verdict | None:
        if self.batch_id is None and self.open_batch() is None:
            return None
        assert self.batch_id is not None
        verdict = self._ws.handover_scan(self.batch_id, code)
        self.show_verdict(verdict)
        self._refresh_handover()
        return verdict

    def close_batch(self) -> None:
        """The driver signed: close the batch, asking first when parcels are missing."""
        summary = self._refresh_handover()
        if summary is None or summary.status != "open":
            self.show_idle()
            return
        if not summary.missing:
            self._close_batch(allow_missing=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Close the handover?"),
            plural(
                "ScanStation",
                "%n printed parcel was not scanned into the van. Close the batch without it?",
                "%n printed parcels were not scanned into the van. Close the batch without them?",
                len(summary.missing),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._close_batch(allow_missing=True))
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _close_batch(self, *, allow_missing: bool) -> None:
        if self.batch_id is None:
            return
        try:
            closed = self._ws.handover_close(self.batch_id, allow_missing=allow_missing)
        except ShipbenchError as exc:
            self._notice("error", "red", self.tr("Batch not closed"), str(exc))
            return
        self.handover_panel.show_summary(closed)
        self.last_batch_id, self.batch_id = self.batch_id, None
        self._notice(
            "handover_closed", "green", self.tr("Handed over"),
            plural("ScanStation", "%n parcel handed to %1", "%n parcels handed to %1", closed.scanned).replace("%1", closed.carrier),
        )

    def save_manifest(self, path: str | None = None) -> str | None:
        """The driver's copy: every parcel of the batch with its tracking barcode, as a PDF."""
        batch = self.batch_id or getattr(self, "last_batch_id", None)
        if batch is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the manifest"), f"manifest-{batch}.pdf", self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        try:
            with open(path, "wb") as out:
                out.write(self._ws.document("manifest", [batch]))
        except (OSError, ShipbenchError) as exc:
            self._notice("error", "red", self.tr("Manifest not saved"), str(exc))
            return None
        return path

    def start_device_inputs(self) -> None:
        """Listen to the serial scanner configured on this PC (set in the scanner test panel)."""
        self.serial_input.start_from_settings()

    def scan_from_device(self, code: str) -> None:
        show = getattr(self.window(), "show_scan_station", None)
        if callable(show):
            show()
        self.scan(code)

    def _device_status(self, text: str) -> None:
        self.device_status.setText(self.tr("Serial scanner: %1").replace("%1", text))

    def shutdown(self) -> None:
        """Stop the timers and any serial port the test panel opened (the window is closing)."""
        self.serial_input.stop()
        self._figures_soon.stop()
        self.figures.timer.stop()
        if self.scanner_test is not None:
            self.scanner_test.stop()

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


def _qcolour(colour: str) -> QColor:
    return QColor(COLOURS.get(colour, COLOURS["red"]))
