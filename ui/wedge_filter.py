"""Keyboard-wedge scanners, told apart from typing whatever widget has focus.

A wedge scanner types its code as key presses into the focused widget. This filter
sits on the QApplication, feeds each key to ``scanners.wedge.WedgeDecoder`` and holds
keys back for a few milliseconds: a complete scan becomes the ``scanned`` signal (and
never lands in a text field), while a person's keys are replayed, in order, into the
widget that had focus.

Keys are timed by their own timestamps (``QKeyEvent.timestamp()``, when the window
system made them), not by when this thread got round to them: a GUI thread busy
painting a verdict would otherwise see a scanner's keys arrive in clumps and gaps.
Synthetic events without a timestamp fall back to the clock.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from scanners.wedge import Scanned, Typed, WedgeDecoder, WedgeEvent, WedgeSettings

log = logging.getLogger(__name__)

_TERMINATOR_KEYS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}
_CHAR_KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def key_text(event: QKeyEvent) -> str:
    """The characters a key press feeds to the decoder; "" for keys that are not text."""
    if event.modifiers() & _SHORTCUT_MODIFIERS:
        return ""
    mapped = _TERMINATOR_KEYS.get(Qt.Key(event.key()))
    if mapped is not None:
        return mapped
    text = event.text()
    return text if text and text.isprintable() else ""


class WedgeFilter(QObject):
    """Application event filter: scans out, typing through. The clock is injectable for tests."""

    scanned = Signal(str)
    # Every text key as it arrives, with the gap since the previous one in ms (the
    # scanner test panel shows them: a scanner types a few ms apart, a person ~100+).
    keyed = Signal(str, float)

    def __init__(
        self,
        decoder: WedgeDecoder | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.decoder = decoder or WedgeDecoder()
        self._clock = clock
        self._replaying = False
        self._target: QWidget | None = None
        self._last_key: float | None = None
        self._offset = 0.0  # clock minus key time, at the latest key: maps the timer onto key time
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, (QWidget, QWindow)):
            return False
        assert isinstance(event, QKeyEvent)
        text = key_text(event)
        if not text:
            # Not text (arrows, Backspace, shortcuts): release held keys first, keep the order.
            if self.decoder.buffering:
                deadline = self.decoder.deadline()
                self._handle(self.decoder.poll(deadline if deadline is not None else self._now()))
            return False
        now = self._key_time(event)
        gap = (now - self._last_key) * 1000 if self._last_key is not None else -1.0
        self._last_key = now
        if not self.decoder.buffering:
            self._target = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
        self.keyed.emit(text, gap)
        self._handle(self.decoder.feed(text, now))
        return True

    def poll(self) -> None:
        """Release keys held past the deadline; the timer calls this, tests may too."""
        self._handle(self.decoder.poll(self._now()))

    def _key_time(self, event: QKeyEvent) -> float:
        """When the key was pressed, in seconds on the decoder's timeline."""
        clock = self._clock()
        stamp = event.timestamp()
        if not stamp:
            return clock - self._offset
        at = stamp / 1000
        if self._last_key is not None and at < self._last_key:
            at = self._last_key  # a wrapped or reset window-system clock: never run backwards
        self._offset = clock - at
        return at

    def _now(self) -> float:
        """Now on the key timeline (the latest key's processing delay is kept, which errs late)."""
        return self._clock() - self._offset

    def _handle(self, events: list[WedgeEvent]) -> None:
        for event in events:
            if isinstance(event, Scanned):
                log.debug("wedge scan decoded")
                self._target = None
                self.scanned.emit(event.code)
            elif isinstance(event, Typed) and event.text:
                self._replay(event.text)
        self._arm()

    def _arm(self) -> None:
        deadline = self.decoder.deadline()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((deadline - self._now()) * 1000))
        self._timer.start(wait_ms)

    def _replay(self, text: str) -> None:
        """Send the held keys to the focused widget as if typed now; the filter stands aside."""
        self._replaying = True
        try:
            for char in text:
                target = QApplication.focusWidget() or self._target
                if target is None:
                    log.debug("no widget has focus; %d typed keys dropped", len(text))
                    return
                # Printable ASCII keys share their code with the upper-case character.
                key = _CHAR_KEYS.get(char) or (ord(char.upper()) if char.isascii() and char.isprintable() else 0)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        finally:
            self._replaying = False
            self._target = None


def load_wedge_settings() -> WedgeSettings:
    """This PC's keyboard-scanner settings (timing, prefix, suffix), or the defaults."""
    stored = QSettings("Shipbench", "Shipbench")
    default = WedgeSettings()
    try:
        max_interval = float(stored.value("wedge/max_interval_ms", default.max_interval * 1000)) / 1000
        # Settings saved before calibration existed have no usual gap: the default, within the largest.
        key_interval = min(
            float(stored.value("wedge/key_interval_ms", default.key_interval * 1000)) / 1000, max_interval
        )
        return WedgeSettings(
            max_interval=max_interval,
            key_interval=key_interval,
            min_length=int(stored.value("wedge/min_length", default.min_length)),
            prefix=str(stored.value("wedge/prefix", default.prefix) or ""),
            suffix=str(stored.value("wedge/suffix", default.suffix) or ""),
        )
    except (TypeError, ValueError):
        log.warning("keyboard scanner settings are invalid; using the defaults")
        return default


def save_wedge_settings(settings: WedgeSettings) -> None:
    stored = QSettings("Shipbench", "Shipbench")
    stored.setValue("wedge/max_interval_ms", round(settings.max_interval * 1000))
    stored.setValue("wedge/key_interval_ms", round(settings.key_interval * 1000))
    stored.setValue("wedge/min_length", settings.min_length)
    stored.setValue("wedge/prefix", settings.prefix)
    stored.setValue("wedge/suffix", settings.suffix)
