"""Batch actions on the selected orders: approve, hold, request waybills, print, sync.

Each runs through ``ui.operations.run_in_background`` so the window stays responsive
while a printer or the network is slow; when it ends the window re-reads what the
action changed (the ``Changes`` each one declares below).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QStatusBar, QWidget

from app.errors import ShipbenchError
from app.printing import JobProgress
from app.workstation import Workstation
from ui import print_runs
from ui.changes import SYNCED, Changes
from ui.i18n import plural
from ui.operations import run_in_background, show_failure
from ui.print_setup import PrintChoice, PrintSetupDialog
from ui.reprint_dialog import ReprintDialog, printed_parcels
from ui.stock_desk import shortfall_message

log = logging.getLogger(__name__)


class Host(Protocol):
    """What the actions need from the main window."""

    def selected_order_ids(self) -> list[int]: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


# What each action may change. Approving reserves stock; holding releases it.
APPROVED = Changes.of("review", "waybill", stock=True)
HELD = Changes.of("review", "waybill", "on_hold", stock=True)
# Requests go to the outbox; a fast carrier's labels may already be in (Print).
WAYBILLS_REQUESTED = Changes.of("waybill", "print", jobs=True)
PRINTED = Changes.of("print", "scan", print_jobs=True)
REPRINTED = Changes(print_jobs=True)  # a reprinted parcel stays where it is


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
        changes: Changes,
        *,
        on_progress: Callable[[Any], None] | None = None,
        cleanup: Callable[[], None] = lambda: None,
    ) -> None:
        def success(result: Any) -> None:
            cleanup()
            try:
                on_success(result)
            finally:
                self.finished.emit(name)

        def failure(exc: BaseException) -> None:
            cleanup()
            try:
                show_failure(self._window, exc)
            finally:
                self.finished.emit(name)

        # The window re-reads the changes first (after a failure too: a batch may stop half
        # done), so a message box and ``finished`` find the queues up to date.
        run_in_background(self._window, fn, success, failure, on_progress=on_progress, changes=changes)

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
                text += " · " + plural(
                    "BatchActions",
                    "%n still needs a fix (see the reasons)",
                    "%n still need a fix (see the reasons)",
                    len(result.refused),
                )
            self._say(text)
            self.shortfall_box = shortfall_message(self._window, result)

        self._run("approve", lambda: self._ws.orders.approve(ids), done, APPROVED)

    def hold(self) -> None:
        ids = self._selection()
        if ids is None:
            return
        reason, ok = QInputDialog.getText(
            self._window,
            self.tr("Hold orders"),
            plural("BatchActions", "Why hold this order?", "Why hold these %n orders?", len(ids)),
        )
        if not ok or not reason.strip():
            return
        self._run(
            "hold",
            lambda: self._ws.orders.hold(ids, reason.strip()),
            lambda held: self._say(plural("BatchActions", "Held %n order", "Held %n orders", len(held))),
            HELD,
        )

    def request_waybills(self) -> None:
        """Weigh the batch against each carrier's balance first; a batch that would run one out
        or leave it under its low mark says so, and starts only if the user says go on."""
        ids = self._selection()
        if ids is None:
            return

        def checked(checks: list[Any]) -> None:
            warnings = [c for c in checks if c.low or c.runs_out]
            if warnings:
                self._ask_balance(ids, warnings)
            else:
                self._request_waybills(ids)

        def check_failed(exc: BaseException) -> None:
            log.warning("balance check before the waybill batch failed: %s", exc)
            self._request_waybills(ids)  # a check that cannot run never holds the work up

        run_in_background(self._window, lambda: self._ws.postage.check_batch(ids), checked, check_failed)

    def _ask_balance(self, ids: list[int], warnings: list[Any]) -> None:
        lines = []
        for c in warnings:
            if c.runs_out:
                text = self.tr("%1: this batch costs about %2 %3, but the balance is %4 %3: it would run out.")
                text = text.replace("%4", str(c.balance))
            else:
                text = self.tr("%1: this batch costs about %2 %3 and leaves %4 %3, at or under the low mark of %5.")
                text = text.replace("%4", str(c.left)).replace("%5", str(c.low_balance))
            text = text.replace("%1", c.account).replace("%2", str(c.estimate)).replace("%3", c.currency)
            if c.unpriced:
                text += " " + plural(
                    "BatchActions", "%n parcel has no price yet.", "%n parcels have no price yet.", c.unpriced
                )
            lines.append(text)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Carrier balance"))
        box.setText("\n\n".join(lines))
        box.setInformativeText(self.tr("Request the waybills anyway?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        runs_out = any(c.runs_out for c in warnings)
        box.setDefaultButton(QMessageBox.StandardButton.No if runs_out else QMessageBox.StandardButton.Yes)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._request_waybills(ids)
            else:
                self._say(self.tr("Waybills not requested: top up the carrier balance first"))
                self.finished.emit("request_waybills")

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.balance_box = box
        box.open()

    def _request_waybills(self, ids: list[int]) -> None:
        def done(result: Any) -> None:
            text = plural(
                "BatchActions",
                "Waybill requested for %n parcel; it arrives in the background",
                "Waybills requested for %n parcels; they arrive in the background",
                len(result.queued),
            )
            if result.skipped:
                text += " · " + plural("BatchActions", "%n skipped", "%n skipped", len(result.skipped))
            self._say(text)

        self._run("request_waybills", lambda: self._ws.carriers.request_waybills(ids), done, WAYBILLS_REQUESTED)

    def print_labels(self) -> None:
        """Ask which printer (never a hidden default) and in which order (remembered), then print."""
        ids = self._selection()
        if ids is None:
            return
        dialog = PrintSetupDialog(self._ws, len(self._ws.printing.printable_parcels(ids)), self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._print(ids, dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.print_setup_dialog = dialog
        dialog.open()

    def _take_over_asked(self, uri: str) -> None:
        """Another station's unfinished batch on this printer: resume it here only if the user says that
        station is gone (it is never resumed behind its back)."""
        for job_id, station in self._ws.printing.foreign_unfinished_print_jobs(uri):
            answer = QMessageBox.question(
                self._window,
                self.tr("Another station's print job"),
                self.tr(
                    "Print job %1 of station %2 is unfinished on this printer.\n\n"
                    "Take it over and print the rest of its labels here? Only if %2 is switched off or gone."
                )
                .replace("%1", str(job_id))
                .replace("%2", station),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                continue
            try:
                self._ws.printing.take_over_print_job(job_id)
            except ShipbenchError as exc:
                QMessageBox.warning(self._window, self.tr("Not taken over"), str(exc))

    def _print(self, ids: list[int], choice: PrintChoice) -> None:
        ws = self._ws
        self._take_over_asked(choice.uri)
        stop = threading.Event()
        _dialog, progress, close = print_runs.progress_dialog(self._window, stop)

        def work(report: Callable[[object], None]) -> list[JobProgress]:
            # only this printer's stopped batches go first: one stopped elsewhere blocks nothing here
            results = [
                print_runs.run_job(ws, job, stop, report) for job in ws.printing.unfinished_print_jobs(choice.uri)
            ]
            if stop.is_set() or any(r.status not in ("done", "sent") for r in results):
                return results
            parcels = ws.printing.printable_parcels(ids)
            if parcels or not results:
                job = ws.printing.create_print_job(
                    parcels, choice.uri, order_by=choice.order_by, reverse=choice.reverse, from_queue=True
                )
                results.append(print_runs.run_job(ws, job, stop, report))
            return results

        def done(results: list[JobProgress]) -> None:
            printed = sum(r.printed for r in results)
            sent = sum(r.sent for r in results)
            stopped = [r for r in results if r.status not in ("done", "sent")]
            if stopped:
                r = stopped[0]
                QMessageBox.warning(
                    self._window,
                    self.tr("Printing stopped"),
                    self.tr("Printed %1 of %2 labels. Stopped: %3\n\nPrint again to resume.")
                    .replace("%1", str(r.printed))
                    .replace("%2", str(r.total))
                    .replace("%3", r.error or r.status),
                )
            where = choice.printer or choice.uri
            if sent:  # a printer that cannot say what it printed: said so, never claimed
                self._say(
                    plural("BatchActions", "Sent %n label to ", "Sent %n labels to ", sent)
                    + where
                    + self.tr(
                        " — this printer cannot say they printed: confirm the batch in Print jobs, or scan the parcels"
                    )
                )
                return
            self._say(plural("BatchActions", "Printed %n label to ", "Printed %n labels to ", printed) + where)

        self._run("print", work, done, PRINTED, on_progress=progress, cleanup=close)

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
            job = ws.printing.create_print_job(printed_parcels(ws, ids), uri, reprint_reason=reason)
            return print_runs.run_job(ws, job, stop, report)

        def done(r: JobProgress) -> None:
            if r.status != "done":
                QMessageBox.warning(
                    self._window,
                    self.tr("Printing stopped"),
                    self.tr("Printed %1 of %2 labels. Stopped: %3\n\nResume it in Print jobs.")
                    .replace("%1", str(r.printed))
                    .replace("%2", str(r.total))
                    .replace("%3", r.error or r.status),
                )
            self._say(plural("BatchActions", "Reprinted %n label", "Reprinted %n labels", r.printed))

        self._run("reprint", work, done, REPRINTED, on_progress=progress, cleanup=close)

    def sync_now(self) -> None:
        self._say(self.tr("Syncing…"))

        def done(report: dict[str, Any]) -> None:
            parts = []
            for name, r in report.get("shops", {}).items():
                if r.get("ok"):
                    parts.append(
                        self.tr("%1: %2 new, %3 updated")
                        .replace("%1", name)
                        .replace("%2", str(r.get("new", 0)))
                        .replace("%3", str(r.get("updated", 0)))
                    )
                else:
                    parts.append(self.tr("%1: offline — %2").replace("%1", name).replace("%2", str(r.get("error"))))
            self._say(" · ".join(parts) or self.tr("Synced"))

        self._run("sync", self._ws.sync.run_once, done, SYNCED)
