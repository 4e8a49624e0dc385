"""Queue tables as thin adapters over paged queries.

A queue may hold 100,000 orders; the model asks the workstation for the size and then
only for the pages the view actually paints, so opening and scrolling stay cheap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app import service_levels
from db.queries import SORTABLE, OrderRow, QueueFilter
from ui.messages import stored_row_text

log = logging.getLogger(__name__)

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class QueueSource(Protocol):
    """What the model needs from the workstation (a fake in tests may stand in)."""

    def queue_size(self, queue: str) -> int: ...

    def queue_page(self, queue: str, offset: int, limit: int) -> list[OrderRow]: ...

    def queue_ids(self, queue: str) -> list[int]: ...


class FilteredSource(Protocol):
    """What a filtered or sorted queue needs (``app.services.queues.QueuesService``)."""

    def filtered_queue_size(self, queue: str, flt: QueueFilter) -> int: ...

    def filtered_queue_page(self, queue: str, flt: QueueFilter, offset: int, limit: int) -> list[OrderRow]: ...

    def filtered_queue_ids(self, queue: str, flt: QueueFilter) -> list[int]: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueModel", text)


# (header, key): the header is translated when shown.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Order", "number"),
    ("Shop", "shop"),
    ("Recipient", "ship_name"),
    ("Country", "ship_country"),
    ("Method", "method"),
    ("Total", "total"),
    ("Ordered", "ordered_at"),
    ("Reasons / Status", "reasons"),
    ("Parcels", "parcels"),
    ("Tracking", "tracking"),
    ("Ship by", "ship_by"),
    ("Service", "service"),
)
LEVEL_NAMES = {
    "expedited": QT_TRANSLATE_NOOP("QueueModel", "Expedited"),
    "standard": QT_TRANSLATE_NOOP("QueueModel", "Standard"),
    "economy": QT_TRANSLATE_NOOP("QueueModel", "Economy"),
}
KEYS = [key for _title, key in COLUMNS]
REASONS_COLUMN = KEYS.index("reasons")
TOTAL_COLUMN = KEYS.index("total")
SHIP_BY_COLUMN = KEYS.index("ship_by")
SERVICE_COLUMN = KEYS.index("service")
_RED = QBrush(QColor("#c62828"))
_AMBER = QBrush(QColor("#b26a00"))  # an expedited order: the buyer paid for speed
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def header_text(title: str) -> str:
    """A column's header in the user's language."""
    return _t(title)


def cell_text(row: OrderRow, key: str) -> str:
    if key == "total":
        return f"{row.total} {row.currency}"
    if key == "ordered_at":
        return row.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.ordered_at else ""
    if key == "ship_by":
        if row.ship_by is None:
            return ""
        shown = row.ship_by.astimezone().strftime("%Y-%m-%d %H:%M")
        if _overdue(row):
            return QCoreApplication.translate("QueueModel", "%1 (overdue)").replace("%1", shown)
        return shown
    if key == "service":
        level = service_levels.level_of(row.service)
        return _t(LEVEL_NAMES[level]) if level else row.service
    if key == "reasons":
        reasons = QCoreApplication.translate("QueueModel", "; ").join(stored_row_text(*said) for said in row.said)
        if reasons:
            return reasons
        if row.queue == "review":
            return QCoreApplication.translate("QueueModel", "ready to approve")
        return QCoreApplication.translate("QueueModel", row.status.replace("_", " "))
    return str(getattr(row, key))


def _overdue(row: OrderRow) -> bool:
    return (
        row.ship_by is not None and row.queue not in ("shipped", "cancelled") and row.ship_by < dt.datetime.now(dt.UTC)
    )


class QueueModel(QAbstractTableModel):
    """One queue's orders, loaded a page at a time and cached until ``refresh()``."""

    def __init__(self, source: QueueSource, queue: str, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._source = source
        self.queue = queue
        self.page_size = page_size
        self._pages: dict[int, list[OrderRow]] = {}
        self.filter = QueueFilter()  # the filter bar's choice; plain = the whole queue by id
        self.sort_key = ""  # a clicked header: a db.queries.SORTABLE key, "-" before it for descending
        self._size = source.queue_size(queue)
        self.page_fetches = 0  # how many pages were read since creation (tests, logs)

    @property
    def filtered(self) -> bool:
        return not self.shown.is_plain

    @property
    def shown(self) -> QueueFilter:
        """The filter bar's choice in the clicked header's order."""
        return dataclasses.replace(self.filter, sort=self.sort_key) if self.sort_key else self.filter

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] in SORTABLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database (a whitelisted column, then id); any other column: by id."""
        key = COLUMNS[column][1] if self.sortable(column) else ""
        if key and order == Qt.SortOrder.DescendingOrder:
            key = "-" + key
        if key != self.sort_key:
            self.sort_key = key
            self.refresh()

    def set_filter(self, flt: QueueFilter) -> None:
        """Show only the orders the filter bar asks for, in its order; re-reads the size."""
        self.filter = flt
        self.refresh()

    def all_ids(self) -> list[int]:
        """Every order id the model shows (a "select all"), without reading the rows."""
        if self.filtered:
            return self._filtered_source().filtered_queue_ids(self.queue, self.shown)
        return self._source.queue_ids(self.queue)

    def _filtered_source(self) -> FilteredSource:
        return self._source  # type: ignore[return-value]

    # --- the paged cache ------------------------------------------------------------

    def _row(self, row: int) -> OrderRow | None:
        page_no, within = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            if self.filtered:
                page = self._filtered_source().filtered_queue_page(
                    self.queue, self.shown, page_no * self.page_size, self.page_size
                )
            else:
                page = self._source.queue_page(self.queue, page_no * self.page_size, self.page_size)
            self._pages[page_no] = page
            self.page_fetches += 1
            log.debug("queue %s: page %s fetched (%s rows)", self.queue, page_no, len(page))
        # The queue may have shrunk since the size was read; the next refresh fixes it.
        return page[within] if within < len(page) else None

    def refresh(self, size: int | None = None) -> None:
        """Forget every cached page and re-read the size (or take a size just counted)."""
        self.beginResetModel()
        self._pages.clear()
        if self.filtered:  # the queue's count says nothing about the filtered rows
            self._size = self._filtered_source().filtered_queue_size(self.queue, self.shown)
        else:
            self._size = self._source.queue_size(self.queue) if size is None else size
        self.endResetModel()

    def shows_any(self, order_ids: frozenset[int]) -> bool:
        """Whether a page read so far holds one of these orders (the change feed: re-read me)."""
        return any(row.id in order_ids for page in self._pages.values() for row in page)

    @property
    def size(self) -> int:
        return self._size

    def order_id(self, row: int) -> int | None:
        found = self._row(row) if 0 <= row < self._size else None
        return found.id if found else None

    def order_ids(self, rows: list[int]) -> list[int]:
        return [i for i in (self.order_id(r) for r in sorted(set(rows))) if i is not None]

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._size

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _t(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._size:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._size or index.column() >= len(COLUMNS):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SHIP_BY_COLUMN:
                return _RED if _overdue(row) else None
            if column == SERVICE_COLUMN:
                return _AMBER if service_levels.level_of(row.service) == "expedited" else None
            return (
                _RED
                if column == REASONS_COLUMN and row.reasons and self.queue in ("review", "exceptions", "waybill")
                else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TOTAL_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return cell_text(row, COLUMNS[column][1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Qt asks this per cell, e.g. for every cell of a "select all": keep it a constant.
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
