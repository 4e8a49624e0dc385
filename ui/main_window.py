"""The main window: the queues as tabs, batch actions, order details, and the scan station.

Each area (``ui/<area>.py``) adds itself through ``install(window)``, using the typed
extension points below (``add_action``, ``add_dock``, ``add_tab``) and returning its
area object, which the window keeps under a declared attribute. Actions say what they
changed (``window.changed(Changes…)``); the window re-reads only those views.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.errors import ShipbenchError, database_lost
from app.scanning import Verdict
from app.workstation import Status, Workstation
from ui import (
    carrier_views,
    empty_queues,
    import_wizard,
    live_views,
    menus,
    method_choice,
    order_desk,
    postage_dialog,
    reports,
    rules_search,
    stock_desk,
    sync_panel,
    tracking_view,
)
from ui.batch_actions import BatchActions
from ui.carrier_views import CarrierViews
from ui.changes import NOTHING, Changes
from ui.db_connection import DatabaseLink
from ui.detail import OrderDetail
from ui.documents_menu import DocumentActions
from ui.i18n import plural
from ui.import_wizard import ImportWizard, WarehouseFiles
from ui.method_choice import MethodChoice
from ui.models import QueueModel
from ui.operations import show_failure, wait_idle
from ui.order_desk import OrderDeskActions
from ui.postage_dialog import PostageDialog
from ui.print_queue import PrintQueueView
from ui.printer_settings import PrinterSettingsDialog
from ui.queue_columns import QueueColumns
from ui.reports import ReportsScreen
from ui.rules_search import ReviewFilterBar, RulesArea
from ui.scan_station import ScanStation
from ui.stock_desk import StockAlerts
from ui.sync_panel import SyncPanel
from ui.tracking_view import TrackingViews
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
REFRESH_MS = 2000
# Scan verdicts that recorded the scan and changed nothing else; any other verdict (a
# parcel shipped, force-shipped, handed over…) moves orders between these queues.
READ_ONLY_VERDICTS = frozenset(
    {
        "already_shipped",
        "already_handed",
        "intercepted",
        "misread",
        "not_a_parcel",
        "not_printed",
        "no_waybill",
        "unknown",
        "layout",
        "command",
        "error",
        "not_recorded",
        "wrong_item",
    }
)
SCAN_OUT = Changes.of("scan", "shipped", "exceptions", jobs=True, stock=True)


def queue_label(queue: str) -> str:
    return QCoreApplication.translate("Queues", dict(QUEUE_TABS)[queue])


class _ScrollsWhenShort(QScrollArea):
    """A page that fills its tab and scrolls only when the tab is shorter (or narrower)
    than the page's minimum. ``widgetResizable`` would size a page with word-wrapped
    labels to its preferred height and scroll a station that fits."""

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the tab's size, or a scroll bar came or went
            self._fit()
        return super().viewportEvent(event)

    def _fit(self) -> None:
        page, least = self.widget(), self.widget().minimumSizeHint()
        page.resize(max(self.viewport().width(), least.width()), max(self.viewport().height(), least.height()))


class MainWindow(QMainWindow):
    """Everything a seller needs on one screen; the scan station one click (or F2) away."""

    refreshed = Signal()  # after every re-read, the 2-second one included
    changes_applied = Signal(object)  # Changes, once the window re-read them: areas refresh their part

    # The areas, each installed by its module's ``install(window)``.
    order_desk: OrderDeskActions
    stock_desk: StockAlerts
    method_choice: MethodChoice
    tracking_views: TrackingViews
    rules_area: RulesArea
    review_filters: ReviewFilterBar
    sync_panel: SyncPanel
    sync_dock: QDockWidget
    carrier_views: CarrierViews
    reports: ReportsScreen
    warehouse_files: WarehouseFiles
    import_orders_action: QAction
    import_wizard: ImportWizard | None = None  # the last import wizard opened
    printer_dialog: PrinterSettingsDialog | None = None  # the printer settings, while open
    postage_dialog: PostageDialog | None = None  # the last postage dialog opened

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.wedge: WedgeFilter | None = None
        self.setWindowTitle(self.tr("Shipbench"))
        self.resize(1280, 800)
        self._counts: dict[str, int] = {}
        self._no_detail_tabs: set[int] = set()

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.models: dict[str, QueueModel] = {}
        self.views: dict[str, QTableView] = {}
        self.queue_columns: QueueColumns | None = None
        for queue, _label in QUEUE_TABS:
            self._add_queue_tab(queue)
        self.scan_station = ScanStation(ws, self)
        # an icon, not "▶": no bundled font has that glyph, so a PC without one would show a box
        self.scan_tab_index = self.add_tab(self.scan_station, self.tr("Scan station"), scroll=True)
        self.tabs.setTabIcon(self.scan_tab_index, self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        # Queued: the verdict is on the screen before the queues are re-read.
        self.scan_station.scanned.connect(self._scanned, Qt.ConnectionType.QueuedConnection)
        self.scan_station.full_screen_changed.connect(self._station_full_screen)
        self.print_queue = PrintQueueView(ws, self)
        self.print_jobs_tab_index = self.add_tab(self.print_queue, self.tr("Print jobs"))

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
        # Each area adds its menu entries, tabs and docks (ui/<area>.install), in menu order.
        self.import_orders_action, self.warehouse_files = import_wizard.install(self)
        self.order_desk = order_desk.install(self)
        self.stock_desk = stock_desk.install(self)
        self.method_choice = method_choice.install(self)
        self.tracking_views = tracking_view.install(self)
        self.rules_area = rules_search.install(self)
        self.review_filters = self.rules_area.filters
        self.sync_panel, self.sync_dock = sync_panel.install(self)
        self.carrier_views = carrier_views.install(self)
        self.reports = reports.install(self)
        postage_dialog.install(self)
        self.menus = menus.install(self)
        self.empty_hints = empty_queues.install(self)
        self.live_views = live_views.install(self)  # another station's changes, within a second

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start()
        self.refresh_status()
        self._tab_changed(self.tabs.currentIndex())

    # --- building -------------------------------------------------------------------

    def _add_queue_tab(self, queue: str) -> None:
        model = QueueModel(self.ws.queues, queue)
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(26)
        view.verticalHeader().setVisible(False)
        if self.queue_columns is None:
            from ui.print_setup import ui_settings

            self.queue_columns = QueueColumns(ui_settings(self.ws), self.ws.settings.user)
        self.queue_columns.set_up(view)  # widths for 1366×768, the column chooser, header sorting
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
        self.toolbar = bar
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
            self.approve_action,
            self.hold_action,
            self.waybill_action,
            self.print_action,
            self.reprint_action,
            self.documents_action,
        ]

    def _build_menus(self) -> None:
        """File, the areas' menus, Settings, Help; ``ui.menus.install`` fills File, Settings and Help."""
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_orders = bar.addMenu(self.tr("&Orders"))
        self.menu_warehouse = bar.addMenu(self.tr("&Warehouse"))
        self.menu_connections = bar.addMenu(self.tr("&Connections"))
        self.menu_settings = bar.addMenu(self.tr("&Settings"))
        self.menu_help = bar.addMenu(self.tr("&Help"))

    def show_printers(self) -> PrinterSettingsDialog:
        """The printer settings, window-modal without blocking (so tests and timers keep running)."""
        dialog = PrinterSettingsDialog(self.ws, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self._printers_closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.printer_dialog = dialog
        dialog.open()
        return dialog

    def _printers_closed(self, dialog: PrinterSettingsDialog) -> None:
        if self.printer_dialog is dialog:
            self.printer_dialog = None
        # The print setup and the jobs' printer names read the profiles again.
        self.changed(Changes(printers=True))

    def show_print_jobs(self) -> None:
        self.tabs.setCurrentIndex(self.print_jobs_tab_index)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_link = DatabaseLink(self)  # "Database connection lost — reconnecting…", leftmost
        self.db_link.state_changed.connect(self.scan_station.show_database)  # full screen hides the bar
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.sync_label = QLabel(self)
        for label in (self.online_label, self.pending_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    # --- extension points: how an area adds itself (ui/<area>.install) ------------------

    def add_action(
        self,
        menu: QMenu | None,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence | str | None = None,
        toolbar: bool = False,
    ) -> QAction:
        """An action in ``menu`` (``menu_orders``, ``menu_warehouse``, ``menu_connections`` or a submenu)."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if menu is not None:
            menu.addAction(action)
        else:
            self.addAction(action)  # no menu: a window-wide shortcut
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, *, menu: QMenu, text: str) -> QAction:
        """A dock, hidden until its toggle (returned, added to ``menu``) shows it.

        Its content scrolls rather than growing the window past the screen (1366×768).
        """
        content = dock.widget()
        if content is not None and not isinstance(content, QAbstractScrollArea):
            scroll = QScrollArea(dock)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(content)
            dock.setWidget(scroll)
        self.addDockWidget(area, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        menu.addAction(toggle)
        return toggle

    def add_tab(self, widget: QWidget, label: str, *, detail: bool = True, scroll: bool = False) -> int:
        """A tab after the queues (the scan station, the print jobs…); returns its index.

        ``detail=False``: the order detail pane is hidden while the tab is shown (it has no orders).
        ``scroll=True``: a tall page scrolls when the window is short instead of making every
        tab as tall as it is (which left an opened Sync dock 100 pixels at 1366×768)."""
        if scroll:
            widget = _ScrollsWhenShort(widget, self.tabs)
        index = self.tabs.addTab(widget, label)
        if not detail:
            self._no_detail_tabs.add(index)
        return index

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
        self.detail.setVisible(
            not on_station and index != self.print_jobs_tab_index and index not in self._no_detail_tabs
        )
        self._update_actions()
        queue = self.current_queue()
        if queue is not None:
            self._current_changed(self.views[queue].currentIndex(), QModelIndex())
        elif on_station:
            self.scan_station.entry.setFocus()

    def show_current_detail(self) -> None:
        """Read the detail pane's order again (another station changed it)."""
        queue = self.current_queue()
        if queue is not None:
            self._current_changed(self.views[queue].currentIndex(), QModelIndex())

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
            self.detail.show_order(self.ws.queues.order_detail(order_id))
        except ShipbenchError as exc:
            show_failure(self, exc)

    # --- refreshing -----------------------------------------------------------------

    def refresh_status(self) -> None:
        """Every 2 s: counts, connection, pending work — one quick local read."""
        self._reread(NOTHING)

    def changed(self, changes: Changes) -> None:
        """After an action: reload the queues it changed (and any whose count moved), then the areas showing the rest."""
        if not self._reread(changes):
            return
        if changes.print_jobs and self.print_queue.isVisible():  # hidden, it re-reads when shown
            self.print_queue.refresh()
        if changes.printers and self.printer_dialog is not None and self.printer_dialog.isVisible():
            self.printer_dialog.reload()
        self.changes_applied.emit(changes)

    def _scanned(self, verdict: Verdict) -> None:
        if verdict.kind == "not_recorded" and verdict.params.get("lost"):
            self.db_link.lost()  # the scan found the server away before the 2-second read did
        if verdict.kind not in READ_ONLY_VERDICTS:
            self.changed(SCAN_OUT)

    def _reread(self, changes: Changes) -> bool:
        if self.db_link.down:  # its probe, off this thread, finds out when the server is back
            return False
        try:
            status = self.ws.sync.status(finished=False)
        except Exception as exc:
            if database_lost(exc):
                self.db_link.lost(exc)
                return False
            if not isinstance(exc, ShipbenchError):
                raise
            self.online_label.setText(self.tr("Database unavailable — %1").replace("%1", str(exc)))
            self.online_label.setStyleSheet("color: #c62828; font-weight: bold;")
            return False
        self._apply_status(status, changes.queues)
        return True

    def _apply_status(self, status: Status, reload: frozenset[str]) -> None:
        for i, (queue, _label) in enumerate(QUEUE_TABS):
            count = status.queues.get(queue, 0)
            if queue in reload or self._counts.get(queue) != count:
                self.models[queue].refresh(count)
            text = f"{queue_label(queue)} ({count})"
            if self.tabs.tabText(i) != text:  # an unchanged tab costs no relayout and repaint
                self.tabs.setTabText(i, text)
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
        self.detail.setVisible(
            not on and self.tabs.currentIndex() not in (self.scan_tab_index, self.print_jobs_tab_index)
        )
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
        self.db_link.stop()
        self.live_views.stop()
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
