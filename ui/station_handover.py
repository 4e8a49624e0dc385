"""Handover to the courier: pick the carrier, scan parcels into the van, see what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.handover import HandoverSummary
from ui.station_verdict import INK


class HandoverPanel(QWidget):
    """Carrier choice, open / close the batch, printed vs scanned, and the missing list."""

    open_requested = Signal(int)  # carrier account id
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        big = QFont(self.font())
        big.setPointSize(16)
        self.carrier = QComboBox(self)
        self.carrier.setFont(big)
        self.carrier.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button = QPushButton(self.tr("Open batch"), self)
        self.close_button = QPushButton(self.tr("Close batch (driver signed)"), self)
        self.manifest_button = QPushButton(self.tr("Manifest…"), self)
        self.manifest_button.setEnabled(False)
        for button in (self.open_button, self.close_button, self.manifest_button):
            button.setFont(big)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.close_requested)

        self.state = QLabel(self)
        self.state.setObjectName("handoverState")
        self.state.setFont(big)
        figure_font = QFont(self.font())
        figure_font.setPointSize(28)
        figure_font.setBold(True)
        self.printed = QLabel("–", self)
        self.scanned = QLabel("–", self)
        self.missing_count = QLabel("–", self)
        figures = QGridLayout()
        for column, (label, value) in enumerate(
            (
                (self.tr("Printed"), self.printed),
                (self.tr("In the van"), self.scanned),
                (self.tr("Missing"), self.missing_count),
            )
        ):
            value.setFont(figure_font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(label, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figures.addWidget(value, 0, column)
            figures.addWidget(caption, 1, column)
        self.missing = QListWidget(self)
        self.missing.setObjectName("handoverMissing")
        self.missing.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        list_font = QFont(self.font())
        list_font.setPointSize(13)
        self.missing.setFont(list_font)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Carrier"), self))
        top.addWidget(self.carrier, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        top.addWidget(self.manifest_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Printed but not scanned yet"), self))
        right.addWidget(self.missing, 1)
        left = QVBoxLayout()
        left.addWidget(self.state)
        left.addLayout(figures)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.show_summary(None)

    def set_carriers(self, carriers: list[tuple[int, str]]) -> None:
        current = self.carrier.currentData()
        self.carrier.clear()
        for account_id, name in carriers:
            self.carrier.addItem(name, account_id)
        if current is not None:
            index = self.carrier.findData(current)
            if index >= 0:
                self.carrier.setCurrentIndex(index)

    def carrier_id(self) -> int | None:
        data = self.carrier.currentData()
        return int(data) if data is not None else None

    def _open(self) -> None:
        account = self.carrier_id()
        if account is not None:
            self.open_requested.emit(account)

    def show_summary(self, summary: HandoverSummary | None) -> None:
        is_open = summary is not None and summary.status == "open"
        self.close_button.setEnabled(is_open)
        self.manifest_button.setEnabled(summary is not None)
        self.carrier.setEnabled(not is_open)
        self.open_button.setEnabled(not is_open)
        if summary is None:
            self.state.setText(self.tr("Choose the carrier and open a batch (or just scan)"))
            for label in (self.printed, self.scanned, self.missing_count):
                label.setText("–")
            self.missing.clear()
            return
        if is_open:
            self.state.setText(self.tr("%1: loading the van").replace("%1", summary.carrier))
        else:
            self.state.setText(self.tr("%1: handed over").replace("%1", summary.carrier))
        self.printed.setText(str(summary.printed))
        self.scanned.setText(str(summary.scanned))
        self.missing_count.setText(str(len(summary.missing)))
        self.missing_count.setStyleSheet(f"color: {INK['red'] if summary.missing else INK['green']};")
        self.missing.clear()
        for number, tracking in summary.missing:
            self.missing.addItem(f"{number}   {tracking}")
