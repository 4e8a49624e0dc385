"""Today's figures per packer: parcels shipped and verified, errors, parcels per hour."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui.operations import run_in_background

log = logging.getLogger(__name__)

REFRESH_MS = 60_000


class PackerFigures(QTableWidget):
    """Refreshes every minute (and after a scan when asked), off the GUI thread."""

    refreshed = Signal()

    def __init__(self, load: Callable[[], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("packerFigures")
        self._load = load
        self._busy = False
        self._again = False
        self.setHorizontalHeaderLabels(
            [self.tr("Packer"), self.tr("Shipped"), self.tr("Verified"), self.tr("Errors"), self.tr("Per hour")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        if self._busy:
            self._again = True  # read once more when the running read is back
            return
        self._busy = True
        self._again = False
        run_in_background(self, self._load, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        log.warning("packer figures not refreshed: %s", exc)
        if self._again:
            self.refresh()

    def _show(self, figures: Sequence[Any]) -> None:
        if not shiboken6.isValid(self):  # the station closed while the figures were read
            return
        self._busy = False
        if self._again:
            self.refresh()
            return
        self.setRowCount(len(figures))
        for row, f in enumerate(figures):
            cells = (f.user, str(f.shipped), str(f.verified), str(f.errors), f"{f.parcels_per_hour:.1f}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 3 and f.errors:
                    item.setForeground(Qt.GlobalColor.red)
                self.setItem(row, column, item)
        self.refreshed.emit()


class CarrierDayFigures(PackerFigures):
    """The day's end at the bench: per carrier, parcels shipped today and still to go out."""

    def __init__(self, load: Callable[[], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(load, parent)
        self.setObjectName("carrierDayFigures")
        self.setColumnCount(3)
        self.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Shipped today"), self.tr("Still to go")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show(self, figures: Sequence[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        if self._again:
            self.refresh()
            return
        self.setRowCount(len(figures))
        for row, f in enumerate(figures):
            cells = (f.carrier or self.tr("(no method)"), str(f.shipped), str(f.to_go))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.refreshed.emit()
