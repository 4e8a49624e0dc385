"""Run something once a window has painted: work the first sight of it need not wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint (its children paint with it)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``widget`` has painted for the first time.

    Not a zero timer: one started before ``show()`` fires before the paint.
    """
    widget.installEventFilter(_FirstPaint(widget, then))
