"""Batch actions on the selected orders: approve, hold, request waybills, print, sync.

Each runs through ``ui.operations.run_in_background`` so the window stays responsive
while a printer or the network is slow; when it ends the window refreshes its queues.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QStatusBar, QWidget

from app.printing import JobProgress
from app.workstation import Workstation
from ui import print_runs
from ui.i18n import plural
from ui.operations import run_in_background, show_failure
from ui.print_setup import PrintChoice, PrintSetupDialog, remembered
from ui.reprint_dialog import ReprintDialog, printed_parcels

log = logging.getLogger(__name__)


class Host(Protocol):
    """What the actions need from the main window."""

    def selected_order_ids(self) -> list[int]: ...

    def refresh_all(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class BatchActions(QObject):
    """The toolbar's work; ``finished(name)`` fires after every action, success or not."""

    finished = Signal(str)

    def __init__(self, ws: Workstation, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self._ws = ws
        self._window = window
        self._host = host

    # --- helpers --------------------------------------------------------------------

    def _run(
        self,
        name: str,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None],
        *,
        on_progress: Callable[[Any], None] | None = None,
        cleanup: Callable[[], None] = lambda: None,
    ) -> None:
        def success(result: Any) -> None:
            cleanup()
            try:
                on_success(result)
            finally:
                self._host.refresh_all()
                self.finished.emit(name)

        def failure(exc: BaseException) -> None:
            cleanup()
            try:
                show_failure(self._window, exc)
            finally:
                self._host.refresh_all()
                self.finished.emit(name)

        run_in_background(self._window, fn, success, failure, on_progress=on_progress)

    def _say(self, text: str) -> None:
        self._host.statusBar().showMessage(text, 10_000)

    def _selection(self) -> list[int] | None:
        ids = self._host.selected_order_ids()
        if not ids:
            self._say(self.tr("Select one or more orders first"))
        return ids or None

    # --- the actions ----------------------------------------------------------------

    def approve(self) -> None:
        ids = self._selection()
        if ids is None:
            return

        def done(result: Any) -> None:
            text = plural("BatchActions", "Approved %n order", "Approved %n orders", len(result.approved))
            if result.refused:
                text += " · " + plural("BatchActions", "%n still needs a fix (see the reasons)", "%n still need a fix (see the reasons)", len(result.refused))
            self._say(text)

        self._run("approve", lambda: self._ws.approve(ids), done)

    def hold(self) -> None:
        ids = self._selection()
        if ids is None:
            return
        reason, ok = QInputDialog.getText(
            self._window, self.tr("Hold orders"), plural("BatchActions", "Why hold this order?", "Why hold these %n orders?", len(ids))
        )
        if not ok or not reason.strip():
            return
        self._run(
            "hold",
            lambda: self._ws.hold(ids, reason.strip()),
            lambda held: self._say(plural("BatchActions", "Held %n order", "Held %n orders", len(held))),
        )

    def request_waybills(self) -> None:
        ids = self._selection()
        if ids is None:
            return

        def done(result: Any) -> None:
            text = plural("BatchActions", "Waybill requested for %n parcel; it arrives in the background", "Waybills requested for %n parcels; they arrive in the background", len(result.queued))
            if result.skipped:
                text += " · " + plural("BatchActions", "%n skipped", "%n skipped", len(result.skipped))
            self._say(text)

        self._run("request_waybills", lambda: self._ws.request_waybills(ids), done)

    def print_labels(self) -> None:
        """Ask which printer and in which order (remembered), then print; with no printer set up, just print."""
        ids = self._selection()
        if ids is None:
            return
        if not self._ws.printers():  # nothing to choose: the default folder printer
            self._print(ids, remembered(self._ws))
            return
        dialog = PrintSetupDialog(self._ws, len(self._ws.printable_parcels(ids)), self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._print(ids, dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.print_setup_dialog = dialog
        dialog.open()

    def _print(self, ids: list[int], choice: PrintChoice) -> None:
        ws = self._ws
        stop = threading.Event()
        _dialog, progress, close = print_runs.progress_dialog(self._window, stop)

        def work(report: Callable[[object], None]) -> list[JobProgress]:
            results = [print_runs.run_job(ws, job, stop, report) for job in ws.unfinished_print_jobs()]
            if stop.is_set() or any(r.status != "done" for r in results):
                return results
            parcels = ws.printable_parcels(ids)
            if parcels or not results:
                job = ws.create_print_job(parcels, choice.uri, order_by=choice.order_by, reverse=choice.reverse)
                results.append(print_runs.run_job(ws, job, stop, report))
            return results

        def done(results: list[JobProgress]) -> None:
            printed = sum(r.printed for r in results)
            stopped = [r for r in results if r.status != "done"]
            if stopped:
                r = stopped[0]
                QMessageBox.warning(
                    self._window,
                    self.tr("Printing stopped"),
                    self.tr("Printed %1 of %2 labels. Stopped: %3\n\nPrint again to resume.")
                    .replace("%1", str(r.printed)).replace("%2", str(r.total)).replace("%3", r.error or r.status),
                )
            self._say(plural("BatchActions", "Printed %n label to ", "Printed %n labels to ", printed) + (choice.printer or choice.uri))

        self._run("print", work, done, on_progress=progress, cleanup=close)

    def reprint(self) -> None:
        """Print the selected orders' printed labels again, with a required reason."""
        ids = self._selection()
        if ids is None:
            return
        dialog = ReprintDialog(self._ws, len(ids), self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._reprint(ids, dialog.reason(), dialog.printer_uri()))
        dialog.finished.connect(dialog.deleteLater)
        self.reprint_dialog = dialog
        dialog.open()

    def _reprint(self, ids: list[int], reason: str, uri: str) -> None:
        ws = self._ws
        stop = threading.Event()
        _dialog, progress, close = print_runs.progress_dialog(self._window, stop)

        def work(report: Callable[[object], None]) -> JobProgress:
            job = ws.create_print_job(printed_parcels(ws, ids), uri, reprint_reason=reason)
            return print_runs.run_job(ws, job, stop, report)

        def done(r: JobProgress) -> None:
            if r.status != "done":
                QMessageBox.warning(
                    self._window,
                    self.tr("Printing stopped"),
                    self.tr("Printed %1 of %2 labels. Stopped: %3\n\nResume it in Print jobs.")
                    .replace("%1", str(r.printed)).replace("%2", str(r.total)).replace("%3", r.error or r.status),
                )
            self._say(plural("BatchActions", "Reprinted %n label", "Reprinted %n labels", r.printed))

        self._run("reprint", work, done, on_progress=progress, cleanup=close)

    def sync_now(self) -> None:
        self._say(self.tr("Syncing…"))

        def done(report: dict[str, Any]) -> None:
            parts = []
            for name, r in report.get("shops", {}).items():
                if r.get("ok"):
                    parts.append(self.tr("%1: %2 new, %3 updated").replace("%1", name)
                                 .replace("%2", str(r.get("new", 0))).replace("%3", str(r.get("updated", 0))))
                else:
                    parts.append(self.tr("%1: offline — %2").replace("%1", name).replace("%2", str(r.get("error"))))
            self._say(" · ".join(parts) or self.tr("Synced"))

        self._run("sync", self._ws.sync, done)
