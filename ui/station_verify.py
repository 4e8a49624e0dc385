"""Scan-to-verify: the items to pack in a big table, updated by every item scan."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.verify import VerifySession

DONE, PARTLY, TODO = "#c8e6c9", "#fff3c4", "#ffffff"


class VerifyPanel(QWidget):
    """What is on the packer's table: SKU, name, bin, quantity, packed so far."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("verifyHeading")
        heading_font = QFont(self.font())
        heading_font.setPointSize(16)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.print_after = QCheckBox(self.tr("Print the label after verify"), self)
        self.print_after.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_status = QLabel(self)
        self.print_status.setObjectName("verifyPrintStatus")
        self.weigh_button = QPushButton(self.tr("Weigh (F8)"), self)
        self.weigh_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.weight_status = QLabel(self)
        self.weight_status.setObjectName("verifyWeight")

        self.items = QTableWidget(0, self.COLUMNS, self)
        self.items.setObjectName("verifyItems")
        self.items.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Item"), self.tr("Bin"), self.tr("Quantity"), self.tr("Packed")]
        )
        self.items.verticalHeader().setVisible(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table_font = QFont(self.font())
        table_font.setPointSize(18)
        self.items.setFont(table_font)
        self.items.verticalHeader().setDefaultSectionSize(40)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 180), (2, 110), (3, 130), (4, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.weight_status)
        top.addWidget(self.weigh_button)
        top.addWidget(self.print_status)
        top.addWidget(self.print_after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.items, 1)
        self.show_session(None)

    def show_session(self, session: VerifySession | None) -> None:
        if session is None:
            self.heading.setText(self.tr("Scan a parcel label or packing slip to start"))
            self.items.setRowCount(0)
            return
        text = self.tr("Parcel %1 · order %2").replace("%1", session.parcel_number).replace("%2", session.order_number)
        if session.completed:
            text += " · " + self.tr("verified")
        self.heading.setText(text)
        self.items.setRowCount(len(session.items))
        for row, item in enumerate(session.items):
            colour = DONE if item.missing == 0 else PARTLY if item.packed else TODO
            cells = (item.sku, item.name, item.bin_location or "–", str(item.quantity), str(item.packed))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setBackground(QColor(colour))
                cell.setForeground(QColor("#202124"))
                if column >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.items.setItem(row, column, cell)

    def packed(self) -> dict[str, tuple[int, int]]:
        """SKU → (packed, quantity) as the table shows it (for tests and screen readers)."""
        out = {}
        for row in range(self.items.rowCount()):
            sku = self.items.item(row, 0).text()
            out[sku] = (int(self.items.item(row, 4).text()), int(self.items.item(row, 3).text()))
        return out


def scale_settings() -> tuple[str, str, int] | None:
    """The bench scale this PC uses (port, protocol, baud), set in the scanner / scale test."""
    settings = QSettings("Shipbench", "Shipbench")
    port = str(settings.value("scale/port", "") or "")
    if not port:
        return None
    return port, str(settings.value("scale/protocol", "mt-sics")), int(settings.value("scale/baud", 9600))


def remember_scale(port: str, protocol: str, baud: int) -> None:
    settings = QSettings("Shipbench", "Shipbench")
    settings.setValue("scale/port", port)
    settings.setValue("scale/protocol", protocol)
    settings.setValue("scale/baud", baud)
