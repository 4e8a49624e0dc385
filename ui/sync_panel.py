"""The main window's sync panel and the marketplace account settings.

A dock ("Sync") lists each shop and carrier account — online or not, the last complete
pull, jobs waiting / being looked up / failed — and the outbox's jobs with the remote's
reason, with Retry, Cancel and Sync now. Reading the counts is one quick local query;
anything that talks to a marketplace (sync now, test connection, the keyring) runs
through ``run_in_background``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.account_texts import carrier_title, marketplace_title
from ui.changes import SYNCED, Changes
from ui.messages import error_text, stored_text
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.account_forms import AccountsDialog
    from ui.main_window import MainWindow

REFRESH_MS = 3000
# Retrying or cancelling a job moves its parcel between "failed" and "requested" (Waybill)
# or changes a void or a confirmation (Exceptions, Cancelled, Shipped).
JOBS_RETRIED = JOBS_CANCELLED = Changes.of("waybill", "shipped", "exceptions", "cancelled", jobs=True)
GREEN, RED, GREY = "#1b8a3a", "#c62828", "#5f6368"


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncPanel", text)


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return _t("never")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


class SyncPanel(QWidget):
    """Accounts and jobs; Retry / Cancel / Sync now / Accounts…"""

    def __init__(self, ws: Workstation, window: MainWindow | None = None) -> None:
        super().__init__(window)
        self.ws = ws
        self.window_ = window
        self.busy = False

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.accounts_button = QPushButton(self.tr("Marketplace accounts…"))
        self.accounts_button.clicked.connect(self.show_accounts)
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.sync_button)
        top.addWidget(self.accounts_button)
        top.addWidget(self.message, 1)

        self.accounts = _table(
            [
                self.tr("Account"),
                self.tr("Type"),
                self.tr("Connection"),
                self.tr("Last sync"),
                self.tr("Waiting"),
                self.tr("Being looked up"),
                self.tr("Failed"),
                self.tr("Sent by"),
            ]
        )
        self.accounts.horizontalHeader().setStretchLastSection(False)
        self.accounts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.accounts.setMaximumHeight(120)

        self.state = QComboBox()
        for key, label in (
            ("failed", self.tr("Failed")),
            ("pending", self.tr("Waiting")),
            ("unknown", self.tr("Being looked up")),
            ("cancelled", self.tr("Cancelled")),
            ("done", self.tr("Done")),
            ("", self.tr("All")),
        ):
            self.state.addItem(label, key)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button = QPushButton(self.tr("Cancel job"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_all_button = QPushButton(self.tr("Retry all failed"))
        self.retry_all_button.clicked.connect(self.retry_all)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jobs:")))
        bar.addWidget(self.state)
        bar.addStretch(1)
        for button in (self.retry_button, self.cancel_button, self.retry_all_button):
            bar.addWidget(button)

        self.jobs = _table(
            [
                self.tr("Job"),
                self.tr("What"),
                self.tr("Parcel"),
                self.tr("Order"),
                self.tr("Account"),
                self.tr("State"),
                self.tr("Tries"),
                self.tr("Next try"),
                self.tr("Reason"),
            ]
        )
        self.jobs.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.accounts)
        layout.addLayout(bar)
        layout.addWidget(self.jobs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        # No read yet: the dock starts hidden and reads when shown (the accounts' connection
        # states ask the keyring, too slow for the first paint).

    # --- reading ---------------------------------------------------------------------

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        rows = self.ws.sync.sync_overview()
        try:  # which station sends each account's requests (several stations share the outbox)
            senders = self.ws.stations.senders()
        except Exception:  # noqa: BLE001 - the column stays empty; the rest of the panel still reads
            senders = {}
        self.accounts.setRowCount(len(rows))
        header = self.accounts.horizontalHeader().height()
        row_height = self.accounts.verticalHeader().defaultSectionSize()
        self.accounts.setFixedHeight(header + row_height * max(1, min(len(rows), 4)) + 6)
        for r, row in enumerate(rows):
            if row.online is None:
                connection, colour = self.tr("not contacted"), GREY
            elif row.online:
                connection, colour = self.tr("online"), GREEN
            else:
                connection, colour = self.tr("offline — %1").replace("%1", stored_text(row.said or row.message)), RED
            cells = [
                row.name,
                self.tr("shop (%1)").replace("%1", marketplace_title(row.connector))
                if row.kind == "shop"
                else self.tr("carrier (%1)").replace("%1", carrier_title(row.connector)),
                connection,
                _when(row.last_sync),
                str(row.pending),
                str(row.unknown),
                str(row.failed),
                senders.get(row.account, ""),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(QColor(colour))
                if c == 6 and row.failed:
                    item.setForeground(QColor(RED))
                self.accounts.setItem(r, c, item)
        state = self.state.currentData()
        jobs = self.ws.sync.jobs(state or None, limit=500)
        self.jobs.setRowCount(len(jobs))
        for r, job in enumerate(jobs):
            cells = [
                str(job.id),
                _kind_label(job.kind),
                job.parcel or job.key,
                job.order,
                job.account_name,
                _state_label(job.state),
                str(job.attempts),
                _when(job.next_attempt_at) if job.state in ("pending", "unknown") else "",
                stored_text(job.said or job.last_error),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, job.id)
                if c == 8 and job.state == "failed":
                    item.setForeground(QColor(RED))
                if c == 8:
                    item.setToolTip(text)
                self.jobs.setItem(r, c, item)
        self._update_buttons()

    def selected_job_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.jobs.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.jobs.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _update_buttons(self) -> None:
        selected = bool(self.selected_job_ids())
        self.retry_button.setEnabled(selected and not self.busy)
        self.cancel_button.setEnabled(selected and not self.busy)
        self.sync_button.setEnabled(not self.busy)

    # --- acting ----------------------------------------------------------------------

    def _after(self, text: str, changes: Changes) -> None:
        self.message.setText(text)
        self.refresh()
        if self.window_ is not None:
            self.window_.changed(changes)

    def on_changes(self, changes: Changes) -> None:
        """The window re-read what an action changed: jobs and accounts are what this panel shows."""
        if (changes.jobs or changes.shops or changes.carriers) and self.isVisible():
            self.refresh()  # hidden, it re-reads when shown

    def retry_selected(self) -> None:
        ids = self.selected_job_ids()
        if ids:
            count = self.ws.sync.retry_jobs(ids)
            self._after(self.tr("%1 job(s) will be sent again.").replace("%1", str(count)), JOBS_RETRIED)

    def retry_all(self) -> None:
        count = self.ws.sync.retry_jobs(None)
        self._after(self.tr("%1 job(s) will be sent again.").replace("%1", str(count)), JOBS_RETRIED)

    def cancel_selected(self) -> None:
        ids = self.selected_job_ids()
        if not ids:
            return
        from app.errors import ShipbenchError
        from ui.operations import show_failure

        try:
            count = self.ws.sync.cancel_jobs(ids)
        except ShipbenchError as exc:
            show_failure(self, exc)
            return
        self._after(self.tr("%1 job(s) cancelled.").replace("%1", str(count)), JOBS_CANCELLED)

    def sync_now(self) -> None:
        """Pull every shop and push the outbox, in the background."""
        self.busy = True
        self._update_buttons()
        self.message.setText(self.tr("Syncing…"))

        def done(_report: object) -> None:
            self.busy = False
            self._after(self.tr("Synced at %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S")), SYNCED)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.message.setText(error_text(exc))

        self.ws.outbox.probe_now()
        run_in_background(self, lambda: self.ws.sync.sync_report(), done, failed)

    def show_accounts(self) -> AccountsDialog:
        from ui.account_forms import AccountsDialog

        dialog = AccountsDialog(self.ws, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.accounts_dialog = dialog
        dialog.open()
        return dialog


def _kind_label(kind: str) -> str:
    return {
        "request_waybill": _t("request waybill"),
        "void_waybill": _t("void waybill"),
        "confirm_shipment": _t("confirm shipment"),
        "update_tracking": _t("update tracking"),
        "pull_orders": _t("pull orders"),
    }.get(kind, kind)


def _state_label(state: str) -> str:
    return {
        "pending": _t("waiting"),
        "in_flight": _t("sending"),
        "unknown": _t("being looked up"),
        "failed": _t("failed"),
        "done": _t("done"),
        "cancelled": _t("cancelled"),
    }.get(state, state)


def install(window: MainWindow) -> tuple[SyncPanel, QDockWidget]:
    """A "Sync" dock (hidden until asked for) and Connections → Sync panel / Marketplace accounts."""
    panel = SyncPanel(window.ws, window)
    dock = QDockWidget(QCoreApplication.translate("SyncPanel", "Sync"), window)
    dock.setObjectName("sync_dock")
    dock.setWidget(panel)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_dock(
        dock,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        menu=window.menu_connections,
        text=QCoreApplication.translate("SyncPanel", "Sync panel"),
    )
    window.add_action(
        window.menu_connections, QCoreApplication.translate("SyncPanel", "Marketplace accounts…"), panel.show_accounts
    )
    window.changes_applied.connect(panel.on_changes)

    def shown(visible: bool) -> None:
        if visible:
            panel.refresh()
            window.resizeDocks([dock], [max(260, window.height() // 3)], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(shown)
    return panel, dock
