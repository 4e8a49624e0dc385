"""Orders → Stuck in transit… (#18): shipped parcels not delivered N days after shipping, and the
carrier's tracking exceptions, with the latest event; "Look up now" arms the tracking looks due.

The looks themselves run in the outbox (``app/tracking.py``); the background worker arms
them every 15 minutes, this button at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.workstation import Workstation
from ui.changes import Changes
from ui.i18n import plural
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STATES = {
    "in_transit": QT_TRANSLATE_NOOP("StuckDialog", "in transit"),
    "exception": QT_TRANSLATE_NOOP("StuckDialog", "exception"),
    "unknown": QT_TRANSLATE_NOOP("StuckDialog", "not looked up yet"),
}
QT_TRANSLATE_NOOP("StuckDialog", "Parcel")
QT_TRANSLATE_NOOP("StuckDialog", "Order")
QT_TRANSLATE_NOOP("StuckDialog", "Tracking")
QT_TRANSLATE_NOOP("StuckDialog", "State")
QT_TRANSLATE_NOOP("StuckDialog", "Days")
QT_TRANSLATE_NOOP("StuckDialog", "Latest event")


class StuckDialog(QDialog):
    COLUMNS = ("Parcel", "Order", "Tracking", "State", "Days", "Latest event")

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.rows: list[Any] = []
        self.setWindowTitle(self.tr("Stuck in transit"))
        self.resize(960, 480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Not delivered after"), self))
        self.days = QSpinBox(self)
        self.days.setRange(0, 60)
        self.days.setValue(10)
        self.days.valueChanged.connect(lambda _v: self.reload())
        top.addWidget(self.days)
        top.addWidget(QLabel(self.tr("days, and every tracking exception"), self))
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 170, 170, 120, 50)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.look_up = QPushButton(self.tr("Look up now"), self)
        self.look_up.clicked.connect(self.look_up_now)
        buttons.addWidget(self.look_up)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        days = self.days.value()
        run_in_background(self, lambda: self._ws.carriers.stuck_in_transit(days), self._show)

    def _show(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            state = QCoreApplication.translate("StuckDialog", STATES.get(r.state, r.state))
            for col, value in enumerate((r.number, r.order, r.tracking_number, state, r.days, r.note)):
                item = QTableWidgetItem(str(value))
                if col == 3 and r.state == "exception":
                    item.setForeground(Qt.GlobalColor.red)
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.summary.setText(
            plural("StuckDialog", "%n parcel needs a look", "%n parcels need a look", len(self.rows))
            if self.rows
            else self.tr("Nothing stuck: every parcel is delivered or still within its days.")
        )

    def look_up_now(self) -> None:
        def arm() -> int:
            armed = self._ws.sync.schedule_tracking()
            self._ws.sync.wake()
            return armed

        run_in_background(
            self,
            arm,
            lambda n: self.summary.setText(
                plural("StuckDialog", "%n parcel is being looked up", "%n parcels are being looked up", n)
            ),
            lambda exc: show_failure(self, exc),
            changes=Changes(jobs=True),
        )


class TrackingViews(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: StuckDialog | None = None
        self.action = window.add_action(window.menu_orders, self.tr("Stuck in transit…"), self.show_stuck)

    def show_stuck(self) -> StuckDialog:
        dialog = StuckDialog(self.w.ws, self.w)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


def install(window: MainWindow) -> TrackingViews:
    return TrackingViews(window)
