"""Reprinting labels: never without a reason, which the service writes to the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotAllowed
from app.workstation import Workstation
from ui.i18n import plural
from ui.print_setup import PrinterCombo, remembered

COMMON_REASONS = (
    QT_TRANSLATE_NOOP("ReprintDialog", "Label jammed in the printer"),
    QT_TRANSLATE_NOOP("ReprintDialog", "Label smudged or unreadable"),
    QT_TRANSLATE_NOOP("ReprintDialog", "Printed on the wrong printer"),
    QT_TRANSLATE_NOOP("ReprintDialog", "Label damaged on the parcel"),
)


class ReprintDialog(QDialog):
    """A reason (a common one or typed), optional details, and the printer."""

    def __init__(self, ws: Workstation, orders: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reprint labels"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.addItem("")
        for reason in COMMON_REASONS:
            self.reason_combo.addItem(self.tr(reason))
        self.reason_combo.setCurrentIndex(0)
        line_edit = self.reason_combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Why print these labels again? (required)"))
        self.details_edit = QLineEdit(self)
        self.details_edit.setPlaceholderText(self.tr("Details (optional)"))
        self.printer_combo = PrinterCombo(ws, self)
        self.printer_combo.select(remembered(ws).printer)

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_combo)
        form.addRow(self.tr("Details"), self.details_edit)
        form.addRow(self.tr("Printer"), self.printer_combo)
        note = QLabel(
            plural(
                "ReprintDialog",
                "The printed labels of %n order are printed again. The reason is kept in the audit trail.",
                "The printed labels of %n orders are printed again. The reason is kept in the audit trail.",
                orders,
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reprint"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_combo.editTextChanged.connect(self._update)
        self._update()
        self.resize(480, self.sizeHint().height())

    def _update(self, *_: object) -> None:
        self.ok_button.setEnabled(bool(self.reason_combo.currentText().strip()))

    def reason(self) -> str:
        reason = self.reason_combo.currentText().strip()
        details = self.details_edit.text().strip()
        return f"{reason} — {details}" if details else reason

    def printer_uri(self) -> str:
        return self.printer_combo.chosen()[1]

    def accept(self) -> None:
        if self.reason_combo.currentText().strip():
            super().accept()


def printed_parcels(ws: Workstation, order_ids: list[int]) -> list[int]:
    """The parcels of these orders whose label was printed and that have not left yet."""
    numbers = [
        p["number"]
        for order_id in order_ids
        for p in ws.queues.order_detail(order_id)["parcels"]
        if p["state"] == "printed"
    ]
    if not numbers:
        raise NotAllowed(
            QCoreApplication.translate(
                "ReprintDialog",
                "No printed label to reprint: only parcels printed and not yet shipped can be reprinted.",
            )
        )
    return ws.printing.parcels_by_number(numbers)
