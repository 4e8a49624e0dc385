"""The verdict box: one huge colour, title and message per scan, its sound, the history, full screen.

A packer looks at it from an arm's length away with a parcel in both hands, so the
verdict fills the box in green, amber or red. A mixin of ``ScanStation``: its texts
are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.scanning import Verdict
from ui.sounds import SoundPlayer, sound_for
from ui.station_modes import HANDOVER, SHIP, VERIFY
from ui.station_texts import verdict_texts

CONTEXT = "ScanStation"

COLOURS = {"green": "#1b8a3a", "amber": "#e0a100", "red": "#c62828", "idle": "#5f6368"}
HISTORY = 10


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class VerdictDisplay:
    """Paints verdicts (the services' and the station's own) and keeps the last scans."""

    colour: str
    mode: str
    full_screen: bool
    batch_carrier: str
    sound: SoundPlayer
    history: QTableWidget
    full_screen_button: QPushButton
    full_screen_changed: Any  # Signal(bool)
    _history: deque[tuple[str, str, str, str]]

    if TYPE_CHECKING:
        def font(self) -> QFont: ...
        def window(self) -> Any: ...

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
            SHIP: _t("Ready — scan a parcel label"),
            VERIFY: _t("Verify — scan a parcel label or packing slip"),
            HANDOVER: _t("Handover — scan each parcel as it goes into the van"),
        }
        self._paint("idle", _t("Ready"), prompts[self.mode])

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

    # --- full screen ------------------------------------------------------------------

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
        self.full_screen_button.setText(_t("Leave full screen (Esc)") if on else _t("Full screen (F11)"))
        self.full_screen_changed.emit(on)


def _qcolour(colour: str) -> QColor:
    return QColor(COLOURS.get(colour, COLOURS["red"]))
