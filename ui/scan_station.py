"""The packer's screen: one huge, unmistakable verdict per scan.

A packer looks at it from an arm's length away with a parcel in both hands, so the
verdict fills the screen in green, amber or red; the rest (history, manual entry,
data freshness) is small and below it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.scanning import Verdict
from app.workstation import Status, Workstation
from ui.i18n import plural

log = logging.getLogger(__name__)

COLOURS = {"green": "#1b8a3a", "amber": "#e0a100", "red": "#c62828", "idle": "#5f6368"}
HISTORY = 10


def _ago(when: dt.datetime, now: dt.datetime) -> int:
    """Whole minutes since ``when`` (stored in UTC; naive values are UTC too)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int((now - when).total_seconds() // 60))


class ScanStation(QWidget):
    """Turns a scanned code into a verdict through ``Workstation.scan``; emits ``scanned``."""

    scanned = Signal(object)  # Verdict

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._history: deque[tuple[str, str, Verdict]] = deque(maxlen=HISTORY)
        self.colour = "idle"

        self.verdict_box = QFrame(self)
        self.verdict_box.setObjectName("verdictBox")
        self.verdict_box.setMinimumHeight(300)
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
        box.setContentsMargins(32, 24, 32, 24)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.message)
        box.addStretch(1)

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

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict_box, 3)
        layout.addLayout(entry_row)
        layout.addWidget(QLabel(self.tr("Last scans"), self))
        layout.addWidget(self.history, 2)
        self.show_idle()

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
        self._paint("idle", self.tr("Ready"), self.tr("Ready — scan a parcel label"))

    def show_verdict(self, verdict: Verdict) -> None:
        self._paint(verdict.colour if verdict.colour in COLOURS else "red", verdict.title, verdict.message)
        when = dt.datetime.now().strftime("%H:%M:%S")
        self._history.appendleft((when, verdict.code, verdict))
        self.history.setRowCount(len(self._history))
        for row, (at, code, v) in enumerate(self._history):
            cells = (at, code, f"{v.title} — {v.message}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(_qcolour(v.colour))
                self.history.setItem(row, column, item)

    def update_status(self, status: Status, now: dt.datetime | None = None) -> None:
        """How fresh the marketplace data is: a cancel not pulled yet cannot turn a scan red."""
        now = now or dt.datetime.now(dt.UTC)
        syncs = [r.last_sync for r in status.remotes if r.kind == "shop" and r.last_sync is not None]
        if not syncs:
            self.freshness.setText(self.tr("Orders not synced yet"))
            self.freshness.setStyleSheet("color: #c62828;")
            return
        minutes = _ago(min(syncs), now)
        text = self.tr("Orders synced just now") if minutes < 1 else plural("ScanStation", "Orders last synced %n min ago", "Orders last synced %n min ago", minutes)
        self.freshness.setText(text)
        self.freshness.setStyleSheet("color: #c62828;" if minutes >= 15 else "color: #555;")

    # --- scanning -------------------------------------------------------------------

    def scan(self, code: str) -> Verdict | None:
        """One scan: a fast local write, so it runs here; the verdict shows at once."""
        code = code.strip()
        if not code:
            return None
        try:
            verdict = self._ws.scan(code)
        except ShipbenchError as exc:
            log.warning("scan of %r failed: %s", code, exc)
            verdict = Verdict("error", "red", self.tr("Scan not recorded"), str(exc), code)
        log.info("scan %s -> %s", code, verdict.kind)
        self.show_verdict(verdict)
        self.scanned.emit(verdict)
        return verdict

    def _scan_entry(self) -> None:
        code = self.entry.text()
        self.entry.clear()
        self.scan(code)


def _qcolour(colour: str) -> QColor:
    return QColor(COLOURS.get(colour, COLOURS["red"]))
