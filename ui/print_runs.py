"""Running print jobs off the GUI thread, with a progress dialog and a pause flag.

The Print action, the print queue's Resume and the reprint dialog all run jobs the
same way; the print queue's Pause finds the running job's flag here. The flag is read
by ``should_stop`` before each label, so a pause never cuts a label in half.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.printing import JobProgress
from app.workstation import Workstation

_lock = threading.Lock()
_flags: dict[int, threading.Event] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintRuns", text)


def run_job(ws: Workstation, job_id: int, stop: threading.Event, report: Callable[[object], None]) -> JobProgress:
    """Run one job in the calling (worker) thread; while it runs, ``pause(job_id)`` stops it."""
    with _lock:
        _flags[job_id] = stop
    try:
        return ws.printing.run_print_job(job_id, progress=report, should_stop=stop.is_set)
    finally:
        with _lock:
            if _flags.get(job_id) is stop:
                del _flags[job_id]


def running() -> set[int]:
    with _lock:
        return set(_flags)


def pause(job_id: int) -> bool:
    """Ask a running job to stop before its next label; False if it is not running here."""
    with _lock:
        flag = _flags.get(job_id)
    if flag is None:
        return False
    flag.set()
    return True


def progress_dialog(
    parent: QWidget, stop: threading.Event
) -> tuple[QProgressDialog, Callable[[object], None], Callable[[], None]]:
    """A window-modal progress dialog whose Stop sets ``stop``: (dialog, on_progress, close)."""
    dialog = QProgressDialog(tr("Sending labels to the printer…"), tr("Stop"), 0, 0, parent)
    dialog.setWindowTitle(tr("Printing"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    dialog.show()

    def on_progress(p: object) -> None:
        if isinstance(p, JobProgress):
            dialog.setMaximum(p.total)
            dialog.setValue(p.printed)
            dialog.setLabelText(tr("Printed %1 of %2 labels").replace("%1", str(p.printed)).replace("%2", str(p.total)))

    def close() -> None:
        dialog.canceled.disconnect(stop.set)
        dialog.close()
        dialog.deleteLater()

    return dialog, on_progress, close
