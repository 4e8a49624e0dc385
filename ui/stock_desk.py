"""Stock that tells the truth (#18): the shop's stock policy, low-stock alerts, reorder suggestions.

- Settings → Stock policy…: per shop, what approving does short of stock (block, warn, ignore).
- Warehouse → Reorder suggestions…: what to buy from the sales of the last days and the lead
  time, exported as a purchase list (CSV or XLSX, ``app.exports``).
- A low-stock alert (a movement took a product to its reorder point or below zero) shows in
  the status bar at once, and stays there as a button while any alert is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.workstation import Workstation
from ui.app_texts import translate_app_text
from ui.changes import Changes
from ui.i18n import plural
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ALERT_CHECK_MS = 30_000  # another station's approvals raise alerts too; this is not the 2-second poll
POLICIES = ("block", "warn", "ignore")

# ReorderDialog.COLUMNS, translated at run time from the table.
QT_TRANSLATE_NOOP("ReorderDialog", "SKU")
QT_TRANSLATE_NOOP("ReorderDialog", "Name")
QT_TRANSLATE_NOOP("ReorderDialog", "Order")
QT_TRANSLATE_NOOP("ReorderDialog", "Available")
QT_TRANSLATE_NOOP("ReorderDialog", "Sold")
QT_TRANSLATE_NOOP("ReorderDialog", "Per day")
QT_TRANSLATE_NOOP("ReorderDialog", "Lead time")
QT_TRANSLATE_NOOP("ReorderDialog", "Days left")


class StockPolicyDialog(QDialog):
    """Each shop's stock policy; saving rechecks the shop's orders in Review."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Stock policy"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What approving does when an order needs more than is available:\n"
                "Block — the order stays in Review with the reason until stock arrives.\n"
                "Warn — it is approved; the shortfall is shown and recorded in its history.\n"
                "Ignore — it is approved without a word (low-stock alerts still come)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: dict[int, tuple[QComboBox, str]] = {}
        names = {"block": self.tr("Block"), "warn": self.tr("Warn"), "ignore": self.tr("Ignore")}
        for shop in ws.products.stock_policies():
            box = QComboBox(self)
            for policy in POLICIES:
                box.addItem(names[policy], policy)
            box.setCurrentIndex(POLICIES.index(shop["stock_policy"]) if shop["stock_policy"] in POLICIES else 1)
            self.boxes[shop["id"]] = (box, shop["stock_policy"])
            form.addRow(shop["name"], box)
        if not self.boxes:
            form.addRow(QLabel(self.tr("No marketplace shop yet."), self))
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def save(self) -> None:
        changed = [
            (shop_id, box.currentData()) for shop_id, (box, was) in self.boxes.items() if box.currentData() != was
        ]

        def apply() -> None:
            for shop_id, policy in changed:
                self._ws.products.set_stock_policy(shop_id, policy)

        run_in_background(
            self, apply, lambda _r: self.accept(), lambda exc: show_failure(self, exc), changes=Changes.of("review")
        )


class ReorderDialog(QDialog):
    """What to buy: the sales pace over a window, the lead time, the days of cover after arrival."""

    COLUMNS = ("SKU", "Name", "Order", "Available", "Sold", "Per day", "Lead time", "Days left")

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.rows: list[Any] = []
        self.setWindowTitle(self.tr("Reorder suggestions"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.days = self._spin(14, 1, 365)
        self.lead = self._spin(7, 0, 365)
        self.cover = self._spin(14, 0, 365)
        for text, spin in (
            (self.tr("Sales over the last"), self.days),
            (self.tr("days · lead time"), self.lead),
            (self.tr("days (unless the product has its own) · cover"), self.cover),
        ):
            top.addWidget(QLabel(text, self))
            top.addWidget(spin)
        top.addWidget(QLabel(self.tr("days"), self))
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 260, 70, 80, 70, 70, 80)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export purchase list…"), self)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for spin in (self.days, self.lead, self.cover):
            spin.valueChanged.connect(lambda _v: self.reload())
        self.reload()

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def reload(self) -> None:
        days, lead, cover = self.days.value(), self.lead.value(), self.cover.value()
        run_in_background(self, lambda: self._ws.products.reorder(days, lead, cover), self._show)

    def _show(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (
                r.sku,
                r.name,
                r.quantity,
                r.available,
                r.sold,
                f"{r.per_day:.2f}",
                r.lead_time_days,
                "—" if r.days_left is None else f"{r.days_left:.1f}",
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 3 and r.available < 0:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(i, col, item)
        self.export_button.setEnabled(bool(self.rows))
        self.summary.setText(
            plural("ReorderDialog", "%n product to reorder", "%n products to reorder", len(self.rows))
            if self.rows
            else self.tr("Nothing to reorder: stock covers the lead time and the cover at this pace.")
        )

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export purchase list"), "purchase-list.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        rows = list(self.rows)
        run_in_background(
            self,
            lambda: self._ws.products.export_purchase_list(path, rows),
            lambda n: self.summary.setText(
                plural("ReorderDialog", "%n product written to %1", "%n products written to %1", n).replace("%1", path)
            ),
            lambda exc: show_failure(self, exc),
        )


class StockAlerts(QObject):
    """Low-stock alerts in the main window: a status message when one is raised, a button while any is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ws = window.ws
        self.last_id = 0
        self.open: list[Any] = []
        self.dialog: QDialog | None = None
        self.button = QPushButton(window)
        self.button.setFlat(True)
        self.button.setStyleSheet("color: #b26a00; font-weight: bold; padding: 0 8px;")
        self.button.clicked.connect(self.show_reorder)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        self.reorder_action = window.add_action(
            window.menu_warehouse, self.tr("Reorder suggestions…"), self.show_reorder
        )
        window.changes_applied.connect(lambda changes: self.check() if changes.stock else None)
        self.timer = QTimer(self)
        self.timer.setInterval(ALERT_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check(announce=False)  # at start: the button, no message for alerts already known

    def check(self, *, announce: bool = True) -> None:
        try:
            alerts = self.ws.products.stock_alerts()
        except ShipbenchError:  # the database is unavailable: the status bar says so already
            return
        new = [a for a in alerts if a.id > self.last_id]
        self.open = alerts
        if alerts:
            self.last_id = max(self.last_id, alerts[-1].id)
        count = plural("StockAlerts", "Low stock: %n product", "Low stock: %n products", len(alerts))
        if new and announce:  # the newest one in words until the next check; the count after
            self.button.setText(f"⚠ {self.alert_text(new[-1])} · {count}")
        elif alerts:
            self.button.setText(count)
        self.button.setToolTip("\n".join(self.alert_text(a) for a in alerts[:20]))
        self.button.setVisible(bool(alerts))

    def alert_text(self, alert: Any) -> str:
        if alert.kind == "negative":
            return (
                self.tr("%1 is below zero: %2 available").replace("%1", alert.sku).replace("%2", str(alert.available))
            )
        return (
            self.tr("%1 is at its reorder point: %2 available (reorder at %3)")
            .replace("%1", alert.sku)
            .replace("%2", str(alert.available))
            .replace("%3", str(alert.threshold))
        )

    def show_reorder(self) -> ReorderDialog:
        dialog = ReorderDialog(self.ws, self.w)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_policy(self) -> StockPolicyDialog:
        dialog = StockPolicyDialog(self.ws, self.w)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


def shortfall_message(parent: QWidget, result: Any) -> QMessageBox | None:
    """After approving: what was approved short of stock (warn), and what stock kept in Review (block)."""
    blocked = {
        number: [r for r in reasons if r.startswith("not enough stock")]
        for number, reasons in result.refused.items()
        if any(r.startswith("not enough stock") for r in reasons)
    }
    if not result.warnings and not blocked:
        return None
    lines: list[str] = []
    if result.warnings:
        lines.append(
            plural(
                "StockAlerts",
                "Approved short of stock (recorded in its history):",
                "Approved short of stock (recorded in their history):",
                len(result.warnings),
            )
        )
        lines += [f"  {n}: " + "; ".join(translate_app_text(w) for w in ws) for n, ws in result.warnings.items()]
    if blocked:
        lines.append(
            plural(
                "StockAlerts",
                "Kept in Review until stock arrives:",
                "Kept in Review until stock arrives:",
                len(blocked),
            )
        )
        lines += [f"  {n}: " + "; ".join(translate_app_text(w) for w in ws) for n, ws in blocked.items()]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StockAlerts", "Short of stock"),
        "\n".join(lines),
        parent=parent,
    )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def install(window: MainWindow) -> StockAlerts:
    return StockAlerts(window)
