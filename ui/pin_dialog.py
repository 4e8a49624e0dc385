"""Supervisor PIN + reason: force-ship, undo the last scan, accept a parcel as packed.

The dialog runs the supervised action itself when OK is pressed, so a wrong PIN (or a
packer's PIN) shows the service's own message in the dialog, which stays open for
another try; it closes only when the action succeeded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from ui.messages import error_text

log = logging.getLogger(__name__)

# (pin, reason) → the service's result; raises NotAllowed for a wrong PIN
Action = Callable[[str, str], Any]


class PinDialog(QDialog):
    """Masked digits-only PIN and a required reason; ``result_value`` holds what the action returned."""

    def __init__(self, title: str, explanation: str, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._action = action
        self.result_value: Any = None

        big = QFont(self.font())
        big.setPointSize(max(big.pointSize(), 10) + 6)
        heading = QLabel(explanation, self)
        heading.setWordWrap(True)
        heading.setFont(big)

        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin))
        self.pin.setPlaceholderText(self.tr("Supervisor PIN"))
        self.pin.setFont(big)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why? (required)"))
        self.reason.setFont(big)

        self.error = QLabel(self)
        self.error.setObjectName("pinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Confirm"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        for field in (self.pin, self.reason):
            field.textChanged.connect(self._update_ok)

        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.pin.text()) and bool(self.reason.text().strip()))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def confirm(self) -> None:
        """Run the action; close on success, stay open with the service's message otherwise."""
        if not self.pin.text() or not self.reason.text().strip():
            self.show_error(self.tr("Enter a supervisor PIN and a reason."))
            return
        try:
            self.result_value = self._action(self.pin.text(), self.reason.text().strip())
        except ShipbenchError as exc:
            log.info("supervised action refused: %s", exc)
            self.pin.clear()
            self.pin.setFocus()
            self.show_error(error_text(exc))
            return
        self.accept()
