"""The main window: the queues as tabs, batch actions, order details, and the scan station."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.errors import ShipbenchError
from app.workstation import Status, Workstation
from ui import carrier_views, import_wizard, order_desk, rules_search, sync_panel
from ui.batch_actions import BatchActions
from ui.detail import OrderDetail
from ui.documents_menu import DocumentActions
from ui.i18n import plural
from ui.models import QueueModel
from ui.operations import show_failure, wait_idle
from ui.print_queue import PrintQueueView
from ui.printer_settings import PrinterSettingsDialog
from ui.scan_station import ScanStation
from ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)

# queue id → tab label (translated when shown)
QUEUE_TABS: tuple[tuple[str, str], ...] = (
    ("review", "Review"),
    ("waybill", "Waybill"),
    ("print", "Print"),
    ("scan", "Scan"),
    ("shipped", "Shipped"),
    ("on_hold", "On hold"),
    ("exceptions", "Exceptions"),
    ("cancelled", "Cancelled"),
)
COLUMN_WIDTHS = (150, 120, 140, 56, 80, 120, 210, 90, 130)
REFRESH_MS = 2000


def queue_label(queue: str) -> str:
    return QCoreApplication.translate("Queues", dict(QUEUE_TABS)[queue])


class MainWindow(QMainWindow):
    """Everything a seller needs on one screen; the scan station one click (or F2) away."""

    refreshed = Signal()

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.wedge: WedgeFilter | None = None
        self.setWindowTitle(self.tr("Shipbench"))
        self.resize(1280, 800)
        self._counts: dict[str, int] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.models: dict[str, QueueModel] = {}
        self.views: dict[str, QTableView] = {}
        for queue, _label in QUEUE_TABS:
            self._add_queue_tab(queue)
        self.scan_station = ScanStation(ws, self)
        self.scan_tab_index = self.tabs.addTab(self.scan_station, self.tr("▶ Scan station"))
        self.scan_station.scanned.connect(lambda _verdict: self.refresh_all())
        self.scan_station.full_screen_changed.connect(self._station_full_screen)
        self.print_queue = PrintQueueView(ws, self)
        self.print_jobs_tab_index = self.tabs.addTab(self.print_queue, self.tr("Print jobs"))

        self.detail = OrderDetail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([940, 340])
        self.setCentralWidget(self.splitter)

        self.actions_ = BatchActions(ws, self, self)
        self.documents = DocumentActions(ws, self, self)
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self.tabs.currentChanged.connect(self._tab_changed)
        # Each area adds its menu entries, tabs and docks (ui/<area>.install).
        for module in (import_wizard, order_desk, rules_search, sync_panel, carrier_views):
            module.install(self)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start()
        self.refresh_status()
        self._tab_changed(self.tabs.currentIndex())

    # --- building -------------------------------------------------------------------

    def _add_queue_tab(self, queue: str) -> None:
        model = QueueModel(self.ws, queue)
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            view.setColumnWidth(column, width)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.models[queue] = model
        self.views[queue] = view
        self.tabs.addTab(view, queue_label(queue))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Actions"), self)
        bar.setObjectName("actions")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        a = self.actions_

        def add(text: str, slot: object, queues: tuple[str, ...] = ()) -> QAction:
            action = QAction(text, self)
            action.triggered.connect(slot)
            action.setProperty("queues", list(queues))
            bar.addAction(action)
            return action

        self.approve_action = add(self.tr("Approve"), a.approve, ("review",))
        self.hold_action = add(self.tr("Hold…"), a.hold, ("review", "waybill"))
        self.waybill_action = add(self.tr("Request waybills"), a.request_waybills, ("waybill",))
        self.print_action = add(self.tr("Print labels"), a.print_labels, ("print",))
        self.reprint_action = add(self.tr("Reprint labels…"), a.reprint, ("scan", "shipped"))
        self.documents_menu = self.documents.menu(self)
        self.documents_action = self.documents_menu.menuAction()
        self.documents_action.setProperty("queues", ["waybill", "print", "scan", "shipped"])
        bar.addAction(self.documents_action)
        documents_button = bar.widgetForAction(self.documents_action)
        if isinstance(documents_button, QToolButton):
            documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addSeparator()
        self.printers_action = add(self.tr("Printers…"), self.show_printers)
        self.sync_action = add(self.tr("Sync now"), a.sync_now)
        self.scan_station_action = add(self.tr("Scan station"), self.show_scan_station)
        self.scan_station_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.batch_actions = [
            self.approve_action, self.hold_action, self.waybill_action, self.print_action,
            self.reprint_action, self.documents_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_orders = bar.addMenu(self.tr("&Orders"))
        self.menu_warehouse = bar.addMenu(self.tr("&Warehouse"))
        self.menu_connections = bar.addMenu(self.tr("&Connections"))

    def show_printers(self) -> PrinterSettingsDialog:
        """The printer settings, window-modal without blocking (so tests and timers keep running)."""
        dialog = PrinterSettingsDialog(self.ws, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.printer_dialog = dialog
        dialog.open()
        return dialog

    def show_print_jobs(self) -> None:
        self.tabs.setCurrentIndex(self.print_jobs_tab_index)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.sync_label = QLabel(self)
        for label in (self.online_label, self.pending_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def install_wedge(self, wedge: WedgeFilter) -> None:
        """Route every wedge scan to the scan station, whatever widget has focus."""
        self.wedge = wedge
        self.scan_station.wedge = wedge  # the scanner test panel shows its raw keys
        wedge.scanned.connect(self.scan)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(wedge)

    # --- state ----------------------------------------------------------------------

    def current_queue(self) -> str | None:
        index = self.tabs.currentIndex()
        return QUEUE_TABS[index][0] if 0 <= index < len(QUEUE_TABS) else None

    def selected_order_ids(self) -> list[int]:
        queue = self.current_queue()
        if queue is None:
            return []
        # From the selection's ranges, not selectedRows(): that asks Qt about every cell.
        ranges = self.views[queue].selectionModel().selection()
        rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
        model = self.models[queue]
        if rows and len(rows) == model.rowCount():
            return model.all_ids()  # "select all" of a big queue (or of its filter): ids only, no rows
        return model.order_ids(rows)

    def tab_text(self, queue: str) -> str:
        return self.tabs.tabText([q for q, _ in QUEUE_TABS].index(queue))

    def _update_actions(self) -> None:
        queue = self.current_queue()
        has_selection = bool(queue and self.views[queue].selectionModel().hasSelection())
        for action in self.batch_actions:
            action.setEnabled(has_selection and queue in (action.property("queues") or []))

    def _tab_changed(self, index: int) -> None:
        on_station = index == self.scan_tab_index
        self.detail.setVisible(not on_station and index != self.print_jobs_tab_index)
        self._update_actions()
        queue = self.current_queue()
        if queue is not None:
            self._current_changed(self.views[queue].currentIndex(), QModelIndex())
        elif on_station:
            self.scan_station.entry.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        queue = self.current_queue()
        if queue is None or not current.isValid() or current.model() is not self.models[queue]:
            self.detail.show_nothing()
            return
        order_id = self.models[queue].order_id(current.row())
        if order_id is None:
            self.detail.show_nothing()
            return
        try:
            self.detail.show_order(self.ws.order_detail(order_id))
        except ShipbenchError as exc:
            show_failure(self, exc)

    # --- refreshing -----------------------------------------------------------------

    def refresh_status(self) -> None:
        """Every 2 s: counts, connection, pending work — one quick local read."""
        try:
            status = self.ws.status()
        except ShipbenchError as exc:
            self.online_label.setText(self.tr("Database unavailable — %1").replace("%1", str(exc)))
            self.online_label.setStyleSheet("color: #c62828; font-weight: bold;")
            return
        self._apply_status(status, reload_all=False)

    def refresh_all(self) -> None:
        """After an action: re-read every queue, since orders moved between them."""
        self._apply_status(self.ws.status(), reload_all=True)

    def _apply_status(self, status: Status, *, reload_all: bool) -> None:
        for i, (queue, _label) in enumerate(QUEUE_TABS):
            count = status.queues.get(queue, 0)
            if reload_all or self._counts.get(queue) != count:
                self.models[queue].refresh(count)
            self.tabs.setTabText(i, f"{queue_label(queue)} ({count})")
        self._counts = dict(status.queues)
        self._show_connection(status)
        self.scan_station.update_status(status)
        self._update_actions()
        self.refreshed.emit()

    def _show_connection(self, status: Status) -> None:
        online = status.online
        if online is None:
            text, colour = self.tr("Not contacted yet"), "#5f6368"
        elif online:
            text, colour = self.tr("Online"), "#1b8a3a"
        else:
            down = next((r for r in status.remotes if r.online is False), None)
            message = down.message if down and down.message else (down.name if down else "")
            text, colour = self.tr("Offline — %1").replace("%1", message), "#c62828"
        self.online_label.setText(text)
        self.online_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        pending = plural("MainWindow", "%n job pending", "%n jobs pending", status.pending)
        failed = status.outbox.get("failed", 0)
        if failed:  # the sync panel (Connections → Sync panel) lists them with their reasons
            pending += " · " + plural("MainWindow", "%n job failed", "%n jobs failed", failed)
        self.pending_label.setText(pending)
        self.pending_label.setStyleSheet("color: #c62828; font-weight: bold;" if failed else "")
        syncs = [r.last_sync for r in status.remotes if r.kind == "shop" and r.last_sync is not None]
        if syncs:
            last = max(syncs)
            if last.tzinfo is None:
                last = last.replace(tzinfo=dt.UTC)
            self.sync_label.setText(self.tr("Last sync %1").replace("%1", last.astimezone().strftime("%H:%M:%S")))
        else:
            self.sync_label.setText(self.tr("Never synced"))

    # --- scanning -------------------------------------------------------------------

    def _station_full_screen(self, on: bool) -> None:
        """Full screen is for the packer: only the station, no tabs, toolbar or status bar."""
        if on:
            self.show_scan_station()
        self.tabs.tabBar().setVisible(not on)
        self.detail.setVisible(not on and self.tabs.currentIndex() not in (self.scan_tab_index, self.print_jobs_tab_index))
        self.statusBar().setVisible(not on)
        for bar in self.findChildren(QToolBar):
            bar.setVisible(not on)

    def show_scan_station(self) -> None:
        self.tabs.setCurrentIndex(self.scan_tab_index)

    def scan(self, code: str) -> None:
        self.show_scan_station()
        self.scan_station.scan(code)

    def select_all(self, queue: str) -> None:
        """Select every row of a queue (the toolbar's selection, for tests and shortcuts)."""
        view = self.views[queue]
        self.tabs.setCurrentIndex([q for q, _ in QUEUE_TABS].index(queue))
        view.selectAll()
        view.selectionModel().setCurrentIndex(
            self.models[queue].index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    # --- shutdown -------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers, uninstall the wedge filter and let running operations finish."""
        # Every area's timers (print queue, pool warnings, sync panel...) stop with the window.
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.scan_station.shutdown()
        if self.wedge is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.wedge)
            self.wedge = None
        wait_idle()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)
