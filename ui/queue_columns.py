"""The queue tables' columns: widths that fit 1366×768, a chooser, header sorting.

Every queue shows order, recipient, country, method, tracking and ship-by without scrolling on a
1366-pixel screen: shop, total, ordered time and the parcel count start hidden and come back through the
header's right-click menu. The choice is remembered per user in the station's ``ui.ini``.
A header click sorts through the database (``QueueModel.sort``); columns the database
cannot sort by (reasons, parcels, tracking, shop) keep the current order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTableView

from ui.models import COLUMNS, QueueModel, header_text

DEFAULT_HIDDEN = ("shop", "total", "ordered_at", "parcels")
WIDTHS = {
    "number": 150,
    "shop": 110,
    "ship_name": 130,
    "ship_country": 56,
    "method": 165,
    "total": 80,
    "ordered_at": 120,
    "reasons": 125,
    "parcels": 80,
    "tracking": 130,
    "ship_by": 130,
    "service": 80,
}


# what an empty queue tells the user to do next
EMPTY = {
    "review": QT_TRANSLATE_NOOP(
        "QueueColumns", "No orders to review. Sync now pulls new orders from your shops; or import an order file."
    ),
    "waybill": QT_TRANSLATE_NOOP(
        "QueueColumns", "Nothing waits for a waybill. Approve orders in Review to send them here."
    ),
    "print": QT_TRANSLATE_NOOP("QueueColumns", "No labels to print. Request waybills for the orders in Waybill."),
    "scan": QT_TRANSLATE_NOOP(
        "QueueColumns", "Nothing to scan. Parcels whose labels printed wait here for the scan station."
    ),
    "shipped": QT_TRANSLATE_NOOP(
        "QueueColumns", "Nothing shipped yet. Parcels scanned out at the scan station show here."
    ),
    "on_hold": QT_TRANSLATE_NOOP("QueueColumns", "No orders on hold."),
    "exceptions": QT_TRANSLATE_NOOP(
        "QueueColumns", "No exceptions. Orders whose waybill or confirmation failed show here."
    ),
    "cancelled": QT_TRANSLATE_NOOP("QueueColumns", "No cancelled orders."),
}


class EmptyHint(QLabel):
    """A sentence over an empty queue's table saying what to do next; hidden while the queue has orders."""

    def __init__(self, view: QTableView, model: QueueModel) -> None:
        text = QCoreApplication.translate("QueueColumns", EMPTY.get(model.queue, ""))
        super().__init__(text, view.viewport())
        self.model = model
        self.setObjectName("empty_hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(dark); padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model.modelReset.connect(self.follow)
        model.rowsInserted.connect(self.follow)
        model.rowsRemoved.connect(self.follow)
        view.viewport().installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(self.model.rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False


def _key(user: str) -> str:
    return f"queue_columns/{user or 'default'}/hidden"


def hidden_columns(settings: QSettings, user: str) -> list[str]:
    value = settings.value(_key(user))
    if value is None:
        return list(DEFAULT_HIDDEN)
    if isinstance(value, str):  # an ini file keeps a one-item list as a string
        return [value] if value else []
    return [str(v) for v in value]


class QueueColumns:
    """Sets up one queue table's header and keeps every queue table's hidden columns alike."""

    def __init__(self, settings: QSettings, user: str) -> None:
        self.settings = settings
        self.user = user
        self.views: list[QTableView] = []

    def set_up(self, view: QTableView) -> None:
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, (_title, key) in enumerate(COLUMNS):
            view.setColumnWidth(column, WIDTHS.get(key, 100))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda column, order, v=view: self._sort(v, column, order))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos, v=view: self._menu(v, pos))
        self.views.append(view)
        self._apply(view, hidden_columns(self.settings, self.user))
        self._empty_hint(view)

    @staticmethod
    def _empty_hint(view: QTableView) -> None:
        model = view.model()
        assert isinstance(model, QueueModel)
        EmptyHint(view, model)

    def _sort(self, view: QTableView, column: int, order: Qt.SortOrder) -> None:
        model = view.model()
        assert isinstance(model, QueueModel)
        if model.sortable(column):
            model.sort(column, order)
            return
        header = view.horizontalHeader()  # not a database column: the indicator goes back
        key = model.sort_key.removeprefix("-")
        back = next((i for i, (_t, k) in enumerate(COLUMNS) if k == key), -1)
        descending = model.sort_key.startswith("-")
        header.blockSignals(True)
        header.setSortIndicator(back, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _menu(self, view: QTableView, pos: QPoint) -> None:
        menu = self.chooser(view)
        menu.exec(view.horizontalHeader().mapToGlobal(pos))

    def chooser(self, view: QTableView) -> QMenu:
        """A checkable entry per column; the order number cannot be hidden."""
        menu = QMenu(view)
        hidden = hidden_columns(self.settings, self.user)
        for title, key in COLUMNS:
            action = menu.addAction(header_text(title))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setEnabled(key != "number")
            action.toggled.connect(lambda on, k=key: self.show_column(k, on))
        return menu

    def show_column(self, key: str, shown: bool) -> None:
        hidden = [k for k in hidden_columns(self.settings, self.user) if k != key] + ([] if shown else [key])
        self.settings.setValue(_key(self.user), hidden)
        self.settings.sync()
        for view in self.views:
            self._apply(view, hidden)

    @staticmethod
    def _apply(view: QTableView, hidden: list[str]) -> None:
        header: QHeaderView = view.horizontalHeader()
        for column, (_title, key) in enumerate(COLUMNS):
            header.setSectionHidden(column, key in hidden)
