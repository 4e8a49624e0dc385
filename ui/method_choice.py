"""Set the shipping method of the selected orders (#18): Orders → Set shipping method…, and the
queue's right-click menu in Review, On hold and Waybill.

``ws.carriers.set_shipping_method`` does the work at any stage before shipped (a booked
waybill is voided and booked again with the new method); what it refused is listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ui.app_texts import translate_app_text
from ui.changes import Changes
from ui.i18n import plural
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow

METHOD_SET = Changes.of("review", "on_hold", "waybill", "print", "exceptions", jobs=True)
CONTEXT_QUEUES = ("review", "on_hold", "waybill")


class MethodChoice(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ws = window.ws
        self.box: QMessageBox | None = None  # the last "not changed" list (tests look at it)
        self.action = window.add_action(window.menu_orders, self.tr("Set shipping method…"), self.choose)
        for queue in CONTEXT_QUEUES:
            view = window.views[queue]
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addAction(self.action)

    def choose(self) -> None:
        ids = self.w.selected_order_ids()
        if not ids:
            self.w.statusBar().showMessage(self.tr("Select one or more orders first"), 10_000)
            return
        methods = self.ws.carriers.method_details()
        if not methods:
            self.w.statusBar().showMessage(
                self.tr("No shipping methods yet: add them in Connections → Carriers and shipping methods"), 10_000
            )
            return
        labels = [f"{m['name']} ({m['code']}) — {m['carrier']}" for m in methods]
        label, ok = QInputDialog.getItem(
            self.w,
            self.tr("Set shipping method"),
            plural("MethodChoice", "Shipping method for %n order:", "Shipping method for these %n orders:", len(ids)),
            labels,
            0,
            False,
        )
        if ok and label in labels:
            self.apply(ids, int(methods[labels.index(label)]["id"]))

    def apply(self, ids: list[int], method_id: int) -> None:
        run_in_background(
            self.w,
            lambda: self.ws.carriers.set_shipping_method(ids, method_id),
            self._done,
            lambda exc: show_failure(self.w, exc),
            changes=METHOD_SET,
        )

    def _done(self, report: Any) -> None:
        self.w.statusBar().showMessage(
            plural(
                "MethodChoice",
                "Shipping method set for %n order",
                "Shipping method set for %n orders",
                len(report.done),
            ),
            10_000,
        )
        if report.refused:
            text = "\n".join(f"{n}: {translate_app_text(why)}" for n, why in report.refused.items())
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shipping method not changed"), text, parent=self.w)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(box.deleteLater)
            box.open()
            self.box = box


def install(window: MainWindow) -> MethodChoice:
    return MethodChoice(window)
