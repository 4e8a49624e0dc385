"""The print jobs: what each batch printed, why a stopped one stopped, and resume / pause / cancel.

A stopped batch resumes at the first label not printed (the service guarantees it);
Pause sets the flag the running job reads before each label. The table re-reads the
last jobs every 2 s while it is visible, a quick local read.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.messages import Message
from app.printing import JobProgress
from app.services.printing import PrintJobInfo
from app.workstation import Workstation
from ui import print_runs
from ui.messages import stored_text
from ui.operations import run_in_background, show_failure
from ui.print_setup import order_label

log = logging.getLogger(__name__)

REFRESH_MS = 2000
RED = QColor("#c62828")
STATUS_LABELS = {
    "pending": QT_TRANSLATE_NOOP("PrintQueue", "waiting"),
    "printing": QT_TRANSLATE_NOOP("PrintQueue", "printing"),
    "stopped": QT_TRANSLATE_NOOP("PrintQueue", "stopped"),
    "sent": QT_TRANSLATE_NOOP("PrintQueue", "sent, not confirmed"),
    "done": QT_TRANSLATE_NOOP("PrintQueue", "done"),
    "cancelled": QT_TRANSLATE_NOOP("PrintQueue", "cancelled"),
}
ProgressRole = Qt.ItemDataRole.UserRole + 1


def status_label(status: str) -> str:
    return QCoreApplication.translate("PrintQueue", STATUS_LABELS.get(status, status))


def _left_out_line(line: str) -> str:
    """A left-out note stored before message codes: "P00000042: why", the why translated."""
    number, _, why = line.partition(":")
    return f"{number}: {stored_text(why.strip())}"


class PrintJobsModel(QAbstractTableModel):
    """The last print jobs; a small list, re-read whole (the service keeps it to 50)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PrintJobsModel", "Job"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Printer"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Status"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Printed"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Order"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Problem"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Created"),
    )
    PROGRESS = 3
    PROBLEM = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[PrintJobInfo] = []
        self.running: set[int] = set()

    def set_jobs(self, jobs: list[PrintJobInfo], running: set[int]) -> None:
        if [j.id for j in jobs] == [j.id for j in self.jobs]:
            self.jobs, self.running = jobs, running
            if jobs:
                self.dataChanged.emit(self.index(0, 0), self.index(len(jobs) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.jobs, self.running = jobs, running
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PrintJobsModel", self.HEADERS[section])
        return None

    def status_of(self, job: PrintJobInfo) -> str:
        # A job this station is sending right now, whatever the last stored status says.
        return "printing" if job.id in self.running else job.status

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.jobs):
            return None
        job = self.jobs[index.row()]
        column = index.column()
        status = self.status_of(job)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(job.id)
            if column == 1:
                return job.printer
            if column == 2:
                return status_label(status)
            if column == self.PROGRESS:
                text = f"{job.printed}/{job.total}"
                if job.sent:
                    text += " " + QCoreApplication.translate("PrintJobsModel", "(%1 sent)").replace("%1", str(job.sent))
                return text
            if column == 4:
                base, _, reversed_ = job.order_by.partition(" ")
                text = order_label(base)
                return text + (" " + QCoreApplication.translate("PrintJobsModel", "(last first)") if reversed_ else "")
            if column == self.PROBLEM:
                if job.uncertain:
                    return QCoreApplication.translate("PrintJobsModel", "Did the label of %1 print?").replace(
                        "%1", ", ".join(job.uncertain)
                    )
                problem = "" if status in ("done", "printing") else stored_text(job.said or job.error)
                if job.left_out:  # parcels whose label cannot show what the carrier needs
                    left = "; ".join(
                        stored_text(said) if isinstance(said, Message) else _left_out_line(said)
                        for said in (job.left_out_said or job.left_out)
                    )
                    text = QCoreApplication.translate("PrintJobsModel", "Not printed: %1").replace("%1", left)
                    problem = f"{problem} — {text}" if problem else text
                return problem
            if column == 6:
                created = job.created_at
                if created.tzinfo is None:
                    created = created.replace(tzinfo=dt.UTC)
                return created.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == ProgressRole and column == self.PROGRESS:
            return (job.printed, job.total)
        if role == Qt.ItemDataRole.ForegroundRole and status == "stopped" and column in (2, self.PROBLEM):
            return QBrush(RED)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEM:
            return stored_text(job.said or job.error) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def job(self, row: int) -> PrintJobInfo | None:
        return self.jobs[row] if 0 <= row < len(self.jobs) else None


class ProgressDelegate(QStyledItemDelegate):
    """printed/total as a progress bar drawn by the style (no widget per row)."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(ProgressRole)
        if not value:
            super().paint(painter, option, index)
            return
        printed, total = value
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 4, -3, -4)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = printed
        bar.text = f"{printed}/{total}"
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class PrintQueueView(QWidget):
    """The "Print jobs" tab."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._pauses: dict[int, threading.Event] = {}
        self.model = PrintJobsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PrintJobsModel.PROGRESS, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        for column, width in enumerate((56, 160, 90, 140, 170, 380, 130)):
            self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setSectionResizeMode(PrintJobsModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.cancel_button = QPushButton(self.tr("Cancel job…"), self)
        self.confirm_button = QPushButton(self.tr("All sent labels came out"), self)
        self.confirm_button.clicked.connect(self.confirm)
        self.resume_button.clicked.connect(self.resume)
        self.pause_button.clicked.connect(self.pause)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.resume_button, self.pause_button, self.cancel_button, self.confirm_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    # --- refreshing -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        selected = self.selected()
        try:
            jobs = self.ws.printing.print_jobs()
        except ShipbenchError as exc:
            self.message.setText(str(exc))
            return
        self.model.set_jobs(jobs, print_runs.running())
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> PrintJobInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.job(rows[0].row()) if rows else None

    def select(self, job_id: int) -> None:
        for row, job in enumerate(self.model.jobs):
            if job.id == job_id:
                if not self.view.selectionModel().isRowSelected(row, QModelIndex()):
                    self.view.selectRow(row)
                return

    def row_texts(self, job_id: int) -> list[str]:
        """What the seller reads on a job's row (for tests and support)."""
        for row, job in enumerate(self.model.jobs):
            if job.id == job_id:
                return [str(self.model.index(row, c).data() or "") for c in range(self.model.columnCount())]
        raise KeyError(job_id)

    def _update_buttons(self) -> None:
        job = self.selected()
        status = self.model.status_of(job) if job else ""
        running = job is not None and job.id in print_runs.running()
        self.resume_button.setEnabled(status in ("stopped", "pending") and not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(status in ("stopped", "pending", "sent") and not running)
        self.confirm_button.setEnabled(job is not None and job.sent > 0 and not running)

    # --- actions ----------------------------------------------------------------------

    def resume(self) -> None:
        """Send the labels not printed yet, off the GUI thread, with a progress dialog."""
        job = self.selected()
        if job is None:
            return
        if job.uncertain and not self.resolve(job):
            return
        ws, job_id = self.ws, job.id
        stop = threading.Event()
        _dialog, on_progress, close = print_runs.progress_dialog(self, stop)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Resuming job %1…").replace("%1", str(job_id)))

        def done(result: JobProgress) -> None:
            close()
            self.refresh()
            if result.status in ("done", "sent"):
                self.message.setStyleSheet("color: #1b8a3a;")
                self.message.setText(
                    self.tr("Job %1 done: %2 of %3 labels printed")
                    .replace("%1", str(job_id))
                    .replace("%2", str(result.printed))
                    .replace("%3", str(result.total))
                )
            else:
                self.message.setStyleSheet("color: #c62828;")
                self.message.setText(
                    self.tr("Job %1 stopped after %2 of %3 labels: %4")
                    .replace("%1", str(job_id))
                    .replace("%2", str(result.printed))
                    .replace("%3", str(result.total))
                    .replace("%4", stored_text(result.said or result.error) or status_label(result.status))
                )

        def failed(exc: BaseException) -> None:
            close()
            self.refresh()
            show_failure(self, exc)

        run_in_background(
            self, lambda report: print_runs.run_job(ws, job_id, stop, report), done, failed, on_progress=on_progress
        )
        # The worker registers the pause flag when it starts; show "printing" as soon as it does.
        QTimer.singleShot(100, self.refresh)

    def resolve(self, job: PrintJobInfo) -> bool:
        """Ask about the label in flight when printing stopped on a printer that cannot say."""
        answer = QMessageBox.question(
            self,
            self.tr("Did it print?"),
            self.tr(
                "The label of %1 was being sent when printing stopped. Did it come out of the printer?\n\n"
                "Yes: it counts as printed. No: it is sent again."
            ).replace("%1", ", ".join(job.uncertain)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        try:
            self.ws.printing.resolve_print_job(job.id, printed=answer == QMessageBox.StandardButton.Yes)
        except ShipbenchError as exc:
            show_failure(self, exc)
            return False
        return True

    def confirm(self) -> None:
        """The seller saw the batch come out of a printer that cannot say: its sent labels are printed."""
        job = self.selected()
        if job is None:
            return
        try:
            result = self.ws.printing.confirm_print_job(job.id)
        except ShipbenchError as exc:
            show_failure(self, exc)
            return
        self.message.setStyleSheet("color: #1b8a3a;")
        self.message.setText(
            self.tr("Job %1: %2 of %3 labels printed")
            .replace("%1", str(job.id))
            .replace("%2", str(result.printed))
            .replace("%3", str(result.total))
        )
        self.refresh()

    def pause(self) -> None:
        job = self.selected()
        if job is not None and print_runs.pause(job.id):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Pausing job %1 after the current label…").replace("%1", str(job.id)))

    def cancel(self) -> None:
        job = self.selected()
        if job is None:
            return
        left = job.total - job.printed
        answer = QMessageBox.question(
            self,
            self.tr("Cancel print job"),
            self.tr("Cancel job %1? Its %2 labels not printed go back to the Print queue.")
            .replace("%1", str(job.id))
            .replace("%2", str(left)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.printing.cancel_print_job(job.id)
        except ShipbenchError as exc:
            show_failure(self, exc)
        self.refresh()
