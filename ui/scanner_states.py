"""What a scanner's reader thread says about its device, in the user's language.

``scanners/`` reports a state word from a closed set (``connected``, ``stopped``,
``disconnected — waiting for the scanner``…), sometimes followed by the system's own
detail in brackets (an OS error, the port). The words are listed here for the
translators; the detail stays as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ScannerStates"

STATES = (
    QT_TRANSLATE_NOOP("ScannerStates", "connected"),
    QT_TRANSLATE_NOOP("ScannerStates", "stopped"),
    QT_TRANSLATE_NOOP("ScannerStates", "disconnected — waiting for the scanner"),
    QT_TRANSLATE_NOOP("ScannerStates", "failed: see the log"),
    QT_TRANSLATE_NOOP("ScannerStates", "connected without exclusive access — its keys also reach the focused window"),
    QT_TRANSLATE_NOOP(
        "ScannerStates",
        "unavailable — the Python package 'evdev' is not installed; use the keyboard-wedge mode instead",
    ),
    QT_TRANSLATE_NOOP(
        "ScannerStates",
        "unavailable — the Python package 'hidapi' is not installed; use the keyboard-wedge or serial mode instead",
    ),
)
_DETAIL = re.compile(r"(?P<state>.+?)(?: \((?P<detail>.*)\))?")


def scanner_status_text(status: str) -> str:
    """``disconnected — waiting for the scanner (No such file)`` → the words translated, the detail kept."""
    found = _DETAIL.fullmatch(status)
    if found is None or found["state"] not in STATES:
        return status if status not in STATES else QCoreApplication.translate(CONTEXT, status)
    words = QCoreApplication.translate(CONTEXT, found["state"])
    return f"{words} ({found['detail']})" if found["detail"] is not None else words


__all__ = ["STATES", "scanner_status_text"]
