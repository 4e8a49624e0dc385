"""An empty queue says what to do next, instead of showing a blank table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QTableView

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.models import QueueModel

HINTS = {
    "review": QT_TRANSLATE_NOOP(
        "EmptyQueues",
        "No orders to review.\nOrders arrive from your marketplaces every minute (Sync now: Ctrl+R), "
        "or import an order file: File → Import orders (Ctrl+I).\n"
        "No marketplace yet? Settings → Marketplace accounts.",
    ),
    "waybill": QT_TRANSLATE_NOOP(
        "EmptyQueues", "No orders wait for a waybill.\nApprove orders in Review (Ctrl+Return) and they come here."
    ),
    "print": QT_TRANSLATE_NOOP(
        "EmptyQueues", "No labels to print.\nRequest waybills in the Waybill tab (Ctrl+Shift+W) and they come here."
    ),
    "scan": QT_TRANSLATE_NOOP(
        "EmptyQueues",
        "No parcels to scan out.\nPrint labels in the Print tab (Ctrl+P), then open the scan station (F2).",
    ),
    "shipped": QT_TRANSLATE_NOOP(
        "EmptyQueues", "Nothing shipped yet.\nParcels scanned at the scan station (F2) are listed here."
    ),
    "on_hold": QT_TRANSLATE_NOOP("EmptyQueues", "No orders on hold."),
    "exceptions": QT_TRANSLATE_NOOP("EmptyQueues", "No exceptions: nothing needs your attention."),
    "cancelled": QT_TRANSLATE_NOOP("EmptyQueues", "No cancelled orders."),
}
FILTERED = QT_TRANSLATE_NOOP("EmptyQueues", "No orders match the filter.\nClear the filter to see the whole queue.")


def hint(queue: str, *, filtered: bool = False) -> str:
    if filtered:
        return QCoreApplication.translate("EmptyQueues", FILTERED)
    return QCoreApplication.translate("EmptyQueues", HINTS.get(queue, "")) if queue in HINTS else ""


class EmptyHint(QObject):
    """A centred grey note over an empty queue view, kept to the viewport's size."""

    def __init__(self, queue: str, view: QTableView, model: QueueModel) -> None:
        super().__init__(view)
        self.queue = queue
        self.view = view
        self.model = model
        self.label = QLabel(view.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #555; font-size: 11pt; padding: 24px")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False

    def update(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.label.setText(hint(self.queue, filtered=self.model.filtered))
            self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty)


def install(window: MainWindow) -> dict[str, EmptyHint]:
    return {queue: EmptyHint(queue, view, window.models[queue]) for queue, view in window.views.items()}
