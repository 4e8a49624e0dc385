"""The main window's part for the import wizard (files → orders, products, pairings, stock counts).

Orders: choose a file → shop, format (detected from the headers), encoding (detected,
changeable, re-previewed at once) → a column mapping for files no built-in format knows
(saved as a named preset) → the first orders as they will be read → import, off the GUI
thread → the result, or the row-by-row report of why nothing was imported (exportable
as CSV). Products, pairings and stock counts: a file, then the result or the same report.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShipbenchError
from app.importing.encoding import CHOICES
from app.importing.formats import FIELDS
from app.importing.report import ImportRefused, RowError, report_csv
from ui.changes import Changes
from ui.messages import any_text, error_text
from ui.operations import run_in_background, show_failure

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)
NOT_IN_FILE = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def files_filter() -> str:
    return _t("Spreadsheet files (*.csv *.txt *.tsv *.xlsx);;All files (*)")


def field_labels() -> dict[str, str]:
    """The order fields as the mapping page names them (literal, so they get translated)."""
    return {
        "order_id": _t("Order id"),
        "number": _t("Order number"),
        "status": _t("Order status"),
        "created_at": _t("Order date"),
        "paid_at": _t("Payment date"),
        "currency": _t("Currency"),
        "total": _t("Order total"),
        "shipping_service": _t("Shipping service"),
        "buyer_name": _t("Buyer name"),
        "buyer_email": _t("Buyer email"),
        "buyer_note": _t("Buyer note"),
        "ship_name": _t("Recipient name"),
        "ship_company": _t("Company"),
        "ship_address1": _t("Street (line 1)"),
        "ship_address2": _t("Street (line 2)"),
        "ship_address3": _t("Street (line 3)"),
        "ship_city": _t("City"),
        "ship_region": _t("State / province"),
        "ship_postcode": _t("Postcode"),
        "ship_country": _t("Country code"),
        "ship_phone": _t("Phone"),
        "ship_by": _t("Ship by"),
        "line_id": _t("Line id"),
        "sku": _t("SKU"),
        "title": _t("Product name"),
        "quantity": _t("Quantity"),
        "unit_price": _t("Unit price"),
        "line_price": _t("Line price (quantity × unit)"),
    }


class ReportTable(QTableWidget):
    """Row, column, problem: where the user finds each problem in the spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 60)
        self.setColumnWidth(1, 170)
        self.setWordWrap(False)
        self.errors: list[RowError] = []

    def show_errors(self, errors: list[RowError]) -> None:
        self.errors = list(errors)
        self.setRowCount(len(errors))
        for i, e in enumerate(errors):
            row = QTableWidgetItem(str(e.row) if e.row else "—")
            row.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(i, 0, row)
            self.setItem(i, 1, QTableWidgetItem(e.column or "—"))
            problem = any_text(e.message or e.problem)
            item = QTableWidgetItem(problem)
            item.setToolTip(problem)
            self.setItem(i, 2, item)


def save_report(parent: QWidget, errors: list[RowError], path: str | None = None) -> str | None:
    """Write the report as CSV (UTF-8 with BOM, so Excel opens it right); returns the path."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, _t("Save the report"), "import-report.csv", _t("CSV (*.csv)"))
        if not path:
            return None
    try:
        Path(path).write_text(report_csv(errors), encoding="utf-8-sig", newline="")
    except OSError as exc:
        QMessageBox.warning(
            parent, _t("Save the report"), _t("Cannot write %1: %2").replace("%1", path).replace("%2", str(exc))
        )
        return None
    return path


class ImportWizard(QDialog):
    """Order file → preview → import; a refused file shows its row-by-row report."""

    def __init__(self, ws: Workstation, window: MainWindow | None = None) -> None:
        super().__init__(window)
        self.ws = ws
        self.window_ = window
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(980, 620)
        self.preview: Any = None
        self.result: Any = None
        self.refused: ImportRefused | None = None
        self.busy = False
        self.mapping_mode = False  # reading the file through the mapping page's columns
        self._generation = 0
        self._last_key: tuple[Any, ...] = ()  # a newer preview request makes older answers stale

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._result_page())

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- pages -----------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(page)
        self.file_edit.setPlaceholderText(self.tr("An Amazon order report, a Shopify orders export, or any CSV / XLSX"))
        self.file_edit.editingFinished.connect(self.refresh_preview)
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self.browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.shop_combo = QComboBox(page)
        self.shop_combo.setEditable(True)
        self.shop_combo.addItems(self.ws.imports.import_shops())
        self.shop_combo.lineEdit().setPlaceholderText(self.tr("a shop name (a new one is created)"))
        self.shop_combo.currentTextChanged.connect(lambda _t: self._update_buttons())
        form.addRow(self.tr("Shop:"), self.shop_combo)
        self.format_combo = QComboBox(page)
        self._fill_formats()
        self.format_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Format:"), self.format_combo)
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.addItem(self.tr("Detect automatically"), None)
        for name in CHOICES:
            self.encoding_combo.addItem(name, name)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        self.detected_label = QLabel(page)
        self.detected_label.setWordWrap(True)
        form.addRow(self.tr("Found:"), self.detected_label)
        hint = QLabel(
            self.tr(
                "The whole file is imported or nothing: if any row has a problem, you get a list of every "
                "problem by row and column, and nothing changes. Importing the same file again changes nothing."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        self.raw_table = QTableWidget(0, 0, page)  # the file as it is: does the encoding look right?
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.verticalHeader().setVisible(False)
        self.raw_table.verticalHeader().setDefaultSectionSize(24)
        self.raw_table.setWordWrap(False)
        form.addRow(self.tr("File start:"), self.raw_table)
        return page

    def _fill_formats(self) -> None:
        self.format_combo.blockSignals(True)
        current = self.format_combo.currentData()
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Detect from the header row"), None)
        self.format_combo.addItem(self.tr("Amazon order report"), "amazon")
        self.format_combo.addItem(self.tr("Shopify orders export"), "shopify")
        for name in self.ws.imports.import_presets():
            self.format_combo.addItem(self.tr("Preset: %1").replace("%1", name), name)
        self.format_combo.addItem(self.tr("Map the columns myself…"), "__mapping__")
        index = self.format_combo.findData(current)
        self.format_combo.setCurrentIndex(max(0, index))
        self.format_combo.blockSignals(False)

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Which column of the file holds each field? Fields marked * are required."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.mapping_table = QTableWidget(len(FIELDS), 2, page)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.verticalHeader().setDefaultSectionSize(28)
        self.mapping_combos: dict[str, QComboBox] = {}
        labels = field_labels()
        for i, (name, (_label, required)) in enumerate(FIELDS.items()):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(labels.get(name, name) + (" *" if required else "")))
            combo = QComboBox(self.mapping_table)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping_table.setCellWidget(i, 1, combo)
            self.mapping_combos[name] = combo
        layout.addWidget(self.mapping_table, 1)
        row = QHBoxLayout()
        self.preset_name = QLineEdit(page)
        self.preset_name.setPlaceholderText(self.tr("preset name, e.g. My ERP export"))
        save = QPushButton(self.tr("Save as preset"), page)
        save.clicked.connect(self.save_preset)
        row.addWidget(QLabel(self.tr("Save this mapping:"), page))
        row.addWidget(self.preset_name, 1)
        row.addWidget(save)
        layout.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.preview_label = QLabel(page)
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.preview_table = QTableWidget(0, 0, page)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(24)
        layout.addWidget(self.preview_table, 2)
        self.preview_errors = ReportTable(page)
        self.preview_errors.hide()
        layout.addWidget(self.preview_errors, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.result_label)
        self.report = ReportTable(page)
        layout.addWidget(self.report, 1)
        self.result_stretch = QWidget(page)  # keeps a one-line result at the top
        layout.addWidget(self.result_stretch, 1)
        self.save_report_button = QPushButton(self.tr("Save the report as CSV…"), page)
        self.save_report_button.clicked.connect(lambda: save_report(self, self.report.errors))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_report_button)
        layout.addLayout(row)
        return page

    # --- state -----------------------------------------------------------------------

    def set_file(self, path: str | Path) -> None:
        self.file_edit.setText(str(path))
        self.refresh_preview()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Order file"), "", files_filter())
        if path:
            self.set_file(path)

    def page(self) -> int:
        return self.pages.currentIndex()

    def chosen_format(self) -> str | None:
        data = self.format_combo.currentData()
        return None if data in (None, "__mapping__") else str(data)

    def chosen_encoding(self) -> str | None:
        data = self.encoding_combo.currentData()
        return str(data) if data else None

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.mapping_combos.items() if c.currentData()}

    def _wants_mapping(self) -> bool:
        """The user maps the columns: asked for, or the file matches no format or preset."""
        if self.format_combo.currentData() == "__mapping__":
            return True
        if self.page() != PAGE_FILE:
            return self.mapping_mode
        return self.preview is not None and self.preview.format is None

    def refresh_preview(self, *, with_mapping: bool = False) -> None:
        """Read the file again (format, encoding or mapping changed) off the GUI thread."""
        path = self.file_edit.text().strip()
        if not path:
            return
        fmt, encoding = self.chosen_format(), self.chosen_encoding()
        mapping = self.mapping() if with_mapping else None
        key = (path, fmt, encoding, tuple(sorted((mapping or {}).items())))
        if key == self._last_key and (self.busy or self.preview is not None):
            return  # e.g. the file box lost focus: nothing changed
        self._last_key = key
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.status.setText(self.tr("Reading the file…"))
        self._update_buttons()

        def done(preview: Any) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.preview = preview
            self._show_preview(preview, keep_mapping=mapping is not None)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.preview = None
            self._last_key = ()
            if not isinstance(exc, ShipbenchError):
                show_failure(self, exc)
            self.detected_label.setText(error_text(exc))
            if isinstance(exc, ImportRefused) and encoding is None:
                # Bytes that do not fit one encoding: where they are, and the choice to read it anyway.
                places = "\n".join(str(e) for e in exc.errors[1:6])
                self.detected_label.setText(
                    any_text(exc.errors[0].message or exc.errors[0].problem)
                    + "\n"
                    + places
                    + "\n"
                    + self.tr("Fix those rows, or choose the encoding to read the file with.")
                )
                self.encoding_combo.setFocus()
            self.status.setText("")
            self._update_buttons()

        run_in_background(
            self,
            lambda: self.ws.imports.preview_import(path, format=fmt, encoding=encoding, mapping=mapping or None),
            done,
            failed,
        )

    def _show_preview(self, preview: Any, *, keep_mapping: bool) -> None:
        fmt_names = {"amazon": self.tr("Amazon order report"), "shopify": self.tr("Shopify orders export")}
        found = fmt_names.get(preview.format or "", preview.format or self.tr("not recognised — map the columns"))
        self.detected_label.setText(
            self.tr("%1 · encoding %2 · %3 rows")
            .replace("%1", found)
            .replace("%2", preview.encoding)
            .replace("%3", str(preview.total_rows))
        )
        self.status.setText("")
        self.raw_table.clear()
        self.raw_table.setColumnCount(len(preview.headers))
        self.raw_table.setHorizontalHeaderLabels(preview.headers)
        self.raw_table.setRowCount(len(preview.raw))
        for r, cells in enumerate(preview.raw):
            for c, text in enumerate(cells):
                self.raw_table.setItem(r, c, QTableWidgetItem(text.replace("\n", " ⏎ ")[:200]))
        self.raw_table.resizeColumnsToContents()
        for c in range(len(preview.headers)):
            self.raw_table.setColumnWidth(c, min(self.raw_table.columnWidth(c), 220))
        if not keep_mapping:
            self._fill_mapping(preview.headers, preview.mapping)
        labels = [
            "row",
            "order",
            "status",
            "recipient",
            "address",
            "country",
            "sku",
            "quantity",
            "price",
            "total",
            "paid",
        ]
        titles = [
            self.tr("Row"),
            self.tr("Order"),
            self.tr("Status"),
            self.tr("Recipient"),
            self.tr("Address"),
            self.tr("Country"),
            self.tr("SKU"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Total"),
            self.tr("Paid"),
        ]
        statuses = {
            "unshipped": self.tr("to ship"),
            "cancelled": self.tr("cancelled"),
            "shipped": self.tr("already shipped"),
        }
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(labels))
        self.preview_table.setHorizontalHeaderLabels(titles)
        self.preview_table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, key in enumerate(labels):
                value = row[key]
                if key == "paid":
                    text = self.tr("yes") if value else self.tr("no")
                elif key == "status":
                    text = statuses.get(str(value), str(value))
                else:
                    text = str(value)
                self.preview_table.setItem(r, c, QTableWidgetItem(text))
        self.preview_table.resizeColumnsToContents()
        for c in range(len(labels)):
            self.preview_table.setColumnWidth(c, min(self.preview_table.columnWidth(c), 260))
        self.preview_table.horizontalHeader().setSectionResizeMode(
            labels.index("address"), QHeaderView.ResizeMode.Stretch
        )
        if preview.errors:
            self.preview_label.setText(
                self.tr(
                    "The first rows already have %1 problem(s); the import will be refused until they are fixed."
                ).replace("%1", str(len(preview.errors)))
            )
            self.preview_errors.show_errors(preview.errors)
            self.preview_errors.show()
        else:
            self.preview_label.setText(
                self.tr("The first %1 line(s) as they will be imported (of %2 rows in the file).")
                .replace("%1", str(len(preview.rows)))
                .replace("%2", str(preview.total_rows))
            )
            self.preview_errors.hide()

    def _fill_mapping(self, headers: list[str], mapping: dict[str, str]) -> None:
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for h in headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, NOT_IN_FILE))))
            combo.blockSignals(False)

    def _mapping_changed(self) -> None:
        if self.page() == PAGE_MAPPING:
            self._update_buttons()

    def save_preset(self) -> None:
        name = self.preset_name.text().strip()

        def done(_: Any) -> None:
            self._fill_formats()
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(name)))
            self.status.setText(self.tr("Saved the preset %1.").replace("%1", name))

        encoding = self.preview.encoding if self.preview is not None else None
        mapping = self.mapping()
        run_in_background(self, lambda: self.ws.imports.save_import_preset(name, mapping, {"encoding": encoding}), done)

    # --- navigation ------------------------------------------------------------------

    def _update_buttons(self) -> None:
        page = self.page()
        ready = self.preview is not None and not self.busy and bool(self.shop_combo.currentText().strip())
        self.back_button.setEnabled(
            page in (PAGE_MAPPING, PAGE_PREVIEW) or (page == PAGE_RESULT and self.refused is not None)
        )
        self.next_button.setVisible(page in (PAGE_FILE, PAGE_MAPPING))
        required = all(self.mapping_combos[f].currentData() for f, (_l, req) in FIELDS.items() if req)
        self.next_button.setEnabled(ready and (page != PAGE_MAPPING or required))
        self.import_button.setVisible(page == PAGE_PREVIEW)
        self.import_button.setEnabled(ready and page == PAGE_PREVIEW and not self.preview.errors)
        self.close_button.setText(self.tr("Close") if page == PAGE_RESULT else self.tr("Cancel"))

    def next(self) -> None:
        if self.page() == PAGE_FILE:
            self.mapping_mode = self._wants_mapping()
        if self.page() == PAGE_FILE and self.mapping_mode:
            self.pages.setCurrentIndex(PAGE_MAPPING)
        elif self.page() in (PAGE_FILE, PAGE_MAPPING):
            if self.page() == PAGE_MAPPING:
                self.refresh_preview(with_mapping=True)
            self.pages.setCurrentIndex(PAGE_PREVIEW)
        self._update_buttons()

    def back(self) -> None:
        if self.page() == PAGE_PREVIEW and self._wants_mapping():
            self.pages.setCurrentIndex(PAGE_MAPPING)
        else:
            self.pages.setCurrentIndex(PAGE_FILE)
        self._update_buttons()

    def start_import(self) -> None:
        path, shop = self.file_edit.text().strip(), self.shop_combo.currentText().strip()
        fmt, encoding = self.chosen_format(), self.chosen_encoding()
        mapping = self.mapping() if self.mapping_mode else None
        if self.preview is not None and self.preview.format and not mapping:
            fmt = self.preview.format
        self.busy = True
        self.status.setText(self.tr("Importing…"))
        self._update_buttons()
        run_in_background(
            self,
            lambda: self.ws.imports.import_orders(path, shop, format=fmt, encoding=encoding, mapping=mapping),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: Any) -> None:
        self.busy = False
        self.result, self.refused = result, None
        self.result_label.setText(
            self.tr("Imported %1: %2 new, %3 updated, %4 unchanged, %5 cancelled, %6 skipped (already shipped).")
            .replace("%1", result.filename)
            .replace("%2", str(result.new))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged))
            .replace("%5", str(result.cancelled))
            .replace("%6", str(result.skipped))
        )
        self.report.hide()
        self.save_report_button.hide()
        self.result_stretch.show()
        self.status.setText("")
        self.pages.setCurrentIndex(PAGE_RESULT)
        self._update_buttons()
        if self.window_ is not None:  # new and changed orders land in any queue; stock moves with them
            self.window_.changed(Changes.everything())

    def _import_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText("")
        if not isinstance(exc, ImportRefused):
            self._update_buttons()
            show_failure(self, exc)
            return
        self.refused = exc
        self.result_label.setText(
            self.tr("Nothing was imported: %1 has %2 problem(s). Fix them in the file and import it again.")
            .replace("%1", exc.filename)
            .replace("%2", str(len(exc.errors)))
        )
        self.report.show_errors(exc.errors)
        self.report.show()
        self.result_stretch.hide()
        self.save_report_button.show()
        self.pages.setCurrentIndex(PAGE_RESULT)
        self._update_buttons()


class ReportDialog(QDialog):
    """The result of a products / pairings / stock-count file: a summary or the report."""

    def __init__(self, parent: QWidget, title: str, summary: str, errors: list[RowError]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420 if errors else 160)
        layout = QVBoxLayout(self)
        label = QLabel(summary, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.report = ReportTable(self)
        self.report.show_errors(errors)
        self.report.setVisible(bool(errors))
        layout.addWidget(self.report, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        if errors:
            save = QPushButton(self.tr("Save the report as CSV…"), self)
            save.clicked.connect(lambda: save_report(self, errors))
            row.addWidget(save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)


# Products (customs defaults, weights), pairings and stock are what Review's checks read.
FILE_CHANGES = {
    "products": Changes.of("review", products=True),
    "pairings": Changes.of("review", products=True),
    "stockcount": Changes.of("review", stock=True),
}


class WarehouseFiles:
    """Products import/export, pairings and stock counts from the Warehouse menu."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last_dialog: ReportDialog | None = None

    def import_file(self, kind: str, path: str | None = None) -> None:
        titles = {
            "products": _t("Import products"),
            "pairings": _t("Import SKU pairings"),
            "stockcount": _t("Import a stock count"),
        }
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, titles[kind], "", files_filter())
            if not path:
                return
        ws = self.window.ws
        calls = {
            "products": ws.imports.import_products,
            "pairings": ws.imports.import_pairings,
            "stockcount": ws.imports.import_stock_count,
        }

        def done(result: Any) -> None:
            self._show(titles[kind], self._summary(kind, result), [])
            self.window.changed(FILE_CHANGES[kind])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportRefused):
                text = _t("Nothing was imported: %1 has %2 problem(s).").replace("%1", exc.filename)
                self._show(titles[kind], text.replace("%2", str(len(exc.errors))), exc.errors)
            else:
                show_failure(self.window, exc)

        run_in_background(self.window, lambda: calls[kind](path), done, failed)

    def _summary(self, kind: str, r: Any) -> str:
        if kind == "products":
            return (
                _t("%1 new, %2 updated, %3 unchanged products.")
                .replace("%1", str(r.new))
                .replace("%2", str(r.updated))
                .replace("%3", str(r.unchanged))
            )
        if kind == "pairings":
            return (
                _t("%1 pairings for %2 marketplace SKUs; %3 orders in Review checked again.")
                .replace("%1", str(r.pairings))
                .replace("%2", str(r.marketplace_skus))
                .replace("%3", str(r.orders_rechecked))
            )
        lines = "\n".join(f"{sku}: {delta:+d}" for sku, delta in list(r.changes.items())[:30])
        return _t("%1 products adjusted to the count, %2 already right.").replace("%1", str(r.adjusted)).replace(
            "%2", str(r.unchanged)
        ) + ("\n" + lines if lines else "")

    def _show(self, title: str, summary: str, errors: list[RowError]) -> None:
        dialog = ReportDialog(self.window, title, summary, errors)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()

    def export_products(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, _t("Export products"), "products.csv", _t("CSV (*.csv)"))
            if not path:
                return
        run_in_background(
            self.window,
            lambda: self.window.ws.imports.export_products(path),
            lambda n: self.window.statusBar().showMessage(
                _t("Exported %1 products to %2").replace("%1", str(n)).replace("%2", str(path)), 8000
            ),
        )


def open_wizard(window: MainWindow) -> ImportWizard:
    wizard = ImportWizard(window.ws, window)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.finished.connect(wizard.deleteLater)
    window.import_wizard = wizard
    wizard.open()
    return wizard


def install(window: MainWindow) -> tuple[QAction, WarehouseFiles]:
    """Orders → Import orders… (Ctrl+I) and the Warehouse menu's files; returns the action and the files."""
    action = window.add_action(window.menu_orders, _t("Import orders…"), lambda: open_wizard(window), shortcut="Ctrl+I")
    files = WarehouseFiles(window)
    menu = window.menu_warehouse
    menu.addSeparator()
    for text, slot in (
        (_t("Import products…"), lambda: files.import_file("products")),
        (_t("Export products…"), lambda: files.export_products()),
        (_t("Import SKU pairings…"), lambda: files.import_file("pairings")),
        (_t("Import a stock count…"), lambda: files.import_file("stockcount")),
    ):
        window.add_action(menu, text, slot)
    return action, files
