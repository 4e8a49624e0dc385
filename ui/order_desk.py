"""The main window's part for the order desk: pairing, products and stock, address, split/merge, customs, notes.

Every dialog reads and writes through the workstation; writes run off the GUI thread
(``run_in_background``) and the window re-reads the queues each one changed. Product searches are
paged (``ProductModel`` asks for one page at a time), so a big catalogue stays quick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.workstation import Workstation
from ui.app_texts import translate_app_text
from ui.changes import Changes
from ui.messages import error_text, message_text
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE = 50


def _modal(dialog: QDialog) -> QDialog:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


# --- products, paged ------------------------------------------------------------------------


class ProductModel(QAbstractTableModel):
    """Products matching a search, fetched a page at a time as the view scrolls."""

    COLUMNS = (
        ("SKU", "sku"),
        ("Name", "name"),
        ("中文名", "name_zh"),
        ("Weight g", "weight_grams"),
        ("Bin", "bin_location"),
        ("HS code", "hs_code"),
    )

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._text = ""
        self._rows: list[dict[str, Any]] = []
        self._total = 0

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._total = self._ws.products.count_products(text)
        self._rows = self._ws.products.search_products(text, 0, PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        page = self._ws.products.search_products(self._text, len(self._rows), PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows += page
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self._rows[index.row()][self.COLUMNS[index.column()][1]] or "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][0])
        return None

    def product(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def total(self) -> int:
        return self._total


def _product_table(parent: QWidget, model: ProductModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    for col, width in enumerate((130, 240, 120, 70, 70)):
        view.setColumnWidth(col, width)
    return view


def _search_box(parent: QWidget, on_text: Callable[[str], None], placeholder: str) -> QLineEdit:
    """A search field that searches 200 ms after the last key, not on every key."""
    box = QLineEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    timer = QTimer(box)
    timer.setSingleShot(True)
    timer.setInterval(200)
    timer.timeout.connect(lambda: on_text(box.text()))
    box.textChanged.connect(lambda _t: timer.start())
    return box


# --- pairing ----------------------------------------------------------------------------------


class PairingDialog(QDialog):
    """Pair one unpaired marketplace SKU with one product, or several (a bundle) with quantities."""

    paired = Signal(int)

    def __init__(self, ws: Workstation, unpaired: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._unpaired = unpaired
        self.setWindowTitle(self.tr("Pair SKU"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("Marketplace SKU <b>%1</b> — %2")
            .replace("%1", _html(unpaired["sku"]))
            .replace("%2", _html(unpaired.get("title") or "")),
            self,
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        self.search = _search_box(self, self._search, self.tr("Search products by SKU, name, 中文名 or barcode"))
        layout.addWidget(self.search)
        self.model = ProductModel(ws, self)
        self.results = _product_table(self, self.model)
        self.results.doubleClicked.connect(lambda _i: self.add_selected())
        layout.addWidget(self.results, 3)
        self.count_label = QLabel(self)
        add_button = QPushButton(self.tr("Add to pairing ↓"), self)
        add_button.clicked.connect(self.add_selected)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(add_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Packed from (one product, or several for a bundle):"), self))
        self.chosen = QTableWidget(0, 3, self)
        self.chosen.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Quantity")])
        self.chosen.verticalHeader().setVisible(False)
        self.chosen.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.chosen, 2)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.chosen.removeRow(self.chosen.currentRow()))
        self.scope = QComboBox(self)
        self.scope.addItem(
            self.tr("For this shop only (%1)").replace("%1", unpaired.get("shop", "")), unpaired.get("shop_id")
        )
        self.scope.addItem(self.tr("For all shops"), None)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Remember:"), self))
        row.addWidget(self.scope)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pair"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._search("")

    def _search(self, text: str) -> None:
        self.model.search(text)
        self.count_label.setText(self.tr("%1 products").replace("%1", str(self.model.total)))
        if self.model.rowCount():
            self.results.selectRow(0)

    def add_selected(self) -> None:
        product = self.model.product(self.results.currentIndex().row())
        if product is None:
            return
        for row in range(self.chosen.rowCount()):
            item = self.chosen.item(row, 0)
            spin = self.chosen.cellWidget(row, 2)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == product["id"] and isinstance(spin, QSpinBox):
                spin.setValue(spin.value() + 1)
                return
        row = self.chosen.rowCount()
        self.chosen.insertRow(row)
        item = QTableWidgetItem(product["sku"])
        item.setData(Qt.ItemDataRole.UserRole, product["id"])
        self.chosen.setItem(row, 0, item)
        self.chosen.setItem(row, 1, QTableWidgetItem(product["name"]))
        spin = QSpinBox(self.chosen)
        spin.setRange(1, 999)
        self.chosen.setCellWidget(row, 2, spin)

    def components(self) -> list[tuple[int, int]]:
        out = []
        for row in range(self.chosen.rowCount()):
            item = self.chosen.item(row, 0)
            spin = self.chosen.cellWidget(row, 2)
            if item is not None and isinstance(spin, QSpinBox):
                out.append((int(item.data(Qt.ItemDataRole.UserRole)), spin.value()))
        return out

    def save(self) -> None:
        comps = self.components()
        if not comps:
            QMessageBox.information(self, self.tr("Pair SKU"), self.tr("Add at least one product."))
            return
        sku, shop = self._unpaired["sku"], self.scope.currentData()
        self.buttons.setEnabled(False)

        def done(n: int) -> None:
            self.paired.emit(n)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_failure(self, exc)

        run_in_background(self, lambda: self._ws.products.pair(sku, comps, shop), done, failed)


def _html(text: str) -> str:
    import html

    return html.escape(str(text))


# --- products and stock -----------------------------------------------------------------------


class ProductDialog(QDialog):
    """Edit one product: names, weight, dimensions, customs defaults, barcodes."""

    TEXT_FIELDS = (
        ("sku", "SKU"),
        ("name", "Name"),
        ("name_zh", "Chinese name"),
        ("bin_location", "Bin"),
        ("weight_grams", "Weight (g)"),
        ("length_mm", "Length (mm)"),
        ("width_mm", "Width (mm)"),
        ("height_mm", "Height (mm)"),
        ("low_stock_threshold", "Low-stock threshold"),
        ("lead_time_days", "Lead time (days)"),
        ("customs_name_en", "Customs description (EN)"),
        ("customs_name_zh", "Customs description (ZH)"),
        ("hs_code", "HS code"),
        ("declared_value", "Declared value"),
        ("declared_currency", "Currency"),
        ("origin_country", "Origin country"),
    )

    def __init__(self, ws: Workstation, product_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._id = product_id
        data = (
            ws.products.product(product_id)
            if product_id
            else {"declared_currency": "USD", "origin_country": "CN", "barcodes": []}
        )
        self.setWindowTitle(
            self.tr("Product %1").replace("%1", data.get("sku", "")) if product_id else self.tr("New product")
        )
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        labels = {
            "sku": self.tr("SKU"),
            "name": self.tr("Name"),
            "name_zh": self.tr("Chinese name"),
            "bin_location": self.tr("Bin"),
            "weight_grams": self.tr("Weight (g)"),
            "length_mm": self.tr("Length (mm)"),
            "width_mm": self.tr("Width (mm)"),
            "height_mm": self.tr("Height (mm)"),
            "low_stock_threshold": self.tr("Low-stock threshold"),
            "lead_time_days": self.tr("Lead time (days)"),
            "customs_name_en": self.tr("Customs description (EN)"),
            "customs_name_zh": self.tr("Customs description (ZH)"),
            "hs_code": self.tr("HS code"),
            "declared_value": self.tr("Declared value"),
            "declared_currency": self.tr("Currency"),
            "origin_country": self.tr("Origin country"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key, _label in self.TEXT_FIELDS:
            edit = QLineEdit(str(data.get(key) if data.get(key) is not None else ""), self)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.flags: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for key, text in (
            ("has_battery", self.tr("Battery")),
            ("has_liquid", self.tr("Liquid")),
            ("has_magnet", self.tr("Magnet")),
        ):
            box = QCheckBox(text, self)
            box.setChecked(bool(data.get(key)))
            self.flags[key] = box
            row.addWidget(box)
        form.addRow(self.tr("Contains"), row)
        self.barcodes = QLineEdit(
            ", ".join(
                b["code"] + (f"x{b['pack_quantity']}" if b["pack_quantity"] != 1 else "")
                for b in data.get("barcodes", [])
            ),
            self,
        )
        self.barcodes.setPlaceholderText(self.tr("EAN, EANxPACK, …"))
        form.addRow(self.tr("Barcodes"), self.barcodes)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        out.update({key: box.isChecked() for key, box in self.flags.items()})
        if self._id:
            out["id"] = self._id
        return out

    def barcode_list(self) -> list[tuple[str, int]]:
        out = []
        for part in self.barcodes.text().replace(";", ",").split(","):
            code, _, pack = part.strip().partition("x")
            if code:
                out.append((code, int(pack) if pack.isdigit() else 1))
        return out

    def save(self) -> None:
        from app.errors import ShipbenchError

        try:
            self._id = self._ws.products.save_product(self.values(), self.barcode_list())
        except ShipbenchError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class StockModel(QAbstractTableModel):
    COLUMNS = ("SKU", "Name", "Bin", "On hand", "Reserved", "Available", "Low at")

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[Any] = []
        self._total = 0
        self.text = ""
        self.low_only = False

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._ws.products.stock_count(self.text, low_only=self.low_only)
        self._rows = self._ws.products.stock_page(self.text, low_only=self.low_only, offset=0, limit=PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        page = self._ws.products.stock_page(self.text, low_only=self.low_only, offset=len(self._rows), limit=PAGE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows += page
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                r.sku,
                r.name,
                r.bin_location,
                r.on_hand,
                r.reserved,
                r.available,
                "" if r.low_stock_threshold is None else r.low_stock_threshold,
            )
            return str(values[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and r.low and index.column() == 5:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def row(self, i: int) -> Any:
        return self._rows[i] if 0 <= i < len(self._rows) else None


class StockDialog(QDialog):
    """Products and their stock: search, low-stock filter, receive, adjust, edit a product."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Products and stock"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.model = StockModel(ws, self)
        self.search = _search_box(self, self._search, self.tr("Search SKU, name, 中文名 or barcode"))
        self.low = QCheckBox(self.tr("Low stock only"), self)
        self.low.toggled.connect(self._low)
        top.addWidget(self.search, 1)
        top.addWidget(self.low)
        layout.addLayout(top)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 260, 70, 80, 80, 80)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda _i: self.edit_product())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Receive…"), self.receive),
            (self.tr("Adjust…"), self.adjust),
            (self.tr("Edit product…"), self.edit_product),
            (self.tr("New product…"), self.new_product),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.model.reload()

    def _search(self, text: str) -> None:
        self.model.text = text
        self.model.reload()

    def _low(self, on: bool) -> None:
        self.model.low_only = on
        self.model.reload()

    def _current(self) -> Any:
        return self.model.row(self.view.currentIndex().row())

    def _quantity(self, title: str, label: str, minimum: int) -> tuple[int, str] | None:
        row = self._current()
        if row is None:
            return None
        qty, ok = QInputDialog.getInt(self, title, label.replace("%1", row.sku), 1, minimum, 100000)
        if not ok:
            return None
        return qty, row.sku

    def receive(self) -> None:
        got = self._quantity(self.tr("Receive"), self.tr("Units of %1 received:"), 1)
        if got is None:
            return
        qty, sku = got
        self._run(lambda: self._ws.products.receive(sku, qty))

    def adjust(self) -> None:
        got = self._quantity(self.tr("Adjust stock"), self.tr("Change on hand of %1 by (negative to remove):"), -100000)
        if got is None:
            return
        delta, sku = got
        reason, ok = QInputDialog.getText(self, self.tr("Adjust stock"), self.tr("Why (stock count, damaged…)?"))
        if ok and reason.strip():
            self._run(lambda: self._ws.products.adjust_stock(sku, delta, reason.strip()))

    def _run(self, fn: Callable[[], Any]) -> None:
        run_in_background(self, fn, lambda _r: self.model.reload())

    def edit_product(self) -> None:
        row = self._current()
        if row is not None:
            dialog = ProductDialog(self._ws, row.product_id, self)
            dialog.accepted.connect(self.model.reload)
            self.product_dialog = _modal(dialog)

    def new_product(self) -> None:
        dialog = ProductDialog(self._ws, None, self)
        dialog.accepted.connect(self.model.reload)
        self.product_dialog = _modal(dialog)


# --- address, split, customs ------------------------------------------------------------------


class AddressDialog(QDialog):
    """Correct the shipping address; what is wrong shows while typing."""

    FIELDS = (
        "ship_name",
        "ship_company",
        "ship_address1",
        "ship_address2",
        "ship_postcode",
        "ship_city",
        "ship_region",
        "ship_country",
        "ship_phone",
    )

    def __init__(self, ws: Workstation, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._order_id = order_id
        d = ws.queues.order_detail(order_id)
        self.setWindowTitle(self.tr("Address of order %1").replace("%1", d["number"]))
        self.resize(520, 420)
        labels = (
            self.tr("Recipient"),
            self.tr("Company"),
            self.tr("Street"),
            self.tr("Street 2"),
            self.tr("Postcode"),
            self.tr("City"),
            self.tr("State / province"),
            self.tr("Country (2 letters)"),
            self.tr("Phone"),
        )
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        recipient = d["recipient"]
        for key, label in zip(self.FIELDS, labels, strict=True):
            edit = QLineEdit(recipient.get(key.removeprefix("ship_")) or "", self)
            edit.textChanged.connect(self.validate)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(48)
        form.addRow(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.validate()

    def fields(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def validate(self) -> list[str]:
        problems = self._ws.orders.address_problems(self.fields())
        if problems:
            self.problems.setText("\n".join("• " + message_text(p) for p in problems))
            self.problems.setStyleSheet("color: #c62828")
        else:
            self.problems.setText(self.tr("✓ The address looks complete and plausible."))
            self.problems.setStyleSheet("color: #1b8a3a")
        return [str(p) for p in problems]

    def save(self) -> None:
        fields = self.fields()
        run_in_background(self, lambda: self._ws.orders.edit_address(self._order_id, fields), lambda _r: self.accept())


class SplitDialog(QDialog):
    """Say how many of each line go into each parcel (2 to 6 parcels)."""

    def __init__(self, ws: Workstation, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._order_id = order_id
        self._lines = ws.orders.order_lines(order_id)
        number = ws.queues.order_detail(order_id)["number"]
        self.setWindowTitle(self.tr("Split order %1 into parcels").replace("%1", number))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Parcels:"), self))
        self.count = QSpinBox(self)
        self.count.setRange(2, 6)
        self.count.valueChanged.connect(self._columns)
        row.addWidget(self.count)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(len(self._lines), 2, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, ln in enumerate(self._lines):
            item = QTableWidgetItem(f"{ln['sku']} — {ln['title']}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 0, item)
            qty = QTableWidgetItem(str(ln["quantity"]))
            qty.setFlags(qty.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 1, qty)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Split"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._columns(2)

    def _columns(self, n: int) -> None:
        self.table.setColumnCount(2 + n)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Qty")] + [self.tr("Parcel %1").replace("%1", str(i + 1)) for i in range(n)]
        )
        for r, ln in enumerate(self._lines):
            for c in range(n):
                spin = self.table.cellWidget(r, 2 + c)
                if not isinstance(spin, QSpinBox):
                    spin = QSpinBox(self.table)
                    spin.setRange(0, ln["quantity"])
                    # by default: first line in parcel 1, the rest in parcel 2
                    spin.setValue(ln["quantity"] if (c == 0) == (r == 0) else 0)
                    self.table.setCellWidget(r, 2 + c, spin)
            self.table.setColumnWidth(2, 80)

    def plan(self) -> list[list[tuple[int, int]]]:
        n = self.count.value()
        plan: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        for r, ln in enumerate(self._lines):
            for c in range(n):
                spin = self.table.cellWidget(r, 2 + c)
                if isinstance(spin, QSpinBox) and spin.value():
                    plan[c].append((ln["id"], spin.value()))
        return plan

    def save(self) -> None:
        plan = self.plan()

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))

        run_in_background(self, lambda: self._ws.orders.split(self._order_id, plan), lambda _r: self.accept(), failed)


class CustomsDialog(QDialog):
    """Set the customs data of one product across the selected orders (and as its default)."""

    def __init__(self, ws: Workstation, order_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._ids = order_ids
        self._products = ws.orders.customs_skus(order_ids)
        self.setWindowTitle(self.tr("Edit customs of %1 orders").replace("%1", str(len(order_ids))))
        self.resize(520, 320)
        form = QFormLayout(self)
        self.product = QComboBox(self)
        for p in self._products:
            self.product.addItem(f"{p['sku']} — {p['name']}", p["sku"])
        self.product.currentIndexChanged.connect(self._fill)
        form.addRow(self.tr("Product"), self.product)
        self.description = QLineEdit(self)
        self.description_zh = QLineEdit(self)
        self.hs_code = QLineEdit(self)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("empty: the price the buyer paid"))
        self.origin = QLineEdit(self)
        form.addRow(self.tr("Description (EN)"), self.description)
        form.addRow(self.tr("Description (ZH)"), self.description_zh)
        form.addRow(self.tr("HS code"), self.hs_code)
        form.addRow(self.tr("Value per unit"), self.value)
        form.addRow(self.tr("Origin country"), self.origin)
        self.default = QCheckBox(self.tr("Also save as the product's default for future orders"), self)
        self.default.setChecked(True)
        form.addRow(self.default)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill()

    def _fill(self) -> None:
        p = next((p for p in self._products if p["sku"] == self.product.currentData()), None)
        if p is None:
            return
        self.description.setText(p["customs_name_en"] or p["name"])
        self.description_zh.setText(p["customs_name_zh"] or p["name_zh"])
        self.hs_code.setText(p["hs_code"])
        self.value.setText(p["declared_value"])
        self.origin.setText(p["origin_country"])

    def values(self) -> dict[str, str]:
        out = {
            "description_en": self.description.text(),
            "description_zh": self.description_zh.text(),
            "hs_code": self.hs_code.text(),
            "origin_country": self.origin.text(),
        }
        if self.value.text().strip():
            out["unit_value"] = self.value.text()
        return out

    def save(self) -> None:
        sku, values, default = self.product.currentData(), self.values(), self.default.isChecked()
        if not sku:
            self.reject()
            return

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))

        run_in_background(
            self,
            lambda: self._ws.orders.batch_edit_customs(self._ids, sku, values, save_as_default=default),
            lambda _r: self.accept(),
            failed,
        )


class NotesDialog(QDialog):
    """The seller's and customer service's notes, and the tags, of one order."""

    def __init__(self, ws: Workstation, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._order_id = order_id
        d = ws.queues.order_detail(order_id)
        self._before = d
        self.setWindowTitle(self.tr("Notes and tags of order %1").replace("%1", d["number"]))
        self.resize(480, 380)
        form = QFormLayout(self)
        buyer = QLabel(d.get("buyer_note") or "—", self)
        buyer.setWordWrap(True)
        form.addRow(self.tr("Buyer note"), buyer)
        self.seller = QPlainTextEdit(d.get("seller_note") or "", self)
        self.service = QPlainTextEdit(d.get("service_note") or "", self)
        self.tags = QLineEdit(", ".join(d.get("tags") or []), self)
        self.tags.setPlaceholderText(self.tr("gift, vip, …"))
        form.addRow(self.tr("Seller note"), self.seller)
        form.addRow(self.tr("Customer service note"), self.service)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        from app.services.orders import parse_tags

        ws, oid, before = self._ws, self._order_id, self._before
        seller, service, tags = self.seller.toPlainText(), self.service.toPlainText(), parse_tags(self.tags.text())

        def work() -> None:
            ws.orders.set_note(oid, "seller_note", seller)
            ws.orders.set_note(oid, "service_note", service)
            old = before.get("tags") or []
            ws.orders.tag([oid], add=[t for t in tags if t not in old], remove=[t for t in old if t not in tags])

        run_in_background(self, work, lambda _r: self.accept())


# --- installing into the main window ----------------------------------------------------------

# What each desk action may change. The fixes work on orders in Review, On hold or Waybill
# and can send one back to Review (new reasons) or on to Waybill; approving, splitting and
# merging reserve stock.
PAIRED = Changes.of("review", products=True)
FIXED = Changes.of("review", "on_hold", "waybill")
CUSTOMS = Changes.of("review", "waybill", products=True)
PARCELS = Changes.of("review", "waybill", stock=True)  # split, merge, unmerge
RELEASED = Changes.of("on_hold", "review")
RECHECKED = Changes.of("review")


class OrderDeskActions:
    """The order desk's menu entries and toolbar actions on the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.ws = window.ws
        m, add = window.menu_orders, window.add_action
        window.toolbar.addSeparator()
        self.pair_action = add(m, window.tr("Pair SKU…"), self.pair_sku, toolbar=True)
        self.address_action = add(m, window.tr("Edit address…"), self.edit_address)
        self.notes_action = add(m, window.tr("Notes and tags…"), self.edit_notes)
        self.customs_action = add(m, window.tr("Edit customs…"), self.edit_customs)
        m.addSeparator()
        self.split_action = add(m, window.tr("Split into parcels…"), self.split)
        self.merge_action = add(m, window.tr("Merge into one parcel"), self.merge)
        self.unmerge_action = add(m, window.tr("Unmerge"), self.unmerge)
        m.addSeparator()
        self.release_action = add(m, window.tr("Release hold"), self.release, toolbar=True)
        self.recheck_action = add(m, window.tr("Recheck review reasons"), self.recheck)
        self.stock_action = add(window.menu_warehouse, window.tr("Products and stock…"), self.show_stock)
        for queue in ("review", "on_hold", "waybill"):
            view = window.views[queue]
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in (
                self.pair_action,
                self.address_action,
                self.notes_action,
                self.customs_action,
                self.split_action,
                self.merge_action,
                self.release_action,
            ):
                view.addAction(action)
        self._unpaired_cache: dict[int, bool] = {}
        window.refreshed.connect(self._refreshed)
        for view in window.views.values():
            view.selectionModel().selectionChanged.connect(lambda *_: self.update())
        window.tabs.currentChanged.connect(lambda _i: self.update())
        self.update()

    def _refreshed(self) -> None:
        self._unpaired_cache = {}
        self.update()

    def update(self) -> None:
        queue = self.w.current_queue()
        has = bool(queue and self.w.views[queue].selectionModel().hasSelection())
        self.pair_action.setEnabled(has and queue == "review" and self._current_has_unpaired())
        for action in (self.address_action, self.notes_action):
            action.setEnabled(has and queue in ("review", "on_hold", "waybill"))
        self.customs_action.setEnabled(has and queue in ("review", "waybill"))
        self.split_action.setEnabled(has and queue in ("review", "waybill"))
        self.merge_action.setEnabled(has and queue in ("review", "waybill"))
        self.unmerge_action.setEnabled(has and queue in ("waybill",))
        self.release_action.setEnabled(has and queue == "on_hold")

    def _current_has_unpaired(self) -> bool:
        queue = self.w.current_queue()
        if queue != "review":
            return False
        index = self.w.views[queue].currentIndex()
        order_id = self.w.models[queue].order_id(index.row()) if index.isValid() else None
        if order_id is None:
            return False
        if order_id not in self._unpaired_cache:
            self._unpaired_cache = {order_id: bool(self.ws.products.unpaired_skus([order_id]))}
        return self._unpaired_cache[order_id]

    def _one(self) -> int | None:
        ids = self.w.selected_order_ids()
        if not ids:
            self.w.statusBar().showMessage(self.w.tr("Select an order first"), 5000)
            return None
        return ids[0]

    def _after(self, dialog: QDialog, changes: Changes) -> QDialog:
        dialog.accepted.connect(lambda: self.w.changed(changes))
        dialog.accepted.connect(self._refresh_detail)
        self.dialog = _modal(dialog)
        return dialog

    def _refresh_detail(self) -> None:
        queue = self.w.current_queue()
        if queue is not None:
            self.w._current_changed(self.w.views[queue].currentIndex(), QModelIndex())

    def pair_sku(self) -> QDialog | None:
        ids = self.w.selected_order_ids()
        unpaired = self.ws.products.unpaired_skus(ids[:200]) if ids else []
        if not unpaired:
            self.w.statusBar().showMessage(self.w.tr("The selected orders have no unpaired SKU"), 5000)
            return None
        dialog = PairingDialog(self.ws, unpaired[0], self.w)
        dialog.paired.connect(
            lambda n: self.w.statusBar().showMessage(
                self.w.tr("Paired; %1 orders in Review rechecked").replace("%1", str(n)), 10000
            )
        )
        return self._after(dialog, PAIRED)

    def edit_address(self) -> QDialog | None:
        oid = self._one()
        return None if oid is None else self._after(AddressDialog(self.ws, oid, self.w), FIXED)

    def edit_notes(self) -> QDialog | None:
        oid = self._one()
        return None if oid is None else self._after(NotesDialog(self.ws, oid, self.w), FIXED)

    def edit_customs(self) -> QDialog | None:
        ids = self.w.selected_order_ids()
        return self._after(CustomsDialog(self.ws, ids[:500], self.w), CUSTOMS) if ids else None

    def split(self) -> QDialog | None:
        oid = self._one()
        return None if oid is None else self._after(SplitDialog(self.ws, oid, self.w), PARCELS)

    def merge(self) -> None:
        ids = self.w.selected_order_ids()

        def done(result: Any) -> None:
            if result.refused:
                QMessageBox.warning(
                    self.w,
                    self.w.tr("Merge"),
                    "\n".join(
                        f"{n}: " + "; ".join(translate_app_text(r) for r in rs) for n, rs in result.refused.items()
                    ),
                )
            else:
                self.w.statusBar().showMessage(
                    self.w.tr("Merged %1 orders into one parcel").replace("%1", str(len(ids))), 10000
                )

        run_in_background(self.w, lambda: self.ws.orders.merge(ids), done, changes=PARCELS)

    def unmerge(self) -> None:
        oid = self._one()
        if oid is not None:
            run_in_background(self.w, lambda: self.ws.orders.unmerge(oid), lambda _r: None, changes=PARCELS)

    def release(self) -> None:
        ids = self.w.selected_order_ids()
        if ids:
            run_in_background(self.w, lambda: self.ws.orders.release_hold(ids), lambda _r: None, changes=RELEASED)

    def recheck(self) -> None:
        run_in_background(self.w, lambda: self.ws.orders.recheck(None), lambda _r: None, changes=RECHECKED)

    def show_stock(self) -> QDialog:
        dialog = StockDialog(self.ws, self.w)
        self.stock_dialog = _modal(dialog)
        return dialog


def install(window: MainWindow) -> OrderDeskActions:
    """Add this area's menu entries, toolbar actions and dialogs to the main window."""
    return OrderDeskActions(window)
