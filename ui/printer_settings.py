"""Printer settings: the configured printers with their status, add / edit, and a test print.

Asking a printer how it is (``printer_status``) and sending a test label go over the
network or to a device, so both run off the GUI thread; the list shows a grey dot
until the printer answered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.services.printing import PrinterInfo
from app.workstation import Workstation
from printers.status import PrinterStatus
from ui.messages import error_text
from ui.operations import run_in_background, show_failure
from ui.printer_form import LANGUAGES, PrinterForm, alive
from ui.printer_states import status_text

log = logging.getLogger(__name__)

STATE_COLOURS = {"ready": "#1b8a3a", "unknown": "#9aa0a6", "paused": "#f29900", "checking": "#9aa0a6"}
FAULT_COLOUR = "#c62828"
GOOD = "color: #1b8a3a;"
BAD = "color: #c62828;"


def dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class PrinterSettingsDialog(QDialog):
    """List on the left, the form of the printer being added or edited on the right."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PrinterSettingsDialog", "Printer"),
        QT_TRANSLATE_NOOP("PrinterSettingsDialog", "Language"),
        QT_TRANSLATE_NOOP("PrinterSettingsDialog", "Status"),
    )
    STATUS = 2

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Printers"))
        self.resize(1200, 640)
        self._printers: list[PrinterInfo] = []
        self._editing: int | None = None  # printer id; None while adding

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.test_button = QPushButton(self.tr("Test print"), self)
        self.calibrate_button = QPushButton(self.tr("Calibrate"), self)
        self.refresh_button = QPushButton(self.tr("Refresh status"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.test_button.clicked.connect(self.test_print)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.refresh_button.clicked.connect(self.refresh_status)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.test_button, self.calibrate_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.test_result)

        self.form = PrinterForm(ws, self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.cancel_edit_button = QPushButton(self.tr("Discard changes"), self)
        self.save_button.clicked.connect(self.save)
        self.cancel_edit_button.clicked.connect(self._discard)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_edit_button)
        form_buttons.addWidget(self.save_button)
        self.form_box = QGroupBox(self.tr("New printer"), self)
        box = QVBoxLayout(self.form_box)
        box.addWidget(self.form, 1)
        box.addLayout(form_buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.form_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(close)

        self.reload()
        if self._printers:
            self.table.selectRow(0)
        else:
            self.add()

    # --- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the configured printers, then ask each for its status in the background."""
        self._printers = self.ws.printing.printers()
        languages = dict(LANGUAGES)
        self.table.setRowCount(len(self._printers))
        for row, p in enumerate(self._printers):
            cells = (p.name, f"{languages.get(p.language, p.language)} · {p.dpi} dpi", self.tr("Checking…"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(p.uri if column == 0 else text)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, p.id)
            self.table.item(row, self.STATUS).setIcon(dot(STATE_COLOURS["checking"]))
        self.table.resizeRowsToContents()
        self._selection_changed()
        self.refresh_status()

    def printer_names(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def status_text(self, name: str) -> str:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                return self.table.item(row, self.STATUS).text()
        raise KeyError(name)

    def refresh_status(self) -> None:
        ws = self.ws
        for p in self._printers:
            printer_id = p.id
            run_in_background(
                self,
                lambda printer_id=printer_id: ws.printing.printer_status(printer_id),
                alive(self, lambda status, printer_id=printer_id: self._show_status(printer_id, status)),
                alive(
                    self,
                    lambda exc, printer_id=printer_id: self._show_status(
                        printer_id, PrinterStatus("error", error_text(exc), {})
                    ),
                ),
            )

    def _show_status(self, printer_id: int, status: PrinterStatus) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == printer_id:
                item = self.table.item(row, self.STATUS)
                item.setText(status_text(status))
                item.setToolTip(status_text(status))
                item.setIcon(dot(STATE_COLOURS.get(status.state, FAULT_COLOUR)))
                item.setData(Qt.ItemDataRole.UserRole, status.state)
                self.table.resizeRowToContents(row)

    def selected(self) -> PrinterInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        printer_id = self.table.item(min(rows), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self._printers if p.id == printer_id), None)

    def select(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.test_button.setEnabled(has)
        self.refresh_button.setEnabled(bool(self._printers))
        printer = self.selected()
        self._offer_calibration(printer)
        if printer is not None and self._editing != printer.id:
            self.test_result.clear()
            self.edit(printer)

    def _offer_calibration(self, printer: PrinterInfo | None) -> None:
        """Only label printers have a media sensor; the button says why it is off otherwise."""
        can = printer is not None and self.ws.printing.can_calibrate(printer.language)
        self.calibrate_button.setEnabled(can)
        if printer is None:
            self.calibrate_button.setToolTip(self.tr("Choose a printer to calibrate."))
        elif can:
            self.calibrate_button.setToolTip(
                self.tr("The printer feeds a few blank labels to measure the label length and gap.")
            )
        elif printer.language == "escpos":
            self.calibrate_button.setToolTip(
                self.tr("Receipt printers (ESC/POS) print on continuous paper: there is nothing to calibrate.")
            )
        else:
            self.calibrate_button.setToolTip(self.tr("PDF printers are set up by their own driver."))

    # --- add / edit -------------------------------------------------------------------

    def add(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.form_box.setTitle(self.tr("New printer"))
        self.form.load(None)
        self.form.name_edit.setFocus()

    def edit_selected(self) -> None:
        printer = self.selected()
        if printer is not None:
            self.edit(printer)

    def edit(self, printer: PrinterInfo) -> None:
        self._editing = printer.id
        self.form_box.setTitle(self.tr("Edit %1").replace("%1", printer.name))
        self.form.load(printer)

    def _discard(self) -> None:
        printer = next((p for p in self._printers if p.id == self._editing), None)
        if printer is None:
            self.form.load(None)
        else:
            self.form.load(printer)

    def save(self) -> bool:
        """Check and store the form; problems stay visible next to it and nothing is saved."""
        try:
            profile = self.form.profile()
        except ValueError as exc:
            self.form.show_errors(str(exc))
            return False
        try:
            printer_id = self.ws.printing.save_printer(profile, template=self.form.template(), printer_id=self._editing)
        except ShipbenchError as exc:
            self.form.show_errors(str(exc))
            return False
        self.form.show_errors("")
        self._editing = printer_id
        self.reload()
        self.select(profile.name)
        self.test_result.setStyleSheet(GOOD)
        self.test_result.setText(self.tr("Saved %1").replace("%1", profile.name))
        return True

    # --- test print -------------------------------------------------------------------

    def test_print(self) -> None:
        """Ask the printer first: a printer out of labels takes the bytes and prints nothing."""
        printer = self.selected()
        if printer is None:
            return
        ws, printer_id = self.ws, printer.id
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Sending a test label to %1…").replace("%1", printer.name))

        def work() -> PrinterStatus | None:
            status = ws.printing.printer_status(printer_id)
            if status.state not in ("ready", "unknown"):
                return status
            ws.printing.test_print(printer_id)
            return None

        def done(problem: PrinterStatus | None) -> None:
            self.test_button.setEnabled(self.selected() is not None)
            if problem is None:
                self.test_result.setStyleSheet(GOOD)
                self.test_result.setText(self.tr("Test label sent to %1.").replace("%1", printer.name))
            else:
                self._show_status(printer_id, problem)
                self.test_result.setStyleSheet(BAD)
                self.test_result.setText(self.tr("No test label: %1").replace("%1", status_text(problem)))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(self.selected() is not None)
            if isinstance(exc, ShipbenchError):
                self.test_result.setStyleSheet(BAD)
                self.test_result.setText(self.tr("Test print failed: %1").replace("%1", error_text(exc)))
            else:
                show_failure(self, exc)

        run_in_background(self, work, alive(self, done), alive(self, failed))

    # --- calibration ------------------------------------------------------------------

    def calibrate(self) -> None:
        """Send the media calibration command alone, off the GUI thread; no label prints."""
        printer = self.selected()
        if printer is None or not self.ws.printing.can_calibrate(printer.language):
            return
        ws, printer_id = self.ws, printer.id
        self.calibrate_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Calibrating %1…").replace("%1", printer.name))

        def done(sent: str) -> None:
            self._offer_calibration(self.selected())
            self.test_result.setStyleSheet(GOOD)
            self.test_result.setText(
                self.tr("%1 is calibrating (%2): it feeds a few blank labels to measure them.")
                .replace("%1", printer.name)
                .replace("%2", sent)
            )

        def failed(exc: BaseException) -> None:
            self._offer_calibration(self.selected())
            if isinstance(exc, ShipbenchError):
                self.test_result.setStyleSheet(BAD)
                self.test_result.setText(self.tr("Calibration failed: %1").replace("%1", str(exc)))
            else:
                show_failure(self, exc)

        run_in_background(self, lambda: ws.printing.calibrate(printer_id), alive(self, done), alive(self, failed))
