"""The verdict box: one huge colour, title and message per scan, its sound, the history, full screen.

A packer looks at it from an arm's length away with a parcel in both hands, so the
verdict fills the box in green, amber or red, with text that meets WCAG AA contrast on
its colour. The verdict box is repainted at once, before anything else the scan causes.
A red verdict stays until the packer acknowledges it (Enter, Space or ``SB-CMD:OK``);
scans arriving meanwhile are refused and not recorded, so a red cannot scroll away
unseen. A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import datetime as dt
import logging
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
from app.verify import VerifySession
from ui.i18n import plural
from ui.sounds import SoundPlayer, sound_for
from ui.station_modes import HANDOVER, SHIP, VERIFY
from ui.station_texts import verdict_texts

log = logging.getLogger(__name__)

CONTEXT = "ScanStation"

COLOURS = {"green": "#167a33", "amber": "#e0a100", "red": "#c62828", "idle": "#5f6368"}
# The text on each verdict colour: at least 4.5:1 (WCAG AA) — dark on amber, white elsewhere.
TEXT_ON = {"green": "#ffffff", "amber": "#1f1f1f", "red": "#ffffff", "idle": "#ffffff"}
# The same meanings as text on the window's light background (freshness, weighing, printing).
INK = {"green": "#167a33", "amber": "#8a5a00", "red": "#c62828", "idle": "#555555"}
HISTORY = 10


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class VerdictDisplay:
    """Paints verdicts (the services' and the station's own) and keeps the last scans."""

    colour: str
    mode: str
    awaiting_ack: Verdict | None  # the red verdict the packer has not acknowledged yet
    verify_session: VerifySession | None
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
        self.ack_hint = QLabel(self.verdict_box)
        self.ack_hint.setObjectName("verdictAck")
        ack_font = QFont(self.font())
        ack_font.setPointSize(16)
        ack_font.setBold(True)
        self.ack_hint.setFont(ack_font)
        self.ack_hint.hide()
        for label in (self.title, self.message, self.ack_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        box = QVBoxLayout(self.verdict_box)
        box.setContentsMargins(32, 16, 32, 16)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.message)
        box.addWidget(self.ack_hint)
        box.addStretch(1)
        self.awaiting_ack = None
        self.colour = "idle"
        self.verdict_box.setStyleSheet(_box_style("idle"))

    def _paint(self, colour: str, title: str, message: str) -> None:
        if colour != self.colour:
            self.colour = colour
            self.verdict_box.setStyleSheet(_box_style(colour))
        self.title.setText(title)
        self.message.setText(message)

    def _paint_now(self) -> None:
        """Repaint the verdict box before returning: the packer sees it before any other work."""
        layout = self.verdict_box.layout()
        if layout is not None:
            layout.activate()
        self.verdict_box.repaint()

    def show_idle(self) -> None:
        prompts = {
            SHIP: _t("Ready — scan a parcel label"),
            VERIFY: _t("Verify — scan a parcel label or packing slip"),
            HANDOVER: _t("Handover — scan each parcel as it goes into the van"),
        }
        self._clear_ack()
        self._paint("idle", _t("Ready"), prompts[self.mode])

    def show_verdict(self, verdict: Verdict, *, remaining: int | None = None) -> None:
        """Paint the verdict in the packer's language, sound it, and add it to the history."""
        colour = verdict.colour if verdict.colour in COLOURS else "red"
        title, message = verdict_texts(verdict, carrier=self.batch_carrier, remaining=remaining)
        self._paint(colour, title, message)
        if colour == "red":
            self.awaiting_ack = verdict
            self.ack_hint.setText(_t("Press Enter or scan OK to go on"))
            self.ack_hint.show()
        else:
            self._clear_ack()
        self._paint_now()
        self.sound.play(sound_for(colour))
        self._add_history(verdict.code, colour, f"{title} — {message}" if message else title)

    def _add_history(self, code: str, colour: str, text: str) -> None:
        when = dt.datetime.now().strftime("%H:%M:%S")
        self._history.appendleft((when, code, colour, text))
        self.history.setRowCount(len(self._history))
        for row, (at, scanned, c, words) in enumerate(self._history):
            for column, value in enumerate((at, scanned, words)):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setForeground(QColor(TEXT_ON.get(c, "#ffffff")))
                    item.setBackground(_qcolour(c))
                self.history.setItem(row, column, item)

    # --- acknowledging a red verdict ----------------------------------------------------

    def _clear_ack(self) -> None:
        self.awaiting_ack = None
        if not self.ack_hint.isHidden():
            self.ack_hint.hide()

    def acknowledge(self) -> bool:
        """The packer saw the red (Enter, Space or ``SB-CMD:OK``): the next scan is taken."""
        if self.awaiting_ack is None:
            return False
        log.info("red verdict %s acknowledged", self.awaiting_ack.kind)
        self._after_ack()
        self._paint_now()
        return True

    def _after_ack(self) -> None:
        session = self.verify_session
        if self.mode == VERIFY and session is not None and not session.completed:
            self._clear_ack()  # back to the parcel on the table
            remaining = plural(CONTEXT, "%n more to pack", "%n more to pack", session.remaining())
            self._paint("idle", _t("Go on packing"), remaining)
        else:
            self.show_idle()

    def refuse_unacknowledged(self, code: str) -> Verdict:
        """A scan while a red waits: not taken, not recorded; the red stays and says why."""
        log.info(
            "scan refused: the red verdict %s is not acknowledged", self.awaiting_ack.kind if self.awaiting_ack else ""
        )
        title = _t("Not taken: acknowledge the red first")
        self.ack_hint.setText(title + " — " + _t("press Enter or scan OK, then scan again"))
        self.ack_hint.show()
        self._paint_now()
        self.sound.play(sound_for("red"))
        self._add_history(code, "red", title)
        return Verdict("unacknowledged", "red", title, "", code)

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


def _box_style(colour: str) -> str:
    return (
        f"QFrame#verdictBox {{ background-color: {COLOURS[colour]}; border-radius: 12px; }}"
        f" QFrame#verdictBox QLabel {{ color: {TEXT_ON[colour]}; background: transparent; }}"
    )


def _qcolour(colour: str) -> QColor:
    return QColor(COLOURS.get(colour, COLOURS["red"]))
