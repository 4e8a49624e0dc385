"""The main window's sync panel and the marketplace account settings.

A dock ("Sync") lists each shop and carrier account — online or not, the last complete
pull, jobs waiting / being looked up / failed — and the outbox's jobs with the remote's
reason, with Retry, Cancel and Sync now. Reading the counts is one quick local query;
anything that talks to a marketplace (sync now, test connection, the keyring) runs
through ``run_in_background``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import credentials
from ui.app_texts import translate_app_text
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

REFRESH_MS = 3000
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

        self.accounts = _table([
            self.tr("Account"), self.tr("Type"), self.tr("Connection"), self.tr("Last sync"),
            self.tr("Waiting"), self.tr("Being looked up"), self.tr("Failed"),
        ])
        self.accounts.horizontalHeader().setStretchLastSection(False)
        self.accounts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.accounts.setMaximumHeight(120)

        self.state = QComboBox()
        for key, label in (
            ("failed", self.tr("Failed")), ("pending", self.tr("Waiting")),
            ("unknown", self.tr("Being looked up")), ("cancelled", self.tr("Cancelled")),
            ("done", self.tr("Done")), ("", self.tr("All")),
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

        self.jobs = _table([
            self.tr("Job"), self.tr("What"), self.tr("Parcel"), self.tr("Order"), self.tr("Account"),
            self.tr("State"), self.tr("Tries"), self.tr("Next try"), self.tr("Reason"),
        ])
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
        self.refresh()

    # --- reading ---------------------------------------------------------------------

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        rows = self.ws.sync_overview()
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
                connection, colour = self.tr("offline — %1").replace("%1", translate_app_text(row.message)), RED
            cells = [
                row.name,
                self.tr("shop") + f" ({row.connector})" if row.kind == "shop" else self.tr("carrier") + f" ({row.connector})",
                connection,
                _when(row.last_sync),
                str(row.pending),
                str(row.unknown),
                str(row.failed),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(QColor(colour))
                if c == 6 and row.failed:
                    item.setForeground(QColor(RED))
                self.accounts.setItem(r, c, item)
        state = self.state.currentData()
        jobs = self.ws.jobs(state or None, limit=500)
        self.jobs.setRowCount(len(jobs))
        for r, job in enumerate(jobs):
            cells = [
                str(job.id), _kind_label(job.kind), job.parcel or job.key, job.order, job.account_name,
                _state_label(job.state), str(job.attempts),
                _when(job.next_attempt_at) if job.state in ("pending", "unknown") else "",
                translate_app_text(job.last_error) if job.last_error else "",
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

    def _after(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
        if self.window_ is not None:
            self.window_.refresh_all()

    def retry_selected(self) -> None:
        ids = self.selected_job_ids()
        if ids:
            count = self.ws.retry_jobs(ids)
            self._after(self.tr("%1 job(s) will be sent again.").replace("%1", str(count)))

    def retry_all(self) -> None:
        count = self.ws.retry_jobs(None)
        self._after(self.tr("%1 job(s) will be sent again.").replace("%1", str(count)))

    def cancel_selected(self) -> None:
        ids = self.selected_job_ids()
        if not ids:
            return
        from app.errors import ShipbenchError
        from ui.operations import show_failure

        try:
            count = self.ws.cancel_jobs(ids)
        except ShipbenchError as exc:
            show_failure(self, exc)
            return
        self._after(self.tr("%1 job(s) cancelled.").replace("%1", str(count)))

    def sync_now(self) -> None:
        """Pull every shop and push the outbox, in the background."""
        self.busy = True
        self._update_buttons()
        self.message.setText(self.tr("Syncing…"))

        def done(_report: object) -> None:
            self.busy = False
            self._after(self.tr("Synced at %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S")))

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.message.setText(translate_app_text(str(exc)))

        self.ws.runner.probe_now()
        run_in_background(self, lambda: self.ws.sync_report(), done, failed)

    def show_accounts(self) -> AccountsDialog:
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


class AccountsDialog(QDialog):
    """Marketplace accounts: name, platform, API address, settings; secrets go to the keyring."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Marketplace accounts"))
        self.resize(860, 480)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        new_button = QPushButton(self.tr("New account"))
        new_button.clicked.connect(self._new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)

        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(ws.marketplace_kinds())
        self.kind.currentTextChanged.connect(lambda _k: self._build_secret_fields({}))
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(self.tr("empty: the platform's own address"))
        self.settings = QPlainTextEdit()
        self.settings.setPlaceholderText('{"seller_id": "A1B2C3"}')
        self.settings.setMaximumHeight(90)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Marketplace"), self.kind)
        self.form.addRow(self.tr("API address"), self.base_url)
        self.form.addRow(self.tr("Settings (JSON, no secrets)"), self.settings)
        self.secrets_box = QFormLayout()
        self.secret_edits: dict[str, QLineEdit] = {}
        self.credentials_note = QLabel()
        self.credentials_note.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(QLabel(self.tr("Secrets (kept in the system keyring)")))
        right.addLayout(self.secrets_box)
        right.addWidget(self.credentials_note)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        right.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.accounts: list[dict[str, Any]] = []
        self.current_id: int | None = None
        self._load()

    def _load(self, select: int | None = None) -> None:
        self.accounts = self.ws.shop_accounts()
        self.list.clear()
        for account in self.accounts:
            item = QListWidgetItem(f"{account['name']} ({account['marketplace']})")
            item.setData(Qt.ItemDataRole.UserRole, account["id"])
            self.list.addItem(item)
            if account["id"] == select:
                self.list.setCurrentItem(item)
        if select is None and self.accounts:
            self.list.setCurrentRow(0)
        elif not self.accounts:
            self._new()

    def _account(self) -> dict[str, Any] | None:
        return next((a for a in self.accounts if a["id"] == self.current_id), None)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        self.current_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        account = self._account()
        if account is None:
            return
        self.name.setText(account["name"])
        self.kind.blockSignals(True)
        self.kind.setCurrentText(account["marketplace"])
        self.kind.blockSignals(False)
        self.base_url.setText(account["base_url"])
        self.settings.setPlainText(json.dumps(account["settings"], ensure_ascii=False) if account["settings"] else "")
        self._build_secret_fields(account)
        self.result.clear()

    def _new(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name.clear()
        self.base_url.clear()
        self.settings.clear()
        self._build_secret_fields({})
        self.result.clear()
        self.name.setFocus()

    def _build_secret_fields(self, account: dict[str, Any]) -> None:
        while self.secrets_box.rowCount():
            self.secrets_box.removeRow(0)
        self.secret_edits = {}
        from app.sync_desk import secret_fields

        stored = bool(account.get("has_credentials"))
        for field in secret_fields(self.kind.currentText()):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("stored — leave empty to keep") if stored else self.tr("not stored"))
            self.secret_edits[field] = edit
            self.secrets_box.addRow(field, edit)
        if not credentials.available():
            note, colour = self.tr("No system keyring on this computer: secrets cannot be stored. "
                                   "Install and unlock one (GNOME Keyring, KWallet)."), RED
        elif self.current_id is not None and not stored:
            note, colour = self.tr("This account has no credentials."), RED
        else:
            note, colour = "", GREY
        self.credentials_note.setText(note)
        self.credentials_note.setStyleSheet(f"color: {colour};")

    def _values(self) -> dict[str, Any] | None:
        text = self.settings.toPlainText().strip()
        try:
            settings = json.loads(text) if text else {}
        except ValueError:
            self._show_result(self.tr("The settings are not valid JSON."), ok=False)
            return None
        if not isinstance(settings, dict):
            self._show_result(self.tr("The settings must be a JSON object."), ok=False)
            return None
        return {
            "name": self.name.text(),
            "marketplace": self.kind.currentText(),
            "base_url": self.base_url.text(),
            "settings": settings,
            "secrets": {k: e.text() for k, e in self.secret_edits.items() if e.text()},
        }

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {GREEN if ok else RED};")

    def test_connection(self) -> None:
        values = self._values()
        if values is None:
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing…"), ok=True)
        shop_id = self.current_id

        def work() -> str:
            return self.ws.test_marketplace(
                values["marketplace"], values["base_url"], values["settings"], values["secrets"], shop_id=shop_id
            )

        def done(message: object) -> None:
            self.test_button.setEnabled(True)
            self._show_result(translate_app_text(str(message)), ok=True)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._show_result(translate_app_text(str(exc)), ok=False)

        run_in_background(self, work, done, failed)

    def save(self) -> None:
        values = self._values()
        if values is None:
            return
        self.save_button.setEnabled(False)
        shop_id = self.current_id

        def done(saved: object) -> None:
            self.save_button.setEnabled(True)
            self._load(select=int(saved))  # type: ignore[call-overload]
            self._show_result(self.tr("Saved."), ok=True)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._show_result(translate_app_text(str(exc)), ok=False)

        run_in_background(self, lambda: self.ws.save_shop(shop_id=shop_id, **values), done, failed)


def install(window: MainWindow) -> None:
    """A "Sync" dock (hidden until asked for) and Connections → Sync panel / Marketplace accounts."""
    panel = SyncPanel(window.ws, window)
    dock = QDockWidget(QCoreApplication.translate("SyncPanel", "Sync"), window)
    dock.setObjectName("sync_dock")
    dock.setWidget(panel)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.sync_panel = panel  # type: ignore[attr-defined]
    window.sync_dock = dock  # type: ignore[attr-defined]

    toggle: QAction = dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("SyncPanel", "Sync panel"))
    window.menu_connections.addAction(toggle)
    accounts = QAction(QCoreApplication.translate("SyncPanel", "Marketplace accounts…"), window)
    accounts.triggered.connect(panel.show_accounts)
    window.menu_connections.addAction(accounts)
    def shown(visible: bool) -> None:
        if visible:
            panel.refresh()
            window.resizeDocks([dock], [max(260, window.height() // 3)], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(shown)
