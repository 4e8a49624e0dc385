"""What a printer says about itself (``printers.status``), in the user's language.

``printers/`` words each status in English for the CLI and the logs and carries a code
(``PrinterStatus.code``, one of ``printers.status.CODES``); the GUI words the code here.
A status without a code (an error the printer code did not word) shows its message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from printers.status import PrinterStatus

CONTEXT = "PrinterStates"

TEXTS = {
    "ready": QT_TRANSLATE_NOOP("PrinterStates", "Ready."),
    "ready_paper_near_end": QT_TRANSLATE_NOOP(
        "PrinterStates", "Ready; the paper roll is nearly empty — have a new one at hand."
    ),
    "head_open": QT_TRANSLATE_NOOP("PrinterStates", "The print head is open. Close it firmly, then press Feed."),
    "paper_out": QT_TRANSLATE_NOOP("PrinterStates", "The printer is out of labels. Load a new roll, then press Feed."),
    "ribbon_out": QT_TRANSLATE_NOOP("PrinterStates", "The ribbon has run out. Load a new ribbon, then press Feed."),
    "cover_open": QT_TRANSLATE_NOOP("PrinterStates", "The printer cover is open. Close it, then print again."),
    "head_too_hot": QT_TRANSLATE_NOOP(
        "PrinterStates", "The print head is too hot. Let the printer cool down for a few minutes."
    ),
    "head_too_cold": QT_TRANSLATE_NOOP(
        "PrinterStates", "The print head is too cold to print well. Wait for it to warm up."
    ),
    "corrupt_ram": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer reports a memory fault (corrupt RAM). Switch it off and on again."
    ),
    "paper_jam": QT_TRANSLATE_NOOP(
        "PrinterStates", "Labels are jammed in the printer. Open it, clear the jam, then press Feed."
    ),
    "cutter_error": QT_TRANSLATE_NOOP(
        "PrinterStates", "The cutter is stuck. Clear it and switch the printer off and on again."
    ),
    "unrecoverable_error": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer reports a fault it cannot recover from. Switch it off and on again."
    ),
    "recoverable_error": QT_TRANSLATE_NOOP("PrinterStates", "The printer reports a fault. Check it, then press Feed."),
    "temperature_out_of_range": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer is too hot or too cold to print. Let it settle."
    ),
    "paused": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer is paused. Press its Pause button to resume, then print again."
    ),
    "offline": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer is offline (not ready). Check it, then press its Feed or Online button."
    ),
    "buffer_full": QT_TRANSLATE_NOOP(
        "PrinterStates", "The printer's memory is full. Wait for it to finish printing, then print again."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "PrinterStates",
        "The printer gave an answer that cannot be read as a status. Check that the printer language "
        "in Settings matches the printer, then try again.",
    ),
    "no_answer": QT_TRANSLATE_NOOP(
        "PrinterStates",
        "The printer is offline / not answering. Check that it is switched on and connected, "
        "and that the printer language in Settings is right.",
    ),
    "no_answer_within": QT_TRANSLATE_NOOP(
        "PrinterStates",
        "The printer is offline / not answering (no status within %1 s). Check that it is switched on and "
        "connected, and that the printer language in Settings is right.",
    ),
    "one_way": QT_TRANSLATE_NOOP(
        "PrinterStates",
        "This printer connection is one-way, so its status cannot be checked; watch the printer itself.",
    ),
    "cannot_report": QT_TRANSLATE_NOOP("PrinterStates", "Printers speaking %1 cannot report their status."),
    "connection_error": QT_TRANSLATE_NOOP("PrinterStates", "The printer cannot be reached: %1"),
}
# The one-word state, when a status has no sentence.
STATES = {
    "ready": QT_TRANSLATE_NOOP("PrinterStates", "ready"),
    "paper_out": QT_TRANSLATE_NOOP("PrinterStates", "out of labels"),
    "head_open": QT_TRANSLATE_NOOP("PrinterStates", "head open"),
    "paused": QT_TRANSLATE_NOOP("PrinterStates", "paused"),
    "ribbon_out": QT_TRANSLATE_NOOP("PrinterStates", "out of ribbon"),
    "error": QT_TRANSLATE_NOOP("PrinterStates", "fault"),
    "offline": QT_TRANSLATE_NOOP("PrinterStates", "offline"),
    "unknown": QT_TRANSLATE_NOOP("PrinterStates", "unknown"),
}
# The values a code's %1 is filled with.
PARAMS = {"no_answer_within": "timeout", "cannot_report": "language", "connection_error": "error"}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: PrinterStatus) -> str:
    """Every fault the printer reports, most urgent first; else what its code says; else its message."""
    faults = [f for f in status.details.get("faults") or () if isinstance(f, str)]
    if faults and all(f in TEXTS for f in faults):
        return " ".join(_t(TEXTS[f]) for f in faults)
    template = TEXTS.get(status.code)
    if template is not None:
        value = status.params.get(PARAMS.get(status.code, ""), "")
        return _t(template).replace("%1", str(value))
    return status.message or state_text(status.state)


def state_text(state: str) -> str:
    return _t(STATES[state]) if state in STATES else state


__all__ = ["STATES", "TEXTS", "state_text", "status_text"]
